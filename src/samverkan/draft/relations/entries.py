"""A guide's entries: one heading per association, then its field lines.

A municipality's guide to associations (a "föreningsguide", a register of meeting places)
gives each association a heading line of its own and under it short field lines:
"Verksamhet: ...", "Samarbetar med: X", "Stöd: bidrag från Y". The field lines speak of the
heading's association without naming it: "Samarbetar med: X" makes X its partner, "Stöd:
... från Y" (or a grant drafted in that line, "Y har beviljat föreningen ...") makes it
Y's grantee. A heading no rule read as an actor ("Kvinnonätverket Kristallen") is drafted
as an association, for review. "Stöd: inga bidrag", "söker inga bidrag från kommunen"
deny the grant (round 37 of learning).
"""

from __future__ import annotations

import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.member_entries import (
    _actors_between,
    _heading,
    _lines,
    _member_of_heading,
)
from samverkan.draft.relations.words import _FUNDER_CLASSES

__all__ = ["guide_entries"]

# a field line of an entry: "Verksamhet: ...", "Samarbetar med: ...", "Stöd: ..."
_FIELD = re.compile(
    r"^(verksamhet|aktiviteter|målgrupp|medlemmar|kontakt|träffas|plats|"
    r"samarbetar med|samverkar med|samarbetspartners?|samarbetsparter|"
    r"stöd|bidrag|finansiering)\s*:",
    re.I,
)
_PARTNER_FIELDS = {"samarbetar med", "samverkar med", "samarbetspartner", "samarbetspartners"}
_PARTNER_FIELDS |= {"samarbetsparter"}
_SUPPORT_FIELDS = {"stöd", "bidrag", "finansiering"}
_DENIED = re.compile(r"\b(inga|inget|ingen|inte)\b", re.I)


def _entries(text: str) -> list[tuple[tuple[int, int], list[tuple[str, int, int]]]]:
    """Each entry's heading (start, end) with its field lines (field, start, end): a heading
    followed by at least two field lines before the next heading."""
    out: list[tuple[tuple[int, int], list[tuple[str, int, int]]]] = []
    heading: tuple[int, int] | None = None
    fields: list[tuple[str, int, int]] = []
    for start, end in [*_lines(text), (len(text), len(text))]:
        line = text[start:end]
        field = _FIELD.match(line)
        if field:
            fields.append((field.group(1).lower(), start, end))
            continue
        if start < len(text) and not _heading(line):
            continue
        if heading is not None and len(fields) >= 2:
            out.append((heading, fields))
        heading, fields = (start, end), []
    return out


def guide_entries(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """The partners and grants the field lines of a guide's entries give its associations;
    a grant drafted in a support line is re-aimed at the entry's association.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Gagnefs kommun\\n\\nFöreningsguide\\n\\n"
    ...             "Föreningen Bron\\nVerksamhet: ett språkcafé varje vecka.\\n"
    ...             "Samarbetar med: ABF Dalarna.\\n\\n"
    ...             "Kvarnsvedens IF\\nVerksamhet: fotboll för unga.\\n"
    ...             "Stöd: bidrag från Gagnefs kommun.\\n")
    >>> found = find_actors(doc, Index())
    >>> [(r.kind, sorted(r.members) or [r.funder, *r.recipients])
    ...  for r in guide_entries(doc, found, [])]  # doctest: +NORMALIZE_WHITESPACE
    [('collaboration', ['org/abf-dalarna', 'org/foreningen-bron']),
     ('funding', ['kommun/2026', 'org/kvarnsvedens-if'])]
    """
    text = page_text(doc)
    entries = _entries(text)
    if len(entries) < 2:
        return []  # one heading with fields is a page's own facts, not a guide
    out: list[Relation] = []
    for (h_start, h_end), fields in entries:
        org = None
        for field, start, end in fields:
            if field not in _PARTNER_FIELDS | _SUPPORT_FIELDS:
                continue
            org = org or _member_of_heading(doc, found, h_start, h_end)
            if field in _PARTNER_FIELDS:
                first = next(doc.char_span(start, end, alignment_mode="expand").sents)
                if _DENIED.search(first.text):
                    continue
                for iri, _first, _last in _actors_between(found, doc, start, first.end_char):
                    if iri == org or any(
                        r.kind == "collaboration" and {iri, org} <= set(r.members)
                        for r in relations + out
                    ):
                        continue
                    out.append(
                        Relation("collaboration", (start, end), members={org: "part", iri: "part"})
                    )
                continue
            for r in relations:
                # "Stöd: X har beviljat föreningen 95 000 kronor": the entry's association
                if r.kind == "funding" and start <= r.span[0] < end and r.funder != org:
                    r.recipients, r.unsure = [org], False
            for sent in doc.char_span(start, end, alignment_mode="expand").sents:
                named = _actors_between(found, doc, sent.start_char, sent.end_char)
                for iri, first, _last in named:
                    before = text[sent.start_char : first].split()
                    if (
                        iri == org
                        or not before
                        or before[-1].lower() != "från"
                        or found.actors[iri].cls not in _FUNDER_CLASSES
                        or _DENIED.search(" ".join(before))
                        or any(
                            r.kind == "funding" and r.funder == iri and org in r.recipients
                            for r in relations + out
                        )
                    ):
                        continue
                    out.append(
                        Relation(
                            "funding",
                            (sent.start_char, sent.end_char),
                            funder=iri,
                            recipients=[org],
                            unsure=False,
                        )
                    )
    return out
