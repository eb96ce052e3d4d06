"""Write a :class:`~samverkan.draft.model.Draft` as Turtle in the shape of the curated files.

Every statement carries ``sam:evidence``: an annotation whose quote is the words of the text
that state it, with its offsets. What the rules are unsure of carries
``sam:reviewStatus "draft"``. Municipalities and county boards are reference data and are
never restated; other known actors are restated with the build's own labels.
"""

from __future__ import annotations

import re

from samverkan.draft.model import Actor, Draft, slug
from samverkan.namespaces import ID, PREFIXES
from samverkan.privacy import contact_data

__all__ = ["PREFIXES_TTL", "to_turtle"]

PREFIXES_TTL = f"@base <{ID}> .\n" + "".join(
    f"@prefix {name}: <{PREFIXES[name]}> .\n"
    for name in ("sam", "org", "oa", "schema", "xsd", "rdfs", "dcterms", "foaf", "prov")
)


def _lit(text: str, lang: str | None = None) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def _date(value: str) -> str:
    kind = {4: "gYear", 7: "gYearMonth", 10: "date"}[len(value)]
    return f'"{value}"^^xsd:{kind}'


class _Evidence:
    def __init__(self, draft: Draft, text: str) -> None:
        self.doc = f"dokument/{draft.stem}"
        self.text = text
        self.blocks: dict[str, str] = {}
        self.by_span: dict[tuple[int, int], str] = {}

    def _contact(self, start: int, end: int) -> bool:
        """Whether the span holds or touches a phone number or an e-mail address (the build's
        own patterns, read on the whole lines around it: "40-60 personer" is no phone)."""
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", end)
        last = len(self.text) if last < 0 else last
        return any(
            m.start() + first < end and m.end() + first > start
            for m in contact_data(self.text[first:last])
        )

    def __call__(self, span: tuple[int, int], name: str) -> str | None:
        start, end = span
        exact = self.text[start:end]
        if not exact.strip() or len(exact) > 200 or self._contact(start, end):
            return None
        if span in self.by_span:
            return self.by_span[span]
        base = f"{self.doc}/belagg/{slug(name)[:60] or 'x'}"
        iri, n = base, 2
        while iri in self.blocks:
            iri, n = f"{base}-{n}", n + 1
        self.by_span[span] = iri
        self.blocks[iri] = (
            f"<{iri}> a oa:Annotation ;\n"
            f"    oa:hasTarget [ a oa:SpecificResource ; oa:hasSource <{self.doc}> ;\n"
            f"        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact {_lit(exact)} ] ,\n"
            f"            [ a oa:TextPositionSelector ; oa:start {start} ; oa:end {end} ] ] .\n"
        )
        return iri


def _block(subject: str, lines: list[str], evidence: list[str], unsure: bool) -> str:
    body = list(lines)
    if evidence:
        body.append("sam:evidence " + " , ".join(f"<{e}>" for e in evidence))
    if unsure:
        body.append('sam:reviewStatus "draft"')
    return f"<{subject}> " + " ;\n    ".join(body) + " .\n"


REGION_WORDS = frozenset({"regionen", "regionens"})


def _named_in_running_text(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` is an official name ("Orsa kommun") said in running text,
    not the value of a field line ("Sökande: Orsa kommun": a record whose relation its other
    fields state).

    >>> _named_in_running_text("Orsa kommun har frågat.", 0, 11)
    True
    >>> _named_in_running_text("Sökande: Orsa kommun\n", 9, 20)
    False
    """
    if not text[start:end].lower().endswith(("kommun", "kommuns", "stad")):
        return False
    return not _field_value(text, start, end)


def _region_named_in_full(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` names a region in full ("Region Skåne",
    "Västra Götalandsregionen"), not by the bare word ("regionen"), and not as the value of a
    field line.

    >>> _region_named_in_full("Region Skåne är inte part i avtalet.", 0, 12)
    True
    >>> _region_named_in_full("Regionen deltar.", 0, 8)
    False
    """
    name = text[start:end]
    full = name.startswith("Region ") or (
        name.lower().endswith(("regionen", "regionens")) and name.lower() not in REGION_WORDS
    )
    return full and not _field_value(text, start, end)


def _board_named_in_full(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` names a county board in full ("Länsstyrelsen i Hallands
    län"), not by the bare word ("Länsstyrelsen"), and not as the value of a field line: the
    board is referred to as a region named in full is, whatever else the page says of it (the
    expected graphs name it on almost every page that names it so; round 69 of learning).

    >>> _board_named_in_full("Länsstyrelsen i Hallands län gav pengar.", 0, 28)
    True
    >>> _board_named_in_full("Länsstyrelsen gav pengar.", 0, 13)
    False
    >>> _board_named_in_full("Länsstyrelsen Blekinge gav pengar.", 0, 22)
    True
    """
    name = text[start:end].lower()
    full = name.startswith("länsstyrelsen i ") and name.endswith(("län", "läns"))
    # "Länsstyrelsen Blekinge", "Länsstyrelsen Jämtlands län": the county named after the
    # word without "i", as the boards write themselves (round 100 of learning)
    by_county = name.startswith("länsstyrelsen ") and name.split()[1][:1].isalpha()
    if (full or by_county) and _applied_only(text, start, end):
        # "Kommunen har sökt pengar från Länsstyrelsen (i) Skåne(s län)": no decision yet,
        # in either form (the keys of older rounds leave the board out there too)
        return False
    full = full or by_county
    return full and not _field_value(text, start, end) and not _said_against(text, start, end)


# the words of an application ("har sökt pengar från", "ansökte om medel", "Ansökan lämnad")
# and of a grant or a part that make the body an actor all the same ("finansieras med medel
# från X, som föreningen har sökt"); "avstår" is a consulted body's answer that it has none
_APPLIED = re.compile(r"\b(sök\w*|ansök\w*|avstår)\b", re.IGNORECASE)
_GRANTED = re.compile(
    r"\b(finansier\w*|bevilja\w*|gav|gett|fick|får|bidrog|betala\w*|medverka\w*)\b",
    re.IGNORECASE,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence or line of ``text`` around ``text[start:end]`` (ended by ". " or a line).

    >>> _sentence_around("A gav. Länsstyrelsen Skåne sökte.\\nB", 7, 26)
    ' Länsstyrelsen Skåne sökte.'
    """
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = min(
        (k for k in (text.find(". ", end), text.find("\n", end)) if k >= 0), default=len(text)
    )
    return text[begin:stop]


def _applied_only(text: str, start: int, end: int) -> bool:
    """Whether the sentence or line around ``text[start:end]`` says only that someone applied
    to the body (or that it declined to answer), with no grant or part of its own.

    >>> _applied_only("Kommunen har sökt pengar från Länsstyrelsen Skåne.", 28, 50)
    True
    >>> _applied_only("Kursen finansieras av Länsstyrelsen Skåne, som vi sökt.", 22, 41)
    False
    """
    sentence = _sentence_around(text, start, end)
    return bool(_APPLIED.search(sentence)) and not _GRANTED.search(sentence)


# the words by which a sentence says a body had no part ("är inte part", "hade ingen roll")
# or turned an application down ("ansökan fick avslag", "sa nej")
_AGAINST = {"inte", "ingen", "inget", "inga", "aldrig", "avslag", "avslogs", "nej"}


def _said_against(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` says no ("X är inte medlem", "Vi sökte
    pengar från X, men ansökan fick avslag"): a body named only so is no actor of the page.

    >>> _said_against("Länsstyrelsen i X län är inte part. Y deltar.", 0, 20)
    True
    >>> _said_against("Y deltar inte. Länsstyrelsen i X län gav pengar.", 15, 35)
    False
    """
    words = {w.strip(",.;:!?()").lower() for w in _sentence_around(text, start, end).split()}
    return bool(_AGAINST & words)


def _field_value(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole value of a short field line ("Sökande: X")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    head, colon, value = line.partition(":")
    return bool(colon and len(head.split()) <= 3 and value.strip() == text[start:end])


def to_turtle(draft: Draft, text: str) -> str:
    """The Turtle text of ``draft``; ``text`` is the document the offsets point into."""
    ev = _Evidence(draft, text)
    out = [
        f"# Draft of {draft.file_name}, written by `samverkan draft` for a person to review.\n"
        '# Statements marked sam:reviewStatus "draft" are the rules\' guesses: read each\n'
        "# against its quote, correct it, and remove the mark.\n\n",
        PREFIXES_TTL,
        "\n",
    ]
    doc_lines = ["a sam:SourceDocument"]
    if draft.title:
        doc_lines.append(f"dcterms:title {_lit(draft.title[0], 'sv')}")
    if draft.publisher:
        doc_lines.append(f"dcterms:publisher <{draft.publisher}>")
    if draft.issued:
        doc_lines.append(f"dcterms:issued {_date(draft.issued)}")
    if draft.modified:
        doc_lines.append(f"dcterms:modified {_date(draft.modified)}")
    if not (draft.issued or draft.modified) and draft.retrieved:
        doc_lines.append(f"sam:retrievedOn {_date(draft.retrieved)}")
    doc_lines.append('dcterms:language "sv"')
    if draft.subject:
        doc_lines.append(f"dcterms:subject <{draft.subject}>")
    if draft.spatial:
        doc_lines.append(f"dcterms:spatial <{draft.spatial}>")
    # the municipalities the page names in full, in running text: referred to, whether or not
    # a relation states more about them (as the expected files of pages 22, 32-34, 51, 53 and
    # 91-115 give them)
    # ... and so are the regions the page names in full ("Region Skåne är inte part i
    # avtalet", "ett projekt som Region Östergötland äger"): a region is a reference actor
    # as a municipality is
    for iri in sorted(
        a.iri
        for a in draft.actors.values()
        if a.iri not in {draft.publisher, draft.spatial}
        and (
            (
                a.cls == "sam:Municipality"
                and any(_named_in_running_text(text, b, e) for b, e in a.mentions)
            )
            or (
                a.cls == "sam:Region"
                and any(_region_named_in_full(text, b, e) for b, e in a.mentions)
            )
            or (
                a.cls == "sam:CountyAdministrativeBoard"
                and any(_board_named_in_full(text, b, e) for b, e in a.mentions)
            )
        )
    ):
        doc_lines.append(f"dcterms:references <{iri}>")
    doc_lines += [
        f"sam:pageKind <sidtyp/{draft.page_kind}>",
        f"sam:fileName {_lit(draft.file_name)}",
        f"sam:sha256 {_lit(draft.sha256)}",
    ]
    undated = not (draft.issued or draft.modified)
    out.append(_block(f"dokument/{draft.stem}", doc_lines, [], draft.publisher_unsure or undated))
    out.append("\n# --- Actors ---\n\n")
    written: set[str] = set()
    present = {a.iri for a in draft.actors.values() if a.reference or a.mentions}
    for actor in sorted(draft.actors.values(), key=lambda a: a.iri):
        if actor.parent and actor.parent not in present:
            code = actor.iri.split("/")[1] if actor.iri.startswith("kommun/") else None
            actor.parent, actor.parent_unsure = (f"kommun/{code}" if code else None), True
        block = _actor(actor, draft, ev)
        if block:
            out.append(block + "\n")
            written.add(actor.iri)
    out.append("# --- Relations ---\n\n")
    collaborations: dict[int, str] = {}
    for n, rel in enumerate(draft.relations, start=1):
        block = _relation(rel, n, draft, ev, written)
        if block and rel.kind == "collaboration":
            collaborations[n - 1] = f"initiativ/{draft.stem}-samverkan-{n}"
        out.append(block)
    out.append(_counts(draft, ev, collaborations, written))
    out.append("# --- Evidence ---\n\n")
    out += [ev.blocks[k] + "\n" for k in sorted(ev.blocks)]
    return "".join(out)


def _counts(draft: Draft, ev: _Evidence, collaborations: dict[int, str], written: set[str]) -> str:
    """Counts of people as ``sam:quantity`` values (schema:QuantitativeValue), each a draft."""
    out = []
    numbers: dict[str, int] = {}
    for count, rel, actor in draft.counts:
        quote = ev(count.span, f"antal-{count.unit}")
        if quote is None:
            continue
        subject = collaborations.get(rel) if rel is not None else None
        subject = subject or (actor if actor in written else None) or f"dokument/{draft.stem}"
        numbers[subject] = numbers.get(subject, 0) + 1
        iri = f"{subject}/antal-{numbers[subject]}"
        lines = ["a schema:QuantitativeValue"]
        if count.value is not None:
            lines.append(f"schema:value {count.value}")
        if count.minimum is not None:
            lines.append(f"schema:minValue {count.minimum}")
        if count.maximum is not None:
            lines.append(f"schema:maxValue {count.maximum}")
        lines.append(f"schema:unitText {_lit(count.unit, 'sv')}")
        out.append(f"<{subject}> sam:quantity <{iri}> .\n")
        out.append(_block(iri, lines, [quote], True) + "\n")
    return "".join(out)


def _actor(actor: Actor, draft: Draft, ev: _Evidence) -> str | None:
    if actor.reference:
        return None
    evidence = [e for e in (ev(m, actor.iri.rsplit("/", 1)[-1]) for m in actor.mentions[:1]) if e]
    if not evidence:
        return None
    lines = [
        f"a {actor.cls}",
        f"rdfs:label {_lit(actor.label_sv, 'sv')} , {_lit(actor.label_en, 'en')}",
    ]
    if actor.cls == "foaf:Person":
        lines.insert(1, f"foaf:name {_lit(actor.label_sv)}")
    if actor.parent and actor.cls in {
        "sam:Department",
        "sam:CentralAdministration",
        "sam:MunicipalUnit",
        "sam:AgencyUnit",
    }:
        lines.append(f"org:unitOf <{actor.parent}>")
    if actor.parent and actor.cls in {"org:Post", "sam:CoordinatorPost"}:
        lines.append(f"org:postIn <{actor.parent}>")
    held = [h for h in dict.fromkeys([actor.holder, *actor.holders]) if h in draft.actors]
    if held:
        lines.append("org:heldBy " + " , ".join(f"<{h}>" for h in held))
    if actor.municipality and actor.cls in {
        "sam:CivilSocietyGroup",
        "sam:MunicipalCompany",
        "sam:CivilSocietyOrganization",
        "sam:AgencyUnit",
    }:
        lines.append(f"sam:municipality <kommun/{actor.municipality}>")
    return _block(actor.iri, lines, evidence, actor.unsure or actor.parent_unsure)


def _relation(rel, n: int, draft: Draft, ev: _Evidence, written: set[str]) -> str:
    def ok(iri: str) -> bool:
        return iri in written or draft.actors[iri].reference

    quote = ev(rel.span, f"{rel.kind}-{n}")
    if quote is None:
        return ""
    dates = []
    if rel.start:
        dates.append(f"schema:startDate {_date(rel.start)}")
    if rel.end:
        dates.append(f"schema:endDate {_date(rel.end)}")
    if rel.kind == "funding":
        recipients = [r for r in rel.recipients if ok(r)]
        items = [i for i in rel.funded_items if ok(i)]
        if not ok(rel.funder) or not (recipients or items):
            return ""
        lines = ["a sam:Funding", f"sam:funder <{rel.funder}>"]
        if recipients:
            lines.append("sam:recipient " + " , ".join(f"<{r}>" for r in recipients))
        if items:
            lines.append("sam:fundedItem " + " , ".join(f"<{i}>" for i in items))
        if rel.scheme:
            lines.append(f"sam:fundingScheme <finansieringsform/{rel.scheme}>")
        if rel.amount is not None:
            lines.append(f"sam:amount {rel.amount}")
        lines.append(
            f"rdfs:label {_lit('finansiering ' + str(n) + ' (utkast)', 'sv')} , "
            f"{_lit('funding ' + str(n) + ' (draft)', 'en')}"
        )
        return _block(f"finansiering/{draft.stem}-{n}", lines + dates, [quote], rel.unsure) + "\n"
    members = {m: r for m, r in rel.members.items() if ok(m)}
    if len(members) < 2:
        return ""
    collab = f"initiativ/{draft.stem}-samverkan-{n}"
    name = rel.name or "samverkan"
    lines = [
        "a sam:Collaboration",
        f"rdfs:label {_lit(f'{name} ({draft.stem}, mening {n})', 'sv')} , "
        f"{_lit(f'collaboration ({draft.stem}, sentence {n})', 'en')}",
    ]
    out = [_block(collab, lines + dates, [quote], True), "\n"]
    for member, role in sorted(members.items()):
        evidence = [quote]
        if member in rel.member_spans:
            own = ev(rel.member_spans[member], f"{rel.kind}-{n}-{slug(member)}")
            if own is None:
                continue  # a joined party whose sentence cannot be quoted is left out
            evidence.append(own)
        out.append(
            _block(
                f"medlemskap/{draft.stem}-samverkan-{n}/{slug(member)}",
                [
                    "a org:Membership",
                    f"org:member <{member}>",
                    f"org:organization <{collab}>",
                    f"org:role <roll/{role}>",
                ],
                evidence,
                True,
            )
            + "\n"
        )
    return "".join(out)
