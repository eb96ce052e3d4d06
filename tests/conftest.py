"""Shared fixtures: the real build of the project's graph, and a small build of our own.

The real build (``build_dir``) reads the full reference data (290 municipalities) and is
made once per session; tests that only read a build use it. The small builds (``mini_build_dir``
and the builds in test_build.py) read ``tests/fixtures/reference-small``, a few rows of the
same CSV files, so that reasoning over them takes a fraction of the time. The reference data
has its own tests on the full files (test_reference.py).

Under ``CI=true`` a skipped test counts as a failure: a browser, server or corpus that is
missing on the CI machine must not pass silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from samverkan.build import REMOVE_VARIABLE
from testpaths import MINI_CORPUS, MINI_GRAPH, ROOT, SMALL_REFERENCE

# Every build of the tests, in this process and in the commands they start, removes the
# previous build before it returns, so that a test can look at what a build leaves beside
# its output; test_build.py checks the removal a process of its own makes by default.
os.environ[REMOVE_VARIABLE] = "wait"


def _corpus() -> Path | None:
    env = os.environ.get("SAMVERKAN_CORPUS")
    candidate = Path(env) if env else ROOT.parent / "shared" / "corpus"
    return candidate if candidate.is_dir() else None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") == "true" and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which counts as a failure: {report.longrepr}"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The source texts (``../shared/corpus`` or ``$SAMVERKAN_CORPUS``)."""
    corpus = _corpus()
    if corpus is None:
        pytest.skip("the corpus is not at ../shared/corpus and SAMVERKAN_CORPUS is not set")
    return corpus


@pytest.fixture(scope="session")
def original_reference_dir(corpus_dir: Path) -> Path:
    """The original reference files beside the corpus (``../data``, as its README says)."""
    data = corpus_dir.parent / "data"
    if not (data / "municipalities.csv").is_file():
        pytest.skip(f"the original reference data is not at {data}")
    return data


@pytest.fixture(scope="session")
def build_dir(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    """A build of the project's graph with every quote verified against the corpus."""
    from samverkan.build import build

    out = tmp_path_factory.mktemp("build") / "out"
    build(None, corpus_dir, out)
    return out


@pytest.fixture(scope="session")
def built(build_dir: Path):
    """The built dataset as an in-memory pyoxigraph Store (every named graph)."""
    from samverkan.store import open_store

    return open_store(build_dir)


@pytest.fixture(scope="session")
def mini_build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the small document of our own (tests/fixtures/mini) on the small reference."""
    from samverkan.build import build

    out = tmp_path_factory.mktemp("mini") / "out"
    build(MINI_GRAPH, MINI_CORPUS, out, reference_dir=SMALL_REFERENCE, views=False)
    return out


@pytest.fixture(scope="session")
def mini_full_build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small document built on the full reference data: for tests that look up any of
    the 290 municipalities (entities search, check, the walk-through)."""
    from samverkan.build import build

    out = tmp_path_factory.mktemp("mini-full") / "out"
    build(MINI_GRAPH, MINI_CORPUS, out, views=False)
    return out


@pytest.fixture(scope="session")
def mini_built(mini_build_dir: Path):
    from samverkan.store import open_store

    return open_store(mini_build_dir)


@pytest.fixture()
def synthetic(tmp_path: Path) -> tuple[Path, Path]:
    """A small synthetic corpus (5 municipalities, seed 3) in ``tmp_path``: graph and texts."""
    from samverkan.synth import synthesize

    graph, corpus = tmp_path / "graph", tmp_path / "corpus"
    synthesize(5, seed=3, graph_dir=graph, corpus_dir=corpus)
    return graph, corpus
