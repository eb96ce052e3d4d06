"""A share of a shared post paid by another body: "Aneby kommun betalar 40 procent av
kostnaden", "Surahammars kommun finansierar en femtedel av tjänsten".

Municipalities that share a coordinator split its cost: the one that is not the employer
pays a share. The post named in that sentence or the two before it is what the payer
funds (``sam:fundedItem``), not the employer and not the page's municipality.
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.relations.words import _actors_in, _quote_span

_PAYING = {
    "betalar",
    "betalade",
    "finansierar",
    "finansierade",
    "bekostar",
    "bekostade",
    "ersätter",
    "ersatte",
}
# a part of a whole, not a sum: "40 procent", "hälften", "en femtedel"
_SHARES = {"procent", "hälften", "halva", "femtedel", "tredjedel", "fjärdedel", "andel"}
# what the share is of: the post or its cost
_COSTS = ("tjänst", "lönekostnad", "kostnad")
_PAYERS = {"sam:Municipality", "sam:Region", "sam:MunicipalUnit", "sam:Department"}
_POSTS = {"org:Post", "sam:CoordinatorPost"}


def _share_of_cost(lowers: list[str]) -> int | None:
    """The index of the paying verb of a sentence that pays a share of a post's cost, or
    None.

    >>> _share_of_cost("x kommun betalar 40 procent av kostnaden .".split())
    2
    >>> _share_of_cost("x kommun betalar hyran för lokalen .".split()) is None
    True
    """
    for k, word in enumerate(lowers):
        if word not in _PAYING:
            continue
        after = lowers[k + 1 :]
        share = [n for n, w in enumerate(after) if w in _SHARES]
        if share and any(w.startswith(_COSTS) for w in after[share[0] + 1 :]):
            return k
    return None


def _shared_post(sents: list, j: int, found: Found, payer: str) -> str | None:
    """The one post named in ``sents[j]`` or the two sentences before it, by a mention or by
    its word ("en gemensam integrationssamordnare"), that is not the payer's own."""
    posts = {
        iri: a.label_sv.split()[-1]
        for iri, a in found.actors.items()
        if a.cls in _POSTS and not iri.startswith(payer + "/") and a.label_sv
    }
    hits: set[str] = set()
    for sent in sents[max(j - 2, 0) : j + 1]:
        for token in sent:
            hits |= {iri for iri, word in posts.items() if token.lower_.startswith(word)}
    return next(iter(hits)) if len(hits) == 1 else None


def shares_of_posts(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each share of a shared post's cost as a grant to the post: the
    payer (the body named before the verb) funds the post named in the sentence or the two
    before it; a grant the sentence gave the payer's partner instead is taken out."""
    sents = list(doc.sents)
    for j, sent in enumerate(sents):
        lowers = [t.lower_ for t in sent]
        verb = _share_of_cost(lowers)
        if verb is None:
            continue
        before = [
            (iri, i)
            for iri, i in _actors_in(sent, found)
            if i < sent.start + verb and found.actors[iri].cls in _PAYERS
        ]
        if not before:
            continue
        payer, at = before[-1]
        post = _shared_post(sents, j, found, payer)
        if post is None:
            continue
        relations[:] = [
            r
            for r in relations
            if not (
                r.kind == "funding"
                and r.funder == payer
                and sent.start_char <= r.span[0] < sent.end_char
            )
        ]
        relations.append(
            Relation(
                "funding",
                _quote_span(sent, [at, sent.start + verb]),
                funder=payer,
                funded_items=[post],
            )
        )
    return relations
