"""Execute every notebook in ``notebooks/`` from its text form, against the session build.

The notebooks are jupytext percent scripts with no stored outputs. Each is converted with
jupytext and run with nbclient on the ``python3`` kernel, in ``notebooks/`` as working
directory and with ``SAMVERKAN_OUT`` pointing at the build of the ``build_dir`` fixture.
A notebook checks its findings with ``assert``; any error or failed assert fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from testpaths import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.py"))
CELL_TIMEOUT = 300


def test_notebooks_are_found() -> None:
    names = [p.name for p in NOTEBOOKS]
    assert names == [
        "01_exploring_the_graph.py",
        "02_collaboration_patterns.py",
        "03_time_and_money.py",
    ]


def test_notebooks_have_jupytext_header() -> None:
    for path in NOTEBOOKS:
        head = path.read_text(encoding="utf-8").split("# ---", 2)[1]
        assert "format_name: percent" in head, path.name
        assert "name: python3" in head, path.name


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path, build_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jupytext = pytest.importorskip("jupytext")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")

    notebook = jupytext.read(path)
    assert not any(cell.get("outputs") for cell in notebook.cells), "no committed outputs"
    # The kernel inherits this process's environment when it starts.
    monkeypatch.setenv("SAMVERKAN_OUT", str(build_dir))
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as exc:
        pytest.fail(f"{path.name} failed:\n{exc}", pytrace=False)
