"""How long each page of a build's views takes to be ready in a real headless Chromium.

A benchmark, not a test: it opens every ``*.html`` of a views directory (and the index of
the resource pages) in Debian's ``/usr/bin/chromium``, headless, from disk, and prints for
each the size of the file and the median time from the start of navigation until the page
is drawn: for a network view, until its script says it is ready (``window.samverkan.ready``:
the network is built, laid out and fitted) and the browser has painted the next frame; for
the other pages, until the load event and the next frame. Any request the page makes is
counted (it should make none).

Usage::

    python -m samverkan.views.pagebench out/views [--repeat 3] [--pages 'ego-*.html']

It needs Playwright (a test dependency: ``pip install -e '.[test]'``) and Chromium.

Examples
--------
>>> _median([3.0, 1.0, 2.0])
2.0
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from samverkan.errors import SamverkanError

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "PageTime", "main", "page_times"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

#: Resolves, once the page is drawn, to the milliseconds since the start of navigation.
_DRAWN = """() => new Promise((resolve) => {
  const done = () => requestAnimationFrame(() => requestAnimationFrame(
    () => resolve(performance.now())));
  const wait = () => {
    const views = window.samverkan;
    if (document.getElementById("sv-network") && !(views && views.ready)) {
      setTimeout(wait, 5);
    } else if (document.readyState !== "complete") {
      setTimeout(wait, 5);
    } else {
      done();
    }
  };
  wait();
})"""


@dataclass(frozen=True)
class PageTime:
    """One page: its file, size in bytes, median seconds to drawn, and requests made."""

    file: str
    size: int
    seconds: float
    requests: int


def _median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def _pages(views: Path, pattern: str) -> list[Path]:
    pages = sorted(views.glob(pattern))
    site = views / "site" / "index.html"
    if pattern == "*.html" and site.is_file():
        pages.append(site)
    return pages


def page_times(
    views: str | Path, *, repeat: int = 3, pattern: str = "*.html", timeout: float = 120.0
) -> Iterator[PageTime]:
    """Open each page of ``views`` ``repeat`` times; yield its median time to drawn.

    Parameters
    ----------
    views : str or Path
        A views directory (``OUT/views``).
    repeat : int
        Openings of each page, each in a fresh tab.
    pattern : str
        Which pages (a glob under ``views``); with the default, ``site/index.html`` too.
    timeout : float
        Seconds to wait for one page before giving up with an error.

    Raises
    ------
    SamverkanError
        If Playwright or Chromium is missing, or a page is not ready within ``timeout``.
    """
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise SamverkanError(
            "the page benchmark needs Playwright: pip install -e '.[test]'"
        ) from None
    if not CHROMIUM.exists():
        raise SamverkanError(f"{CHROMIUM} is missing (apt-get install chromium)")
    views = Path(views)
    pages = _pages(views, pattern)
    if not pages:
        raise SamverkanError(f"no page matches {pattern}", path=views)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for path in pages:
                times, requests = [], 0
                for _ in range(repeat):
                    tab = browser.new_page(viewport={"width": 1400, "height": 900})
                    seen: list[str] = []
                    tab.on("request", lambda r, seen=seen: seen.append(r.url))
                    try:
                        tab.goto(path.resolve().as_uri(), wait_until="commit",
                                 timeout=timeout * 1000)
                        times.append(tab.evaluate(_DRAWN) / 1000.0)
                    except Error as error:
                        raise SamverkanError(
                            f"not drawn within {timeout:g} s: {error}", path=path
                        ) from None
                    finally:
                        tab.close()
                    # the page's own file is the one request a page may make
                    requests = max(requests, len([u for u in seen if not u.startswith("file:")]))
                yield PageTime(
                    str(path.relative_to(views)), path.stat().st_size, _median(times), requests
                )
        finally:
            browser.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Print one line per page (size, median seconds to drawn, requests) and the slowest."""
    parser = argparse.ArgumentParser(
        prog="python -m samverkan.views.pagebench",
        description="Time each page of a views directory in headless Chromium.",
    )
    parser.add_argument("views", type=Path, help="a views directory (OUT/views)")
    parser.add_argument("--repeat", type=int, default=3, help="openings per page (default 3)")
    parser.add_argument("--pages", default="*.html", help="glob of the pages (default *.html)")
    args = parser.parse_args(argv)
    try:
        slowest = None
        print(f"{'page':40} {'MB':>7} {'s to drawn':>11} {'requests':>9}")
        for t in page_times(args.views, repeat=args.repeat, pattern=args.pages):
            print(f"{t.file:40} {t.size / 1e6:7.2f} {t.seconds:11.2f} {t.requests:9d}", flush=True)
            if slowest is None or t.seconds > slowest.seconds:
                slowest = t
    except SamverkanError as error:
        print(f"samverkan: error: {error}", file=sys.stderr)
        return 1
    if slowest is not None:
        print(f"slowest: {slowest.file} {slowest.seconds:.2f} s (median of {args.repeat})")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
