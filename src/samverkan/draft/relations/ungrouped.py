"""Bodies the drafter finds in a sentence that tells them joining or leaving the work, yet
joins to no collaboration (round 76 of learning, from the misses of rounds 60-89).

- a later party, the date first and "även"/"också" before the body, whatever the sentence
  says it does: "Sedan 2024 är även Föreningen X medarrangör", "Från januari 2025 kommer
  även Y att ta emot praktikanter", "Sedan oktober 2026 ingår även Z i planen";
- a past party, the body the sentence opens with: "X var med 2021-2022 men har inte varit med
  sedan dess", "X lämnade gruppen i juni 2024"; and (round 84, from the partner pairs
  rounds 60-105 lose with both ends drafted) any past part told by a past verb and a time
  before "men" and its end after it: "X var med i Läxbron 2024 men ingick inte längre i
  projektet", "X var medlem 2023–2024 men gick ur", "X skrev under överenskommelsen 2023 men
  gick ur den", "X höll i en grupp under 2022 men har inte varit med sedan dess".

Each joins the collaboration told last before it in its paragraph or the one before, else the
page's largest collaboration; only a body that is in no collaboration yet.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Sedan 2024 är även Röda Korset medarrangör. Grums kommun lämnade gruppen "
...             "2023. Kils kommun var med 2021 men har inte varit med sedan dess. "
...             "Sedan 2024 är inte Arvika kommun med.")
>>> found = find_actors(doc, Index())
>>> [(_later_party(s, found), _past_party(s, found)) for s in doc.sents]
[('org/roda-korset', None), (None, 'kommun/1764'), (None, 'kommun/1715'), (None, None)]
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.genom import NOT as _NOT
from samverkan.draft.relations.genom import (
    OWN_OR_OWNERS,
    PLANNED,
    after_genom,
    belongs_to,
    denied,
)
from samverkan.draft.relations.main_collaboration import _collaboration_just_before
from samverkan.draft.relations.words import _RECIPIENTS

__all__ = ["runners_join", "told_parties_join", "ungrouped_join"]

_BODIES = _RECIPIENTS | {"sam:CountyAdministrativeBoard", "sam:PrivateCompany"}
_ALSO = {"även", "också", "dessutom"}
_SEASONS = {"våren", "hösten", "sommaren", "vintern", "starten", "början", "årsskiftet"}
_OPENERS = {"tidigare", "också", "även"}


def _body_at(sent, found: Found, i: int) -> str | None:
    if i not in found.at_token:
        return None
    iri = found.at_token[i][0]
    actor = found.actors.get(iri)
    return iri if actor is not None and actor.cls in _BODIES else None


def _later_party(sent, found: Found) -> str | None:
    """The body after "Sedan/Från DATE VERB även" (see the module docstring)."""
    words = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in words]
    if len(words) < 5 or lowers[0] not in {"sedan", "från"} or _NOT & set(lowers):
        return None
    also = next((k for k, w in enumerate(lowers[:8]) if w in _ALSO), None)
    if also is None or also < 3 or also + 1 >= len(words):
        return None
    if not any(w.isdigit() or w in _SEASONS for w in lowers[1 : also - 1]):
        return None
    return _body_at(sent, found, words[also + 1].i)


def _past_party(sent, found: Found) -> str | None:
    """The body a sentence opens with that "var med ... men" or "lämnade" the work."""
    words = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in words]
    first = 1 if lowers[:1] and lowers[0] in _OPENERS else 0
    if len(words) < 4 or words[first].i not in found.at_token:
        return None
    body = _body_at(sent, found, words[first].i)
    end = found.at_token[words[first].i][1]
    rest = [t.lower_ for t in sent.doc[end : sent.end] if not t.is_space]
    if body is None or not rest:
        return None
    if rest[0] in {"lämnade", "lämnar"} and rest[1:2] and rest[1].endswith(("en", "et", "an")):
        return body if not _NOT & set(rest) else None
    if rest[:2] == ["var", "med"] and rest[2:3] not in (["på"], ["och"], ["i"]) and "men" in rest:
        # not "var med på förra årets träff", "var med och diskuterade", "var med i
        # planeringen": a guest, a helper, a part of the work
        if _NOT & set(rest) and any(w.startswith("lämna") for w in rest):
            return None  # "var med det första året men lämnade inte": no leaving told
        return body if not _NOT & set(rest[: rest.index("men")]) else None
    return body if _ended_party(rest) else None


# a past party's verb after its name ("X höll i träffarna 2023 men ..."), round 84
_PAST_VERBS = {"var", "höll", "skrev", "ingick", "arrangerade", "ledde"}
_TIMES = {
    "starten",
    "början",
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
} | _SEASONS
# what says, after "men", that the body's part ended: a leaving verb or its part denied
_ENDED = {"lämnade", "lämnat", "lämnar", "slutade", "inte", "ej"}
_ENDED_PAIRS = {("gick", "ur"), ("hoppade", "av"), ("drog", "sig"), ("klev", "av")}


def _ended_party(rest: list[str]) -> bool:
    """Whether the words after a body that opens its sentence tell a past part that ended
    (round 84): a past verb, a time before "men", then a leaving verb or a denial: "var med i
    Läxbron 2024 men ingick inte längre i projektet", "var medlem 2023–2024 men gick ur",
    "höll i en grupp under 2022 men har inte varit med sedan dess", "skrev under
    överenskommelsen 2023 men gick ur den"; not "var med på" (a guest's visit), nor "deltog i
    planeringen" or "satt i juryn" (a helper's part, not a party's)."""
    if not rest or rest[0] not in _PAST_VERBS or rest[1:2] == ["på"] or "men" not in rest:
        return False
    if rest[0] == "höll" and rest[1:2] != ["i"]:
        return False  # "höll en dag om ... men": a single event, no part in the work
    cut = rest.index("men")
    before, after = rest[1:cut], rest[cut + 1 : cut + 5]
    if cut > 14 or _NOT & set(before) or not any(w[:1].isdigit() or w in _TIMES for w in before):
        return False
    if _ENDED & set(after):
        return True
    return any(tuple(after[k : k + 2]) in _ENDED_PAIRS for k in range(3))


def ungrouped_join(doc, found: Found, relations: list[Relation]) -> None:
    """Join each body of :func:`_later_party` and :func:`_past_party` that is in no
    collaboration to the one its sentence continues (see the module docstring);
    ``relations`` is changed in place."""
    collaborations = [r for r in relations if r.kind == "collaboration"]
    if not collaborations:
        return
    for sent in doc.sents:
        body = _later_party(sent, found) or _past_party(sent, found)
        if body is None or any(body in r.members for r in collaborations):
            continue
        target = _collaboration_just_before(
            doc, sent, relations, paragraphs=2, from_end=True
        ) or max(collaborations, key=lambda r: len(r.members))
        target.members.setdefault(body, "part")


# a body's active verb that says it runs the work named after it (round 84)
_RUNS = {"leder", "ledde", "samordnar", "samordnade", "driver", "drev", "äger", "ägde"}
# a municipality's units, named by a definite noun ("Arbetsmarknadsenheten")
_UNITS = {"sam:Department", "sam:MunicipalUnit", "sam:CentralAdministration"}
_NOT_SAID = _NOT | (PLANNED - {"kunde"})


def _definite(word: str) -> bool:
    """Whether a lower-case ``word`` reads as a definite noun ("arbetet", "satsningen",
    "nätverket", "gruppen"), what names the work in a runner's sentence."""
    return (
        word.isalpha()
        and len(word) >= 5
        and word.endswith(("et", "en", "an", "na"))
        and word != "sedan"
    )


def _runner(sent, found: Found) -> str | None:
    """The body a sentence opens with that runs the work (round 84): "X leder arbetet", "X
    ledde projektet", "X samordnar rådets arbete", "X är sammankallande för dialogrådet", "X
    står för samordningen" / "för rådets samordning"; not negated, not a plan.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Röda Korset leder arbetet. Kils kommun är sammankallande för rådet. "
    ...             "Grums kommun står för nätverkets samordning. Röda Korset leder inte "
    ...             "arbetet. Kils kommun leder Anna.")
    >>> found = find_actors(doc, Index())
    >>> [_runner(s, found) for s in doc.sents]
    ['org/roda-korset', 'kommun/1715', 'kommun/1764', None, None]
    """
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[0].i not in found.at_token:
        return None
    body = _body_at(sent, found, words[0].i)
    end = found.at_token[words[0].i][1]
    rest = [t.lower_ for t in sent.doc[end : sent.end] if not t.is_space]
    body_cls = found.actors[body].cls if body is not None else ""
    if body is None or len(rest) < 2 or _NOT_SAID & set(rest) or "tillsammans" in rest:
        return None  # "X leder arbetet tillsammans med Y": a collaboration told of its own
    if end - words[0].i == 1 and _definite(words[0].lower_) and body_cls not in _UNITS:
        return None  # "Folkhögskolan leder kursen": a body named again by its kind
    if rest[0] in _RUNS:
        work = rest[2] if rest[1].endswith("s") and len(rest) > 2 else rest[1]
        return body if _definite(work) or work in {"arbete", "projekt"} else None
    if rest[:2] == ["är", "sammankallande"]:
        return body
    if rest[:2] == ["står", "för"] and len(rest) > 2:
        said = rest[3] if rest[2].endswith("s") and len(rest) > 3 else rest[2]
        return body if said.startswith("samordning") else None
    return None


def runners_join(doc, found: Found, relations: list[Relation]) -> None:
    """Join each body of :func:`_runner` that is in no collaboration to the collaboration of
    its paragraph or the one before it, else the first told after it in its paragraph or the
    next one, a heading between them not counted ("Vilka är med?")
    (a unit too where its municipality is a member: the unit is the one named running it);
    ``relations`` is changed in place."""
    collaborations = [r for r in relations if r.kind == "collaboration"]
    if not collaborations:
        return
    for sent in doc.sents:
        body = _runner(sent, found)
        if body is None or any(body in r.members for r in collaborations):
            continue
        target = _collaboration_just_before(doc, sent, relations, paragraphs=2, from_end=True)
        if target is None:
            target = next(
                (
                    r
                    for r in sorted(collaborations, key=lambda r: r.span[0])
                    if r.span[0] >= sent.end_char
                    and _paragraphs_between(page_text(doc)[sent.end_char : r.span[0]]) < 2
                ),
                None,
            )
        if target is None:
            continue
        target.members.setdefault(body, "part")


def _paragraphs_between(text: str) -> int:
    """The paragraph breaks in ``text``, a heading's (a short line that ends in no full stop)
    not counted."""
    parts = [p.strip() for p in text.split("\n\n")]
    headings = sum(1 for p in parts[1:-1] if p and len(p) < 80 and p[-1] not in ".:")
    return len(parts) - 1 - headings


# the words that may stand between a body and the word "part" that tells it a party ("X är
# också part", "X, som är part i insatsen", "Sedan 2025 är X part", "X var med som part")
_TO_PART = {"är", "var", "blev", "också", "även", "fortfarande", "numera", "med", "som", ","}
# what may follow "part" before "genom" ("X är part i projektet genom Y")
_PART_OBJECT_MAX = 6
# the copula before "part" ("X är part", "X, som var part", "X blev part")
_COPULA = {"är", "var", "blev"}
_PREPOSITIONS = {"i", "till", "från", "av", "hos", "för", "med", "på", "vid", "inom", "under"}


def _told_parties(sent, found: Found) -> list[str]:
    """The bodies a sentence tells are a party by the word "part" (round 87 of learning,
    from the misses of rounds 60-117): the body just before it ("Sedan 2025 är X part", "Även
    X är part i Y", "X, som är part i insatsen, ...", "X var med som part"), not one after a
    preposition ("Sfi, som hör till förvaltningen, blev part"); and, for the body a
    sentence says takes part through its unit, the unit alone ("Orsa kommun är part genom
    Kultur- och fritidsförvaltningen", "Kils kommun är part i projektet genom sin
    integrationssamordnare"); none in a sentence that negates ("X är inte part").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Sedan 2025 är Röda Korset part. Grums kommun är part genom "
    ...             "Socialförvaltningen. Kils kommun är inte part.")
    >>> found = find_actors(doc, Index())
    >>> [_told_parties(s, found) for s in doc.sents]
    [['org/roda-korset'], ['kommun/1764/socialforvaltningen'], []]
    """
    words = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in words]
    if "part" not in lowers or denied(lowers):
        return []
    out: list[str] = []
    for p in (k for k, w in enumerate(lowers) if w == "part"):
        # the body whose mention ends just before, only the copula's words between ("X är
        # part", "X, som är part") or none where the copula stands before the body ("Sedan
        # 2025 är X part")
        k = p - 1
        while k >= 0 and lowers[k] in _TO_PART:
            k -= 1
        between = set(lowers[k + 1 : p])
        j = (
            next(
                (
                    j
                    for j in range(k, max(-1, k - 8), -1)
                    if words[j].i in found.at_token
                    and found.at_token[words[j].i][1] == words[k].i + 1
                ),
                None,
            )
            if k >= 0
            else None
        )
        through = "genom" in lowers[p + 1 : p + 2 + _PART_OBJECT_MAX]
        if j is not None and j > 0 and lowers[j - 1] in _PREPOSITIONS:
            j = None  # "Sfi, som hör till förvaltningen, blev part": not the party
        if through:
            j = None  # "X är part genom Y": the party is Y, the unit it takes part through
        if j is not None and (between & _COPULA or (not between and _COPULA & set(lowers[:j]))):
            body = _body_at(sent, found, words[j].i)
            if body is not None:
                out.append(body)
        # "part (i W) genom (sin) Y"
        for q in range(p + 1, min(len(words), p + 2 + _PART_OBJECT_MAX)):
            if lowers[q] != "genom":
                continue
            r = after_genom(lowers, q, OWN_OR_OWNERS)  # "genom (sin/dess/kommunens) Y"
            if r < len(words) and words[r].i in found.at_token:
                iri, end = found.at_token[words[r].i]
                owner = sent.doc[end - 1].text.endswith("s") and end < sent.end
                if iri in found.actors and not (owner and sent.doc[end].is_alpha):
                    out.append(iri)  # not "genom förvaltningens fritidsgård": its unit
            break
    return list(dict.fromkeys(out))


def told_parties_join(doc, found: Found, relations: list[Relation]) -> None:
    """Join each body of :func:`_told_parties` that is in no collaboration to the
    collaboration told last before it in its paragraph or the one before, else the page's
    largest; ``relations`` is changed in place."""
    collaborations = [r for r in relations if r.kind == "collaboration"]
    if not collaborations:
        return
    for sent in doc.sents:
        for body in _told_parties(sent, found):
            if any(body in r.members for r in collaborations):
                continue
            target = _collaboration_just_before(
                doc, sent, relations, paragraphs=2, from_end=True
            ) or max(collaborations, key=lambda r: len(r.members))
            target.members.setdefault(body, "part")
            owner = _through_owner(sent, found, body)
            if owner is not None and target.members.get(owner) == "part":
                # "Orsa kommun är part genom X": the municipality leaves the party to its unit
                del target.members[owner]


def _through_owner(sent, found: Found, unit: str) -> str | None:
    """The body a sentence opens with that it says takes part through ``unit``, one of its
    own ("Orsa kommun är part genom Kultur- och fritidsförvaltningen"), or None."""
    words = [t for t in sent if not t.is_space]
    if not words or words[0].i not in found.at_token or "genom" not in {t.lower_ for t in words}:
        return None
    owner = found.at_token[words[0].i][0]
    if belongs_to(found, unit, owner):
        return owner
    return None
