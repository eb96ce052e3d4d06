"""The page's main collaboration: the project or network the page is about.

Partner pages, final reports and project descriptions name the project once and then give
each party a sentence of its own, often in a paragraph under the party's own heading:

- a party sentence: "Region X är samverkanspart sedan starten", "Y är med som part sedan
  2025", "Z var samverkanspart under det första året men lämnade projektet" (a stated past
  membership is kept, as the expected files keep it); the subject, alone, with a party word
  ("part", "partner", "samverkanspart", "projektpart", "samarbetspartner") after "är",
  "var", "har varit" or "blev" (never "är inte part", never a plan);
- an owner sentence: "Projektet ägs av X", "NAME ägs av X", "Projektägare är X".

Every such party is a member of one collaboration: the collaboration drafted before the
first party sentence that has the page's own party (the owner named, else the page's
municipality or organisation) among its members; else a collaboration of its own, of the
owner (else the page's own party) and the parties. A collaboration drafted from a party
sentence alone (the sentence's subject and the page's party) is the same one and is merged.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.relations import find_relations
>>> doc = parse("Vägval är ett projekt för unga. Vägval ägs av Kils kommun.\\n\\n"
...             "Region Värmland är samverkanspart sedan starten.\\n\\n"
...             "Röda Korset är med som part sedan 2024.")
>>> found = find_actors(doc, Index())
>>> [sorted(r.members) for r in find_relations(doc, found) if r.kind == "collaboration"]
[['kommun/1715', 'org/roda-korset', 'region/17']]
"""

from __future__ import annotations

import itertools

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import line_of, page_text
from samverkan.draft.relations.genom import NOT as _NOT
from samverkan.draft.relations.genom import PLANNED as _PLANNED
from samverkan.draft.relations.genom import after_genom, denied, takes_part_through, unit_of
from samverkan.draft.relations.hedges import demanded, says_no
from samverkan.draft.relations.words import (
    _BULLETS,
    _RECIPIENTS,
    _actors_in,
    _comma_clause_opening,
)

__all__ = ["main_collaboration"]

_PARTY_VERBS = {"är", "var", "varit", "blev", "blir", "bli", "går", "gick", "gått", "kom", "kommit"}
# words that may stand between the verb and the party word: "är med som part", "är också
# samverkanspart", "är kvar som samverkansparter", "går in som ny part" (a change of
# parties: the one that stays and the one that joins), "har varit en av projektets parter"
# is not read
_BETWEEN = {"med", "som", "också", "även", "numera", "nu", "sedan", "dessutom", "ny", "nya"}
_BETWEEN |= {"kvar", "in"}
# a party counted among the others: "Region X är tredje part i samarbetet", "Y är
# ytterligare en part"
_BETWEEN |= {"andra", "tredje", "fjärde", "femte", "sjätte", "ytterligare", "en"}
# the verbs of a party that leaves, and the bodies it leaves: "X lämnar projektet den 31
# mars", "X lämnade rådet 2023" (a stated past membership, kept as the expected files keep it)
_LEAVES = {"lämnar", "lämnade", "lämnat"}
_LEFT = {"projektet", "nätverket", "samarbetet", "partnerskapet", "rådet", "samverkan"}
# "X lämnade programmet", "Y lämnade satsningen 2024" (round 43 of learning)
_LEFT |= {"programmet", "satsningen"}
_PARTY_WORDS = (
    "part",
    "parter",
    "partner",
    "partners",
    "samverkanspart",
    "samverkansparter",
    "samverkanspartner",
    "samarbetspart",
    "samarbetspartner",
    "projektpart",
    "projektparter",
    "projektpartner",
    # an owner of a part of the project, a co-applicant: "A och B är med som delprojektägare"
    "delprojektägare",
    "delprojektägarna",
    "medsökande",
)
# where the clause of the subject begins
_BOUNDARIES = {",", "som", "där", "men", "och", ":", ";", "–", "-"}
_MEMBER_CLASSES = _RECIPIENTS | {"sam:CountyAdministrativeBoard", "sam:PrivateCompany"}


def _party_word(lowers: list[str], names: frozenset[int] = frozenset()) -> int | None:
    """The index of the party word a party sentence turns on, or None.

    Examples
    --------
    >>> _party_word("region x är samverkanspart sedan starten .".split())
    3
    >>> _party_word("föreningen y är med som part sedan 2024 .".split())
    5
    >>> _party_word("föreningen är inte part i projektet .".split())
    >>> _party_word("kommunen ska bli part i avtalet .".split())

    With the positions of the names (``names``), the subject may stand after the verb, as a
    sentence opening with another word has it: "Sedan 2026 är också Föreningen X part i
    projektet" (round 50 of learning).

    >>> _party_word("sedan 2026 är också föreningen x part i projektet .".split(), {4, 5})
    6

    The name's class noun may stand before it: "Från 2025 är också byggföretaget X AB part".

    >>> _party_word("från 2025 är också byggföretaget x ab part .".split(), {5, 6})
    7
    >>> _party_word("från 2025 är byggföretaget x ab inte part .".split(), {4, 5})
    """
    for k, word in enumerate(lowers):
        if word not in _PARTY_WORDS:
            continue
        j = k - 1
        while j >= 0 and (lowers[j] in _BETWEEN or j in names):
            j -= 1
        if j < k - 1 and k - 1 in names:
            # "är också byggföretaget X part", "är den ideella organisationen Y partner": the
            # name's class noun (and its adjectives) between the verb and the name (round
            # 57 of learning)
            skipped = 0
            while j >= 0 and skipped < 3 and lowers[j].isalpha() and lowers[j] not in _PARTY_VERBS:
                j -= 1
                skipped += 1
            while j >= 0 and lowers[j] in _BETWEEN:
                j -= 1
        if j < 0 or lowers[j] not in _PARTY_VERBS:
            continue
        if _NOT & set(lowers[max(j - 2, 0) : k]) or _PLANNED & set(lowers[max(j - 3, 0) : j]):
            continue
        after = lowers[k + 1 : k + 3]
        if after[:1] == ["i"] and after[1:] in (["ett"], ["en"]):
            continue  # "X är part i ett avtal": another body, named by the sentence
        return k
    return None


def _subjects(sent, found: Found, k: int) -> list[str]:
    """The actors of the party word's clause before it ("Även A och B är parter": A, B)."""
    lowers = [t.lower_ for t in sent]
    word = k
    while k > 0 and lowers[k] not in _PARTY_VERBS:
        k -= 1  # the verb: "A är med som part" has its clause before "är"
    after_verb = [
        iri
        for iri, i in _actors_in(sent, found)
        if k < i - sent.start < word and found.actors[iri].cls in _MEMBER_CLASSES
    ]
    if after_verb:
        # "Sedan 2026 är också Föreningen X part i projektet": the subject after the verb;
        # not the municipality of "Vuxenutbildningen i Finspång", named for its unit (round
        # 57 of learning)
        return [
            iri for iri in after_verb if not any(o.startswith(iri + "/") for o in after_verb)
        ]
    start = max((j for j in range(k) if lowers[j] in _BOUNDARIES - {"och"}), default=-1)
    end = k
    opening = _comma_clause_opening(lowers, start) if start == k - 1 else -1
    if opening >= 0:
        # "Sfi Falun, som hör till bildningsförvaltningen, blev part", "Föreningen X, en
        # förening för ..., blev part": the subject before the clause set off by commas
        # (round 48 of learning)
        end = opening
        start = max((j for j in range(opening) if lowers[j] in _BOUNDARIES - {"och"}), default=-1)
    return [
        iri
        for iri, i in _actors_in(sent, found)
        if start < i - sent.start < end and found.actors[iri].cls in _MEMBER_CLASSES
    ]


def _owner(sent, found: Found) -> str | None:
    """The owner a sentence names: "ägs av X", "Projektägare är X", "X är projektägare"."""
    lowers = [t.lower_ for t in sent]
    actors = [
        (iri, i - sent.start)
        for iri, i in _actors_in(sent, found)
        if found.actors[iri].cls in _MEMBER_CLASSES
    ]
    for k, word in enumerate(lowers):
        if word in {"ägs", "ägdes"} and lowers[k + 1 : k + 2] == ["av"]:
            after = [iri for iri, i in actors if k + 1 < i <= k + 4]
            if after:
                return after[0]
        if word.startswith("projektägare"):
            near = [(iri, i) for iri, i in actors if abs(i - k) <= 3]
            if near:
                return _head_of_genitive(sent, near, found)
    if lowers[:1] == ["bakom"] and "står" in lowers[2:4] and not _NOT & set(lowers):
        # "Bakom projektet står föreningen X.": the one body behind the work owns it (round
        # 58 of learning; not "Bakom det står A och B", two of them)
        verb = lowers.index("står", 2)
        after = [(iri, i) for iri, i in actors if i > verb]
        if len(after) == 1:
            return after[0][0]
    return None


def _head_of_genitive(sent, near: list[tuple[str, int]], found: Found) -> str:
    """The first of ``near`` (actors and their positions in ``sent``), or the unit named right
    after it when the first stands in the genitive: "Projektägare är
    Samhällsbyggnadsförvaltningens arbetsmarknadsenhet" owns by its unit, not by the
    department (round 53 of learning)."""
    (first, i), rest = near[0], near[1:]
    end = found.at_token[sent.start + i][1]
    if (
        rest
        and rest[0][1] == end - sent.start
        and sent.doc[end - 1].lower_.endswith("s")
        and found.actors[rest[0][0]].cls == "sam:MunicipalUnit"
    ):
        return rest[0][0]
    return first


# the words after which an owner's sentence names who does the owner's work: "Projektägare är
# X, och arbetet leds av Y" ("Projektägare var X genom Y" is not read: the expected files of
# rounds 9, 13, 19 and 22 keep such a unit out of the parties, those of rounds 28 and 33 in)
_LED_BY = {"leds", "drivs", "samordnas", "leddes", "drevs", "samordnades"}


def _led_in_owner_sentence(sent, found: Found) -> list[str]:
    """The body an owner's sentence names after the owner as doing its work: "Projektägare är
    Kils kommun, och arbetet leds av kommunens arbetsmarknadsenhet", "Projektet ägs av Kils
    kommun och drivs av enheten Startpunkten": a party of the page's collaboration beside the
    owner (round 32 of learning; not in a sentence that names no owner, not one named before
    the owner, "Projektet leds av X, där projektägare är Y", not "leds inte av", not a plan).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Projektägare är Kils kommun, och arbetet leds av kommunens "
    ...             "arbetsmarknadsenhet. Arbetet leds av Grums kommun.")
    >>> found = find_actors(doc, Index())
    >>> [_led_in_owner_sentence(s, found) for s in doc.sents]
    [['kommun/1715/arbetsmarknadsenheten'], []]
    """
    owner = _owner(sent, found)
    lowers = [t.lower_ for t in sent]
    if owner is None or (_NOT | _PLANNED) & set(lowers):
        return []
    named = _actors_in(sent, found)
    at_owner = next(i - sent.start for iri, i in named if iri == owner)
    at = [
        k
        for k, w in enumerate(lowers[:-1])
        if w in _LED_BY and lowers[k + 1] == "av" and k > at_owner
    ]
    if not at:
        return []
    return [
        iri
        for iri, i in named
        if i - sent.start > at[0]
        and iri != owner
        and found.actors[iri].cls in _MEMBER_CLASSES | {"sam:MunicipalUnit"}
    ][:1]


# the words that may open a sentence before its subject: "Även X ger ...", "Dessutom ..."
_OPENERS = {"även", "också", "dessutom", "sedan", "därtill"}
# what follows a body that is no subject doing the work: "X:s ...", "X och Y är ...", a list
_NO_VERB = {",", "och", "samt", "eller", "(", ":", "-", "–", "|", "är", "var", "har", "hade"}


def _subject_of_the_owners_paragraph(sent, found: Found) -> str | None:
    """The body a sentence opens with and tells what it does, "Skeppsviks folkhögskola ger
    kurser", "Arbetsförmedlingen anvisar deltagare": in the paragraph that names the page's
    owner, one of the parties, told one a sentence (round 32 of learning; not "är"/"har" (a
    description of the body), not a list, not a negation or a plan).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Röda Korset ordnar läxhjälp. Röda Korset har inte varit med. "
    ...             "Röda Korset är en förening.")
    >>> found = find_actors(doc, Index())
    >>> [_subject_of_the_owners_paragraph(s, found) for s in doc.sents]
    ['org/roda-korset', None, None]
    """
    words = [t for t in sent if not t.is_space]
    lowers = {t.lower_ for t in words}
    if len(words) < 4 or (_NOT | _PLANNED) & lowers or says_no([t.lower_ for t in words]):
        return None
    first = 1 if words[0].lower_ in _OPENERS else 0
    start = words[first].i
    if start not in found.at_token:
        return None
    iri, end = found.at_token[start]
    if found.actors[iri].cls not in _MEMBER_CLASSES or end >= sent.end:
        return None
    after = sent.doc[end]
    if after.lower_ == "i" and end + 2 < sent.end and sent.doc[end + 1].is_title:
        after = sent.doc[end + 2]  # "Arbetsförmedlingen i Norrtälje anvisar"
    if not after.is_alpha or not after.is_lower or after.lower_ in _NO_VERB:
        return None
    return iri


# the heads of a heading over a section that tells the parties one by one in prose: "Parterna
# och deras roller", "Samverkansparter", "Parter" (round 39 of learning)
_SECTION_HEADS = ("samverkanspart", "samarbetspart", "projektpart")
_SECTION_WORDS = {"parter", "parterna", "parternas", "partner", "partners", "partnerna"}
_UNIT_CLASSES = {"sam:MunicipalUnit", "sam:Department"}
# a body that does something for the work all the same, after the paragraph has said it is no
# party: "Polisen är inte part. Lokalpolisområdet har ändå lovat att träffa familjerna"
_YET = {"ändå"}


def section_heading(sent) -> str | None:
    """"parties" for a heading over the parties told in prose ("Parterna och deras roller"),
    "other" for any other heading (a short capitalised line of its own without a closing
    mark), None for a sentence of running text.

    >>> from samverkan.draft.nlp import parse
    >>> [section_heading(s) for s in parse("Parterna och deras roller\\nKils kommun leder "
    ...  "arbetet.\\n\\nBudget\\nArbetet kostar lite.").sents if s.text.strip()]
    ['parties', None, 'other', None]
    """
    words = [t for t in sent if not t.is_space]
    if not words or line_of(sent)[1].strip() != sent.text.strip():
        return None
    line = sent.text.strip()
    if len(words) > 7 or not line[0].isupper() or line.endswith((".", ":", "!", ",")):
        return None
    first = words[0].lower_
    # not a partnership's name: "Partnerskapet Dalarna välkomnar"
    if (first in _SECTION_WORDS or first.startswith(_SECTION_HEADS)) and not line.endswith("?"):
        return "parties"
    return "other"


def _named_in_full(iri: str, found: Found) -> str:
    """The body a short name in the definite form names again, the one whose full name ends
    with its words: "Röda Korskretsen" for "Kils Röda Korskrets", "Missionsförsamlingen" for
    "Grums Missionsförsamling"; else ``iri`` itself."""
    words = found.actors[iri].label_sv.lower().split()
    if not words:
        return iri
    for other, actor in found.actors.items():
        full = actor.label_sv.lower().split()
        if (
            other != iri
            and actor.cls == found.actors[iri].cls
            and len(full) > len(words)
            and full[len(full) - len(words) : -1] == words[:-1]
            and words[-1] in {full[-1] + "en", full[-1] + "n", full[-1] + "et"}
        ):
            return other
    return iri


def _parties_of_the_section(sent, found: Found) -> list[str]:
    """The bodies a sentence under a heading of the parties opens with and tells what they do:
    "Kils kommun leder arbetet", "Grums bibliotek ordnar språkcaféer", "A och B tar emot
    praktikanter", "Socialförvaltningens mottagningsenhet hänvisar deltagare" (the unit of the
    genitive, not the department), "Arvika kommun deltar genom Arvika bibliotek" (the unit
    the body takes part through, not the body); not a negation, a plan or a refusal
    (round 39 of learning).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Arbetsförmedlingen och Röda Korset ordnar praktik. Röda Korset "
    ...             "bidrar inte med pengar.")
    >>> found = find_actors(doc, Index())
    >>> [_parties_of_the_section(s, found) for s in doc.sents]
    [['org/arbetsformedlingen', 'org/roda-korset'], []]
    """
    words = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in words]
    if len(words) < 4 or (_NOT | _PLANNED | _YET) & set(lowers) or says_no(lowers):
        return []
    doc = sent.doc
    k = words[1].i if lowers[0] in _OPENERS else words[0].i
    named: list[str] = []
    while k in found.at_token and k < sent.end:
        iri, end = found.at_token[k]
        if end in found.at_token and found.actors[found.at_token[end][0]].parent == iri:
            iri, end = found.at_token[end]  # "Socialförvaltningens mottagningsenhet"
        if found.actors[iri].cls not in _MEMBER_CLASSES | _UNIT_CLASSES:
            return []
        named.append(_named_in_full(iri, found))
        k = end
        if k < sent.end and doc[k].lower_ in {"och", "samt", ","} and k + 1 in found.at_token:
            k += 1
            continue
        break
    if not named or k >= sent.end:
        return []
    verb = doc[k]
    if not verb.is_alpha or not verb.is_lower or verb.lower_ in {"och", "samt", "eller"}:
        return []
    if doc[k - 1].lower_.endswith("s") and not found.actors[named[-1]].label_sv.endswith("s"):
        return []  # "Regionens tolkar deltar": the body's staff in its genitive, no party
    if verb.lower_ in {"är", "var"} and k + 1 in found.at_token:
        return []  # "Sökande organisation är Kils kommun": a name for a body, no party
    # "Arvika kommun deltar genom Arvika bibliotek": the unit stands for the body
    if len(named) == 1 and k + 2 < sent.end and doc[k + 1].lower_ == "genom":
        at = sent.start + after_genom([t.lower_ for t in sent], k + 1 - sent.start)
        unit = found.at_token[at][0] if at < sent.end and at in found.at_token else None
        if unit is not None and unit_of(found, unit, named[0]):
            return [unit]
    return named


_COORDINATING = {"samordningsansvaret", "samordningsansvar"}


def _coordinators(sent, found: Found) -> list[str]:
    """The subject of "X har haft det samordnande ansvaret", "X har samordningsansvaret": a
    party of the page's collaboration, the one that coordinates it (not "har inte haft").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Sala kommun driver projektet. Integrationsenheten har haft det "
    ...             "samordnande ansvaret.")
    >>> found = find_actors(doc, Index())
    >>> [_coordinators(s, found) for s in doc.sents]
    [[], ['kommun/1981/integrationsenheten']]
    """
    lowers = [t.lower_ for t in sent]
    k = next(
        (
            j
            for j, w in enumerate(lowers)
            if w in _COORDINATING
            or (w == "ansvaret" and j and lowers[j - 1] == "samordnande")
        ),
        None,
    )
    if k is None or _NOT & set(lowers[:k]) or _PLANNED & set(lowers[:k]):
        return []
    verb = next((j for j in range(k) if lowers[j] in {"har", "hade", "haft"}), None)
    if verb is None:
        return []
    return [
        iri
        for iri, i in _actors_in(sent, found)
        if i - sent.start < verb and found.actors[iri].cls in _MEMBER_CLASSES
    ][-1:]


# the leaving of one who was with us, in more words: "drog sig ur", "hoppade av", "klev av",
# "gick ur" (round 59 of learning)
_DROPS_OUT = {("drog", "sig", "ur"), ("hoppade", "av"), ("klev", "av"), ("gick", "ur")}


def _drops_out(lowers: list[str], j: int) -> bool:
    """Whether the words from ``j`` say a party dropped out ("drog sig ur", "hoppade av").

    >>> _drops_out("men drog sig ur i juni".split(), 1)
    True
    >>> _drops_out("men drog in pengar".split(), 1)
    False
    """
    return any(tuple(lowers[j : j + len(p)]) == p for p in _DROPS_OUT)


def _with_before(lowers: list[str], j: int) -> bool:
    """Whether the clause before ``j`` has its subject with us: "X var med under våren",
    "X var med och ordnade träffarna" (round 59 of learning).

    >>> _with_before("a var med under våren men drog sig ur".split(), 6)
    True
    >>> _with_before("a bjöd in b men drog sig ur".split(), 5)
    False
    """
    return any(
        lowers[i] in _WITH_VERBS and lowers[i + 1 : i + 2] == ["med"] for i in range(j)
    )


def _leavers(sent, found: Found) -> list[str]:
    """The subject of "X lämnar projektet", "X och Y lämnade rådet 2023": a past party of the
    page's collaboration (not "lämnar inte", not a plan, "kan lämna").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Grums kommun lämnade nätverket 2024. Kils kommun lämnar inte projektet.")
    >>> found = find_actors(doc, Index())
    >>> [_leavers(s, found) for s in doc.sents]
    [['kommun/1764'], []]
    """
    lowers = [t.lower_ for t in sent]
    k = next(
        (
            j
            for j, w in enumerate(lowers[:-1])
            if (w in _LEAVES or _drops_out(lowers, j))
            and (
                _LEFT & set(lowers[j + 1 : j + 3])
                # "X var med under våren men lämnade i juni 2025": left, the work unsaid
                # after a clause that has X with us (round 58 of learning)
                or (
                    lowers[j - 1 : j] == ["men"]
                    and lowers[j + 1] in {"i", "vid", "efter"}
                    and "med" in lowers[:j]
                    and _WITH_VERBS & set(lowers[:j])
                )
                # "X var med under hösten men lämnade mötesplatsen", "Y var med från starten
                # men drog sig ur i juni": any leaving after a clause that has X with us
                # (round 59 of learning)
                or (lowers[j - 1 : j] == ["men"] and _with_before(lowers, j))
            )
        ),
        None,
    )
    if k is None or _NOT & set(lowers[: k + 2]) or _PLANNED & set(lowers[:k]):
        return []
    start = max((j for j in range(k) if lowers[j] in _BOUNDARIES - {"och"}), default=-1)
    named = [
        iri
        for iri, i in _actors_in(sent, found)
        if start < i - sent.start < k and found.actors[iri].cls in _MEMBER_CLASSES
    ]
    if not named and start > 0 and lowers[start] == "men":
        # "X var med det första året men lämnade samarbetet": the subject of the clause before
        first = max((j for j in range(start) if lowers[j] in _BOUNDARIES - {"och"}), default=-1)
        named = [
            iri
            for iri, i in _actors_in(sent, found)
            if first < i - sent.start < start and found.actors[iri].cls in _MEMBER_CLASSES
        ]
    return named


# what the body of a cleft sentence does in the page's collaboration: takes part, or
# receives or runs the project there ("som deltog", "som tar emot projektet", "som är kontakt")
_CLEFT_PART = {"deltar", "deltog", "medverkar", "medverkade", "kontakt"} | _LEFT


def _cleft(sent, found: Found) -> list[str]:
    """The body of "I Kungsör var det lärcentrum som deltog", "I Vindeln är det fritidsgården
    X som tar emot projektet": the municipality's part in the page's collaboration, told
    place by place (not "är det inte", not a plan).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Projektet drivs av Kils kommun. I Grums är det Röda Korset som deltar.")
    >>> found = find_actors(doc, Index())
    >>> [_cleft(s, found) for s in doc.sents]
    [[], ['org/roda-korset']]
    """
    lowers = [t.lower_ for t in sent if not t.is_space]
    if lowers[:1] != ["i"] or len(lowers) < 6:
        return []
    cleft = (["är", "det"], ["var", "det"])
    det = next((k for k in (2, 3) if lowers[k - 1 : k + 1] in cleft), None)
    if det is None or "som" not in lowers[det + 1 :] or (_NOT | _PLANNED) & set(lowers):
        return []
    som = lowers.index("som", det + 1)
    # "som ansvarar för kommunens del": the municipality's share of the work
    share = lowers[som + 1 : som + 3] == ["ansvarar", "för"] and bool(
        {"del", "delen", "deltagande"} & set(lowers[som + 3 : som + 6])
    )
    if not _CLEFT_PART & set(lowers[som + 1 : som + 5]) and not share:
        return []  # "I A är det förvaltningen som håller i kontakterna": no part of ours
    offset = next(t.i for t in sent if not t.is_space) - sent.start
    return [
        iri
        for iri, i in _actors_in(sent, found)
        if det < i - sent.start - offset < som and found.actors[iri].cls in _MEMBER_CLASSES
    ][:1]


def _through_its_unit(sent, found: Found) -> list[str]:
    """The body and its unit of "B deltar genom sin arbetsmarknadsenhet", "Regionen medverkar
    genom sitt kunskapscentrum": both parties of the page's collaboration (not "inte", not a
    plan; the unit must be the body's own).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Projektet ägs av Kils kommun. Grums kommun deltar genom sin "
    ...             "arbetsmarknadsenhet. Arvika kommun deltar inte genom sin socialförvaltning.")
    >>> found = find_actors(doc, Index())
    >>> [_through_its_unit(s, found) for s in doc.sents]
    [[], ['kommun/1764', 'kommun/1764/arbetsmarknadsenheten'], []]
    """
    lowers = [t.lower_ for t in sent]
    k = next((j for j in range(1, len(lowers) - 2) if takes_part_through(lowers, j)), None)
    if k is None or denied(lowers[:k], planned=True):
        return []
    start = max((j for j in range(k) if lowers[j] in _BOUNDARIES - {"och"}), default=-1)
    named = [(iri, i - sent.start) for iri, i in _actors_in(sent, found)]
    bodies = [iri for iri, i in named if start < i < k and found.actors[iri].cls in _MEMBER_CLASSES]
    at = after_genom(lowers, k)
    units = [iri for iri, i in named if i == at and unit_of(found, iri, bodies)]
    return [bodies[-1], units[0]] if bodies and units else []


def _listed_party(sent, found: Found) -> list[str]:
    """The body of a bullet that gives it with its role, a party word after its name: "- Kils
    kommun, samverkanspart", "- Arbetsförmedlingen, projektpart med en egen handläggare".

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Parter:\\n\\n- Kils kommun, samverkanspart\\n- Grums kommun, inte part")
    >>> found = find_actors(doc, Index())
    >>> [_listed_party(s, found) for s in doc.sents if s.text.strip()]
    [[], ['kommun/1715'], []]
    """
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].text not in _BULLETS:
        return []
    listed = _actors_in(sent, found)
    if not listed or listed[0][1] != words[1].i:
        return []
    iri, _i = listed[0]
    _iri, end = found.at_token[words[1].i]
    after = [t.lower_ for t in sent.doc[end : end + 2]]
    if after[:1] != [","] or after[1:] == [] or after[1] not in _PARTY_WORDS:
        return []
    return [iri] if found.actors[iri].cls in _MEMBER_CLASSES else []


# the places where a project's work was done, listed after a colon: "på fyra arbetsplatser:
# A och B i X, C i Y" (not "består av tre enheter:", a department's units)
_WORKPLACES = {"arbetsplatser", "arbetsplatserna", "arbetsställen"}


def _workplaces(sent, found: Found) -> list[str]:
    """The municipal units listed as the workplaces of the page's project: "Vi prövade
    materialet på tre arbetsplatser: förskolan Solen och Ängens förskola i Kil" (not a
    plan, not "inte").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Kils kommun driver projektet. Vi arbetade på två arbetsplatser: "
    ...             "förskolan Solen och Ängens förskola.")
    >>> found = find_actors(doc, Index())
    >>> [_workplaces(s, found) for s in doc.sents]
    [[], ['kommun/1715/forskolan-solen', 'kommun/1715/angens-forskola']]
    """
    lowers = [t.lower_ for t in sent]
    colon = next(
        (k for k in range(1, len(lowers)) if lowers[k] == ":" and lowers[k - 1] in _WORKPLACES),
        None,
    )
    if colon is None or (_NOT | _PLANNED) & set(lowers[:colon]):
        return []
    return [
        iri
        for iri, i in _actors_in(sent, found)
        if i - sent.start > colon and found.actors[iri].cls == "sam:MunicipalUnit"
    ]


# a seat in the council: "Sedan 2025 sitter också bolaget X i rådet" (round 58 of learning;
# not the past "Y satt i rådet från starten men lämnade det", which the expected files keep
# as a party on one page and not on another), what may follow "i rådet" then
_SEATED = {"sitter"}
_SEAT_GOES_ON = {"från", "sedan", "under", "till", "men", "och", "eftersom"}


def _included(sent, found: Found) -> list[str]:
    """The bodies of "Fram till 2022 ingick också X i rådet", "Även Y ingår i projektet",
    "Sedan 2025 sitter också X i rådet": a (past) party of the page's collaboration, named
    by its word ("rådet", "projektet"), the verb before the body or after it (not "ingår
    inte", not a plan).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Till 2023 ingick också Grums kommun i rådet. Kils kommun ingår inte i rådet.")
    >>> found = find_actors(doc, Index())
    >>> [_included(s, found) for s in doc.sents]
    [['kommun/1764'], []]
    """
    lowers = [t.lower_ for t in sent]
    verb = next((k for k, w in enumerate(lowers) if w in {"ingår", "ingick"} | _SEATED), None)
    if verb is None or _NOT & set(lowers) or _PLANNED & set(lowers[:verb]):
        return []
    body = next(
        (
            k
            for k in range(verb + 1, len(lowers) - 1)
            if lowers[k] == "i" and lowers[k + 1] in _LEFT
        ),
        None,
    )
    if body is None:
        return []
    if lowers[body + 2 : body + 3] not in ([], ["."], [","]) and not (
        lowers[verb] in _SEATED and lowers[body + 2] in _SEAT_GOES_ON
    ):
        return []  # "ingår i rådets arbetsgrupp": another body
    named = [
        iri
        for iri, i in _actors_in(sent, found)
        if i - sent.start < body and found.actors[iri].cls in _MEMBER_CLASSES
    ]
    return named if len(named) == 1 else []


# the page's work named back by its word after "är med i": "X är med i samarbetet"
_OURS = _LEFT | {"kursen", "satsningen", "arbetet", "nätverket"}
_WITH_VERBS = {"är", "var", "varit"}
_ALSO = {"också", "även", "dessutom"}


def _with_us(sent, found: Found) -> list[str]:
    """The body of "X är med i samarbetet", "Tidigare var också X med och ordnade ...",
    "X var med i rådet från starten men lämnade det": a (past) party of the page's
    collaboration, the work named back by its word or not at all (round 31 of learning; not
    "är inte med", not a plan, not "är med i styrgruppen", another body).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Tidigare var också Grums kommun med. Kils kommun är med i samarbetet. "
    ...             "Arvika kommun är inte med i samarbetet.")
    >>> found = find_actors(doc, Index())
    >>> [_with_us(s, found) for s in doc.sents]
    [['kommun/1764'], ['kommun/1715'], []]
    """
    lowers = [t.lower_ for t in sent]
    verb = next((k for k, w in enumerate(lowers) if w in _WITH_VERBS), None)
    if verb is None:
        return []
    med = next((k for k in range(verb + 1, min(verb + 8, len(lowers))) if lowers[k] == "med"), None)
    if med is None or _NOT & set(lowers) or (_PLANNED | {"att"}) & set(lowers[:verb]):
        return []  # "X är inte med", "Vi hade gärna sett att X var med, men ..."
    after = lowers[med + 1 : med + 3]
    if after[:1] == ["i"]:
        if after[1:] and after[1] not in _OURS:
            return []  # "är med i styrgruppen", "är med i ett annat projekt"
    elif after[:1] == ["genom"] and after_genom(after, 0) == 2:
        pass  # "X är med genom sin vuxenutbildning": X a party (round 32 of learning)
    elif after[:1] not in ([], ["."], [","], ["och"], ["men"]):
        return []  # "är med och ...", "var med på mötet": no party of ours said
    if after[:1] == ["och"] and not (_ALSO & set(lowers[:med]) or _dated_joining(lowers)):
        # "X är med och betalar": only "Tidigare var också X med och ordnade ...", "Från
        # augusti 2026 är X med och ordnar ..." (round 57 of learning)
        return []
    start = max((j for j in range(verb) if lowers[j] in _BOUNDARIES - {"och"}), default=-1)
    named = [
        (iri, i - sent.start)
        for iri, i in _actors_in(sent, found)
        if found.actors[iri].cls in _MEMBER_CLASSES
    ]
    inside = [iri for iri, i in named if verb < i < med]  # "Tidigare var också X med"
    if inside:
        return inside if len(inside) == 1 else []
    return [iri for iri, i in named if start < i < verb][-1:]


def _collaboration_just_before(
    doc, sent, relations: list[Relation], paragraphs: int = 1, from_end: bool = False
) -> Relation | None:
    """The last collaboration drafted from an earlier sentence of ``sent``'s paragraph (with
    ``paragraphs=2``, of its paragraph or the one before it; with ``from_end``, the
    paragraphs counted from where the collaboration's text ends, so that a list "Parter är:"
    followed by its items, each a paragraph of its own or not, is the paragraph before)."""
    return next(
        (
            r
            for r in reversed(relations)
            if r.kind == "collaboration"
            and r.span[0] < sent.start_char
            and page_text(doc)[_counted_from(r, sent, from_end) : sent.start_char].count("\n\n")
            < paragraphs
        ),
        None,
    )


def _counted_from(relation: Relation, sent, from_end: bool) -> int:
    """Where the paragraphs between a collaboration and ``sent`` are counted from."""
    if from_end and relation.span[1] <= sent.start_char:
        return relation.span[1]
    return relation.span[0]


# "Projektägare är A. Övriga parter är: B, C": the others beside the owner just named
_OTHER_PARTIES = {"parter", "partner", "samverkansparter", "samarbetsparter", "samarbetspartner"}


def _join_the_others(doc, owner: str, owner_sent, relations: list[Relation]) -> None:
    """The owner joins a collaboration whose list opens "Övriga parter är" in the owner's
    paragraph: "the other parties" are the others beside it (round 53 of learning)."""
    for r in relations:
        if r.kind != "collaboration" or r.span[0] < owner_sent.end_char:
            continue
        if "\n\n" in page_text(doc)[owner_sent.end_char : r.span[0]]:
            continue
        words = page_text(doc)[r.span[0] : r.span[0] + 40].lower().split()
        if words[:1] == ["övriga"] and words[1:2] and words[1].rstrip(":") in _OTHER_PARTIES:
            r.members.setdefault(owner, "part")
        elif (
            words[:1]
            and words[0] in _OTHER_PARTIES
            and words[1:2] in (["är"], ["var"])
            and words[2:3] in (["också"], ["även"])
        ):
            # "Bakom projektet står X. Parter är också A och B.": the parties beside the
            # owner, as "Övriga parter är" (round 58 of learning)
            r.members.setdefault(owner, "part")


# the passive verbs of running a work: "Festivalen arrangeras av X", "Sommarskolan ordnas av Y"
_RUN = {"arrangeras", "anordnas", "ordnas", "drivs", "genomförs", "görs", "leds", "bedrivs"}
# the words after such a verb that say the others run it with the runner
_WITH_OTHERS = (("tillsammans", "med"), ("i", "samarbete"), ("i", "samverkan"))


def _run_by(sent, found: Found) -> tuple[str, str] | None:
    """The work's word and the one body of "Festivalen arrangeras av Föreningen X, en ideell
    förening", "Sommarskolan ordnas av barn- och utbildningsförvaltningen": a work named
    by its definite noun, opening the sentence, and the body that runs it, the first after
    "av" (round 96 of learning; not "arrangeras av oss", not two bodies joined by "och")."""
    lowers = [t.lower_ for t in sent if not t.is_space]
    if len(lowers) < 4 or lowers[1] not in _RUN or lowers[2] != "av":
        return None
    if not sent[0].is_title or not lowers[0].endswith(("en", "an", "et", "n")):
        return None
    if _NOT & set(lowers) or any(pair in itertools.pairwise(lowers) for pair in _WITH_OTHERS):
        return None
    first = sent[0].i
    bodies = [
        (iri, i)
        for iri, i in _actors_in(sent, found)
        if found.actors[iri].cls in _MEMBER_CLASSES and i > first + 2
    ]
    if not bodies or bodies[0][1] > first + 4:
        return None
    if len(bodies) > 1 and _words_between(sent, bodies[0][1], bodies[1][1]) & {"och", "samt"}:
        return None  # "Dagen ordnas av A och B": two runners, told by their own sentence
    return lowers[0], bodies[0][0]


def _words_between(sent, i: int, j: int) -> set[str]:
    """The lower-case words of ``sent``'s document between tokens ``i`` and ``j``."""
    return {t.lower_ for t in sent.doc[i:j]}


def _runner_joins_the_others(doc, found: Found, relations: list[Relation]) -> None:
    """The body that runs a work ("Festivalen arrangeras av Föreningen X.") joins the
    collaboration a later sentence of the same work drafts with the others: "Festivalen görs
    i samarbete med:" and a list, "Sommarskolan genomförs tillsammans med tre parter:" (round
    96 of learning: the runner was left out of the list of those it runs the work with)."""
    runners: dict[str, str] = {}  # the work's word -> the body that runs it
    for sent in doc.sents:
        lowers = [t.lower_ for t in sent if not t.is_space]
        if len(lowers) < 3:
            continue
        work = lowers[0]
        if work in runners and lowers[1] in _RUN and any(
            pair in itertools.pairwise(lowers) for pair in _WITH_OTHERS
        ) and not _NOT & set(lowers):
            for r in relations:
                if r.kind == "collaboration" and sent.start_char <= r.span[0] < sent.end_char:
                    r.members.setdefault(runners[work], "part")
            continue
        run = _run_by(sent, found)
        if run is not None and run[0] not in runners:
            runners[run[0]] = run[1]


def _dated_joining(lowers: list[str]) -> bool:
    """Whether a sentence opens with the date a body joined: "Från augusti 2026 är X med",
    "Sedan hösten 2025 är Y med och ordnar ..." (round 57 of learning).

    >>> _dated_joining("från augusti 2026 är föreningen x med .".split())
    True
    >>> _dated_joining("föreningen x är med .".split())
    False
    """
    if not lowers or lowers[0] not in {"från", "sedan"}:
        return False
    verb = next((j for j, w in enumerate(lowers[:6]) if w in {"är", "var"}), None)
    if verb is None or verb < 2:
        return False
    return any(w.isdigit() or w in _SEASONS for w in lowers[1:verb])


_SEASONS = {"våren", "hösten", "sommaren", "vintern", "starten", "början", "årsskiftet"}


def main_collaboration(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the parties of the page's party sentences joined to the page's
    main collaboration (see the module docstring)."""
    owner: str | None = None
    owner_sent = None
    parties: list[tuple[str, object]] = []
    section: str | None = None
    for sent in doc.sents:
        heading = section_heading(sent)
        if heading is not None:
            section = heading
        elif section == "parties" and not any(
            r.kind == "funding" and sent.start_char <= r.span[0] < sent.end_char
            for r in relations
        ):
            # "Parterna och deras roller\nA leder arbetet. ...\n\nB ordnar ...": each
            # paragraph up to the next heading tells a party, not a funder's sentence
            # ("Förbundet finansierar projektet") (round 39 of learning)
            parties += [(iri, sent) for iri in _parties_of_the_section(sent, found)]
        if owner is None and (owner := _owner(sent, found)) is not None:
            owner_sent = sent
            parties += [(iri, sent) for iri in _led_in_owner_sentence(sent, found)]
        elif (
            owner_sent is not None
            and "\n\n" not in page_text(doc)[owner_sent.end_char : sent.start_char]
            and not any(
                r.kind == "funding" and sent.start_char <= r.span[0] < sent.end_char
                for r in relations
            )  # "Arvsfonden beviljade föreningen 1,8 miljoner": a funder, no party
            and (subject := _subject_of_the_owners_paragraph(sent, found)) is not None
        ):
            # "Projektägare är A. ... C ger kurser för deltagarna.": one party a sentence
            parties.append((subject, sent))
        lowers = [t.lower_ for t in sent]
        if demanded(lowers):
            continue  # "Vi kräver: – att Region X går in som part": asked for, not done
        names = frozenset(
            j - sent.start
            for i, (_iri, end) in found.at_token.between(sent.start, sent.end)
            for j in range(i, end)
        )
        k = _party_word(lowers, names)
        if k is None:
            parties += [(iri, sent) for iri in _listed_party(sent, found)]
            parties += [(iri, sent) for iri in _cleft(sent, found)]
            parties += [(iri, sent) for iri in _workplaces(sent, found)]
            parties += [(iri, sent) for iri in _coordinators(sent, found)]
            leavers = _leavers(sent, found)
            told = _collaboration_just_before(doc, sent, relations) if leavers else None
            if told is not None:
                # "Projektet drevs av A och B. C var med i början men klev av": a past party
                # of the work the paragraph has just told, not of the page's own (round 59)
                for iri in leavers:
                    told.members.setdefault(iri, "part")
            else:
                parties += [(iri, sent) for iri in leavers]
            included = _included(sent, found)
            # "Sedan 2025 sitter också X i rådet": a seat in the body the paragraph before
            # told, as "är också med" is (round 58 of learning)
            seated = included if _SEATED & set(lowers) else []
            parties += [(iri, sent) for iri in included if iri not in seated]
            parties += [(iri, sent) for iri in _through_its_unit(sent, found)]
            with_us = _with_us(sent, found) + [iri for iri in seated]
            near = _collaboration_just_before(doc, sent, relations) if with_us else None
            if with_us and near is None and (_ALSO & set(lowers) or _dated_joining(lowers)):
                # "Sedan februari 2026 är också X med." opening a paragraph: one more of
                # the collaboration the paragraph before told (round 51 of learning; a
                # list's paragraph counted from its end, round 53)
                near = _collaboration_just_before(doc, sent, relations, paragraphs=2, from_end=True)
            if near is not None:
                # "I rådet ingår A och B. C var med i rådet från starten": the body the
                # paragraph has just described, not the page's own work
                for iri in with_us:
                    near.members.setdefault(iri, "part")
            else:
                parties += [(iri, sent) for iri in with_us]
            continue
        for iri in _subjects(sent, found, k):
            parties.append((iri, sent))
    if owner is not None:
        _join_the_others(doc, owner, owner_sent, relations)
    _runner_joins_the_others(doc, found, relations)
    if not parties:
        return relations
    page = f"kommun/{found.page_code}" if found.page_code else None
    own = owner or (found.page_org if found.page_org in found.actors else None) or page
    if own not in found.actors:
        return relations
    first = parties[0][1].start_char
    collaborations = [r for r in relations if r.kind == "collaboration"]
    # a collaboration drafted from a party sentence alone: the same one
    inside = [
        r
        for r in collaborations
        if any(s.start_char <= r.span[0] < s.end_char for _iri, s in parties)
        and set(r.members) <= {iri for iri, _s in parties} | {own, page}
    ]
    target = next(
        (
            r
            for r in collaborations
            if r.span[0] < first and own in r.members and r not in inside
        ),
        None,
    )
    if target is None:
        # "Parter är A, B och C. Från 2025 är också D part.": the one a party sentence told
        # before, though the page's party is not among its members (round 57 of learning)
        # (the last such sentence's; of its collaborations, the one with the most members)
        told = [
            r
            for r in collaborations
            if r.span[0] < first and r not in inside and _told_as_parties(doc, r)
        ]
        last = max((r.span[0] for r in told), default=None)
        target = max(
            (r for r in told if r.span[0] == last), key=lambda r: len(r.members), default=None
        )
    if target is None:
        span = (parties[0][1].start_char, min(parties[0][1].end_char, first + 200))
        target = Relation("collaboration", span, members={own: "part"})
        relations = [*relations, target]
    for relation in inside:
        for member, role in relation.members.items():
            target.members.setdefault(member, role)
    # the page's further party sentences, each drafted as a collaboration of its own with the
    # page's party ("Partner på svenska sidan är också A och B.", "På norska sidan är C
    # partner."): the same one (round 57 of learning)
    inside += [
        r
        for r in collaborations
        if r is not target
        and r not in inside
        and r.span[0] > first
        and {own, page} & set(r.members)
        and _told_as_parties(doc, r)
    ]
    for relation in inside:
        for member, role in relation.members.items():
            target.members.setdefault(member, role)
    # a collaboration drafted from a sentence that names the page's work by its word
    # ("Bakom satsningen står A och B", "Projektet genomförs tillsammans med C"): the same
    # one, when a body it names is one of the page's collaboration or a unit of one; the
    # bodies the sentence names join it (not the page's party a sentence gains, which stays
    # with them in the sentence's own collaboration)
    ours = set(target.members) | {iri for iri, _s in parties}
    for relation in collaborations:
        if relation is target or relation in inside:
            continue
        named = _named_in_our_work(doc, relation, found)
        if named and _shares(named, ours, found):
            for member in named:
                target.members.setdefault(member, relation.members[member])
    for iri, _sent in parties:
        target.members.setdefault(iri, "part")
    if owner and not any(m.startswith(owner + "/") for m in target.members):
        # "Projektägare var Finspångs kommun genom Arbetsmarknadsenheten": the owner's unit
        # among the parties stands for it (round 57 of learning)
        target.members.setdefault(owner, "part")
    if owner and page and owner.startswith(page + "/") and len(target.members) > 2:
        # "Eda kommun är partner i P. ... Projektägare är Kultur- och fritidsförvaltningen i
        # Eda kommun.": the municipality takes part through its unit, which stands for it
        # among the parties (round 57 of learning)
        target.members.pop(page, None)
    drop = {id(r) for r in inside}
    return [r for r in relations if id(r) not in drop]


# a work that has its parties: "Projektet har haft följande samverkansparter: A, B och C"
# (round 94 of learning)
_HAS = {"har", "hade", "haft"}


def _told_as_parties(doc, relation: Relation) -> bool:
    """Whether the sentence ``relation`` was drafted from is a party sentence: a party word
    and a verb of being ("På norska sidan är den ideella organisationen C partner.",
    "Partner på svenska sidan är också A och B.", "Parterna i överenskommelsen är:") or of
    having ("Projektet har haft följande samverkansparter:"), never "är inte part", never a
    plan or a quote.

    >>> from samverkan.draft.nlp import parse
    >>> text = "Partner är också Kils kommun. Kils kommun ordnar kurser. Kils kommun är inte part."
    >>> doc = parse(text)
    >>> [_told_as_parties(doc, Relation("collaboration", (text.index(w), text.index(w) + 5)))
    ...  for w in ("Partner", "Kils kommun ordnar", "Kils kommun är")]
    [True, False, False]
    """
    for sent in doc.sents:
        if sent.start_char <= relation.span[0] < sent.end_char:
            lowers = [t.lower_ for t in sent]
            if _NOT & set(lowers) or "säger" in lowers or lowers[0] in {"–", "-", "”", '"'}:
                return False
            words = set(lowers)
            parties = words.intersection(_PARTY_WORDS) or words & {"parterna", "partnerna"}
            return bool(parties and (_PARTY_VERBS | _HAS) & words) and not _PLANNED & words
    return False


# the words by which a page names its own work in a sentence about who does it
_OUR_WORK = {"projektet", "satsningen", "samarbetet"}


def _named_in_our_work(doc, relation: Relation, found: Found) -> set[str]:
    """The members of a collaboration but the page's own party it gained, when its sentence
    names one of them, names the page's work by its word ("Bakom satsningen står A och B",
    "Projektet genomförs tillsammans med C", not by a name of its own or as "ett eget
    projekt") and says who does it together ("tillsammans med", "bakom"); else none. "Där
    drivs projektet av X, som hör till Y" says where the work is done, not who is a party."""
    span = doc.char_span(relation.span[0], relation.span[1], alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent
    words = [t.lower_ for t in sent]
    together = "bakom" in words or any(
        pair == ("tillsammans", "med") for pair in itertools.pairwise(words)
    )
    work = any(
        w in _OUR_WORK and (k == 0 or words[k - 1] not in {"ett", "eget", "egna", "annat"})
        for k, w in enumerate(words)
    )
    if not (together and work):
        return set()
    named = {iri for iri, _i in _actors_in(sent, found)} & set(relation.members)
    if not named:
        return set()
    # the page's own party, which a sentence naming none of the page's gains, is no party
    # named; a body the sentence stands for by its word ("Projektet", run by a unit) is kept
    page = {found.page_org, f"kommun/{found.page_code}" if found.page_code else None}
    return named | (set(relation.members) - page)


def _shares(named: set[str], ours: set[str], found: Found) -> bool:
    """Whether one of ``named`` is one of ``ours`` (the page's collaboration's members and
    parties) or a unit of one (a sentence about another project named just before names
    none)."""
    return any(member in ours or found.actors[member].parent in ours for member in named)


# verbs by which members are listed; the body they are members of follows "i" when it is named
_LISTED = {"ingår", "ingick", "deltar", "deltog", "medverkar", "medverkade"}


def _body_left_out(sent) -> bool:
    """Whether a sentence lists members without naming what they are members of: "A och B
    ingår sedan starten", "Även A deltar" (not "A ingår i nätverket", "A deltar i X").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> [_body_left_out(s) for s in parse("A och B ingår sedan starten. C ingår i rådet.").sents]
    [True, False]
    """
    lowers = [t.lower_ for t in sent]
    verbs = [k for k, w in enumerate(lowers) if w in _LISTED]
    if len(verbs) != 1 or ":" in lowers:
        return False
    k = verbs[0]
    after = lowers[k + 1 : k + 3]
    if lowers[k - 1 : k] == ["i"] or any(w in {"i", "inom", "bland", "på"} for w in after):
        return False
    return not any(w in {"i", "inom"} for w in lowers[:k])


_BACK = {"projektet", "nätverket", "samarbetet", "satsningen", "partnerskapet", "samverkan"}
_ALSO = {"också", "även", "dessutom"}
# how far back (in characters) the collaboration a sentence refers back to may have been drafted
_BACK_REACH = 1500


def _adds_to_the_one_before(sent) -> bool:
    """Whether a sentence opens with a word for the body described before and says it adds
    ("Projektet samverkar också med A och B", "Nätverket har även ett samarbete med C").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> [_adds_to_the_one_before(s) for s in parse(
    ...     "Projektet samarbetar också med ABF. Projektet samarbetar med Bilda.").sents]
    [True, False]
    """
    words = [t.lower_ for t in sent if t.is_alpha]
    return bool(words) and words[0] in _BACK and bool(_ALSO & set(words[1:6]))


# joining a body named back by its definite noun: "ansluter sig till överenskommelsen",
# "har gått med i nätverket", "skriver under avtalet" (round 34 of learning)
_AGREEMENTS = _BACK | {"överenskommelsen", "avtalet", "rådet", "iop:n", "nätverket"}
_JOIN_TO = {("sig", "till"), ("med", "i"), ("in", "i"), ("under", "som"), ("under", "avtalet")}
_JOIN_VERBS = ("anslut", "anslöt", "gå", "gick", "gått", "går", "skriv", "skrev", "underteckn")


def _joiners(sent, found: Found) -> Relation:
    """The bodies named before the verb of a sentence that joins the one named back ("A och B
    ansluter sig till överenskommelsen"), as a collaboration to be merged into that one."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    verb = next((t.i for t in words if t.lower_.startswith(_JOIN_VERBS)), sent.end)
    members = {
        iri: "part"
        for iri, i in _actors_in(sent, found)
        if i < verb and found.actors[iri].cls in _MEMBER_CLASSES
    }
    # "Region Värmlands vårdcentral i Hagfors är också med i P": the unit, not its owner
    # named in the genitive before it (round 52 of learning)
    members = {m: r for m, r in members.items() if not any(o.startswith(m + "/") for o in members)}
    return Relation("collaboration", (sent.start_char, sent.end_char), members=members)


# the words between "är" and "med i" of one that takes part: "som därmed också är med i P"
_WITH_ADVERBS = {"också", "även", "därmed", "numera", "nu", "sedan"}


def _with_in_the_one_named_before(sent) -> bool:
    """Whether a sentence ends saying its subject "är (också) med i P", P the name of a work
    the page has named before ("Läs tillsammans startade i september. ... Kvinnocirkeln
    leds av X, som därmed också är med i Läs tillsammans"): a member of the collaboration
    told before (round 52 of learning); not "är inte med i", nor a name new to the page.

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Läs ihop startade i maj. A, som också är med i Läs ihop. "
    ...             "B är inte med i Läs ihop. C är med i Ny ton.")
    >>> [_with_in_the_one_named_before(s) for s in doc.sents]
    [False, True, False, False]
    """
    tokens = [t for t in sent if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    lowers = [t.lower_ for t in tokens]
    for k in range(len(lowers) - 2):
        if lowers[k] != "med" or lowers[k + 1] != "i" or not tokens[k + 2].is_title:
            continue
        j = k - 1
        while j >= 0 and lowers[j] in _WITH_ADVERBS:
            j -= 1
        if j < 0 or lowers[j] not in {"är", "blev"}:
            continue
        name = sent.doc[tokens[k + 2].i : tokens[-1].i + 1].text
        if len(tokens) - k - 2 > 4:
            continue
        return name in page_text(sent.doc)[: sent.start_char]
    return False


# "part i", "samverkanspart i", "partner i": the word of a party and the work it is one of
_PARTY_IN = ("part", "partner", "samverkanspart", "projektpart", "samarbetspart", "med")
# what a party may be "part i" back: the work's word, the work's name told before (round 56)
_PARTY_BACK = _BACK | {"kursen", "överenskommelsen", "plattformen", "satsningen", "insatsen"}


def _party_in_the_one_before(sent) -> int | None:
    """Whether a sentence says a body "är (också) part i P" (or "var part i", "blev
    partner i"), P the work named back by its word ("projektet") or by a name the page has
    told before: a party of the collaboration told before, joined to it (round 56 of
    learning); not "är inte part i", "är med som partner i" (a list of its own), "var part
    i P tillsammans med" (a collaboration of its own), nor a name new to the page. The
    index of the party word (only the bodies named before it join), else None.

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Bryggan startade i maj. Sedan mars är även A part i Bryggan. "
    ...             "B är inte part i projektet. C är part i Ny ton. D var part i projektet.")
    >>> [_party_in_the_one_before(s) is not None for s in doc.sents]
    [False, True, False, False, True]
    """
    tokens = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in tokens]
    for k in range(1, len(lowers) - 2):
        if lowers[k] not in _PARTY_IN or lowers[k + 1] != "i":
            continue
        j = k - 1
        while j >= 0 and lowers[j] not in {"är", "var", "blev", "blir"}:
            if lowers[j] in {"inte", "ej", "aldrig"} or j < k - 8:
                break
            j -= 1
        if j < 0 or lowers[j] not in {"är", "var", "blev", "blir"}:
            continue
        if {"inte", "ej", "aldrig", "som", "med"} & set(lowers[j:k]) or "som" in lowers[
            max(0, j - 2) : j
        ]:
            continue  # "som inte är part i projektet", "X, som är part i": said of another
        if "tillsammans" in lowers[k + 2 :]:
            continue  # "var part i P från starten, tillsammans med B": its own parties
        if lowers[k + 2] in _PARTY_BACK or (
            lowers[k + 2].endswith("s") and lowers[k + 2][:-1] in _PARTY_BACK
        ):
            # "var med i kursens första omgång": the work's word in the genitive too
            return tokens[k].i
        if tokens[k + 2].is_title:
            end = k + 3
            while end < len(tokens) and (tokens[end].is_title or tokens[end].is_digit):
                end += 1
            name = sent.doc[tokens[k + 2].i : tokens[end - 1].i + 1].text
            if name in page_text(sent.doc)[: sent.start_char]:
                return tokens[k].i
    return None


def _in_a_relative_clause(sent, i: int) -> bool:
    """Whether token ``i`` lies in a clause ", som ... ," of its sentence ("Sfi, som hör
    till utbildningsförvaltningen, blev part i projektet": the owner is no party).

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Sfi, som hör till förvaltningen, blev part i projektet.")
    >>> [_in_a_relative_clause(doc[:], k) for k in (0, 5)]
    [False, True]
    """
    doc = sent.doc
    k = i - 1
    while k >= sent.start and doc[k].text != ",":
        k -= 1
    if k < sent.start or k + 1 >= sent.end or doc[k + 1].lower_ != "som":
        return False
    return any(doc[m].text == "," for m in range(i + 1, sent.end))


def _joins_the_one_named_back(sent) -> bool:
    """Whether a sentence tells that its bodies join the agreement or collaboration described
    before, named back by its definite noun ("A och B har beslutat att ansluta sig till
    överenskommelsen", "C gick med i nätverket i höstas"), or sign it as parties ("skriver
    under som parter"): they are members of that one, not of a collaboration of their own.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> [_joins_the_one_named_back(s) for s in parse(
    ...     "A och B ansluter sig till överenskommelsen. C skriver också under som part. "
    ...     "D ansluter sig till ett nytt nätverk.").sents]
    [True, True, False]
    """
    words = [t.lower_ for t in sent if not t.is_space and not t.is_punct]
    words = [w for w in words if w not in _ALSO]  # "skriver också under som part"
    if _with_in_the_one_named_before(sent) or _party_in_the_one_before(sent) is not None:
        return True
    for k, w in enumerate(words[:-2]):
        if not w.startswith(_JOIN_VERBS) or (words[k + 1], words[k + 2]) not in _JOIN_TO:
            continue
        after = words[k + 2 : k + 5]
        if words[k + 2] == "som" and any(n.startswith(("part", "partner")) for n in after):
            return True
        if any(n in _AGREEMENTS for n in after):
            return True
    return False


_GROUPS_BACK = _BACK | {"gruppen", "rådet", "styrgruppen", "arbetsgruppen", "samverkansgruppen"}


def _lists_the_one_before(sent) -> bool:
    """Whether a sentence opens with a word for the group described before and lists what
    it consists of ("Gruppen bestod då av A, B och C", "Nätverket består av D och E").

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> [_lists_the_one_before(s) for s in parse(
    ...     "Gruppen bestod av ABF och Bilda. Styrgruppen i Kil består av ABF.").sents]
    [True, False]
    """
    words = [t.lower_ for t in sent if t.is_alpha]
    if not words or words[0] not in _GROUPS_BACK:
        return False
    verb = next((k for k in (1, 2) if words[k : k + 1] in (["består"], ["bestod"])), None)
    return verb is not None and words[1] != "i" and "av" in words[verb + 1 : verb + 3]


def same_collaboration(doc, found: Found, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each collaboration that is one drafted before merged into it: one
    drafted from a sentence that lists members without naming their body, into the one of
    the sentence just before it in the same paragraph ("X leds av A och B. C och D ingår
    sedan starten."); one drafted from a sentence that refers back to the body described
    before and adds to it, into the last one drafted before it ("Projektet samverkar också
    med E och F"). Only the members the sentence names are moved: the page's own party, which
    a sentence of collaboration gains when it names no party of the page, is not."""
    collaborations = [r for r in relations if r.kind == "collaboration"]
    merged: set[int] = set()
    sents = list(doc.sents)
    for k, sent in enumerate(sents[1:], 1):
        own = [r for r in collaborations if sent.start_char <= r.span[0] < sent.end_char]
        if not own and _joins_the_one_named_back(sent):
            # "A och B har beslutat att ansluta sig till överenskommelsen": no collaboration
            # of the sentence's own; its subjects join the one told before
            own = [_joiners(sent, found)]
        if len(own) != 1:
            continue
        before = sents[k - 1]
        if (_body_left_out(sent) or _lists_the_one_before(sent)) and "\n" not in before.text:
            target = [
                r for r in collaborations if before.start_char <= r.span[0] < before.end_char
            ]
        elif _adds_to_the_one_before(sent):
            target = [
                r
                for r in collaborations
                if sent.start_char - _BACK_REACH <= r.span[0] < sent.start_char
                and id(r) not in merged
            ][-1:]
        elif _joins_the_one_named_back(sent):
            # the one told last before the sentence (a list's is drafted after the sentences)
            target = sorted(
                (
                    r
                    for r in collaborations
                    if sent.start_char - _BACK_REACH <= r.span[0] < sent.start_char
                    and id(r) not in merged
                ),
                key=lambda r: r.span[0],
            )[-1:]
        else:
            continue
        if len(target) != 1:
            continue
        party = _party_in_the_one_before(sent)
        named = {
            iri
            for iri, i in _actors_in(sent, found)
            if party is None or (i < party and not _in_a_relative_clause(sent, i))
        }
        if party is not None and not named & set(own[0].members):
            continue  # "Två föreningar är med i samarbetet:": no body named joins
        for member, role in own[0].members.items():
            if member in named:
                target[0].members.setdefault(member, role)
        merged.add(id(own[0]))
    return [r for r in relations if id(r) not in merged]
