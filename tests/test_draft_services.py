"""Municipal services named by their town, and the library named bare (round 22 of learning).

Each test drafts a few lines of our own (Värmland and Dalarna municipalities, other names
and wording than any fixture page) and fails without
:mod:`samverkan.draft.actors.services`.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import together
from samverkan.draft.model import Draft

HEAD = "Publicerad 2 februari 2026\n\nKils kommun\n\nNytt läsår i Kil\n\n"


def _draft(body: str) -> Draft:
    return draft_under(body, HEAD)


def _units(draft: Draft) -> set[str]:
    return {i for i, a in draft.actors.items() if a.cls == "sam:MunicipalUnit"}


def test_a_city_library_named_by_its_town_is_the_town_s_unit_and_named_again_bare() -> None:
    draft = _draft(
        "Berättarkvällarna ordnas av Kils stadsbibliotek tillsammans med Föreningen "
        "Nya Röster. Stadsbiblioteket står för lokalen.\n"
    )
    assert _units(draft) == {"kommun/1715/kils-stadsbibliotek"}
    assert draft.actors["kommun/1715/kils-stadsbibliotek"].parent == "kommun/1715"
    assert together(draft, "kommun/1715/kils-stadsbibliotek", "org/foreningen-nya-roster")


def test_a_job_centre_named_before_its_town_is_that_municipality_s_unit() -> None:
    draft = _draft("Praktikplatserna förmedlas av Jobbcenter Grums tillsammans med Kils kommun.\n")
    assert "kommun/1764/jobbcenter-grums" in draft.actors
    assert together(draft, "kommun/1764/jobbcenter-grums", "kommun/1715")


def test_an_adult_school_named_by_its_town_absorbs_the_bare_vuxenutbildningen() -> None:
    draft = _draft(
        "Kurserna ges av Kils vuxenutbildning i samarbete med Studieförbundet Vuxenskolan. "
        "Vuxenutbildningen har också öppet på kvällstid.\n"
    )
    assert "kommun/1715/kils-vuxenutbildning" in draft.actors
    assert "kommun/1715/vuxenutbildningen" not in draft.actors


def test_a_library_after_i_or_pa_is_a_venue_unless_the_paragraph_speaks_of_it() -> None:
    venue = _draft("Kursen hålls på Kils bibliotek varje tisdag tillsammans med Röda Korset.\n")
    assert not _units(venue)
    spoken = _draft(
        "Kursen hålls på Kils bibliotek varje tisdag. Den ordnas av Röda Korset. "
        "Biblioteket lånar ut rummet utan kostnad.\n"
    )
    assert _units(spoken) == {"kommun/1715/kils-bibliotek"}
    relative = _draft("Kursen hålls på Kils bibliotek, som lånar ut rummet utan kostnad.\n")
    assert _units(relative) == {"kommun/1715/kils-bibliotek"}


def test_the_bare_library_is_the_page_s_library_or_the_named_town_s() -> None:
    draft = _draft("Biblioteket ordnar läxhjälp tillsammans med Föreningen Läslust.\n")
    assert together(draft, "kommun/1715/biblioteket", "org/foreningen-laslust")
    other = _draft(
        "Läxhjälpen i Kil ordnas av Föreningen Läslust. I Grums samarbetar föreningen med "
        "biblioteket i Grums.\n"
    )
    assert "kommun/1764/biblioteket" in other.actors


def test_a_capitalised_word_that_names_no_town_makes_no_library() -> None:
    draft = _draft("Föreningen Läslust ordnar läxhjälp i Folkets bibliotek och på Kils skola.\n")
    assert not any("bibliotek" in i for i in draft.actors)
