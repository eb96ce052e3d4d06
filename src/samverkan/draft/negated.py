"""Drop the bodies a page names only to say they are not in the work.

A page often ends on what did not happen: an application refused ("Föreningen sökte pengar
från X men fick avslag", "En ansökan till X om pengar ... avslogs"), or not yet decided
("Vi har sökt pengar från X. Besked väntas i maj", "vi väntar på besked från X"), or a body
that is not a party ("X är inte heller med", "X deltar inte"). The curated graphs give such a
body no node.
A body keeps its node when any of its mentions lies outside these two frames, when it is in
any relation drafted (a member, a funder, a recipient, the parent or holder of another actor,
the body of a count), when it is a municipality or the page's publisher, and when the
negation is followed by help ("X är inte part, men X:s lärare tipsar ...").

A body that declined to take part ("X har bjudits in men har tackat nej", "X har
tillfrågats men avböjt") gets no node either.

A post without a holder named only by a bare noun inside a clause ("berätta om du behöver
tolk", "pensionerade lärare") is a service or a kind of people, not a post: no node either
(a count, an article or an owner before it, "två studievägledare", "Kommunens lärare",
keeps it). Nor does a post without a holder named only as the staff of a body the page
says is not in the work ("X är inte part, men myndighetens handläggare tipsar ändå ...").
"""

from __future__ import annotations

from samverkan.draft.nlp import page_text
from samverkan.draft.relations.decisions import refused

__all__ = [
    "drop_bare_posts",
    "drop_library_venues",
    "drop_loose_groups",
    "drop_negated_actors",
    "drop_non_party_staff",
    "in_bare_negation",
    "in_declined_invitation",
    "in_refused_application",
]

_NEGATIONS = {"inte", "ej"}
#: what a body "is not" in the work: "är inte med", "deltar inte", "ingår inte i juryn"
_NEGATED_VERBS = {"är", "var", "deltar", "deltog", "ingår", "ingick", "medverkar", "sitter"}
_REFUSED_WORDS = {"nej", "avslag", "avslogs"}
_ADDRESSEE = {"från", "till", "ur", "hos"}
_HELP_AFTER = {"ändå", "däremot", "dock", "likväl"}
_LEADING = {"-", "–", "—", "•", "*"}


def _sought(words: list[str]) -> bool:
    return any(w.startswith("ansök") or w in {"sökte", "sökt", "sökts"} for w in words)


#: an application not yet decided: "men beslut har ännu inte kommit", "Besked väntas i maj",
#: "ligger fortfarande hos fonden", "är inskickad, och vi väntar på svar" (round 99)
_PENDING_WORDS = {"ännu", "väntas", "väntar", "fortfarande", "inskickad", "inlämnad"}
_DECISION_WORDS = {"beslut", "beslutet", "besked", "beskedet", "svar", "svaret"}


def _pending(sent, words: list[str]) -> bool:
    """Whether the application of ``sent`` is still undecided: the sentence says so, or the
    next one opens on its decision being waited for ("Beslutet väntas i maj.")."""
    if _PENDING_WORDS & set(words):
        return True
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    after = [t.lower_ for t in doc[sent.end].sent if not t.is_space]
    return bool(after) and after[0] in _DECISION_WORDS and bool({"väntas"} & set(after))


def in_refused_application(sent, token: int) -> bool:
    """Whether the actor starting at ``token`` is the one asked in an application the
    sentence (or the next, :func:`~samverkan.draft.relations.decisions.refused`) says was
    refused: after "från", "till" or "ur".

    >>> from samverkan.draft import nlp
    >>> doc = nlp.parse("Klubben sökte pengar från Fonden Ek men fick nej i maj.")
    >>> in_refused_application(next(doc.sents), 4)
    True
    >>> doc = nlp.parse("Klubben fick pengar från Fonden Ek i maj.")
    >>> in_refused_application(next(doc.sents), 3)
    False
    """
    doc = sent.doc
    if token <= sent.start or doc[token - 1].lower_ not in _ADDRESSEE:
        return False
    words = [t.lower_ for t in sent]
    # "Vi väntar på besked från X om ...": a decision waited for (round 99 of learning)
    if (
        doc[token - 1].lower_ == "från"
        and token >= 2
        and doc[token - 2].lower_ in _DECISION_WORDS
        and {"väntar", "väntas"} & set(words)
    ):
        return True
    if not _sought(words):
        return False
    if refused(sent) or _REFUSED_WORDS & set(words):
        return True
    # sought, and no decision yet: "har sökt pengar från X, men har ännu inte fått besked"
    granted = any(w.startswith("bevilja") for w in words) or (
        {"fick", "fått"} & set(words) and not _NEGATIONS & set(words)
    )
    if _pending(sent, words) and not granted:
        return True
    # "... men ansökan beviljades inte"
    return any(w.startswith("beviljad") for w in words) and bool(_NEGATIONS & set(words))


def _opening(sent) -> list:
    """The tokens of ``sent`` but spaces, from its first word after any list mark."""
    tokens = [t for t in sent if not t.is_space]
    while tokens and tokens[0].text in _LEADING:
        tokens = tokens[1:]
    return tokens


def in_bare_negation(sent, token: int) -> bool:
    """Whether the actor starting at ``token`` is the subject of a sentence that says it is
    not in the work, with no "men" telling what it does all the same.

    >>> from samverkan.draft import nlp
    >>> doc = nlp.parse("Länsbyrån är inte heller med.")
    >>> in_bare_negation(next(doc.sents), 0)
    True
    >>> doc = nlp.parse("Länsbyrån är inte part, men byråns lärare tipsar om kursen.")
    >>> in_bare_negation(next(doc.sents), 0)
    False
    """
    tokens = _opening(sent)
    if not tokens or tokens[0].i > token:
        return False
    words = [t.lower_ for t in tokens]
    if "men" in words:
        return False
    # the subject: the words up to the first verb of the frame (one or two bodies)
    verb = next((k for k, w in enumerate(words) if w in _NEGATED_VERBS), None)
    if verb is None or verb > 8 or tokens[verb].i <= token:
        return False
    if any(w in {",", ".", ":", ";"} for w in words[:verb]):
        return False
    if not _NEGATIONS & set(words[verb + 1 : verb + 4]):
        return False
    return not _help_after(sent)


def _help_after(sent) -> bool:
    """Whether the sentence after ``sent`` tells help all the same: "Myndighetens handläggare
    kommer ändå ...", "Men föreningen lånar ut ...", "... kan däremot tipsa ..."."""
    doc = sent.doc
    after = next(iter(doc[sent.end :].sents), None) if sent.end < len(doc) else None
    if after is None:
        return False
    later = [t.lower_ for t in after if not t.is_space]
    return bool(_HELP_AFTER & set(later)) or later[:1] == ["men"]


#: an invitation declined: "X har tackat nej till att delta", "X har tillfrågats men avböjt"
_DECLINED = {"avböjt", "avböjde", "avböjer", "avböjts"}


def in_declined_invitation(sent, token: int) -> bool:
    """Whether the actor starting at ``token`` opens a sentence that says it declined to
    take part: "X har bjudits in men har tackat nej till att delta", "X har tillfrågats om
    att delta men har avböjt". The keys give such a body no node when the page names it
    nowhere else (round 99 of learning); help told after it keeps the node, as after a bare
    negation ("X tackade nej. Men X:s handläggare tipsar ändå ...").

    >>> from samverkan.draft import nlp
    >>> doc = nlp.parse("Länsbyrån har tillfrågats om att delta men har avböjt.")
    >>> in_declined_invitation(next(doc.sents), 0)
    True
    >>> doc = nlp.parse("Länsbyrån tackade nej 2024 men är i dag part i projektet.")
    >>> in_declined_invitation(next(doc.sents), 0)
    False
    >>> doc = nlp.parse("Kommunen bjöd in Länsbyrån, som tackade nej.")
    >>> in_declined_invitation(next(doc.sents), 4)
    False
    """
    tokens = _opening(sent)
    if not tokens or tokens[0].i != token:
        return False
    words = [t.lower_ for t in tokens]
    declined = [
        k
        for k, w in enumerate(words)
        if w in _DECLINED or (w in {"tackat", "tackade"} and words[k + 1 : k + 2] == ["nej"])
    ]
    if not declined:
        return False
    # "X tackade nej 2024 men är i dag part": a "men" after the refusal takes it back
    if "men" in words[declined[-1] :]:
        return False
    return not _help_after(sent)


def _sentence_of(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    return span[0].sent, span.start


def drop_negated_actors(doc, draft, found) -> list[str]:
    """Remove from ``draft`` every body named only in a refused application or a bare
    negation (see the module docstring); return the IRIs removed."""
    from samverkan.draft.model import POST_CLASSES

    text = page_text(doc)
    related: set[str] = set()  # actors in a relation no sentence of theirs can frame
    in_relation: dict[str, list] = {}
    for relation in draft.relations:
        actors = {*relation.members, *relation.recipients, *relation.funded_items}
        if relation.funder:
            actors.add(relation.funder)
        for iri in actors:
            in_relation.setdefault(iri, []).append(relation)
    for actor in draft.actors.values():
        related.update(x for x in (actor.parent, actor.holder, *actor.holders) if x)
    related.update(actor for _count, _rel, actor in draft.counts if actor)
    starts: dict[str, set[tuple[int, int]]] = {}
    for start, (iri, end) in found.at_token.items():
        starts.setdefault(iri, set()).add((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
    dropped: list[str] = []
    gone: list[int] = []  # the fundings drafted from a refusal
    for iri, actor in list(draft.actors.items()):
        if (
            iri in related
            or iri == draft.publisher
            or iri in (found.page_org, found.page_region)
            or (found.page_board and iri == f"lansstyrelse/{found.page_board}")
            or iri.startswith("kommun/")
            or actor.cls in POST_CLASSES
            or actor.cls == "foaf:Person"
        ):
            continue
        mentions = set(actor.mentions) | starts.get(iri, set())
        label = actor.label_sv
        at = text.find(label) if label else -1
        while at >= 0:
            mentions.add((at, at + len(label)))
            at = text.find(label, at + 1)
        if not mentions:
            continue
        framed = []
        for start, end in mentions:
            sent, token = _sentence_of(doc, start, end)
            if sent is None or not (
                in_refused_application(sent, token)
                or in_bare_negation(sent, token)
                or in_declined_invitation(sent, token)
            ):
                break
            framed.append((sent.start_char, sent.end_char))
        else:
            # a relation drafted from another sentence keeps the body; one drafted from
            # the refusal itself ("sökte pengar från X men fick avslag") is no relation
            own = in_relation.get(iri, [])
            if any(not any(a <= r.span[0] and r.span[1] <= b for a, b in framed) for r in own):
                continue
            for relation in own:
                if relation.kind == "funding":
                    gone.append(id(relation))
                else:
                    relation.members.pop(iri, None)
            del draft.actors[iri]
            dropped.append(iri)
    if gone:
        kept = [n for n, r in enumerate(draft.relations) if id(r) not in gone]
        new_index = {old: new for new, old in enumerate(kept)}
        draft.relations = [draft.relations[n] for n in kept]
        draft.counts = [
            (count, new_index.get(rel) if rel is not None else None, who)
            for count, rel, who in draft.counts
        ]
    return dropped


_DETERMINERS = {
    "en",
    "ett",
    "den",
    "det",
    "dess",
    "deras",
    "sin",
    "sitt",
    "sina",
    "vår",
    "vårt",
    "våra",
    "er",
    "ert",
    "era",
    "min",
    "mitt",
    "mina",
    "din",
    "ditt",
    "dina",
    "varje",
    "någon",
    "ingen",
    "kommunens",
    "regionens",
    "skolans",
    # a count of staff is staff: "två arbetsmarknadskonsulenter", "tolv cirkelledare"
    "två",
    "tre",
    "fyra",
    "fem",
    "sex",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
    "flera",
    "några",
    "många",
}


def _bare(doc, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` are a bare noun: no article, owner or
    genitive before it ("behov av tolk", "pensionerade lärare"), no "för X" after it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    # inside a clause, after a lower-case word that is no article or owner
    if (
        before is None
        or not before.is_alpha
        or not before.text.islower()
        or before.lower_ in _DETERMINERS
        or before.lower_.endswith("s")
    ):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return not (after is not None and after.lower_ in {"för", "vid", "på", "i", "hos"})


def _tied(draft, held_or_counted: bool = False) -> set[str]:
    """The actors a drafted relation names (members, recipients, funded items, funders) and
    the parents of drafted actors: those keep their node whatever their mentions say; with
    ``held_or_counted`` also the holders of posts and the actors a count is attached to."""
    tied: set[str] = set()
    for relation in draft.relations:
        tied.update(relation.members)
        tied.update(relation.recipients)
        tied.update(relation.funded_items)
        if relation.funder:
            tied.add(relation.funder)
    for actor in draft.actors.values():
        extra = (actor.holder, *actor.holders) if held_or_counted else ()
        tied.update(x for x in (actor.parent, *extra) if x)
    if held_or_counted:
        tied.update(actor for _count, _rel, actor in draft.counts if actor)
    return tied


def drop_bare_posts(doc, draft) -> list[str]:
    """Remove the posts without a holder named only by a bare word ("tolk", "lärare")."""
    from samverkan.draft.model import POST_CLASSES

    related = _tied(draft)
    dropped = []
    for iri, actor in list(draft.actors.items()):
        if (
            actor.cls not in POST_CLASSES
            or actor.holder
            or actor.holders
            or iri in related
            or " " in actor.label_sv
            or not actor.mentions
        ):
            continue
        if all(
            page_text(doc)[s:e].lower() == actor.label_sv.lower() and _bare(doc, s, e)
            for s, e in actor.mentions
        ):
            del draft.actors[iri]
            dropped.append(iri)
    return dropped


#: what a body "is not" in the work, after "inte" ("är inte part", "inte heller medlem")
_PARTY_WORDS = {"part", "parter", "medlem", "medlemmar", "ledamot", "med", "delaktig"}


def _denies_a_party(sent) -> bool:
    """Whether ``sent`` says a body is not in the work: "inte" or "ej" and, within three
    words after it, "part", "medlem", "ledamot" or "med" ("X är inte heller part i Y").

    >>> from samverkan.draft import nlp
    >>> _denies_a_party(next(nlp.parse("Skolan är inte heller part i projektet.").sents))
    True
    >>> _denies_a_party(next(nlp.parse("Skolan är part men betalar inte.").sents))
    False
    """
    words = [t.lower_ for t in sent if not t.is_space]
    return any(
        w in _NEGATIONS and _PARTY_WORDS & set(words[k + 1 : k + 4]) for k, w in enumerate(words)
    )


def drop_non_party_staff(doc, draft) -> list[str]:
    """Remove the posts without a holder named only as the staff of a body the page says is
    not in the work: every mention in a sentence that denies a party, or in the sentence
    right after one ("X är inte part i Y, men myndighetens handläggare tipsar ändå ...";
    "Enheten är inte part. Enhetens samhällsvägledare kommer ändå ..."). Such staff help
    the work without being a node of it; a post in a relation keeps its node."""
    from samverkan.draft.model import POST_CLASSES

    related = _tied(draft)
    dropped = []
    for iri, actor in list(draft.actors.items()):
        if (
            actor.cls not in POST_CLASSES
            or actor.holder
            or actor.holders
            or iri in related
            or not actor.mentions
        ):
            continue
        framed = True
        for start, end in actor.mentions:
            sent, _token = _sentence_of(doc, start, end)
            if sent is None:
                framed = False
                break
            before = doc[sent.start - 1].sent if sent.start > 0 else None
            if not (_denies_a_party(sent) or (before is not None and _denies_a_party(before))):
                framed = False
                break
        if framed:
            del draft.actors[iri]
            dropped.append(iri)
    return dropped


def _opens_a_sentence(doc, start: int, end: int) -> bool:
    sent, token = _sentence_of(doc, start, end)
    if sent is None:
        return False
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.i == token


def drop_loose_groups(doc, draft) -> list[str]:
    """Remove the groups of a town's people ("föreningslivet i Eda", "volontärer i Ljusdal")
    that no relation drafted ties to the work: a page names them in passing ("öppna
    dörren till föreningslivet", "föreningen rekryterar volontärer"), and the keys give
    such a group a node only as a member, funder or recipient (over folders 7-121, 4 of
    the 105 groups drafted were right, 3 of them in a relation). A group that opens a
    sentence as its subject ("Föreningslivet hade kapacitet men ...") keeps its node: the
    page tells what it does. So does every group on a learning example (SKR's account
    of a municipality's work with its civil society, ``page_kind`` "larande-exempel"),
    whose keys make the town's associational life a party of the work."""
    if draft.page_kind == "larande-exempel":
        return []
    related = _tied(draft, held_or_counted=True)
    dropped = []
    for iri, actor in list(draft.actors.items()):
        if (
            actor.cls == "sam:CivilSocietyGroup"
            and "/grupp/" in iri
            and iri not in related
            and not any(_opens_a_sentence(doc, s, e) for s, e in actor.mentions)
        ):
            del draft.actors[iri]
            dropped.append(iri)
    return dropped


_PLACE_WORDS = {"på", "i", "till", "från", "vid"}


def _as_a_place(doc, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` name a place: after "på", "i", "till",
    "från" or "vid", with no ", som ..." after them telling what it does, in a sentence
    that lends no room of it ("upplåter", "lånar ut", "till förfogande")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.start == 0:
        return False
    if doc[span.start - 1].lower_ not in _PLACE_WORDS:
        return False
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after == [",", "som"]:
        return False
    # a room of the library lent to the work ("upplåter lokalen i biblioteket"): a host
    words = [t.lower_ for t in span.sent]
    return not (
        any(w.startswith("upplåt") or w == "förfogande" for w in words)
        or ("ut" in words and any(w.startswith("lån") for w in words))
    )


def drop_library_venues(doc, draft) -> list[str]:
    """Remove a municipality's library named only as where things happen ("träffarna
    hålls på biblioteket", "anmäl dig på biblioteket", "caféet flyttade till
    biblioteket"): a venue, not a body of the work. A library in a relation, the parent of
    another actor, or named once as a body that acts ("Biblioteket lånar ut ...",
    "på Stadsbiblioteket, som upplåter lokaler") keeps its node."""
    related = _tied(draft, held_or_counted=True)
    dropped = []
    for iri, actor in list(draft.actors.items()):
        parts = iri.split("/")
        if (
            len(parts) != 3
            or parts[0] != "kommun"
            or not parts[2].endswith("biblioteket")
            or iri in related
            or iri == draft.publisher
            or not actor.mentions
        ):
            continue
        if all(_as_a_place(doc, s, e) for s, e in actor.mentions):
            del draft.actors[iri]
            dropped.append(iri)
    return dropped
