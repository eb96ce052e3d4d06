"""Rules of round 15 of learning (from the blind round 14), one short text each.

Each test drafts a few lines of our own in the genre (a municipal project page, a news item)
and checks what the rule is for. None of the sentences comes from a real page or from a
fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 9 maj 2024\n\nEn rubrik om samverkan i kommunen\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------- staff and premises are support


def test_staff_given_to_a_collaboration_is_no_membership() -> None:
    # docs/modelling.md (decision of 2026-12-02): "X bidrar med två handledare" is support
    draft = _draft(
        "Kumla kommun och Arbetsförmedlingen driver projektet Nya spår tillsammans. "
        "Region Örebro län bidrar med två handledare från vårdcentralen.\n"
    )
    assert _together(draft, "kommun/1881", "org/arbetsformedlingen")
    assert not any("region/18" in group for group in _partners(draft))
    draft = _draft(
        "Askersunds kommun samarbetar med Röda Korset om läxhjälpen. Svenska kyrkan bidrar "
        "själv med lokaler och fika.\n"
    )
    assert not any("org/svenska-kyrkan" in group for group in _partners(draft))


def test_money_given_still_reads_as_before() -> None:
    # money is not support: the sentence keeps the reading it had ("bidrar inte med pengar
    # men deltar i referensgruppen" joins the group named before)
    draft = _draft(
        "Kumla kommun och Arbetsförmedlingen driver projektet Nya spår tillsammans. "
        "Region Örebro län bidrar inte med pengar men deltar i projektets referensgrupp.\n"
    )
    assert _together(draft, "kommun/1881", "org/arbetsformedlingen", "region/18")


# ------------------------------------------------------- a table of one partner a row


def test_a_table_of_one_partner_a_row_makes_the_partners_one_group() -> None:
    draft = _draft(
        "Projektet Bro till jobb drivs av Laxå kommun.\n\n"
        "Partner | Uppgift | Budget, kr\n"
        "Laxå kommun, arbetsmarknadsenheten | Projektägare | 900 000\n"
        "Hallsbergs kommun | Delprojekt | 400 000\n"
        "Studieförbundet Vuxenskolan | Studiecirklar | 150 000\n"
        "Summa | | 1 450 000\n\n"
        "Projektet pågår till 2026.\n"
    )
    # the municipality named first in a cell is the partner, not its unit
    assert _together(draft, "kommun/1860", "kommun/1861", "org/studieforbundet-vuxenskolan")
    assert not any("kommun/1860/arbetsmarknadsenheten" in group for group in _partners(draft))


def test_a_table_whose_column_lists_each_rows_members_is_unchanged() -> None:
    draft = _draft(
        "Laxå kommun har tre arbetsgrupper.\n\n"
        "Grupp | Partner\n"
        "Språk | Arbetsförmedlingen, Studieförbundet Vuxenskolan\n"
        "Hälsa | Region Örebro län, Röda Korset\n"
    )
    assert _together(draft, "org/arbetsformedlingen", "org/studieforbundet-vuxenskolan")
    assert not _together(draft, "org/arbetsformedlingen", "region/18")


# ------------------------------------------------ a network's founders and later members


def test_the_founders_of_a_network_are_its_members_and_the_network_none() -> None:
    draft = _draft(
        "Tolkpoolen i Bergslagen grundades 2017 av Lindesbergs kommun, Nora kommun och "
        "Ljusnarsbergs kommun. Syftet var att dela på tolkar.\n"
    )
    assert _together(draft, "kommun/1885", "kommun/1884", "kommun/1864")


def test_members_added_today_join_the_network_before() -> None:
    draft = _draft(
        "Nätverket Språkbron startades 2020 av Lindesbergs kommun och Nora kommun. Syftet "
        "var att dela på tolkar. I dag ingår även Ljusnarsbergs kommun och Migrationsverket.\n"
    )
    assert _together(
        draft, "kommun/1885", "kommun/1884", "kommun/1864", "org/migrationsverket"
    )


# ------------------------------------------------------------ grants in tables, passed on

BOARD = "Länsstyrelsen Örebro län\n\nRapport om medel 2024\n\nPublicerad 9 maj 2024\n\n"


def test_a_county_boards_table_in_kronor_with_bare_numbers() -> None:
    draft = _draft(
        "Tabell 1. Beviljade medel 2024, kronor\n"
        "Sökande | Insats | Beviljat\n"
        "Nora kommun | Språkcafé | 220 000\n"
        "Röda Korset | Läxhjälp | 0 (avslag)\n\n"
        "Medlen betalas ut i mars.\n",
        head=BOARD,
    )
    funding = _funding(draft)
    assert ("lansstyrelse/18", "kommun/1884") in funding
    # a zero grants nothing
    assert not any(x == "org/roda-korset" for _f, x in funding)


def test_money_passed_on_to_others() -> None:
    draft = _draft(
        "Kumla kommun tar emot bidraget för hela länsdelen och fördelar det vidare till "
        "Hallsbergs kommun och Laxå kommun.\n"
    )
    funding = _funding(draft)
    assert {("kommun/1881", "kommun/1861"), ("kommun/1881", "kommun/1860")} <= funding


def test_an_eu_grant_goes_to_the_partners_of_the_table() -> None:
    draft = _draft(
        "Projektet Steg för steg drivs av Kumla kommun tillsammans med Arbetsförmedlingen "
        "och Region Örebro län.\n\n"
        "Partner | Roll | Budget, kr\n"
        "Kumla kommun | Projektägare | 2 100 000\n"
        "Hallsbergs kommun | Delprojekt | 900 000\n"
        "Laxå kommun | Delprojekt | 700 000\n"
        "Region Örebro län | Hälsa | 300 000\n\n"
        "Europeiska socialfonden finansierar 80 procent av projektets kostnader.\n"
    )
    recipients = {x for f, x in _funding(draft) if f == "org/europeiska-socialfonden"}
    assert {"kommun/1881", "kommun/1861", "kommun/1860"} <= recipients


# ---------------------------------------------------------------- a body of three services


def test_a_committee_named_by_three_services() -> None:
    draft = _draft(
        "I Laxå kommun ansvarar kultur-, fritids- och folkhälsonämnden för föreningsbidragen.\n"
    )
    committee = "kommun/1860/kultur-fritids-och-folkhalsonamnden"
    assert committee in draft.actors
    assert not any(iri.endswith("/fritids-och-folkhalsonamnden") for iri in draft.actors)


# ------------------------------------------------------ a steering group under its heading


def test_a_steering_group_listed_under_its_heading() -> None:
    draft = _draft(
        "Projektet Steg för steg drivs av Kumla kommun.\n\n"
        "Referensgrupp\n\n"
        "- Anna Ek, enhetschef, Hallsbergs kommun\n"
        "- Per Lund, sektionschef, Arbetsförmedlingen\n"
        "- Sara Berg, ordförande, Röda Korset\n\n"
        "Projektet pågår till 2026.\n"
    )
    assert _together(draft, "kommun/1861", "org/arbetsformedlingen", "org/roda-korset")


# ---------------------------------------------------- a study association's district


def test_a_study_associations_district_by_its_one_name() -> None:
    draft = _draft(
        "Språkcaféet i Nora drivs av ABF Bergslagen tillsammans med Nora kommun. "
        "Caféet ingår i ABF Bergslagens studieverksamhet.\n"
    )
    assert "org/abf-bergslagen" in draft.actors
    assert "org/abf-bergslagens" not in draft.actors
    assert _together(draft, "org/abf-bergslagen", "kommun/1884")


def test_money_without_its_receiver_on_an_organisations_own_page() -> None:
    draft = _draft(
        "Under året hade ABF Bergslagen språkcaféer i Nora kommun.\n\n"
        "Verksamheten finansierades med bidrag från Region Örebro län.\n",
        head="ABF Bergslagen\nVerksamhetsberättelse 2024\n\n",
    )
    funding = _funding(draft)
    assert ("region/18", "org/abf-bergslagen") in funding
    assert ("region/18", "kommun/1884") not in funding


def test_a_later_sentence_says_one_more_is_with_the_network() -> None:
    draft = _draft(
        "Nätverket Språkbron startades 2020 av Lindesbergs kommun och Nora kommun. Syftet "
        "var att dela på tolkar. Även Röda Korset är med i nätverket.\n"
    )
    assert _together(draft, "kommun/1885", "kommun/1884", "org/roda-korset")
    # "med i" a film or a newspaper is no membership
    draft = _draft(
        "Nora kommun och Röda Korset driver läxhjälpen tillsammans. Även Lindesbergs kommun "
        "är med i en film om arbetet.\n"
    )
    assert not any("kommun/1885" in group for group in _partners(draft))
