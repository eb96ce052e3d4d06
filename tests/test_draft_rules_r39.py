"""Rules of round 39 of learning (from the blind round 40), one short text each.

Each test drafts a few lines of our own (Värmland's municipalities, invented projects,
associations, companies and units) and checks what the rule is for. None of the sentences
comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent as _parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 november 2026\n\nProjektet Nya vägar i Kil\n\n"

KIL = "kommun/1715"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


def _ids(draft: Draft) -> set[str]:
    return set(draft.actors)


# ------------------------------- the parties told one a paragraph under a heading


SECTION = (
    "Nya vägar är ett projekt för nyanlända som vill börja arbeta.\n\n"
    "Parterna och deras roller\n"
    "Kils kommun är projektägare och leder styrgruppen.\n\n"
    "Arbetsförmedlingen anvisar deltagare till projektet.\n\n"
    "Röda Korset ordnar en läxhjälp två kvällar i veckan.\n\n"
)


def test_each_paragraph_under_a_heading_of_the_parties_tells_a_party() -> None:
    draft = _draft(SECTION + "Budget\nProjektet kostar en miljon kronor.\n")
    assert _together(draft, "org/arbetsformedlingen", "org/roda-korset")


def test_two_bodies_that_open_a_sentence_together_are_both_parties() -> None:
    body = SECTION + "Rädda Barnen och Studiefrämjandet håller i språkcaféer.\n"
    draft = _draft(body)
    assert _together(draft, "org/arbetsformedlingen", "org/radda-barnen")
    assert _together(draft, "org/roda-korset", "org/studieframjandet")


def test_a_unit_named_in_its_department_s_genitive_is_the_party() -> None:
    body = SECTION + "Socialförvaltningens mottagningsenhet hänvisar familjer till läxhjälpen.\n"
    draft = _draft(body)
    unit = next((a for a in draft.actors if a.endswith("/mottagningsenheten")), None)
    assert unit is not None
    assert _together(draft, "org/roda-korset", unit)


def test_a_body_that_says_no_under_the_heading_is_no_party() -> None:
    body = SECTION + "Rädda Barnen deltar inte i projektet i år.\n"
    draft = _draft(body)
    assert not _together(draft, "org/roda-korset", "org/radda-barnen")


def test_a_body_in_the_next_section_is_no_party() -> None:
    body = SECTION + "Uppföljning\nRädda Barnen skriver en rapport om läxhjälpen.\n"
    draft = _draft(body)
    assert not _together(draft, "org/roda-korset", "org/radda-barnen")


def test_a_paragraph_under_another_heading_tells_no_party() -> None:
    body = (
        "Bakgrund\n"
        "Kils kommun är projektägare och leder styrgruppen.\n\n"
        "Röda Korset ordnar en läxhjälp två kvällar i veckan.\n"
    )
    draft = _draft(body)
    assert not _together(draft, KIL, "org/roda-korset")


# ------------------------------- an association named after the people of a place


def test_an_association_of_the_women_of_a_place_keeps_its_last_word() -> None:
    body = (
        "Kils kommun samarbetar med Föreningen Fryksdalens kvinnor om en "
        "mötesplats för nyanlända.\n"
    )
    ids = _ids(_draft(body))
    assert "org/foreningen-fryksdalens-kvinnor" in ids
    assert "org/foreningen-fryksdalens" not in ids


def test_a_society_of_friends_is_still_read_whole() -> None:
    body = "Kils kommun samarbetar med Föreningen Frykens vänner om guidade turer.\n"
    ids = _ids(_draft(body))
    assert "org/foreningen-frykens-vanner" in ids


# ------------------------------- a kind in the plural that belongs to a department


def test_a_kind_in_the_plural_places_each_unit_of_that_kind_under_the_department() -> None:
    body = (
        "Kils kommun ordnar språkcaféer på Fagerås bibliotek och Ransäters bibliotek.\n\n"
        "Biblioteken hör till kultur- och fritidsförvaltningen.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{KIL}/ransaters-bibliotek") == f"{KIL}/kultur-och-fritidsforvaltningen"


def test_a_kind_that_does_not_belong_is_not_placed_under_the_department() -> None:
    body = (
        "Kils kommun ordnar språkcaféer på Fagerås bibliotek och Ransäters bibliotek.\n\n"
        "Biblioteken hör inte till kultur- och fritidsförvaltningen.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{KIL}/ransaters-bibliotek") != f"{KIL}/kultur-och-fritidsforvaltningen"


# ------------------------------- a department after the genitive of Region Gotland


def test_a_department_after_region_gotland_s_genitive_is_read() -> None:
    body = (
        "Sfi på Gotland ordnar språkcaféer med Röda Korset. Sfi hör till Region "
        "Gotlands utbildnings- och arbetslivsförvaltning.\n"
    )
    ids = _ids(_draft(body))
    assert "kommun/0980/utbildnings-och-arbetslivsforvaltningen" in ids


# ------------------------------- what a section of the parties does not tell


def test_a_body_s_staff_in_its_genitive_makes_no_party() -> None:
    body = SECTION + "Studiefrämjandets cirkelledare deltar ändå i två träffar per termin.\n"
    draft = _draft(body)
    assert not _together(draft, "org/roda-korset", "org/studieframjandet")


def test_a_partnership_s_name_is_no_heading_of_the_parties() -> None:
    body = (
        "Partnerskapet Värmland växer\n"
        "Kils kommun är med sedan starten.\n\n"
        "Röda Korset ordnar en läxhjälp två kvällar i veckan.\n"
    )
    draft = _draft(body)
    assert not _together(draft, KIL, "org/roda-korset")


def test_a_short_definite_name_under_the_heading_is_the_body_named_in_full() -> None:
    body = (
        "Parter\n"
        "Kils kommun tecknar överenskommelsen med Grums Missionsförsamling och Röda Korset.\n\n"
        "Missionsförsamlingen håller ett öppet kafé varje lördag.\n"
    )
    ids = _ids(_draft(body))
    assert "org/missionsforsamlingen" not in ids
