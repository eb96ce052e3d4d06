"""Who the parties of a collaboration are, where the text names them by reference.

Rules of round 16 of learning: an agreement signed or held by those a sentence names ("X
har tecknat en överenskommelse med Y", "A, B och C skrev under avtalet"); "de tre
kommunerna" pointing back to the municipalities of the collaboration before; the unit that
is a municipality's party ("För kommunens del är det X som är avtalspart").
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.model import Relation


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
        return "har" in before and ("en" in before or "gemensam" in before)
    return False


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
