"""Rules of round 26 of learning (from the blind round 26), one short text each.

Each test drafts a few lines of our own in the genre (an umbrella body's member list, a
social enterprise's yearly report, a column) and checks what the rule is for. None of the
sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 maj 2026\n\nOm oss och våra samarbeten\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------------------- an umbrella body's members

_MEMBERS = (
    "Föreningsforum Norrdal är en paraplyorganisation för föreningar i Sala.\n\n"
    "Kurdiska föreningen Newroz\n"
    "Medlem sedan 2018. Föreningen ordnar kurser i kurdiska och firar nyår varje vår.\n\n"
    "Syjuntan Bäckalund\n"
    "Medlem sedan 2020. Ett tjugotal kvinnor syr och pratar svenska varje torsdag.\n\n"
    "Sala Schackklubb\n"
    "Stödjande medlem sedan 2023. Klubben lär barn spela schack.\n\n"
    "Tidigare medlemmar\n"
    "Bosniska föreningen Most var medlem 2017–2022 men har lagt ned sin verksamhet.\n\n"
    "Kontakt\n"
    "Skriv till styrelsen om din förening vill gå med.\n"
)


def test_headings_with_member_since_are_members_of_one_body() -> None:
    draft = _draft(_MEMBERS)
    assert _together(
        draft,
        "org/kurdiska-foreningen-newroz",
        "org/syjuntan-backalund",
        "org/sala-schackklubb",
    )


def test_a_heading_no_rule_reads_is_drafted_as_an_association_for_review() -> None:
    draft = _draft(_MEMBERS)
    actor = draft.actors["org/syjuntan-backalund"]
    assert actor.label_sv == "Syjuntan Bäckalund" and actor.unsure


def test_a_former_member_under_its_heading_is_a_member_too() -> None:
    draft = _draft(_MEMBERS)
    assert _together(draft, "org/bosniska-foreningen-most", "org/kurdiska-foreningen-newroz")


def test_one_heading_with_member_since_is_no_member_list() -> None:
    body = (
        "Sala Schackklubb\n"
        "Medlem sedan 2023. Klubben lär barn spela schack.\n\n"
        "Syjuntan Bäckalund träffas på torsdagar i Sala kommun.\n"
    )
    draft = _draft(body)
    assert "org/syjuntan-backalund" not in draft.actors
    assert not _together(draft, "org/sala-schackklubb", "org/syjuntan-backalund")


# --------------------------------------------------------------------- names of bodies


def test_an_association_named_with_its_people_s_adjective() -> None:
    draft = _draft("Kurdiska föreningen Newroz ordnar nyårsfirande i Sala.\n")
    assert "org/kurdiska-foreningen-newroz" in draft.actors


def test_a_cooperative_is_an_organisation() -> None:
    draft = _draft("Arbetskooperativet Trampolinen har en cykelverkstad i Sala.\n")
    assert "org/arbetskooperativet-trampolinen" in draft.actors


# ------------------------------------------------------------------ places bought, income

_OWN = (
    "Årsberättelse 2025\n\nKooperativet Lärkan – Om oss – Årsberättelse\n\n"
    "Kooperativet Lärkan är ett socialt företag i Sala.\n\n"
)


def test_a_municipality_that_buys_places_of_us_funds_us() -> None:
    draft = _draft("Sala kommun och Heby kommun köper praktikplatser av oss.\n", _OWN)
    larkan = "org/kooperativet-larkan"
    bought = {("kommun/1981", larkan), ("kommun/0331", larkan)}
    assert bought <= _funding(draft)


def test_a_past_purchase_is_a_funding_too() -> None:
    draft = _draft("Heby kommun köpte platser av oss till och med 2024.\n", _OWN)
    assert ("kommun/0331", "org/kooperativet-larkan") in _funding(draft)


def test_a_purchase_denied_is_no_funding() -> None:
    draft = _draft("Heby kommun köper inte längre platser av oss.\n", _OWN)
    assert ("kommun/0331", "org/kooperativet-larkan") not in _funding(draft)


def test_a_funder_named_in_a_row_of_our_income_table() -> None:
    body = (
        "Våra intäkter\n\n"
        "| Intäkter 2025 | Kronor |\n"
        "|---|---|\n"
        "| Försäljning i butiken | 700 000 |\n"
        "| Lönebidrag, Arbetsförmedlingen | 450 000 |\n"
        "| Summa | 1 150 000 |\n"
    )
    draft = _draft(body, _OWN)
    assert ("org/arbetsformedlingen", "org/kooperativet-larkan") in _funding(draft)


def test_a_cost_table_names_no_funder() -> None:
    body = "| Kostnader 2025 | Kronor |\n|---|---|\n| Hyra till Sala kommun | 200 000 |\n"
    draft = _draft(body, _OWN)
    assert ("kommun/1981", "org/kooperativet-larkan") not in _funding(draft)


def test_a_department_that_gives_an_association_a_grant_funds_it() -> None:
    body = (
        "Föreningen Grannstöd hjälper nyanlända i Sala. Sala kommuns kultur- och "
        "fritidsförvaltning ger föreningen Grannstöd ett verksamhetsbidrag på 30 000 kronor.\n"
    )
    draft = _draft(body)
    assert ("kommun/1981/kultur-och-fritidsforvaltningen", "org/grannstod") in _funding(draft)


def test_giving_a_grant_to_us_on_our_own_page() -> None:
    draft = _draft("Heby kommun ger oss ett årligt bidrag till butiken.\n", _OWN)
    assert ("kommun/0331", "org/kooperativet-larkan") in _funding(draft)


def test_giving_no_grant_is_no_funding() -> None:
    draft = _draft("Heby kommun ger inte längre oss ett bidrag.\n", _OWN)
    assert ("kommun/0331", "org/kooperativet-larkan") not in _funding(draft)


# ------------------------------------------------------------------ agreements and members


def test_we_have_an_agreement_with_a_company_on_our_own_page() -> None:
    draft = _draft("Sedan 2023 har vi ett partnerskapsavtal med Salaverken AB om praktik.\n", _OWN)
    assert _together(draft, "org/kooperativet-larkan", "org/salaverken-ab")


def test_we_on_a_municipality_s_page_have_an_agreement_with_a_neighbour() -> None:
    head = "Publicerad 12 maj 2026\n\nSala kommun – Ordföranden har ordet\n\n"
    draft = _draft("Sedan i våras har vi ett avtal med Heby kommun om samhällsorientering.\n", head)
    assert _together(draft, "kommun/1981", "kommun/0331")


def test_no_agreement_is_no_collaboration() -> None:
    draft = _draft("Vi har inget avtal med Salaverken AB, men bolaget lånar ut en lokal.\n", _OWN)
    assert not _together(draft, "org/kooperativet-larkan", "org/salaverken-ab")


def test_a_body_that_informs_its_own_members_is_no_member() -> None:
    body = (
        "Sala kommun driver språkcaféet i samverkan med Heby kommun. Röda Korset har berättat "
        "om språkcaféet för sina medlemmar men är inte samverkanspart.\n"
    )
    draft = _draft(body)
    assert not any("org/roda-korset" in group for group in _partners(draft))


# ------------------------------------------------------------- who coordinates the work


def test_a_unit_that_has_coordinated_the_work_is_a_party() -> None:
    body = (
        "Projektet Bron har genomförts av Sala kommun i samverkan med Heby kommun. "
        "Integrationsenheten har haft det samordnande ansvaret.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/1981/integrationsenheten", "kommun/0331")


def test_a_unit_that_has_not_coordinated_is_no_party() -> None:
    body = (
        "Projektet Bron har genomförts av Sala kommun i samverkan med Heby kommun. "
        "Integrationsenheten har inte haft det samordnande ansvaret.\n"
    )
    draft = _draft(body)
    assert not _together(draft, "kommun/1981/integrationsenheten", "kommun/0331")
