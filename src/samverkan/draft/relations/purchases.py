"""Money for places and services bought, and a body's own table of income.

A work-integration enterprise or an association is paid by the bodies that buy places or
services of it: "Hallstads kommun och Bergsjö kommun köper arbetsträningsplatser av oss",
"Kommunen köpte platser av föreningen till och med 2024" are fundings of the seller by each
buyer (a past purchase a past one), with no item named. A table of the body's income
("Intäkter 2025 | Kronor") whose row names a funder ("Lönestöd, Arbetsförmedlingen",
"Arbetsträningsplatser, Hallstads kommun") says the same of each funder the row names:
the page's own body is the recipient. A body that gives another a grant ("Kommunens kultur-
och fritidsförvaltning ger föreningen X ett verksamhetsbidrag") funds it. A purchase or a
grant said not to happen ("köper inte längre platser", "ger inget bidrag") is none.
"""

from __future__ import annotations

import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.words import _FUNDER_CLASSES, _PRONOUNS, _actors_in, period

__all__ = ["purchases"]

_BUY = ("köper", "köpte", "köpt", "upphandlar", "upphandlade")
# what is bought: "arbetsträningsplatser", "platser", "praktikplatser", "tjänster"
_BOUGHT = re.compile(r"^\w*(platser|platserna|tjänster|tjänsterna|uppdrag)$")
_NEGATION = {"inte", "ej", "aldrig", "inga"}
# the first cell of a table of income: "Intäkter 2025", "Inkomster", "Intäkter, kronor"
_INCOME = re.compile(r"^\s*\|?\s*(intäkter|inkomster)\b", re.I)
_BUYERS = _FUNDER_CLASSES | {"sam:MunicipalCompany"}


def _bought(sent, found: Found, present) -> list[Relation]:
    lowers = [t.lower_ for t in sent]
    verb = next((k for k, w in enumerate(lowers) if w in _BUY), None)
    if verb is None or any(w in _NEGATION for w in lowers[: verb + 3]):
        return []
    what = next(
        (k for k in range(verb + 1, min(verb + 4, len(lowers))) if _BOUGHT.match(lowers[k])),
        None,
    )
    if what is None:
        # "X köper i dag språkträning av Y": whatever is bought of a body named just after
        # "av" (a few words between, no comma)
        av = next((k for k in range(verb + 1, min(verb + 6, len(lowers))) if lowers[k] == "av"), 0)
        if av > verb + 1 and "," not in lowers[verb:av]:
            what = av - 1
    if what is None or what + 1 >= len(lowers) or lowers[what + 1] != "av":
        return []
    after = sent.start + what + 2
    if lowers[what + 2 : what + 3] and lowers[what + 2] in _PRONOUNS:
        seller = found.page_org
    else:
        seller = next((iri for iri, i in present if i == after), None)
    buyers = [
        iri
        for iri, i in present
        if i < sent.start + verb and found.actors[iri].cls in _BUYERS and iri != seller
    ]
    if seller is None or not buyers:
        return []
    start, end = period(sent)
    span = (sent.start_char, min(sent.end_char, sent.start_char + 200))
    return [
        Relation("funding", span, funder=b, recipients=[seller], start=start, end=end, unsure=True)
        for b in dict.fromkeys(buyers)
    ]


_GIVE = {"ger", "gav", "lämnar", "lämnade"}
# "ett verksamhetsbidrag", "ett årligt bidrag", "ett stöd", "ett anslag"
_GRANT_NOUN = re.compile(r"^\w*(bidrag|stöd|anslag)$")


def _gives_a_grant(sent, found: Found, present) -> list[Relation]:
    """ "Kommunens kultur- och fritidsförvaltning ger föreningen X ett verksamhetsbidrag":
    the subject funds the one it gives to (on a body's own page "oss", "alliansen", a bare
    word for a body, is the body itself); "ger inget bidrag" is none."""
    lowers = [t.lower_ for t in sent]
    verb = next((k for k, w in enumerate(lowers) if w in _GIVE), None)
    if verb is None:
        return []
    noun = next(
        (
            k
            for k in range(verb + 1, min(verb + 9, len(lowers)))
            if (
                _GRANT_NOUN.match(lowers[k])
                and lowers[k - 1] in {"ett", "en", "årligt", "årligen"}
            )
            # "Stiftelsen X, som ger oss 25 000 kronor till lägret": a sum given
            or (lowers[k] in {"kronor", "kr"} and sent[k - 1].like_num)
        ),
        None,
    )
    if noun is None or _NEGATION & set(lowers[verb : noun + 1]) or "inget" in lowers[verb:noun]:
        return []
    at = sent.start
    funders = [
        iri for iri, i in present if i < at + verb and found.actors[iri].cls in _FUNDER_CLASSES
    ]
    given = [iri for iri, i in present if at + verb < i < at + noun and iri not in funders]
    if not given and found.page_org:
        article = max(
            k
            for k in range(verb, noun)
            if lowers[k] in {"ett", "en"} or k == verb or (sent[k].like_num and k == verb + 2)
        )
        bare = [w for w in lowers[verb + 1 : article] if w.isalpha()]
        if len(bare) == 1 and (bare[0] in _PRONOUNS or bare[0].endswith(("en", "et"))):
            given = [found.page_org]
    if not funders or not given or funders[-1] == given[0]:
        return []
    start, end = period(sent)
    span = (sent.start_char, min(sent.end_char, sent.start_char + 200))
    return [
        Relation("funding", span, funder=funders[-1], recipients=given[:1], start=start, end=end)
    ]


def _income_rows(doc, found: Found) -> list[Relation]:
    if found.page_org is None:
        return []
    out, income, pos = [], False, 0
    for raw in page_text(doc).splitlines(keepends=True):
        line, start = raw.strip(), pos
        pos += len(raw)
        if not line.startswith("|"):
            income = False
            continue
        if _INCOME.match(line):
            income = True
            continue
        if not income or set(line) <= set("|-: "):
            continue
        cell = line.strip("|").split("|")[0]
        first = start + raw.index(line) + line.index(cell)
        span = doc.char_span(first, first + len(cell), alignment_mode="contract")
        if span is None:
            continue
        for iri, _i in _actors_in(span, found):
            if found.actors[iri].cls in _BUYERS and iri != found.page_org:
                out.append(
                    Relation(
                        "funding",
                        (first, first + len(cell)),
                        funder=iri,
                        recipients=[found.page_org],
                        unsure=True,
                    )
                )
    return out


def purchases(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """The fundings of places bought and of a table of income that ``relations`` lacks.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Om oss\\n\\nFöreningen Lyktan driver ett café.\\n\\n"
    ...             "Lunds kommun köper praktikplatser av föreningen Lyktan.\\n")
    >>> [(r.funder, r.recipients) for r in purchases(doc, find_actors(doc, Index()), [])]
    [('kommun/1281', ['org/lyktan'])]
    """
    have = {(r.funder, x) for r in relations if r.kind == "funding" for x in r.recipients}
    new: list[Relation] = []
    for sent in doc.sents:
        present = _actors_in(sent, found)
        new += _bought(sent, found, present) or _gives_a_grant(sent, found, present)
    new += _income_rows(doc, found)
    out = []
    for rel in new:
        key = (rel.funder, rel.recipients[0])
        if key not in have:
            have.add(key)
            out.append(rel)
    return out
