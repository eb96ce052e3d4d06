"""Round 58 of learning (from the blind round 68).

The sentences are our own (an invented council and association in Dalarna), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Mora kommun › Trygghet › Lokala rådet\n\nSenast uppdaterad 4 mars 2026\n\n"


def test_a_list_under_ledamoter_ar_names_the_councils_members() -> None:
    # "Ledamöter är:" over a dash list: every listed body is a partner of every other
    d = draft(
        "Mora trygghetsråd är kommunens lokala råd mot brott. Rådet bildades 2020. "
        "Ledamöter är:\n"
        "- Socialförvaltningen\n"
        "- Polisen\n"
        "- föreningen Nattugglorna Mora\n",
        HEAD,
    )
    assert together(
        d, "kommun/2062/socialforvaltningen", "org/polisen", "org/nattugglorna-mora"
    ), partners(d)


def test_a_body_that_now_sits_in_the_council_joins_the_list_before() -> None:
    # "Sedan 2025 sitter också bolaget X i rådet" after the council's list: one more member
    d = draft(
        "Mora trygghetsråd är kommunens lokala råd mot brott.\n\n"
        "I rådet ingår:\n"
        "- Socialförvaltningen\n"
        "- Polisen\n"
        "- föreningen Nattugglorna Mora\n\n"
        "Sedan mars 2025 sitter också fastighetsbolaget Siljanshus AB i rådet, eftersom "
        "bolaget äger många hus i Noret.\n",
        HEAD,
    )
    assert together(
        d, "kommun/2062/socialforvaltningen", "org/polisen", "org/siljanshus-ab"
    ), partners(d)


def test_a_unit_named_with_its_municipality_before_a_counted_list_is_the_party() -> None:
    # "Parter är Mora kommuns Fritidsenhet, som hör till X, och två föreningar: A och B":
    # the unit is the party, not its municipality, nor what it belongs to
    d = draft(
        "Simstart är en satsning för nya invånare. Parter är Mora kommuns Fritidsenhet, som "
        "hör till Kultur- och fritidsförvaltningen, och två föreningar: Mora Simsällskap "
        "Tärnan och Idrottsklubben Älvlöparna.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/fritidsenheten",
        "org/mora-simsallskap-tarnan",
        "org/idrottsklubben-alvloparna",
    ), partners(d)
    assert not any("kommun/2062" in pair for pair in partners(d)), partners(d)


def test_the_body_that_leads_the_work_is_a_party_beside_a_counted_list() -> None:
    # "X leder satsningen. Parter är A och två föreningar: B och C.": X is a party too
    d = draft(
        "Simstart är en satsning för nya invånare. Röda Korset leder satsningen. Parter är "
        "Mora kommuns Fritidsenhet och två föreningar: Mora Simsällskap Tärnan och "
        "Idrottsklubben Älvlöparna.\n",
        HEAD,
    )
    assert together(
        d,
        "org/roda-korset",
        "kommun/2062/fritidsenheten",
        "org/mora-simsallskap-tarnan",
        "org/idrottsklubben-alvloparna",
    ), partners(d)


def test_a_company_named_with_its_form_is_the_same_company_named_without_it() -> None:
    # "Siljanshus AB ... Parter är Siljanshus, A och B": the bare name is the company
    d = draft(
        "Siljanshus AB äger många hyreshus i Noret.\n\n"
        "Parter i Grannträffen är Siljanshus, Föreningen Solvarvet och Idrottsklubben "
        "Älvlöparna.\n",
        HEAD,
    )
    assert together(
        d, "org/siljanshus-ab", "org/foreningen-solvarvet", "org/idrottsklubben-alvloparna"
    ), partners(d)


def test_the_body_behind_the_work_is_a_party_beside_those_also_named() -> None:
    # "Bakom projektet står föreningen X. Parter är också A och B.": X owns it, a party too
    d = draft(
        "Odlingslotten är en del av projektet Gröna vägar. Bakom projektet står föreningen "
        "Odlarna Noret. Parter är också Fritidsenheten och Idrottsklubben Älvlöparna.\n",
        HEAD,
    )
    assert together(
        d, "org/odlarna-noret", "kommun/2062/fritidsenheten", "org/idrottsklubben-alvloparna"
    ), partners(d)


def test_an_association_named_with_its_abbreviation_after_its_class_word() -> None:
    # "gymnastikföreningen GF Vågen": the association is "GF Vågen", a party
    d = draft(
        "Parter i Simstart är Föreningen Solvarvet och Idrottsklubben Älvlöparna. Sedan "
        "oktober 2025 är också gymnastikföreningen GF Tärnan part.\n",
        HEAD,
    )
    assert together(
        d, "org/foreningen-solvarvet", "org/idrottsklubben-alvloparna", "org/gf-tarnan"
    ), partners(d)


def test_a_body_that_was_with_us_but_left_at_a_date_was_a_party() -> None:
    # "X var med under våren 2025 men lämnade i juni 2025": a past party, kept as one
    d = draft(
        "Simstart startade i januari 2025. Parter är Föreningen Solvarvet och "
        "Idrottsklubben Älvlöparna.\n\n"
        "Skidklubben Spåret var med under våren 2025 men lämnade i juni 2025, eftersom "
        "klubben saknade ledare.\n",
        HEAD,
    )
    assert together(
        d, "org/foreningen-solvarvet", "org/idrottsklubben-alvloparna", "org/skidklubben-sparet"
    ), partners(d)
