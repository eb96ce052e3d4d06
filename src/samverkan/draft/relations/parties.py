"""Who the parties of a collaboration are, where the text names them by reference.

Rules of round 16 of learning: an agreement signed or held by those a sentence names ("X
har tecknat en överenskommelse med Y", "A, B och C skrev under avtalet"); "de tre
kommunerna" pointing back to the municipalities of the collaboration before; the unit that
is a municipality's party ("För kommunens del är det X som är avtalspart"); the owner of a
block of labelled lines ("Ägare: X" over "Samverkanspartner: A, B").
"""

from __future__ import annotations

import re

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.members import _units_for_their_municipality


def _municipalities_counted(
    number: int, before: Relation | None, in_text: list[str], found: Found
) -> list[str]:
    """The municipalities "de tre kommunerna" points back to: the members of the
    collaboration described before, when it has that many municipalities (the text may name
    others that are not part of it), else the text's, when it names that many; else none."""
    if before is not None:
        ours = [m for m in before.members if found.actors[m].cls == "sam:Municipality"]
        if len(ours) == number:
            return ours
    return list(in_text) if len(in_text) == number else []


_SIGNING = {"tecknat", "tecknade", "tecknar", "undertecknat", "undertecknade", "undertecknar"}
_AGREEMENTS = ("avtal", "överenskommelse", "iop", "samverkansavtal", "partnerskapsavtal")


def _signs_an_agreement(lowers: list[str], k: int) -> bool:
    """Whether ``lowers[k]`` says that those named sign or hold an agreement together:
    "X har tecknat en överenskommelse med Y", "A, B och C skrev under avtalet", "X och Y
    har en gemensam överenskommelse om ..." (the parties are the sentence's actors).

    Examples
    --------
    >>> _signs_an_agreement("x har tecknat ett avtal med y".split(), 2)
    True
    >>> _signs_an_agreement("i maj skrev a , b och c under avtalet".split(), 2)
    True
    >>> _signs_an_agreement("x och y har en gemensam överenskommelse om z".split(), 6)
    True
    >>> _signs_an_agreement("x och y har sedan den 1 maj 2023 ett gemensamt avtal".split(), 11)
    True
    >>> _signs_an_agreement("sedan 2024 har vi ett partnerskapsavtal med y".split(), 5)
    True
    >>> _signs_an_agreement("vi har inget avtal med y".split(), 3)
    False
    >>> _signs_an_agreement("som x har ett avtal med sedan 2024".split(), 4)
    False
    >>> _signs_an_agreement("y har visat intresse för en gemensam överenskommelse".split(), 7)
    False
    >>> _signs_an_agreement("x skrev en rapport under året".split(), 1)
    False
    >>> _signs_an_agreement("enligt avtalet ska x betala".split(), 1)
    False
    """
    word = lowers[k]
    after = lowers[k + 1 : k + 5]
    if word in _SIGNING:
        return any(w.startswith(_AGREEMENTS) for w in after)
    if word in {"skrev", "skriver"}:
        # "skrev A, B och C under avtalet": "under" and the agreement after the signers
        under = next(
            (j for j in range(k + 1, min(k + 20, len(lowers) - 1)) if lowers[j] == "under"), None
        )
        return under is not None and lowers[under + 1].startswith(_AGREEMENTS)
    if word.startswith("överenskommelse") and k:
        before = lowers[max(k - 3, 0) : k]
        if "har" in before and ("en" in before or "gemensam" in before):
            return True
    if (
        word.startswith(_AGREEMENTS)
        and k > 1
        and lowers[k - 1] in {"ett", "en"}
        and lowers[k + 1 : k + 2] == ["med"]
        # "som X har ett avtal med sedan 2024": the party is the clause's antecedent
        and lowers[k + 2 : k + 3] not in ([w] for w in _NO_PARTY_AFTER)
        and any(w in _HAVE for w in lowers[max(k - 4, 0) : k - 1])
        and not set(lowers[max(k - 4, 0) : k - 1]) & _NOT_HELD
    ):
        # "Sedan 2024 har vi ett partnerskapsavtal med X", "X har ett avtal med Y om ..."
        # (not "har inget avtal med", "hade inte ett avtal med")
        return True
    if word.startswith(_AGREEMENTS) and k > 1 and lowers[k - 1] in _JOINT:
        # "X, Y och Z har sedan den 1 juli 2023 ett gemensamt avtal om ..." (not "har visat
        # intresse för en gemensam överenskommelse": only an adverbial between)
        verb = next((j for j in range(k - 2, max(k - 10, -1), -1) if lowers[j] in _HAVE), None)
        between = set(lowers[verb + 1 : k - 2]) if verb is not None else set()
        return verb is not None and lowers[k - 2] in {"ett", "en"} and not between & _NOT_HELD
    return False


_JOINT = {"gemensam", "gemensamt", "gemensamma"}
_NO_PARTY_AFTER = {"sedan", "från", "under", "i", "om", "till", ",", ".", "och"}
_HAVE = {"har", "hade"}
_NOT_HELD = {"intresse", "för", "om", "att", "av", "inte", "ingen", "inget"}


_PARTY_WORDS = ("part", "avtalspart", "parten", "avtalsparten", "avtalspartner")


def _unit_as_the_party(sent, found: Found, present, before: Relation | None) -> bool:
    """ "För kommunens del är det kultur- och fritidsförvaltningen som är avtalspart": the
    unit named takes its organisation's place among the members of the collaboration before.
    Returns True if it did.

    The sentence opens with "För X:s del" (X an actor of that collaboration, or "kommunens"
    for its one municipality) and names a unit of X and a word of party after it.
    """
    lowers = [t.lower_ for t in sent]
    if before is None or lowers[:1] != ["för"] or "del" not in lowers[2:5]:
        return False
    if not any(w.startswith(_PARTY_WORDS) for w in lowers[4:]):
        return False
    of = lowers.index("del", 2)
    owners = [iri for iri, i in present if i - sent.start < of and iri in before.members]
    units = [
        iri
        for iri, i in present
        if i - sent.start > of
        and found.actors[iri].parent in owners
        and found.actors[iri].cls not in {"org:Post", "sam:CoordinatorPost", "foaf:Person"}
    ]
    if len(units) != 1:
        return False
    unit = units[0]
    owner = found.actors[unit].parent
    before.members[unit] = before.members.pop(owner)
    return True


_OWNER_LINE = re.compile(r"(?m)^(?:Ägare|Projektägare|Insatsägare|Huvudman):[ \t]*(\S.*)$")


def _owners_of_blocks(doc, found: Found, relations: list[Relation]) -> None:
    """A block of labelled lines for one project ("Ägare: X kommun, enheten Y" over
    "Samverkanspartner: A, B"): the owner is a member of the partners' collaboration, and the
    page's own organisation, which the partners' line alone made a member, is not.

    The partners' line is one of the two lines after the owner's.
    """
    text = page_text(doc)
    for line in _OWNER_LINE.finditer(text):
        owners = [
            iri
            for start, (iri, _end) in sorted(found.at_token.items())
            if line.start(1) <= doc[start].idx < line.end()
        ]
        block_end = line.end()
        for _ in range(2):
            nxt = text.find("\n", block_end + 1)
            block_end = nxt if nxt >= 0 else len(text)
        group = next(
            (
                r
                for r in relations
                if r.kind == "collaboration" and line.end() < r.span[0] <= block_end
            ),
            None,
        )
        if not owners or group is None:
            continue
        page = found.page_org
        named = any(
            iri == page and group.span[0] <= doc[start].idx < group.span[1]
            for start, (iri, _end) in found.at_token.items()
        )
        if page in group.members and page not in owners and not named:
            del group.members[page]
        for owner in owners:
            group.members.setdefault(owner, "part")
        _units_for_their_municipality(group.members, found)
        grant = _federations_grant(text, group, found, block_end)
        if grant is not None:
            relations.append(grant)


_BUDGET_LINE = re.compile(r"(?m)^Budget[^:\n]{0,20}:[ \t]*\d[\d  ]*(?:tkr|kr|kronor)\b")


def _federations_grant(text: str, group: Relation, found: Found, after: int) -> Relation | None:
    """On a coordination federation's own page ("Samordningsförbundet X", which finances
    the work of its members), a block with a budget line ("Budget 2025: 1 850 tkr") is the
    federation's grant to the block's members."""
    page = found.page_org
    if page is None or "samordningsförbund" not in found.actors[page].label_sv.lower():
        return None
    end = after
    for _ in range(3):
        nxt = text.find("\n", end + 1)
        end = nxt if nxt >= 0 else len(text)
    budget = _BUDGET_LINE.search(text, group.span[0], end)
    recipients = [m for m in group.members if m != page]
    if budget is None or not recipients:
        return None
    return Relation(
        "funding",
        (budget.start(), budget.end()),
        funder=page,
        recipients=recipients,
        unsure=True,
    )


# a word for one party: "part", "samverkanspart", "projektpartner" (not "parter", a list)
_ONE_PARTY = ("part", "partner")
_PARTY_VERBS = {"är", "var", "blev", "varit"}
_POINTING = {"projektet", "projektets", "nätverket", "nätverkets", "samarbetet", "satsningen"}


def _party_in_the_one_before(lowers: list[str], k: int) -> bool:
    """ "Sollefteå kommun var part i projektet från starten", "X har varit samverkanspart
    under projektets första år": X is (or was) a member of the collaboration the page
    described before, which the word after points back to (a past membership is kept, as
    the expected files keep it; "är inte part" is read as a denial by the caller).

    >>> _party_in_the_one_before("x var part i projektet från starten".split(), 2)
    True
    >>> _party_in_the_one_before("x var samverkanspart under projektets första år".split(), 2)
    True
    >>> _party_in_the_one_before("x är part i ett avtal".split(), 2)
    False
    >>> _party_in_the_one_before("x var med i nätverket till och med 2024".split(), 2)
    True
    """
    word = lowers[k]
    before = [w for w in lowers[max(k - 3, 0) : k] if w not in {"en", "också", "även"}]
    if word == "med" and before[-1:] == ["var"]:
        # "Boxholms bibliotek var med i nätverket till och med 2024": a past member
        return lowers[k + 1 : k + 2] == ["i"] and lowers[k + 2 : k + 3] in (
            [w] for w in _POINTING
        )
    if not word.endswith(_ONE_PARTY) or word.startswith("parti"):
        return False
    if not before or before[-1] not in _PARTY_VERBS:
        return False
    after = lowers[k + 1 : k + 4]
    return after[:1] in (["i"], ["under"]) and any(w in _POINTING for w in after[1:])
