"""A county board's list of decisions written as blocks of labelled lines.

"Sökande: X kommun" / "Medsökande: Y kommun, Z kommun" / "Samverkanspart: W" / "Beviljat
belopp: 690 000 kr": the board grants the amount to the applicant (or to the one the block
says the money "betalas ut till"), and the applicant, its co-applicants and its named
partners work together. A refusal ("0 kr (avslag)") is no grant.

Examples
--------
>>> from samverkan.draft import actors, nlp, reconcile
>>> doc = nlp.parse("Länsstyrelsen Dalarnas län\\n\\nBeslut om bidrag till Språkcafé\\n"
...                 "Sökande: Mora kommun\\nMedsökande: Orsa kommun\\nBeviljat belopp: 300 tkr\\n")
>>> found = actors.find_actors(doc, reconcile.Index())
>>> for r in decision_blocks(doc, found):
...     print(r.kind, r.funder, r.recipients, sorted(r.members), r.amount)
funding lansstyrelse/20 ['kommun/2062'] [] 300000
collaboration None [] ['kommun/2034', 'kommun/2062'] None
"""

from __future__ import annotations

import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.members import _MEMBER_CLASSES

__all__ = ["decided_item", "decider_of_item", "decision_blocks"]


_APPLICANT = {"sökande", "huvudsökande"}
_CO_APPLICANTS = {"medsökande"}
_PARTNERS = {
    "samverkanspart",
    "samverkansparter",
    "samverkanspartner",
    "samarbetspart",
    "samarbetsparter",
    "samarbetspartner",
}
_GRANTED = {"beviljat belopp", "beviljat", "beviljat bidrag", "beviljade medel", "belopp"}
_LABELLED = re.compile(r"^([A-Za-zÅÄÖåäö ]{3,30}):\s*(\S.*)$")
_MONEY = re.compile(r"^(\d[\d  ]*(?:,\d+)?)\s*(kr|kronor|tkr|mnkr|miljoner kronor)\b")
_FACTORS = {"kr": 1, "kronor": 1, "tkr": 1_000, "mnkr": 1_000_000, "miljoner kronor": 1_000_000}
# "Medlen betalas ut till X": the one who receives the money of the block
_PAID_TO = re.compile(r"\b(?:betalas|betalades|utbetalas)\s+(?:ut\s+)?till\s+$")


def _granted(value: str) -> int | None:
    """The amount of a line "Beviljat belopp: ...", None for a refusal or no amount.

    >>> _granted("1 120 000 kr"), _granted("412 tkr"), _granted("0 kr (avslag)")
    (1120000, 412000, None)
    """
    match = _MONEY.match(value.strip())
    if match is None or "avslag" in value.lower():
        return None
    number = float(match.group(1).replace(" ", "").replace("\u00a0", "").replace(",", "."))
    total = round(number * _FACTORS[match.group(2)])
    return total or None


def _actors_between(doc, found: Found, start: int, end: int) -> list[str]:
    """The actors (of the classes that take part) named between two offsets of the text."""
    out = []
    for i, (iri, _end) in sorted(found.at_token.items()):
        if start <= doc[i].idx < end and found.actors[iri].cls in _MEMBER_CLASSES:
            out.append(iri)
    return list(dict.fromkeys(out))


def _paid_to(doc, found: Found, start: int, end: int) -> str | None:
    """The actor the block says the money is paid to ("betalas ut till Stenungsunds kommun")."""
    for i, (iri, _end) in sorted(found.at_token.items()):
        if start <= doc[i].idx < end and _PAID_TO.search(
            page_text(doc)[max(start, doc[i].idx - 40) : doc[i].idx]
        ):
            return iri
    return None


def _blocks(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the text's paragraphs (separated by blank lines)."""
    out, start = [], 0
    for match in re.finditer(r"\n\s*\n", text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return out


def decision_blocks(doc, found: Found) -> list[Relation]:
    """The grants and partnerships of a county board's blocks of labelled lines (see the
    module docstring); nothing on a page that is not a county board's."""
    if not found.page_board:
        return []
    out: list[Relation] = []
    for start, end in _blocks(page_text(doc)):
        lines: dict[str, tuple[int, int, str]] = {}
        offset = start
        for line in page_text(doc)[start:end].split("\n"):
            match = _LABELLED.match(line.strip())
            if match is not None:
                first = offset + line.index(match.group(2))
                lines.setdefault(match.group(1).strip().lower(), (offset, first, match.group(2)))
            offset += len(line) + 1
        applicant_key = next((k for k in lines if k in _APPLICANT), None)
        if applicant_key is None:
            continue
        line_start, first, value = lines[applicant_key]
        applicants = _actors_between(doc, found, first, first + len(value))
        if not applicants:
            continue
        others = []
        for key in lines.keys() & (_CO_APPLICANTS | _PARTNERS):
            _s, begin, text = lines[key]
            others += _actors_between(doc, found, begin, begin + len(text))
        granted = next((lines[k] for k in lines if k in _GRANTED), None)
        money = _granted(granted[2]) if granted is not None else None
        if money is not None:
            last = granted[1] + len(granted[2])
            span = (line_start, last) if last - line_start <= 200 else (first, first + len(value))
            recipient = _paid_to(doc, found, start, end) or applicants[0]
            out.append(
                Relation(
                    "funding",
                    span,
                    funder=f"lansstyrelse/{found.page_board}",
                    recipients=[recipient],
                    amount=money,
                    # "Beslutade bidrag enligt 37 a §": the scheme the page decides on
                    scheme="paragraf-37a" if re.search(r"\b37 ?a ?§", page_text(doc)) else None,
                    unsure=False,
                )
            )
        members = dict.fromkeys([*applicants, *others], "part")
        if len(members) >= 2:
            last = max(
                lines[k][1] + len(lines[k][2])
                for k in lines.keys() & (_APPLICANT | _CO_APPLICANTS | _PARTNERS)
            )
            span = (line_start, last) if last - line_start <= 200 else (first, first + len(value))
            out.append(Relation("collaboration", span, members=members))
    return out


# the verbs of a committee's or board's decision list: "Socialnämnden beslutar", "Kommunstyrelsen
# föreslår kommunfullmäktige besluta", "Nämnden har beslutat"
_DECIDES = {"beslutar", "beslutade", "beslöt", "beslutat", "föreslår", "föreslog", "föreslagit"}
# an item of the list: a number ("1." "2)") or a dash, then "att"
_ITEM = re.compile(r"^\s*(?:\d{1,2}\s?[.)]|[-–—•*])\s*att\b", re.IGNORECASE)


def _head_of_item(sent) -> tuple[int, str] | None:
    """The (offset, text) of the line a list item ``sent`` hangs from: back over the items
    before it and blank lines; None for a sentence that is no item ("1. att ...", "– att ...")."""
    text = page_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    if not _ITEM.match(text[start : sent.end_char]):
        return None
    while start > 0:
        head = text.rfind("\n", 0, start - 1) + 1
        line = text[head : start - 1]
        start = head
        if line.strip() and not _ITEM.match(line):
            return head + len(line) - len(line.lstrip()), line.strip()
    return None


def decider_of_item(sent, found: Found) -> str | None:
    """The body that decides an item of a decision list ("Socialnämnden beslutar" / "1. att
    ingå partnerskap med X" / "2. att ..."): the actor that opens the line the items hang
    from, before its verb of deciding or proposing; None for a sentence that is no such item.
    The body that acts in the item is that committee or board, not the page's municipality.

    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Lunds kommun\\n\\nSocialnämnden beslutar\\n1. att ingå ett partnerskap "
    ...                 "med Röda Korset,\\n2. att avsätta 5 kronor.\\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> [decider_of_item(s, found) for s in doc.sents if s.text.strip()]
    [None, None, 'kommun/1281/socialnamnden', 'kommun/1281/socialnamnden']
    """
    head = _head_of_item(sent)
    if head is None:
        return None
    doc = sent.doc
    for i, (iri, end) in found.at_token.items():
        if doc[i].idx != head[0] or found.actors[iri].cls not in _MEMBER_CLASSES:
            continue
        verb = [t.lower_ for t in doc[end : end + 2]]
        if verb[:1] == ["har"]:  # "Nämnden har beslutat"
            verb = verb[1:]
        if verb[:1] and verb[0] in _DECIDES:
            return iri
    return None


def decided_item(sent) -> bool:
    """Whether ``sent`` is an item of a list the line above decides ("X beslutar", "X har
    beslutat:", "X föreslår kommunfullmäktige besluta"): its dash opens a decision, not a
    demand ("Vi kräver: – att ...").

    >>> from samverkan.draft import nlp
    >>> doc = nlp.parse("Nämnden har beslutat:\\n– att ingå ett avtal med X.\\n")
    >>> [decided_item(s) for s in doc.sents if s.text.strip()]
    [False, True]
    >>> doc = nlp.parse("Vi föreslår:\\n– att kommunen ansluter sig till nätverket.\\n")
    >>> [decided_item(s) for s in doc.sents if s.text.strip()]
    [False, False]
    """
    head = _head_of_item(sent)
    return head is not None and any(
        w.strip(":,.").startswith(("beslut", "beslöt")) for w in head[1].lower().split()
    )


_REFUSALS = ("avslag", "avslog", "avslås", "avslagen", "avslaget")


def refused(sent) -> bool:
    """Whether money sought in ``sent`` was refused: the sentence, or the one right after it
    when that one speaks of the application, says so ("Kommunen sökte medel från X, men
    ansökan fick avslag", "Föreningen sökte pengar från X. Ansökan avslogs i maj").

    >>> from samverkan.draft import nlp
    >>> doc = nlp.parse("Orsa kommun sökte medel från Y men fick avslag. Orsa kommun fick 5 kr.")
    >>> [refused(s) for s in doc.sents]
    [True, False]
    >>> doc = nlp.parse("Orsa kommun sökte medel från Y. Ansökan avslogs i maj.")
    >>> refused(next(doc.sents))
    True
    """
    words = [t.lower_ for t in sent]
    if any(w.startswith(_REFUSALS) for w in words):
        return True
    doc = sent.doc
    after = []
    if sent.end < len(doc):
        # up to the next full stop, read from the page (not the text of the rest of the doc)
        text = page_text(doc)
        stop = text.find(".", doc[sent.end].idx)
        after = text[doc[sent.end].idx : stop if stop >= 0 else len(text)].lower().split()
    return bool(after) and after[0] in {"ansökan", "ansökningen", "den"} and any(
        w.startswith(_REFUSALS) for w in after
    )
