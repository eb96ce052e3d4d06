"""The ontology's page is made by pyLODE once per ontology text (issue 12: a faster build).

:func:`samverkan.build._write_ontology_docs` copies the page of the previous build when
that page was made from the same bytes of ``samverkan.ttl`` by the same versions, and runs
pyLODE otherwise.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from samverkan.build import _write_ontology_docs
from testpaths import ROOT


def test_the_page_is_reused_only_for_the_same_ontology(tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology)
    first = tmp_path / "first"
    first.mkdir()
    page = _write_ontology_docs(ontology, first).read_bytes()
    assert b"Membership" in page

    # Same ontology: the previous page is copied, whatever it holds (marked here to see it).
    (first / "ontology" / "index.html").write_bytes(page + b"<!-- previous build -->")
    second = tmp_path / "second"
    second.mkdir()
    copied = _write_ontology_docs(ontology, second, first).read_bytes()
    assert copied == page + b"<!-- previous build -->"

    # A changed ontology is documented afresh: the new class is on the page, the mark gone.
    with (ontology / "samverkan.ttl").open("a", encoding="utf-8") as handle:
        handle.write(
            "\nsam:Testklass a owl:Class ; rdfs:label \"Testklass\"@sv , \"Test class\"@en ;\n"
            '    rdfs:comment "En klass som bara testet har."@sv .\n'
        )
    third = tmp_path / "third"
    third.mkdir()
    fresh = _write_ontology_docs(ontology, third, second).read_bytes()
    assert b"previous build" not in fresh
    assert b"Testklass" in fresh or b"Test class" in fresh

    # No previous build at all: made afresh, equal to the first page.
    fourth = tmp_path / "fourth"
    fourth.mkdir()
    made = _write_ontology_docs(ROOT / "ontology", fourth, tmp_path / "missing")
    assert made.read_bytes() == page
