"""Fixtures for every test item: the suite in ``tests/`` and the docstring examples in
``src/samverkan``."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _temporary_files_under_pytest(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Send ``tempfile.mkdtemp()`` of doctests and library code under pytest's base directory.

    The docstring examples make directories with ``tempfile.mkdtemp()`` (as a reader would);
    pytest removes its old base directories, so runs no longer pile them up in ``/tmp``.
    """
    import tempfile

    previous = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("tempfile"))
    yield
    tempfile.tempdir = previous
