"""A statistical relation finder beside the rules: relations the sentence patterns missed.

For every pair of actors the draft found in one sentence (or in a sentence and the one before
it), a small linear model (multinomial logistic regression over sparse binary features,
trained by :mod:`samverkan.draft.train_rel` on the project's annotated test pages) says
whether the text relates them and how: ``funding>`` / ``funding<`` (the first or the second
funds the other), ``partner``, ``holder>`` / ``holder<`` (a post and the person who holds
it), or ``none``. The features are the words between and around the two mentions (and their
first five letters, a crude stem), cue words of the sentence, the actors' classes, their
distance and whether they stand on list lines.

:func:`add_model_relations` adds only what the rules did not already say about the pair, only
where the classes allow the kind (no person funds, a post's holder is a person and only one),
each fact marked ``sam:reviewStatus "draft"`` with its quote. The weights ship as JSON
(``rel_model.json``), read from disk only.

Examples
--------
>>> from samverkan.draft.model import Actor
>>> weights = {"classes": ["none", "funding>", "funding<", "partner", "holder>", "holder<"],
...            "bias": [0, 0, 0, 0, 0, 0], "threshold": 0.5,
...            "features": {key("b5:stödj"): [0, 3, 0, 0, 0, 0]}}
>>> from samverkan.draft.nlp import parse
>>> doc = parse("Skolverket stödjer Föreningen Gemenskap.")
>>> from samverkan.draft.actors import Found
>>> found = Found(actors={
...     "org/skolverket": Actor("org/skolverket", "sam:StateAgency", "Skolverket", ""),
...     "org/gemenskap": Actor("org/gemenskap", "sam:CivilSocietyOrganization", "G", "")},
...     at_token={0: ("org/skolverket", 1), 2: ("org/gemenskap", 4)})
>>> [(c.first, c.second, c.label) for c in predict(doc, found, set(), weights)]
[('org/skolverket', 'org/gemenskap', 'funding>')]
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from samverkan.draft.model import POST_CLASSES, Relation
from samverkan.draft.nlp import page_text
from samverkan.errors import SamverkanError

__all__ = [
    "CLASSES",
    "MODEL_FILE",
    "Candidate",
    "add_model_relations",
    "candidates",
    "features",
    "key",
    "load",
    "predict",
    "read_weights",
    "rule_pairs",
]

MODEL_FILE = Path(__file__).resolve().parent / "rel_model.json"
CLASSES = ("none", "funding>", "funding<", "partner", "holder>", "holder<")
_PERSON = "foaf:Person"
_WINDOW = 12  # tokens between two mentions read word by word; farther is "far"


@dataclass
class Candidate:
    """A pair of actor mentions in text order, with the tokens of each mention."""

    first: str
    second: str
    a: tuple[int, int]
    b: tuple[int, int]
    sentences: int  # 0: the same sentence; 1: the second in the sentence after the first's
    label: str = "none"
    probability: float = 0.0


def read_weights(where: Path, what: str) -> dict:
    """The JSON object in ``where``, or one clear error naming the file and ``what`` it is."""
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SamverkanError(f"cannot read the {what}: {exc}", path=where) from None
    if not isinstance(data, dict):
        raise SamverkanError(f"not a {what} (not a JSON object)", path=where)
    return data


@lru_cache(maxsize=4)
def load(path: str | None = None) -> dict:
    """The weights in ``path`` (default: the shipped :data:`MODEL_FILE`)."""
    where = Path(path) if path else MODEL_FILE
    data = read_weights(where, "relation model")
    if list(data.get("classes", [])) != list(CLASSES):
        raise SamverkanError("not a relation model (no classes or other ones)", path=where)
    return data


def _mentions(doc, found) -> list[tuple[int, int, str]]:
    """(start token, end token, actor) of every mention the draft records, in text order."""
    return sorted(
        (start, end, iri) for start, (iri, end) in found.at_token.items() if iri in found.actors
    )


def candidates(doc, found, window: int = 1) -> list[Candidate]:
    """Pairs of different actors mentioned in one sentence or in ``window`` sentences in a row
    (each pair once per sentence pair, at its closest mentions)."""
    sentence_of = {}
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sentence_of[i] = n
    mentions = _mentions(doc, found)
    best: dict[tuple[str, str, int], Candidate] = {}
    for i, (s1, e1, x) in enumerate(mentions):
        for s2, e2, y in mentions[i + 1 :]:
            gap = sentence_of[s2] - sentence_of[s1]
            if gap > window:
                break
            if x == y or s2 < e1:
                continue
            key = (*sorted((x, y)), sentence_of[s2])
            old = best.get(key)
            if old is None or (s2 - e1) < (old.b[0] - old.a[1]):
                best[key] = Candidate(x, y, (s1, e1), (s2, e2), gap)
    return [best[k] for k in sorted(best, key=lambda k: (best[k].a, best[k].b))]


def _stem(word: str) -> str:
    return word[:5]


def _line_start(doc, i: int) -> bool:
    """Whether token ``i`` opens a line (after a bullet or a dash, if any)."""
    j = i - 1
    while j >= 0 and doc[j].text in {"-", "•", "–", "*"}:
        j -= 1
    return j < 0 or "\n" in doc[j].text or "\n" in doc[j].whitespace_


def rule_context(draft) -> list[tuple[tuple[int, int], str, set[str]]]:
    """(quote span, kind, actors) of each relation the rules found, for :func:`features`."""
    return [
        (rel.span, rel.kind, set(rel.members))
        for rel in draft.relations
        if rel.kind == "collaboration"
    ]


def features(doc, found, c: Candidate, context=()) -> list[str]:
    """The binary features of candidate ``c`` (strings; the model keeps those it knows).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import Found
    >>> from samverkan.draft.model import Actor
    >>> doc = parse("Skolverket stödjer Föreningen Gemenskap.")
    >>> found = Found(actors={
    ...     "x": Actor("x", "sam:StateAgency", "Skolverket", ""),
    ...     "y": Actor("y", "sam:CivilSocietyOrganization", "G", "")})
    >>> sorted(f for f in features(doc, found, Candidate("x", "y", (0, 1), (2, 4), 0))
    ...        if f.startswith(("b:", "cxy", "d:")))
    ['b:stödjer', 'cxy:sam:StateAgency|sam:CivilSocietyOrganization', 'd:1']
    """
    cx, cy = found.actors[c.first].cls, found.actors[c.second].cls
    out = [f"cx:{cx}", f"cy:{cy}", f"cxy:{cx}|{cy}", f"s:{c.sentences}", "bias"]
    between = [t for t in doc[c.a[1] : c.b[0]] if not t.is_space]
    n = len(between)
    out.append(f"d:{n if n < 4 else '4-7' if n < 8 else '8-12' if n <= _WINDOW else 'far'}")
    others = sum(1 for s in found.at_token if c.a[1] <= s < c.b[0])
    out.append(f"o:{min(others, 3)}")
    words = [t.lower_ for t in between if not t.is_punct]
    if n <= _WINDOW:
        out += [f"b:{w}" for w in words]
        out += [f"b5:{_stem(w)}" for w in words]
        if words:
            out += [f"bf:{words[0]}", f"bl:{words[-1]}"]
        out += [f"bp:{t.text}" for t in between if t.is_punct]
    else:
        out += [f"bx5:{_stem(w)}" for w in words]
    before = [t.lower_ for t in doc[max(c.a[0] - 3, 0) : c.a[0]] if not t.is_space]
    after = [t.lower_ for t in doc[c.b[1] : c.b[1] + 3] if not t.is_space]
    out += [f"l:{w}" for w in before] + [f"r:{w}" for w in after]
    out += [f"l5:{_stem(w)}" for w in before] + [f"r5:{_stem(w)}" for w in after]
    sent_a = doc[c.a[0]].sent
    sent_b = doc[c.b[0]].sent
    for sent, tag in ((sent_a, "sa"), (sent_b, "sb")) if c.sentences else ((sent_a, "sa"),):
        out += [f"{tag}5:{_stem(t.lower_)}" for t in sent if t.is_alpha and len(t) > 3]
    if c.sentences and sent_a.text.rstrip().endswith(":"):
        out.append("lead:")
    if _line_start(doc, c.a[0]) and _line_start(doc, c.b[0]):
        out.append("lines:both")
    elif _line_start(doc, c.b[0]):
        out.append("lines:second")
    same_line = "\n" not in page_text(doc)[doc[c.a[0]].idx : doc[c.b[0]].idx]
    out.append(f"sameline:{same_line}")
    # what the rules found near the pair: a relation quoted in its sentences, and whether
    # each actor is in one of them
    lo, hi = sent_a.start_char, sent_b.end_char
    for (start, end), kind, actors in context:
        if start < hi and end > lo:
            out.append(f"rk:{kind}")
            out += [
                f"r{tag}:{kind}" for tag, iri in (("x", c.first), ("y", c.second)) if iri in actors
            ]
    return sorted(set(out))


def rule_pairs(draft) -> set[frozenset[str]]:
    """The pairs of actors the rules already relate, in any kind."""
    pairs: set[frozenset[str]] = set()
    for rel in draft.relations:
        if rel.kind == "funding" and rel.funder:
            pairs.update(frozenset((rel.funder, r)) for r in rel.recipients + rel.funded_items)
        members = sorted(rel.members)
        pairs.update(frozenset((a, b)) for a in members for b in members if a < b)
    for actor in draft.actors.values():
        for other in (actor.parent, actor.holder):
            if other:
                pairs.add(frozenset((actor.iri, other)))
    return pairs


def _allowed(label: str, x, y, found) -> bool:
    """Whether the actors' classes allow the kind (``x`` first in the text)."""
    if label.startswith("funding"):
        funder, target = (x, y) if label == "funding>" else (y, x)
        return funder.cls not in POST_CLASSES | {_PERSON} and target.cls != _PERSON
    if label == "partner":
        return x.cls not in POST_CLASSES | {_PERSON} and y.cls not in POST_CLASSES | {_PERSON}
    if label.startswith("holder"):
        post, person = (x, y) if label == "holder>" else (y, x)
        return post.cls in POST_CLASSES and person.cls == _PERSON and post.holder is None
    return False


def key(name: str) -> str:
    """The key a feature is stored under: a short hash, so the model file keeps no word of
    its training pages (no names, e-mail addresses or phone numbers).

    >>> key("b:stödjer")
    '7d4cb100ce14'
    """
    return hashlib.blake2b(name.encode("utf-8"), digest_size=6).hexdigest()


def _scores(weights: dict, names: list[str]) -> list[float]:
    table = weights["features"]
    z = list(map(float, weights["bias"]))
    for name in names:
        row = table.get(key(name))
        if row is not None:
            z = [a + float(b) for a, b in zip(z, row, strict=True)]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


def _settled(c: Candidate, doc, found, related: set) -> bool:
    """Whether the rules have said how the pair stands, or the text leaves it open: related
    already, the second an aside in parentheses after the first, one belongs to the other, or
    the department (not the municipality) one of them belongs to is named in the pair's
    sentences too ("socialförvaltningen genom dess arbetsmarknadsenhet": the department is
    the party, as the rules read it)."""
    x, y = c.first, c.second
    if frozenset((x, y)) in related:
        return True
    if c.sentences == 0 and doc[c.a[1] : c.b[0]].text.strip() == "(":
        return True  # "Sala-Norrby församling (Svenska kyrkan)": an aside, no partner
    up_x, up_y = found.ancestors(x), found.ancestors(y)
    if x in up_y or y in up_x:
        return True
    lo, hi = doc[c.a[0]].sent.start, doc[c.b[0]].sent.end
    named = {iri for start, (iri, _end) in found.at_token.items() if lo <= start < hi}
    parents = {
        p for p in (*up_x[:1], *up_y[:1]) if p in found.actors and not found.actors[p].reference
    }
    return bool(named & parents)


def predict(doc, found, related: set, weights: dict, context=()) -> list[Candidate]:
    """The candidates the model relates, best kind the classes allow, not already settled
    by the rules (:func:`_settled`)."""
    window = int(weights.get("window", 1))
    out = []
    for c in candidates(doc, found, window):
        if _settled(c, doc, found, related):
            continue
        p = _scores(weights, features(doc, found, c, context))
        x, y = found.actors[c.first], found.actors[c.second]
        best = max(
            (k for k in range(1, len(CLASSES)) if _allowed(CLASSES[k], x, y, found)),
            key=lambda k: p[k],
            default=None,
        )
        if best is not None and p[best] >= float(weights["threshold"]):
            c.label, c.probability = CLASSES[best], p[best]
            out.append(c)
    return out


def _quote(doc, c: Candidate) -> tuple[int, int] | None:
    sent = doc[c.a[0]].sent
    if c.sentences == 0 and len(sent.text.strip()) <= 200:
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        return start, start + len(sent.text.strip())
    start, end = doc[c.a[0]].idx, doc[c.b[1] - 1].idx + len(doc[c.b[1] - 1].text)
    return (start, end) if end - start <= 200 else None


def add_model_relations(doc, found, draft, path: str | None = None) -> list[Relation]:
    """Add to ``draft`` the relations the model finds and the rules did not; return them.

    A funding becomes a :class:`~samverkan.draft.model.Relation` of its own (a post as the
    funded item), a partnership a collaboration of the two, a holder the post's
    ``holder``; each is unsure (for review) and quotes its sentence (or the words from the
    first mention to the second, at most 200 characters).
    """
    weights = load(path)
    related = rule_pairs(draft)
    added: list[Relation] = []
    partners: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for c in predict(doc, found, related, weights, rule_context(draft)):
        key_ = frozenset((c.first, c.second))
        span = _quote(doc, c)
        if key_ in related or span is None:
            continue
        related.add(key_)
        x, y = found.actors[c.first], found.actors[c.second]
        if c.label.startswith("holder"):
            post, person = (x, y) if c.label == "holder>" else (y, x)
            post.holder, post.unsure = person.iri, True
        elif c.label == "partner":
            partners.setdefault(span, []).append((x.iri, y.iri))
        else:
            funder, target = (x, y) if c.label == "funding>" else (y, x)
            rel = Relation("funding", span, funder=funder.iri)
            (rel.funded_items if target.cls in POST_CLASSES else rel.recipients).append(target.iri)
            added.append(rel)
    for span, pairs in partners.items():
        added += [
            Relation("collaboration", span, members=dict.fromkeys(group, "part"))
            for group in _cliques(pairs)
        ]
    draft.relations += added
    return added


def _cliques(pairs: list[tuple[str, str]]) -> list[list[str]]:
    """The partner pairs of one quote as collaborations: a group in which every two are
    partners is one collaboration ("A, B och C står bakom ..."), any other pair its own.

    >>> _cliques([("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")])
    [['a', 'b', 'c'], ['c', 'd']]
    """
    linked = {frozenset(p) for p in pairs}
    groups: list[list[str]] = []
    for a, b in pairs:
        if any(a in g and b in g for g in groups):
            continue
        group = [a, b]
        for other in sorted({m for p in pairs for m in p} - {a, b}):
            if all(frozenset((other, m)) in linked for m in group):
                group.append(other)
        groups.append(sorted(group))
    return groups
