"""The views' main process reads the resources with a page and the quotes once, from the
site's whole-store reads (:class:`samverkan.site._reads.Reads`), no longer by the queries
``RESOURCES`` and ``ANNOTATIONS``: both ways give the same pages and quotes, on the seed
build and after a change patched into the previous build's reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samverkan.query import run_query
from samverkan.site import _queries as Q
from samverkan.site import page_path
from samverkan.site._incremental import patched_reads
from samverkan.site._reads import READS_NAME, Reads
from samverkan.site._site import select
from samverkan.views._build import _answers_of, _Decoration, _patched_reads, _site_pages
from samverkan.views._incremental import Kept


def _pages_by_query(store: Any) -> dict[str, str]:
    return {
        resource: f"site/{page_path(resource)}"
        for resource, _class in select(store, Q.RESOURCES)[1]
        if page_path(resource)
    }


def _quotes_by_query(store: Any, titles: dict[str, str]) -> dict[str, list[dict[str, str]]]:
    quotes: dict[str, list[dict[str, str]]] = {}
    for row in run_query(store, Q.ANNOTATIONS, labels=False).itertuples(index=False):
        key = str(row.document).rsplit("/", 1)[-1]
        quotes.setdefault(str(row.subject), []).append(
            {"document": titles.get(key, key), "quote": str(row.quote)}
        )
    return quotes


def test_pages_and_quotes_from_the_reads_are_the_queries(built: Any) -> None:
    reads = Reads.read(built)
    pages = _site_pages(reads)
    assert pages == _pages_by_query(built)
    assert "site/kommun/1281.html" in pages.values()
    deco = _Decoration(built, {}, _answers_of((built, None), ["cooperation"])["cooperation"], reads)
    assert deco.quotes == _quotes_by_query(built, deco.titles)
    # every quote of a document, in the order of the query (by place in the text)
    assert sum(map(len, deco.quotes.values())) == len(run_query(built, Q.ANNOTATIONS))


def test_a_rebuild_takes_the_previous_reads_patched(built: Any, tmp_path: Path) -> None:
    from types import SimpleNamespace

    touched = {"https://w3id.org/samverkan/id/kommun/1281"}
    # what _patched_reads needs of the views' previous build (no reads being unpickled)
    previous: Any = SimpleNamespace(cache_dir=tmp_path, touched=touched, kept=None)

    assert _patched_reads(built, None) is None  # a full build: each process reads afresh
    assert _patched_reads(built, previous) is None  # the previous build kept none
    stale = Reads.read(built)
    stale.annotations = {d: rows[:1] for d, rows in stale.annotations.items()}
    stale.save(tmp_path / READS_NAME)
    patched = _patched_reads(built, previous)
    assert patched is not None
    reads, kept = patched
    assert kept  # the same source documents
    # only the touched IRIs are read again: the stale quotes of other documents stay
    assert reads.annotations == stale.annotations
    assert patched == patched_reads(built, tmp_path, touched)
    # the same reads unpickled by the thread a rebuild starts beside its load
    previous.kept = Kept(tmp_path)
    previous.kept.start()
    assert _patched_reads(built, previous) == patched
