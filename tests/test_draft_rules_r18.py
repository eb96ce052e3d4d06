"""Rules of round 18 of learning (from round 17), one short text each.

Each test drafts a few lines of our own in the genre (an association's page, an application
for project money, a municipality's news page, an invitation) and checks what the rule is
for. None of the sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 maj 2026\n\nRapport om samverkan i länet\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------------------------- the page's own organisation


def test_a_breadcrumb_under_the_title_names_the_page_s_own_association() -> None:
    head = (
        "Språkvänner och läxhjälp i bygden\n\n"
        "Föreningen Brobygget / Vår verksamhet / Integration\n"
        "Publicerad 3 mars 2026\n\n"
    )
    draft = _draft(
        "Vi samarbetar med Falkenbergs kommun om läxhjälp. Ordförande är Kim Berg.\n", head
    )
    assert draft.publisher == "org/foreningen-brobygget"
    post = next(a for a in draft.actors.values() if a.holder == "person/kim-berg")
    assert post.parent == "org/foreningen-brobygget"


def test_the_applicant_of_an_application_owns_its_posts_and_no_field_label_is_an_actor() -> None:
    head = (
        "Ansökan om projektmedel för Mötesplats Ätran\n\n"
        "Sökande organisation: Föreningen Brobygget\n"
        "Sökt belopp: 300 000 kronor\n\n"
    )
    draft = _draft(
        "Projektet riktar sig till nyanlända i Falkenbergs kommun. Projektledare är Sara Ek.\n",
        head,
    )
    post = next(a for a in draft.actors.values() if a.holder == "person/sara-ek")
    assert post.parent == "org/foreningen-brobygget"
    assert not any("organisation" in a.label_sv.lower() for a in draft.actors.values())


# ---------------------------------------------------------------- lists of grants given


def test_a_list_opened_by_we_granted_gives_each_line_to_its_name() -> None:
    head = (
        "Bidrag till föreningar 2026\n\n"
        "Föreningen Brobygget / Vår verksamhet / Bidrag\n"
        "Publicerad 3 mars 2026\n\n"
    )
    body = (
        "Vi arbetar i hela Falkenbergs kommun.\n\n"
        "För 2026 har vi beviljat följande bidrag:\n"
        "- Föreningen Solrosen: 20 000 kronor\n"
        "- Ullareds Schackklubb: 15 000 kronor\n"
    )
    grants = _funding(_draft(body, head))
    assert grants == {
        ("org/foreningen-brobygget", "org/foreningen-solrosen"),
        ("org/foreningen-brobygget", "org/ullareds-schackklubb"),
    }


def test_a_committee_that_distributes_a_list_is_its_funder() -> None:
    body = (
        "Projektet riktar sig till nyanlända. Kultur- och fritidsnämnden i Laholms kommun "
        "har fördelat bidragen så här:\n\n"
        "Mellbystrands IF: 15 000 kronor\n"
        "Föreningen Solrosen: 20 000 kronor\n"
    )
    grants = _funding(_draft(body))
    assert grants == {
        ("kommun/1381/kultur-och-fritidsnamnden", "org/mellbystrands-if"),
        ("kommun/1381/kultur-och-fritidsnamnden", "org/foreningen-solrosen"),
    }


# ------------------------------------------ collaborations taken back by their sentence


def test_a_planned_or_inquired_collaboration_is_none() -> None:
    body = (
        "Laholms kommun har en mötesplats för nyanlända. Vi planerar att starta en "
        "simskola hösten 2026, gärna tillsammans med Laholms Simsällskap, men inget är "
        "bestämt. Kommunstyrelsen har gett socialchefen i uppdrag att utreda ett samarbete "
        "med Hylte kommun om tolkservice.\n"
    )
    assert _partners(_draft(body)) == []


def test_who_joins_but_is_said_to_be_no_party_is_no_member() -> None:
    body = (
        "Nätverket för integration i Halland består av Laholms kommun och Hylte kommun. "
        "Region Halland medverkar med en föreläsare men är inte heller medarrangör.\n"
    )
    assert _partners(_draft(body)) == [{"kommun/1381", "kommun/1315"}]


def test_a_panel_of_a_day_is_no_collaboration() -> None:
    body = (
        "Dagen arrangeras av Laholms kommun tillsammans med Hylte kommun. "
        "I panelen deltar företrädare för Arbetsförmedlingen och Hallands Företagarförening.\n"
    )
    assert _partners(_draft(body)) == [{"kommun/1381", "kommun/1315"}]


def test_people_who_become_members_of_a_club_make_no_collaboration() -> None:
    body = (
        "I Laholms kommun visar Mellbystrands IF och ABF Halland hur klubben har tagit emot "
        "nya medlemmar.\n"
    )
    assert _partners(_draft(body)) == []


def test_a_co_arranger_joins_those_the_paragraph_described() -> None:
    body = (
        "Nätverket för integration i Halland består av Laholms kommun och Hylte kommun. "
        "Medarrangör i år är ABF Halland, som också leder ett av passen. "
        "Hallands Folkets Husförening är inte medarrangör men lånar ut sin sal.\n"
    )
    assert _partners(_draft(body)) == [{"kommun/1381", "kommun/1315", "org/abf-halland"}]


# ------------------------------------------------------------------ tables of parties


def test_a_table_headed_by_a_word_for_a_party_lists_the_page_s_partners() -> None:
    head = (
        "Ansökan om medel för Lär känna Halland\n\n"
        "Sökande organisation: Föreningen Brobygget\n"
        "Publicerad 3 mars 2026\n\n"
    )
    body = (
        "Projektet drivs i samarbete med tre parter som har skrivit under en avsikt.\n\n"
        "Samarbetspartner | Uppgift\n"
        "Hylte kommun, kultur- och fritidsförvaltningen | lokaler och rekrytering\n"
        "Laholms kommun | fritidsledare\n"
        "ABF Halland | cirkelledare\n"
    )
    assert _partners(_draft(body, head)) == [
        {"org/foreningen-brobygget", "kommun/1315", "kommun/1381", "org/abf-halland"}
    ]


def test_a_table_of_parties_without_words_of_the_page_s_work_adds_no_owner() -> None:
    body = (
        "Falkenbergs kommun redovisar här partnerna i länet.\n\n"
        "Projektpartner | Uppgift\n"
        "Hylte kommun | lokaler\n"
        "Laholms kommun | fritidsledare\n"
    )
    assert _partners(_draft(body)) == [{"kommun/1315", "kommun/1381"}]


# ------------------------------------------------------------------------- libraries


def test_a_library_named_by_a_municipality_is_that_municipality_s() -> None:
    body = (
        "Laholms kommun har ett språkcafé. Genom nätverket lånar vi medier från "
        "grannkommunerna. I nätverket ingår Laholms bibliotek, Hylte bibliotek och "
        "Halmstads bibliotek.\n"
    )
    draft = _draft(body)
    parents = {a.label_sv: a.parent for a in draft.actors.values() if "bibliotek" in a.label_sv}
    assert parents == {
        "Laholms bibliotek": "kommun/1381",
        "Hylte bibliotek": "kommun/1315",
        "Halmstads bibliotek": "kommun/1380",
    }


def test_the_library_is_the_page_s_one_library_named_before() -> None:
    body = (
        "Välkommen till Hylte bibliotek i Hylte kommun. Biblioteket är en del av kultur- "
        "och fritidsförvaltningen. Läxhjälpen ordnas av ABF Halland i samarbete med "
        "biblioteket.\n"
    )
    draft = _draft(body)
    library = draft.actors["kommun/1315/hylte-bibliotek"]
    assert library.parent == "kommun/1315/kultur-och-fritidsforvaltningen"
    assert _together(draft, "org/abf-halland", "kommun/1315/hylte-bibliotek")


def test_the_library_named_again_in_its_sentence_gets_its_clause_of_belonging() -> None:
    body = (
        "I Hylte kommun finns en sagostund. Sagostunden på stadsbiblioteket leds av ABF "
        "Halland tillsammans med biblioteket, som hör till kultur- och "
        "fritidsförvaltningen.\n"
    )
    draft = _draft(body)
    library = draft.actors["kommun/1315/stadsbiblioteket"]
    assert library.parent == "kommun/1315/kultur-och-fritidsforvaltningen"


# ------------------------------------------------------------- units in apposition


def test_a_name_beside_the_municipality_s_unit_words_is_that_unit() -> None:
    body = (
        "Kvällskurserna hålls av Lärcentrum Hylte, kommunens enhet för vuxenutbildning, "
        "i samarbete med ABF Halland i Hylte kommun.\n\n"
        "Laholms kommuns arbetsmarknadsenhet Jobbtorget Laholm berättar om praktik. "
        "Frågor besvaras av Sara Lind, utvecklingsledare på Jobbtorget Laholm.\n"
    )
    draft = _draft(body)
    assert draft.actors["kommun/1315/larcentrum-hylte"].parent == "kommun/1315"
    assert draft.actors["kommun/1381/jobbtorget-laholm"].parent == "kommun/1381"
    assert not any(a.label_sv.startswith("enhet för") for a in draft.actors.values())
    post = next(a for a in draft.actors.values() if a.holder == "person/sara-lind")
    assert post.parent == "kommun/1381/jobbtorget-laholm"
    assert _partners(draft) == [{"kommun/1315/larcentrum-hylte", "org/abf-halland"}]


def test_a_list_of_members_of_the_page_s_own_work_has_the_page_s_organisation() -> None:
    head = (
        "Simskola för vuxna\n\n"
        "Föreningen Brobygget / Vår verksamhet / Simskola\n"
        "Publicerad 3 mars 2026\n\n"
    )
    body = (
        "Sedan 2025 driver vi satsningen Simma i Halland i Falkenbergs kommun.\n\n"
        "Just nu är tre föreningar med i satsningen:\n"
        "- Ullareds Simsällskap\n"
        "- Falkenbergs Simklubb\n"
        "- Föreningen Solrosen\n"
    )
    assert _together(
        _draft(body, head),
        "org/foreningen-brobygget",
        "org/ullareds-simsallskap",
        "org/falkenbergs-simklubb",
        "org/foreningen-solrosen",
    )


# --------------------------------------------------------------------------- money


def test_a_party_that_gives_money_gives_it_to_its_partnership_not_to_the_runner_before() -> None:
    body = (
        "Projektet Språkbron drivs tillsammans med Hylte kommun och Halmstads kommun.\n\n"
        "Sedan 2024 har socialnämnden i Laholms kommun ett idéburet offentligt partnerskap "
        "med Föreningen Solrosen. Socialnämnden bidrar med 800 000 kronor per år.\n"
    )
    grants = _funding(_draft(body))
    assert grants == {("kommun/1381/socialnamnden", "org/foreningen-solrosen")}


def test_money_only_sought_is_no_grant_until_a_sentence_grants_it() -> None:
    body = (
        "Laholms kommun vill starta en skrivarverkstad. Vi har sökt pengar från "
        "Stiftelsen Hallandsbygden för verkstaden och väntar på besked.\n"
    )
    assert _funding(_draft(body)) == set()
    body = (
        "För språkcaféet söker Laholms kommun medel från Stiftelsen Hallandsbygden. "
        "För 2026 har kommunen beviljats 80 000 kronor.\n"
    )
    assert ("org/stiftelsen-hallandsbygden", "kommun/1381") in _funding(_draft(body))


# ------------------------------------------------------------------ past parties


def test_who_was_a_party_of_the_project_before_is_its_member() -> None:
    body = (
        "Språkbron är ett projekt som ägs av Region Halland och som drivs tillsammans med "
        "Hylte kommun och Halmstads kommun. Laholms kommun var part i projektet från "
        "starten, men kommunstyrelsen beslutade att lämna samarbetet 2024.\n"
    )
    groups = _partners(_draft(body))
    assert groups == [{"region/13", "kommun/1315", "kommun/1380", "kommun/1381"}]


def test_statens_and_a_noun_is_a_state_agency_that_can_grant() -> None:
    body = "Statens skolverk har beviljat Laholms kommun 300 000 kronor för läsfrämjande.\n"
    draft = _draft(body)
    assert draft.actors["org/statens-skolverk"].cls == "sam:StateAgency"
    assert _funding(draft) == {("org/statens-skolverk", "kommun/1381")}


def test_a_kind_word_that_begins_a_table_cell_is_part_of_the_name() -> None:
    body = (
        "Laholms kommun driver projektet i samverkan med två parter.\n\n"
        "Samverkanspart | Roll i projektet\n"
        "Idrottsklubben Laxen | tränare och hallar\n"
        "ABF Halland | cirkelledare\n"
    )
    draft = _draft(body)
    assert "org/idrottsklubben-laxen" in draft.actors
    assert _together(draft, "org/idrottsklubben-laxen", "org/abf-halland", "kommun/1381")


def test_the_fund_s_authority_decides_the_fund_pays_the_named_receiver() -> None:
    body = (
        "Projektet Språkbron drivs av Region Halland tillsammans med Hylte kommun och "
        "Laholms kommun. Projektet finansieras sedan 2025 av Europeiska socialfonden+. "
        "Svenska ESF-rådet beviljade då regionen 5 miljoner kronor.\n"
    )
    grants = _funding(_draft(body))
    assert grants == {("org/europeiska-socialfonden", "region/13")}


def test_who_was_with_in_the_network_until_a_year_is_its_member() -> None:
    body = (
        "Laholms kommun lånar genom Biblioteksnätverket Halland medier från grannarna. I nätverket "
        "ingår Laholms bibliotek och Hylte bibliotek. Halmstads bibliotek var med i "
        "nätverket till och med 2023 men har nu ett annat samarbete.\n"
    )
    assert _together(
        _draft(body),
        "kommun/1381/laholms-bibliotek",
        "kommun/1315/hylte-bibliotek",
        "kommun/1380/halmstads-bibliotek",
    )


# ------------------------------------------------------------------------- posts


def test_a_post_for_a_unit_named_by_its_own_name_is_that_unit_s() -> None:
    body = (
        "Hylte kommun har en mötesplats som drivs av enheten Kultur och bibliotek. "
        "Ansvarig är Lena Berg, enhetschef för Kultur och bibliotek.\n"
    )
    draft = _draft(body)
    post = next(a for a in draft.actors.values() if a.holder == "person/lena-berg")
    assert post.label_sv == "enhetschef"
    assert post.parent == "kommun/1315/kultur-och-bibliotek"


def test_a_post_no_one_holds_named_only_in_table_cells_is_no_post() -> None:
    body = (
        "Laholms kommun driver projektet i samverkan med två parter.\n\n"
        "Samverkanspart | Roll i projektet\n"
        "Hylte kommun | fritidsledare två kvällar i veckan\n"
        "ABF Halland | ledarutbildningen, cirkelledare\n"
    )
    draft = _draft(body)
    assert not any(a.cls in {"org:Post", "sam:CoordinatorPost"} for a in draft.actors.values())


def test_a_unit_heading_a_breadcrumb_owns_the_page_s_posts_but_not_its_publishing() -> None:
    head = (
        "Läxhjälp på biblioteket\n\n"
        "Hylte bibliotek – Aktiviteter – Läxhjälp\n"
        "Publicerad 3 mars 2026\n\n"
    )
    body = (
        "Hylte bibliotek i Hylte kommun har läxhjälp varje tisdag. Har du frågor kan du "
        "prata med bibliotekschef Tove Ek.\n"
    )
    draft = _draft(body, head)
    post = next(a for a in draft.actors.values() if a.holder == "person/tove-ek")
    assert post.parent == "kommun/1315/hylte-bibliotek"
    assert draft.publisher == "kommun/1315"
