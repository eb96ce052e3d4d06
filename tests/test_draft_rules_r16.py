"""Rules of round 16 of learning (from the blind round 15), one short text each.

Each test drafts a few lines of our own in the genre (a municipal page, a county board's
press release, an association's letter) and checks what the rule is for. None of the
sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 2 oktober 2025\n\nNytt om samverkan i kommunen\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------------------ a later member joins


def test_a_municipality_that_joined_later_is_a_member() -> None:
    draft = _draft(
        "Språkporten drivs av Ludvika kommun tillsammans med Smedjebackens kommun. "
        "Avesta kommun anslöt hösten 2023.\n"
    )
    assert _together(draft, "kommun/2085", "kommun/2061", "kommun/2084")
    draft = _draft(
        "Språkporten drivs av Ludvika kommun tillsammans med Smedjebackens kommun. "
        "Även Avesta kommun har anslutit sig till arbetet.\n"
    )
    assert _together(draft, "kommun/2085", "kommun/2061", "kommun/2084")


def test_a_municipality_that_only_wants_to_join_is_none() -> None:
    draft = _draft(
        "Språkporten drivs av Ludvika kommun tillsammans med Smedjebackens kommun. "
        "Avesta kommun vill ansluta nästa år.\n"
    )
    assert _together(draft, "kommun/2085", "kommun/2061")
    assert not any("kommun/2084" in group for group in _partners(draft))


# ----------------------------------------------------- agreements signed or held


def test_those_who_sign_an_agreement_are_its_parties() -> None:
    draft = _draft(
        "I juni skrev Ljusdals kommun, Röda Korset och Hälsinglands Sparbank under "
        "avtalet om Språkbron.\n"
    )
    assert _together(draft, "kommun/2161", "org/roda-korset")
    draft = _draft(
        "Migrationsverket har tecknat en överenskommelse med Nordanstigs kommun om "
        "boendet.\n"
    )
    assert _together(draft, "org/migrationsverket", "kommun/2132")


def test_a_report_written_is_no_agreement() -> None:
    draft = _draft("Ljusdals kommun skrev en rapport om Röda Korset under året.\n")
    assert not _together(draft, "kommun/2161", "org/roda-korset")


def test_the_three_municipalities_are_those_of_the_collaboration_before() -> None:
    # the text names a fourth municipality, which is not part of it
    draft = _draft(
        "Mottagningen drivs av Ljusdals kommun tillsammans med Ovanåkers kommun och "
        "Nordanstigs kommun. Hudiksvalls kommun har ett eget kontor. Försäkringskassan "
        "har tecknat en överenskommelse med de tre kommunerna.\n"
    )
    assert _together(draft, "org/forsakringskassan", "kommun/2161", "kommun/2121", "kommun/2132")
    assert not _together(draft, "org/forsakringskassan", "kommun/2184")


def test_the_unit_that_is_the_party_takes_its_municipalitys_place() -> None:
    draft = _draft(
        "Ljusdals kommun och Röda Korset driver läxhjälpen tillsammans. För kommunens del "
        "är det socialförvaltningen som är avtalspart.\n"
    )
    assert _together(draft, "kommun/2161/socialforvaltningen", "org/roda-korset")
    assert not any("kommun/2161" in group for group in _partners(draft))


# ------------------------------------------------ a county board's grants as headings

BOARD = "Länsstyrelsen Jämtlands län\nPressmeddelande\n\nPublicerad 3 juni 2025\n\n"


def test_a_county_boards_grant_headed_by_its_receiver_and_sum() -> None:
    draft = _draft(
        "Länsstyrelsen har beslutat om medel till fyra insatser.\n\n"
        "Bergs kommun – Svenska i vardagen, 320 000 kr\n"
        "Insatsen riktar sig till föräldrar som är nya i kommunen.\n\n"
        "Strömsunds kommun – Vägen till jobb, 410 000 kr\n"
        "Kommunen samarbetar med Arbetsförmedlingen.\n",
        BOARD,
    )
    assert {("lansstyrelse/23", "kommun/2326"), ("lansstyrelse/23", "kommun/2313")} <= _funding(
        draft
    )


def test_money_paid_out_via_a_municipality_is_the_municipalitys() -> None:
    draft = _draft(
        "Länsstyrelsen har beslutat om medel till två insatser.\n\n"
        "Föreningen Fjällvänner – Läxhjälp i Åre, 150 000 kr\n"
        "Medlen betalas ut via Åre kommun, som söker för föreningens räkning.\n",
        BOARD,
    )
    assert ("lansstyrelse/23", "kommun/2321") in _funding(draft)


def test_a_heading_line_without_money_grants_nothing() -> None:
    draft = _draft(
        "Länsstyrelsen har beslutat om medel till insatser.\n\n"
        "Bergs kommun – Svenska i vardagen\n"
        "Kommunen har haft 40 deltagare.\n",
        BOARD,
    )
    assert ("lansstyrelse/23", "kommun/2326") not in _funding(draft)


# ------------------------------------------------------- what the members pay in


def test_the_members_contributions_under_a_heading_without_a_colon() -> None:
    draft = _draft(
        "Medlemmarnas bidrag 2024\n\n"
        "Arbetsförmedlingen – 1 200 tkr\n"
        "Region Jämtland Härjedalen – 600 tkr\n"
        "Bergs kommun – 300 tkr\n\n"
        "Förbundet har också egna medel.\n",
        "Samordningsförbundet Fjällbygden\nÅrsberättelse 2024\n\n",
    )
    found = _funding(draft)
    assert ("kommun/2326", "org/samordningsforbundet-fjallbygden") in found
    assert ("org/arbetsformedlingen", "org/samordningsforbundet-fjallbygden") in found


def test_lines_under_another_heading_are_no_contributions() -> None:
    draft = _draft(
        "Deltagare 2024\n\n"
        "Arbetsförmedlingen – 120\n"
        "Bergs kommun – 30\n\n"
        "Det är fler än året innan, och de flesta kom från Bergs kommun.\n",
        "Samordningsförbundet Fjällbygden\nÅrsberättelse 2024\n\n",
    )
    assert not _funding(draft)


def test_money_denied_is_no_grant() -> None:
    draft = _draft(
        "Projektet Ny start drevs av Bergs kommun. Det finansierades inte av Region "
        "Jämtland Härjedalen.\n"
    )
    assert not any(funder == "region/23" for funder, _x in _funding(draft))


# ------------------------------------------------------------- posts and holders


def _holders(draft: Draft) -> dict[str, str]:
    return {
        a.label_sv: a.holder for a in draft.actors.values() if a.holder is not None
    }


def test_a_post_in_the_definite_neuter_before_a_name() -> None:
    draft = _draft(
        "Bergs kommun samarbetar med Röda Korset om läxhjälpen. Kommunalrådet Sara Nilsson "
        "(C) vill att fler föreningar ska vara med.\n"
    )
    assert _holders(draft).get("kommunalråd") == "person/sara-nilsson"
    assert not any("nilsson" in iri for iri in draft.actors if iri.startswith("org/"))


def test_the_one_hired_as_a_post_holds_it() -> None:
    draft = _draft(
        "Föreningen Fjällvänner samarbetar med Bergs kommun. Styrelsen har anställt Jonas "
        "Hedlund som projektledare från den 1 maj.\n"
    )
    assert _holders(draft).get("projektledare") == "person/jonas-hedlund"


# ---------------------------------------------------- a national body's local branch


def test_a_known_organisation_and_a_place_is_its_branch() -> None:
    draft = _draft("Röda Korset Ljusdal driver mötesplatsen i samverkan med Ljusdals kommun.\n")
    assert _together(draft, "org/roda-korset-ljusdal", "kommun/2161")
    assert "org/roda-korset" not in draft.actors
    # the national body alone stays itself
    draft = _draft("Röda Korset samarbetar med Ljusdals kommun om läxhjälpen.\n")
    assert _together(draft, "org/roda-korset", "kommun/2161")


# ------------------------------------------------- a unit labelled as the text says it


def test_a_unit_after_a_genitive_keeps_the_words_of_the_text() -> None:
    # docs/modelling.md: labels "as the text says it"; the IRI keeps the definite name
    draft = _draft(
        "Ljusdals kommun samarbetar med Röda Korset. Arbetet samordnas av kommunens "
        "integrationsenhet. Enheten hör till socialförvaltningen.\n"
    )
    unit = draft.actors["kommun/2161/integrationsenheten"]
    assert unit.label_sv == "integrationsenhet"
    # "Enheten" still points back to it
    assert unit.parent == "kommun/2161/socialforvaltningen"
    draft = _draft("Arbetet samordnas av integrationsenheten i Ljusdals kommun.\n")
    assert draft.actors["kommun/2161/integrationsenheten"].label_sv == "integrationsenheten"


# ------------------------------------------------- a project's block of labelled lines

FEDERATION = "Samordningsförbundet Fjällbygden\nVerksamhetsberättelse 2024\n\n"


def test_the_owner_of_a_block_is_a_member_and_the_federation_its_funder() -> None:
    draft = _draft(
        "Förbundet finansierar insatser för personer som står långt från arbetsmarknaden.\n\n"
        "• Ny riktning\n"
        "Ägare: Bergs kommun, arbetsmarknadsenheten\n"
        "Samverkanspartner: Arbetsförmedlingen, Region Jämtland Härjedalen\n"
        "Budget 2024: 900 tkr\n\n"
        "Insatsen ger stöd till unga vuxna.\n",
        FEDERATION,
    )
    assert _together(
        draft, "kommun/2326/arbetsmarknadsenheten", "org/arbetsformedlingen", "region/23"
    )
    # the federation funds the block; it is no partner of its members
    assert not any("org/samordningsforbundet-fjallbygden" in group for group in _partners(draft))
    found = _funding(draft)
    assert ("org/samordningsforbundet-fjallbygden", "org/arbetsformedlingen") in found
    assert ("org/samordningsforbundet-fjallbygden", "kommun/2326/arbetsmarknadsenheten") in found


def test_an_association_listing_its_partners_funds_nothing() -> None:
    draft = _draft(
        "• Läxhjälp\n"
        "Ägare: Bergs kommun\n"
        "Samverkanspartner: Röda Korset\n"
        "Budget 2024: 90 tkr\n\n"
        "Läxhjälpen hålls på biblioteket i Bergs kommun, och det är vi som har hand om den "
        "med hjälp av våra volontärer.\n",
        "Föreningen Fjällvänner\nVerksamhetsberättelse 2024\n\n",
    )
    assert _together(draft, "kommun/2326", "org/roda-korset")
    assert not any(funder == "org/foreningen-fjallvanner" for funder, _x in _funding(draft))


# ------------------------------------------------------------- a unit's place


def test_a_unit_that_lies_within_a_department_is_its_unit() -> None:
    draft = _draft(
        "Ljusdals kommun driver mötesplatsen. Den hör till arbetsmarknadsenheten, som ligger "
        "inom sektor arbete och lärande.\n"
    )
    unit = draft.actors["kommun/2161/arbetsmarknadsenheten"]
    assert unit.parent == "kommun/2161/sektorn-arbete-och-larande"
    draft = _draft(
        "Ljusdals kommun driver mötesplatsen. Den hör till arbetsmarknadsenheten, som hör "
        "under socialförvaltningen.\n"
    )
    unit = draft.actors["kommun/2161/arbetsmarknadsenheten"]
    assert unit.parent == "kommun/2161/socialforvaltningen"


# ---------------------------------------- a list of the bodies present, one a line


def test_the_bodies_listed_under_a_line_about_several_organisations() -> None:
    draft = _draft(
        "På Medborgarkontoret träffar du handläggare från olika myndigheter. Här är "
        "schemat:\n"
        "- Ljusdals kommun: vägledning, måndagar\n"
        "- Skatteverket: hjälp med personnummer, tisdagar\n"
        "- Föreningen Fjällvänner: läxhjälp, torsdagar\n\n"
        "Du behöver inte boka tid.\n"
    )
    assert _together(draft, "kommun/2161", "org/skatteverket", "org/foreningen-fjallvanner")


def test_a_list_under_an_ordinary_colon_is_no_group() -> None:
    draft = _draft(
        "På Medborgarkontoret kan du få hjälp. Här är schemat:\n"
        "- Ljusdals kommun: vägledning, måndagar\n"
        "- Skatteverket: hjälp med personnummer, tisdagar\n\n"
        "Du behöver inte boka tid.\n"
    )
    assert not _together(draft, "kommun/2161", "org/skatteverket")


# ------------------------------------------------ the runners named, none before


def test_a_work_run_by_those_named_has_no_runner_from_before() -> None:
    draft = _draft(
        "Bergs kommun driver läxhjälpen med egna lärare.\n\n"
        "Språkcaféet\n"
        "Verksamheten drivs av Strömsunds kommun och Åre kommun gemensamt.\n"
    )
    assert _together(draft, "kommun/2313", "kommun/2321")
    assert not _together(draft, "kommun/2326", "kommun/2313")
