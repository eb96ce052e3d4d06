"""Kill the real build at every step and check that the previous output survives.

Each build runs as ``samverkan build`` in a subprocess with ``SAMVERKAN_TEST_PAUSE_AT`` set
to one of :data:`samverkan.build.PAUSE_POINTS`: it stops there, says so, and is killed with
SIGKILL (no handler, no clean-up can run). Builds alternate between two inputs that give
different outputs, so that the output found after a kill tells which build it is. After
every kill ``out/`` must be one complete build (the previous one, or the new one when the
kill came after the swap), readable by ``open_store``; every next build must start and
succeed; nothing may be left beside ``out/`` at the end.

Linux exchanges the two directories in one step; the two-rename swap used elsewhere is
tested by disabling the exchange in the child, and killed between its two renames.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from samverkan.build import MARKER, PAUSE_POINTS, PAUSE_VARIABLE
from samverkan.store import open_store
from testpaths import MINI_CORPUS, MINI_GRAPH

_NO_EXCHANGE = (
    "import sys, samverkan.build as b; b._exchange = lambda first, second: False; "
    "from samverkan.cli import main; sys.exit(main())"
)


def digest(out: Path) -> str:
    return hashlib.sha256((out / "samverkan.trig").read_bytes()).hexdigest()


def complete(out: Path) -> str:
    """The digest of the build in ``out``, after checking that it is whole and readable."""
    for name in (MARKER, "samverkan.trig", "store", "report.md", "report.json", "ontology"):
        assert (out / name).exists(), f"{name} missing from {out}"
    assert len(open_store(out)) > 0
    return digest(out)


def command(graph: Path, out: Path, *, exchange: bool = True) -> list[str]:
    start = ["-m", "samverkan.cli"] if exchange else ["-c", _NO_EXCHANGE]
    args = ["build", "--graph", str(graph), "--corpus", str(MINI_CORPUS), "--out", str(out)]
    return [sys.executable, *start, *args, "--no-views"]


def run(graph: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(graph, out), capture_output=True, text=True, timeout=600)


def kill_at(point: str, graph: Path, out: Path, *, exchange: bool = True) -> None:
    """Start a build, wait until it pauses at ``point``, and SIGKILL it."""
    env = {**os.environ, PAUSE_VARIABLE: point}
    proc = subprocess.Popen(
        command(graph, out, exchange=exchange), stderr=subprocess.PIPE, text=True, env=env
    )
    watchdog = threading.Timer(600, proc.kill)
    watchdog.start()
    seen = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            seen.append(line)
            if f"samverkan: paused at {point}" in line:
                break
        else:
            pytest.fail(f"the build never reached {point}:\n{''.join(seen)}")
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two graph directories whose builds differ (an English label)."""
    other = tmp_path_factory.mktemp("other") / "graph"
    other.mkdir()
    text = (MINI_GRAPH / "mini.ttl").read_text(encoding="utf-8")
    assert '"The test network"@en' in text
    (other / "mini.ttl").write_text(
        text.replace('"The test network"@en', '"The test network (renamed)"@en'),
        encoding="utf-8",
    )
    return MINI_GRAPH, other


def test_points_are_the_build_steps() -> None:
    assert PAUSE_POINTS[:5] == ("load", "evidence", "reasoning", "validation", "writing")


def test_kill_at_every_step(tmp_path: Path, inputs: tuple[Path, Path]) -> None:
    out = tmp_path / "out"
    first = run(inputs[0], out)
    assert first.returncode == 0, first.stderr
    digests = {inputs[0]: complete(out)}
    result = run(inputs[1], tmp_path / "other-out")
    assert result.returncode == 0, result.stderr
    digests[inputs[1]] = complete(tmp_path / "other-out")
    assert digests[inputs[0]] != digests[inputs[1]]

    current = inputs[0]
    for point in ("load", "evidence", "reasoning", "validation", "writing", "swap", "swap-done"):
        new = inputs[1] if current == inputs[0] else inputs[0]
        kill_at(point, new, out)
        if point == "swap-done":  # killed after the exchange: the new build is in place
            current = new
        assert complete(out) == digests[current], f"killed at {point}"

    new = inputs[1] if current == inputs[0] else inputs[0]
    result = run(new, out)
    assert result.returncode == 0, result.stderr
    assert complete(out) == digests[new]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-out", "out"]


def test_kill_between_the_two_renames(tmp_path: Path, inputs: tuple[Path, Path]) -> None:
    out = tmp_path / "out"
    result = run(inputs[0], out)
    assert result.returncode == 0, result.stderr
    before = complete(out)

    kill_at("swap-between", inputs[1], out, exchange=False)
    assert not out.exists(), "killed between the renames: out/ is away for a moment"
    kept = tmp_path / ".out.previous"
    assert digest(kept) == before

    # The next build, even one that fails, first puts the kept copy back.
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "mini.ttl").write_text("this is not Turtle", encoding="utf-8")
    failed = run(broken, out)
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr
    assert complete(out) == before
    assert not kept.exists()

    # Killed after both renames: the new build is in place, the old copy is cleared later.
    kill_at("swap-done", inputs[1], out, exchange=False)
    after = complete(out)
    assert after != before
    result = run(inputs[0], out)
    assert result.returncode == 0, result.stderr
    assert complete(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken", "out"]
