"""Rules of round 27 of learning (from the blind round 27), one short text each.

Each test drafts a few lines of our own (Jämtland's municipalities, invented associations
and projects) and checks what the rule is for. None of the sentences comes from a real page
or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 maj 2026\n\nNytt om samverkan i länet\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------- an association's own page, "i Place"

_FEED = "Föreningen Gemenskap i Ytterån\nInlägg · Bilder · Om\n\n"
_OURS = "org/foreningen-gemenskap"


def test_an_association_heading_its_page_with_its_place_is_our_funded_body() -> None:
    draft = _draft("Vi har fått 40 000 kronor från Krokoms kommun till läxhjälpen!\n", _FEED)
    assert ("kommun/2309", _OURS) in _funding(draft)


def test_our_partner_on_an_association_s_page_with_its_place() -> None:
    draft = _draft("I helgen ordnade vi skidskolan tillsammans med Krokoms IF.\n", _FEED)
    assert _together(draft, _OURS, "org/krokoms-if")


def test_an_association_whose_name_is_only_a_line_further_down_is_not_the_page() -> None:
    head = "Nyheter från Krokom\nAktuellt\n\nFöreningen Gemenskap i Ytterån har årsmöte.\n\n"
    draft = _draft("Vi har fått 40 000 kronor från Krokoms kommun.\n", head)
    assert ("kommun/2309", _OURS) not in _funding(draft)


# --------------------------------------------------------------- parties that change

_PROJECT = (
    "Projektet Vägen vidare ägs av Östersunds kommun och finansieras av "
    "Europeiska socialfonden+.\n\n"
)


def test_a_party_that_goes_in_as_a_new_party() -> None:
    body = _PROJECT + "Bergs kommun går in som ny samverkanspart från den 1 maj 2026.\n"
    assert _together(_draft(body), "kommun/2380", "kommun/2326")


def test_parties_that_stay_on_as_parties() -> None:
    body = _PROJECT + (
        "Krokoms kommun och Region Jämtland Härjedalen är kvar som samverkansparter.\n"
    )
    assert _together(_draft(body), "kommun/2380", "kommun/2309", "region/23")


def test_a_party_that_leaves_the_project_was_a_party() -> None:
    body = _PROJECT + "Strömsunds kommun lämnar projektet den 30 juni 2026.\n"
    assert _together(_draft(body), "kommun/2380", "kommun/2313")


def test_a_party_that_does_not_leave_or_go_in_is_read_by_no_party_rule() -> None:
    body = _PROJECT + (
        "Strömsunds kommun lämnar inte projektet. Bergs kommun går inte in som part.\n"
    )
    draft = _draft(body)
    assert not _together(draft, "kommun/2380", "kommun/2313")
    assert not _together(draft, "kommun/2380", "kommun/2326")


# --------------------------------------------------------------------- names of bodies


def test_an_association_named_with_its_people_s_adjective_and_its_town() -> None:
    body = "Krokoms kommun har ett samarbete med Somaliska föreningen i Krokom om läxhjälp.\n"
    draft = _draft(body)
    assert "org/somaliska-foreningen-i-krokom" in draft.actors


# ------------------------------------------------------------------ who is no party


def test_a_body_that_takes_part_as_an_adjunct_is_no_member() -> None:
    body = (
        "Östersunds kommun och Krokoms kommun samordnar arbetet med nyanlända i ett råd.\n\n"
        "Länsstyrelsen i Jämtlands län deltar som adjungerad utan rösträtt.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/2380", "kommun/2309")
    assert not _together(draft, "kommun/2380", "lansstyrelse/23")


# ------------------------------------------------------------------- lists and tables


def test_a_lettered_list_of_parties_under_parties_are() -> None:
    body = (
        "Nätverkets parter är\n"
        "a) Krokoms kommun,\n"
        "b) Bergs kommun,\n"
        "c) Röda Korset.\n\n"
        "Nätverket träffas fyra gånger om året.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/2309", "kommun/2326", "org/roda-korset")


def test_a_list_line_party_through_its_unit_makes_the_unit_the_member() -> None:
    body = (
        "Rådets medlemmar är\n"
        "- Krokoms kommun,\n"
        "- Bergs kommun, genom Bergs bibliotek,\n"
        "- Röda Korset.\n\n"
        "Rådet träffas varje månad.\n"
    )
    draft = _draft(body)
    library = next(iri for iri in draft.actors if iri.startswith("kommun/2326/"))
    assert _together(draft, "kommun/2309", library, "org/roda-korset")
    assert not _together(draft, "kommun/2309", "kommun/2326")


def test_a_schedule_s_column_of_who_runs_each_activity() -> None:
    head = "Föreningen Solgläntan\nHem | Om oss | Schema\n\n"
    body = (
        "Vårt schema på mötesplatsen i Krokom. Krokoms kommun stöder mötesplatsen.\n\n"
        "| Dag | Aktivitet | Vem håller i den? |\n"
        "|---|---|---|\n"
        "| Måndag | Språkcafé | Studieförbundet Vuxenskolan och våra volontärer |\n"
        "| Torsdag | Fika | Svenska kyrkan i Krokom och Röda Korset |\n"
        "| Fredag | Sömnad | Röda Korset |\n"
    )
    draft = _draft(body, head)
    assert _together(draft, "org/studieforbundet-vuxenskolan", "org/foreningen-solglantan")
    assert _together(draft, "org/svenska-kyrkan-i-krokom", "org/roda-korset")
    assert not _together(draft, "org/svenska-kyrkan-i-krokom", "kommun/2309")


def test_a_table_of_members_under_its_separator_row() -> None:
    body = (
        "Krokoms kommun har tre arbetsgrupper för integration.\n\n"
        "| Grupp | Deltagare |\n"
        "|---|---|\n"
        "| Språk | Krokoms kommun, Röda Korset |\n"
    )
    assert _together(_draft(body), "kommun/2309", "org/roda-korset")


# ------------------------------------------------------------------------------- money


def test_a_funder_that_gives_us_a_sum_on_our_own_page() -> None:
    body = "Tack till Stiftelsen Fjällbjörken, som ger oss 30 000 kronor till lägret!\n"
    draft = _draft(body, _FEED)
    assert ("org/stiftelsen-fjallbjorken", _OURS) in _funding(draft)


def test_a_sum_given_to_no_one_we_know_is_no_funding_of_ours() -> None:
    body = "Stiftelsen Fjällbjörken ger 30 000 kronor till Krokoms kommun varje år.\n"
    draft = _draft(body, _FEED)
    assert ("org/stiftelsen-fjallbjorken", _OURS) not in _funding(draft)


def test_a_purchase_of_a_service_of_a_named_body() -> None:
    body = "Krokoms kommun köper i dag samhällsorientering av Studieförbundet Vuxenskolan.\n"
    assert ("kommun/2309", "org/studieforbundet-vuxenskolan") in _funding(_draft(body))


def test_a_purchase_denied_names_no_seller_funded() -> None:
    body = "Krokoms kommun köper inte längre kurser av Studieförbundet Vuxenskolan.\n"
    assert ("kommun/2309", "org/studieforbundet-vuxenskolan") not in _funding(_draft(body))


def test_a_party_s_co_financing_paid_to_the_project_owner() -> None:
    body = _PROJECT + (
        "Region Jämtland Härjedalens kontanta medfinansiering betalas till Östersunds kommun "
        "som projektägare.\n"
    )
    assert ("region/23", "kommun/2380") in _funding(_draft(body))


# ------------------------------------------------------------ a town inside a body's name


def test_a_town_after_a_body_s_name_is_no_party() -> None:
    body = (
        "Arbetsgruppen för hälsa: Region Jämtland Härjedalen, Svenska kyrkan i Krokom och "
        "Arbetsförmedlingen i Berg.\n"
    )
    draft = _draft(body)
    assert _together(draft, "region/23", "org/svenska-kyrkan-i-krokom")
    assert not _together(draft, "region/23", "kommun/2309")
    assert not _together(draft, "region/23", "kommun/2326")


def test_a_municipality_named_in_full_after_i_is_still_a_party() -> None:
    body = "Röda Korset samarbetar med Krokoms kommun och med Bergs kommun om läxhjälp.\n"
    assert _together(_draft(body), "org/roda-korset", "kommun/2309", "kommun/2326")


# ---------------------------------------------------------------------- who holds a post


def _holder(draft: Draft, post_label: str) -> str | None:
    return next(
        (a.holder for a in draft.actors.values() if a.label_sv == post_label and a.holder),
        None,
    )


def test_the_holder_after_is_still() -> None:
    body = _PROJECT + "Projektledare är fortfarande Sofia Bergkvist på Östersunds kommun.\n"
    assert _holder(_draft(body), "projektledare") == "person/sofia-bergkvist"


def test_the_holder_who_stays_on_in_a_post() -> None:
    body = (
        "Föreningen Fjällsippan har haft årsmöte i Krokom. Ny ordförande är Leyla Osman. "
        "Gunnar Persson fortsätter som kassör.\n"
    )
    assert _holder(_draft(body), "kassör") == "person/gunnar-persson"


def test_a_project_accountant_and_a_procurement_officer_are_posts() -> None:
    body = _PROJECT + "Projektekonom är Tove Sandberg.\n\nUpphandlare: Erik Nyström\n"
    draft = _draft(body)
    assert _holder(draft, "projektekonom") == "person/tove-sandberg"
    assert _holder(draft, "upphandlare") == "person/erik-nystrom"


def test_a_procurement_officer_no_one_holds_is_no_post() -> None:
    body = "Östersunds kommun ska anställa fler upphandlare under året.\n"
    assert not any(a.label_sv == "upphandlare" for a in _draft(body).actors.values())


# ------------------------------------------------------- a plural unit and its municipalities


def test_a_plural_unit_before_municipalities_is_a_unit_of_each() -> None:
    body = (
        "Arbetsgruppen för språk: arbetsmarknadsenheterna i Krokoms kommun och Bergs kommun "
        "samt Röda Korset.\n"
    )
    draft = _draft(body)
    assert draft.actors["kommun/2326/arbetsmarknadsenheten"].parent == "kommun/2326"
    assert _together(
        draft,
        "kommun/2309/arbetsmarknadsenheten",
        "kommun/2326/arbetsmarknadsenheten",
        "org/roda-korset",
    )
    assert not _together(draft, "kommun/2309", "org/roda-korset")


def test_a_plural_unit_before_one_municipality_is_left_alone() -> None:
    draft = _draft("Biblioteken i Krokoms kommun har öppet på lördagar.\n")
    assert "kommun/2309/biblioteket" not in draft.actors


def test_a_body_that_was_included_in_the_council_was_a_party() -> None:
    body = (
        "Östersunds kommun och Krokoms kommun samverkar i Integrationsrådet Jämtland.\n\n"
        "Fram till 2023 ingick också Försäkringskassan i rådet.\n"
    )
    assert _together(_draft(body), "kommun/2380", "org/forsakringskassan")


def test_a_body_said_not_to_be_included_is_no_party() -> None:
    body = (
        "Östersunds kommun och Krokoms kommun samverkar i Integrationsrådet Jämtland.\n\n"
        "Försäkringskassan ingår inte i rådet.\n"
    )
    assert not _together(_draft(body), "kommun/2380", "org/forsakringskassan")
