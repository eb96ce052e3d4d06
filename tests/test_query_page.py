"""The query page of ``samverkan serve`` in a real headless Chromium, over the real build.

The page is served by the front server in front of the real Oxigraph server, both on free
loopback ports. Every request the page makes is recorded: none may leave 127.0.0.1. The
rows it shows are compared with :func:`samverkan.query.run_query` on the embedded store.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from views_helpers import CHROMIUM, CHROMIUM_ARGS, screenshot

from samverkan.query import list_queries, run_query
from samverkan.server import start_front, start_server

pytestmark = [pytest.mark.browser, pytest.mark.server]

README_QUERY = "SELECT ?post ?name WHERE { ?post org:heldBy/foaf:name ?name }"
HOSTILE = "<img src=x onerror=window.__pwned=1>"


@pytest.fixture(scope="module")
def front(build_dir: Path) -> Iterator[Any]:
    with start_server(Path(build_dir) / "store", port=0) as oxigraph:
        server = start_front(oxigraph.query_url, port=0, timeout_s=30)
        yield server
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Debian's /usr/bin/chromium driven by playwright (as the view tests do)."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """One page of the browser with every request, console message and error recorded."""

    def __init__(self, browser: Any, url: str) -> None:
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.page.wait_for_function("() => window.samverkan && window.samverkan.ready")

    def run(self) -> None:
        """Click Run and wait for the answer."""
        before = self.page.evaluate("() => samverkan.runs")
        self.page.click("#sv-run")
        self.page.wait_for_function(f"() => samverkan.runs > {before}", timeout=30_000)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and cells of the result table, as the user reads them."""
        return self.page.evaluate(
            """() => {
              const t = document.querySelector('#sv-table table');
              if (!t) return [[], []];
              const head = Array.from(t.querySelectorAll('th')).map((th) => th.textContent);
              const rows = Array.from(t.querySelectorAll('tbody tr')).map((tr) =>
                Array.from(tr.children).map((td) => {
                  const label = td.querySelector('.sv-label');
                  const iri = td.querySelector('.sv-iri');
                  if (iri) return (label ? label.textContent : '') + '|' + iri.textContent;
                  return td.textContent;
                }));
              return [head, rows];
            }"""
        )

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def open_page(chromium: Any, front: Any) -> Iterator[Any]:
    pages: list[Page] = []

    def open_(url: str | None = None) -> Page:
        page = Page(chromium, url or front.url)
        pages.append(page)
        return page

    yield open_
    for page in pages:
        for url in page.requests:
            assert url.startswith(front.url), f"a request beyond this server: {url}"
        assert page.errors == []
        # a refused query is answered 400, which Chromium logs; nothing else may be logged
        refused = "Failed to load resource: the server responded with a status of 400"
        assert [m for m in page.console if m[0] == "error" and refused not in m[1]] == []
        page.close()


def test_the_page_offers_every_library_query_and_opens_with_one(open_page):
    page = open_page()
    names = page.page.eval_on_selector_all(
        "#sv-examples button", "(bs) => bs.map((b) => b.dataset.name)"
    )
    assert sorted(names) == sorted(q.name for q in list_queries())
    assert page.page.input_value("#sv-query").startswith("# title: Who cooperates with whom")
    csp = page.page.evaluate(
        "() => document.querySelector('meta[http-equiv=Content-Security-Policy]').content"
    )
    assert "connect-src 'self'" in csp and "default-src 'none'" in csp


def test_the_readme_query_shows_labelled_rows(open_page, built):
    page = open_page()
    page.page.fill("#sv-query", README_QUERY)
    page.run()
    head, rows = page.table()
    expected = run_query(built, README_QUERY)
    assert head == ["post", "name"]  # the label column is shown inside the post column
    assert sorted(rows) == sorted(
        [f"{r.postLabel}|{r.post}", r.name] for r in expected.itertuples(index=False)
    )
    assert page.page.text_content("#sv-status") == f"{len(expected)} rows"
    screenshot(page, "query-page", docs=True)  # docs/img/ with SAMVERKAN_UPDATE_DOCS_IMG=1


def test_an_example_with_a_parameter_and_its_link(open_page, built, front):
    page = open_page()
    page.page.click('#sv-examples button[data-name="active-in-year"]')
    page.page.fill('#sv-params [data-param="year"]', "2017")
    page.run()
    expected = run_query(built, "active-in-year", {"year": "2017"})
    _, rows = page.table()
    assert len(rows) == len(expected) > 0
    assert sorted(r[1] for r in rows) == sorted(
        f"{r.thingLabel or ''}|{r.thing}" for r in expected.itertuples(index=False)
    )
    link = page.page.input_value("#sv-link")
    assert link.startswith(front.url + "#") and "p.year=2017" in link
    # the link, opened in a new page, runs the same query with the same parameter
    again = open_page(link)
    again.page.wait_for_function("() => samverkan.runs > 0", timeout=30_000)
    assert again.page.input_value('#sv-params [data-param="year"]') == "2017"
    assert again.page.input_value("#sv-query") == page.page.input_value("#sv-query")
    assert again.table() == page.table()
    # the timeline view: active-in-year has start and end dates
    assert again.page.is_enabled('#sv-tabs [data-view="timeline"]')
    again.page.click('#sv-tabs [data-view="timeline"]')
    drawn = again.page.evaluate("() => samverkan.drawn")
    assert drawn["view"] == "timeline" and drawn["first"] <= 2017 <= drawn["last"]
    assert 0 < drawn["items"] <= len(expected)
    again.page.wait_for_timeout(300)
    screenshot(again, "query-page-timeline", docs=True)


def test_an_edited_query_travels_in_the_link(open_page, built):
    page = open_page()
    text = README_QUERY + " ORDER BY ?name LIMIT 3"
    page.page.fill("#sv-query", text)
    page.run()
    again = open_page(page.page.input_value("#sv-link"))
    again.page.wait_for_function("() => samverkan.runs > 0", timeout=30_000)
    assert again.page.input_value("#sv-query") == text
    assert again.table() == page.table() and len(page.table()[1]) == 3


def test_two_iri_columns_draw_a_network(open_page, built):
    page = open_page()
    page.page.click('#sv-examples button[data-name="cooperation"]')
    page.run()
    page.page.click('#sv-tabs [data-view="network"]')
    drawn = page.page.evaluate("() => samverkan.drawn")
    expected = run_query(built, "cooperation")
    pairs = expected[["a", "b"]].dropna()
    assert drawn["view"] == "network"
    assert drawn["nodes"] == len(set(pairs["a"]) | set(pairs["b"]))
    assert drawn["edges"] == len(pairs)
    labels = page.page.evaluate("() => samverkan.network.body.data.nodes.get().map((n) => n.label)")
    assert "Lunds kommun" in labels


def test_hostile_strings_are_text_and_errors_are_one_line(open_page):
    page = open_page()
    page.page.fill("#sv-query", f'SELECT ?x WHERE {{ BIND("{HOSTILE}" AS ?x) }}')
    page.run()
    assert page.table()[1] == [[HOSTILE]]
    assert page.page.evaluate("() => window.__pwned === undefined")
    page.page.fill("#sv-query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    page.run()
    assert "SERVICE is refused" in page.page.text_content("#sv-status")
    assert page.page.get_attribute("#sv-status", "class") == "sv-error"
