"""Words that take a collaboration back: planned or inquired into, denied, an event's
programme, people who become members (round 18 of learning).

Each function reads the lower-cased words of one sentence and the place ``k`` of a word of
collaboration in it (``tillsammans``, ``deltar``, ``medlemmar`` ...).

Examples
--------
>>> planned("vi planerar att starta en kurs , gärna tillsammans med abf".split(), 8)
True
>>> denies_a_party("x medverkar med en talare men är inte heller medarrangör".split())
True
>>> at_an_event("i panelen deltar företrädare för x och y".split(), 2)
True
>>> people_join("x och y visar hur klubben har tagit emot nya medlemmar".split(), 10)
True
"""

from __future__ import annotations

__all__ = [
    "as_no_member",
    "at_an_event",
    "chose_not_to_join",
    "declined",
    "demanded",
    "denies_a_party",
    "only_sought",
    "people_join",
    "planned",
    "says_no",
]

# "planerar att", "avser att", "funderar på", "gärna tillsammans med": not yet agreed
_INTENT = {"planerar", "planeras", "avser", "funderar", "gärna", "överväger"}
# "gett kommundirektören i uppdrag att utreda ett samarbete med X": an inquiry only
_INQUIRY = ("utreda", "utreds", "undersöka", "undersöks", "pröva", "prövar")


def planned(lowers: list[str], k: int) -> bool:
    """Whether the collaboration word ``lowers[k]`` is only planned or inquired into: an
    intent before it ("Vi planerar att starta en kurs tillsammans med X", "gärna
    tillsammans med X") or a verb of inquiry just before ("att utreda ett samarbete med X").

    >>> planned("kommunen ska utreda ett samarbete med x".split(), 4)
    True
    >>> planned("projektet drivs tillsammans med x".split(), 2)
    False
    """
    before = lowers[:k]
    if _INTENT & set(before):
        return True
    if demanded(before):
        return True
    return any(w.startswith(_INQUIRY) for w in lowers[max(k - 3, 0) : k])


# the dashes and bullets a list item opens with
_DASHES = {"-", "–", "—", "•", "*"}


def demanded(before: list[str]) -> bool:
    """Whether the words before a collaboration word are an item of a list of demands or
    wishes, an "att" clause standing alone after its dash ("Vi kräver: – att Region X går in
    som part", "Vi föreslår: – att kommunen ansluter sig till nätverket"): asked for, not
    done (round 32 of learning).

    >>> demanded(["–", "att", "region", "x", "går", "in", "som"])
    True
    >>> demanded(["–", "region", "x", "är"])
    False
    """
    words = [w for w in before if w.strip()]
    return len(words) >= 2 and words[0] in _DASHES and words[1] == "att"


# a word for a party that "inte" or "inte heller" denies: "är inte medarrangör", "är inte
# heller part i", "är inte samverkanspart", "är inte medlem"
_PARTY_ENDS = ("part", "partner", "arrangör", "medlem", "huvudman")


def denies_a_party(lowers: list[str]) -> bool:
    """Whether a sentence says that someone is no party ("men är inte heller medarrangör",
    "är inte en samarbetspart till biblioteket", "är inte med och arrangerar").

    >>> denies_a_party("regionen är inte part i projektet".split())
    True
    >>> denies_a_party("regionen är inte bara part utan även finansiär".split())
    False
    """
    for k, w in enumerate(lowers):
        if w not in {"inte", "ej"}:
            continue
        after = [x for x in lowers[k + 1 : k + 4] if x not in {"heller", "en", "ett", "någon"}]
        if not after or after[0] == "bara":
            continue
        if after[0].endswith(_PARTY_ENDS) or after[:2] == ["med", "och"]:
            return True
    return False


# a refusal: "avböjde att delta", "avstod från att gå med" before the word of joining;
# "erbjöds att delta men tackade nej", "tillfrågades om att vara med men sa nej" after it
# (round 33 of learning)
_DECLINE = {"avböjde", "avböjt", "avböjer", "avböjdes", "avstod", "avstått", "avstår"}
_SAY = {"tackade", "tackat", "tackar", "sa", "sade", "sagt", "svarade", "svarat"}


# a choice not to join: "har valt att inte ansluta sig", "beslutade att inte delta", "valde
# att inte skriva under" (round 34 of learning): said after a word of joining ("X deltog i
# mötena men har valt att inte ansluta sig") it takes that word back too
_CHOOSE = {"valt", "valde", "väljer", "beslutat", "beslutade", "beslöt", "bestämt", "bestämde"}
_JOINING = ("anslut", "delta", "medverk", "ingå", "underteck", "teckna", "skriva", "gå", "vara")


def chose_not_to_join(lowers: list[str], k: int = 0) -> bool:
    """Whether ``lowers`` says from place ``k`` on that a body chose not to join: a verb of
    choosing, "att inte", and a word of joining ("men har valt att inte ansluta sig i
    nuläget", "beslutade att inte delta").

    >>> chose_not_to_join("x deltog i mötet men har valt att inte ansluta sig".split())
    True
    >>> chose_not_to_join("x har valt att inte ta betalt".split())
    False
    >>> chose_not_to_join("x har beslutat att ansluta sig".split())
    False
    """
    return any(
        lowers[j] in _CHOOSE
        and lowers[j + 1 : j + 3] == ["att", "inte"]
        and any(w.startswith(_JOINING) for w in lowers[j + 3 : j + 5])
        for j in range(k, len(lowers) - 3)
    )


def declined(lowers: list[str], k: int) -> bool:
    """Whether the word of joining ``lowers[k]`` is one a body declined: the body was
    offered or asked to take part and said no, or chose not to.

    >>> declined("x erbjöds att delta men tackade nej".split(), 3)
    True
    >>> declined("x avböjde att delta i projektet".split(), 3)
    True
    >>> declined("x deltar och y tackade ja".split(), 1)
    False
    >>> declined("x deltog i dialogen men har valt att inte ansluta sig".split(), 1)
    True
    """
    if _DECLINE & set(lowers[max(k - 4, 0) : k]):
        return True
    if chose_not_to_join(lowers, max(k - 4, 0)):
        return True
    after = lowers[k + 1 : k + 8]
    return any(
        w in _SAY and after[j + 1 : j + 2] == ["nej"] for j, w in enumerate(after)
    ) or bool(_DECLINE & set(after[:5]))


def says_no(lowers: list[str]) -> bool:
    """Whether a sentence tells of a refusal anywhere ("Storumans kommun erbjöds att delta
    men tackade nej"): its subject is no party.

    >>> says_no("x erbjöds att delta men tackade nej".split())
    True
    """
    return any(declined(lowers, k) for k in range(len(lowers)))


# the programme of a meeting: who speaks, sits in a panel or leads a seminar takes part in
# the day, not in the collaboration that arranges it
_EVENTS = ("panel", "seminari", "konferens", "workshop", "föreläsning", "programmet")


def at_an_event(lowers: list[str], k: int) -> bool:
    """Whether the joining verb ``lowers[k]`` ("deltar", "medverkar") has a programme item as
    its place: "I panelen deltar X och Y", "X medverkar i seminariet".

    >>> at_an_event("x deltar i seminariet om sfi".split(), 1)
    True
    >>> at_an_event("x deltar i projektet".split(), 1)
    False
    """
    near = lowers[max(k - 3, 0) : k] + lowers[k + 1 : k + 4]
    return any(w.startswith(_EVENTS) for w in near)


# who takes part without being a party: "deltar som adjungerad", "medverkar som observatör"
_NO_MEMBER_ROLES = ("adjunger", "observatör", "gäst", "åhörar")


def as_no_member(lowers: list[str], k: int) -> bool:
    """Whether the joining verb ``lowers[k]`` ("deltar", "medverkar") says the subject takes
    part in a role that is no membership: "X deltar som adjungerad utan beslutanderätt", "Y
    medverkar som observatör" (``docs/modelling.md``: an adjunct is no member).

    >>> as_no_member("länsstyrelsen deltar som adjungerad utan rösträtt".split(), 1)
    True
    >>> as_no_member("länsstyrelsen deltar som part i rådet".split(), 1)
    False
    """
    after = [w for w in lowers[k + 1 : k + 4] if w not in {"också", "även", "dessutom"}]
    return after[:1] == ["som"] and any(w.startswith(_NO_MEMBER_ROLES) for w in after[1:3])


# "tagit emot nya medlemmar", "har värvat fler medlemmar", "har blivit medlemmar": people
_PEOPLE_BEFORE = {"emot", "blivit", "värva", "värvat", "värvar", "rekrytera", "rekryterat"}


def people_join(lowers: list[str], k: int) -> bool:
    """Whether the word ``lowers[k]`` ("medlem", "medlemmar") is said of people who join a
    club or an association, not of organisations in a collaboration.

    >>> people_join("föreningen har fått 40 nya medlemmar".split(), 5)
    True
    >>> people_join("nätverkets medlemmar är x och y".split(), 1)
    False
    >>> people_join("nya medlemmar under året var x och y".split(), 1)
    False
    """
    if lowers[k] not in {"medlem", "medlemmar"}:
        return False
    before = lowers[max(k - 3, 0) : k]
    # "40 nya medlemmar": a count of people ("Nya medlemmar var X och Y" names organisations)
    counted = any(w.isdigit() for w in before[-2:])
    return counted or bool(_PEOPLE_BEFORE & set(before))


# "har sökt", "sökte", "ansökt om": an application; what was granted is said with these
_SOUGHT = {"sökt", "sökte", "söker", "ansökt", "ansökte", "ansöker"}
_GRANTED = ("fått", "fick", "får", "bevilja", "erhåll", "erhöll", "tilldela", "beviljad")


def only_sought(lowers: list[str], following: list[str] | None = None) -> bool:
    """Whether a sentence of money speaks of an application and of no grant ("Vi har sökt
    pengar från X för verkstaden och väntar på besked"), not "har sökt och fått medel", nor
    when the sentence after it says what was granted (``following``: "Kommunen söker medel
    från X. För 2024 har kommunen beviljats 500 000 kronor").

    >>> only_sought("vi har sökt pengar från stiftelsen x och väntar på besked".split())
    True
    >>> only_sought("kommunen har sökt och fått medel från x".split())
    False
    >>> only_sought("kommunen söker medel från x".split(), "i år beviljades 5 kr".split())
    False
    >>> only_sought("nämnden ansöker om medel från x".split(), "om ansökan beviljas".split())
    True
    """
    if not _SOUGHT & set(lowers):
        return False
    # "Om ansökan beviljas ...": a sentence after it that opens with "if" grants nothing yet
    # (round 40 of learning)
    if (following or [""])[0] in {"om", "ifall", "när"}:
        following = []
    return not any(w.startswith(_GRANTED) for w in lowers + (following or []))
