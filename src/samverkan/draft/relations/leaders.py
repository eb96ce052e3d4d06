"""The post that leads, coordinates or convenes a collaboration is one of its members.

The project's modelling rule (``docs/modelling.md``, Posts): when the text says the holder
of a post leads, coordinates or takes part in something, the member is the post. Pages say
so in two general forms, after the collaboration is described:

- a passive with the post (or its holder) as agent: "Nätverket samordnas av Anna Berg,
  integrationssamordnare på ...", "Gruppen sammankallas av förbundschefen", "Spåret
  koordineras av en arbetsmarknadskonsulent";
- the leading role as the sentence's subject: "Projektledare är Karin Ek", "Samordnare är
  sedan 2024 Per Lind", "Sammankallande är kommunens integrationsstrateg".

The post joins the collaboration drafted last in the same paragraph (a sentence that states
a collaboration itself keeps its own members); a paragraph that describes none gains
nothing (tried: the one drafted last in the paragraph before, or in the section after the
last heading line, added more wrong members than right ones on rounds 7-22).

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Projektet drivs av Kils kommun tillsammans med Röda Korset. "
...             "Projektledare är Eva Lund, anställd på arbetsmarknadsenheten.")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'kommun/1715/tjanst/projektledare', 'org/roda-korset']]
"""

from __future__ import annotations

import itertools

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.words import _POSTS, _RECIPIENTS

__all__ = ["leaders_join"]

# passive verbs whose agent leads a collaboration, with the member's role
_LED_BY = {
    "leds": "ledare",
    "leddes": "ledare",
    "samordnas": "samordnare",
    "samordnades": "samordnare",
    "koordineras": "samordnare",
    "sammankallas": "sammankallande",
}
# a leading role as the subject of "är" / "har varit"
_ROLE_WORDS = {
    "projektledare": "ledare",
    "delprojektledare": "ledare",
    "verksamhetsledare": "ledare",
    "samordnare": "samordnare",
    "koordinator": "samordnare",
    "sammankallande": "sammankallande",
}
# the definite nouns that name a collaboration as a sentence's subject
_COLLABORATION_ENDINGS = (
    "nätverket",
    "projektet",
    "gruppen",
    "rådet",
    "spåret",
    "programmet",
    "samarbetet",
    "satsningen",
    "insatsen",
    "verksamheten",
    "arbetet",
    "forumet",
    "plattformen",
    "partnerskapet",
    "caféet",
    "kaféet",
)


def _role(sent) -> tuple[str, int] | None:
    """The role a sentence gives and the token after which its holder is named."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 3:
        return None
    first, second = words[0].lower_, words[1].lower_
    if first in _ROLE_WORDS and second in {"är", "har", "blir", "var"}:
        return _ROLE_WORDS[first], words[1].i
    if not first.endswith(_COLLABORATION_ENDINGS):
        return None
    for token, after in itertools.pairwise(words):
        if token.lower_ in _LED_BY and after.lower_ == "av":
            return _LED_BY[token.lower_], after.i
    return None


def _post_after(sent, found: Found, after: int) -> str | None:
    """The first post named after token ``after``, or the post its first person holds."""
    for start in sorted(found.at_token):
        if not after < start < sent.end:
            continue
        iri = found.at_token[start][0]
        actor = found.actors.get(iri)
        if actor is None:
            continue
        if actor.cls in _POSTS:
            return iri
        if actor.cls == "foaf:Person":
            return next((p.iri for p in found.actors.values() if p.holder == iri), None)
        return None  # "leds av Kils kommun": an organisation leads, no post
    return None


# the bodies that can run a collaboration: those that receive grants, and county boards
_BODIES = _RECIPIENTS | {"sam:CountyAdministrativeBoard"}
# the words that name back the collaboration told before, not a group of its own
# ("Arbetsgivargruppen leds av X" names another group than the one before it)
_BACK = {
    "nätverket",
    "projektet",
    "programmet",
    "satsningen",
    "samarbetet",
    "verksamheten",
    "partnerskapet",
    "arbetet",
}


def _names_back(sent) -> bool:
    words = [t.lower_ for t in sent if t.is_alpha]
    return bool(words) and words[0] in _BACK


def _body_after(sent, found: Found, after: int) -> str | None:
    """The organisation or unit named right after token ``after`` ("leds av Kils kommun"),
    when the sentence says nothing against it."""
    if {"inte", "ej", "aldrig"} & {t.lower_ for t in sent}:
        return None
    for start in range(after + 1, min(after + 4, sent.end)):
        if start in found.at_token:
            iri = found.at_token[start][0]
            actor = found.actors.get(iri)
            return iri if actor is not None and actor.cls in _BODIES else None
    return None


def _post_word_after(sent, found: Found, after: int) -> str | None:
    """The one post drafted elsewhere whose label a word after token ``after`` is
    ("Projektledare är rådets samordnare": the post "samordnare" of the contact lines)."""
    words = {t.lower_ for t in sent.doc[after + 1 : sent.end]}
    posts = {
        iri
        for iri, actor in found.actors.items()
        if actor.cls in _POSTS and actor.label_sv.lower() in words
    }
    return posts.pop() if len(posts) == 1 else None


def _collaboration_before(doc, sent, relations: list[Relation]) -> Relation | None:
    """The collaboration drafted last up to this sentence, in its paragraph."""
    begin = page_text(doc).rfind("\n", 0, sent.start_char) + 1
    last = None
    for relation in relations:
        if (
            relation.kind == "collaboration"
            and begin <= relation.span[0] < sent.end_char
            and (last is None or relation.span[0] >= last.span[0])
        ):
            last = relation
    return last


def leaders_join(doc, found: Found, relations: list[Relation]) -> None:
    """Add to each collaboration the post that leads, coordinates or convenes it (see the
    module docstring); ``relations`` is changed in place."""
    for sent in doc.sents:
        found_role = _role(sent)
        if found_role is None:
            _join_the_work_led(doc, sent, found, relations)
            continue
        role, after = found_role
        post = _post_after(sent, found, after) or _post_word_after(sent, found, after)
        first = found.at_token.get(sent.start, ("", 0))[0]
        if post is None and first in found.actors and found.actors[first].cls in _POSTS:
            # "Projektledare är sedan 2025 Jonas Ek": the role word is the post drafted
            post = first
        body = None
        if post is None:
            body = _body_after(sent, found, after) if _names_back(sent) else None
            if body is None:
                _join_the_work_led(doc, sent, found, relations)
                continue
        target = _collaboration_before(doc, sent, relations)
        if body is not None and target is None:
            # "Rådet samordnas av X. ... I rådet ingår:": the work's members told after it
            # (not a department in the genitive, "Xförvaltningens enhet": its unit leads)
            body = _agent(sent, found, body)
            target = _collaboration_after(doc, sent, relations) if body else None
        if body is not None:
            # "Nätverket samordnas av Röda Korset": the organisation that runs the
            # collaboration of the paragraph is one of its members (round 43 of learning)
            if target is not None:
                target.members.setdefault(body, "part")
            continue
        if target is None or post in target.members:
            continue
        parent = found.actors[post].parent
        if parent in target.members and target.members[parent] != "part":
            continue  # the post's own organisation leads it: already stated
        target.members[post] = role


# passive verbs whose agent runs the work a sentence opens with ("drivs av" as "leds av")
_RUN_BY = set(_LED_BY) | {"drivs", "drevs"}
_NOT_BETWEEN = {"tillsammans", "med", "och", "samt", ",", "i", "genom"}
_NOT_SAID = {"inte", "ej", "aldrig", "ska", "skall", "kommer", "planerar", "kan", "skulle"}


def _work_led_by(sent, found: Found) -> str | None:
    """The body that runs the work a sentence is about, the work named by a name the drafter
    does not hold as a body or by a common noun: "Matbryggan startade 2022 och drivs av
    Föreningen X", "Trygghetsvärdarna är ett samarbete som leds av bolaget Y" (round 76 of
    learning; no body before the verb, the sentence's subject being the work; not negated,
    not a plan).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Språkvännen startade 2021 och drivs av Röda Korset. "
    ...             "Grums kommun drivs av Kils kommun. Språkvännen drivs inte av Röda Korset.")
    >>> found = find_actors(doc, Index())
    >>> [_work_led_by(s, found) for s in doc.sents]
    ['org/roda-korset', None, None]
    """
    lowers = [t.lower_ for t in sent]
    if _NOT_SAID & set(lowers):
        return None
    verb = next(
        (k for k, w in enumerate(lowers[:-1]) if w in _RUN_BY and lowers[k + 1] == "av"), None
    )
    if verb is None or not sent[0].is_title:
        return None
    if any(sent.start <= i < sent.start + verb for i in found.at_token):
        return None
    after = sent.start + verb + 1
    for start in range(after + 1, min(after + 5, sent.end)):
        if sent.doc[start - 1].lower_ in _NOT_BETWEEN:
            return None  # "drivs av rådet tillsammans med X": X is no agent
        if start in found.at_token:
            iri = found.at_token[start][0]
            actor = found.actors.get(iri)
            ok = actor is not None and actor.cls in _BODIES
            return _agent(sent, found, iri) if ok else None
    return None


def _agent(sent, found: Found, iri: str) -> str | None:
    """``iri``, or None where it stands in the genitive before the word that names who leads
    ("samordnas av Kultur- och fritidsförvaltningens fritidsenhet": the unit, which the drafter
    may not hold), unless that word is a body drafted itself."""
    at = next(
        (i for i in range(sent.start, sent.end) if found.at_token.get(i, ("",))[0] == iri), None
    )
    if at is None:
        return iri
    end = found.at_token[at][1]
    if end >= sent.end or not sent.doc[end - 1].lower_.endswith("s") or not sent.doc[end].is_alpha:
        return iri
    if end in found.at_token and found.actors.get(found.at_token[end][0]) is not None:
        nxt = found.at_token[end][0]
        return nxt if found.actors[nxt].cls in _BODIES else None
    return None


def _collaboration_after(doc, sent, relations: list[Relation]) -> Relation | None:
    """The first collaboration told after ``sent`` in its paragraph, or else one whose
    opening names the sentence's first word again ("Rådet samordnas av X." ... "I rådet
    ingår:")."""
    end = page_text(doc).find("\n\n", sent.end_char)
    end = len(page_text(doc)) if end < 0 else end
    after = sorted(
        (
            r
            for r in relations
            if r.kind == "collaboration" and r.span[0] >= sent.end_char and not _led_itself(doc, r)
        ),
        key=lambda r: r.span[0],
    )
    inside = next((r for r in after if r.span[0] < end), None)
    if inside is not None:
        return inside
    word = sent[0].lower_
    return next(
        (r for r in after if word in page_text(doc)[r.span[0] : r.span[0] + 60].lower().split()),
        None,
    )


def _led_itself(doc, relation: Relation) -> bool:
    """Whether the sentence of ``relation`` tells a leader of its own ("Projektet leds av en
    styrgrupp där A och B ingår"): a group of its own, not the members of the work before."""
    span = doc.char_span(relation.span[0], relation.span[0] + 1, alignment_mode="expand")
    if span is None:
        return False
    words = [t.lower_ for t in span.sent]
    return any(w in _RUN_BY and nxt == "av" for w, nxt in itertools.pairwise(words))


def _join_the_work_led(doc, sent, found: Found, relations: list[Relation]) -> None:
    """The body of :func:`_work_led_by` joins the collaboration of its paragraph, the one told
    before it or after it (round 76 of learning); not one already in that collaboration."""
    body = _work_led_by(sent, found)
    if body is None:
        return
    target = _collaboration_before(doc, sent, relations)
    if target is not None and _its_own_body_in(found, body, target):
        return  # "A kommun och B ... Projektet drivs av kommunens enhet": A stands for it
    target = target or _collaboration_after(doc, sent, relations)
    if target is not None:
        target.members.setdefault(body, "part")


def _its_own_body_in(found: Found, unit: str, target: Relation) -> bool:
    """Whether a body ``unit`` is part of is a member of ``target`` already ("Projektet drivs
    av kommunens arbetsmarknadsenhet" where the municipality is a party: it stands for it)."""
    seen = set()
    while unit in found.actors and unit not in seen:
        seen.add(unit)
        unit = found.actors[unit].parent or ""
        if unit in target.members:
            return True
    return False
