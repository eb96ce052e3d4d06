"""Queries typed by hand may use the project's prefixes without PREFIX lines."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from samverkan.errors import SamverkanError
from samverkan.query import run_query

DATA = """
<https://w3id.org/samverkan/id/kommun/1281> a <https://w3id.org/samverkan/ontology#Municipality> .
<urn:x#a> a <urn:x#Municipality> .
"""


@pytest.fixture
def store() -> ox.Store:
    s = ox.Store()
    s.load(DATA.encode(), format=ox.RdfFormat.TURTLE)
    return s


def test_undeclared_project_prefixes_are_declared(store: ox.Store) -> None:
    frame = run_query(store, "SELECT ?m WHERE { ?m a sam:Municipality }", labels=False)
    assert list(frame["m"]) == ["https://w3id.org/samverkan/id/kommun/1281"]


def test_a_prefix_the_query_declares_is_its_own(store: ox.Store) -> None:
    frame = run_query(
        store, "PREFIX sam: <urn:x#> SELECT ?m WHERE { ?m a sam:Municipality }", labels=False
    )
    assert list(frame["m"]) == ["urn:x#a"]


def test_syntax_error_column_is_in_the_users_text(store: ox.Store) -> None:
    text = "SELECT ?m WHERE { ?m a sam:Municipality "
    with pytest.raises(SamverkanError) as err:
        run_query(store, text)
    assert err.value.line == 1
    assert f"column {len(text) + 1}:" in str(err.value)
