"""Fixtures of the view tests: hand-made graphs and one headless Chromium per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from views_helpers import CHROMIUM, CHROMIUM_ARGS, Visit, collaboration_graph


@pytest.fixture
def graph() -> nx.Graph:
    return collaboration_graph()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session (Debian's /usr/bin/chromium)."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a test dependency
        if os.environ.get("CI") == "true":
            pytest.fail("playwright is not installed")
        pytest.skip("playwright is not installed")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def visit(browser: Any) -> Iterator[Any]:
    """``visit(path)`` opens a file in a fresh page and waits until the view is drawn."""
    pages = []

    def open_(path: Path, *, ready: bool = True) -> Visit:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        pages.append(page)
        v = Visit(page)
        page.on("request", lambda r: v.requests.append(r.url))
        page.on("console", lambda m: v.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: v.errors.append(str(e)))
        page.goto(path.resolve().as_uri())
        if ready:
            page.wait_for_function(
                "() => window.samverkan && window.samverkan.ready", timeout=60_000
            )
        return v

    yield open_
    for page in pages:
        page.close()
