"""Rules of round 28 of learning (from the blind round 28), one short text each.

Each test drafts a few lines of our own (Värmland's municipalities, invented associations
and projects) and checks what the rule is for. None of the sentences comes from a real page
or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent as _parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 4 mars 2026\n\nNytt om samverkan i Värmland\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------ a unit named after its owner's genitive


def test_a_unit_after_another_municipality_s_genitive_is_that_municipality_s() -> None:
    body = (
        "Projektet Ny start drevs av Kils kommun. Vi tackar Kils kommuns "
        "kultur- och fritidsförvaltning och Grums kommuns socialförvaltning för gott samarbete.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "kommun/1764/socialforvaltningen") == "kommun/1764"
    assert "kommun/1715/socialforvaltningen" not in draft.actors


def test_a_unit_after_a_region_s_genitive_is_the_region_s() -> None:
    body = (
        "Projektet Ny start drevs av Kils kommun. Materialet har lästs av "
        "Region Värmlands enhet för folkhälsa.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "region/17/enheten-for-folkhalsa") == "region/17"
    assert not any(i.startswith("kommun/1715/enhet") for i in draft.actors)


# -------------------------------------------------- parties told across several sentences

_PROJECT = (
    "Språkbron är ett projekt som Kils kommun drev mellan 2024 och 2026 "
    "tillsammans med Grums kommun.\n\n"
)


def test_a_cleft_sentence_of_a_place_names_its_unit_as_party() -> None:
    body = _PROJECT + "I Grums var det kultur- och fritidsenheten som deltog i arbetet.\n"
    draft = _draft(body)
    unit = "kommun/1764/kultur-och-fritidsenheten"
    assert _parent(draft, unit) == "kommun/1764"
    assert _together(draft, "kommun/1715", unit)


def test_a_cleft_sentence_of_a_place_names_its_body_as_party() -> None:
    body = _PROJECT + "I Grums var det Röda Korset som var kontakt.\n"
    assert _together(_draft(body), "kommun/1715", "org/roda-korset")


def test_a_cleft_sentence_with_not_names_no_party() -> None:
    body = _PROJECT + "I Grums var det inte Röda Korset som var kontakt.\n"
    assert not _together(_draft(body), "kommun/1715", "org/roda-korset")


def test_a_cleft_sentence_of_other_work_names_no_party() -> None:
    body = _PROJECT + "I Grums är det Röda Korset som håller i kontakterna med föreningarna.\n"
    assert not _together(_draft(body), "kommun/1715", "org/roda-korset")


def test_a_place_after_a_sentence_s_opening_i_without_a_cleft_is_left_alone() -> None:
    # "I Säffle fanns en samordnare": the sentence's place is not read from its opening "I"
    body = _PROJECT + "I Säffle fanns en samordnare, anställd av föreningen.\n"
    draft = _draft(body)
    assert "kommun/1785" not in draft.actors


def test_a_party_that_took_part_but_left_is_a_past_party() -> None:
    body = _PROJECT + (
        "Arvika kommun var med under det första året men lämnade samarbetet i maj 2025.\n"
    )
    assert _together(_draft(body), "kommun/1715", "kommun/1784")


def test_a_party_that_took_part_and_did_not_leave_is_read_by_no_leaving_rule() -> None:
    body = _PROJECT + "Arvika kommun var med under det första året men lämnade inte samarbetet.\n"
    assert not _together(_draft(body), "kommun/1715", "kommun/1784")


# --------------------------------------------- a funder's page of a project it supports

_FUNDER = (
    "Stiftelsen Framtid › Beviljade projekt › Läsglädje\n\n"
    "Läsglädje\n\n"
    "Organisation: Föreningen Bokbussen\n"
    "Beviljat belopp: 300 000 kronor\n\n"
)


def test_the_organisation_field_makes_the_page_the_organisation_s() -> None:
    body = (
        "Föreningen vill att fler barn i byarna ska läsa och ska därför ordna läsecirklar "
        "på biblioteket varje vecka. Föreningen har tidigare ordnat läsecirklar "
        "tillsammans med Torsby IF, och det var en bra början för oss.\n"
    )
    draft = _draft(body, _FUNDER)
    assert _together(draft, "org/foreningen-bokbussen", "org/torsby-if")


# --------------------------------------------------- lists and references back to a body


def test_a_group_that_consisted_of_a_list_makes_its_members_partners() -> None:
    body = (
        "Vi arbetar i Säffle kommun. Under 2023 ledde vi kommunens nätverk för integration. "
        "Nätverket bestod då "
        "av socialtjänsten, Arbetsförmedlingen och Röda Korset.\n"
    )
    assert _together(_draft(body), "org/arbetsformedlingen", "org/roda-korset")


def test_the_municipality_s_unit_refers_back_to_the_one_municipality_of_the_paragraph() -> None:
    body = (
        "Vår tjänst\n\nVi arbetar mest i Torsby kommun och har kontor i Torsby kommun.\n\n"
        "Projektet Nya jobb ägs av Säffle kommun. Vi har avtal med kommunen om "
        "språkstöd. Kommunens socialförvaltning leder projektet.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "kommun/1785/socialforvaltningen") == "kommun/1785"


def test_the_municipality_s_unit_after_several_municipalities_is_not_read_back() -> None:
    body = (
        "Vår tjänst\n\nVi arbetar mest i Torsby.\n\n"
        "Säffle kommun driver projektet med Eda kommun. Vi har avtal med kommunen om "
        "språkstöd. Kommunens socialförvaltning leder projektet.\n"
    )
    draft = _draft(body)
    assert "kommun/1730/socialforvaltningen" not in draft.actors


def test_a_unit_just_after_the_second_municipality_of_a_sentence_is_that_one_s() -> None:
    body = (
        "Projektet Ny start drivs av Kils kommun. I Kils kommun är det föreningen Bron som "
        "ansvarar för arbetet, och i Säffle kommun kultur- och fritidsenheten.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "kommun/1785/kultur-och-fritidsenheten") == "kommun/1785"


# ------------------------------------------------------------- a company's own site

_COMPANY = "Lotsen Utbildning AB – kurser och stöd för kommuner\n\nTjänster | Om oss\n\n"
_FIRM = "org/lotsen-utbildning-ab"


def test_a_company_opening_its_first_line_is_the_page_s_we() -> None:
    body = "Kursen gav vi tillsammans med Röda Korset i Säffle kommun under 2025.\n"
    assert _together(_draft(body, _COMPANY), _FIRM, "org/roda-korset")


def test_a_group_s_list_after_the_sentence_naming_it_is_that_group_s() -> None:
    body = (
        "Under 2023 var vi samordnare för Kils kommuns styrgrupp för nyanlända. "
        "Styrgruppen bestod då av socialtjänsten, Arbetsförmedlingen och Röda Korset.\n"
    )
    draft = _draft(body, _COMPANY)
    assert _together(draft, _FIRM, "kommun/1715", "org/arbetsformedlingen", "org/roda-korset")


# ------------------------------------------------- the workplaces where the project worked


def test_a_named_preschool_and_home_for_the_elderly_are_municipal_units() -> None:
    body = (
        "Kils kommun driver projektet Ord i vården. Vi har besökt äldreboendet Solgläntan "
        "och Ängens förskola flera gånger.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "kommun/1715/aldreboendet-solglantan") == "kommun/1715"
    assert _parent(draft, "kommun/1715/angens-forskola") == "kommun/1715"


def test_units_listed_as_the_project_s_workplaces_are_its_parties() -> None:
    body = (
        "Ord i vården är ett projekt som Kils kommun drev tillsammans med Grums kommun. "
        "Materialet prövades på tre arbetsplatser: äldreboendet Solgläntan, Ängens förskola "
        "och fritidsgården Tornet.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/1764", "kommun/1715/angens-forskola")


def test_units_listed_as_workplaces_to_come_are_no_parties() -> None:
    body = (
        "Ord i vården är ett projekt som Kils kommun drev tillsammans med Grums kommun. "
        "Materialet ska prövas på tre arbetsplatser: äldreboendet Solgläntan, Ängens förskola "
        "och fritidsgården Tornet.\n"
    )
    draft = _draft(body)
    assert not _together(draft, "kommun/1764", "kommun/1715/angens-forskola")
