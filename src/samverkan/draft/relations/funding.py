"""Funding: grants in table rows, bullets and lines, grants to a project, contributions.

Each rule returns :class:`~samverkan.draft.model.Relation` records of kind ``funding``
with the funder, the recipients, the amount and the evidence quote.
"""

from __future__ import annotations

import itertools
import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import line_of, page_text
from samverkan.draft.relations.named_before import (
    _association_before,
    _one_named_before,
    _scheme,
)
from samverkan.draft.relations.words import (
    _BULLETS,
    _FUNDER_CLASSES,
    _FUNDING_NOUNS,
    _LINKS,
    _POSTS,
    _PUBLIC_PARTNERS,
    _RECEIVE,
    _RECIPIENTS,
    _actors_in,
    _quote_span,
    amount,
    period,
)


def _grant_row(sent, found: Found, present, kinds) -> Relation | None:
    """A row of a county board's table of grants: ``Sökande | Insats | 310 000 kr``.

    The board grants the amount of the last cell to the applicants of the first cell.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("LÄNSSTYRELSEN\\nDALARNAS LÄN\\n\\nMora kommun | Läxhjälp | 310 000 kr")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> [(r.funder, r.recipients, r.amount) for r in find_relations(doc, found)]
    [('lansstyrelse/20', ['kommun/2062'], 310000)]
    """
    cells = [k for k in range(sent.start, sent.end) if sent.doc[k].text == "|"]
    if not found.page_board or len(cells) < 2:
        return None
    last = sent.doc[cells[-1] + 1 : sent.end]
    money = amount(last)
    if money is None and _in_kronor(sent):
        money = _bare_number(last)
    applicants = [
        (iri, i)
        for iri, i in present
        if i < cells[0] and (kinds[iri] in _RECIPIENTS or iri.startswith("org/"))
    ]
    if money is None or not applicants:
        return None
    return Relation(
        "funding",
        _quote_span(sent, [i for _iri, i in applicants]),
        funder=f"lansstyrelse/{found.page_board}",
        recipients=list(dict.fromkeys(iri for iri, _i in applicants)),
        amount=money,
        unsure=False,
    )


# the columns of a table of grants: the amount granted ("Beviljat, kr", "Beviljat stöd",
# "Belopp") and who received it ("Organisation", "Sökande", "Projektägare"), in any place
# (round 48 of learning)
_AMOUNT_COLUMN = re.compile(r"^(beviljat|beviljade|belopp)\b")
_RECIPIENT_COLUMN = re.compile(r"^(organisation|sökande|projektägare|mottagare|förening)\b")


def _table_cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table line, relative to the line."""
    bounds = [k for k, c in enumerate(line) if c == "|"]
    if not bounds:
        return []
    edges = ([-1] if line.strip()[:1] != "|" else []) + bounds
    if line.rstrip()[-1:] != "|":
        edges.append(len(line))
    return [(a + 1, b) for a, b in itertools.pairwise(edges)]


def _rows_above(doc, start: int, is_row) -> tuple[list[str], list[str]]:
    """The lines of ``doc`` before character ``start``, and the table lines right above it
    (those ``is_row`` accepts), nearest first, taken off the first list."""
    lines = page_text(doc)[:start].rstrip("\n").split("\n") if start else []
    block = []
    while lines and is_row(lines[-1]):
        block.append(lines.pop())
    return lines, block


def _recipient_in(doc, start: int, cell: tuple[int, int], found: Found, present) -> list:
    """The first body that can receive a grant named in the cell ``cell`` of the line that
    begins at ``start`` (one ``(iri, token)`` pair, or none)."""
    a, b = cell
    return [
        (iri, i)
        for iri, i in present
        if start + a <= doc[i].idx < start + b
        and (found.actors[iri].cls in _RECIPIENTS or iri.startswith("org/"))
    ][:1]


def _row_grant(sent, who: list, funder: str, money: int) -> Relation:
    """``funder`` granted ``money`` to the body of ``who``, quoted by the row ``sent``."""
    return Relation(
        "funding",
        _quote_span(sent, [i for _iri, i in who]),
        funder=funder,
        recipients=[who[0][0]],
        amount=money,
        unsure=False,
    )


def _grant_column_row(sent, found: Found, present) -> Relation | None:
    r"""A row of a table of grants whose head names the column of the amount and the column
    of the one who received it, wherever they stand ("| Organisation | Verksamhet | Kommun |
    Beviljat, kr | Samverkan med |", "| Projekt | Projektägare | Beviljat stöd | Period |"):
    the page's county board (else the page's own organisation) granted the amount to the
    body of the row's recipient cell (round 48 of learning).

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("LÄNSSTYRELSEN\nDALARNAS LÄN\n\n| Organisation | Kommun | Beviljat, kr "
    ...                 "| Samverkan med |\n|---|---|---|---|\n| Mora IK | Mora | 90 000 | "
    ...                 "Röda Korset |\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> [(r.funder, r.recipients, r.amount) for r in find_relations(doc, found)
    ...  if r.kind == "funding"]
    [('lansstyrelse/20', ['org/mora-ik'], 90000)]
    """
    doc = sent.doc
    start, line = line_of(sent)
    if not line.lstrip().startswith("|") or not present:
        return None
    _lines, block = _rows_above(doc, start, lambda above: above.lstrip().startswith("|"))
    if len(block) < 2:
        return None  # no head and separator over the row
    head = block[-1]
    heads = [head[a:b].strip().lower() for a, b in _table_cells(head)]
    money_col = next((k for k, h in enumerate(heads) if _AMOUNT_COLUMN.match(h)), None)
    who_col = next((k for k, h in enumerate(heads) if _RECIPIENT_COLUMN.match(h)), None)
    cells = _table_cells(line)
    if money_col is None or who_col is None or len(cells) != len(heads):
        return None
    a, b = cells[money_col]
    span = doc.char_span(start + a, start + b, alignment_mode="expand")
    money = amount(span) if span is not None else None
    if money is None and span is not None:
        money = _bare_number(span)
    who = _recipient_in(doc, start, cells[who_col], found, present)
    if found.page_board:
        funder = f"lansstyrelse/{found.page_board}"
    elif found.page_org in found.actors and found.page_org not in {iri for iri, _i in who}:
        funder = found.page_org
    else:
        return None
    if not money or not who:
        return None
    return _row_grant(sent, who, funder, money)


# the verbs by which a body hands out grants: "Nämnden fördelar varje år bidrag", "beviljar"
_HANDS_OUT = ("fördela", "fördelar", "beviljar", "beviljade", "delar ut", "delade ut")
# the bodies that decide on grants on a municipality's page
_DECIDERS = {"sam:Department", "sam:CentralAdministration", "sam:Committee", "sam:Municipality"}


def _decided_table_row(sent, found: Found, present) -> Relation | None:
    """A row of a table of grants under a text that says who hands them out ("Kultur- och
    fritidsnämnden fördelar varje år integrationsbidrag ..." over "Förening | Aktivitet |
    Belopp" / "Föreningen X | Fika | 45 000 kronor"): that body granted the row's amount to
    the body of its first cell (round 55 of learning). A county board's page has its own
    reading (:func:`_grant_row`)."""
    doc = sent.doc
    start, line = line_of(sent)
    if found.page_board or "|" not in line or not present:
        return None
    lines, block = _rows_above(doc, start, lambda above: "|" in above)
    if not block:
        return None
    heads = [h.strip().lower() for h in block[-1].strip().strip("|").split("|")]
    cells = _table_cells(line)
    if not (_RECIPIENT_COLUMN.match(heads[0]) and _AMOUNT_COLUMN.match(heads[-1])):
        return None
    if len(cells) != len(heads):
        return None
    a, b = cells[-1]
    span = doc.char_span(start + a, start + b, alignment_mode="expand")
    money = amount(span) if span is not None else None
    who = _recipient_in(doc, start, cells[0], found, present)
    if not money or not who:
        return None
    # the text before the table: the last sentence there that hands out grants names the
    # funder first
    before = doc.char_span(
        max(0, len("\n".join(lines)) - 800), len("\n".join(lines)), alignment_mode="expand"
    )
    funder = None
    for prior in before.sents if before is not None else []:
        if not any(w in prior.text.lower() for w in _HANDS_OUT):
            continue
        bodies = [
            found.at_token[k][0]
            for k in range(prior.start, prior.end)
            if k in found.at_token and found.actors[found.at_token[k][0]].cls in _DECIDERS
        ]
        if bodies:
            funder = bodies[0]
    if funder is None or funder == who[0][0]:
        return None
    return _row_grant(sent, who, funder, money)


# a cell that refuses or puts off an application: "Avslag", "Avslås", "Bordlagt", "Nej"
_REFUSED_CELL = re.compile(
    r"^(avslag|avslå|avslog|bordlag|bordlägg|nej\b|ej\b|inte\b|återkalla|–|-$)"
)
# a column of a table of applications that is not what was granted: "Sökt belopp"
_ASKED_COLUMN = re.compile(r"^(sökt|ansökt|begärt|önskat)")
# the words of a decision on grants, in the text over the table or its heading
_DECISION_WORDS = ("beslut", "bevilja", "fördela", "delar ut", "delade ut", "tilldela")
# the bodies that decide on the grants of a table of applications
_TABLE_DECIDERS = _DECIDERS | _FUNDER_CLASSES
# a body after these words is no actor of its sentence ("i Sotenäs kommun", "till Region X")
_PREPOSITIONS = {
    "i", "till", "från", "av", "hos", "för", "med", "på", "vid", "om", "genom", "åt", "inom",
}


def _genitive(doc, found: Found, iri: str, k: int) -> bool:
    """Whether the mention of ``iri`` at token ``k`` is a genitive ("Kultur- och
    fritidsnämndens delegationsordning"): it owns the next word, it does not act."""
    end = found.at_token[k][1]
    last = doc[end - 1].text
    label = found.actors[iri].label_sv
    return last.endswith("s") and not label.endswith("s") and end < len(doc) and doc[
        end
    ].is_alpha


def _decision_table_row(sent, found: Found, present) -> Relation | None:
    r"""A row of a table of decided applications ("| Förening | Verksamhet | Sökt belopp |
    Beslut |" over "| Föreningen X | Läxhjälp | 80 000 kr | Beviljas 60 000 kr |"), any
    column order: the body that decided them, named as the actor of the first sentence over
    the table that decides or hands out grants (a county board, a region, an agency, a
    committee, a department, a municipality or a foundation; else, on a page that is no
    association's own, the page's county board or municipality where the table's heading
    or head speaks of a decision), granted the last
    sum of the row that is not the sum applied for to the body of its applicant cell; a
    row refused or put off ("Avslag", "Bordlagt") grants nothing (round 87 of learning).

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Tierps kommun\n\nKultur- och fritidsnämnden beslutade i maj om "
    ...                 "bidrag till föreningar.\n\n| Förening | Aktivitet | Sökt belopp | "
    ...                 "Beslut |\n|---|---|---|---|\n| Tierps Schackklubb | Schack | 30 000 kr | "
    ...                 "Beviljas 20 000 kr |\n| Föreningen Ekbacken | Fika | 10 000 kr | "
    ...                 "Avslag |\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> [(r.funder, r.recipients, r.amount) for r in find_relations(doc, found)
    ...  if r.kind == "funding"]
    [('kommun/0360/kultur-och-fritidsnamnden', ['org/tierps-schackklubb'], 20000)]
    """
    doc = sent.doc
    start, line = line_of(sent)
    if not line.lstrip().startswith("|") or not present:
        return None
    lines, block = _rows_above(doc, start, lambda above: above.lstrip().startswith("|"))
    if len(block) < 2 or not set(block[-2].replace("|", "").strip()) <= set("-: "):
        return None  # no head and separator over the row
    head = block[-1]
    heads = [head[a:b].strip().lower() for a, b in _table_cells(head)]
    cells = _table_cells(line)
    if len(cells) != len(heads):
        return None
    who_col = next((k for k, h in enumerate(heads) if _RECIPIENT_COLUMN.match(h)), None)
    if who_col is None:
        return None
    texts = [line[a:b].strip().lower() for a, b in cells]
    if any(_REFUSED_CELL.match(t) for k, t in enumerate(texts) if k != who_col):
        return None
    money = None
    for k in reversed(range(len(cells))):
        if k == who_col or _ASKED_COLUMN.match(heads[k]):
            continue
        a, b = cells[k]
        span = doc.char_span(start + a, start + b, alignment_mode="expand")
        money = amount(span) if span is not None else None
        if money:
            break
    who = _recipient_in(doc, start, cells[who_col], found, present)
    if not money or not who or doc[who[0][1]].idx > start + cells[who_col][0] + 1:
        return None  # the cell's name not found, only a place in it ("X i Vaggeryd")
    text_before = "\n".join(lines)
    before = doc.char_span(
        max(0, len(text_before) - 800), len(text_before), alignment_mode="expand"
    )
    funder = None
    for prior in before.sents if before is not None else []:
        said = prior.text.strip()
        if not said.endswith(".") or any(c in said for c in "|>›»"):
            continue  # a table, a heading or a breadcrumb ("Kommun > Beslut > Bidrag")
        lowered = said.lower()
        hands_out = {"delar", "delade"} & set(lowered.split()) and " ut " in lowered
        if not hands_out and not any(w in lowered for w in _DECISION_WORDS):
            continue  # "X delar varje år ut medel" hands them out too
        bodies = [
            found.at_token[k][0]
            for k in range(prior.start, prior.end)
            if k in found.at_token
            and found.actors[found.at_token[k][0]].cls in _TABLE_DECIDERS
            and not _genitive(doc, found, found.at_token[k][0], k)
            and (k == prior.start or doc[k - 1].lower_ not in _PREPOSITIONS)
        ]
        if bodies:
            funder = bodies[0]
            break
    if funder is None:
        caption = " ".join([head, *lines[-3:]]).lower()
        if found.page_org or who_col != 0 or not any(w in caption for w in _DECISION_WORDS):
            return None  # the page's own decision: a table led by the applicants
        if found.page_board:
            funder = f"lansstyrelse/{found.page_board}"
        elif found.page_code and f"kommun/{found.page_code}" in found.actors:
            funder = f"kommun/{found.page_code}"
    if funder is None or funder == who[0][0]:
        return None
    return _row_grant(sent, who, funder, money)


def _bare_number(span) -> int | None:
    """A cell that is a number alone, in groups of three ("1 480 000"), or None; a zero
    ("0 (ansökan återkallad)") grants nothing."""
    tokens = [t.text for t in span if not t.is_space]
    if not tokens or not all(t.isdigit() for t in tokens):
        return None
    if len(tokens[0]) > 3 or any(len(t) != 3 for t in tokens[1:]):
        return None
    return int("".join(tokens)) or None


def _in_kronor(sent) -> bool:
    """Whether the table ``sent`` is a row of gives its sums in kronor: its heading line or
    the caption above it says "kronor", "kr" or "Beviljat" ("Tabell 2. Beviljade medel,
    kronor" / "Sökande | Insats | Beviljat")."""
    text = page_text(sent.doc)
    end = sent.start_char
    lines = text[:end].rstrip("\n").split("\n")
    heading = len(lines)
    while heading > 0 and "|" in lines[heading - 1]:
        heading -= 1
    above = lines[max(heading - 1, 0) : heading + 1]
    words = {w.strip(".,:;()").lower() for line in above for w in line.replace("|", " ").split()}
    return bool(words & {"kronor", "kr", "beviljat", "beviljade", "belopp"})


# "fördelar dem vidare till", "betalar medlen vidare till", "för pengarna vidare till"
_PASS_ON = {"fördelar", "fördelade", "betalar", "betalade", "för", "förde", "skickar", "slussar"}


def _passed_on(sent, found: Found, present) -> Relation | None:
    r"""Money passed on: "X tar emot medlen och fördelar dem vidare till A och B": X funds A
    and B (the one named first before the verb gives, those after "till" receive).

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Nora kommun tar emot bidraget och betalar det vidare till "
    ...                 "Lindesbergs kommun.\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> [(r.funder, r.recipients) for r in find_relations(doc, found) if r.kind == "funding"]
    [('kommun/1884', ['kommun/1885'])]
    """
    lowers = [t.lower_ for t in sent]
    verb = next(
        (
            k
            for k, w in enumerate(lowers)
            if w in _PASS_ON and "vidare" in lowers[k + 1 : k + 4] and "till" in lowers[k:]
        ),
        None,
    )
    if verb is None:
        return None
    if lowers[verb] not in {"betalar", "betalade"} and not any(
        w.startswith((*_FUNDING_NOUNS, "medlen")) or w in _MONEY for w in lowers
    ):
        # "godkänner förslaget och skickar det vidare till kommunstyrelsen": a paper passed
        # on, not money (round 40 of learning)
        return None
    to = sent.start + verb + lowers[verb:].index("till")
    givers = [(iri, i) for iri, i in present if i < sent.start + verb]
    takers = [iri for iri, i in present if i > to and found.actors[iri].cls in _RECIPIENTS]
    if not givers or not takers or givers[0][0] in takers:
        return None
    return Relation(
        "funding",
        _quote_span(sent, [givers[0][1], to]),
        funder=givers[0][0],
        recipients=list(dict.fromkeys(takers)),
        unsure=False,
    )


def _receives_money(lowers: list[str], k: int) -> bool:
    """Whether ``lowers[k]`` says that money goes to someone: "X får (tillsammans) 300 000
    kronor", "Till X går 890 000 kronor".

    Examples
    --------
    >>> _receives_money("till x går 890 000 kronor för".split(), 2)
    True
    >>> _receives_money("x får tillsammans 1 150 000 kronor".split(), 1)
    True
    >>> _receives_money("x går vidare med 2 deltagare".split(), 1)
    False
    >>> _receives_money("bidraget , 120 000 kronor , går till x".split(), 6)
    True
    """
    word = lowers[k]
    goes = word == "går" and "till" in lowers[:k]
    if word == "går" and lowers[k + 1 : k + 2] == ["till"]:
        # "Det största bidraget, 120 000 kronor, går till X"
        return any(w in _MONEY for w in lowers[max(k - 6, 0) : k])
    return (word in _RECEIVE or goes) and any(w in _MONEY for w in lowers[k + 1 : k + 7])


def _grant_bullet(sent, found: Found, present) -> Relation | None:
    r"""A bullet of a county board's list of grants: ``• Applicant, Place – 420 000 kronor
    för ...``: the board grants the amount to the applicant named before the dash.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("LÄNSSTYRELSEN\nDALARNAS LÄN\n\nFöljande har beviljats medel:\n\n"
    ...                 "• Röda Korset i Mora – 310 000 kronor för läxhjälp.\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> [(r.funder, r.recipients, r.amount) for r in find_relations(doc, found)]
    [('lansstyrelse/20', ['org/roda-korset-i-mora'], 310000)]
    """
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not found.page_board or len(words) < 4:
        return None
    if words[0].text not in _BULLETS and not _heading_of_a_grant(sent):
        return None
    dash = next((t.i for t in words[1:] if t.text in {"–", "-"}), None)
    if dash is None:
        return None
    money = amount(doc[dash + 1 : sent.end])
    applicant = next(
        (
            (iri, i)
            for iri, i in present
            if i < dash and (found.actors[iri].cls in _RECIPIENTS or iri.startswith("org/"))
        ),
        None,
    )
    if money is None or applicant is None:
        return None
    return Relation(
        "funding",
        _quote_span(sent, [applicant[1], dash + 1]),
        funder=f"lansstyrelse/{found.page_board}",
        recipients=[applicant[0]],
        amount=money,
        unsure=False,
    )


_ENDS_IN_MONEY = re.compile(r"\d\s*(kr|kronor|tkr|mnkr)$")


def _heading_of_a_grant(sent) -> bool:
    """Whether a sentence is a line of its own that ends in a sum of money, as a heading over
    each grant of a county board's press release ("Orsa kommun – Läxhjälp i Orsa, 420 000 kr"
    over the paragraph that describes it)."""
    text = page_text(sent.doc)
    line_start = sent.start_char == 0 or text[sent.start_char - 1] == "\n"
    line_end = sent.end_char >= len(text) or text[sent.end_char : sent.end_char + 1] in {"\n", ""}
    return line_start and line_end and bool(_ENDS_IN_MONEY.search(sent.text.strip()))


_LIST_LINE = re.compile(r"^(\d+\.\s+)?[^:\n]+:\s*[\d  ]+(t?kr|kronor)?(\s*/\s*[\d  ]+)?\s*$")


def _opening_line(doc, start: int) -> tuple[str, int] | None:
    """The line that opens the list of money lines above ``start`` (the first line above
    them that is not blank and not a money line, ending in a colon) and the offset where it
    begins, or None."""
    lines = page_text(doc)[:start].rstrip("\n").split("\n")
    while lines and (not lines[-1].strip() or _LIST_LINE.match(lines[-1])):
        lines.pop()
    if not lines or not lines[-1].rstrip().endswith(":"):
        return None
    return lines[-1], len("\n".join(lines[:-1])) + (1 if len(lines) > 1 else 0)


_PAID_BY = ("finansieras", "betalas", "bekostas")


def _payer_of_the_list(doc, start: int, found: Found) -> str | None:
    """Who pays the lines of money below "... finansieras av socialnämnden. Beloppet fördelas
    så här:" (the line that opens the list, ending in a colon), or None."""
    opening = _opening_line(doc, start)
    if opening is None:
        return None
    begin = opening[1]
    for i, (iri, _end) in sorted(found.at_token.items()):
        if (
            i >= 2
            and begin <= doc[i].idx < start
            and doc[i - 1].lower_ == "av"
            and doc[i - 2].lower_ in _PAID_BY
        ):
            return iri
    return None


# the verbs of a line that opens a list of grants given: "Vi har beviljat följande bidrag:"
_GIVING = ("bevilja", "fördela", "delat", "delade")


def _giver_of_the_list(doc, start: int, found: Found) -> str | None:
    """Who grants the lines of money below a line that opens the list with a verb of giving
    and ends in a colon ("För 2026 har vi beviljat följande bidrag:", "Nämnden fördelade
    stödet så här:"): the actor the line names before its verb, or the page's own
    organisation for "vi"; None when the line gives nothing ("Intäkter:")."""
    opening = _opening_line(doc, start)
    if opening is None:
        return None
    line, begin = opening
    # the cue's own sentence, the last of its line
    cue = re.split(r"(?<=[.!?])\s+", line)[-1]
    begin += len(line) - len(cue)
    words = re.findall(r"\w+", cue.lower())
    verb = next((k for k, w in enumerate(words) if w.startswith(_GIVING)), None)
    if verb is None or words[verb].endswith("s"):  # "har beviljats": who gives is not said
        return None
    named = [
        iri
        for i, (iri, _end) in sorted(found.at_token.items())
        if begin <= doc[i].idx < begin + len(cue)
    ]
    if named:
        return named[0]
    return found.page_org if {"vi", "oss"} & set(words[:verb]) else None


def _grant_line(sent, found: Found, present) -> Relation | None:
    r"""A line of a list of money, ``NAME[, what]: AMOUNT``, on the page of the one who gives
    or receives it: an association's accounts ("Sparbanksstiftelsen X: 40 000 kr", the
    funder to the association; "Mora kommun, socialnämnden, föreningsbidrag: 85 000 kr",
    the committee) and a committee's numbered proposal in its minutes ("3. Föreningen X,
    språkcafé: 60 000 / 50 000", sought and proposed: the committee's grant, none where it
    proposes 0).

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Om oss\n\nVänskap i Mora är en ideell förening.\n\nIntäkter:\n\n"
    ...                 "Sparbanksstiftelsen Dalarna: 40 000 kr\nMedlemsavgifter: 9 000 kr\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> [(r.funder, r.recipients) for r in find_relations(doc, found)]
    [('org/sparbanksstiftelsen-dalarna', ['org/vanskap-i-mora'])]
    """
    doc = sent.doc
    start, line = line_of(sent)
    match = _LIST_LINE.match(line)
    if match is None or not present:
        return None
    colon = next((t.i for t in sent if t.text == ":"), None)
    named = [(iri, i) for iri, i in present if colon is not None and i < colon]
    if colon is None or not named:
        return None
    if match.group(3) is not None:
        # a committee's minutes: the applicant first, the proposal last
        proposed = match.group(3).strip(" /").replace(" ", "").replace("\u00a0", "")
        if not found.page_body or proposed in {"", "0"} or "bevilja" not in page_text(doc):
            return None
        funder, recipient = found.page_body, named[0]
    elif match.group(1) is None and (giver := _giver_of_the_list(doc, start, found)):
        # "Följande bidrag har vi beviljat för 2026:" then "Föreningen X: 30 000 kronor":
        # the one who grants the list gives each line's amount to the line's name
        if giver == named[0][0]:
            return None
        funder, recipient = giver, named[0]
    elif match.group(1) is None and found.page_org and named[-1][0] != found.page_org:
        funder, recipient = named[-1][0], (found.page_org, named[-1][1])
    elif match.group(1) is None and (payer := _payer_of_the_list(doc, start, found)):
        # "... finansieras av socialnämnden. Beloppet fördelas så här:" then "X: 420 tkr"
        funder, recipient = payer, named[0]
    else:
        return None
    if found.actors[recipient[0]].cls not in _RECIPIENTS and not recipient[0].startswith("org/"):
        return None
    return Relation(
        "funding",
        _quote_span(sent, [named[0][1], colon]),
        funder=funder,
        recipients=[recipient[0]],
        amount=amount(sent),
        unsure=True,
    )


def _grant_to_the_project(sent, found: Found, present, kinds) -> Relation | None:
    """ "Styrelsen för X beslutade att bevilja 4,2 miljoner kronor till projektet Y": X's
    grant to the project; its recipients are the project's partners
    (:func:`_eu_funding_of_partners` fills them in once the page has named them)."""
    lowers = [t.lower_ for t in sent]
    verb = next(
        (
            k
            for k, w in enumerate(lowers[:-2])
            if w.startswith("bevilja") and "till" in lowers[k + 1 : k + 8]
        ),
        None,
    )
    if verb is None:
        return None
    k = lowers.index("till", verb)
    if k + 1 >= len(lowers) or lowers[k + 1] not in {"projektet", "satsningen", "arbetet"}:
        return None
    funders = [
        (iri, i) for iri, i in present if i < sent.start + verb and kinds[iri] in _FUNDER_CLASSES
    ]
    if not funders or any(i > sent.start + verb for _iri, i in present):
        return None
    funder, at = funders[0]
    return Relation(
        "funding",
        _quote_span(sent, [sent.start + verb, at, sent.start + k + 1]),
        funder=funder,
        scheme=_scheme(lowers, found.actors[funder].cls),
        amount=amount(sent),
        unsure=True,
    )


def _eu_funding_of_partners(relations: list[Relation], found: Found, text: str = "") -> None:
    """An EU fund's grant to "the project" goes to all its partners.

    A project page says "Projektet finansieras av Europeiska socialfonden" once, before or
    after it names the partners; the grant is the project's, so every member of the page's
    first collaboration (its public partners) is a recipient, unless another sentence names
    who received the fund's grant ("Svenska ESF-rådet beviljade då regionen 7,8 mnkr"): then
    that is the grant. A grant whose sentence names its recipient keeps it.
    """
    projects = [r for r in relations if r.kind == "collaboration"]
    if not projects:
        return
    # the project is the first collaboration the page describes, or a table of partners
    # that shares a partner with it and names more of them; its public partners
    # (municipalities, their units, agencies other than the fund's own administrator)

    def public(r: Relation) -> list[str]:
        return [
            m
            for m in r.members
            if found.actors[m].cls in _PUBLIC_PARTNERS and m != "org/svenska-esf-radet"
        ]

    first = set(projects[0].members)
    project = max(
        (
            r
            for r in projects
            if r is projects[0] or (first & set(r.members) and "|" in text[slice(*r.span)])
        ),
        key=lambda r: len(public(r)),
    )
    partners = public(project)
    named = {r.funder for r in relations if r.kind == "funding" and not r.unsure}
    for r in relations:
        if (
            r.kind == "funding"
            and r.unsure
            and r.funder in named
            and not r.funded_items
            and r.funder in found.actors
            and found.actors[r.funder].cls == "sam:EUFund"
        ):
            r.recipients = []  # the fund's grant is the one whose receiver is named
            continue
        if (
            r.kind == "funding"
            and r.unsure
            and r.funder in found.actors
            and found.actors[r.funder].cls == "sam:EUFund"
            and len(partners) >= 2
        ):
            r.recipients = [m for m in partners if m != r.funder]
        elif r.kind == "funding" and not r.recipients and not r.funded_items:
            # a grant to the project before the page names its partners: all of them
            r.recipients = [
                m
                for m in projects[0].members
                if m != r.funder and found.actors[m].cls not in _POSTS | {"foaf:Person"}
            ]


# the managing authority of the EU's social fund in Sweden: it decides, the fund pays
_AUTHORITY = "org/svenska-esf-radet"


def _fund_of_its_authority(relations: list[Relation], found: Found) -> None:
    """ "Projektet finansieras av Europeiska socialfonden+. Svenska ESF-rådet beviljade då
    regionen 7,8 mnkr": the authority that decides the grant of the fund's money is no funder
    of its own (the expected files name it without a relation); the grant is the fund's, the
    one EU fund the page names."""
    funds = [iri for iri, a in found.actors.items() if a.cls == "sam:EUFund"]
    if len(funds) != 1:
        return
    for r in relations:
        if r.kind == "funding" and r.funder == _AUTHORITY:
            r.funder = funds[0]


def _conjuncts_after(sent, found: Found, present, funders, kinds) -> list[tuple[str, int]]:
    """Actors coordinated with the last funder: "från Länsstyrelsen X och Allmänna Arvsfonden"."""
    if not funders:
        return []
    doc = sent.doc
    out: list[tuple[str, int]] = []
    end = found.at_token.get(funders[-1][1], ("", funders[-1][1] + 1))[1]
    for iri, i in present:
        if i < end or iri in {f for f, _ in funders + out}:
            continue
        if i == end + 1 and doc[end].lower_ in _LINKS and kinds[iri] in _FUNDER_CLASSES:
            out.append((iri, i))
            end = found.at_token.get(i, ("", i + 1))[1]
        elif i >= end:
            break
    return out


_SUPPORT_VERBS = {"stött", "stöttat", "stöttar", "stöttade", "stöder", "stödjer"}


_MONEY = {"kronor", "kr", "kronor.", "miljoner", "miljon", "tkr", "mnkr"}


def _contribution(sent, found: Found, present, kinds, last_runner: str | None):
    """Money given in the words of the genre: "X bidrar med 400 000 kronor", "X har stöttat
    verksamheten med föreningsbidrag".

    The funder is the actor next to the verb (before it, or just after it in the inverted
    order "Hittills har socialnämnden stött ..."); the recipient the other actor the sentence
    names ("föreningens huvudsponsor"), else whoever runs the work named before, else the
    association named last (or the page's own).
    """
    lowers = [t.lower_ for t in sent]
    verb = None
    for k, word in enumerate(lowers):
        after = lowers[k + 1 : k + 7]
        if word in _SUPPORT_VERBS and "med" in after and any(w.endswith("bidrag") for w in after):
            verb = k
            break
        # "bidrar med 400 000 kronor", "går in med 200 000 kronor", "skjuter till 1 miljon"
        gives = (word == "bidrar" and after[:1] == ["med"]) or (
            (word, *after[:1]) in {("går", "in"), ("skjuter", "till")}
        )
        skip = 2 if word == "bidrar" else 3
        if (
            gives
            and any(t.like_num for t in sent[k + skip : k + skip + 3])
            and any(w in _MONEY for w in after[skip - 1 : skip + 4])
        ):
            verb = k
            break
    if verb is None:
        return None
    at = sent.start + verb
    doc = sent.doc
    # the subject: the first actor of the sentence before the verb, else one just after it
    # ("Hittills har socialnämnden stött"); a genitive ("föreningens huvudsponsor") is not
    near = [
        (i > at, i, iri)
        for iri, i in present
        if i <= at + 2
        and kinds[iri] in _FUNDER_CLASSES | {"sam:PrivateCompany", "sam:MunicipalCompany"}
        and not doc[found.at_token.get(i, ("", i + 1))[1] - 1].lower_.endswith(
            ("ens", "ets", ":s", "ns")
        )
    ]
    if not near:
        return None
    _after, funder_at, funder = min(near)
    # not the funder's own municipality ("socialnämnden i Mora kommun")
    others = [
        iri
        for iri, _i in present
        if iri != funder and kinds[iri] in _RECIPIENTS and not funder.startswith(iri + "/")
    ]
    recipient = others[0] if others else last_runner or _association_before(sent, found)
    if recipient == funder or (recipient is not None and recipient not in found.actors):
        return None
    idx = [at, funder_at] + [i for iri, i in present if iri == recipient]
    return Relation(
        "funding",
        _quote_span(sent, idx),
        funder=funder,
        # none named: the parties the page named before (see _recipients_named_before)
        recipients=[recipient] if recipient else [],
        scheme=_scheme(lowers, found.actors[funder].cls),
        amount=amount(sent),
        start=period(sent)[0],
        end=period(sent)[1],
        unsure=not others,
    )


# a line of a table of money turned into text: "Region Dalarna 2 000", "Orsa kommun 820 tkr"
_TABLE_LINE = re.compile(r"^[^:\n\d]+?\s+\d[\d  ]*(?:\s*(?:t?kr|kronor))?\s*$")
_CONTRIBUTION_HEADS = ("bidrag", "insatser", "finansiering", "medlemsavgift", "avgift")


def _members_heading(heading: str) -> bool:
    """Whether a heading line without a colon names what the members give ("Medlemmarnas
    bidrag 2025", "Medlemsavgifter"): a short line, no sentence.

    >>> _members_heading("medlemmarnas bidrag 2025")
    True
    >>> _members_heading("bidrag till föreningar")
    False
    >>> _members_heading("medlemmar 2025")
    False
    """
    return (
        len(heading) < 50
        and not heading.endswith(".")
        and heading.startswith("medlem")
        and any(w in heading for w in _CONTRIBUTION_HEADS)
    )


def _table_line(sent, found: Found, present) -> Relation | None:
    r"""A line "NAME AMOUNT" of a table of contributions on an organisation's own page, under
    a heading line that ends with a colon and names them ("Medlemmarnas bidrag 2026 (tkr):"):
    the one named gives the amount to the page's organisation.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Samordningsförbundet Siljan\n\nMedlemmarnas bidrag (tkr):\n"
    ...                 "Försäkringskassan 2 000\nOrsa kommun 450\nSumma 2 450\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> for r in find_relations(doc, found):
    ...     print(r.funder, *r.recipients)
    org/forsakringskassan org/samordningsforbundet-siljan
    kommun/2034 org/samordningsforbundet-siljan
    """
    doc = sent.doc
    if not found.page_org or not present:
        return None
    start, line = line_of(sent)
    if not _TABLE_LINE.match(line.strip()):
        return None
    lines = page_text(doc)[:start].rstrip("\n").split("\n")
    while lines and (not lines[-1].strip() or _TABLE_LINE.match(lines[-1].strip())):
        if _members_heading(lines[-1].strip().lower()):
            break  # "Medlemmarnas bidrag 2025": a heading that ends in a year
        lines.pop()
    heading = lines[-1].strip().lower() if lines else ""
    if not any(w in heading for w in _CONTRIBUTION_HEADS):
        return None
    if not heading.endswith(":") and not _members_heading(heading):
        return None
    funder, at = present[0]
    if (
        doc[at].idx != start + len(line) - len(line.lstrip())
        or funder == found.page_org
        or found.actors[funder].cls not in _FUNDER_CLASSES
    ):
        return None
    return Relation(
        "funding",
        (start, start + len(line.rstrip())),
        funder=funder,
        recipients=[found.page_org],
        unsure=True,
    )


_PAID = {"betalas", "betalades", "utbetalas", "utbetalades"}
# the money a body's genitive names: "Region Xs medfinansiering", "kommunens bidrag"
_MONEY_ENDS = ("finansiering", "finansieringen", "bidrag", "bidraget", "stöd", "stödet", "medel")


def _whose_money_is_paid(sent, found: Found, present) -> str | None:
    """The body whose money a sentence says is paid ("Region Värmlands kontanta
    medfinansiering betalas till Kils kommun som projektägare": Region Värmland), else None.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Region Värmlands medfinansiering betalas till Kils kommun.")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> present = [(found.at_token[i][0], i) for i in sorted(found.at_token)]
    >>> _whose_money_is_paid(next(doc.sents), found, present)
    'region/17'
    """
    lowers = [t.lower_ for t in sent]
    paid = next((k for k, w in enumerate(lowers) if w in _PAID), None)
    if paid is None:
        return None
    for iri, i in present:
        end = found.at_token.get(i, (iri, i + 1))[1]
        between = lowers[end - sent.start : paid]
        if (
            i - sent.start < paid
            and sent.doc[end - 1].text.endswith("s")
            and 0 < len(between) <= 3
            and between[-1].endswith(_MONEY_ENDS)
        ):
            return iri
    return None


_SOUGHT = {"söks", "söktes"}


def _paid_to(sent, present) -> str | None:
    """Who a sentence says the money is paid to or sought by, after the sentence that grants
    it: "Pengarna betalas ut till Orsa Röda Korskrets", "Bidraget söks av Föreningen X".

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Mora kommun har fått 90 000 kronor från Länsstyrelsen i Dalarnas län. "
    ...                 "Pengarna betalas ut till Mora Röda Korskrets.")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> [(r.funder, r.recipients) for r in find_relations(doc, found)]
    [('lansstyrelse/20', ['org/mora-roda-korskrets'])]
    """
    lowers = [t.lower_ for t in sent]
    at: dict[int, str] = {}
    for iri, i in present:
        at.setdefault(i - sent.start, iri)  # the name itself before a word that points back
    for k, word in enumerate(lowers):
        after = lowers[k + 1 : k + 3]
        if word in _PAID:
            # "betalas ut till X", "betalas ut via X" (the municipality that applied for it)
            if after in (["ut", "till"], ["ut", "via"]):
                k += 2
            elif after[:1] in (["till"], ["via"]):
                k += 1
        elif word in _SOUGHT and after[:1] == ["av"]:
            k += 1
        else:
            continue
        if k + 1 in at:
            return at[k + 1]
    return None


# a committee's decision to distribute grants: "Kultur- och fritidsnämnden beslutade ... hur
# årets bidrag ska fördelas", "Socialnämnden har fördelat föreningsbidraget"
_DECIDES = ("beslutade", "beslöt", "beslutat", "fördelade", "fördelat", "beviljade", "beviljat")
_GRANT_WORDS = ("bidrag", "stöd", "medel", "pott")


def granting_body(doc, found: Found) -> str | None:
    """The committee the page reports distributing grants: the subject (a committee, "nämnd")
    of a sentence of the page's first paragraphs (its first 800 characters) that decides
    ("beslutade", "har fördelat") about grants ("bidrag", "stöd", "medel"), not a plan or a
    refusal; None when the page names no such decision or two committees deciding.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Publicerad 1 mars 2026\\n\\nKultur- och fritidsnämnden i Krokoms "
    ...                 "kommun beslutade i går hur föreningsbidraget ska fördelas.")
    >>> granting_body(doc, actors.find_actors(doc, reconcile.Index()))
    'kommun/2309/kultur-och-fritidsnamnden'
    """
    bodies = set()
    for sent in doc.sents:
        if sent.start_char > 800:
            break
        words = [t.lower_ for t in sent]
        verb = next((k for k, w in enumerate(words) if w in _DECIDES), None)
        if verb is None or not any(w.startswith(_GRANT_WORDS) or "bidrag" in w for w in words):
            continue
        if {"inte", "ej", "ska", "kommer", "avslog", "avslag"} & set(words[:verb]):
            continue
        subjects = [
            iri
            for iri, i in _actors_in(sent, found)
            if i - sent.start < verb
            and found.actors[iri].cls == "sam:Department"
            and "namnd" in iri.rsplit("/", 1)[-1]
        ]
        bodies.update(subjects[:1])
    return bodies.pop() if len(bodies) == 1 else None


# a line announcing the receivers of grants, one a bullet: "Bidrag går till:", "Följande
# föreningar får stöd i år:", "Medlen fördelas till:" (round 34 of learning)
_GRANT_NOUNS = ("bidrag", "stöd", "medel", "medlen", "pengar", "anslag", "stipendi")
_GRANT_VERBS = {"får", "fick", "beviljas", "beviljades", "tilldelas", "tilldelades"}
# what a body that gives the grants has done: "har fördelat årets bidrag", "beviljade stöd"
_GAVE = ("fördela", "fördelat", "fördelade", "beviljat", "beviljade", "delat", "delade")
# a compound of a grant noun: "integrationsbidrag", "föreningsstödet", "§ 37 a-medel"
_GRANT_ENDS = ("bidrag", "bidraget", "bidragen", "stöd", "stödet", "medel", "medlen")


def _lists_grants(sent) -> bool:
    """Whether ``sent`` is a line ending with a colon that announces who receives grants.

    >>> from samverkan.draft.nlp import parse
    >>> [_lists_grants(s) for s in parse("Bidrag går till:").sents]
    [True]
    >>> [_lists_grants(s) for s in parse("Projektet finansieras av:").sents]
    [False]
    """
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) < 3 or len(tokens) > 14 or tokens[-1].text != ":":
        return False
    words = [t.lower_ for t in tokens if t.is_alpha]
    if not any(w.startswith(_GRANT_NOUNS) or w.endswith(_GRANT_ENDS) for w in words):
        return False
    # "I mars delade nämnden ut 150 000 kronor i integrationsbidrag:", "Nämnden beviljade
    # följande föreningar stöd:": a body that gave them out (round 40 of learning)
    gave = any(w.startswith(_GAVE) for w in words)
    return words[-1] == "till" or bool(_GRANT_VERBS & set(words)) or gave


def _giver_of_the_grants(sents: list, k: int, found: Found) -> str | None:
    """Who gives the grants a list's line announces: a funder named in the line, else the
    subject of the sentence before it when that one says the body gave them out
    ("Kultur- och fritidsnämnden har fördelat årets integrationsbidrag. Bidrag går till:")."""
    named = [iri for iri, _i in _actors_in(sents[k], found)]
    named = [iri for iri in named if found.actors[iri].cls in _FUNDER_CLASSES]
    if named:
        return named[0]
    if "nämnden" in {t.lower_ for t in sents[k]}:
        # "I mars delade nämnden ut ...:": the committee named before, or the page's own
        back = _one_named_before(sents[k], found, "nämnden")
        if back is not None:
            return back
    before = next((s for s in reversed(sents[:k]) if s.text.strip()), None)
    if before is None or not any(t.lower_.startswith(_GAVE) for t in before):
        return None
    first = _actors_in(before, found)[:1]
    if not first or found.actors[first[0][0]].cls not in _FUNDER_CLASSES:
        return None
    verb = next(t.i for t in before if t.lower_.startswith(_GAVE))
    return first[0][0] if first[0][1] < verb else None


# a bullet that gives a sum to the name before its colon: "- Klubb X: 140 000 kronor för ..."
_MONEY_BULLET = re.compile(r"^\s*[-–•*·]\s*[^:\n]+:\s*\d[\d  ,]*\s*(kr|kronor|tkr|mnkr)\b")


def _money_bullets(sents: list, k: int) -> bool:
    """Whether ``sents[k]`` is a heading line (no colon, no full stop) over at least two
    bullets each naming a receiver and a sum (:data:`_MONEY_BULLET`)."""
    text = sents[k].text.strip()
    if not text or text.endswith((".", ":", "!", "?")) or len(text.split()) > 8:
        return False
    doc = sents[k].doc
    end = sents[k].end_char
    lines = [line for line in page_text(doc)[end:].split("\n")]
    bullets = 0
    for line in lines:
        if not line.strip():
            if bullets:
                break
            continue
        if not _MONEY_BULLET.match(line):
            break
        bullets += 1
    return bullets >= 2


def _funder_said_before(sents: list, k: int, found: Found) -> str | None:
    """The one funder the sentences before ``sents[k]`` say grants come from: "fyra
    föreningar har fått stöd från X", "får bidrag från X"; None where there are none or
    several."""
    funders = set()
    for sent in sents[:k]:
        lowers = [t.lower_ for t in sent]
        if not any(w.startswith(("få", "fick", "tilldela", "beviljat")) for w in lowers):
            continue
        if {"inte", "ej", "ingen", "inga", "inget"} & set(lowers):
            continue
        for iri, i in _actors_in(sent, found):
            j = i - sent.start
            if (
                j >= 2
                and lowers[j - 1] == "från"
                and (lowers[j - 2].startswith(_GRANT_NOUNS) or lowers[j - 2].endswith(_GRANT_ENDS))
                and found.actors[iri].cls in _FUNDER_CLASSES
            ):
                funders.add(iri)
    return funders.pop() if len(funders) == 1 else None


def grants_listed(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """The grants of a list of receivers, one a bullet under the line that announces them:
    from the body that gives them (:func:`_giver_of_the_grants`) to the first body of each
    bullet ("- Syriska kulturföreningen X, för en sommarkoloni"); none already drafted.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Kultur- och fritidsnämnden i Mora kommun har fördelat årets bidrag. "
    ...                 "Bidrag går till:\\n\\n- Mora IK, för träning\\n- Föreningen Vän i Mora\\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> sorted((r.funder, r.recipients[0]) for r in grants_listed(doc, found, []))
    [('kommun/2062/kultur-och-fritidsnamnden', 'org/foreningen-van-i-mora'), \
('kommun/2062/kultur-och-fritidsnamnden', 'org/mora-ik')]
    """
    have = {(r.funder, x) for r in relations if r.kind == "funding" for x in r.recipients}
    out: list[Relation] = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents[:-1]):
        if _lists_grants(sent):
            giver = _giver_of_the_grants(sents, k, found)
        elif _money_bullets(sents, k):
            # "Klubbarna och pengarna" over "- Klubb X: 140 000 kronor för ...": the one
            # funder the page said gives its grants ("fått stöd från X")
            giver = _funder_said_before(sents, k, found)
        else:
            continue
        if giver is None:
            continue
        for line in sents[k + 1 :]:
            words = [t for t in line if not t.is_space]
            if not words:
                continue
            if words[0].text not in _BULLETS:
                break
            first = [
                (iri, i)
                for iri, i in _actors_in(line, found)
                if found.actors[iri].cls in _RECIPIENTS and iri != giver
            ][:1]
            if not first or (giver, first[0][0]) in have:
                continue
            have.add((giver, first[0][0]))
            out.append(
                Relation(
                    "funding",
                    (line.start_char, min(line.end_char, line.start_char + 200)),
                    funder=giver,
                    recipients=[first[0][0]],
                    unsure=False,
                )
            )
    return out


# the verbs by which a body hands a sum to another: "X beviljade Y 95 000 kronor",
# "X ger Y 15 000 kronor om året", "X betalar Y 450 kronor per lektion", "X gav 60 000
# kronor till Y" (round 71 of learning, from the misses of rounds 60-82 together)
_HANDS_SUM = {"beviljade", "beviljar", "ger", "gav", "betalar", "betalade"}
# who besides the public funders hands a sum over: a unit ("Fritidsenheten ger ..."), a
# company, a body of popular education or a foundation ("Folkbildningsrådet ger ...")
_SUM_GIVERS = {
    "sam:MunicipalUnit",
    "sam:PrivateCompany",
    "sam:MunicipalCompany",
    "sam:CivilSocietyOrganization",
}


def _sum_handed(sent, found: Found, present, kinds) -> Relation | None:
    """A sentence frame of a grant: the subject, a verb that hands over money, the receiver
    and a sum in kronor after the verb, in either order ("X beviljade i mars Y 95 000
    kronor", "X gav 60 000 kronor till Y").

    The funder is the first actor of the sentence, a public body or company, with the verb
    within a few words after it and no other actor between; the receiver the first other
    actor after the verb, before the sum or just after "till", that is not the funder's own
    municipality.

    Examples
    --------
    >>> _HANDS_SUM >= {"beviljade", "ger"}
    True
    """
    if not present:
        return None
    doc = sent.doc
    lowers = [t.lower_ for t in sent]
    funder, at = present[0]
    if kinds[funder] not in _FUNDER_CLASSES | _SUM_GIVERS:
        return None
    end = found.at_token.get(at, ("", at + 1))[1]
    verb = next(
        (k for k in range(end, min(end + 6, sent.end)) if doc[k].lower_ in _HANDS_SUM),
        None,
    )
    if verb is None or any(end <= i < verb for _iri, i in present):
        return None
    money = [k for k in range(verb + 1, sent.end) if doc[k].lower_.strip(".") in _MONEY]
    if not money or not any(t.like_num for t in doc[verb + 1 : money[0]]):
        return None
    receivers = [
        (iri, i)
        for iri, i in present
        if i > verb
        # the receiver between the verb and the sum, or just after "till" ("ur
        # Europeiska socialfonden+" says where the money comes from)
        and (i < money[0] or doc[i - 1].lower_ == "till")
        and iri != funder
        and not funder.startswith(iri + "/")
        and (kinds[iri] in _RECIPIENTS or iri.startswith("org/"))
    ]
    if not receivers:
        return None
    # a sum to each of two or more between the verb and the sum ("ger A och B 12 000 kronor
    # var"): the rule of round 50 (_gives_money_to) reads them
    each = money[0] + 1 < sent.end and doc[money[0] + 1].lower_ in {"var", "vardera", "styck"}
    if each and sum(i < money[0] for _iri, i in receivers) > 1:
        return None
    receivers = receivers[:1]
    return Relation(
        "funding",
        _quote_span(sent, [at, verb] + [i for _iri, i in receivers]),
        funder=funder,
        recipients=list(dict.fromkeys(iri for iri, _i in receivers)),
        scheme=_scheme(lowers, found.actors[funder].cls),
        amount=amount(sent),
        start=period(sent)[0],
        end=period(sent)[1],
        unsure=False,
    )
