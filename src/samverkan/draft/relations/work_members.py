"""The bodies of one named work that the drafter leaves out of its collaboration (round 85 of
learning, from the partner pairs rounds 60-107 lose where one end is in a collaboration and
the other in none).

A page about one piece of work (a project, a "satsning", a network) tells its lead body in one
sentence and its other parties across the page:

- a table of the bodies that take part, one a row, under a header whose first cell names
  the kind of body ("Arbetsgivare | Ort | Platser", "Förening | Idrott | Deltagare",
  "Klubb | Nya spelare"): each row's body is a party of the work, whatever the cue above
  says ("Dessa arbetsgivare tar emot ungdomar i år:"); not a table of money (a column
  "Belopp", "Beviljat", "Sökt", "Budget", "kr") nor one under a cue of applications or
  grants;
- a sentence that opens with a body and names the work by its definite noun ("X samordnar
  projektet", "X rekryterar deltagarna till programmet", "X, som är part i satsningen sedan
  2025, håller kursen"), not negated, not planned, not about money.

Each such body that is in no collaboration yet joins the collaboration that other bodies of
the same table are in, else the collaboration told last before it within two paragraphs,
else the page's largest collaboration.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Jobbsteget drivs av Kils kommun tillsammans med Röda Korset.\\n\\n"
...             "Dessa arbetsgivare tar emot deltagare i år:\\n\\n"
...             "| Arbetsgivare | Platser |\\n|---|---|\\n| Kils Bageri AB | 3 |\\n"
...             "| Föreningen Sol | 2 |\\n")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'org/foreningen-sol', 'org/kils-bageri-ab', 'org/roda-korset']]
"""

from __future__ import annotations

import itertools
import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.genom import denied, unit_of
from samverkan.draft.relations.words import _RECIPIENTS

__all__ = ["work_members_join"]

_BODIES = _RECIPIENTS | {"sam:PrivateCompany"}

# the first header cell of a table of the bodies that take part, one a row
_BODY_HEADERS = re.compile(
    r"^(arbetsgivare|arbetsgivaren|förening|föreningar|föreningen|klubb|klubbar|klubben"
    r"|organisation|organisationer|aktör|aktörer|företag|företaget|arbetsplats|arbetsplatser"
    # the exhibitors of a fair or a job day the work arranges (round 101 of learning)
    r"|utställare|utställarna)$"
)
# a header cell or a cue of money or of applications: a table of grants or of applicants
_MONEY = re.compile(
    r"(belopp|bevilja|sökt|ansök|budget|kronor|\bkr\b|bidrag|finansier|medel|summa)"
)
# the separator line under a Markdown table's header row
_SEPARATOR = re.compile(r"^\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")

# the definite nouns a page names its own work by
_WORK_NOUNS = {
    "projektet",
    "satsningen",
    "insatsen",
    "nätverket",
    "programmet",
    "samarbetet",
}


def _cells(doc, sent) -> list[tuple[int, int]] | None:
    """The token bounds of a table row's cells, or None where ``sent`` is no table row."""
    bars = [k for k in range(sent.start, sent.end) if doc[k].text == "|"]
    if not bars:
        return None
    edges = [sent.start - 1, *bars, sent.end]
    return [(a + 1, b) for a, b in itertools.pairwise(edges)]


def _table_bodies(doc, found: Found) -> list[tuple[int, list[str]]]:
    """The tables of bodies of the page: where each table begins and the bodies of its rows'
    first cells."""
    tables: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    start = 0
    for sent in doc.sents:
        line = sent.text.strip()
        if not line:
            continue
        if _SEPARATOR.match(line):
            continue
        cells = _cells(doc, sent)
        if not cells:
            if current:
                tables.append((start, current))
            current = None
            continue
        texts = [doc[a:b].text.strip().lower() for a, b in cells]
        texts = [t for t in texts if t] or [""]
        if current is None:
            # a header row: a first cell that names bodies, no column of money, no cue of
            # grants or applications in the paragraph above
            before = page_text(doc)[max(0, sent.start_char - 300) : sent.start_char].rstrip()
            cue = before.rsplit("\n\n", 1)[-1].lower()
            if (
                _BODY_HEADERS.match(texts[0])
                and not any(_MONEY.search(t) for t in texts)
                and not _MONEY.search(cue)
            ):
                current, start = [], sent.start_char
            else:
                current = []
                start = -1
            continue
        if start < 0:
            continue
        a, b = next(((a, b) for a, b in cells if doc[a:b].text.strip()), (0, 0))
        first = next(
            (
                iri
                for i, (iri, end) in sorted(found.at_token.items())
                if a <= i < b
                and found.actors[iri].cls in _BODIES
                # the whole cell: not "Bergs kommuns fritidsgårdar" (the municipality's
                # unit), nor "Bräcke Nya BK" read as a shorter name
                and not any(t.is_alpha for t in doc[end:b])
                and not any(t.is_alpha for t in doc[a:i])
            ),
            None,
        )
        if first and first not in current:
            current.append(first)
    if current:
        tables.append((start, current))
    return [(s, bodies) for s, bodies in tables if s >= 0 and bodies]


def _work_party(sent, found: Found) -> str | None:
    """The body a sentence opens with where a verb of running or taking part links it to
    the work named by its definite noun ("X samordnar projektet", "X ansvarar för
    verksamheten", "X, som hör till Y, leder programmet", "X har ett avtal med projektet");
    not negated, planned or about money.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Röda Korset samordnar projektet. Röda Korset har ingen roll i projektet. "
    ...             "Röda Korset lånar ut lokalen till nätverket. Röda Korset, som har "
    ...             "kontor i Kil, är part i satsningen.")
    >>> found = find_actors(doc, Index())
    >>> [_work_party(s, found) for s in doc.sents]
    ['org/roda-korset', None, None, 'org/roda-korset']
    """
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[0].i not in found.at_token:
        return None
    iri, end = found.at_token[words[0].i]
    actor = found.actors.get(iri)
    if actor is None or actor.cls not in _BODIES:
        return None
    rest = [t.lower_ for t in sent.doc[end : sent.end] if not t.is_space]
    if denied(rest, planned=True) or {"ingen", "inget", "inga"} & set(rest):
        return None
    if rest[:2] == [",", "som"] and "," in rest[2:]:
        rest = rest[rest.index(",", 2) + 1 :]  # "X, som hör till Y, leder programmet"
    for frame in _FRAMES:
        if rest[: len(frame)] == list(frame) and _WORK_NOUNS & set(
            rest[len(frame) : len(frame) + 2]
        ):
            return iri
    if rest[:2] == ["håller", "i"] and _activity(rest[2:3]):
        return iri
    if rest[:2] == ["ansvarar", "för"] and _activity(rest[2:3]) and _TAUGHT.search(rest[2]):
        return iri
    return None


# "X håller i språkträffarna", "X ansvarar för truckutbildningen": a body that runs one of
# the work's activities is a party of the work too; "ansvarar för" only with a course, as a
# board "ansvarar för mottagandet" by its remit (round 101 of learning)
_TAUGHT = re.compile(r"(utbildningen|utbildningarna|kursen|kurserna|träffarna|cirklarna)$")
# money and premises: "X håller i pengarna" pays, it does not take part
_NOT_ACTIVITIES = re.compile(r"(hyra|kostnad|lön|bidrag|medel|pengar|budget|lokal|ekonomi)")


def _activity(words: list[str]) -> bool:
    """Whether ``words`` open with a definite noun of an activity ("språkträffarna",
    "utbildningen", "caféet"), not one of money or premises."""
    return bool(
        words
        and words[0].isalpha()
        and len(words[0]) > 4
        and words[0].endswith(("na", "en", "et"))
        and not _NOT_ACTIVITIES.search(words[0])
    )


# the verbs that link a body to the work as its runner or its party
_FRAMES = [
    ("leder",),
    ("samordnar",),
    ("driver",),
    ("äger",),
    ("ansvarar", "för"),
    ("håller", "i"),
    ("är", "part", "i"),
    ("är", "med", "i"),
    ("är", "huvudman", "för"),
    ("deltar", "i"),
    ("ingår", "i"),
    ("har", "varit", "med", "i"),
    ("har", "ett", "avtal", "med"),
    ("har", "avtal", "med"),
    ("står", "bakom"),
    ("startade",),
    ("har", "startat"),
    ("tog", "initiativ", "till"),
    ("tog", "initiativet", "till"),
    ("har", "tagit", "initiativ", "till"),
    ("har", "tagit", "initiativet", "till"),
]


def work_members_join(doc, found: Found, relations: list[Relation]) -> None:
    """Join the bodies of the page's tables of bodies and of its sentences that name the work
    (see the module docstring) that are in no collaboration to the work's collaboration;
    ``relations`` is changed in place."""
    from samverkan.draft.relations.main_collaboration import _collaboration_just_before

    collaborations = [r for r in relations if r.kind == "collaboration"]
    if not collaborations:
        return
    funders = {r.funder for r in relations if r.kind == "funding" and r.funder}

    def grouped(iri: str) -> bool:
        return any(iri in r.members for r in collaborations)

    def join(body: str, target: Relation) -> None:
        if not unit_of(found, body, target.members):
            # not a unit whose organisation is in the work already: it stands for the unit
            target.members.setdefault(body, "part")

    largest = max(collaborations, key=lambda r: len(r.members))
    for start, bodies in _table_bodies(doc, found):
        loose = [b for b in bodies if not grouped(b) and b not in funders]
        if not loose:
            continue
        target = next((r for r in collaborations if set(bodies) & set(r.members)), None)
        if target is None:
            sent = doc.char_span(start, start + 1, alignment_mode="expand")
            if sent is not None:
                target = _collaboration_just_before(
                    doc, sent.sent, relations, paragraphs=3, from_end=True
                )
        for body in loose:
            join(body, target or largest)
    for sent in doc.sents:
        body = _work_party(sent, found)
        if body is None or body in funders or grouped(body):
            continue
        target = _collaboration_just_before(doc, sent, relations, paragraphs=2, from_end=True)
        join(body, target or largest)
