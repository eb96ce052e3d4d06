"""Independent parts of the views, run in forked worker processes.

A national dataset has hundreds of municipalities' views and two measure tables that do
not depend on one another. With ``workers > 1`` they run in child processes forked from
the one that holds the graphs (nothing is copied or pickled on the way in; each child
returns what it made). Every page depends only on its inputs, so the files are the same
whatever the number of workers; with one worker, or where the system cannot fork,
everything runs in this process.

Examples
--------
>>> run_each(lambda shared, x: shared + x, [1, 2, 3], 10, workers=1)
[11, 12, 13]
>>> run_each(lambda shared, x: shared + x, [1, 2, 3], 10, workers=2)
[11, 12, 13]
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from samverkan.errors import SamverkanError

__all__ = [
    "Handoff",
    "background",
    "background_each",
    "can_fork",
    "default_workers",
    "preload",
    "run_each",
    "stopping_together",
]

#: What the children read: set before the fork, so they inherit it.
_JOB: dict[str, Any] = {}


def _end_job() -> None:
    """Forget the job the workers inherited (what they shared is freed with it, unless the
    process ends right after the build: :func:`samverkan.lifetime.linger`)."""
    from samverkan.lifetime import linger

    linger(_JOB.pop("job", None))
    _JOB.clear()


def default_workers() -> int:
    """The number of worker processes: ``SAMVERKAN_VIEW_WORKERS`` if set, else the number
    of processors this process may use, at most 2 (the machines this runs on have 2).

    Examples
    --------
    >>> 1 <= default_workers() <= max(2, int(os.environ.get("SAMVERKAN_VIEW_WORKERS", 1)))
    True
    """
    given = os.environ.get("SAMVERKAN_VIEW_WORKERS", "").strip()
    if given:
        try:
            return max(1, int(given))
        except ValueError:
            raise SamverkanError(
                f"SAMVERKAN_VIEW_WORKERS={given!r}: give a whole number of processes"
            ) from None
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(2, cpus))


def can_fork() -> bool:
    """Whether this system can fork the workers (else everything runs in this process)."""
    return "fork" in multiprocessing.get_all_start_methods()


#: What the views' workers import that this process need not have: imported in advance by
#: :func:`preload`, so that every worker forked later has it. igraph (the measure tables)
#: imports matplotlib's pyplot as it loads, about a second in each worker that needs it.
#: pandas, because the pools' threads in this process unpickle the data frames the workers
#: send back: the first to arrive would import it while this process forks the next
#: worker, which would inherit pandas half imported and wait for ever on its lock (a
#: rebuild's measure tables did, once its violation queries no longer ran through pandas
#: before the views; ``tests/test_incremental_views.py``).
WORKER_MODULES = ("igraph", "pandas")


def preload(modules: Sequence[str] = WORKER_MODULES, *, wanted: bool = True) -> Callable[[], None]:
    """Start importing ``modules`` in a thread; return the function that waits until they
    are imported. Call it before anything forks: a child forked while the thread imports
    would inherit a held import lock.

    A build starts it before it loads, reasons and validates (mostly in Oxigraph's Rust
    code, which lets go of the interpreter) and waits just before the views: the workers
    forked then inherit the modules instead of each importing them. A module that cannot be
    imported is left to its user, which says why. ``wanted=False``, or a system that cannot
    fork the workers: nothing is imported.

    Examples
    --------
    >>> import sys
    >>> ready = preload(["colorsys"])
    >>> ready()
    >>> "colorsys" in sys.modules or not can_fork()
    True
    """
    if not wanted or not can_fork():
        return lambda: None
    import importlib
    import threading

    def load() -> None:
        for name in modules:
            with contextlib.suppress(ImportError):
                importlib.import_module(name)

    thread = threading.Thread(target=load, name="samverkan-preload", daemon=True)
    thread.start()
    return thread.join


def _die_with_parent(parent: int, nice: int = 0) -> None:
    """In a worker: end when the process that forked it ends, even when it is killed
    (SIGKILL leaves the pool no chance to stop its workers; Linux's PR_SET_PDEATHSIG);
    and yield the processor by ``nice`` (:func:`os.nice`) to the work that others wait for."""
    import signal

    if nice:
        with contextlib.suppress(OSError, AttributeError):
            os.nice(nice)

    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)


@contextmanager
def _pool(context: Any, processes: int, nice: int = 0) -> Iterator[Any]:
    """A pool of ``processes`` forked workers, stopped by :func:`_stop` on the way out (in a
    :func:`stopping_together` block, the stop is started and waited for at the block's
    end, or before the next pool forks)."""
    _wait_for_stops()  # nothing forks while another pool is being stopped
    pool = context.Pool(processes, initializer=_die_with_parent, initargs=(os.getpid(), nice))
    try:
        yield pool
    finally:
        if _STOPPING is None:
            _stop(pool)
        else:
            _STOPPING.append(_stopper(pool))


#: The threads stopping the pools of a :func:`stopping_together` block (None outside one).
_STOPPING: list[Any] | None = None


@contextmanager
def stopping_together() -> Iterator[None]:
    """A block whose pools are stopped together: each pool's stop (:func:`_stop`) starts as
    the block is done with it, and the block's end, or the next pool's fork, waits for all
    of them, at most :data:`STOP_WAIT` seconds in all.

    Stopping a pool waits for its workers to end, and a worker that ends gives its memory
    back, which takes time in a process forked from a large one: the views' seven pools,
    stopped one after the other, took 0.5 s at the end of a rebuild at a million quads;
    stopped together, about as long as the slowest of them. Nothing forks while a pool is
    being stopped (a child forked then could inherit a lock a stopping thread holds).

    Examples
    --------
    >>> with stopping_together():
    ...     with background(lambda s, x: s + x, 1, [2, 3], workers=2) as (a, b):
    ...         a.get(), b.get()
    (3, 4)
    """
    global _STOPPING
    if _STOPPING is not None:  # within another such block: stopped at its end
        yield
        return
    _STOPPING = []
    try:
        yield
    finally:
        _wait_for_stops()
        _STOPPING = None


def _wait_for_stops() -> None:
    """Wait for the stops of a :func:`stopping_together` block started so far."""
    if not _STOPPING:
        return
    import time

    deadline = time.monotonic() + STOP_WAIT
    for thread in _STOPPING:
        thread.join(max(0.0, deadline - time.monotonic()))
    _STOPPING.clear()


#: Seconds :func:`_stop` waits for a pool's ``terminate()``.
STOP_WAIT = 10.0


def _stop(pool: Any, wait: float | None = None) -> bool:
    """End ``pool``'s workers with ``Pool.terminate()``, waiting for it at most ``wait``
    seconds (:data:`STOP_WAIT`); whether it returned.

    ``terminate()`` kills the workers and then waits for the pool's threads. When a worker
    is killed while it sends a result (a build that fails while the other workers are still
    busy), the lock of the result queue dies with it held, and the pool's task thread waits
    for it for ever: so did ``terminate()``, and the build hung instead of reporting its
    error. Here it runs in a thread of its own, given ``wait`` seconds; that thread and the
    pool's are daemons, so one left waiting does not keep the process from ending.

    Examples
    --------
    >>> import threading
    >>> class Stuck:  # a terminate() that waits for ever
    ...     def terminate(self):
    ...         threading.Event().wait()
    >>> _stop(Stuck(), wait=0.1)
    False
    """
    stopper = _stopper(pool)
    stopper.join(STOP_WAIT if wait is None else wait)
    return not stopper.is_alive()


def _stopper(pool: Any) -> Any:
    """A started daemon thread that runs ``pool.terminate()`` (see :func:`_stop`)."""
    import threading

    stopper = threading.Thread(target=pool.terminate, name="samverkan-pool-stop", daemon=True)
    stopper.start()
    return stopper


def _call(item: Any) -> tuple[str, Any]:
    func, shared = _JOB["job"]
    try:
        return ("ok", func(shared, item))
    except SamverkanError as error:
        # sent back as plain values: the parent raises the same error
        return ("error", (error.message, error.path, error.line))


def _unwrap(result: tuple[str, Any]) -> Any:
    status, value = result
    if status == "error":
        message, path, line = value
        raise SamverkanError(message, path=path, line=line)
    return value


def run_each(
    func: Callable[[Any, Any], Any], items: Sequence[Any], shared: Any, *, workers: int
) -> list[Any]:
    """``[func(shared, item) for item in items]``, in ``workers`` forked processes.

    ``shared`` is inherited by the children, not pickled; each result is pickled back.
    The results come in the order of ``items``. A :class:`SamverkanError` in a child is
    raised here.
    """
    if workers <= 1 or len(items) < 2 or not can_fork():
        return [func(shared, item) for item in items]
    _JOB["job"] = (func, shared)
    try:
        context = multiprocessing.get_context("fork")
        with _pool(context, min(workers, len(items))) as pool:
            # small chunks: the pages differ in size by a hundred times
            results = pool.map(_call, items, chunksize=1)
    finally:
        _end_job()
    return [_unwrap(r) for r in results]


class _Done:
    """The result of a call made here (no worker)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def get(self) -> Any:
        return self.value


class _Pending:
    """The result of a call made in a worker: ``get()`` waits for it."""

    def __init__(self, pending: Any) -> None:
        self.pending = pending

    def get(self) -> Any:
        return _unwrap(self.pending.get())


@contextmanager
def background(
    func: Callable[[Any, Any], Any],
    shared: Any,
    items: Sequence[Any],
    *,
    workers: int,
    nice: int = 0,
) -> Iterator[list[Any]]:
    """Start ``func(shared, item)`` for each of ``items`` in forked processes (at most
    ``workers``, each item in one); the block gets a handle per item, whose ``get()``
    waits for its result. With one worker the calls are made at once, here. ``nice``: how
    much the workers yield the processor to others (:func:`os.nice`), for work that
    nothing waits for soon.

    Examples
    --------
    >>> with background(lambda s, x: s * x, 6, [7, 8], workers=2) as (a, b):
    ...     a.get(), b.get()
    (42, 48)
    """
    if workers <= 1 or not can_fork():
        yield [_Done(func(shared, item)) for item in items]
        return
    _JOB["job"] = (func, shared)
    try:
        context = multiprocessing.get_context("fork")
        with _pool(context, max(1, min(workers, len(items))), nice) as pool:
            yield [_Pending(pool.apply_async(_call, (item,))) for item in items]
    finally:
        _end_job()


class _Each:
    """The results of calls made in workers: ``get()`` waits for all, in order."""

    def __init__(self, pending: Any) -> None:
        self.pending = pending

    def get(self) -> list[Any]:
        return [_unwrap(r) for r in self.pending.get()]


@contextmanager
def background_each(
    func: Callable[[Any, Any], Any],
    items: Sequence[Any],
    shared: Any,
    *,
    workers: int,
    nice: int = 0,
) -> Iterator[Any]:
    """:func:`run_each` started at once: the block gets one handle whose ``get()`` waits
    for the list of results, while this process goes on. With one worker (or fewer than
    two items) the calls are made at once, here; ``nice`` as in :func:`background`.

    Examples
    --------
    >>> with background_each(lambda s, x: s * x, [7, 8, 9], 6, workers=2) as each:
    ...     each.get()
    [42, 48, 54]
    """
    if workers <= 1 or len(items) < 2 or not can_fork():
        yield _Done([func(shared, item) for item in items])
        return
    _JOB["job"] = (func, shared)
    try:
        context = multiprocessing.get_context("fork")
        with _pool(context, min(workers, len(items)), nice) as pool:
            # small chunks: the items differ in size by a hundred times
            yield _Each(pool.map_async(_call, items, chunksize=1))
    finally:
        _end_job()


class Handoff:
    """One value that a worker forked before it existed receives from the parent.

    The parent calls :meth:`send` once the value is made; the worker calls :meth:`listen`
    when it starts (a thread that reads the pipe, so that the parent's ``send`` never waits
    for the worker to get that far) and ``handoff()`` where it needs the value, which waits
    for it. A worker can so start on the part of its work that does not need the value.
    Only for a worker run by :func:`background` with ``workers > 1`` where
    :func:`can_fork`: a call in the parent's own process would wait for ever.

    Examples
    --------
    >>> def double(handoff, _):
    ...     handoff.listen()
    ...     return 2 * handoff()
    >>> handoff = Handoff()
    >>> with background(double, handoff, [None], workers=2) as (job,):
    ...     handoff.send(21)
    ...     job.get()
    42
    """

    def __init__(self, what: str = "measure tables") -> None:
        self.what = what
        self._reader, self._writer = multiprocessing.get_context("fork").Pipe(duplex=False)
        self._got: list[Any] = []
        self._thread: Any = None

    def send(self, value: Any) -> None:
        """In the parent: send ``value`` (pickled) to the worker."""
        self._writer.send(value)

    def listen(self) -> None:
        """In the worker: start reading what the parent sends."""
        import threading

        def read() -> None:
            with contextlib.suppress(EOFError, OSError):  # no value: __call__ says so
                self._got.append(self._reader.recv())

        if self._thread is None:
            self._thread = threading.Thread(target=read, daemon=True)
            self._thread.start()

    def __call__(self) -> Any:
        """In the worker: the value the parent sent, once it has come."""
        self.listen()
        self._thread.join()
        if not self._got:  # the parent closed the pipe without sending
            raise SamverkanError(f"the views' worker got no {self.what} from the build")
        return self._got[0]
