"""General mechanisms of the drafter (round 20 of learning), one short text each.

Round 20 of learning did not fit rules to one round's sentences: it added mechanisms that
hold for the genre as a whole (a lexicon of Sweden's national bodies, districts of national
organisations, regions as reference actors). Each test drafts a few lines of our own (other
municipalities, names and wording than any fixture page) and checks what the mechanism is
for; each fails without it.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding, together
from samverkan.draft.model import Draft
from samverkan.draft.turtle import to_turtle

DATE = "Publicerad 12 maj 2026\n\nSamverkan i Kil och Grums\n\n"


def _draft(body: str) -> Draft:
    return draft_under(body, DATE)


def _orgs(draft: Draft) -> set[str]:
    return {iri for iri in draft.actors if iri.startswith("org/")}


# ----------------------------------------------------------- regions as reference actors


def test_a_region_named_in_full_is_referred_to_though_no_relation_names_it() -> None:
    body = (
        "Kils kommun ordnar samhällsorientering tillsammans med Grums kommun. "
        "Region Värmland är inte part i samarbetet men skickar ibland en barnmorska.\n"
    )
    text = DATE + body
    turtle = to_turtle(draft_under(body, DATE), text)
    assert "dcterms:references <region/17>" in turtle


def test_only_a_region_s_full_name_in_running_text_is_a_reference() -> None:
    from samverkan.draft.turtle import _region_named_in_full

    text = "Västra Götalandsregionen deltar. Regionen bidrar.\nSökande: Region Värmland\n"
    assert _region_named_in_full(text, 0, 24)
    assert not _region_named_in_full(text, 33, 41)  # the bare word
    assert not _region_named_in_full(text, 59, 74)  # the value of a field line


# ------------------------------------------------------- a lexicon of national bodies


def test_state_agencies_without_an_agency_ending_are_found() -> None:
    draft = _draft(
        "Grums kommun samarbetar med Kriminalvården, Kronofogden och Delegationen mot "
        "segregation om unga vuxna.\n"
    )
    assert {
        "org/kriminalvarden",
        "org/kronofogden",
        "org/delegationen-mot-segregation",
    } <= _orgs(draft)
    assert draft.actors["org/kriminalvarden"].cls == "sam:StateAgency"
    assert together(draft, "kommun/1764", "org/kriminalvarden", "org/kronofogden")


def test_an_agency_that_is_an_ordinary_word_is_matched_only_as_written() -> None:
    named = _draft("Projektet i Kils kommun får 400 000 kronor från Sida.\n")
    assert ("org/sida", "kommun/1715") in funding(named)
    word = _draft("Kils kommun har samlat allt om kursen på en sida på webben.\n")
    assert "org/sida" not in word.actors


def test_an_agency_s_acronym_is_matched_only_in_capitals() -> None:
    draft = _draft("Grums kommun får siffrorna från SCB och stöd från CSN.\n")
    assert {"org/statistiska-centralbyran", "org/centrala-studiestodsnamnden"} <= _orgs(draft)


def test_national_organisations_churches_and_study_associations_are_found() -> None:
    draft = _draft(
        "Läxhjälpen i Kils kommun drivs av Frälsningsarmén, Läkare i Världen och "
        "Folkuniversitetet tillsammans med Scouterna.\n"
    )
    found = _orgs(draft)
    assert {
        "org/fralsningsarmen",
        "org/lakare-i-varlden",
        "org/folkuniversitetet",
        "org/scouterna",
    } <= found
    # a study association is civil society, not a state university
    assert draft.actors["org/folkuniversitetet"].cls == "sam:CivilSocietyOrganization"
    assert together(draft, "org/fralsningsarmen", "org/lakare-i-varlden", "org/scouterna")


def test_a_name_that_is_an_ordinary_word_in_lower_case_is_no_organisation() -> None:
    draft = _draft("Föreningarna i Kils kommun vill bilda ett nätverk med scouterna.\n")
    assert not {"org/studieforbundet-bilda", "org/scouterna"} & _orgs(draft)


# -------------------------------------------- districts of national organisations


def test_a_national_organisation_and_a_district_is_its_branch() -> None:
    draft = _draft(
        "Kils kommun ordnar kurser tillsammans med Frälsningsarmén Värmland och "
        "Sensus Värmlands län.\n"
    )
    found = _orgs(draft)
    assert {"org/fralsningsarmen-varmland", "org/sensus-varmlands-lan"} <= found
    assert "org/fralsningsarmen" not in found and "org/sensus" not in found


def test_the_bare_name_after_its_branch_is_the_branch() -> None:
    draft = _draft(
        "Språkcaféet i Grums drivs av Bilda Svealand. Varje tisdag håller Grums "
        "bibliotek i kvällen tillsammans med Bilda.\n"
    )
    found = _orgs(draft)
    assert "org/bilda-svealand" in found
    assert "org/studieforbundet-bilda" not in found


def test_the_whole_body_after_inom_stays_the_national_one() -> None:
    draft = _draft(
        "Röda Korset Kil ordnar läxhjälp i Kils kommun. Kretsen är en av många kretsar "
        "inom Röda Korset.\n"
    )
    assert {"org/roda-korset-kil", "org/roda-korset"} <= _orgs(draft)


# ----------------------------------------------------------- the heads of posts


def _posts(draft: Draft) -> dict[str, str | None]:
    return {
        a.label_sv: a.holder
        for a in draft.actors.values()
        if a.cls in {"org:Post", "sam:CoordinatorPost"}
    }


def test_broad_post_heads_with_a_holder_are_posts() -> None:
    draft = _draft(
        "Kils kommun har startat en ny språkcirkel i Grums.\n\n"
        "Kontakt\n"
        "Maria Lund, hälsokommunikatör, Kils kommun\n"
        "Omar Said, folkhälsoplanerare, Kils kommun\n"
        "Eva Sten, ekonom vid socialförvaltningen\n"
    )
    posts = _posts(draft)
    assert posts.get("hälsokommunikatör") == "person/maria-lund"
    assert posts.get("folkhälsoplanerare") == "person/omar-said"
    assert posts.get("ekonom") == "person/eva-sten"


def test_a_broad_post_head_without_a_holder_is_no_post() -> None:
    draft = _draft(
        "Kils kommun och Grums kommun delar på en samhällskommunikatör som håller "
        "träffar på flera språk.\n"
    )
    assert "samhällskommunikatör" not in _posts(draft)


def test_a_company_s_legal_form_is_not_the_project_s_acronym() -> None:
    # "projektledare" is named after the project's acronym ("projektledare för LIS"); the
    # "AB" of a company near "Projektet" is not one (it gave "projektledare för AB")
    draft = _draft(
        "Projektet har utvärderats av Värmlands Analys AB på uppdrag av Kils kommun. "
        "Projektledare har varit Karin Ek, anställd vid Kils kommun.\n"
    )
    posts = _posts(draft)
    assert "projektledare för AB" not in posts
    assert posts.get("projektledare") == "person/karin-ek"


# ------------------------------------------------------------ a group word opening the text


def test_a_text_that_opens_with_a_group_word_is_drafted() -> None:
    """A page whose first word is a group word ("Föreningar i Mora ...", a heading with no
    date line above it) was read past its start and ended in a traceback; now it drafts."""
    text = (
        "Föreningar i Mora samarbetar med kommunen\n\n"
        "Föreningar i Mora samarbetar med Mora kommun och Röda Korset om läxhjälp.\n"
    )
    draft = draft_under(text, "")
    assert "kommun/2062" in draft.actors
    volunteers = "Volontärer i Orsa\n\nVolontärer från Svenska kyrkan hjälper till.\n"
    assert draft_under(volunteers, "").actors
