"""``samverkan doctor``: what it finds on this machine, and what it says when something lacks.

Each missing piece is made real where a test can: a corpus path that does not exist, a
port another socket holds, a package that cannot be imported in the child process, an
``oxigraph`` binary that is not found.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan.doctor import check_environment


def doctor(*args: str, prelude: str = "") -> subprocess.CompletedProcess[str]:
    code = f"{prelude}import sys; from samverkan.cli import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, "doctor", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={k: v for k, v in os.environ.items() if k != "SAMVERKAN_CORPUS"},
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_all_is_well_here(corpus_dir: Path) -> None:
    result = doctor("--corpus", str(corpus_dir), "--port", str(free_port()))
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[-1] == "All is well."
    assert all(line.startswith("ok ") for line in lines[:-1]), result.stdout
    found = "\n".join(lines)
    assert f"Python: {sys.version_info.major}.{sys.version_info.minor}" in found
    assert "oxigraph binary: oxigraph 0.5.13" in found
    assert "Chromium: Chromium" in found
    assert f"corpus: 5 texts in {corpus_dir}" in found


def test_missing_corpus_says_how_to_fix_it(tmp_path: Path) -> None:
    result = doctor("--corpus", str(tmp_path / "nowhere"), "--port", str(free_port()))
    assert result.returncode == 1
    assert f"MISSING  corpus: {tmp_path / 'nowhere'} is not a directory" in result.stdout
    assert "fix: pass --corpus DIR or set SAMVERKAN_CORPUS" in result.stdout
    assert result.stdout.splitlines()[-1].endswith("checks failed.")


def test_taken_port(corpus_dir: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        result = doctor("--corpus", str(corpus_dir), "--port", str(port))
    assert result.returncode == 1
    assert f"MISSING  loopback port: 127.0.0.1:{port} is taken" in result.stdout
    assert "samverkan serve --port N" in result.stdout


def test_package_that_cannot_be_imported(corpus_dir: Path) -> None:
    # sys.modules[name] = None makes "import pyvis" fail in the child, as if uninstalled.
    result = doctor(
        "--corpus", str(corpus_dir), "--port", str(free_port()),
        prelude="import sys; sys.modules['pyvis'] = None; ",
    )  # fmt: skip
    assert result.returncode == 1
    assert "MISSING  package pyvis: cannot import pyvis" in result.stdout
    assert "fix: pip install -e '.[test]'" in result.stdout


def test_missing_oxigraph_binary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import samverkan.server.oxigraph

    # Neither beside the running Python (a bare interpreter path) nor on PATH.
    monkeypatch.setattr(samverkan.server.oxigraph.sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    checks = {c.name: c for c in check_environment(tmp_path, port=free_port())}
    assert not checks["oxigraph binary"].ok
    assert "pip install oxigraph==0.5.13" in checks["oxigraph binary"].fix
    assert not checks["corpus"].ok  # tmp_path holds no texts
