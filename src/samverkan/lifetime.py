"""What a process that ends as soon as its build is done need not free.

``samverkan build`` ends with ``os._exit`` (:func:`samverkan.cli.entry`): the interpreter
does not free the objects one by one. A build also frees objects of its own before it
returns: at a million quads the dataset in memory (0.36 s to free), the data the
projections read and the previous build's kept reads, 0.6-0.8 s in all after the last view
is written, on one processor, while the new build waits to be moved into place
(docs/scale.md). A process that ends at once after its command says so with
:func:`ends_at_once`, and runs its one build in a :func:`lingering` block: there
:func:`linger` keeps the objects given to it until the process ends. Anywhere else (a
notebook, the tests, a server, the benchmark's repeated builds in one process)
:func:`linger` keeps nothing and the memory goes back as before.

Examples
--------
>>> import weakref
>>> class Big:
...     pass
>>> big = Big()
>>> alive = weakref.ref(big)
>>> with lingering():  # this process does not end at once: nothing is kept
...     linger(big)
>>> del big
>>> alive() is None
True
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["ends_at_once", "linger", "lingering"]

#: Whether this process ends with ``os._exit`` once its command is done.
_ENDS = False
#: Whether :func:`linger` keeps what it is given now (in a :func:`lingering` block).
_ACTIVE = False
#: What :func:`linger` kept.
_KEPT: list[object] = []


def ends_at_once() -> None:
    """Declare that this process ends with ``os._exit`` as soon as its command is done (the
    command line's :func:`samverkan.cli.entry`, the benchmark's fresh build process)."""
    global _ENDS
    _ENDS = True


@contextmanager
def lingering() -> Iterator[None]:
    """A block, the process's one build, in which :func:`linger` keeps what it is given
    until the process ends, if the process ends at once (:func:`ends_at_once`)."""
    global _ACTIVE
    before = _ACTIVE
    _ACTIVE = _ENDS
    try:
        yield
    finally:
        _ACTIVE = before


def linger(*objects: object) -> None:
    """Keep ``objects`` until the process ends, inside a :func:`lingering` block of a
    process that ends at once; else do nothing. For the objects a build is done with and
    would free at its end.

    Examples
    --------
    >>> linger([1, 2, 3]) is None
    True
    """
    if _ACTIVE:
        _KEPT.extend(objects)
