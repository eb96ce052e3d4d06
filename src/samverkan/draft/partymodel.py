"""A statistical party finder: drafted actors that take part in a collaboration the rules drafted.

Most relations a page states are partner pairs: a collaboration of six parties is fifteen of
them, and an actor the rules found but left out of the collaboration costs one pair for each
other party. Parties are often told across sentences and paragraphs by what each one does
("Föreningen X håller i läxhjälpen ... Biblioteket lånar ut lokalen ..."), which no sentence
pattern reads. For every collaboration the rules drafted and every drafted organisation outside
it (not a post, not a person), a linear model (logistic regression over sparse binary
features, trained by :mod:`samverkan.draft.train_party` on the project's annotated test pages)
gives the probability that the page makes the organisation a party of that collaboration. The
features are the words of the sentences that name the organisation (their first five letters,
a crude stem) and the three words before and after each mention, its class, how far its
mentions stand from the collaboration's sentence, how many of the parties the same sentences
or the neighbouring lines of a list name, and what the rules said about it (a unit of a party,
the parent of one, a funder or recipient of one, a party of another collaboration).

:func:`add_parties` joins each organisation to the collaboration it most probably belongs to
when that probability reaches the model's threshold; the membership quotes the sentence that
names it nearest to the collaboration's own, and is marked ``sam:reviewStatus "draft"``. The
weights ship as JSON (``party_model.json``), features stored as short hashes
(:func:`samverkan.draft.relmodel.key`), so the file keeps no word of its training pages.

Examples
--------
>>> from samverkan.draft.model import Actor, Draft, Relation
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import Found
>>> text = "Föreningen A och Föreningen B samarbetar. Föreningen C lånar ut sin lokal."
>>> doc = parse(text)
>>> found = Found(actors={
...     "org/a": Actor("org/a", "sam:CivilSocietyOrganization", "Föreningen A", ""),
...     "org/b": Actor("org/b", "sam:CivilSocietyOrganization", "Föreningen B", ""),
...     "org/c": Actor("org/c", "sam:CivilSocietyOrganization", "Föreningen C", "")},
...     at_token={0: ("org/a", 2), 3: ("org/b", 5), 7: ("org/c", 9)})
>>> draft = Draft("x", "x.txt", "0", actors=found.actors)
>>> draft.relations = [Relation("collaboration", (0, 41), members={"org/a": "part",
...                                                                 "org/b": "part"})]
>>> weights = {"bias": 0.0, "threshold": 0.5, "features": {key("x5:lokal"): 2.0}}
>>> [(c.actor, round(c.probability, 2)) for c in candidates(doc, found, draft, weights)]
[('org/c', 0.88)]
>>> add_parties(doc, found, draft, weights=weights)
1
>>> sorted(draft.relations[0].members), draft.relations[0].member_spans
(['org/a', 'org/b', 'org/c'], {'org/c': (42, 74)})
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from samverkan.draft.model import POST_CLASSES, Draft, Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relmodel import key, read_weights
from samverkan.errors import SamverkanError

__all__ = [
    "MODEL_FILE",
    "Candidate",
    "add_parties",
    "candidates",
    "features",
    "load",
    "pairs",
]

MODEL_FILE = Path(__file__).resolve().parent / "party_model.json"
_PERSON = "foaf:Person"
_QUOTE_MAX = 200  # characters of a sentence a joined party's membership may quote (as any quote)


@dataclass
class Candidate:
    """An organisation outside a drafted collaboration, with the model's probability that
    the page makes it a party (``index``: the collaboration's place in ``draft.relations``)."""

    actor: str
    index: int
    probability: float = 0.0
    span: tuple[int, int] | None = None  # the sentence the membership quotes


@lru_cache(maxsize=4)
def load(path: str | None = None) -> dict:
    """The weights in ``path`` (default: the shipped :data:`MODEL_FILE`)."""
    where = Path(path) if path else MODEL_FILE
    data = read_weights(where, "party model")
    numbers = (int, float)
    if not (
        isinstance(data.get("bias"), numbers)
        and isinstance(data.get("threshold"), numbers)
        and isinstance(data.get("features"), dict)
        and all(isinstance(v, numbers) for v in data["features"].values())
    ):
        raise SamverkanError(
            "not a party model (a number 'bias', a number 'threshold' and 'features', "
            "numbers by feature key)",
            path=where,
        )
    return data


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


class _Page:
    """What the features read from a parsed page: sentences, lines, paragraphs and mentions,
    each found once, in one pass over the tokens (a page may hold a million characters)."""

    def __init__(self, doc, found) -> None:
        self.doc = doc
        self.sents = list(doc.sents)
        self.starts = [sent.start_char for sent in self.sents]
        self.sentence_of: dict[int, int] = {}
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sentence_of[i] = n
        self.mentions: dict[str, list[tuple[int, int]]] = {}
        for start, (iri, end) in sorted(found.at_token.items()):
            if iri in found.actors:
                self.mentions.setdefault(iri, []).append((start, end))
        # the organisations a collaboration may be asked about (not posts, not people)
        self.orgs = {
            iri for iri in self.mentions if found.actors[iri].cls not in POST_CLASSES | {_PERSON}
        }
        # the line and the paragraph (a paragraph ends at a blank line) of each token
        self.text = text = page_text(doc)
        self.line_of: list[int] = []
        self.para_of: list[int] = []
        line = para = last = 0
        for t in doc:
            between = text[last : t.idx]
            line += between.count("\n")
            para += "\n\n" in between
            last = t.idx
            self.line_of.append(line)
            self.para_of.append(para)

    def sentences(self, iri: str) -> set[int]:
        return {self.sentence_of[s] for s, _ in self.mentions.get(iri, [])}

    def line_start(self, i: int) -> bool:
        j = i - 1
        doc = self.doc
        while j >= 0 and doc[j].text in {"-", "•", "–", "*", "▪", "■", "→", "►"}:
            j -= 1
        return j < 0 or "\n" in doc[j].text or "\n" in doc[j].whitespace_


def _span_sentences(page: _Page, span: tuple[int, int]) -> set[int]:
    """The sentences a character span overlaps."""
    first = max(bisect_right(page.starts, span[0]) - 1, 0)
    out = set()
    for n in range(first, len(page.sents)):
        sent = page.sents[n]
        if sent.start_char >= span[1]:
            break
        if sent.end_char > span[0]:
            out.add(n)
    return out


def features(page: _Page, found, draft: Draft, iri: str, rel: Relation) -> list[str]:
    """The binary features of organisation ``iri`` against collaboration ``rel``."""
    actor = found.actors[iri]
    doc = page.doc
    members = [m for m in rel.members if m in found.actors]
    cls = actor.cls
    out = ["bias", f"cls:{cls}", f"size:{_bucket(len(members), (2, 3, 5))}"]
    if actor.reference:
        out.append("ref")
    if actor.known:
        out.append("known")
    if rel.name:
        out.append("named")
    if iri == found.page_org or (found.page_code and iri == f"kommun/{found.page_code}"):
        out.append("page")
    collabs = sum(1 for r in draft.relations if r.kind == "collaboration")
    out.append(f"collabs:{_bucket(collabs, (1, 2))}")
    mentions = page.mentions.get(iri, [])
    out.append(f"n:{_bucket(len(mentions), (1, 2, 4))}")
    own = page.sentences(iri)
    core = _span_sentences(page, rel.span)
    if own and core:
        gap = min(abs(a - b) for a in own for b in core)
        out.append(f"gap:{_bucket(gap, (0, 1, 2, 5))}")
        out.append(f"{cls}|gap:{_bucket(gap, (0, 1, 3))}")
        first = min(own) < min(core)
        out.append(f"before:{first}")
        paras = {page.para_of[page.sents[n].start] for n in core}
        if any(page.para_of[s] in paras for s, _ in mentions):
            out.append("para")
    label = actor.label_sv.lower().split()
    if label:
        out += [f"lab0:{label[0][:5]}", f"lab1:{label[-1][-5:]}"]
    out.append(f"{cls}|size:{_bucket(len(members), (2, 3, 5))}")
    others = len(page.orgs - set(rel.members))
    out.append(f"cands:{_bucket(others, (1, 3, 6, 10))}")
    if any(page.line_of[s] == 0 for s, _ in mentions):
        out.append("title")
    for n in core:
        out += [f"c5:{t.lower_[:5]}" for t in page.sents[n] if _word(t)]
    member_sents = {m: page.sentences(m) for m in members}
    party_sents = set().union(*member_sents.values()) if members else set()
    if own and party_sents:
        near = min(abs(a - b) for a in own for b in party_sents)
        out.append(f"pgap:{_bucket(near, (0, 1, 2, 5))}")
        party_paras = {page.para_of[page.sents[n].start] for n in party_sents}
        if any(page.para_of[s] in party_paras for s, _ in mentions):
            out.append("ppara")
    text = page.text
    for s, _ in mentions:
        start = text.rfind("\n", 0, doc[s].idx) + 1
        end = text.find("\n", doc[s].idx)
        line = text[start : end if end >= 0 else len(text)].strip()
        if len(line) < 80 and not line.endswith((".", "!", "?")):
            out.append("shortline")
    co = sum(1 for m in members if member_sents[m] & own)
    out.append(f"co:{_bucket(co, (0, 1, 2))}")
    out.append(f"{cls}|co:{_bucket(co, (0, 1))}")
    if members and co == len(members):
        out.append("co:all")
    # list lines: a mention opening a line next to a line a party's mention opens
    party_lines = {
        page.line_of[s] for m in members for s, _ in page.mentions.get(m, []) if page.line_start(s)
    }
    for s, _ in mentions:
        if page.line_start(s):
            out.append("line")
            if {page.line_of[s] - 1, page.line_of[s] + 1} & party_lines:
                out.append("listmate")
    words: set[str] = set()
    for n in own:
        words |= {t.lower_[:5] for t in page.sents[n] if _word(t)}
    out += [f"x5:{w}" for w in words]
    for s, e in mentions:
        out += [f"l:{_near(t)}" for t in doc[max(s - 3, 0) : s] if not t.is_space]
        out += [f"r:{_near(t)}" for t in doc[e : e + 3] if not t.is_space]
    # what the rules said about it
    ups = found.ancestors(iri)
    if set(ups) & set(members):
        out.append("unit-of-party")
    if any(iri in found.ancestors(m) for m in members):
        out.append("parent-of-party")
    if ups and any(ups[0] in found.ancestors(m)[:1] for m in members):
        out.append("sibling-of-party")
    for other in draft.relations:
        if other is rel:
            continue
        if other.kind == "collaboration" and iri in other.members:
            out.append("other-collab")
        elif other.kind == "funding":
            targets = set(other.recipients) | set(other.funded_items)
            if other.funder == iri:
                out.append("funds-party" if targets & set(members) else "funder")
            elif iri in targets:
                out.append("funded-by-party" if other.funder in members else "funded")
    return sorted(set(out))


def _word(token) -> bool:
    """A word the features read: lower-case letters, four or more (names are left out, so
    the model learns the genre's words, not its training pages' places and associations)."""
    return token.is_alpha and len(token) > 3 and token.text[0].islower()


def _near(token) -> str:
    """A token beside a mention: itself in lower case, a name as ``NAME``, a number ``0``."""
    if token.is_digit:
        return "0"
    if token.is_alpha and token.text[0].isupper():
        return "NAME"
    return token.lower_


def pairs(doc, found, draft: Draft):
    """(page, index of the collaboration, organisation) for every candidate of the page:
    each organisation the page mentions (not a post, not a person) outside a collaboration
    of two parties or more."""
    page = _Page(doc, found)
    orgs = sorted(page.orgs)
    for index, rel in enumerate(draft.relations):
        if rel.kind != "collaboration" or len(rel.members) < 2:
            continue
        for iri in orgs:
            if iri not in rel.members:
                yield page, index, iri


def _probability(weights: dict, names: list[str]) -> float:
    table = weights["features"]
    z = float(weights["bias"]) + sum(float(table.get(key(n), 0.0)) for n in names)
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def _quote(page: _Page, iri: str, rel: Relation) -> tuple[int, int] | None:
    """The sentence naming ``iri`` nearest to the collaboration's quote, trimmed."""
    core = _span_sentences(page, rel.span)
    best = None
    for s, _ in page.mentions.get(iri, []):
        n = page.sentence_of[s]
        gap = min((abs(n - c) for c in core), default=0)
        if best is None or gap < best[0]:
            best = (gap, n)
    if best is None:
        return None
    sent = page.sents[best[1]]
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return (start, end) if 0 < end - start <= _QUOTE_MAX else None


def candidates(doc, found, draft: Draft, weights: dict) -> list[Candidate]:
    """Each organisation's most probable collaboration, where the probability reaches the
    threshold and its membership has a sentence to quote."""
    best: dict[str, Candidate] = {}
    for page, index, iri in pairs(doc, found, draft):
        rel = draft.relations[index]
        p = _probability(weights, features(page, found, draft, iri, rel))
        if p < float(weights["threshold"]):
            continue
        if iri not in best or p > best[iri].probability:
            span = _quote(page, iri, rel)
            if span is not None:
                best[iri] = Candidate(iri, index, p, span)
    return [best[i] for i in sorted(best)]


def add_parties(
    doc, found, draft: Draft, path: str | None = None, weights: dict | None = None
) -> int:
    """Join to the drafted collaborations the organisations the model makes parties of them;
    return how many were joined. Each joined membership is unsure (for review) and quotes
    the sentence that names the organisation (``Relation.member_spans``)."""
    weights = weights if weights is not None else load(path)
    chosen = candidates(doc, found, draft, weights)
    for c in chosen:
        rel = draft.relations[c.index]
        rel.members[c.actor] = "part"
        rel.member_spans[c.actor] = c.span
    return len(chosen)
