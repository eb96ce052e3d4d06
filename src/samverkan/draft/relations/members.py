"""Member lists: the parties of a collaboration listed in lines, bullets and tables.

"I rådet ingår:", "tre föreningar:", a table with a column of members: the actors listed
after such a cue are the members of the collaboration named with it.
"""

from __future__ import annotations

import itertools
import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.quantities import NUMBER_WORDS
from samverkan.draft.relations.main_collaboration import _leavers
from samverkan.draft.relations.words import (
    _BULLETS,
    _GROUPS,
    _NUMBERS,
    _RECIPIENTS,
    _UNITS,
    _actors_in,
)


def _units_for_their_municipality(members: dict[str, str], found: Found) -> None:
    """A municipality named with its own unit among ``members``: the unit is the party."""
    for member in list(members):
        if found.actors[member].cls == "sam:Municipality" and any(
            m.startswith(member + "/") and found.actors[m].cls in _UNITS for m in members
        ):
            del members[member]


# a line that announces a list of members: "I rådet ingår", "Styrgruppen består av:"
_LIST_CUES = {"ingår", "sitter", "medverkar", "deltar", "medlemmar", "parter", "partner"}
# "I Mälarstegen samarbetar:", "I projektet samverkar:", "Under 2025 ingick:" over the list of
# those who work together in the work named (round 89 of learning)
_LIST_CUES |= {"samarbetar", "samverkar", "samarbetade", "samverkade", "ingick"}


_MEMBER_CLASSES = _RECIPIENTS | {"sam:MunicipalAssociation", "sam:CountyAdministrativeBoard"}
# the parties a table of one partner a row names in its first cell: companies too
_ROW_PARTIES = _MEMBER_CLASSES | {"sam:PrivateCompany"}


_PEOPLE = {"foaf:Person", "org:Post", "sam:CoordinatorPost"}


def _opens_a_list(words: list[str]) -> bool:
    """ "Parterna i partnerskapet är socialnämnden och": a line naming the parties that a list
    of bullets goes on (the line's own actors are parties too)."""
    return words[-1] in {"och", "samt"} and any(
        w.startswith(("parter", "partner", "medlemmar")) for w in words
    )


# "fyra idéburna organisationer:", "tre föreningar:": a line announcing a number of bodies
# "Projektet har tre parter utöver studieförbundet:" (round 48 of learning)
_COUNTED_BODIES = (
    "organisationer",
    "föreningar",
    "aktörer",
    "församlingar",
    "studieförbund",
    "parter",
    "partner",
    # "ett samarbete mellan skolan och tre arbetsgivare:", "tillsammans med två företag:":
    # employers and companies counted over a list of them (round 66 of learning)
    "arbetsgivare",
    "företag",
)


def _counted_list(sent) -> int | None:
    """The index in ``sent`` of the number of a line that ends with a colon after a number
    of organisations ("Tre idrottsföreningar är också med från start:", "Bakom det står
    kommunens enhet ... och tre föreningar:"), or None."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens or tokens[-1].text != ":":
        return None
    for k, t in enumerate(tokens[:-1]):
        if t.lower_ in _NUMBERS or t.like_num:
            after = tokens[k + 1 : k + 3]
            if any(w.lower_.endswith(_COUNTED_BODIES) for w in after):
                return t.i - sent.start
    return None


_MANY = {"flera", "olika", "många"}
_MANY_BODIES = ("organisationer", "myndigheter", "aktörer", "verksamheter")


def _many_bodies(sents: list, k: int) -> bool:
    """Whether ``sents[k]`` ends with a colon and it or the sentence before says that several
    bodies are there ("På mottagningen möter du personal från flera organisationer. Så här
    ser veckan ut:"): the lines after it name one body each.
    """
    tokens = [t for t in sents[k] if not t.is_space]
    if not tokens or tokens[-1].text != ":":
        return False
    before = next((s for s in reversed(sents[:k]) if s.text.strip()), None)
    words = [t.lower_ for s in (before, sents[k]) if s is not None for t in s]
    return any(w in _MANY and n.endswith(_MANY_BODIES) for w, n in itertools.pairwise(words))


def _named_before(sent, found: Found, number: int) -> dict[str, str]:
    r"""The parties named in a counted list's line before "och NUMBER" ("tecknad mellan
    Köpings kommun, genom socialnämnden ..., och fyra idéburna organisationer:"); those
    after "genom" up to the next comma act for a party and are none. So are those named
    before "tillsammans med NUMBER" ("X drivs av integrationsenheten tillsammans med tre
    föreningar:": the one that runs it with those listed; round 56 of learning).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Mora kommun > Nätverk\n\nBryggan drivs av fritidsenheten tillsammans "
    ...             "med tre föreningar:\n- ABF\n")
    >>> found = find_actors(doc, Index())
    >>> sent = [s for s in doc.sents if "drivs" in s.text][0]
    >>> list(_named_before(sent, found, _counted_list(sent)))
    ['kommun/2062/fritidsenheten']
    """
    if number < 1:
        return {}
    cut = number if sent[number - 1].lower_ in {"och", "samt"} else None
    words = [t.lower_ for t in sent[max(0, number - 3) : number]]
    for cue in _TOGETHER_CUES:
        if cut is None and words[-len(cue) :] == cue:
            cut = number - len(cue)
            if _NEGATIONS & {t.lower_ for t in sent[:cut]}:
                return {}
    if cut is None:
        return {}
    out: dict[str, str] = {}
    for iri, i in _actors_in(sent, found):
        if i >= sent.start + cut or found.actors[iri].cls not in _MEMBER_CLASSES:
            continue
        before = [t.lower_ for t in sent.doc[sent.start : i]]
        comma = max((k for k, w in enumerate(before) if w == ","), default=-1)
        # "A, genom socialnämnden,": acts for A; "A, som hör till förvaltningen X,": what A
        # belongs to, no party (round 58 of learning: the end of the line was once read
        # from the last comma before the first party, so only the first party counted)
        if "genom" in before[comma + 1 :] or before[comma + 1 : comma + 2] == ["som"]:
            continue
        out[iri] = "part"
    _units_for_their_municipality(out, found)
    return out


_BESIDES = {"utöver", "förutom"}


def _besides(sent, found: Found) -> list[str]:
    r"""The one body a counted list's line names as a party beside those listed ("Projektet
    har tre parter utöver studieförbundet:", "... förutom Röda Korset:"): an actor right
    after "utöver" or "förutom", or the one actor whose name holds the definite word there
    (round 48 of learning).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Studieförbundet Dalaljus driver kursen. Kursen har två parter utöver "
    ...             "studieförbundet:\n- Röda Korset\n- ABF\n")
    >>> found = find_actors(doc, Index())
    >>> [_besides(s, found) for s in doc.sents][:2]
    [[], ['org/studieforbundet-dalaljus']]
    """
    tokens = [t for t in sent if not t.is_space]
    at = next((t.i for t in tokens if t.lower_ in _BESIDES), None)
    if at is None or at + 1 >= sent.end:
        return []
    named = [iri for iri, i in _actors_in(sent, found) if i == at + 1]
    if named:
        return named[:1] if found.actors[named[0]].cls in _ROW_PARTIES else []
    word = sent.doc[at + 1].lower_
    if not sent.doc[at + 1].is_lower or not word.endswith(("et", "en")):
        return []
    bodies = [
        iri
        for iri, actor in found.actors.items()
        if actor.cls in _ROW_PARTIES and word in actor.label_sv.lower().split()
    ]
    return bodies if len(bodies) == 1 else []


def _parties_said_before(sents: list, k: int, found: Found) -> dict[str, str]:
    """The parties named in the sentence before a counted list when that sentence says who
    the parties are ("Parter är Mora kommun, genom socialnämnden, och de föreningar som har
    skrivit under. Det är fyra föreningar:"): the list gives the rest of them. Those after
    "genom" up to the next comma act for a party and are none."""
    before = next((s for s in reversed(sents[:k]) if s.text.strip()), None)
    if before is None:
        return {}
    words = [t.lower_ for t in before]
    if not any(w.startswith(("parter", "parterna", "medlemmar")) for w in words):
        return {}
    out: dict[str, str] = {}
    for iri, i in _actors_in(before, found):
        if found.actors[iri].cls not in _MEMBER_CLASSES:
            continue
        ahead = [t.lower_ for t in before.doc[before.start : i]]
        cut = max((n for n, w in enumerate(ahead) if w == ","), default=-1)
        if "genom" not in ahead[cut + 1 :]:
            out[iri] = "part"
    return out


_PARTNER_WORDS = ("partner", "parter", "samarbetspartner", "samverkanspartner", "medlemmar")


def _partners_line(sent) -> bool:
    """A line ending with a colon that says its list is of partners, wherever the word stands
    ("Partner under hela projektperioden har varit:", "Medlemmar sedan 2024 är:",
    "Nätverkets medlemmar efter årsmötet:")."""
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) > 12 or len(tokens) < 2 or not tokens[-1].text.endswith(":"):  # "):"
        return False
    if tokens[0].lower_.startswith(_PARTNER_WORDS):
        return True
    # "Nätverkets medlemmar efter årsmötet (bilaga 2):", "Projektets parter 2026:": the
    # members of the body named in the genitive, whatever qualifies them before the colon
    first, second = tokens[0].lower_, tokens[1].lower_
    return first.endswith("s") and first.isalpha() and second.startswith(_PARTNER_WORDS)


def _other_partners_line(sent) -> bool:
    """A short line ending with a colon over the other parties of the work it names, told
    after its owner or lead: "Övriga parter i Skärljuset:", "Andra partner i nätverket:"
    (round 89 of learning).

    >>> from samverkan.draft.nlp import parse
    >>> [_other_partners_line(s) for s in parse("Övriga parter i Mentorsbron:").sents]
    [True]
    >>> [_other_partners_line(s) for s in parse("Övriga frågor:").sents]
    [False]
    """
    tokens = [t for t in sent if not t.is_space]
    return (
        2 <= len(tokens) <= 8
        and tokens[-1].text == ":"
        and tokens[0].lower_ in _OTHERS
        and tokens[1].lower_.startswith(_PARTNER_WORDS)
    )


def _row_or_name_line(line, words: list, found: Found) -> bool | None:
    """Whether a line under a list's cue is a table row whose first cell is an actor
    ("Vännäs IK | Vännäs kommun | fotboll") or a short line that is an actor's name alone
    ("Vännäs IK"); None if it is neither. A Markdown row opens with its bar ("| Vännäs IK |
    2 |", round 55 of learning)."""
    if len(words) > 1 and words[0].text == "|":
        words = words[1:]
    first = words[0].i
    if first not in found.at_token:
        return None
    _iri, end = found.at_token[first]
    rest = [t for t in words if t.i >= end]
    if not rest or rest[0].text == "|" or all(t.is_punct for t in rest):
        return True
    return None


def _table_header(words: list, found: Found) -> bool:
    """A table's header line: cells of words, no actor."""
    return any(t.text == "|" for t in words) and not any(t.i in found.at_token for t in words)


def _lettered(words) -> bool:
    """Whether a line is an item of a lettered or numbered list: "a) Mora kommun,", "2)".

    >>> from samverkan.draft.nlp import parse
    >>> [_lettered(list(s)) for s in parse("b) Orsa kommun,").sents]
    [True]
    """
    return (
        len(words) > 2
        and words[1].text == ")"
        and len(words[0].text) <= 2
        and (words[0].is_lower or words[0].is_digit)
    )


# a heading that asks who takes part: "Vilka är med?", "Vem deltar i projektet?"
_WHO = {"vilka", "vem"}
_TAKE_PART = {"med", "deltar", "ingår", "medverkar", "samverkar", "samarbetar"}


def _who_takes_part(sent, words: list[str]) -> bool:
    """A heading line that asks who takes part ("Vilka är med?", "Vilka samverkar vi
    med?", "Vem deltar i nätverket?"): the bullets under it are the parties (not an
    interviewer's "Vilka samarbetar du mest med?", whose answers are dashed too)."""
    tokens = [t for t in sent if not t.is_space]
    return (
        len(words) <= 8
        and words[0] in _WHO
        and tokens[-1].text == "?"
        and bool(_TAKE_PART & set(words[1:]))
        and not {"du", "ni", "dig", "er"} & set(words)  # an interviewer's question
    )


# the verbs of paying: a cue line that says who pays ("Projektet finansieras av flera
# parter:", "Kostnaderna betalas av dessa parter:") announces funders, no parties (round 33
# of learning)
_PAYING = ("finansier", "delfinansier", "medfinansier", "betalas", "betalar", "bekostas")


# the words that say the bodies of a list signed or work with the page's own: "Avtalet
# undertecknas av:", "Vi samarbetar med följande föreningar:" (round 34 of learning)
_SIGNING = ("underteckn", "tecknas", "tecknades", "tecknats")
_WORKING_WITH = {"samarbetar", "samverkar", "samarbetat", "samverkat"}


def _named_by_colon(sent) -> str | None:
    """What a line ending with a colon says of the bodies listed under it, one a line:
    "sign" when they sign an agreement ("Överenskommelsen undertecknas av:", "Avtalet har
    tecknats av följande parter:"), "with" when the line's subject works with them ("Vi
    samarbetar med flera föreningar som står för cirkelledarna:"); else None.

    >>> from samverkan.draft.nlp import parse
    >>> [_named_by_colon(s) for s in parse("Avtalet undertecknas av:").sents]
    ['sign']
    >>> [_named_by_colon(s) for s in parse("Vi samarbetar med tre föreningar:").sents]
    ['with']
    >>> [_named_by_colon(s) for s in parse("Vi samarbetar med ABF.").sents]
    [None]
    """
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) < 3 or len(tokens) > 30 or tokens[-1].text != ":":
        return None
    words = [t.lower_ for t in tokens if t.is_alpha]
    if any(w.startswith(_SIGNING) for w in words) and "av" in words:
        return "sign"
    if any(w in _WORKING_WITH and n == "med" for w, n in itertools.pairwise(words)):
        return "with"
    if _with_at_the_end(words) or _with_a_quantity(words):
        return "with"
    return None


# the words that end a line over a list of those a work is done with: "I år ordnas
# aktiviteterna tillsammans med:", "Kursen ges i samarbete med:" (round 43 of learning)
_TOGETHER_CUES = (["tillsammans", "med"], ["i", "samarbete", "med"], ["i", "samverkan", "med"])


def _with_at_the_end(words: list[str]) -> bool:
    """Whether a cue's words end with "tillsammans med", "i samarbete med" or "i samverkan
    med" (right before its colon), and say nothing against it.

    >>> _with_at_the_end("i år ordnas aktiviteterna tillsammans med".split())
    True
    >>> _with_at_the_end("tillsammans med abf har vi tagit fram".split())
    False
    """
    return any(words[-len(cue) :] == cue for cue in _TOGETHER_CUES) and not (
        _NEGATIONS & set(words)
    )


def _unit_after_its_owner(doc, listed: list[tuple[str, int]], found: Found) -> list:
    """``listed`` without its first body when that body stands in the genitive right before
    a unit ("Munkedals kommuns arbetsmarknadsenhet", "Region Skånes kulturförvaltning"):
    the line names the unit, not its owner."""
    if len(listed) < 2:
        return listed
    (_first, i), (second, j) = listed[0], listed[1]
    if found.actors[second].cls not in _UNITS or not 0 < j - i <= 4:
        return listed
    between = doc[i:j]
    if any(t.is_punct for t in between) or not doc[j - 1].lower_.endswith("s"):
        return listed
    return listed[1:]


# the words by which "tillsammans med" names a number of bodies, not one body, when the
# bodies follow under the line: "tillsammans med flera andra:", "i samarbete med tre
# arbetsgivare, som tar emot praktikanter:" (round 46 of learning)
_QUANTITIES = {
    *_NUMBERS,
    *NUMBER_WORDS,
    "flera",
    "följande",
    "några",
    "dessa",
    "olika",
    "många",
    "ett",
    "en",
}


def _with_a_quantity(words: list[str]) -> bool:
    """Whether a cue ending with a colon says the work is done "tillsammans med" (or "i
    samarbete med", "i samverkan med") a number of bodies it does not name, which the lines
    under it then name: "Projektet görs tillsammans med flera andra:", "Skolan planerar
    kursen tillsammans med tre arbetsgivare, som tar emot eleverna:".

    >>> _with_a_quantity("projektet görs tillsammans med flera andra".split())
    True
    >>> _with_a_quantity("tillsammans med abf har vi tagit fram tips".split())
    False
    >>> _with_a_quantity("vi gör det inte tillsammans med några andra".split())
    False
    """
    if _NEGATIONS & set(words):
        return False
    return any(
        words[k : k + len(cue)] == cue
        and words[k + len(cue) : k + len(cue) + 1] != []
        and words[k + len(cue)] in _QUANTITIES
        for k in range(len(words))
        for cue in _TOGETHER_CUES
    )


def _with_word(sent) -> int:
    """The index of the token that opens what a "with" cue says the work is done with
    ("samarbetar", "tillsammans", "i samarbete")."""
    tokens = list(sent)
    for k, t in enumerate(tokens):
        if t.lower_ in _WORKING_WITH:
            return t.i
        after = [u.lower_ for u in tokens[k : k + 3]]
        if any(after[: len(cue)] == cue for cue in _TOGETHER_CUES):
            return t.i
    return sent.end


# the first word of a heading, alone on its line, over a list of those who take part:
# "Närvarande", "Deltagare", "Samarbetsparter i de tre kommunerna" (round 35 of learning)
_PRESENT = {"närvarande", "närvarade", "deltagare"}
# the heading of those present at a meeting, over lines of their own with no bullets
_ATTENDING = {"närvarande", "närvarade"}
_PARTNER_HEADS = ("samarbetspart", "samverkanspart", "partner", "parter")


def _heading_of_those_taking_part(sent) -> bool:
    """A heading line with no closing mark that names those present at a meeting or the
    partners of a work ("Närvarande", "Närvarande ledamöter", "Samarbetsparter i länet"):
    the bullets under it, under sub-headings or not, name the members.

    >>> from samverkan.draft.nlp import parse
    >>> lines = parse("Närvarande\\n\\nFrån kommunen:").sents
    >>> [_heading_of_those_taking_part(s) for s in lines if s.text.strip()]
    [True, False]
    >>> [_heading_of_those_taking_part(s) for s in parse("Deltagarna trivdes.").sents]
    [False]
    """
    tokens = [t for t in sent if not t.is_space]
    if not tokens or len(tokens) > 6 or not all(t.is_alpha for t in tokens):
        return False
    doc = sent.doc
    end = tokens[-1].idx + len(tokens[-1].text)
    if page_text(doc)[end : end + 1] not in {"", "\n"}:
        return False  # a heading stands alone on its line
    first = tokens[0].lower_
    return first in _PRESENT or first.startswith(_PARTNER_HEADS)


# the first word of a sub-heading inside such a list: "Från kommunen:", "I Älmhult:"
_SUB_HEADS = {"från", "i", "inom", "på", "hos"}


def _sub_heading(words: list) -> bool:
    """A short line ending with a colon that groups the lines of a list by where they come
    from ("Från föreningarna:", "I Markaryd:"): the list goes on under it.

    >>> from samverkan.draft.nlp import parse
    >>> [_sub_heading([t for t in s if not t.is_space]) for s in parse("Från regionen:").sents]
    [True]
    """
    return (
        2 <= len(words) <= 6
        and words[-1].text == ":"
        and words[0].lower_ in _SUB_HEADS
    )


# the words by which a list's cue says it names some members only: "I nätverket ingår bland
# andra:", "Med i samarbetet är till exempel:" (round 36 of learning)
_HEDGES = (["bland", "andra"], ["bland", "annat"], ["bl", "a"], ["till", "exempel"], ["exempelvis"])


def _without_hedge(words: list[str]) -> list[str]:
    """``words`` of a cue without the hedge it ends with ("ingår bland andra": "ingår")."""
    for hedge in _HEDGES:
        if len(words) > len(hedge) and words[-len(hedge) :] == hedge:
            return words[: -len(hedge)]
    return words


# a time said after the cue's verb: "I rådet ingår i dag:", "Med i nätverket är just nu:"
_NOW = (["i", "dag"], ["idag"], ["just", "nu"], ["för", "närvarande"], ["numera"], ["nu"])


def _without_time(words: list[str]) -> list[str]:
    """The words of a cue without the time it ends with ("I rådet ingår i dag:" ->
    "I rådet ingår"; round 55 of learning).

    >>> _without_time(["i", "rådet", "ingår", "i", "dag"])
    ['i', 'rådet', 'ingår']
    """
    for now in _NOW:
        if len(words) > len(now) and words[-len(now) :] == now:
            return words[: -len(now)]
    return words


# the words for the parties of a work, bare or definite: "parter", "parterna", "medlemmarna"
_PARTIES_DEFINITE = (
    "parter",
    "parterna",
    "partner",
    "partnerna",
    "partners",
    "medlemmar",
    "medlemmarna",
    "ledamöter",
    "ledamöterna",
)


def _list_cue(sent) -> bool:
    words = [t.lower_ for t in sent if t.is_alpha]
    if not words:
        return False
    if _heading_of_those_taking_part(sent):
        return True
    if any(w.startswith(_PAYING) for w in words):
        return False
    if _counted_list(sent) is not None:
        return True
    if _named_by_colon(sent) is not None:
        return True
    while len(words) > 1 and words[-1] in _ADDING:
        words = words[:-1]  # "I gruppen ingår också": the cue with its adverb of adding
    words = _without_time(words)
    words = _without_hedge(words)
    last = words[-1]
    if last in _LIST_CUES or last.endswith(("parter", "partner", "medlemmar", "ledamöter")):
        return True
    if last == "är" and any(
        w.endswith(("parter", "partner", "medlemmar", "ledamöter")) for w in words[-3:-1]
    ):
        # "Rådets ledamöter är:" (round 58 of learning: the council's seats, as its members)
        # "Rådets parter är" over its list: the line ends with the verb
        return True
    if last == "är" and any(w.endswith(_PARTIES_DEFINITE) for w in words[:-1][:6]):
        # "De andra parterna är:", "Andra medlemmar i nätverket är:": the parties named in
        # any form in the line's subject, not only as its last words (round 68 of learning)
        return True
    if _who_takes_part(sent, words):
        return True
    if len(words) == 1 and last in _GROUPS and sent.text.strip().lower() == last:
        # a heading "Styrgrupp" over lines "- Name, post, unit, organisation"
        return True
    if _opens_a_list(words):
        return True
    if _takes_part_before_colon(sent, words):
        return True
    if _partners_line(sent) or _other_partners_line(sent):
        return True
    if _run_together_by(sent, words) or _following_bodies(sent, words):
        return True
    # "Styrgruppen består av:", "I nätverket finns representanter från:", "Rådet består av
    # företrädare för:" (round 44 of learning)
    return words[-2:] == ["består", "av"] or (
        last in {"från", "för"}
        and len(words) > 1
        and words[-2].startswith(("representant", "företrädare"))
    )


# the passive verbs of running a work, said over a list of those who run it: "Programmet
# drivs tillsammans av:", "Sommarlovet görs av:", "Kursen genomförs av:" (round 80 of learning)
_RUN_PASSIVES = {"drivs", "görs", "genomförs", "ordnas", "arrangeras", "anordnas", "bedrivs"}
# the nouns of working together before "mellan:": "görs i samarbete mellan:"
_TOGETHER_NOUNS = ("samarbete", "samverkan", "partnerskap")


def _run_together_by(sent, words: list[str]) -> bool:
    """A line ending in a colon that says the bodies listed under it run the work together:
    "Programmet drivs tillsammans av:", "Sommarprogrammet görs i samarbete mellan:", or that
    they are in the work it names, "Med i Välkomstscout är:" (round 80 of learning: named
    works whose lists of parties had not been read as one collaboration).

    >>> from samverkan.draft.nlp import parse
    >>> [_run_together_by(s, [t.lower_ for t in s if t.is_alpha])
    ...  for s in parse("Programmet drivs tillsammans av:").sents]
    [True]
    >>> [_run_together_by(s, [t.lower_ for t in s if t.is_alpha])
    ...  for s in parse("Programmet drivs inte av:").sents]
    [False]
    """
    tokens = [t for t in sent if not t.is_space]
    if len(words) < 2 or len(tokens) > 14 or tokens[-1].text != ":" or _NEGATIONS & set(words):
        return False
    if words[-1] == "av" and _RUN_PASSIVES & set(words[:-1]):
        return True
    if words[-1] == "mellan" and any(w.startswith(_TOGETHER_NOUNS) for w in words[:-1]):
        return True
    # "Med i Välkomstscout är:", "Med i projektet är:": the work between "Med i" and "är"
    return words[:2] == ["med", "i"] and words[-1] == "är" and len(words) <= 7


# words that say a list's bodies are paid, not parties: "följande föreningar fick bidrag:"
_GRANTED = ("bidrag", "medel", "kronor", "stöd", "bevilja", "pengar", "fick", "får", "sökt")


def _following_bodies(sent, words: list[str]) -> bool:
    """A line ending in a colon over bodies of a kind that take part in the work the page
    told before: "Sommaren 2026 tog följande arbetsgivare emot ungdomar:", "Just nu har
    följande föreningar anställda:", "Arbetsgivarna som tar emot praktikanter är:" (round 80
    of learning); not a list of those paid ("följande föreningar fick bidrag:").

    >>> from samverkan.draft.nlp import parse
    >>> [_following_bodies(s, [t.lower_ for t in s if t.is_alpha])
    ...  for s in parse("I år tog följande arbetsgivare emot praktikanter:").sents]
    [True]
    >>> [_following_bodies(s, [t.lower_ for t in s if t.is_alpha])
    ...  for s in parse("I år fick följande föreningar bidrag:").sents]
    [False]
    """
    tokens = [t for t in sent if not t.is_space]
    if len(words) < 3 or len(tokens) > 16 or tokens[-1].text != ":" or _NEGATIONS & set(words):
        return False
    if any(w.startswith(_GRANTED) for w in words) or "ansvar" in words:
        return False  # "Följande parter har ett ansvar enligt strategin:": duties, no work
    if any(w == "följande" and n in _COUNTED_BODIES for w, n in itertools.pairwise(words)):
        return True
    # "Arbetsgivarna som tar emot praktikanter är:": the kind in the definite form, a clause
    return (
        words[0] in _DEFINITE_BODIES and words[1] == "som" and words[-1] == "är"
    )


# the kinds of bodies in the definite plural, opening a line over their list
_DEFINITE_BODIES = {
    "arbetsgivarna",
    "föreningarna",
    "företagen",
    "organisationerna",
    "aktörerna",
    "församlingarna",
}


# the verbs of a line saying the listed take part in a group, said anywhere in the line: "I
# rådet ingår 14 ledamöter från följande organisationer:", "Under 2024 var dessa parter med i
# programmets samverkansgrupp:" (round 74 of learning)
_SEATED = {"ingår", "sitter", "satt", "deltar", "deltog", "medverkar"}
# "Under 2025 ingick även dessa parter i partnerskapet:" (round 89 of learning)
_SEATED |= {"ingick", "medverkade"}


def _takes_part_before_colon(sent, words: list[str]) -> bool:
    """A line ending in a colon whose verb says the listed take part, anywhere in it ("I rådet
    ingår sju ledamöter från följande organisationer:", "Under 2024 var dessa parter med i
    gruppen:"), not under a negation."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens or tokens[-1].text != ":" or _NEGATIONS & set(words):
        return False
    if _SEATED & set(words):
        return True
    return any(
        w == "med" and {"är", "var"} & set(words[:i]) for i, w in enumerate(words) if i > 0
    )


# words by which an organisation's own page points at its own work
_OWN_WORK = {"satsningen", "projektet", "verksamheten", "vår", "vårt", "våra", "oss", "vi"}


def _own_work(sent, found: Found) -> str | None:
    """The page's own organisation when a list's cue names the page's own work ("Just nu är
    sex föreningar med i satsningen:", "Våra samarbetspartner:"), on an organisation's own
    page; else None."""
    if not found.page_org or found.page_org not in found.actors:
        return None
    return found.page_org if _OWN_WORK & {t.lower_ for t in sent} else None


_OURS = {"vår", "vårt", "våra"}


def _own_heading(doc, sents: list, k: int, found: Found) -> str | None:
    """The page's own organisation when the heading right over a list's cue says the work is
    its own ("Våra partner", "Vårt samarbete" over "Sommarlovet ordnas tillsammans med
    flera andra:"), on an organisation's own page (round 46 of learning); else None."""
    if not found.page_org or found.page_org not in found.actors:
        return None
    before = next((s for s in reversed(sents[:k]) if s.text.strip()), None)
    if before is None:
        return None
    tokens = [t for t in before if not t.is_space]
    end = tokens[-1].idx + len(tokens[-1].text)
    opens = page_text(doc)[before.start_char - 1 : before.start_char]
    alone = page_text(doc)[end : end + 1] in {"", "\n"} and opens in {"", "\n"}
    if not alone or len(tokens) > 5 or not all(t.is_alpha for t in tokens):
        return None
    return found.page_org if tokens[0].lower_ in _OURS else None


def _leader_of_the_work(doc, sents: list, k: int, found: Found) -> dict[str, str]:
    r"""The one body the text right before a list's cue says leads or coordinates the work
    ("... och samordnas av Fritidsenheten, som hör till ...", "Den leds av X."): in the cue's
    own paragraph, or, when the cue opens its paragraph, in the paragraph before it; else
    none (round 69 of learning).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Mora kommun > Bryggan\n\nBryggan startade 2024. Den samordnas av "
    ...             "Röda Korset.\n\nBryggan drivs i samverkan med:\n- ABF\n- IKF\n")
    >>> found = find_actors(doc, Index())
    >>> sents = list(doc.sents)
    >>> k = next(n for n, s in enumerate(sents) if s.text.startswith("Bryggan drivs"))
    >>> _leader_of_the_work(doc, sents, k, found)
    {'org/roda-korset': 'part'}
    """
    before = _paragraph_before(doc, sents, k)
    if not before:
        start = page_text(doc).rfind("\n\n", 0, sents[k].start_char)
        previous = page_text(doc).rfind("\n\n", 0, start) if start > 0 else start
        before = [
            s
            for s in sents[:k]
            if previous < s.start_char and s.end_char <= start and s.text.strip()
        ]
    led = [iri for s in before for iri in _leader_told(s, found)]
    return {led[0]: "part"} if len(set(led)) == 1 else {}


def _paragraph_before(doc, sents: list, k: int) -> list:
    """The sentences of the paragraph of ``sents[k]`` that stand before it."""
    start = page_text(doc).rfind("\n\n", 0, sents[k].start_char)
    return [s for s in sents[:k] if s.start_char > start and s.text.strip()]


# the words by which a list's cue names the project applied for or owned
_PROJECT_WORDS = {"projektet", "ansökan", "projektets"}
# a field or a sentence naming a project's applicant or owner: "Sökande: X", "Sökande
# organisation är X", "Projektägare: X", "Projektägare är X"
_APPLICANT_WORDS = {"sökande", "projektägare", "huvudsökande"}


def _names_the_project(sent) -> bool:
    return bool(_PROJECT_WORDS & {t.lower_ for t in sent}) and not _NEGATIONS & {
        t.lower_ for t in sent
    }


def _applicant(doc, found: Found) -> list[str]:
    """The bodies the page names as the one applicant or owner of its project, on a field line
    or in a sentence that begins with the word ("Sökande: Kramfors kommun,
    arbetsmarknadsenheten", "Projektägare är Timrå kommun"); none when the page names
    several applicants (a list of decisions: "Sökande: X" over each grant)."""
    named: list[list[str]] = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        lowers = [t.lower_ for t in words]
        if not lowers or lowers[0] not in _APPLICANT_WORDS:
            continue
        at = 2 if lowers[1:2] == ["organisation"] else 1
        if lowers[at : at + 1] not in ([":"], ["är"]) or _NEGATIONS & set(lowers):
            continue
        bodies = [
            iri
            for iri, i in _actors_in(sent, found)
            if i > words[at].i and found.actors[iri].cls in _MEMBER_CLASSES | _UNITS
        ]
        if bodies:
            named.append(bodies)
    if not named or any(b[0] != named[0][0] for b in named):
        return []
    return list(dict.fromkeys(iri for bodies in named for iri in bodies))


# the bodies a line may count before a colon and name after it in the same sentence
_INLINE_BODIES = (*_COUNTED_BODIES, "företag", "arbetsgivare", "skolor", "myndigheter")


def _inline_counted_list(doc, found: Found) -> list[Relation]:
    r"""A sentence that counts bodies before a colon and names them after it ("Med oss har vi
    två företag: A och B.", "X driver det tillsammans med två parter: A och B."): those
    named after the colon (up to a ", som" that tells what they do), the parties named
    before "och NUMBER" or "tillsammans med NUMBER", else the one the paragraph says runs
    the work ("Projektet leds av X."), are partners of one another (round 56 of learning).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Projektet leds av Röda Korset. Med oss har vi två föreningar: "
    ...             "Föreningen Solvarvet och Skidklubben Spåret.")
    >>> found = find_actors(doc, Index())
    >>> [sorted(r.members) for r in _inline_counted_list(doc, found)]
    [['org/foreningen-solvarvet', 'org/roda-korset', 'org/skidklubben-sparet']]
    """
    out: list[Relation] = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        tokens = [t for t in sent if not t.is_space]
        colon = next(
            (
                n
                for n in range(2, len(tokens) - 1)
                if tokens[n].text == ":"
                and tokens[n - 1].lower_.endswith(_INLINE_BODIES)
                and any(t.lower_ in _NUMBERS or t.like_num for t in tokens[max(0, n - 3) : n - 1])
            ),
            None,
        )
        if colon is None:
            colon = _inline_cue(tokens)
            if colon is not None and _denied_after(sents, k):
                continue
        if colon is None or _NEGATIONS & {t.lower_ for t in tokens[:colon]}:
            continue
        at = tokens[colon].i
        which = next(
            (t.i for t in tokens[colon + 1 :] if t.lower_ == "som" and doc[t.i - 1].text == ","),
            sent.end,
        )
        listed = {
            iri: "part"
            for iri, i in _actors_in(sent, found)
            if at < i < which
            and found.actors[iri].cls in _ROW_PARTIES
            and not (found.actors[iri].cls == "sam:Municipality" and doc[i - 1].lower_ == "i")
        }
        # "Älvkarleby kommuns vuxenutbildning": the unit takes part, not its owner
        for iri in [m for m in listed if any(found.actors[o].parent == m for o in listed)]:
            del listed[iri]
        if len(listed) < 2:
            continue
        number = next(
            (
                t.i - sent.start
                for t in tokens[max(0, colon - 3) : colon - 1]
                if t.lower_ in _NUMBERS or t.like_num
            ),
            None,
        )
        # "Parterna i nätverket är: A, B och C.": the cue counts none; those listed are the
        # parties (round 89 of learning)
        members = {} if number is None else _named_before(sent, found, number)
        for before in _paragraph_before(doc, sents, k) if number is not None else ():
            # "RF-SISU X leder satsningen. Parter är A och fyra föreningar: ...": the one
            # that runs the work is a party beside those the line names (round 58 of
            # learning; before, only where the line named none)
            for iri in _run_by(before, found) if not members else _leads_the_work(before, found):
                members.setdefault(iri, "part")
        members.update(listed)
        span = (tokens[0].idx, min(sent.end_char, tokens[0].idx + 200))
        out.append(Relation("collaboration", span, members=members))
    return out


def _inline_cue(tokens: list) -> int | None:
    """The index in ``tokens`` (a sentence's, spaces left out) of a colon inside the
    sentence whose words before it are a list's cue as a line ending in a colon would be
    (:func:`_list_cue`): "I dag är dessa med i nätverket: A, B och C.", "Parterna i
    satsningen är: A, B och C.", "Sju arbetsgivare har anmält sig och söker omkring 40
    personer: A, B och C." (round 89 of learning: a list told after a colon in running text,
    not line by line); else None.

    >>> from samverkan.draft.nlp import parse
    >>> [_inline_cue([t for t in s if not t.is_space])
    ...  for s in parse("Parterna i satsningen är: ABF och IKF.").sents]
    [4]
    >>> [_inline_cue([t for t in s if not t.is_space])
    ...  for s in parse("Program: fika och samtal med ABF och IKF.").sents]
    [None]
    >>> [_inline_cue([t for t in s if not t.is_space])
    ...  for s in parse("I år fick tre föreningar aktivitetsbidrag: ABF och IKF.").sents]
    [None]
    """
    colon = next((n for n in range(1, len(tokens) - 2) if tokens[n].text == ":"), None)
    if colon is None:
        return None
    words = [t.lower_ for t in tokens[:colon] if t.is_alpha]
    if any(w.startswith(_GRANTED) or w.endswith(_GRANTS) for w in words):
        return None  # "Under 2025 fick fyra föreningar integrationsbidrag: ...": paid, no party
    doc = tokens[0].doc
    return colon if _list_cue(doc[tokens[0].i : tokens[colon].i + 1]) else None


def _denied_after(sents: list, k: int) -> bool:
    """Whether the sentence after ``sents[k]``, in its paragraph, says those listed are no
    parties ("Två företag har skrivit avsiktsförklaringar: A och B. Företagen är inte parter i
    projektet.")."""
    after = next((s for s in sents[k + 1 :] if s.text.strip()), None)
    if after is None or "\n\n" in page_text(sents[k].doc)[sents[k].end_char : after.start_char]:
        return False
    words = [t.lower_ for t in after if t.is_alpha]
    return bool(_NEGATIONS & set(words)) and any(w.startswith(("part", "medlem")) for w in words)


# compounds of a grant: "integrationsbidrag", "föreningsstöd", "projektmedel"
_GRANTS = ("bidrag", "bidraget", "stöd", "stödet", "medel", "medlen")


def _member_lists(doc, found: Found) -> list[Relation]:
    """Members of a council or group listed line by line under the line that announces them.

    ``I rådet ingår`` followed by lines ``- X``, ``- Y`` (and a closing ``samt Z.``): every
    listed actor is a partner of every other.
    """
    out: list[Relation] = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents[:-1]):
        many = _many_bodies(sents, k)
        if not _list_cue(sent) and not many:
            continue
        members: dict[str, str] = {}
        number = _counted_list(sent)
        by_colon = _named_by_colon(sent) if number is None else None
        if by_colon == "with":
            # "Kommunen samarbetar med följande föreningar:": the subject is a party too
            verb = _with_word(sent)
            members = {
                iri: "part"
                for iri, i in _actors_in(sent, found)
                if i < verb and found.actors[iri].cls in _MEMBER_CLASSES
            }
            if not members:
                # "Aktiviteterna samordnas av fritidsenheten. I år ordnas de tillsammans
                # med:": the one the paragraph says runs the work is a party beside those
                # listed (round 43 of learning)
                for before in _paragraph_before(doc, sents, k):
                    for iri in _run_by(before, found) or _applicant_said(doc, before, found):
                        members.setdefault(iri, "part")
            if not members:
                # "X startade 2023 och samordnas av Y, som hör till Z." and, in the same or
                # the paragraph before, "Tjänsten drivs i samverkan med:": the one that leads
                # the work is a party beside those listed (round 69 of learning)
                members = _leader_of_the_work(doc, sents, k, found)
        cue_words = [t.lower_ for t in sent if t.is_alpha]
        run = _run_together_by(sent, cue_words)
        following = number is None and _following_bodies(sent, cue_words)
        if following and not members:
            # "Satsningen drivs av X, som leder arbetet." and "I år tog följande arbetsgivare
            # emot ungdomar:": the one that leads the work is a party beside those listed
            # (round 80 of learning)
            members = _leader_of_the_work(doc, sents, k, found)
        if _opens_a_list([t.lower_ for t in sent if t.is_alpha]):
            members = {
                iri: "part"
                for iri, _i in _actors_in(sent, found)
                if found.actors[iri].cls in _MEMBER_CLASSES
            }
        if number is not None:
            members = _named_before(sent, found, number)
            if not members:
                members = _parties_said_before(sents, k, found)
            if not members:
                # "Programmet samordnas av X. Sommaren 2025 deltar fyra föreningar:": the
                # one that leads the work is a party beside the bodies counted (round 69)
                members = _leader_of_the_work(doc, sents, k, found)
            for iri in _besides(sent, found):
                members.setdefault(iri, "part")
            _units_for_their_municipality(members, found)
        last = sent
        header_seen = False
        # "Närvarande ledamöter" over lines of their own, no bullets: "Anna Ek, enhetschef,
        # fritidsenheten" (round 95 of learning)
        present = _heading_of_those_taking_part(sent) and (
            next(t for t in sent if not t.is_space).lower_ in _ATTENDING
        )
        for line in sents[k + 1 :]:
            words = [t for t in line if not t.is_space]
            if not words:
                continue
            bullet = words[0].text in _BULLETS or _lettered(words)
            closing = words[0].lower_ in {"samt", "och"} and members
            row = _row_or_name_line(line, words, found)
            if present and not (bullet or row):
                # a line of one present, under the heading or the line before it, that names
                # a person: the body the line ends with sits at the meeting
                bullet = "\n\n" not in page_text(doc)[last.end_char : line.start_char] and any(
                    found.actors[iri].cls in _PEOPLE for iri, _i in _actors_in(line, found)
                )
            if row is None and not header_seen and _table_header(words, found):
                header_seen = True  # "Förening | Kommun | Aktivitet" over the rows
                continue
            if header_seen and _SEPARATOR.match(line.text.strip()):
                continue  # "|---|---|" under a Markdown header row (round 55 of learning)
            if not (bullet or closing or row):
                if _sub_heading(words):
                    continue  # "Från föreningarna:", "I Markaryd:": the list goes on
                if header_seen and words[0].text == "|":
                    last = line  # a row of the table whose body is not found: the rows go
                    continue  # on (round 55 of learning)
                break
            listed = _actors_in(line, found)
            if row:
                listed = listed[:1]  # the row's first cell; the rest say where or what
            # "- Region X, genom regionstyrelsens ordförande": who signs for a party
            through = [t.i for t in words if t.lower_ == "genom" and by_colon != "sign"]
            # "- Region X, genom sjukhuset i Y": the party takes part through its unit (the
            # municipality after "i" is where the unit is, no party)
            listed = [(iri, i) for iri, i in listed if not (through and doc[i - 1].lower_ == "i")]
            owner: list = []
            if through and any(i > through[0] for _iri, i in listed):
                # "- Skellefteå kommun genom enheten Y", "- Region X, som deltar genom
                # hälsocentralen Y": the body and the unit it takes part through are both
                # parties (round 35 of learning); "- Bergs kommun, genom Bergs bibliotek,"
                # set off by commas names the unit alone (round 27)
                if doc[through[0] - 1].text != "," and not run:
                    # (under "Med i forumet är:" the unit alone, as the lead's lists read it)
                    owner = [(iri, i) for iri, i in listed if i < through[0]][:1]
                listed = [(iri, i) for iri, i in listed if i > through[0]]
            # "- Ekebrons IF, som ordnar träningar med fritidsenheten": what the body does
            # after ", som" names no further party of the list (but "- Region X, som deltar
            # genom hälsocentralen Y" names the unit it takes part through)
            which = [t.i for t in words[1:] if t.lower_ == "som" and doc[t.i - 1].text == ","]
            if which and not through:
                listed = [(iri, i) for iri, i in listed if i < which[0]]
            if number is not None or many or by_colon or run or following:
                # one body a line ("- Somaliska kulturföreningen i Arvika": no Arvika); a
                # line that opens with its unit's owner in the genitive ("- Munkedals
                # kommuns arbetsmarknadsenhet") names the unit (round 46 of learning)
                listed = _unit_after_its_owner(doc, listed, found)[:1]
            elif any(found.actors[iri].cls in _PEOPLE for iri, _i in listed):
                # "- Eva Ek, sektorschef, sektor Lärande, Orsa kommun": the one a person sits
                # for is the organisation the line ends with; the unit is the post's place
                # (not an abbreviation in parentheses after it: "enheten (IAE)"; not the
                # town after an organisation: "diakon i Svenska kyrkan i Kumla")
                bodies = [
                    p
                    for p in listed
                    if found.actors[p[0]].cls in _ROW_PARTIES and doc[p[1] - 1].text != "("
                ]
                listed = [
                    p
                    for n, p in enumerate(bodies)
                    if not (
                        n
                        and found.actors[p[0]].cls == "sam:Municipality"
                        and doc[p[1] - 1].lower_ == "i"
                    )
                ][-1:]
            for iri, i in owner + listed:
                # "- Sala-Norrby församling (Svenska kyrkan)": an aside is no member
                aside = any(t.text == "(" for t in doc[line.start : i])
                # a company listed is a party too: "- Bygg AB, som tar emot praktikanter"
                if found.actors[iri].cls in _ROW_PARTIES and not aside:
                    members.setdefault(iri, "part")
            last = line
            if closing:
                break
        if by_colon == "with" and len(members) >= 2:
            # "Fram till 2025 var även X med och ordnade ...": one more (a past) party of
            # the list told after it, before the next heading (round 43 of learning)
            for after in _until_heading(doc, sents, last.end_char):
                for iri in _also_with(after, found):
                    members.setdefault(iri, "part")
        group = _group_of_cue(sent)
        if group and len(members) >= 2:
            # "I rådet ingår:" and its list, then "Sedan 2025 har även Region X en plats i
            # rådet. Y satt i rådet till 2023.": one more (or a past) member of the group the
            # cue names, told after the list (round 55 of learning)
            for after in _until_heading(doc, sents, last.end_char):
                for iri in _seat_in(after, group, found):
                    members.setdefault(iri, "part")
        if len(members) >= 2:
            # "Mötesplatsen drivs tillsammans med tre föreningar:" (or any list of parties)
            # and its list, then "Sedan 2025 är även X med. Y var med från starten men
            # lämnade ...": one more (or a past) party, told after the list (round 66 of
            # learning)
            for after in _until_heading(doc, sents, last.end_char):
                for iri in (
                    _made_party(after, found)
                    or _also_with(after, found)
                    or _leavers(after, found)
                    or _with_for_a_while(after, found)
                ):
                    members.setdefault(iri, "part")
        if len(members) >= 2 and _names_parties(sent):
            # "Parterna i överenskommelsen är:" and its list, then "Sedan 2026 är i stället
            # X part.": one more party told after the list (round 55 of learning)
            for after in _until_heading(doc, sents, last.end_char):
                for iri in _made_party(after, found):
                    members.setdefault(iri, "part")
        if members and _without_hedge([t.lower_ for t in sent if t.is_alpha]) != [
            t.lower_ for t in sent if t.is_alpha
        ]:
            # "Nätverket samordnas av X. I nätverket ingår bland andra:": the one the
            # paragraph says coordinates the body is one of its members (round 36)
            for before in _paragraph_before(doc, sents, k):
                for iri in _coordinated_by(before, found):
                    members.setdefault(iri, "part")
        if len(members) >= 2 and _names_the_others(sent):
            # "Kommunens part är X, som samordnar arbetet. Övriga parter är:", "Det leds av
            # Y. Andra medlemmar i nätverket är:": the list gives the other parties, so the
            # bodies the paragraph named before it are parties too (round 68 of learning)
            for before in _paragraph_before(doc, sents, k):
                for iri in _bodies_told_before(before, found):
                    members.setdefault(iri, "part")
        if len(members) >= 2 and _names_parties(sent) and not _names_the_others(sent):
            # "Första nyckeln leds av X. Parter är:", "Y, som hör till Z, leder projektet.
            # Projektets parter är:": the one the paragraph says leads the work is one of its
            # parties beside those listed (round 68 of learning)
            for before in _paragraph_before(doc, sents, k):
                for iri in _leader_told(before, found):
                    members.setdefault(iri, "part")
        if members and _names_the_project(sent):
            # "I projektet ingår följande samverkansparter:" on the page of one application:
            # its applicant (or owner) is a party beside them (round 36 of learning)
            for iri in _applicant(doc, found):
                members.setdefault(iri, "part")
        own = _own_work(sent, found) or _own_heading(doc, sents, k, found)
        if own and members:
            # "Just nu är sex föreningar med i satsningen:" on the page of the organisation
            # that runs it: the organisation is one of them
            members.setdefault(own, "part")
        if len(members) < 2:
            continue
        start = sent[0].idx
        end = last.end_char
        while end > start and page_text(doc)[end - 1] in " \n.":
            end -= 1
        if end - start > 200:
            end = start + len(page_text(doc)[start : start + 200].rsplit(" ", 1)[0])
        out.append(Relation("collaboration", (start, end), members=members))
    return out + _inline_counted_list(doc, found)


# the heading of a table column that lists the members of each row's group
_MEMBER_COLUMNS = {"deltagare", "medlemmar", "parter", "representanter", "aktörer", "partner"}
# those who arrange the work with its owner, one a row (round 89 of learning)
_MEMBER_COLUMNS |= {"medarrangör", "medarrangörer", "samarrangör", "samarrangörer"}


def _member_column(text: str) -> bool:
    """Whether a table's header cell names its members: "Deltagare", "Parter", or one word
    for a party ("Samverkanspart", "Samarbetspartner", "Projektpartners").

    >>> [_member_column(t) for t in ("samverkanspart", "roll i projektet", "partner")]
    [True, False, True]
    """
    one_word = " " not in text
    return text in _MEMBER_COLUMNS or (one_word and text.endswith(_PARTY_WORDS))


# the line under a Markdown table's header row: "|---|:---:|"
_SEPARATOR = re.compile(r"^\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")

# the heading of a schedule's or a programme's column of who runs each row's activity
_ORGANISER_COLUMNS = {
    "arrangör",
    "arrangörer",
    "arrangeras av",
    "genomförd av",
    "genomförs av",
    "utförare",
    "ansvarig",
    "ansvariga",
    "vem ansvarar?",
}
# the page's own party in a cell: "ABF och våra volontärer", "vi och Röda Korset"
_OURS = {"vi", "oss", "vår", "vårt", "våra"}


def _organiser_column(text: str) -> bool:
    """Whether a table's header cell names who runs each row's activity ("Arrangör",
    "Genomförd av", "Vem håller i den?"): the bodies a row names there run it together.

    >>> [_organiser_column(t) for t in ("arrangörer", "vem håller i den?", "plats")]
    [True, True, False]
    >>> _organiser_column("ansvarig förvaltning")
    True
    """
    return text in _ORGANISER_COLUMNS or text.startswith(("vem håller i", "ansvarig "))


# the heading of a table's column of the bodies each row's work is done with (round 53)
_WITH_COLUMNS = {"tillsammans med", "i samverkan med", "i samarbete med", "samverkar med"}

# a compound for a party: "samverkanspart", "projektparter", "samarbetspartner"
_PARTY_WORDS = ("part", "parter", "partner", "partners")


def _table_members(doc, found: Found) -> list[Relation]:
    """A text table whose column "Deltagare" lists each row's members: partners of one
    another ("Arbetsgrupp | Deltagare | Ansvar" / "Barn och familj | X, Y, Z | ...").

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Mora kommun har en plan.\\n\\nGrupp | Deltagare\\n"
    ...                 "Språk | socialförvaltningen, Arbetsförmedlingen\\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> [sorted(r.members) for r in _table_members(doc, found)]
    [['kommun/2062/socialforvaltningen', 'org/arbetsformedlingen']]
    """
    out: list[Relation] = []
    column = with_column = ours = None
    alone = False  # the table's one column of parties is "Tillsammans med"
    works = False
    rows: list[Relation] = []  # a table of one partner a row: all the rows' partners
    owner: str | None = None  # the page's own party, when the text before the table says so
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        if _SEPARATOR.match(sent.text.strip()):
            continue  # "|---|---|" under the header row: one token, no cells, same table
        bars = [k for k in range(sent.start, sent.end) if doc[k].text == "|"]
        if not bars:
            out += _one_partner_a_row(rows, owner)
            column, rows = None, []
            continue
        edges = [sent.start - 1, *bars, sent.end]
        cells = [doc[a + 1 : b].text.strip().lower() for a, b in itertools.pairwise(edges)]
        heading = next(
            (c for c, text in enumerate(cells) if _member_column(text) or _organiser_column(text)),
            None,
        )
        beside = next((c for c, text in enumerate(cells) if text in _WITH_COLUMNS), None)
        if column is not None and heading is not None and _actors_in(sent, found):
            # "| Vuxenutbildningen | Sfi | part |": a row whose role cell is a party word,
            # not a header (round 89 of learning)
            heading = None
        if beside is None and heading is not None and _organiser_column(cells[heading]):
            # "| Insats | Ansvarig enhet | Samarbetsparter |": the body responsible for each
            # row's work and the parties it names beside it, together (round 89 of learning)
            beside = next(
                (
                    c
                    for c in (heading - 1, heading + 1)
                    if 0 <= c < len(cells) and _member_column(cells[c])
                ),
                None,
            )
        if heading is None and beside is None and _role_columns(cells):
            # "| Vem | Vad de gör | Roll i nätverket |": the bodies of the first column, each
            # with its role in the work (round 89 of learning)
            heading = 1 if doc[sent.start].text == "|" else 0
        if heading is not None or beside is not None:
            out += _one_partner_a_row(rows, owner)
            column, rows = (heading if heading is not None else beside), []
            # "| Partner | Samarbete | Period |": each row a work of its own with the page's
            # body, not one work of all the rows (round 89 of learning)
            works = any(c in _WORK_COLUMNS for c in cells)
            owner = _owner_with_the_table(doc, sent.start_char, found)
            # "Åtgärd | Ansvarig | Tillsammans med": the bodies of both columns; a column
            # "Tillsammans med" alone on an association's own page: the association and them
            with_column = beside if beside != column else None
            ours = found.page_org if heading is None and found.page_org in found.actors else None
            alone = heading is None
            continue
        if column is None or column >= len(cells):
            continue
        low, high = edges[column], edges[column + 1]
        if with_column is not None and with_column < len(cells):
            low, high = min(low, edges[with_column]), max(high, edges[with_column + 1])
            if abs(with_column - column) > 1:
                column = None  # a column between the two: not read as one span
                continue
        # a Markdown row opens with its bar: its first cell is the one after it (round 89 of
        # learning: "| Part | Roll | Period |" was read as a cell of several members a row)
        first = 1 if doc[sent.start].text == "|" else 0
        if column == first and with_column is None:
            # "Partner | Roll | Budget" / "Mora kommun, socialförvaltningen | ...": the row's
            # one partner is the body the cell names first, a company too ("Kilbageriet AB |
            # Praktikplatser"); the unit the cell names after it is a partner beside it, the
            # part of the body that does the work (round 32 of learning); a cell that opens
            # with the unit's owner in the genitive ("Båstads kommuns vuxenutbildning") names
            # the unit (round 89)
            if works or _no_party_row(cells[first + 1 :]):
                continue
            cell = [
                iri
                for iri, i in _unit_after_its_owner(doc, _actors_in(sent, found), found)
                if low < i < high and found.actors[iri].cls in _ROW_PARTIES
            ]
            if cell:
                row = {cell[0]: "part"}
                span = (sent.start_char, min(sent.end_char, sent.start_char + 200))
                rows.append(Relation("collaboration", span, members=row))
            continue
        members = {
            iri: "part"
            for iri, i in _actors_in(sent, found)
            if low < i < high
            # a company the row says the work is done with is a party too (round 53)
            and (
                found.actors[iri].cls in _MEMBER_CLASSES
                or (with_column is not None and found.actors[iri].cls in _ROW_PARTIES)
            )
            and not any(t.text == "(" for t in doc[low + 1 : i])
            # "Svenska kyrkan i Krokom": the place after a name is no party
            and not (found.actors[iri].cls == "sam:Municipality" and doc[i - 1].lower_ == "i")
        }
        if alone and ours is None:
            # "Område | Här görs bedömningen | Tillsammans med" / "Barnskötare | förskolor |
            # förskoleavdelningen": on a page of no organisation of its own, each row's body
            # (a company too) is one the page's work is done with, one a row: all the rows'
            # bodies together (round 95 of learning)
            bodies = [
                (iri, low < i < high)
                for iri, i in _actors_in(sent, found)
                if found.actors[iri].cls in _ROW_PARTIES
                and not (found.actors[iri].cls == "sam:Municipality" and doc[i - 1].lower_ == "i")
            ]
            cell = [iri for iri, inside in bodies if inside]
            # (not a row whose other cells name a body of its own: "Organisation | Verksamhet |
            # Samverkar med" pairs each row's organisation with its partner, one work a row)
            others = [iri for iri, inside in bodies if not inside]
            if len(cell) == 1 and not others:
                span = (sent.start_char, min(sent.end_char, sent.start_char + 200))
                rows.append(Relation("collaboration", span, members={cell[0]: "part"}))
                continue
        if ours and members:
            members.setdefault(ours, "part")
        own = found.page_org if found.page_org in found.actors else None
        if own and _OURS & {t.lower_ for t in doc[low + 1 : high]}:
            # "ABF och våra volontärer" on an association's own page: the association too
            members.setdefault(own, "part")
        # "socialförvaltningens arbetsmarknadsenhet" is one participant: the unit
        for iri in [m for m in members if any(found.actors[o].parent == m for o in members)]:
            del members[iri]
        if len(members) >= 2:
            span = (sent.start_char, min(sent.end_char, sent.start_char + 200))
            out.append(Relation("collaboration", span, members=members, name=cells[0] or None))
    return out + _one_partner_a_row(rows, owner)


# the heading of a table's column of each row's role in the work: "Roll i projektet", "Roll"
_ROLE_HEADS = ("roll i ", "roll")
# the heading of a table's first column of the bodies whose roles a role column gives
_WHO_HEADS = {"vem", "vilka", "aktör", "aktörer", "organisation", "organisationer", "part"}


def _role_columns(cells: list[str]) -> bool:
    """Whether a table's header row gives who (its first cell: "Vem", "Aktör",
    "Organisation") and each one's role in the work ("Roll i Välkomstnätverket").

    >>> _role_columns(["", "vem", "vad de gör", "roll i nätverket", ""])
    True
    >>> _role_columns(["", "tid", "roll", ""])
    False
    """
    named = [c for c in cells if c]
    return (
        len(named) >= 2
        and named[0] in _WHO_HEADS
        and any(c == "roll" or c.startswith(_ROLE_HEADS[0]) for c in named[1:])
    )


# the heading of a column that names each row's own work: "Samarbete", "Projekt"
_WORK_COLUMNS = {"samarbete", "samarbeten", "projekt", "insats", "insatser"}


def _no_party_row(cells: list[str]) -> bool:
    """Whether a row of a table of partners says in a later cell that its body is no party:
    "inte part", "finansiär" (round 89 of learning).

    >>> _no_party_row(["finansiär", "2025–2026"]), _no_party_row(["part, värd", "2025"])
    (True, False)
    >>> _no_party_row(["finansiär och representant i styrgruppen"])
    False
    """
    return any(c == "finansiär" or c.startswith(("inte part", "ej part")) for c in cells)


# "Projektet genomförs i samverkan med fyra parter", "Vi samarbetar med dessa parter":
# the words before a table of partners that make the page's own party one of them
_WITH_PARTS = ("samverkan med", "samarbete med", "tillsammans med", "samarbetar med")


def _owner_with_the_table(doc, start: int, found: Found) -> str | None:
    """The page's own party (its organisation, else its municipality) when the paragraph
    just before a table of partners says the page's work is done with them ("Projektet
    genomförs i samverkan med fyra parter, ..." over "Samverkanspart | Roll"), else None."""
    before = page_text(doc)[max(0, start - 400) : start].rstrip()
    paragraph = before.rsplit("\n\n", 1)[-1].lower()
    if not any(w in paragraph for w in _WITH_PARTS):
        return None
    own = found.page_org or (f"kommun/{found.page_code}" if found.page_code else None)
    return own if own in found.actors else None


def _one_partner_a_row(rows: list[Relation], owner: str | None = None) -> list[Relation]:
    """The partners of a table that names one partner a row, as one collaboration (with
    ``owner``, the page's own party, when the text before the table says so)."""
    members: dict[str, str] = {owner: "part"} if owner and rows else {}
    for row in rows:
        for iri in row.members:
            members.setdefault(iri, "part")
    if len(members) < 2:
        return []
    span = (rows[0].span[0], min(rows[-1].span[1], rows[0].span[0] + 200))
    return [Relation("collaboration", span, members=members)]


# a list's line that adds to the collaboration described before it: "Tre föreningar är också
# med från start:", "Civilsamhället företräds av tre organisationer:"
_ADDING = {"även", "också", "dessutom"}
_REPRESENTED = {"företräds", "representeras"}


def _lists_that_add(
    doc, found: Found, relations: list[Relation], lists: list[Relation]
) -> list[Relation]:
    """The member lists of ``lists`` that are no collaboration of their own: those whose line
    says they add to the one described before ("också", "även", "dessutom") or that a sector
    is represented in it ("företräds av"), merged into the last collaboration of ``relations``
    before them (within 800 characters); the others are returned.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> from samverkan.draft.relations import find_relations
    >>> doc = nlp.parse("Mora kommun driver projektet tillsammans med Röda Korset.\\n\\n"
    ...                 "Två föreningar är också med:\\n\\n• Mora IK\\n• Föreningen Vän i Mora\\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> [sorted(r.members) for r in find_relations(doc, found)]
    [['kommun/2062', 'org/foreningen-van-i-mora', 'org/mora-ik', 'org/roda-korset']]
    """
    kept = []
    for listed in lists:
        cue = doc.char_span(listed.span[0], listed.span[0] + 1, alignment_mode="expand")
        words = {t.lower_ for t in cue.sent} if cue is not None else set()
        before = [
            r
            for r in relations
            if r.kind == "collaboration" and listed.span[0] - 800 <= r.span[0] < listed.span[0]
        ]
        # "Partner under projektet har varit:" listing the parties of the project described
        # before (two or more of them named there too): the same collaboration again
        again = [
            r
            for r in relations
            if r.kind == "collaboration"
            and r.span[0] < listed.span[0]
            and len(set(r.members) & set(listed.members)) >= 2
            and cue is not None
            and _partners_line(cue.sent)
        ]
        if again:
            before = again
        if before and (again or words & (_ADDING | _REPRESENTED)):
            target = max(before, key=lambda r: r.span[0])
            for member, role in listed.members.items():
                target.members.setdefault(member, role)
            _units_for_their_municipality(target.members, found)
            continue
        kept.append(listed)
    return kept


# "där varje part har en plats", "chefer från medlemmarna": a body with a seat for each party
_EVERY_PARTY = {
    ("varje", "part"),
    ("varje", "medlem"),
    ("respektive", "part"),
    ("respektive", "medlem"),
    ("från", "medlemmarna"),
    ("från", "parterna"),
}
_BODIES = ("grupp", "gruppen", "styrelse", "styrelsen")


def _seats_of_every_party(sent, present, found: Found, last: Relation | None) -> Relation | None:
    """A group whose seats are those of every party of the collaboration described before
    (``last``), and of the actors its sentence names besides ("Nätverket har en styrgrupp där
    varje part har en plats", "Beredningsgruppen består av chefer från medlemmarna och från
    Arbetsförmedlingen"), or None.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> from samverkan.draft.relations import find_relations
    >>> doc = nlp.parse("Orsa kommun och Mora kommun driver nätverket Bro. Nätverket har en "
    ...                 "arbetsgrupp med chefer från parterna och från Arbetsförmedlingen.")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> [sorted(r.members) for r in find_relations(doc, found)][-1]
    ['kommun/2034', 'kommun/2062', 'org/arbetsformedlingen']
    """
    lowers = [t.lower_ for t in sent]
    if last is None or sent.start_char - last.span[1] > 1500:
        return None
    body = next((k for k, w in enumerate(lowers) if w.endswith(_BODIES)), None)
    if body is None or not any(pair in _EVERY_PARTY for pair in itertools.pairwise(lowers)):
        return None
    members = {m: "part" for m in last.members if found.actors[m].cls not in _PEOPLE}
    for iri, _i in present:
        if found.actors[iri].cls in _MEMBER_CLASSES:
            members.setdefault(iri, "part")
    if len(members) < 2:
        return None
    start = sent[body].idx
    end = min(sent.end_char, start + 200)
    while end > start and page_text(sent.doc)[end - 1] in " .\n":
        end -= 1
    return Relation("collaboration", (start, end), members=members, name=lowers[body])


# "Bland dem finns A, B och C": the members of a body counted in the sentence before
_AMONG = {"dem", "dessa", "medlemmarna", "parterna", "föreningarna", "organisationerna"}
_AMONG_VERBS = {"finns", "märks", "är", "ingår"}
# the sentence before counts or names the members: "nätverket har elva medlemsföreningar"
_COUNTED_MEMBERS = ("medlemmar", "medlemsföreningar", "medlemsorganisationer", "parter")
_ALSO_WORDS = {"också", "även", "dessutom"}
# a number of bodies a sentence counts in a network: "22 föreningar", "ett tiotal organisationer"
_NUMBER_WORDS = set(NUMBER_WORDS) | {"tiotal", "femtontal", "tjugotal", "trettiotal"}
_NEGATIONS = {"inte", "ej", "aldrig", "ingen", "inga"}
# "Nätverket samordnas av X", "Samarbetet leds av Y": the body named back by its word
_BODY_WORDS = {"nätverket", "samarbetet", "partnerskapet", "rådet", "projektet", "föreningen"}
_RUN_BY = {"samordnas", "samordnades", "leds", "leddes", "koordineras"}


def _counted_among(sent) -> bool:
    """Whether ``sent`` opens "Bland de 14 medlemmarna finns" (or "Bland de tolv parterna
    är"): the sentence counts the members itself, whatever the one before says (round 95 of
    learning).

    >>> from samverkan.draft.nlp import parse
    >>> [_counted_among(s) for s in parse("Bland de nio medlemmarna finns: ABF och Bilda. "
    ...                                   "Bland de nya medlemmarna finns Bilda.").sents]
    [True, False]
    """
    tokens = [t for t in sent if not t.is_space and t.text != ":"]
    lowers = [t.lower_ for t in tokens]
    if len(lowers) < 6 or lowers[:2] != ["bland", "de"] or _NEGATIONS & set(lowers):
        return False
    count = tokens[2]
    return (
        (count.like_num or count.lower_ in _NUMBER_WORDS)
        and lowers[3] in _AMONG - {"dem", "dessa"}
        and lowers[4] in _AMONG_VERBS
    )


def _among_them(sent, before) -> bool:
    """Whether ``sent`` opens "Bland dem finns" (or "Bland medlemmarna är") after a sentence
    that counts or names the members of a body ("I dag har nätverket tolv medlemmar").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> s = list(parse("Rådet har nio medlemmar. Bland dem finns ABF och Bilda.").sents)
    >>> _among_them(s[1], s[0]), _among_them(s[0], s[1])
    (True, False)
    """
    words = [t.lower_ for t in sent if t.is_alpha]
    if _counted_among(sent):
        return True
    if len(words) < 4 or words[0] != "bland" or words[1] not in _AMONG:
        return False
    if words[2] not in _AMONG_VERBS or _NEGATIONS & set(words):
        return False
    said = [t.lower_ for t in before if t.is_alpha]
    if _NEGATIONS & set(said):
        return False
    if any(w.endswith(_COUNTED_MEMBERS) for w in said):
        return True
    # "I nätverket finns i dag 22 föreningar": a body named by its word, and a number of
    # bodies of a kind in it (round 51 of learning)
    tokens = [t for t in before if not t.is_space]
    return bool(_BODY_WORDS & set(said)) and any(
        (a.like_num or a.lower_ in _NUMBER_WORDS) and b.lower_.endswith(_COUNTED_BODIES)
        for a, b in itertools.pairwise(tokens)
    )


# the words that open the time a body was with a work: "var med 2023", "var med under det
# första året", "var med från starten", "var med de två första somrarna", "var med förra året"
_WHILE = {"under", "från", "fram", "till", "förra", "de", "det", "hela", "redan", "i"}


def _with_for_a_while(sent, found: Found) -> list[str]:
    """The one body a sentence opens with when it says the body "var med" for a time, and
    then "men" what ended it ("X var med 2023 och 2024 men kunde inte ställa upp i år", "Y var
    med under det första året men har inte haft möjlighet att fortsätta"): a past party of the
    list before it; not "var med i planeringen" (a part of the work, or another), not a plan
    (round 69 of learning).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Röda Korset var med under 2024 men har inte ledare i år. "
    ...             "ABF var med i planeringen men valde att inte bli part.")
    >>> found = find_actors(doc, Index())
    >>> [_with_for_a_while(s, found) for s in doc.sents]
    [['org/roda-korset'], []]
    """
    tokens = [t for t in sent if not t.is_space]
    named = _actors_in(sent, found)
    if not tokens or not named or named[0][1] != tokens[0].i:
        return []
    iri, i = named[0]
    if found.actors[iri].cls not in _ROW_PARTIES:
        return []
    end = found.at_token[i][1]
    # "X, som driver två boenden, var med ...": the subject's aside, up to its closing comma
    if end < sent.end and sent.doc[end].text == ",":
        close = next((t.i for t in sent.doc[end + 1 : sent.end] if t.text == ","), None)
        end = close + 1 if close is not None else end
    words = [t.lower_ for t in sent.doc[end : sent.end]]
    if words[:2] != ["var", "med"] or len(words) < 4 or "men" not in words[3:]:
        return []
    following = sent.doc[end + 2]
    if not (following.lower_ in _WHILE or following.like_num):
        return []
    if following.lower_ == "i" and not sent.doc[end + 3].like_num:
        return []  # "var med i planeringen": a part of the work (or another work)
    return [iri]


# the groups of a work's governance, no work itself: "är även med i styrgruppen"
_OTHER_GROUPS = {"styrgruppen", "referensgruppen", "ledningsgruppen", "arbetsgruppen"}


def _also_with(sent, found: Found) -> list[str]:
    """The one body of "Fram till 2024 var även X med", "Sedan i år är också Y med": one more
    (or a past) member of the list before it (not "inte", not a plan)."""
    words = [t.lower_ for t in sent if not t.is_space]
    if not _ALSO_WORDS & set(words) or _NEGATIONS & set(words) or "med" not in words:
        return []
    verb = next((k for k, w in enumerate(words) if w in {"var", "är", "har"}), None)
    if verb is None or {"ska", "kommer", "vill", "planerar"} & set(words[:verb]):
        return []
    end = next((k for k in range(verb + 1, len(words)) if words[k] == "med"), None)
    if end is None:
        return []
    tail = words[end + 1 : end + 2]
    if tail == ["och"] and end + 2 < len(words):
        # "var även X med och ordnade dagkollo": what it did as a party (round 43)
        following = [t for t in sent if not t.is_space][end + 2]
        tail = [] if following.is_lower and following.is_alpha else tail
    if tail == ["i"] and end + 2 < len(words) and words[end + 2] not in _OTHER_GROUPS:
        # "Från 2025 är även X med i tjänsten och ...", "Fram till 2025 var också Y med i
        # spåret": the work the list is of, named back (round 69 of learning)
        tail = []
    if tail not in ([], ["."], [","], ["men"]):
        return []  # "är även med i styrgruppen": another body
    named = [
        iri
        for iri, i in _actors_in(sent, found)
        if verb < i - sent.start < end
        and found.actors[iri].cls in _ROW_PARTIES  # a company too (round 69)
        and sent.doc[i - 1].lower_ != "i"  # "Svenska kyrkan i Falun": the place, no party
    ]
    return named if len(named) == 1 else []


def _group_of_cue(sent) -> str | None:
    """The group a list's cue names as where its members sit: "rådet" of "I rådet ingår:",
    "nätverket" of "Med i nätverket är:" (a noun in the definite form after "i")."""
    words = [t.lower_ for t in sent if t.is_alpha]
    for k, word in enumerate(words[:-1]):
        noun = words[k + 1]
        if word == "i" and noun.endswith(("et", "en", "an")) and len(noun) > 4:
            return noun
    return None


# the words by which a sentence seats a body in a group: "har en plats i rådet", "satt i
# rådet", "ingick i gruppen", "är med i nätverket"
_SEATS = {"plats", "platser", "sitter", "satt", "ingår", "ingick", "med", "representerad"}


def _seat_in(sent, group: str, found: Found) -> list[str]:
    """The one body a sentence seats in ``group`` ("Sedan 2025 har även Region X en plats i
    rådet", "X satt i rådet från starten men lämnade det"), not one it says is no member
    ("Y är inte part i rådet")."""
    tokens = [t for t in sent if not t.is_space]
    words = [t.lower_ for t in tokens]
    if _NEGATIONS & set(words) or {"ska", "kommer", "vill", "planerar"} & set(words):
        return []
    at = next(
        (k for k in range(1, len(words) - 1) if words[k] == "i" and words[k + 1] == group), None
    )
    if at is None or words[at - 1] not in _SEATS:
        return []
    named = [
        iri
        for iri, i in _actors_in(sent, found)
        if i < tokens[at].i
        and found.actors[iri].cls in _MEMBER_CLASSES
        and sent.doc[i - 1].lower_ != "i"
    ]
    return named if len(named) == 1 else []


# the words by which a list's cue says its bodies are the parties besides those named
# before it: "Övriga parter är:", "De andra parterna är:"
_OTHERS = {"övriga", "andra"}
# the words that name the work itself right before its name: "Nätverket Mottagning Nord"
_WORK_WORDS = _BODY_WORDS | {"samverkan", "satsningen", "överenskommelsen", "gruppen"}


def _names_the_others(sent) -> bool:
    r"""Whether a list's cue says it lists the other parties or members ("Övriga parter
    är:", "Andra medlemmar i nätverket är:"), not "tillsammans med andra", not "inte".

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("De andra parterna är:\n\nÖvriga frågor:\n")
    >>> [_names_the_others(s) for s in doc.sents if s.text.strip()]
    [True, False]
    """
    words = [t.lower_ for t in sent if t.is_alpha]
    at = next((k for k, w in enumerate(words[:4]) if w in _OTHERS), None)
    return (
        at is not None
        and at + 1 < len(words)
        and words[at + 1].startswith(("part", "medlem", "ledamöter"))
        and not _NEGATIONS & set(words)
    )


def _bodies_told_before(sent, found: Found) -> list[str]:
    """The bodies a sentence before a list of the other parties names as parties: each
    organisation or unit, not one named after ", som" or "genom" (what it belongs to or
    acts through), not the work's own name, not one that pays, not in a sentence that
    denies."""
    words = [t.lower_ for t in sent if not t.is_space]
    if _NEGATIONS & set(words) or any(w.startswith(_PAYING) for w in words):
        return []
    out = []
    stop = next(
        (
            t.i
            for t in sent
            if t.lower_ in {"som", "genom", "vid", "inom"}
            and (t.lower_ != "som" or sent.doc[t.i - 1].text == ",")
        ),
        sent.end,
    )
    for iri, i in _unit_after_its_owner(sent.doc, _actors_in(sent, found), found):
        if sent.doc[i - 1].lower_ in _WORK_WORDS:
            continue  # "Nätverket Mottagning Nord bildades 2024": the work, no party
        if i < stop and found.actors[iri].cls in _MEMBER_CLASSES:
            out.append(iri)
    return out


# the passive verbs of leading a work, with "av" after them: "leds av", "ska ledas av"
_LED_BY = {"leds", "leddes", "ledas", "drivs", "drevs", "samordnas", "samordnades", "koordineras"}


def _leader_told(sent, found: Found) -> list[str]:
    """The one body a sentence says leads a work, wherever the verb stands: the body right
    after "leds av" ("Projektet pågår till 2026 och leds av X", "Det leds av Socialförvaltningens
    Y": the unit), or the body the sentence opens with before "leder" or "driver" ("X, som
    hör till Z, leder projektet"); not "inte", not a person.

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Kursen startar i maj och leds av Röda Korset. ABF leder inte kursen.")
    >>> found = find_actors(doc, Index())
    >>> [_leader_told(s, found) for s in doc.sents]
    [['org/roda-korset'], []]
    """
    tokens = [t for t in sent if not t.is_space]
    words = [t.lower_ for t in tokens]
    if _NEGATIONS & set(words):
        return []
    named = [
        (iri, i) for iri, i in _actors_in(sent, found) if found.actors[iri].cls in _ROW_PARTIES
    ]
    at = next(
        (k for k in range(len(words) - 2) if words[k] in _LED_BY and words[k + 1] == "av"), None
    )
    if at is not None:
        start = tokens[at + 2].i
        after = [(iri, i) for iri, i in named if start <= i < start + 4]
        led = _unit_after_its_owner(sent.doc, after, found)[:1]
        if led and _owner_of_a_unit_not_found(sent.doc, led[0][1], found):
            return []  # "leds av Kommunstyrelseförvaltningens brottsförebyggande enhet"
        return [iri for iri, _i in led]
    verb = next((t.i for t in tokens if t.lower_ in _LEADS_WORK), None)
    if verb is None or not named or named[0][1] != tokens[0].i or named[0][1] > verb:
        return []
    return [named[0][0]]


def _owner_of_a_unit_not_found(doc, i: int, found: Found) -> bool:
    """Whether the actor at token ``i`` stands in the genitive before a lower-case noun
    ("Kommunstyrelseförvaltningens brottsförebyggande enhet"): it names the owner of a unit
    the drafter did not find, not the one meant."""
    end = found.at_token[i][1]
    return (
        end < len(doc)
        and doc[end - 1].lower_.endswith("s")
        and doc[end].is_alpha
        and doc[end].is_lower
    )


def _names_parties(sent) -> bool:
    """Whether a list's cue says its bodies are parties or members ("Parterna i
    överenskommelsen är:", "Nätverkets medlemmar:")."""
    return any(t.lower_.startswith(("part", "medlem")) for t in sent if t.is_alpha)


# the words that make the one body of a sentence a party: "är i stället X part"
_PARTY_NOUNS = {"part", "partner", "medlem"}


def _made_party(sent, found: Found) -> list[str]:
    """The one body a sentence makes a party or a member ("Sedan 2026 är i stället X part",
    "I år blev även Y medlem"), not one it says is none ("Z är inte part")."""
    tokens = [t for t in sent if not t.is_space]
    words = [t.lower_ for t in tokens]
    if {"ska", "kommer", "vill", "planerar"} & set(words):
        return []
    at = next((k for k, w in enumerate(words) if w in _PARTY_NOUNS), None)
    if at is None or not {"är", "blev", "blir", "var"} & set(words[:at]):
        return []
    if _NEGATIONS & set(words[:at]):
        return []  # "Z är inte part" ("Y var medlem till 2025 och är inte längre med": Y was)
    listed = [(iri, i) for iri, i in _actors_in(sent, found) if sent.doc[i - 1].lower_ != "i"]
    named = [
        iri for iri, i in listed if i < tokens[at].i and found.actors[iri].cls in _MEMBER_CLASSES
    ]
    if len(named) != 1:
        return []
    if at + 2 < len(words) and words[at + 1 : at + 3] == [",", "genom"]:
        # "är också Region X medlem, genom hälsocentralen Y": the unit it takes part through
        through = tokens[at + 2].i
        unit = [iri for iri, i in listed if i == through + 1 and iri.startswith(named[0] + "/")]
        return unit or named
    return named


def _coordinated_by(sent, found: Found, pronoun: bool = False) -> list[str]:
    """The body of "Nätverket samordnas av X" (the body named back by its word): the one that
    coordinates it is one of its members (not "inte"). With ``pronoun``, also "Det samordnas
    av X" (the body the sentence before named)."""
    tokens = [t for t in sent if not t.is_space]
    words = [t.lower_ for t in tokens]
    subjects = _BODY_WORDS | ({"det", "den"} if pronoun else set())
    if len(words) < 4 or words[0] not in subjects or words[1] not in _RUN_BY:
        return []
    if words[2] != "av" or _NEGATIONS & set(words):
        return []
    return [
        iri
        for iri, i in _actors_in(sent, found)
        if i == tokens[3].i and found.actors[iri].cls in _MEMBER_CLASSES
    ]


# the words that name a work back in a sentence that says who runs it: "Aktiviteterna
# samordnas av X", "Sommarlovsaktiviteterna leds av Y" (round 43 of learning)
_WORK_ENDINGS = ("aktiviteterna", "programmet", "projektet", "satsningen", "verksamheten")
_RUN_BY_WORK = _RUN_BY | {"drivs", "drevs", "ordnas", "ordnades"}


# the verbs of "X leder satsningen", the active "Satsningen leds av X"
_LEADS_WORK = {"leder", "ledde", "samordnar", "samordnade", "driver", "drev", "koordinerar"}


def _leads_the_work(sent, found: Found) -> list[str]:
    """The one body of "RF-SISU X leder satsningen." ("Föreningen Y driver projektet."): the
    sentence is the body, its verb and the work named back by its word, nothing more
    (round 58 of learning).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Röda Korset leder satsningen. Röda Korset leder inte satsningen.")
    >>> found = find_actors(doc, Index())
    >>> [_leads_the_work(s, found) for s in doc.sents]
    [['org/roda-korset'], []]
    """
    tokens = [t for t in sent if not t.is_space and t.text != "."]
    named = [(iri, i) for iri, i in _actors_in(sent, found) if i == tokens[0].i]
    if not named or found.actors[named[0][0]].cls not in _ROW_PARTIES:
        return []
    end = found.at_token[tokens[0].i][1]
    rest = [t.lower_ for t in tokens if t.i >= end]
    if len(rest) != 2 or rest[0] not in _LEADS_WORK:
        return []
    if not (rest[1] in _BODY_WORDS or rest[1].endswith(_WORK_ENDINGS)):
        return []
    return [named[0][0]]


def _run_by(sent, found: Found) -> list[str]:
    """The one body of "Aktiviteterna samordnas av X" ("Nätverket leds av Y"): the work
    named back by its word, run by X (not "inte", not a person).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Sommarlovsaktiviteterna samordnas av Röda Korset. Projektet leds inte av ABF.")
    >>> found = find_actors(doc, Index())
    >>> [_run_by(s, found) for s in doc.sents]
    [['org/roda-korset'], []]
    """
    tokens = [t for t in sent if not t.is_space]
    words = [t.lower_ for t in tokens]
    leads = _leads_the_work(sent, found)
    if leads:
        return leads
    if len(words) < 4 or words[2] != "av" or _NEGATIONS & set(words):
        return []
    if not (words[0] in _BODY_WORDS or words[0].endswith(_WORK_ENDINGS)):
        return []
    if words[1] not in _RUN_BY_WORK:
        return []
    named = [
        (iri, i)
        for iri, i in _actors_in(sent, found)
        if i in range(tokens[3].i, tokens[3].i + 4) and found.actors[iri].cls in _ROW_PARTIES
    ]
    # "samordnas av Kultur- och fritidsförvaltningens fritidsenhet": the unit after its
    # owner's genitive runs the work, not the owner (round 52 of learning)
    return [iri for iri, _i in _unit_after_its_owner(sent.doc, named, found)[:1]]


def _applicant_said(doc, sent, found: Found) -> list[str]:
    """The one body of "X är sökande", "X är projektägare genom Y" (not "inte"): the
    applicant or owner of the work, or the unit it acts through (round 52 of learning).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Röda Korset är sökande. ABF är inte projektägare.")
    >>> found = find_actors(doc, Index())
    >>> [_applicant_said(doc, s, found) for s in doc.sents]
    [['org/roda-korset'], []]
    """
    tokens = [t for t in sent if not t.is_space]
    words = [t.lower_ for t in tokens]
    if _NEGATIONS & set(words):
        return []
    at = next(
        (
            j
            for j in range(1, len(words) - 1)
            if words[j] == "är" and words[j + 1] in _APPLICANT_WORDS
        ),
        None,
    )
    if at is None:
        return []
    named = [
        (iri, i) for iri, i in _actors_in(sent, found) if found.actors[iri].cls in _ROW_PARTIES
    ]
    subject = [iri for iri, i in named if i < tokens[at].i]
    if len(subject) != 1:
        return []
    if at + 2 < len(words) and words[at + 2] == "genom":
        # "Sala kommun är sökande genom socialförvaltningens enhet X": the unit takes part
        through = [(iri, i) for iri, i in named if i > tokens[at + 2].i]
        through = _unit_after_its_owner(doc, through, found)[:1]
        if through and found.actors[through[0][0]].cls in _UNITS:
            return [through[0][0]]
    return subject


def _until_heading(doc, sents: list, after: int) -> list:
    """The sentences that begin at or after character ``after`` (the end of a list or of
    its last sentence), up to the next heading (a short line with no closing mark) or the
    next list."""
    out = []
    for sent in sents:
        if sent.start_char < after or not sent.text.strip():
            continue
        words = [t for t in sent if not t.is_space]
        text = page_text(doc)
        line_end = text.find("\n", words[0].idx)
        line = text[words[0].idx : line_end if line_end >= 0 else len(text)].strip()
        if words[0].text in _BULLETS or (len(line.split()) <= 8 and line[-1:] not in ".!?:"):
            break
        out.append(sent)
    return out


def members_among_them(doc, found: Found) -> list[Relation]:
    """The members a sentence names "among them" after one that counts a body's members ("I
    dag har nätverket elva medlemsföreningar. Bland dem finns A, B och C."), with the one
    the next sentence adds ("Fram till 2024 var även D med") and the one the body is said
    to be coordinated by further on ("Nätverket samordnas av E"): partners of each other.
    The body itself, whose members they are, is none of them."""
    out: list[Relation] = []
    sents = [s for s in doc.sents if s.text.strip()]
    for k, sent in enumerate(sents[1:], 1):
        if not _among_them(sent, sents[k - 1]):
            continue
        members = {
            iri: "part"
            for iri, i in _actors_in(sent, found)
            if found.actors[iri].cls in _MEMBER_CLASSES
            and iri != found.page_org
            and doc[i - 1].lower_ not in {"i", "från", "på"}  # "Svenska kyrkan i Svalöv"
        }
        # a name the page drafted elsewhere but the list names again in full, found by
        # no rule here ("... och Syjuntan Spolen"): one of the list (round 51 of learning)
        for iri, actor in found.actors.items():
            label = actor.label_sv or ""
            if (
                actor.cls in _MEMBER_CLASSES
                and iri not in members
                and iri != found.page_org
                and len(label.split()) >= 2
                and re.search(r"(?<!\w)" + re.escape(label) + r"(?!\w)", sent.text)
            ):
                members[iri] = "part"
        end = sent.end_char
        paragraph = page_text(doc).find("\n\n", sent.end_char)
        for after in sents[k + 1 :]:
            if paragraph >= 0 and after.start_char > paragraph:
                break
            for iri in _also_with(after, found):
                members.setdefault(iri, "part")
                end = after.end_char
        for after in sents[k + 1 :]:
            for iri in _coordinated_by(after, found):
                if iri != found.page_org:
                    members.setdefault(iri, "part")
        # "Nätverket X startade 2024. Det samordnas av E. I nätverket finns 22 föreningar.
        # Bland dem är A, B och C": the coordinator said before, in the same paragraph
        # (round 51 of learning)
        opens = page_text(doc).rfind("\n\n", 0, sent.start_char)
        for before in sents[max(k - 3, 0) : k]:
            if before.start_char > opens:
                for iri in _coordinated_by(before, found, pronoun=True):
                    if iri != found.page_org:
                        members.setdefault(iri, "part")
        if len(members) < 2:
            continue
        start = sent.start_char
        if end - start > 200:
            end = start + len(page_text(doc)[start : start + 200].rsplit(" ", 1)[0])
        out.append(Relation("collaboration", (start, end), members=members))
    return out


# the words for the parties a sentence counts at its end: "har Alvarvägen fyra parter."
_COUNTED_PARTIES = {"parter", "partner", "samverkansparter", "samarbetsparter", "projektparter"}
# the counts of parties: two too ("tillsammans med två partner"), beside the counts from three
_PARTY_COUNTS = {"två": 2, **NUMBER_WORDS}
# "Den fjärde parten är X", "Den andra partnern är Y": a party named after the verb
_PARTY_ONES = {"parten", "partnern"}


def _count_of_parties(sent) -> int | None:
    """The number of parties a sentence counts as its last words ("Enligt skissen har
    projektet fyra parter.", "Kontoret planerar programmet tillsammans med två partner."),
    None if it counts none or denies them.

    >>> from samverkan.draft.nlp import parse
    >>> [_count_of_parties(s) for s in parse("Projektet har fyra parter. Det har inte två "
    ...                                      "parter. Vi har tre parter i länet.").sents]
    [4, None, None]
    """
    words = [t for t in sent if t.is_alpha or t.like_num]
    if len(words) < 3 or _NEGATIONS & {t.lower_ for t in words}:
        return None
    noun, count = words[-1], words[-2]
    if noun.lower_ not in _COUNTED_PARTIES:
        return None
    if noun.i + 1 < sent.end and not sent.doc[noun.i + 1].is_punct:
        return None  # "tre parter i länet": the count is not the sentence's end
    if count.like_num and count.text.isdigit():
        return int(count.text)
    return _PARTY_COUNTS.get(count.lower_)


def _subject_party(sent, found: Found) -> str | None:
    """The body a sentence opens with ("Föreningen X blir projektägare.", "Y håller passen
    om bokföring."), or names after "Den fjärde parten är"; None if neither."""
    tokens = [t for t in sent if not t.is_space]
    named = [
        (iri, i) for iri, i in _actors_in(sent, found) if found.actors[iri].cls in _ROW_PARTIES
    ]
    if not tokens or not named:
        return None
    iri, i = named[0]
    if i == tokens[0].i:
        return iri
    before = [t.lower_ for t in tokens if t.i < i]
    if len(before) <= 4 and _PARTY_ONES & set(before) and before[-1] in {"är", "blir", "var"}:
        return iri
    return None


def parties_one_a_sentence(doc, found: Found) -> list[Relation]:
    """The parties a sentence counts ("Enligt projektskissen har Alvarvägen fyra parter.",
    "Kontoret planerar programmet tillsammans med två partner.") named one a sentence after
    it in its paragraph, each as the body its sentence opens with ("Föreningen X blir
    projektägare. Y kommun deltar med praktikplatser. Den fjärde parten är Z."): partners of
    each other and of the body the counting sentence names before its count; no more than
    it counts, and none unless every sentence up to the count names one (round 95 of
    learning).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Projektet Brobygget har tre parter. Föreningen Vänkraft blir projektägare. "
    ...             "Kils kommun ordnar praktikplatser. Den tredje parten är ABF Värmland.")
    >>> found = find_actors(doc, Index())
    >>> [sorted(r.members) for r in parties_one_a_sentence(doc, found)]
    [['kommun/1715', 'org/abf-varmland', 'org/foreningen-vankraft']]
    """
    out: list[Relation] = []
    sents = [s for s in doc.sents if s.text.strip()]
    for k, sent in enumerate(sents):
        number = _count_of_parties(sent)
        if number is None or number < 2:
            continue
        count_at = [t for t in sent if t.is_alpha or t.like_num][-2].i
        named: list[str] = []
        end = sent.end_char
        for after in sents[k + 1 : k + 1 + number]:
            if "\n\n" in page_text(doc)[end : after.start_char] or "\n" in after.text.strip():
                break
            party = _subject_party(after, found)
            if party is None or party in named:
                break
            named.append(party)
            end = after.end_char
        if len(named) != number:
            continue
        members = {
            iri: "part"
            for iri, i in _actors_in(sent, found)
            if i < count_at and found.actors[iri].cls in _MEMBER_CLASSES
        }
        for iri in named:
            members.setdefault(iri, "part")
        if len(members) < 2:
            continue
        start = sent.start_char
        if end - start > 200:
            end = start + len(page_text(doc)[start : start + 200].rsplit(" ", 1)[0])
        out.append(Relation("collaboration", (start, end), members=members))
    return out
