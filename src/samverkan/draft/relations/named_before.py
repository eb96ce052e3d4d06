"""Actors a sentence points back to: "enheten", "projektet", "kommunen", "de".

The helpers find the one unit, department, company, association or municipality named
before that a word of a later sentence means, and the subjects of a verb of funding.
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.words import (
    _ANAPHORA,
    _BEFORE_VERB,
    _FUNDER_CLASSES,
    _LINKS,
    _POSTS,
    _RUN,
    _UNITS,
)

# words that name again the one actor of a kind named just before (its label's ending, or
# its class for companies)
_BACK_WORDS = {
    "enheten": {"enheten", "enhetens"},
    "förvaltningen": {"förvaltningen", "förvaltningens"},
    "nämnden": {"nämnden", "nämndens"},
    "bolag": {"bolaget", "bolagets", "företaget", "företagets"},
    "klubb": {"klubben", "klubbens"},
    # "Biblioteket hör till ...", "i samarbete med biblioteket": the library named before
    "bibliotek": {"biblioteket", "bibliotekets"},
}


# what makes an association's name a sports club's: "IK Björkby", "Orsa Simklubb"
_CLUBS = {"IK", "IFK", "IF", "BK", "FF", "SK", "GoIF", "BoIS", "AIK", "AIF", "FK", "GIF", "IBK"}


def _club(actor) -> bool:
    words = actor.label_sv.split()
    return actor.cls == "sam:CivilSocietyOrganization" and (
        bool(_CLUBS & set(words)) or words[-1].lower().endswith(("klubb", "klubben"))
    )


def _one_named_before(sent, found: Found, kind: str) -> str | None:
    """The one actor of ``kind`` named in this sentence before the word or in the sentence
    before ("Etableringsenheten är din första kontakt. Enheten tillhör ..."); the committee
    whose minutes the page is for "nämnden", the one club the page names for "klubben"; None
    where there are none or several.
    """
    doc = sent.doc
    first = sent.start - 1
    begin = doc[first].sent.start if first >= 0 else sent.start
    seen = set()
    for _start, (iri, _end) in found.at_token.between(begin, sent.end):
        actor = found.actors[iri]
        if kind == "bolag":
            hit = actor.cls in {"sam:PrivateCompany", "sam:MunicipalCompany"}
        elif kind == "klubb":
            hit = _club(actor)
        elif kind == "bibliotek":
            hit = _library(actor, found)
        else:
            # "kommunens integrationsenhet" is labelled as written: "Enheten" is it too
            label = actor.label_sv.lower()
            hit = actor.cls in _UNITS and (label.endswith(kind) or f"{label}en".endswith(kind))
        if hit and "/tjanst/" not in iri:
            seen.add(iri)
    if len(seen) == 1:
        return seen.pop()
    if kind == "nämnden" and not seen:
        return found.page_body
    clubs = [iri for iri, actor in found.actors.items() if _club(actor)]
    if kind == "klubb" and not seen and len(clubs) == 1:
        return clubs[0]  # "Klubben har fått ...": the one club the page names
    libraries = [iri for iri, actor in found.actors.items() if _library(actor, found)]
    if kind == "bibliotek" and not seen and len(libraries) == 1:
        return libraries[0]  # "Biblioteket är en del av ...": the page's one library
    return None


def _library(actor, found: Found) -> bool:
    """Whether ``actor`` is a library of the page's own municipality ("stadsbiblioteket",
    "Åtvidabergs bibliotek"; not a neighbour's "Kinda bibliotek")."""
    label = actor.label_sv.lower()
    own = f"kommun/{found.page_code}/" if found.page_code else "kommun/"
    return (
        actor.cls in _UNITS
        and label.endswith(("bibliotek", "biblioteket"))
        and actor.iri.startswith(own)
    )


# a collaboration named by what it is: "finansierar partnerskapet med ..."
_COLLABORATION_NOUNS = {"partnerskapet", "samarbetet", "nätverket"}


def _recipients_named_before(
    contribution: Relation, sent, relations: list[Relation], found: Found
) -> list[str]:
    """Who receives money a body gives without naming them in its sentence.

    "Region X går in med 200 000 kronor till projektets hälsoskola": the recipients of the one
    grant to a project stated in the two sentences before. "Socialnämnden bidrar med 1 200 000
    kronor per år" in a partnership it is a party of: the other parties, those outside its own
    municipality (the associations of an IOP). Where more than one candidate is named, none
    (the same parties named twice are one).
    """
    funder = contribution.funder or ""
    words = {t.lower_ for t in sent}
    if any(w.startswith("projekt") for w in words):
        window = sent.start_char - 400
        grants = [
            r
            for r in relations
            if r.kind == "funding"
            and r is not contribution
            and r.recipients
            and window <= r.span[0] < sent.start_char
        ]
        if len(grants) == 1:
            return [x for x in grants[0].recipients if x != funder]
        return []
    own = funder.split("/")[0] + "/" + funder.split("/")[1] if funder.count("/") else funder
    groups = [r for r in relations if r.kind == "collaboration" and funder in r.members]
    if not groups:
        # a unit of a municipality that is a party of the one partnership the sentences just
        # before name: "Kommunen har ett IOP med X. ... Socialnämnden finansierar
        # partnerskapet med ..."
        text = page_text(sent.doc)
        stems = {w[:-2] for w in words if w in _COLLABORATION_NOUNS}
        groups = [
            r
            for r in relations
            if r.kind == "collaboration"
            and own in r.members
            and sent.start_char - 400 <= r.span[0] < sent.start_char
            and any(stem in text[r.span[0] : r.span[1]].lower() for stem in stems)
        ]
    # the same parties drafted twice (told in the summary, and again in the decision "att
    # ingå partnerskap med ..."): one candidate
    if len({frozenset(r.members) for r in groups}) != 1:
        return []
    return [
        m
        for m in groups[0].members
        if m != funder
        and not (m == own or m.startswith(own + "/"))
        and found.actors[m].cls not in _POSTS | {"foaf:Person"}
    ]


def _subjects_before(sent, found: Found, present, verb: int, kinds) -> list[tuple[str, int]]:
    """The coordinated actors just before a verb: "Kristianstads Sparbank och Skåneidrotten
    bekostar ..." gives both; the chain stops at any other word."""
    doc = sent.doc
    out: list[tuple[str, int]] = []
    k = verb
    for iri, i in sorted(present, key=lambda pair: -pair[1]):
        if i >= verb:
            continue
        end = found.at_token.get(i, ("", i + 1))[1]
        between = {doc[j].lower_ for j in range(end, k)}
        if k == verb and end != verb:
            if not between <= _BEFORE_VERB:
                break
        elif k != verb and not (between and between <= _LINKS):
            break
        if kinds[iri] in _FUNDER_CLASSES | {"sam:PrivateCompany", "sam:MunicipalCompany"}:
            out.insert(0, (iri, i))
        k = i
    return out or _subject_after(sent, found, present, verb, kinds)


def _subject_after(sent, found: Found, present, verb: int, kinds) -> list[tuple[str, int]]:
    """The subject after a verb that an adverbial opens the sentence with ("Enligt avtalet
    betalar A B för varje plats", "I år beviljar A B 200 000 kronor"): the actor right after
    the verb when a second actor follows it at once (the one paid), else none."""
    if verb == sent.start or verb + 1 not in found.at_token:
        return []
    iri, end = found.at_token[verb + 1]
    follows = end in found.at_token and found.at_token[end][0] != iri
    if not follows or kinds.get(iri) not in _FUNDER_CLASSES | {"sam:MunicipalCompany"}:
        return []
    return [(iri, verb + 1)]


def _association_before(sent, found: Found) -> str | None:
    """What "föreningen" in a sentence refers to: the page's own association, else the
    association the text named last before the sentence (in the sentence or the one before)."""
    if found.page_org:
        return found.page_org
    before = [
        (start, iri)
        for start, (iri, _end) in found.at_token.between(sent.start - 59, sent.start)
        if found.actors[iri].cls == "sam:CivilSocietyOrganization"
    ]
    return max(before)[1] if before else None


def _joins_as_partner(lowers: list[str]) -> bool:
    """ "X följer projektet som forskningspartner": a partner word and the project named.

    >>> _joins_as_partner("lunds universitet följer projektet som forskningspartner".split())
    True
    >>> _joins_as_partner("hon är forskningspartner".split())
    False
    """
    return any(w.endswith(("partner", "partners")) for w in lowers) and any(
        w in _ANAPHORA for w in lowers
    )


# "medarrangör", "medarrangörer", "samarrangör", "medarrangerar": arranges with the others
_CO_ARRANGER = ("medarrang", "samarrang")


def _co_arranges(lowers: list[str]) -> bool:
    """ "Medarrangör i år är X", "Sedan hösten är även X medarrangör": X arranges what the
    paragraph described, with those who arrange it (denials are read by the caller).

    >>> _co_arranges("medarrangör i år är abf , som också leder ett seminarium".split())
    True
    >>> _co_arranges("abf leder ett seminarium".split())
    False
    """
    return any(w.startswith(_CO_ARRANGER) for w in lowers)


def _municipality_of(sent, found: Found) -> str | None:
    """The municipality this sentence names, else the one before it names."""
    start = sent.start
    if start in found.sentence_muni:
        return f"kommun/{found.sentence_muni[start]}"
    starts = [s for s in found.sentence_muni if s < start]
    if starts and start - max(starts) < 60:
        return f"kommun/{found.sentence_muni[max(starts)]}"
    return None


_OWNED_UNITS = {"sam:MunicipalUnit", "sam:Department"}


def _runner(sent, found: Found, present: list[tuple[str, int]]) -> str | None:
    """Who runs what a sentence is about: "driver Föreningen X", "X driver", "drivs av X"."""
    doc = sent.doc
    for k in range(sent.start, sent.end):
        # "Kursen ordnas av X" (not "ordnas tillsammans med X": the one named is a partner;
        # round 48 of learning)
        run = doc[k].lower_ in _RUN or (
            doc[k].lower_ == "ordnas" and k + 1 < len(doc) and doc[k + 1].lower_ == "av"
        )
        if run and present:
            nearest = min(present, key=lambda pair: abs(pair[1] - k))
            end = found.at_token.get(nearest[1], ("", nearest[1] + 1))[1]
            owned = [iri for iri, i in present if i == end and doc[end - 1].lower_.endswith("s")]
            if owned and found.actors[owned[0]].cls in _OWNED_UNITS:
                # "drivs av socialförvaltningens arbetsmarknadsenhet": the unit after its
                # owner in the genitive runs it (round 48 of learning)
                nearest = (owned[0], end)
            if abs(nearest[1] - k) <= 4 and found.actors[nearest[0]].cls != "foaf:Person":
                return nearest[0]
    return None


def _anaphoric(sent) -> bool:
    """Whether a sentence opens with a word that points back ("Arbetet leds av ...")."""
    words = [t.lower_ for t in sent if t.is_alpha][:1]
    return bool(words) and words[0] in _ANAPHORA


def _scheme(lowers: list[str], funder_cls: str) -> str | None:
    if funder_cls == "sam:EUFund":
        return "esf"
    if any("37a" in w for w in lowers):
        return "paragraf-37a"
    if any(w in {"utvecklingsmedel", "projektmedel"} for w in lowers):
        return "utvecklingsmedel"
    if "kommunala" in lowers and "medel" in lowers:
        return "kommunala-medel"
    return None


def _collaboration_name(sent) -> str | None:
    for token in sent:
        word = token.lower_
        if word.endswith(("nätverket", "projektet", "arbetsgruppen", "samverkansorganet")) and len(
            word
        ) > len("projektet"):
            return word
    return None


def _only_of_kind(found: Found, cls: str, prefix: str = "") -> str | None:
    """The one body of class ``cls`` (whose name opens with ``prefix``) the page names, the
    body "regionen" or "studieförbundet" stands for ("Regionen bidrar med 300 000 kronor till
    X", "Studieförbundet får 60 000 kronor från nämnden"), or None when there are more or none
    (round 103 of learning: the fundings of rounds 156-175 missed these).

    >>> from samverkan.draft.model import Actor
    >>> found = Found(actors={"region/20": Actor("region/20", "sam:Region", "Region Dalarna", ""),
    ...                       "kommun/2062": Actor("kommun/2062", "sam:Municipality", "Mora", "")})
    >>> _only_of_kind(found, "sam:Region")
    'region/20'
    """
    iris = [
        iri
        for iri, a in found.actors.items()
        if a.cls == cls and a.label_sv.lower().startswith(prefix)
    ]
    return iris[0] if len(iris) == 1 else None
