"""Round 92 of learning: the posts people speak from in the genre's quotes.

Over the blind rounds 90-131, 40 people the keys hold were never drafted, most of them quoted
as "säger NAME, POST i ORG" with a post the rules did not know: an employment officer, an
imam, a coach, a district nurse, a youth leader, a host.
These heads are posts now, drafted only with a holder (a bare "tränare" names a
task, not a post). The sentences are our own (invented people in Västergötland).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Tibro kommun › Nyheter\n\nPublicerad 12 maj 2026\n\n"


def _held(body: str) -> dict[str, str]:
    d = draft(body, HEAD)
    return {
        a.label_sv: a.holder or ""
        for a in d.actors.values()
        if a.cls in {"org:Post", "sam:CoordinatorPost"}
    }


def test_an_employment_officer_quoted_with_the_agency() -> None:
    held = _held(
        "– Vi anvisar deltagare och följer upp dem varje månad, säger Amira Sandell, "
        "arbetsförmedlare på Arbetsförmedlingen i Tibro."
    )
    assert held.get("arbetsförmedlare") == "person/amira-sandell", held


def test_an_imam_of_an_association() -> None:
    held = _held(
        "– Vi äter tillsammans varje månad, säger Yusuf Haddad, imam i Tibro Islamiska Förening."
    )
    assert held.get("imam") == "person/yusuf-haddad", held


def test_a_coach_and_a_nurse() -> None:
    held = _held(
        "– Nu kommer de varje vecka, säger Ines Falk, tränare i Tibro Simklubb. "
        "– Många frågar om vaccin, säger Maria Lund, distriktssköterska på vårdcentralen i Tibro."
    )
    assert held.get("tränare") == "person/ines-falk", held
    assert held.get("distriktssköterska") == "person/maria-lund", held


def test_a_bare_task_is_no_post() -> None:
    # no one holds it: "tränare" names a task here, not a post
    held = _held(
        "Kommunen är ansvarig för lokalerna och föreningen ordnar en tränare till varje grupp "
        "i Tibro."
    )
    assert "tränare" not in held, held
