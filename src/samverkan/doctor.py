"""Check the environment samverkan runs in, and say what is missing and how to fix it.

:func:`check_environment` looks at what the commands and the tests need: the Python
version, the packages the project depends on (imported, not only found), the ``oxigraph``
server binary, Chromium for the browser tests, the corpus, and a free loopback port for
``samverkan serve`` and the server tests. Each check gives one :class:`Check`; the command
``samverkan doctor`` prints them and exits 1 if any failed.

Examples
--------
>>> checks = check_environment(corpus=None)
>>> [c.name for c in checks][:2]
['Python', 'package rdflib']
>>> next(c for c in checks if c.name == "Python").ok
True
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CHROMIUM_CANDIDATES", "REQUIRED_PACKAGES", "Check", "check_environment", "report"]

REQUIRED_PACKAGES = (
    ("rdflib", "rdflib"),
    ("owlrl", "owlrl"),
    ("pyshacl", "pyshacl"),
    ("pyoxigraph", "pyoxigraph"),
    ("networkx", "networkx"),
    ("pyvis", "pyvis"),
    ("pandas", "pandas"),
    ("matplotlib", "matplotlib"),
    ("pylode", "pylode"),
)
"""(distribution, module) of every package ``pip install -e .`` installs."""

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
"""Where the browser tests look for Chromium (Debian's first)."""

_MINIMUM_PYTHON = (3, 11)
_INSTALL = "pip install -e '.[test]' (in the project's virtual environment)"


@dataclass(frozen=True)
class Check:
    """One check: what was checked, whether it passed, what was found, how to fix it."""

    name: str
    ok: bool
    found: str
    fix: str = ""

    def __str__(self) -> str:
        line = f"{'ok' if self.ok else 'MISSING':8} {self.name}: {self.found}"
        return line if self.ok or not self.fix else f"{line}\n         fix: {self.fix}"


def _python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    ok = sys.version_info[:2] >= _MINIMUM_PYTHON
    need = ".".join(map(str, _MINIMUM_PYTHON))
    return Check("Python", ok, f"{version} at {sys.executable}", f"install Python {need} or newer")


def _package(distribution: str, module: str) -> Check:
    from importlib.metadata import PackageNotFoundError, version

    try:
        importlib.import_module(module)
        found = f"{distribution} {version(distribution)}"
    except PackageNotFoundError:
        found = f"{module} imports (no package metadata)"
    except Exception as exc:  # an import can fail in many ways; each is reported as missing
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return Check(f"package {distribution}", False, f"cannot import {module}: {first}", _INSTALL)
    return Check(f"package {distribution}", True, found)


def _run_version(command: list[str]) -> str | None:
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    return (result.stdout.strip() or result.stderr.strip()).splitlines()[0]


def _oxigraph() -> Check:
    from samverkan.errors import SamverkanError
    from samverkan.server import find_oxigraph

    fix = "pip install oxigraph==0.5.13 (it provides the `oxigraph` server binary)"
    try:
        binary = find_oxigraph()
    except SamverkanError:
        return Check("oxigraph binary", False, "not beside this Python nor on PATH", fix)
    version = _run_version([binary, "--version"])
    if version is None:
        return Check("oxigraph binary", False, f"{binary} does not run", fix)
    return Check("oxigraph binary", True, f"{version} at {binary}")


def _chromium() -> Check:
    fix = "apt-get install chromium (Debian); only the browser tests need it"
    for candidate in CHROMIUM_CANDIDATES:
        path = candidate if os.path.isabs(candidate) else shutil.which(candidate)
        if path and os.access(path, os.X_OK):
            version = _run_version([path, "--version"])
            if version is not None:
                return Check("Chromium", True, f"{version} at {path}")
            return Check("Chromium", False, f"{path} does not run", fix)
    return Check("Chromium", False, "not at /usr/bin/chromium nor on PATH", fix)


def _corpus(corpus: Path | None) -> Check:
    fix = "pass --corpus DIR or set SAMVERKAN_CORPUS to the directory of the source texts"
    if corpus is None:
        return Check("corpus", False, "not given and not at ../shared/corpus", fix)
    if not corpus.is_dir():
        return Check("corpus", False, f"{corpus} is not a directory", fix)
    texts = sorted(p.name for p in corpus.glob("*.txt") if p.is_file())
    if not texts:
        return Check("corpus", False, f"{corpus} holds no *.txt texts", fix)
    return Check("corpus", True, f"{len(texts)} texts in {corpus}")


def _port(port: int) -> Check:
    from samverkan.server import port_is_free

    if not port_is_free("127.0.0.1", 0):
        return Check(
            "loopback port",
            False,
            "no port can be bound on 127.0.0.1",
            "check the loopback interface and the permission to open sockets",
        )
    if not port_is_free("127.0.0.1", port):
        return Check(
            "loopback port",
            False,
            f"127.0.0.1:{port} is taken (samverkan serve's default)",
            "stop what listens there, or use `samverkan serve --port N`",
        )
    return Check("loopback port", True, f"127.0.0.1:{port} is free")


def check_environment(corpus: Path | None = None, *, port: int = 7878) -> list[Check]:
    """Check everything samverkan and its tests need, in the order a user would fix it.

    Parameters
    ----------
    corpus : Path, optional
        The corpus directory to check (the command passes ``--corpus`` or the default).
    port : int
        The loopback port ``samverkan serve`` would use.

    Returns
    -------
    list of Check
        Python, each required package, the ``oxigraph`` binary, Chromium, the corpus and
        the port.

    See Also
    --------
    report : the lines ``samverkan doctor`` prints.
    """
    checks = [_python()]
    checks += [_package(dist, module) for dist, module in REQUIRED_PACKAGES]
    checks += [_oxigraph(), _chromium(), _corpus(corpus), _port(port)]
    return checks


def report(checks: list[Check]) -> str:
    """The checks as lines of text, and a last line that says whether all is well.

    Examples
    --------
    >>> print(report([Check("Python", True, "3.11.7"), Check("Chromium", False, "none", "apt")]))
    ok       Python: 3.11.7
    MISSING  Chromium: none
             fix: apt
    1 of 2 checks failed.
    """
    failed = sum(not c.ok for c in checks)
    last = "All is well." if not failed else f"{failed} of {len(checks)} checks failed."
    return "\n".join([*map(str, checks), last])
