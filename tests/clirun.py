"""Run the ``samverkan`` command in this process, for tests that need no fixture to do so.

The corpus is the mini corpus (``SAMVERKAN_CORPUS``, as a user would set it), and standard
output and error are captured as text. The build reads the reference data it is given (the
full one by default), so messages that name municipalities name real ones.
"""

from __future__ import annotations

import contextlib
import io
import os
from unittest import mock

from samverkan.cli import main
from test_build import Result
from testpaths import MINI_CORPUS


def run_cli(*args: str) -> Result:
    """``samverkan *args`` in this process; its exit status and what it printed."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, {"SAMVERKAN_CORPUS": str(MINI_CORPUS)}),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = main(list(args))
    return Result(code, out.getvalue(), err.getvalue())
