"""The scaling benchmark at CI size: every step runs in its own process and reports numbers.

Speed is never asserted (a benchmark prints it); this checks the benchmark itself works.
"""

from __future__ import annotations

from pathlib import Path

from samverkan.scale import municipalities_for, run_scale


def test_the_scaling_benchmark_runs_every_step(tmp_path: Path) -> None:
    rows = run_scale([10_000], tmp_path, plain_max=0, views=False)
    by_step = {row["step"]: row for row in rows}
    assert set(by_step) == {"build", "queries", "network"}
    for row in rows:
        assert "error" not in row, row
        assert row["peak_mb"] > 10  # a Python process with rdflib loaded
    build = by_step["build"]
    # The synthetic corpus lands near the target size.
    assert 5_000 < build["quads"] < 20_000
    assert {"reasoning", "validating", "writing the dataset"} <= set(build["steps"])
    assert by_step["queries"]["queries"] >= 20
    assert by_step["network"]["nodes"] > 5
    assert municipalities_for(build["quads"]) >= 1
