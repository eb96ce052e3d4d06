"""Draft a new document's graph from its Swedish text, for a person to review.

The drafter reads one page with spaCy's rule-based matchers on a blank Swedish pipeline
(no model download), finds the page's metadata, its actors and the relations its sentences
state, reconciles the actors with the build, and writes a Turtle file in the shape of the
curated ones: every statement with its evidence quote and offsets, and what the rules are
unsure of marked ``sam:reviewStatus "draft"``.

Steps, one module each: :mod:`~samverkan.draft.metadata` (input checks, title, dates),
:mod:`~samverkan.draft.nlp` (pipeline and matchers), :mod:`~samverkan.draft.actors`,
:mod:`~samverkan.draft.relations`, :mod:`~samverkan.draft.reconcile`,
:mod:`~samverkan.draft.turtle`; :mod:`~samverkan.draft.score` and
:mod:`~samverkan.draft.evaluate` measure the result.

Examples
--------
>>> from samverkan.draft.reconcile import Index
>>> text = ("Publicerad 8 april 2019\\n\\nSamverkan i Lund\\n\\n"
...         "Lunds kommun fick medel från Länsstyrelsen. Det säger Anna Berg, "
...         "integrationssamordnare i Lunds kommun.\\n")
>>> d = draft_text(text, "ny_sida.txt", Index())
>>> d.publisher, d.issued
('kommun/1281', '2019-04-08')
>>> for iri in sorted(d.actors):
...     print(iri)
kommun/1281
kommun/1281/tjanst/integrationssamordnare
lansstyrelse/12
person/anna-berg
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from samverkan.draft.model import Actor, Draft, Relation
from samverkan.draft.reconcile import Index
from samverkan.errors import SamverkanError

__all__ = ["Actor", "Draft", "Relation", "draft_file", "draft_text", "write_draft"]


def _merge_people(draft: Draft, at_token: dict[int, tuple[str, int]]) -> None:
    people = [a for a in draft.actors.values() if a.cls == "foaf:Person"]
    for short in people:
        longer = next(
            (p for p in people if p is not short and p.label_sv.startswith(short.label_sv + " ")),
            None,
        )
        if longer is None:
            continue
        longer.mentions = short.mentions + longer.mentions
        for actor in draft.actors.values():
            if actor.holder == short.iri:
                actor.holder = longer.iri
            actor.holders = [longer.iri if h == short.iri else h for h in actor.holders]
        for start, (iri, end) in list(at_token.items()):
            if iri == short.iri:
                at_token[start] = (longer.iri, end)
        del draft.actors[short.iri]


def _place_counts(doc, draft: Draft, found) -> list:
    """Each count of people with what it counts: the collaboration of its sentence (else the
    last one before it), else the first actor its sentence names (not a municipality)."""
    from samverkan.draft.quantities import find_counts

    placed = []
    for count in find_counts(doc):
        sent = doc[count.token].sent
        rel = None
        for n, relation in enumerate(draft.relations):
            if relation.kind != "collaboration" or relation.span[0] >= sent.end_char:
                continue
            if relation.span[0] >= sent.start_char or count.span[0] - relation.span[1] < 400:
                rel = n
        actor = next(
            (
                iri
                for i, (iri, _end) in sorted(found.at_token.items())
                if sent.start <= i < sent.end
                and iri in draft.actors
                and not draft.actors[iri].reference
                and draft.actors[iri].cls != "foaf:Person"
            ),
            found.page_org,
        )
        placed.append((count, rel, actor))
    return placed


def draft_text(
    text: str,
    file_name: str,
    index: Index,
    *,
    path: Path | None = None,
    model: bool | str | Path = False,
    relmodel: bool | str | Path = False,
    party: bool | str | Path | dict = False,
    trace: dict | None = None,
    municipality: str | None = None,
) -> Draft:
    """Draft the graph of one text.

    Parameters
    ----------
    text : str
        The document's text (as the corpus stores it).
    file_name : str
        Its file name in the corpus (``NAME.txt``); the document IRI is ``dokument/NAME``.
    index : Index
        The known actors to reconcile with (:func:`samverkan.draft.reconcile.index_store`).
    path : Path, optional
        The file, for error messages.
    model : bool or str or Path, optional
        Also ask the trained name model (:mod:`samverkan.draft.ner`) for actors the rules
        missed: ``True`` for the shipped model, or the directory of another one.
    relmodel : bool or str or Path, optional
        Also ask the trained relation model (:mod:`samverkan.draft.relmodel`) for relations
        the rules missed: ``True`` for the shipped weights, or the path of other weights.
        Off by default: on the blind round 11 it added 7 relations, none right (README).
    party : bool or str or Path or dict, optional
        Also ask the trained party model (:mod:`samverkan.draft.partymodel`) which drafted
        organisations take part in a collaboration the rules drafted: ``True`` for the
        shipped weights, the path of other weights, or the weights themselves.
    trace : dict, optional
        Filled with the parsed ``doc`` and the ``found`` actors (for training and analysis).
    municipality : str, optional
        The code of the municipality whose page it is, for a text that never names one
        (only its town, its bath or its school): the publisher (marked for review) and
        the municipality of its units. A municipality the text names comes first.

    Raises
    ------
    SamverkanError
        When the text is not Swedish, too long, or names no actor the rules recognise.
    """
    from samverkan.draft import metadata
    from samverkan.draft.actors import find_actors
    from samverkan.draft.nlp import parse
    from samverkan.draft.relations import find_relations

    metadata.check_text(text, path)
    doc = parse(text)
    found = find_actors(doc, index, municipality=municipality)
    if model:
        from samverkan.draft.ner import add_model_actors

        add_model_actors(doc, found, index, None if model is True else str(model))
    if not found.actors:
        raise SamverkanError(
            "no actor the rules recognise (no municipality, county board, agency, "
            "department, post or association); nothing to draft",
            path=path,
        )
    stem = Path(file_name).stem
    draft = Draft(
        stem=stem,
        file_name=file_name,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        actors=found.actors,
    )
    _merge_people(draft, found.at_token)
    draft.relations = find_relations(doc, found)
    if relmodel:
        from samverkan.draft.relmodel import add_model_relations

        add_model_relations(doc, found, draft, None if relmodel is True else str(relmodel))
    if trace is not None:
        trace.update(doc=doc, found=found)
    draft.counts = _place_counts(doc, draft, found)
    draft.issued, draft.modified = metadata.dates(text)
    # a page without a date line (an association's own page) is drafted all the same; the
    # reviewer dates it with sam:retrievedOn, the day it was read
    low = text.lower()
    page = f"kommun/{found.page_code}" if found.page_code else None
    # a municipal unit's own pages ("Åtvidabergs bibliotek – Aktiviteter") are the
    # municipality's site: its publisher and kind of page, not an association's
    own_org = found.page_org is not None and not found.page_org.startswith("kommun/")
    draft.page_kind = metadata.page_kind(text, own_page=own_org)
    if draft.page_kind == "larande-exempel":
        draft.publisher = "org/skr"
        draft.spatial = page
        if "org/skr" not in draft.actors:
            from samverkan.draft import lexicon

            _s, sv, en = lexicon.MUNICIPAL_ASSOCIATIONS[("skr",)]
            i = low.index("lärande exempel")
            draft.actors["org/skr"] = Actor(
                "org/skr",
                "sam:MunicipalAssociation",
                sv,
                en,
                mentions=[(i, i + len("lärande exempel"))],
            )
    elif draft.page_kind == "foreningssida" and found.page_org in draft.actors:
        draft.publisher, draft.publisher_unsure = found.page_org, True
    else:
        first_lines = [line.strip() for line in text.splitlines() if line.strip()][:3]
        named = [a for a in found.actors.values() if a.reference and a.label_sv in first_lines]
        if found.page_board:
            # a county board's decision: the board heads its own page
            board = f"lansstyrelse/{found.page_board}"
            named = [draft.actors[board]] if board in draft.actors else named
        draft.publisher = named[0].iri if named else page
        draft.publisher_unsure = not named
    if draft.publisher is None:
        raise SamverkanError(
            "no publisher found: the text names no municipality (give the page's with "
            "--municipality NAME or CODE, or its publisher in the corpus index)",
            path=path,
        )
    skip = {a.label_sv for a in found.actors.values()} | {
        text[start:end] for a in found.actors.values() for start, end in a.mentions
    }
    draft.title = metadata.title(text, skip)
    if draft.title is None:
        raise SamverkanError("no title found (a first line of three words or more)", path=path)
    from samverkan.draft.negated import (
        drop_bare_posts,
        drop_library_venues,
        drop_loose_groups,
        drop_negated_actors,
        drop_non_party_staff,
    )

    # a body named only in a refused application or a bare "X är inte med" gets no node;
    # the reviewer is told which, in case the page means otherwise
    labels = {iri: actor.label_sv for iri, actor in draft.actors.items()}
    dropped = (
        drop_negated_actors(doc, draft, found)
        + drop_bare_posts(doc, draft)
        + drop_non_party_staff(doc, draft)
        + drop_loose_groups(doc, draft)
        + drop_library_venues(doc, draft)
    )
    draft.left_out = sorted({labels[iri] for iri in dropped})
    if party:
        # last, on the draft as the party model was trained on (after the drops: an actor
        # left out is never a candidate, and a joined one is not kept by being joined)
        from samverkan.draft.partymodel import add_parties

        if isinstance(party, dict):
            add_parties(doc, found, draft, weights=party)
        else:
            add_parties(doc, found, draft, None if party is True else str(party))
    if "verksamhetsområde" in low and "integration" in low[low.index("verksamhetsområde") :][:40]:
        draft.subject = "tema/integration"
    return draft


def municipality_code(text: str) -> str:
    """The code of the municipality ``text`` names (a code, "Håbo", "Håbo kommun"), among
    the reference data's 290.

    Raises
    ------
    SamverkanError
        When it names none or several (the message lists the closest names).

    Examples
    --------
    >>> municipality_code("Håbo kommun"), municipality_code("1281")
    ('0305', '1281')
    """
    from samverkan.draft.reference_names import _reference_names
    from samverkan.network.resolve import resolve_municipality_name

    munis, _counties = _reference_names()
    names = {code: {code, short, official} for code, (short, official) in munis.items()}
    return resolve_municipality_name(text, names)


def index_municipality(source: Path) -> str | None:
    """The municipality the publisher of ``source`` names in the corpus index beside it
    (``samverkan corpus add --publisher "Håbo kommun"``), or None: no index, no row, no
    publisher, or a publisher that is not exactly one municipality's name or code (case
    and spacing aside; no guessing, unlike :func:`municipality_code` for what a user types).

    Examples
    --------
    >>> import tempfile
    >>> from samverkan.corpus import add_text
    >>> tmp = Path(tempfile.mkdtemp()); _ = (tmp / "a.txt").write_text("Ett nätverk.")
    >>> entry = add_text(tmp / "a.txt", tmp / "c", url="https://example.org/a",
    ...                  publisher="Håbo  kommun", retrieved="2026-01-02")
    >>> index_municipality(tmp / "c" / entry.file)
    '0305'
    """
    from samverkan.corpus import read_index
    from samverkan.draft.reference_names import _reference_names

    try:
        entries = read_index(source.parent)
    except SamverkanError:
        return None
    publisher = next((e.publisher for e in entries if e.file == source.name), "")
    wanted = " ".join(publisher.casefold().split())
    if not wanted:
        return None
    munis, _counties = _reference_names()
    found = {
        code
        for code, names in munis.items()
        if wanted in {" ".join(n.casefold().split()) for n in (code, *names)}
    }
    return found.pop() if len(found) == 1 else None


def _retrieved(source: Path) -> str:
    """The day a page without a date of its own was read: its row in the corpus index
    beside it (``samverkan corpus add``), else the day its text file was written."""
    import datetime as dt

    from samverkan.corpus import read_index

    try:
        entries = read_index(source.parent)
    except SamverkanError:
        entries = []
    for entry in entries:
        if entry.file == source.name and entry.retrieved:
            return entry.retrieved
    stamp = dt.datetime.fromtimestamp(source.stat().st_mtime, dt.UTC)
    return stamp.date().isoformat()


def write_draft(draft: Draft, text: str, target: Path) -> Path:
    """Write the Turtle of ``draft`` to ``target`` atomically (all or nothing)."""
    from samverkan.draft.turtle import to_turtle

    data = to_turtle(draft, text)
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SamverkanError(f"cannot write the draft: {exc.strerror}", path=target) from None
    return target


def draft_file(
    source: Path,
    index: Index,
    target: Path,
    *,
    model: bool | str | Path = False,
    relmodel: bool | str | Path = False,
    party: bool | str | Path | dict = False,
    municipality: str | None = None,
) -> Draft:
    """Read ``source``, draft it against ``index`` and write the Turtle to ``target``
    (``model``, ``relmodel``, ``party``, ``municipality``: as for :func:`draft_text`; without
    ``municipality``, the municipality the publisher of the page names in the corpus index
    beside it, if one, :func:`index_municipality`)."""
    from samverkan.draft.metadata import read_text

    text = read_text(source)
    if municipality is None:
        municipality = index_municipality(Path(source))
    draft = draft_text(
        text,
        Path(source).name,
        index,
        path=Path(source),
        model=model,
        relmodel=relmodel,
        party=party,
        municipality=municipality,
    )
    if not (draft.issued or draft.modified):
        draft.retrieved = _retrieved(Path(source))
    write_draft(draft, text, target)
    return draft
