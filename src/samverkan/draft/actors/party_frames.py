"""Bodies named only as the subject of a sentence that tells a party joining or leaving the
work (round 81 of learning, from the partner pairs rounds 60-99 lose to an end never drafted):

- a past party, the name the sentence opens with before "var med", "var part", "var
  ledamot", "var medlem" or "satt i", the clause going on "men lämnade ...", "men hoppade av",
  "men drog sig ur", "men har inte varit med sedan dess": "Åkeriet Pollaren var part under
  2025 men lämnade Kajspåret", "Ekumeniska rådet i Vadstena var med när rådet bildades men
  lämnade nätverket";
- a later party, the name after "även"/"också" in a sentence opening with a date: "Sedan
  maj 2026 deltar även Svenska kyrkan Ramundeboda församling som part", "Sedan januari 2024
  är även Götene Textilåtervinning ekonomisk förening med", or before it: "Sedan februari
  2026 är Kvinnojourernas länsnätverk Dagsländan också part".

The frame, not the words, says the name is a body's: whatever its head word ("Caféet",
"Fältgruppen", "Bankkontoret"), the capitalised words in that place are taken whole, a
shorter body found inside them ("Svenska kyrkan" of "Svenska kyrkans diakonigrupp
Nattljuset") given up. Such a name is an association (a company where it ends in "AB");
:mod:`samverkan.draft.relations.ungrouped` joins it to the work.

Round 73's :func:`samverkan.draft.nlp._frame_names` reads two of these frames ("var med ...
men", "är även X med") for names of its own shape (a first word of eight letters and more);
this finder, run after every other, takes the names it leaves: shorter heads ("Caféet",
"Åkeriet"), lower-case words inside, a town at the end, more frames ("hoppade av", "deltar
även X som part", "till och med 2025").

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Projektet drivs av Kils kommun. Caféet Blåbärsriset var med under 2024 men "
...             "lämnade projektet. Sedan mars 2025 är även Kyrkans syjunta Nålsticket med.")
>>> sorted(a.label_sv for a in find_actors(doc, Index()).actors.values())
['Caféet Blåbärsriset', 'Kils kommun', 'Kyrkans syjunta Nålsticket']
"""

from __future__ import annotations

from samverkan.draft.actors.found import Found, firm_word_first
from samverkan.draft.model import Actor, slug

__all__ = ["names_in_party_frames"]

# lower-case words a name may hold between its capitalised ones
_CONNECTORS = {"i", "för", "och", "på", "vid", "av", "mellan", "utan", "&"}
# a past party's frame: the verb and its word after the name ("var med", "satt i")
_WAS = {("var", "med"), ("var", "part"), ("var", "ledamot"), ("var", "medlem"), ("satt", "i")}
_ALSO = {"även", "också"}
# what ends a later party's name after "även": "... med", "... part", "... som part"
_AFTER_LATER = {"med", "part", "som", "att", ",", ".", "och"}
_MONTHS = {
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
}
_LATER_OPENERS = {"sedan", "från", "efter"}
_SEASONS = {"våren", "hösten", "sommaren", "vintern", "sommarlovet", "årsskiftet"}
_OPENERS = {"tidigare", "också", "även"}
# a body's kind that may end its name ("Götene Textilåtervinning ekonomisk förening")
_KINDS = ("förening", "församling", "förbund")
# words that open a sentence without naming a body
_NO_NAME = {
    "den",
    "det",
    "denna",
    "detta",
    "de",
    "dessa",
    "vi",
    "han",
    "hon",
    "hen",
    "man",
    "alla",
    "flera",
    "några",
    "en",
    "ett",
    "varje",
    "ingen",
    "inget",
    "båda",
    "projektet",
    "och",
    "men",
    "även",
    "också",
    "sedan",
    "i",
    "på",
}
_NOT = {"inte", "ej", "aldrig"}
# the bodies a frame's name may take the place of
_GIVEN_UP = {"sam:CivilSocietyOrganization", "sam:PrivateCompany", "sam:MunicipalCompany"}
_LEAVING = (
    {"lämnade", "lämnat", "lämnar", "slutade"},
    {("hoppade", "av"), ("drog", "sig"), ("gick", "ur"), ("klev", "av")},
)
# a body's genitive that opens a unit's name, not a name ("Kommunens energirådgivning",
# "Vuxenutbildningens SFI-enhet"): a definite noun's genitive
_DEFINITE_GENITIVE = ("ens", "ets", "ans", "nas", "ns")


def _left_after(lowers: list[str]) -> bool:
    """Whether ``lowers`` (the words after the frame's verb) tell the body left: "men
    lämnade", "men hoppade av", "men har inte varit med sedan dess", or an end to its time:
    "i samarbetet fram till december 2024", "i rådet till och med 2025"."""
    for k in range(min(len(lowers) - 2, 6)):
        if lowers[k : k + 2] == ["fram", "till"] or lowers[k : k + 3] == ["till", "och", "med"]:
            after = lowers[k + 2 : k + 6]
            if any(w.isdigit() or w in _MONTHS for w in after):
                return True
    if "men" not in lowers:
        return False
    rest = lowers[lowers.index("men") + 1 :]
    single, pairs = _LEAVING
    if any(w in single for w in rest[:3]) and not _NOT & set(rest[:4]):
        return True
    if any(tuple(rest[k : k + 2]) in pairs for k in range(3)):
        return True
    return rest[:4] == ["har", "inte", "varit", "med"]


def _kind_first(text: str) -> bool:
    """Whether a name's first word reads as a definite noun or a genitive, what a body is or
    whose it is ("Caféet", "Fältgruppen", "Danderyds"), not a person's first name."""
    return (len(text) >= 6 and text.endswith(("en", "et"))) or (
        len(text) >= 7 and text.endswith("s")
    )


def _name_ok(words) -> bool:
    """Whether the tokens ``words`` read as a body's name: two to seven words, the first
    capitalised and no pronoun, at most two lower-case words that join no names, two
    capitalised words or a long genitive first ("Storstockholms brandförsvar")."""
    if not 2 <= len(words) <= 7:
        return False
    first = words[0]
    if not first.is_title or not first.is_alpha or first.lower_ in _NO_NAME:
        return False
    for t in words:
        if "\n" in t.text_with_ws.strip(" ") or not (
            t.is_alpha or t.text in {"-", "&"} or "-" in t.text
        ):
            return False
    if len([t for t in words[1:] if t.is_lower and t.lower_ not in _CONNECTORS]) > 2:
        return False
    if words[-1].lower_ in _CONNECTORS:
        return False
    capitals = [t for t in words if t.is_title or t.is_upper]
    if len(capitals) == len(words) and words[-1].text != "AB" and not _kind_first(first.lower_):
        return False  # "Anna Berg var med från starten men lämnade": a person's name
    if len(capitals) >= 2:
        return True
    text = first.lower_
    return text.endswith("s") and not text.endswith(_DEFINITE_GENITIVE) and len(text) >= 7


def _past_name(words) -> tuple[int, int] | None:
    """The token span (sentence positions) of a past party's name, see the module docstring."""
    lowers = [t.lower_ for t in words]
    first = 1 if lowers and lowers[0] in _OPENERS else 0
    verb = next(
        (
            k
            for k in range(first + 2, min(len(words) - 1, first + 8))
            if (lowers[k], lowers[k + 1]) in _WAS
        ),
        None,
    )
    if verb is None or _NOT & set(lowers[verb : verb + 3]):
        return None
    if not _left_after(lowers[verb + 2 :]):
        return None
    return first, verb


def _later_name(words) -> tuple[int, int] | None:
    """The token span of a later party's name, see the module docstring."""
    lowers = [t.lower_ for t in words]
    if len(words) < 6 or lowers[0] not in _LATER_OPENERS or _NOT & set(lowers):
        return None
    also = next((k for k, w in enumerate(lowers[:9]) if w in _ALSO), None)
    if also is None or also < 3:
        return None
    if not any(w.isdigit() or w in _SEASONS for w in lowers[1:also]):
        return None
    if words[also + 1 : also + 2] and words[also + 1].is_title:
        if not words[also - 1].is_lower or lowers[also - 1] in _SEASONS:
            return None  # a verb before "även": "Sedan 2024 deltar även X"
        # the name ends before "med", "part", "som", "att" or a comma, its last word
        # capitalised or a body's kind ("... ekonomisk förening"): not "Sedan 2024 är även X
        # Y medarrangör", "kom även X in i gruppen"
        stop = next((k for k in range(also + 2, len(words)) if lowers[k] in _AFTER_LATER), None)
        if stop is None:
            return None
        last = words[stop - 1]
        if not (last.is_title or last.is_upper or last.lower_.endswith(_KINDS)):
            return None
        return also + 1, stop
    # "Sedan 2026 är NAME också part"
    if lowers[also + 1 : also + 2] in (["part"], ["med"]):
        opener = next((k for k in range(1, also) if lowers[k] in {"är", "deltar"}), None)
        if opener is not None and words[opener + 1].is_title:
            return opener + 1, also
    return None


def _give_up_inside(doc, found: Found, start: int, end: int) -> bool:
    """Give up a body found inside the span, at its start ("Svenska kyrkan" of "Svenska
    kyrkans diakonigrupp X"), and a town after "i" in it ("Ekumeniska rådet i Vadstena");
    False where the span holds another kind of actor or a body that does not open it."""
    inside = [k for k, (_iri, e) in found.at_token.items() if start <= k < end or start < e <= end]
    for k in inside:
        iri, e = found.at_token[k]
        actor = found.actors.get(iri)
        if actor is None or e > end or k < start:
            return False
        if actor.cls == "sam:Municipality" and k > start and doc[k - 1].lower_ == "i":
            continue
        if k != start or actor.cls not in _GIVEN_UP:
            return False
    for k in inside:
        iri, _e = found.at_token.pop(k)
        actor = found.actors[iri]
        if actor.cls in _GIVEN_UP and not any(i == iri for i, _e2 in found.at_token.values()):
            del found.actors[iri]  # named nowhere else (a town is kept: the page's own)
    return True


def names_in_party_frames(doc, found: Found, add) -> None:
    """The names of past and later parties no other rule read (see the module docstring)."""
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        span = _past_name(words) or _later_name(words)
        if span is None:
            continue
        a, b = span
        if b <= a:
            continue
        if (
            words[a].lower_ == "föreningen"
            and b - a >= 3
            and words[a + 1].is_title
            and (words[a + 1].lower_.endswith(("en", "et", "an", "n")))
        ):
            a += 1  # "Föreningen Bokcirkeln Lingonriset": the association's own name
        if firm_word_first(words[a:b]):
            a += 1  # "Entreprenadfirman Bollsta Röjning AB": what the company is (round 86)
        tokens = words[a:b]
        if any(t.i != tokens[0].i + k for k, t in enumerate(tokens)) or not _name_ok(tokens):
            continue
        start, end = tokens[0].i, tokens[-1].i + 1
        name = doc[start:end].text
        if start in found.at_token and found.at_token[start][1] == end:
            actor = found.actors.get(found.at_token[start][0])
            if actor is None or actor.label_sv == name or actor.cls not in _GIVEN_UP:
                continue
            # the words read as another body's ("Svenska kyrkans diakonigrupp X" as
            # "Svenska kyrkan", "Danderyds Konstvänner" as "Danderyd Konstvänner"): the
            # frame names a body of its own
        if not _give_up_inside(doc, found, start, end):
            continue
        cls = "sam:PrivateCompany" if tokens[-1].text == "AB" else "sam:CivilSocietyOrganization"
        add(Actor(f"org/{slug(name)}", cls, name, name), start, end)
