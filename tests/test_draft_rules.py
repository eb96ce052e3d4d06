"""One short sentence in the genre per rule of the drafter (written for these tests).

Each test drafts a few lines of our own, in the style of municipal, county-board, association
and report pages, and checks what the rule is for: the actor, its IRI and label, the relation,
the count or the kind of page. None of the sentences comes from a real page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafthelpers import DATE
from drafthelpers import draft as _draft
from drafthelpers import funding as _funding
from drafthelpers import partners as _partners
from samverkan.draft import draft_text
from samverkan.draft.metadata import dates, page_kind
from samverkan.draft.model import Draft
from samverkan.draft.reconcile import Index
from samverkan.draft.score import facts, score
from samverkan.draft.turtle import to_turtle

# ----------------------------------------------------------------------- dates and kinds


def test_minutes_and_news_pages_are_dated_by_their_own_lines() -> None:
    assert dates("SOCIALNÄMNDEN\nSammanträdesdatum 2021-05-18\n\n§ 41") == ("2021-05-18", None)
    assert dates("Aktuellt\n\n12 januari 2021\n\nNytt språkcafé") == ("2021-01-12", None)
    # a date inside the text is not the page's date
    assert dates("Nytt språkcafé i Mora\n\nFrån 12 januari 2021 träffas vi.") == (None, None)


def test_a_page_without_a_date_is_drafted_and_its_document_marked() -> None:
    text = "Om oss\n\nVänskap i Ludvika är en ideell förening som samarbetar med ABF.\n"
    draft = draft_text(text, "prov.txt", Index())
    assert draft.issued is None and draft.modified is None
    turtle = to_turtle(draft, text)
    document = turtle[
        turtle.index("<dokument/prov>") : turtle.index(" .\n", turtle.index("<dokument/prov>"))
    ]
    assert 'sam:reviewStatus "draft"' in document


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Länsstyrelsen Jämtlands län\n\nBeslut om medel enligt 37 a §\n\nText.", "beslut"),
        ("Barn- och utbildningsnämnden\nProtokollsutdrag\n\n§ 12 Läxhjälp", "protokoll"),
        ("Om oss\n\nVi är en förening i Mora.", "foreningssida"),
        ("Projekt BRON – en väg in\n\nProjektet drivs av kommunen.", "projektsida"),
        ("Årsrapport 2020\n\n3.1 Samverkan med civilsamhället\n\nText.", "rapport"),
        ("Publicerad 5 maj 2020\n\nNytt språkcafé på biblioteket", "nyhet"),
        ("Lärande exempel\n\nExemplet i korthet", "larande-exempel"),
    ],
)
def test_the_kind_of_page(text: str, kind: str) -> None:
    assert page_kind(text) == kind


# ----------------------------------------------------------------------------- actors


def test_organisations_named_by_what_they_are() -> None:
    draft = _draft(
        "Kommunen samarbetar med Hushållningssällskapet, Dalarnas Bildningsförbund, "
        "Friluftsfrämjandet Mora och Företagarna Mora i Mora kommun.\n"
    )
    labels = {a.label_sv for a in draft.actors.values() if a.cls == "sam:CivilSocietyOrganization"}
    assert labels == {
        "Hushållningssällskapet",
        "Dalarnas Bildningsförbund",
        "Friluftsfrämjandet Mora",
        "Företagarna Mora",
    }


def test_a_folk_high_school_named_after_its_town_is_an_association_not_a_company() -> None:
    draft = _draft("Projektet i Ljusdals kommun genomförs tillsammans med Ljusdals Folkhögskola.\n")
    assert "org/ljusdals-folkhogskola" in draft.actors
    assert not any(a.cls == "sam:MunicipalCompany" for a in draft.actors.values())


def test_a_self_described_association_and_its_board() -> None:
    text = (
        "Om oss\n\nKulturbron i Ystad är en ideell förening för nya och gamla ystadbor.\n\n"
        "Styrelse\n\nOrdförande: Amir Haddad\nKassör: Lena Ek\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    assert draft.publisher == "org/kulturbron-i-ystad" and draft.page_kind == "foreningssida"
    chair = draft.actors["org/kulturbron-i-ystad/tjanst/ordforande"]
    assert chair.parent == "org/kulturbron-i-ystad" and chair.holder == "person/amir-haddad"
    assert draft.actors["org/kulturbron-i-ystad/tjanst/kassor"].holder == "person/lena-ek"


def test_a_post_for_a_named_project_keeps_the_name() -> None:
    draft = _draft("– Det går bra, säger Eva Lind, projektledare för Nya Vägar i Skövde kommun.\n")
    post = next(a for a in draft.actors.values() if a.cls == "org:Post")
    assert post.label_sv == "projektledare för Nya Vägar"
    assert post.holder == "person/eva-lind"


def test_plural_posts_and_county_officers() -> None:
    draft = _draft("Skövde kommun anställer två arbetsmarknadskonsulenter.\n")
    assert "kommun/1496/tjanst/arbetsmarknadskonsulent" in draft.actors
    board = draft_text(
        "Länsstyrelsen Jämtlands län\n\nBeslutsdatum: 2020-03-02\n\nBeslut om medel\n\n"
        "Östersunds kommun beviljas 200 000 kronor.\n\n"
        "I detta ärende har länsråd Per Nord beslutat.\n",
        "prov.txt",
        Index(),
    )
    assert board.actors["lansstyrelse/23/tjanst/lansrad"].holder == "person/per-nord"


def test_a_list_of_municipalities_after_kommunerna() -> None:
    draft = _draft(
        "Kommunerna Borås, Ulricehamn och Tranemo samverkar med Arbetsförmedlingen i projektet.\n"
    )
    assert {"kommun/1490", "kommun/1491", "kommun/1452"} <= set(draft.actors)


def test_the_executive_board_and_its_working_committee() -> None:
    draft = _draft(
        "Kommunstyrelsens arbetsutskott i Piteå kommun föreslår att kommunstyrelsen beslutar.\n"
    )
    committee = draft.actors["kommun/2581/kommunstyrelsens-arbetsutskott"]
    assert committee.parent == "kommun/2581/kommunstyrelsen"
    assert draft.actors["kommun/2581/kommunstyrelsen"].cls == "sam:CentralAdministration"


def test_a_unit_named_for_its_task() -> None:
    draft = _draft("Vi samarbetar med Sundsvalls kommuns enhet för samhällsorientering.\n")
    # its IRI from the definite head, as the curated files mint it; its label as written
    unit = draft.actors["kommun/2281/enheten-for-samhallsorientering"]
    assert unit.cls == "sam:MunicipalUnit" and unit.parent == "kommun/2281"
    assert unit.label_sv == "enhet för samhällsorientering"


def test_a_regions_unit_is_not_a_municipalitys() -> None:
    draft = _draft("Halmstads kommun deltar. Arbetet leds från regionens avdelning för tillväxt.\n")
    assert not any("avdelning" in iri for iri in draft.actors)


# -------------------------------------------------------------------------- relations


def test_kommunen_is_the_municipality_of_the_sentence_before() -> None:
    head = "Länsstyrelsen Jämtlands län\n\nBeslutsdatum: 2020-03-02\n\nBeslut om medel\n\n"
    draft = _draft(
        "Östersunds kommun beviljas 300 000 kronor för läxhjälp.\n\n"
        "Bergs kommun beviljas 200 000 kronor för språkcafé. Kommunen genomför insatsen "
        "tillsammans med Studiefrämjandet.\n",
        head,
    )
    assert {"kommun/2326", "org/studieframjandet"} in _partners(draft)


def test_recipients_end_where_the_clause_about_the_work_begins() -> None:
    head = "Länsstyrelsen Jämtlands län\n\nBeslutsdatum: 2020-03-02\n\nBeslut om medel\n\n"
    draft = _draft(
        "Länsstyrelsen beviljar Krokoms kommun 500 000 kronor för projektet Steget, som "
        "genomförs av integrationsenheten tillsammans med Arbetsförmedlingen.\n",
        head,
    )
    assert _funding(draft) == {("lansstyrelse/23", "kommun/2309")}
    # the municipality named with its own unit: the unit is the party
    assert {"kommun/2309/integrationsenheten", "org/arbetsformedlingen"} in _partners(draft)


def test_whoever_runs_an_activity_is_its_partner() -> None:
    draft = _draft(
        "Sedan 2018 driver Föreningen Brobyggarna en läxhjälp i Kiruna. Verksamheten bedrivs "
        "i samverkan med Röda Korset och Svenska kyrkan.\n"
    )
    assert {"org/foreningen-brobyggarna", "org/roda-korset", "org/svenska-kyrkan"} in _partners(
        draft
    )


def test_we_on_an_associations_page_is_the_association() -> None:
    text = (
        "Om oss\n\nVänskap i Ludvika är en ideell förening.\n\n"
        "Vi samarbetar med Sensus och med Ludvika kommun. Under 2020 fick vi medel från "
        "Postkodstiftelsen.\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    assert {"org/vanskap-i-ludvika", "org/sensus", "kommun/2085"} in _partners(draft)
    assert ("org/postkodstiftelsen", "org/vanskap-i-ludvika") in _funding(draft)


def test_agreeing_to_coordinate_and_contributing_are_collaboration() -> None:
    draft = _draft(
        "Arbetsförmedlingen och kommunerna Kalmar och Nybro har kommit överens om att "
        "samordna sina insatser. Emmaboda kommun bidrar med två studievägledare.\n"
    )
    # staff given is support, not a membership (docs/modelling.md, 2026-12-02)
    assert _partners(draft) == [{"org/arbetsformedlingen", "kommun/0880", "kommun/0881"}]


# ------------------------------------------------------------------------------ counts


@pytest.mark.parametrize(
    ("sentence", "bounds"),
    [
        ("I år deltar 30 deltagare i kursen.", (30, None, None)),
        ("Ett 50-tal volontärer hjälper till.", (50, None, None)),
        ("Cirka 120 personer har fått stöd.", (120, None, None)),
        ("Föreningen har drygt 300 medlemmar.", (None, 300, None)),
        ("Mer än 500 besökare kom.", (None, 500, None)),
        ("Upp till 40 ungdomar får plats.", (None, None, 40)),
        ("Mellan 40 och 60 personer deltar.", (None, 40, 60)),
        ("Mellan 40-60 personer deltar.", (None, 40, 60)),
        ("Totalt 1 200 elever har deltagit.", (1200, None, None)),
    ],
)
def test_counts_of_people(sentence: str, bounds: tuple) -> None:
    from samverkan.draft.nlp import parse
    from samverkan.draft.quantities import find_counts

    doc = parse(sentence)
    (count,) = find_counts(doc)
    assert (count.value, count.minimum, count.maximum) == bounds
    start, end = count.span
    assert sentence[start:end].split()[-1] == count.unit


def test_a_year_is_not_a_count() -> None:
    from samverkan.draft.nlp import parse
    from samverkan.draft.quantities import find_counts

    assert find_counts(parse("Sedan 2016 möter föreningen nyanlända varje vecka.")) == []


def test_a_count_is_written_as_a_quantity_with_its_quote_and_scored(tmp_path: Path) -> None:
    from rdflib import Graph

    body = (
        "Mora kommun driver projektet tillsammans med ABF. Ett 50-tal volontärer och "
        "cirka 120 deltagare är med.\n"
    )
    draft = _draft(body)
    text = DATE + body
    turtle = to_turtle(draft, text)
    assert turtle.count("a schema:QuantitativeValue") == 2
    drafted = facts(Graph().parse(data=turtle, format="turtle"))
    assert drafted.counts == {(50, 50), (120, 120)}
    assert 'oa:exact "Ett 50-tal volontärer"' in turtle
    _actors, _relations = score(drafted, drafted)


def test_the_title_is_a_heading_not_a_masthead_a_case_number_or_body_text() -> None:
    from samverkan.draft.metadata import title

    text = (
        "ORSA KOMMUN\nSAMMANTRÄDESPROTOKOLL\n§ 14 Dnr KS 2020-000112\n\n"
        "Om oss\n\nMötesplats Orsa är en förening som sedan 2015 ordnar språkcaféer för "
        "nyanlända och andra orsabor varje vecka.\n\nÖverenskommelse om läxhjälp i Orsa\n"
    )
    assert title(text, set())[0] == "Överenskommelse om läxhjälp i Orsa"


# ------------------------------------------------------- organisations named without a list


def _labels(draft: Draft) -> dict[str, str]:
    return {iri: a.label_sv for iri, a in draft.actors.items()}


def test_a_capitalised_name_with_an_organisational_head_word_is_an_organisation() -> None:
    draft = _draft(
        "Läxhjälpen ordnas av Sjöbo Schackklubb och av Tomelilla Hembygdsförening.",
        head="Ystads kommun\n\n" + DATE,
    )
    labels = _labels(draft)
    assert labels["org/sjobo-schackklubb"] == "Sjöbo Schackklubb"
    assert labels["org/tomelilla-hembygdsforening"] == "Tomelilla Hembygdsförening"
    # the place at the head of the name is no municipality of its own, nor a company of it
    assert not any(iri.startswith(("kommun/1285", "kommun/1270")) for iri in labels)


def test_a_conjunct_of_a_recognised_organisation_is_an_organisation_too() -> None:
    draft = _draft(
        "Caféet drivs av fritidsförvaltningen i samarbete med ABF Nordväst, "
        "Kajakgänget Sälen och Mora Idrottsförbund.\n",
        head="Mora kommun\n\n" + DATE,
    )
    labels = _labels(draft)
    for name in ("ABF Nordväst", "Kajakgänget Sälen", "Mora Idrottsförbund"):
        assert name in labels.values(), name
    members = next(m for m in _partners(draft) if "kommun/2062/fritidsforvaltningen" in m)
    assert {"org/abf-nordvast", "org/kajakganget-salen", "org/mora-idrottsforbund"} <= members


def test_a_lower_case_head_word_after_a_name_belongs_to_it() -> None:
    draft = _draft(
        "Lärkan studieförbund och Vännerna Kulturförening ordnar kvällarna.",
        head="Ystads kommun\n\n" + DATE,
    )
    assert {"Lärkan studieförbund", "Vännerna Kulturförening"} <= set(_labels(draft).values())


def test_people_regions_and_lone_capitalised_words_are_not_organisations() -> None:
    draft = _draft(
        "Anna Berg och Per Ek från Region Dalarna talade. Caféet, Mora Idrottsförbund och "
        "Mora Konst deltog.",
        head="Mora kommun\n\n" + DATE,
    )
    labels = set(_labels(draft).values())
    assert "Mora Konst" in labels and "Mora Idrottsförbund" in labels
    assert not labels & {"Anna Berg och Per Ek", "Caféet"}
    # a region is the reference region (sam:Region), never a minted organisation
    assert [iri for iri, label in _labels(draft).items() if label == "Region Dalarna"] == [
        "region/20"
    ]
    assert not any(label.startswith(("Anna", "Per Ek")) and "org" in label for label in labels)


def test_an_acronym_placed_in_a_town_is_a_local_organisation() -> None:
    draft = _draft(
        "KFUM i Mora ordnar läxhjälp. NTE är projektets namn.", head="Mora kommun\n\n" + DATE
    )
    labels = _labels(draft)
    assert labels["org/kfum-i-mora"] == "KFUM i Mora"
    assert "NTE" not in labels.values()


# --------------------------------------------------- relations keyed on general verb frames


def test_a_county_boards_news_funds_what_receives_money_and_every_conjunct() -> None:
    head = "Länsstyrelsen Dalarna\n\n" + DATE
    draft = _draft(
        "Mora Idrottsförbund, Rättviks Schackklubb och Älvdalens Hembygdsförening får bidrag "
        "för sommaraktiviteter. ABF i Leksand får medel för läxhjälp, som ordnas tillsammans "
        "med Leksands kommun.",
        head=head,
    )
    assert _funding(draft) == {
        ("lansstyrelse/20", "org/mora-idrottsforbund"),
        ("lansstyrelse/20", "org/rattviks-schackklubb"),
        ("lansstyrelse/20", "org/alvdalens-hembygdsforening"),
        ("lansstyrelse/20", "org/abf-i-leksand"),
    }
    # the grant is not a collaboration of its recipients; the clause after it is
    assert _partners(draft) == [{"org/abf-i-leksand", "kommun/2029"}]


def test_money_from_a_funder_is_funding() -> None:
    draft = _draft(
        "Under 2020 fick kommunen 300 000 kronor från Länsstyrelsen i Dalarnas län.",
        head="Mora kommun\n\n" + DATE,
    )
    assert _funding(draft) == {("lansstyrelse/20", "kommun/2062")}


def test_partners_of_the_page_and_those_who_take_part_join_its_project() -> None:
    draft = _draft(
        "Vansbro kommun och Malung-Sälens kommun deltar som samverkanspartner, liksom "
        "Arbetsförmedlingen. Ludvika Konstförening och Smedjebackens Bågskytteklubb medverkar "
        "med aktiviteter.",
        head="Mora kommun\n\n" + DATE,
    )
    assert _partners(draft) == [
        {
            "kommun/2062",
            "kommun/2021",
            "kommun/2023",
            "org/arbetsformedlingen",
            "org/ludvika-konstforening",
            "org/smedjebackens-bagskytteklubb",
        }
    ]
    # a collaboration the sentence names comes before joining the last one
    draft = _draft(
        "Vansbro kommun driver projektet tillsammans med Arbetsförmedlingen. Länsstyrelsen i "
        "Dalarnas län deltar i referensgruppen tillsammans med Migrationsverket.",
        head="Mora kommun\n\n" + DATE,
    )
    groups = _partners(draft)
    assert any({"lansstyrelse/20", "org/migrationsverket"} <= m for m in groups)
    assert not any("lansstyrelse/20" in m and "kommun/2021" in m for m in groups)


def test_a_lower_case_for_inside_a_name_belongs_to_it() -> None:
    draft = _draft(
        "Läxhjälpen ordnas tillsammans med Föreningen Bo för Alla och Mora Idrottsförbund.",
        head="Mora kommun\n\n" + DATE,
    )
    assert {"Föreningen Bo för Alla", "Mora Idrottsförbund"} <= set(_labels(draft).values())
    # a name does not start with "för": "ansvar för Mora Idrottsförbund" stays one name
    draft = _draft("Kommunen har ansvar för Mora Idrottsförbund.", head="Mora kommun\n\n" + DATE)
    assert "Mora Idrottsförbund" in _labels(draft).values()


# ------------------------------------------- round 7b: general rules for unseen pages


@pytest.mark.parametrize(
    ("sentence", "iri", "label"),
    [
        ("Boråsgruppen samarbetar med Mittuniversitetet.", "org/mittuniversitetet", None),
        (
            "Forskare från Linnéuniversitetets institution deltar.",
            "org/linneuniversitetet",
            "Linnéuniversitetet",
        ),
        (
            "Lunds universitet utvärderar arbetet i Lund.",
            "org/lunds-universitet",
            "Lunds universitet",
        ),
        (
            "Studenter vid Mälardalens högskola hjälper till.",
            "org/malardalens-hogskola",
            "Mälardalens högskola",
        ),
        ("Högskolan Dalarna ordnar kursen i Falun.", "org/hogskolan-dalarna", "Högskolan Dalarna"),
    ],
)
def test_a_university_is_a_state_agency_however_it_is_named(
    sentence: str, iri: str, label: str | None
) -> None:
    draft = _draft(f"Falu kommun ordnar en kurs. {sentence}")
    assert draft.actors[iri].cls == "sam:StateAgency"
    if label:
        assert draft.actors[iri].label_sv == label


def test_a_club_named_in_the_genitive_is_the_club() -> None:
    draft = _draft(
        "Ungdomarna leder IFK Kristianstads sommarläger. Skellefteå AIK:s ungdomssektion "
        "tränar i Skellefteå."
    )
    assert draft.actors["org/ifk-kristianstad"].label_sv == "IFK Kristianstad"
    assert draft.actors["org/skelleftea-aik"].label_sv == "Skellefteå AIK"


def test_an_organisation_introduced_by_what_it_is_is_named_by_what_follows() -> None:
    draft = _draft(
        "I Gävle kommun hjälper Frivilligorganisationen Gävle Flyktingstöd nyanlända familjer."
    )
    assert "org/gavle-flyktingstod" in draft.actors
    assert not any("frivilligorganisationen" in iri for iri in draft.actors)


def test_an_organisation_named_after_a_county_is_one_but_a_region_is_the_region() -> None:
    draft = _draft(
        "Mora kommun får hjälp av Coompanion Dalarna. Region Dalarna och Södra Dalarna nämns också."
    )
    assert draft.actors["org/coompanion-dalarna"].cls == "sam:CivilSocietyOrganization"
    # the region is the reference region, no organisation named after the county
    assert not any(iri.startswith("org/") and "region" in iri for iri in draft.actors)
    assert draft.actors["region/20"].cls == "sam:Region"
    assert not any("sodra" in iri for iri in draft.actors)


def test_a_savings_bank_that_pays_is_a_funder_of_the_municipality() -> None:
    draft = _draft(
        "Ljusdals kommun erbjuder sommarjobb. Ljusdals Sparbank och Hälsinglands "
        "Idrottsförbund bekostar en del av lönerna."
    )
    assert draft.actors["org/ljusdals-sparbank"].cls == "sam:PrivateCompany"
    assert _funding(draft) == {
        ("org/ljusdals-sparbank", "kommun/2161"),
        ("org/halsinglands-idrottsforbund", "kommun/2161"),
    }


def test_every_funder_of_a_coordination_after_fran_funds() -> None:
    draft = _draft(
        "Arbetet i Bollnäs kommun finansieras med medel från Länsstyrelsen Gävleborg och "
        "Allmänna Arvsfonden."
    )
    assert _funding(draft) == {
        ("lansstyrelse/21", "kommun/2183"),
        ("org/allmanna-arvsfonden", "kommun/2183"),
    }


def test_a_service_named_without_a_unit_word_is_a_municipal_unit() -> None:
    draft = _draft("Vuxenutbildningen i Kiruna kommun ordnar kursen. Vi har lång erfarenhet.")
    assert draft.actors["kommun/2584/vuxenutbildningen"].cls == "sam:MunicipalUnit"
    assert not any("erfarenhet" in iri for iri in draft.actors)


def test_a_municipality_that_is_a_member_joins_the_pages_network() -> None:
    draft = _draft(
        "Umeå kommun leder ett nätverk för mottagande. Vännäs kommun är medlem i samma nätverk."
    )
    assert {"kommun/2480", "kommun/2460"} in _partners(draft)


def test_two_municipalities_that_exchange_experience_are_partners() -> None:
    draft = _draft(
        "Piteå kommun har en läxhjälp. Luleå kommun har en liknande satsning och de två "
        "kommunerna utbyter erfarenheter."
    )
    assert {"kommun/2581", "kommun/2580"} in _partners(draft)


def test_an_eu_grant_to_the_project_goes_to_each_public_partner() -> None:
    draft = _draft(
        "Vägen in är ett samverkansprojekt mellan Kalix kommun, Haparanda kommun och "
        "Arbetsförmedlingen. Projektet finansieras av Europeiska socialfonden. "
        "Föreningen Solsidan medverkar med aktiviteter."
    )
    assert _funding(draft) == {
        ("org/europeiska-socialfonden", "kommun/2514"),
        ("org/europeiska-socialfonden", "kommun/2583"),
        ("org/europeiska-socialfonden", "org/arbetsformedlingen"),
    }


def test_one_definite_word_coordinated_with_an_organisation_is_one() -> None:
    draft = _draft(
        "Ljusdals kommun erbjuder sommarjobb. Ljusdals Sparbank och Hälsingeidrotten "
        "bekostar lönerna. Anna och Lisa leder gruppen."
    )
    assert draft.actors["org/halsingeidrotten"].cls == "sam:CivilSocietyOrganization"
    assert ("org/halsingeidrotten", "kommun/2161") in _funding(draft)
    assert not any(iri in draft.actors for iri in ("org/anna", "org/lisa"))


def test_a_funds_abbreviation_is_not_the_projects() -> None:
    draft = _draft(
        "Projektet i Tierps kommun finansieras av Europeiska socialfonden (ESF).\n\n"
        "Kontaktperson\nEva Strand\nprojektledare\n"
    )
    assert "kommun/0360/tjanst/projektledare" in draft.actors
    assert not any("esf" in iri for iri in draft.actors if "/tjanst/" in iri)


def test_an_organisation_that_follows_the_project_as_partner_joins_it() -> None:
    draft = _draft(
        "Nya steg är ett samverkansprojekt mellan Kalix kommun och Haparanda stad. "
        "Umeå universitet följer projektet som forskningspartner."
    )
    assert {"kommun/2514", "kommun/2583", "org/umea-universitet"} in _partners(draft)


def test_a_steering_group_named_in_its_sentence_keeps_its_own_members() -> None:
    draft = _draft(
        "Projektet drivs av socialförvaltningen i Kalix kommun. Projektet leds av en "
        "styrgrupp där Arbetsförmedlingen och Försäkringskassan ingår."
    )
    groups = _partners(draft)
    assert {"org/arbetsformedlingen", "org/forsakringskassan"} <= groups[-1]
    assert "kommun/2514/socialforvaltningen" not in groups[-1]


def test_a_state_agency_is_known_by_its_ending_but_a_network_is_not() -> None:
    draft = _draft(
        "Sala kommun samarbetar med Trafikverket och Jämställdhetsmyndigheten. "
        "Integrationsnätverket träffas varje månad."
    )
    assert draft.actors["org/trafikverket"].cls == "sam:StateAgency"
    assert draft.actors["org/jamstalldhetsmyndigheten"].cls == "sam:StateAgency"
    assert not any("natverket" in iri for iri in draft.actors)


def test_a_church_or_an_organisation_is_known_by_its_head_word() -> None:
    draft = _draft(
        "Sala kommun samarbetar med Pingstkyrkan och Sala Kvinnoorganisation om läxhjälp."
    )
    assert draft.actors["org/pingstkyrkan"].cls == "sam:CivilSocietyOrganization"
    assert draft.actors["org/sala-kvinnoorganisation"].cls == "sam:CivilSocietyOrganization"


def test_an_abbreviation_in_parentheses_names_the_actor_again_later() -> None:
    draft = _draft(
        "Kommunförbundet Norrbotten (KFN) samordnar mottagandet. "
        "Luleå kommun samarbetar med KFN om praktikplatser."
    )
    assert {"kommun/2580", "org/kommunforbundet-norrbotten"} in _partners(draft)


def test_a_funder_that_has_granted_is_the_subject_of_the_verb() -> None:
    draft = _draft(
        "Tyresö kommun ordnar läxhjälp. Sparbanksstiftelsen Nordost, som har beviljat "
        "800 000 kronor, följer arbetet."
    )
    assert _funding(draft) == {("org/sparbanksstiftelsen-nordost", "kommun/0138")}


def test_a_grant_received_names_its_funder_after_fran_not_the_receiver() -> None:
    draft = _draft("Under 2019 fick Tyresö kommun beviljade medel från Länsstyrelsen i Stockholm.")
    assert _funding(draft) == {("lansstyrelse/01", "kommun/0138")}


def test_an_organisation_named_in_the_genitive_is_the_organisation() -> None:
    draft = _draft(
        "Piteå kommun samarbetar med Norrbottens Idrottsförbunds ledare och Röda Korsets "
        "volontärer. Migrationsverkets handläggare deltar."
    )
    assert draft.actors["org/norrbottens-idrottsforbund"].label_sv == ("Norrbottens Idrottsförbund")
    assert "org/roda-korset" in draft.actors
    assert "org/migrationsverket" in draft.actors


def test_a_municipality_that_writes_its_name_in_capitals_is_found() -> None:
    draft = _draft("Göteborgs Stad samarbetar med Mölndals Kommun om praktikplatser.")
    assert {"kommun/1480", "kommun/1481"} in _partners(draft)


def test_an_idea_based_partnership_with_the_page_municipality() -> None:
    draft = _draft(
        "Sedan 2020 har Ludvika kommun ett IOP med Föreningen Vänskap.\n\n"
        "Kommunen har också ett idéburet offentligt partnerskap med Ludvika Fotbollsklubb."
    )
    groups = _partners(draft)
    assert {"kommun/2085", "org/foreningen-vanskap"} in groups
    assert {"kommun/2085", "org/ludvika-fotbollsklubb"} in groups


def test_the_association_is_the_one_named_just_before() -> None:
    draft = _draft(
        "I Hudiksvalls kommun finns Hudiksvalls Schackklubb. Föreningen samarbetar med "
        "biblioteket och ABF om kvällskurser."
    )
    assert any({"org/hudiksvalls-schackklubb", "org/abf"} <= g for g in _partners(draft))


# ------------------------------------------- names whose head word comes first (round 7)


def test_a_company_named_after_bostadsbolaget_keeps_its_ab() -> None:
    draft = _draft("Det kommunala bostadsbolaget Älvhem AB upplåter lokaler åt Mora kommun.")
    company = draft.actors["kommun/2062/bolag/alvhem-ab"]
    assert company.label_sv == "Älvhem AB"
    assert "kommun/2062/bolag/alvhem" not in draft.actors


def test_a_capitalised_apposition_word_inside_a_sentence_is_part_of_the_name() -> None:
    draft = _draft("Kursen ges av Studieförbundet Nordljus och Falu kommun.")
    assert draft.actors["org/studieforbundet-nordljus"].label_sv == "Studieförbundet Nordljus"
    assert "org/nordljus" not in draft.actors
    # in lower case the word only says what the organisation is
    draft = _draft("Kursen ges av stiftelsen Gröna Bänken och Falu kommun.")
    assert "org/grona-banken" in draft.actors


def test_a_known_organisation_with_a_place_is_its_local_branch() -> None:
    draft = _draft("Språkcaféet drivs av Gävle kommun i samarbete med ABF Gävle.")
    assert "org/abf-gavle" in draft.actors and "org/abf" not in draft.actors
    draft = _draft("Gävle kommun och ABF Norra Skåne ordnar kurser.")
    assert "org/abf-norra-skane" in draft.actors


def test_an_alliance_named_after_its_town_is_an_organisation_not_a_company() -> None:
    draft = _draft("Insatsen genomförs av Moras Friluftsallians med stöd av Mora kommun.")
    assert "org/moras-friluftsallians" in draft.actors
    assert not any("/bolag/" in iri for iri in draft.actors)


def test_a_council_or_association_of_several_words_keeps_its_town() -> None:
    draft = _draft(
        "Nya medlemmar i Internationella Kulturrådet i Gävle var Eritreanska "
        "Kvinnoföreningen i Gävle och Gävle kommun."
    )
    council = draft.actors["org/internationella-kulturradet-i-gavle"]
    assert council.label_sv == "Internationella Kulturrådet i Gävle"
    assert "org/eritreanska-kvinnoforeningen-i-gavle" in draft.actors
    # one word ending in -rådet is a council of the municipality, not an association
    draft = _draft("Integrationsrådet i Gävle kommun träffas i maj.")
    assert not any(iri.startswith("org/") for iri in draft.actors)


def test_a_post_named_before_its_organisation_belongs_to_that_organisation() -> None:
    draft = _draft(
        "Mora kommun leder projektet. I styrgruppen ingår sektionschefen för "
        "Arbetsförmedlingen. – Vi ser fram emot det, säger Lina Berg, kyrkoherde i Mora "
        "församling."
    )
    post = draft.actors["org/arbetsformedlingen/tjanst/sektionschef"]
    assert post.parent == "org/arbetsformedlingen"
    assert not any("sektionschef-for" in iri for iri in draft.actors)
    vicar = draft.actors["org/mora-forsamling/tjanst/kyrkoherde"]
    assert vicar.parent == "org/mora-forsamling" and vicar.holder == "person/lina-berg"


def test_a_county_board_table_of_grants_funds_each_applicant() -> None:
    text = (
        "LÄNSSTYRELSEN\nGÄVLEBORGS LÄN\n\nBeslut 2023-05-02\n\n"
        "Sökande | Insats | Beviljat belopp\n"
        "Sandvikens kommun | Språkcafé | 250 000 kr\n"
        "Hofors kommun och Hofors Schackklubb | Läxhjälp | 120 000 kr\n"
        "Sökande | Insats | Status\n"
        "Ockelbo kommun | Simskola | avslås\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    grants = {
        (r.funder, tuple(r.recipients), r.amount) for r in draft.relations if r.kind == "funding"
    }
    assert ("lansstyrelse/21", ("kommun/2181",), 250000) in grants
    assert ("lansstyrelse/21", ("kommun/2104", "org/hofors-schackklubb"), 120000) in grants
    assert not any("kommun/2101" in recipients for _f, recipients, _a in grants)


def test_an_organisation_with_its_abbreviation_that_says_what_it_is_owns_its_board() -> None:
    draft = _draft(
        "Internationella Kulturrådet i Gävle (IKG) är en paraplyorganisation för föreningar "
        "i Gävle kommun.\n\nKassör: Sara Lind\n"
    )
    council = "org/internationella-kulturradet-i-gavle"
    assert draft.actors[f"{council}/tjanst/kassor"].parent == council
    assert draft.actors[f"{council}/tjanst/kassor"].holder == "person/sara-lind"


def test_members_listed_line_by_line_under_their_council_are_partners() -> None:
    draft = _draft(
        "Mora kommun har ett integrationsråd.\n\nI rådet ingår\n- socialförvaltningen\n"
        "- Arbetsförmedlingen\n- Mora församling (Svenska kyrkan)\nsamt ABF Dalarna.\n\n"
        "Rådet träffas fyra gånger per år.\n"
    )
    members = {
        "kommun/2062/socialforvaltningen",
        "org/arbetsformedlingen",
        "org/mora-forsamling",
        "org/abf-dalarna",
    }
    assert any(members <= group for group in _partners(draft)), _partners(draft)
    assert not any("org/svenska-kyrkan" in group for group in _partners(draft))
    # a list that no line announces is no collaboration
    draft = _draft("Mora kommun hyr ut lokaler till\n- Arbetsförmedlingen\n- ABF Dalarna\n")
    assert not _partners(draft)


def test_a_company_named_municipal_once_stays_municipal() -> None:
    draft = _draft(
        "I Mora kommun hyrs lägenheterna av det kommunala bostadsbolaget Morabo AB.\n\n"
        "Morabo AB har också tagit emot två praktikanter.\n"
    )
    assert draft.actors["kommun/2062/bolag/morabo-ab"].mentions[1:]
    assert "org/morabo-ab" not in draft.actors


def test_a_double_first_name_is_one_name_word() -> None:
    draft = _draft("Mora kommun ordnar språkcafé.\n\nKontakt\n\nEnhetschef: Ann-Christin Berg\n")
    assert draft.actors["person/ann-christin-berg"].label_sv == "Ann-Christin Berg"
    post = draft.actors["kommun/2062/tjanst/enhetschef"]
    assert post.holder == "person/ann-christin-berg"


def test_a_byline_names_the_post_and_its_employer_after_commas() -> None:
    draft = _draft(
        "Rapporten gäller Mora kommun.\n\n"
        "Författare: Eva Nord, universitetslektor, Luleå Tekniska Universitet\n"
    )
    post = draft.actors["org/lulea-tekniska-universitet/tjanst/universitetslektor"]
    assert draft.actors["org/lulea-tekniska-universitet"].cls == "sam:StateAgency"
    assert post.parent == "org/lulea-tekniska-universitet"
    assert post.holder == "person/eva-nord"


def test_the_companys_chief_executive_belongs_to_the_company_named_last() -> None:
    draft = _draft(
        "Mora kommun samarbetar med Dalalogistik AB om praktik. – Det ger oss personal, "
        "säger företagets vd Lars-Erik Dahl.\n"
    )
    post = draft.actors["org/dalalogistik-ab/tjanst/vd"]
    assert post.parent == "org/dalalogistik-ab" and post.holder == "person/lars-erik-dahl"


def test_a_group_word_for_a_sphere_a_heading_or_a_count_is_no_actor() -> None:
    draft = _draft(
        "Stöd från föreningslivet\n\nMora kommun hjälper nyanlända att komma in i "
        "föreningslivet. Det började med fem volontärer.\n"
    )
    assert not any("/grupp/" in iri for iri in draft.actors)
    # named as a party, the group is one
    draft = _draft("Mora kommun samarbetar med föreningslivet om läxhjälp.\n")
    assert "kommun/2062/grupp/foreningslivet" in draft.actors
    # an association's own volunteers are its own, not the town's
    draft = draft_text(
        "Om oss och vår förening\n\nMora Vänner är en ideell förening i Mora kommun. "
        "Vi har volontärer som "
        "hjälper till med läxor.\n",
        "prov.txt",
        Index(),
    )
    assert not any("/grupp/" in iri for iri in draft.actors)


def test_a_bare_post_word_after_an_indefinite_article_is_no_post() -> None:
    draft = _draft(
        "Mora kommun vill inrätta en gemensam samordnare. Det säger en handläggare i Mora. "
        "Du behöver inte vara lärare.\n"
    )
    assert not any("/tjanst/" in iri for iri in draft.actors)
    # a compound post is a post of its own
    draft = _draft("Mora kommun har anställt en integrationssamordnare.\n")
    assert "kommun/2062/tjanst/integrationssamordnare" in draft.actors


def test_schools_and_services_named_by_their_own_names_are_units_of_the_municipality() -> None:
    draft = _draft(
        "Läxhjälpen i Mora kommun finns på Moraskolan, Hedens skola och öppna förskolan "
        "Solgläntan. Förskolan är öppen på tisdagar.\n"
    )
    for iri, label in [
        ("kommun/2062/moraskolan", "Moraskolan"),
        ("kommun/2062/hedens-skola", "Hedens skola"),
        ("kommun/2062/oppna-forskolan-solglantan", "Öppna förskolan Solgläntan"),
    ]:
        assert draft.actors[iri].cls == "sam:MunicipalUnit"
        assert draft.actors[iri].label_sv == label and draft.actors[iri].parent == "kommun/2062"
    # "Förskolan" at the start of a sentence is a kind of school, not one
    assert "kommun/2062/forskolan" not in draft.actors


def test_counts_of_people_in_a_text_table_one_per_cell() -> None:
    from samverkan.draft.nlp import parse
    from samverkan.draft.quantities import find_counts

    text = (
        "Tabell 1. Antal personer i språkcafé per ort och år.\n\n"
        "Ort      2022   2023\nMora      14     31\nOrsa       9     12\n\n"
        "Förening | Antal deltagare | Bidrag\nMora Vänner | 25 | 40000\n"
    )
    counts = {(q.value, q.unit) for q in find_counts(parse(text))}
    assert counts == {
        (14, "personer, Mora 2022"),
        (31, "personer, Mora 2023"),
        (9, "personer, Orsa 2022"),
        (12, "personer, Orsa 2023"),
        (25, "deltagare, Mora Vänner"),
    }
    # a table of money with no caption about people gives no counts
    assert not find_counts(parse("Ort      2022   2023\nMora      14     31\n"))


def test_a_company_with_a_town_inside_its_name_is_one_company() -> None:
    draft = _draft("Mora kommun samarbetar med Dalafrakt i Mora AB om praktikplatser.\n")
    assert draft.actors["org/dalafrakt-i-mora-ab"].label_sv == "Dalafrakt i Mora AB"
    assert not any(iri.endswith("/mora-ab") for iri in draft.actors)


def test_a_unit_that_belongs_to_a_department_is_its_unit_not_its_partner() -> None:
    draft = _draft(
        "Mora kommun har en arbetsmarknadsenhet. Arbetsmarknadsenheten ingår i "
        "socialförvaltningen. Öppna förskolan Solgläntan hör till barn- och "
        "utbildningsförvaltningen.\n"
    )
    unit = draft.actors["kommun/2062/arbetsmarknadsenheten"]
    assert unit.parent == "kommun/2062/socialforvaltningen" and not unit.parent_unsure
    school = draft.actors["kommun/2062/oppna-forskolan-solglantan"]
    assert school.parent == "kommun/2062/barn-och-utbildningsforvaltningen"
    assert not _partners(draft)


# ----------------------------------------------------------------------------- regions


def test_a_region_in_the_forms_texts_use_is_the_reference_region() -> None:
    draft = _draft(
        "Mora kommun samverkar med Region Dalarna i ett projekt om hälsa. "
        "Region Dalarnas vårdcentraler deltar också.\n"
    )
    region = draft.actors["region/20"]
    assert region.cls == "sam:Region" and region.reference and region.label_sv == "Region Dalarna"
    assert {"kommun/2062", "region/20"} in _partners(draft)
    # Västra Götaland's region by its official name, its common name and its abbreviation
    for name in ("Västra Götalandsregionen", "Region Västra Götaland", "VGR"):
        draft = _draft(f"Borås Stad samarbetar med {name} om praktik för nyanlända.\n")
        assert "region/14" in draft.actors, name
    # "Region Gotland" is the municipality of Gotland; "Region Kalmar län" a region, no company
    draft = _draft("Region Gotland och Region Kalmar län samarbetar om en utbildning.\n")
    assert {"kommun/0980", "region/08"} <= set(draft.actors)
    assert not any(a.cls == "sam:MunicipalCompany" for a in draft.actors.values())


def test_a_region_funds_and_employs() -> None:
    draft = _draft(
        "Projektet i Mora kommun finansieras av Region Dalarna.\n\n"
        "– Det fungerar bra, säger Eva Lind, folkhälsostrateg på Region Dalarna.\n"
    )
    assert ("region/20", "kommun/2062") in _funding(draft)
    post = draft.actors["region/20/tjanst/folkhalsostrateg"]
    assert post.parent == "region/20" and post.holder == "person/eva-lind"


def test_the_bare_word_regionen_only_when_the_page_names_one_region() -> None:
    one = _draft(
        "Mora kommun och Region Dalarna driver språkcaféet. Regionen bidrar med lokaler.\n"
    )
    assert one.actors["region/20"].mentions[-1][0] > 0
    assert len(one.actors["region/20"].mentions) == 2
    # "i regionen" is a place; with no region named (or two) "regionen" names no actor
    place = _draft("Mora kommun och Region Dalarna samarbetar. Många bor i regionen.\n")
    assert len(place.actors["region/20"].mentions) == 1
    none = _draft("Mora kommun samarbetar med regionen om hälsa.\n")
    assert not any(iri.startswith("region/") for iri in none.actors)
    two = _draft("I Mora kommun möts Region Dalarna och Region Gävleborg. Regionen bjuder in.\n")
    assert [len(two.actors[r].mentions) for r in ("region/20", "region/21")] == [1, 1]


def test_a_party_that_funds_its_own_project_gives_its_partners_no_grant() -> None:
    draft = _draft(
        "Region Dalarna, Mora kommun och Orsa kommun har kommit överens om att samordna sina "
        "insatser. Projektet finansieras av Europeiska socialfonden och Region Dalarna.\n"
    )
    funding = _funding(draft)
    assert not {f for f in funding if f[0] == "region/20"}
    assert ("org/europeiska-socialfonden", "kommun/2062") in funding


# ------------------------------------------------------------- learnt from round 9 (41-44)


def test_a_coordination_federation_is_a_joint_body_with_its_hyphenated_name() -> None:
    draft = _draft(
        "Styrelsen för Samordningsförbundet Norra Dal-Siljan beslutade att stödja projektet. "
        "Mora kommun och Försäkringskassan är med. Genom förbundet får Mora kommun stöd.\n"
    )
    federation = draft.actors["org/samordningsforbundet-norra-dal-siljan"]
    assert federation.cls == "sam:MunicipalAssociation"
    assert federation.label_sv == "Samordningsförbundet Norra Dal-Siljan"
    # neither the board's phrase nor "Genom förbundet" is an organisation of its own
    assert not any(iri.startswith(("org/styrelsen", "org/genom")) for iri in draft.actors)
    draft = _draft("Orsa kommun samarbetar med Siljans Kommunalförbund.\n")
    assert draft.actors["org/siljans-kommunalforbund"].cls == "sam:MunicipalAssociation"


def test_the_federation_and_the_parish_are_named_again_by_their_kind() -> None:
    draft = _draft(
        "Samordningsförbundet Dal-Siljan stöder Mora kommun. Förbundet finansieras av "
        "Försäkringskassan.\n"
    )
    assert ("org/forsakringskassan", "org/samordningsforbundet-dal-siljan") in _funding(draft)
    draft = _draft(
        "Mora församling har språkcafé i Mora kommun. Församlingen samarbetar med "
        "Studieförbundet Bilda.\n"
    )
    assert {"org/mora-forsamling", "org/studieforbundet-bilda"} in _partners(draft)


def test_an_association_named_with_three_capitalised_words() -> None:
    draft = _draft("Mora kommun samarbetar med föreningen Moras Unga Röster om läxhjälp.\n")
    assert "org/moras-unga-roster" in draft.actors or any(
        a.label_sv.endswith("Moras Unga Röster") for a in draft.actors.values()
    )
    assert not any(a.label_sv.endswith("Moras Unga") for a in draft.actors.values())


def test_the_members_of_a_body_are_partners_and_the_body_is_not_one_of_them() -> None:
    draft = _draft(
        "Samordningsförbundet Dal-Siljan har tre medlemmar: Försäkringskassan, Mora kommun "
        "och Orsa kommun.\n"
    )
    members = next(m for m in _partners(draft) if "org/forsakringskassan" in m)
    assert members == {"org/forsakringskassan", "kommun/2062", "kommun/2034"}


def test_a_role_line_names_the_posts_unit_before_the_colon_or_after_the_name() -> None:
    draft = _draft(
        "Mora kommun har en integrationsenhet.\n\nKontakt\n\n"
        "Enhetschef integrationsenheten: Per Ek\n"
        "Integrationssamordnare: Sara Holm, socialförvaltningen\n"
    )
    chief = draft.actors["kommun/2062/tjanst/enhetschef-integrationsenheten"]
    assert chief.parent == "kommun/2062/integrationsenheten" and chief.holder == "person/per-ek"
    coordinator = draft.actors["kommun/2062/tjanst/integrationssamordnare"]
    assert coordinator.parent == "kommun/2062/socialforvaltningen"
    assert coordinator.holder == "person/sara-holm"


def test_money_given_in_the_words_of_the_genre() -> None:
    # "X bidrar med N kronor": the subject funds the other actor of the sentence
    draft = _draft(
        "Mora Elektriska AB är föreningens huvudsponsor och bidrar med 20 000 kronor per år.",
        head="Om oss\n\nVänskap i Mora är en ideell förening.\n\n",
    )
    assert ("org/mora-elektriska-ab", "org/vanskap-i-mora") in _funding(draft)
    # "har stöttat verksamheten med föreningsbidrag": the subject after the verb, and the
    # association that runs the work
    draft = _draft(
        "Föreningen Ljuset i Mora driver ett språkcafé. Hittills har socialnämnden i Mora "
        "kommun stöttat verksamheten med föreningsbidrag.\n"
    )
    assert ("kommun/2062/socialnamnden", "org/foreningen-ljuset") in {
        (f, r.split("-i-")[0]) for f, r in _funding(draft)
    }
    # "X och Y får föreningsbidrag från Z": both receive; "Både" is no part of a name
    draft = _draft(
        "Både Röda Korsets Moraskrets och Islamiska kulturföreningen får föreningsbidrag "
        "från kultur- och fritidsnämnden i Mora kommun.\n"
    )
    funding = _funding(draft)
    funder = "kommun/2062/kultur-och-fritidsnamnden"
    assert (funder, "org/roda-korsets-moraskrets") in funding
    assert (funder, "org/islamiska-kulturforeningen") in funding
    # a sum named without money words gives no funding
    assert not _funding(_draft("Mora kommun bidrar med 20 platser till Röda Korset.\n"))


def test_a_department_named_by_its_services_in_capitals() -> None:
    draft = _draft(
        "Mora kommun, Orsa kommun och Arbetsförmedlingen driver projektet Nya Jobb "
        "tillsammans. Mora kommun bidrar med två arbetsmarknadskonsulenter från Vård och "
        "omsorg.\n"
    )
    unit = draft.actors["kommun/2062/vard-och-omsorg"]
    assert unit.cls == "sam:Department" and unit.label_sv == "Vård och omsorg"
    # staff lent is support (docs/modelling.md): neither the unit nor its posts join
    members = next(m for m in _partners(draft) if "org/arbetsformedlingen" in m)
    assert "kommun/2062/vard-och-omsorg" not in members
    assert not any("/tjanst/" in m for m in members)
    post = draft.actors["kommun/2062/tjanst/arbetsmarknadskonsulent"]
    assert post.parent == "kommun/2062/vard-och-omsorg"
    # a site section in a breadcrumb or a heading is no department
    draft = _draft("Start / Stöd och omsorg / Nyanländ\n\nMora kommun har ett språkcafé.\n")
    assert not any(a.cls == "sam:Department" for a in draft.actors.values())


def test_a_unit_for_an_adjective_and_a_service() -> None:
    draft = _draft("Ansökan görs hos enheten för ekonomiskt bistånd i Mora kommun.\n")
    assert draft.actors["kommun/2062/enheten-for-ekonomiskt-bistand"].cls == "sam:MunicipalUnit"


def test_a_parish_page_its_diocese_and_its_posts() -> None:
    text = (
        "Svenska kyrkan Mora\nMora församling\n\nUppdaterad 3 maj 2024\n\n"
        "Möten över gränser i församlingen\n\n"
        "Församlingen har fått 90 000 kronor från Västerås stift ur stiftets fond.\n\n"
        "Kontakt\n\nEva Lind, kyrkoherde\nPer Ek, ungdomsdiakon\n"
        "Oskar Berg, fritidsgårdsföreståndare, Mora kommun\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    # the page's header names its own organisation; its posts are the parish's
    assert draft.actors["org/vasteras-stift"].cls == "sam:CivilSocietyOrganization"
    assert ("org/vasteras-stift", "org/mora-forsamling") in _funding(draft)
    for post, person in [("kyrkoherde", "eva-lind"), ("ungdomsdiakon", "per-ek")]:
        actor = draft.actors[f"org/mora-forsamling/tjanst/{post}"]
        assert actor.parent == "org/mora-forsamling" and actor.holder == f"person/{person}"
    # a post whose line names the municipality is the municipality's
    assert draft.actors["kommun/2062/tjanst/fritidsgardsforestandare"].holder == (
        "person/oskar-berg"
    )


def test_a_church_building_and_a_rough_count_name_no_actor() -> None:
    draft = _draft(
        "Mora församling ordnar språkcafé i Mora kommun med ett 15-tal volontärer. "
        "Gruppen träffas i Sankt Mikaels kyrka och i Frövi kyrkas sal.\n"
    )
    assert not any("kyrka" in iri for iri in draft.actors)
    assert not any("/grupp/" in iri for iri in draft.actors)
    # a congregation named by one word is an organisation
    draft = _draft("Mora kommun samarbetar med Missionskyrkan om läxhjälp.\n")
    assert "org/missionskyrkan" in draft.actors


def test_youth_centres_and_learning_centres_named_by_their_own_names() -> None:
    draft = _draft(
        "Mora församling ordnar kvällar tillsammans med kommunens fritidsgårdar Tornet och "
        "Noret fritidsgård i Mora kommun. SFI läser du på Moras lärcentrum.\n\n"
        "– Det går bra, säger Per Ek, fritidsgårdsföreståndare på Tornet.\n"
    )
    for iri, label in [
        ("kommun/2062/tornet", "Tornet"),
        ("kommun/2062/noret-fritidsgard", "Noret fritidsgård"),
        ("kommun/2062/moras-larcentrum", "Moras lärcentrum"),
    ]:
        assert draft.actors[iri].cls == "sam:MunicipalUnit" and draft.actors[iri].label_sv == label
    post = draft.actors["kommun/2062/tjanst/fritidsgardsforestandare"]
    assert post.parent == "kommun/2062/tornet" and post.holder == "person/per-ek"


def test_every_name_and_post_pair_of_a_contact_block() -> None:
    draft = _draft(
        "Mora kommun driver projektet Nya Jobb.\n\nKontakt\n\n"
        "Anna Berg\nEnhetschef, Mora kommun\n\n"
        "Per Ek\nProcessledare, Mora kommun\n\n"
        "Eva Lind\nProjektledare Nya Jobb, Mora kommun\n"
    )
    holders = {a.label_sv: a.holder for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert holders["enhetschef"] == "person/anna-berg"
    assert holders["processledare"] == "person/per-ek"
    # the capitalised words after the post name the project, not a person
    assert "person/nya-jobb" not in draft.actors
    assert any(h == "person/eva-lind" for h in holders.values())


def test_a_politicians_party_and_two_posts_of_one_person() -> None:
    draft = _draft(
        "Samordningsförbundet Dal-Siljan stöder Mora kommun.\n\n– Det behövs, säger Karin "
        "Alm (S), ordförande i förbundets styrelse och kommunalråd i Orsa.\n"
    )
    federation = "org/samordningsforbundet-dal-siljan"
    chair = draft.actors[f"{federation}/tjanst/ordforande-i-forbundets-styrelse"]
    assert chair.parent == "org/samordningsforbundet-dal-siljan"
    assert chair.holder == "person/karin-alm"
    assert draft.actors["kommun/2034/tjanst/kommunalrad"].holder == "person/karin-alm"


def test_a_unit_named_with_its_department_in_the_genitive_or_inom() -> None:
    draft = _draft(
        "Mora kommun har en plan. Läxhjälpen drivs av socialförvaltningens "
        "arbetsmarknadsenhet. Familjecentralen finns inom socialförvaltningen.\n"
    )
    assert draft.actors["kommun/2062/arbetsmarknadsenheten"].parent == (
        "kommun/2062/socialforvaltningen"
    )
    assert draft.actors["kommun/2062/familjecentralen"].parent == "kommun/2062/socialforvaltningen"
    # a department in the genitive alone ("socialförvaltningens ansvar") was no mention until
    # round 44 of learning; the expected files of the blind rounds name it (reading it gave 10
    # more right actors over the fitted folders and no wrong one), so now it is one
    draft = _draft("Mora kommun har en plan. Det är socialförvaltningens ansvar.\n")
    assert draft.actors["kommun/2062/socialforvaltningen"].parent == "kommun/2062"


def test_a_table_of_groups_and_their_members() -> None:
    draft = _draft(
        "Mora kommun har en handlingsplan.\n\n"
        "Arbetsgrupp | Deltagare | Ansvar\n"
        "Språk | socialförvaltningens arbetsmarknadsenhet, Arbetsförmedlingen | Åtgärd 1\n"
        "Barn | utbildningsförvaltningen, Region Dalarna (barnhälsovården) | Åtgärd 2\n\n"
        "Budget | 2023 | 2024\nMora kommun | 100 | 200\n"
    )
    groups = _partners(draft)
    assert {"kommun/2062/arbetsmarknadsenheten", "org/arbetsformedlingen"} in groups
    assert {"kommun/2062/utbildningsforvaltningen", "region/20"} in groups
    # a table without a members' column gives no group
    assert len(groups) == 2


def test_on_a_parish_page_the_parish_is_the_partner_and_its_people_its_own() -> None:
    text = (
        "Svenska kyrkan Mora\nMora församling\n\nUppdaterad 3 maj 2024\n\n"
        "Möten över gränser i församlingen\n\n"
        "Språkcaféet genomförs i samarbete med Studieförbundet Vuxenskolan "
        "Dalarnas län med hjälp av volontärer.\n"
        "Församlingens ungdomsdiakon och fritidsledarna från Mora kommun planerar kvällarna.\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    sv = "org/studieforbundet-vuxenskolan-dalarnas-lan"
    assert draft.actors[sv].label_sv == "Studieförbundet Vuxenskolan Dalarnas län"
    assert {"org/mora-forsamling", sv} in _partners(draft)
    assert not any("/grupp/" in iri for iri in draft.actors)
    deacon = draft.actors["org/mora-forsamling/tjanst/ungdomsdiakon"]
    assert deacon.parent == "org/mora-forsamling"


def test_a_grant_to_the_project_goes_to_the_partners_the_page_names_later() -> None:
    draft = _draft(
        "Styrelsen för Samordningsförbundet Dal-Siljan beslutade att bevilja 2 miljoner "
        "kronor till projektet Nya Vägar.\n\n"
        "Projektet drivs av Mora kommun tillsammans med Orsa kommun och Arbetsförmedlingen.\n"
    )
    grants = _funding(draft)
    federation = "org/samordningsforbundet-dal-siljan"
    assert {(federation, r) for r in ("kommun/2062", "kommun/2034", "org/arbetsformedlingen")} <= (
        grants
    )
    # with no partners named anywhere the grant is no relation
    draft = _draft(
        "Mora kommun informerar. Styrelsen för Samordningsförbundet Dal-Siljan beslutade att "
        "bevilja 2 miljoner kronor till projektet.\n"
    )
    assert not _funding(draft)


def test_anyones_post_is_no_post() -> None:
    draft = _draft(
        "Du gör en planering med din handläggare på Arbetsförmedlingen. Mora kommun och Orsa "
        "kommun deltar med var sin arbetsmarknadskonsulent.\n"
    )
    assert not any("/tjanst/" in iri for iri in draft.actors)


def test_a_municipal_service_named_with_its_town_is_a_unit() -> None:
    draft = _draft("Vuxenutbildningen Mora erbjuder språkstöd i samarbete med Mora kommun.\n")
    unit = draft.actors["kommun/2062/vuxenutbildningen-mora"]
    assert unit.cls == "sam:MunicipalUnit" and unit.parent == "kommun/2062"


def test_a_regions_unit_and_a_post_for_two_fields() -> None:
    draft = _draft(
        "Mora kommun driver projektet. Region Dalarna deltar i referensgruppen genom enheten "
        "för kompetensförsörjning.\n\n– Det går bra, säger Per Ek, enhetschef för integration "
        "och arbetsmarknad i Mora kommun.\n"
    )
    assert not any("kompetensforsorjning" in iri for iri in draft.actors)
    post = draft.actors["kommun/2062/tjanst/enhetschef-for-integration-och-arbetsmarknad"]
    assert post.holder == "person/per-ek"


# ----------------------------------------------------------------------- round 10


def test_a_pastorat_is_an_organisation_like_a_parish() -> None:
    draft = _draft("Mora kommun samarbetar med Orsa pastorat om språkcaféet.\n")
    assert draft.actors["org/orsa-pastorat"].cls == "sam:CivilSocietyOrganization"
    assert {"kommun/2062", "org/orsa-pastorat"} in _partners(draft)


def test_a_party_that_takes_part_through_its_unit_or_under_its_umbrella() -> None:
    draft = _draft(
        "I rådet ingår socialförvaltningen genom dess arbetsmarknadsenhet och Röda Korset.\n\n"
        "Mora kommun samarbetar med Orsa pastorat inom Svenska kyrkan om språkcaféet.\n"
    )
    council, cafe = _partners(draft)
    # the party is the department; its unit is how it takes part, and is its unit
    assert council == {"kommun/2062/socialforvaltningen", "org/roda-korset"}
    assert draft.actors["kommun/2062/arbetsmarknadsenheten"].parent == (
        "kommun/2062/socialforvaltningen"
    )
    # the umbrella after "inom" is no party of its own
    assert cafe == {"kommun/2062", "org/orsa-pastorat"}


def test_a_councils_members_listed_over_consecutive_sentences() -> None:
    draft = _draft(
        "Integrationsrådet\n\n"
        "Från kommunen ingår socialförvaltningen och kultur- och fritidsförvaltningen, liksom "
        "bostadsbolaget Morahem AB. Från staten ingår Arbetsförmedlingen och Försäkringskassan. "
        "Civilsamhället företräds av Röda Korset i Mora och Mora pastorat.\n\n"
        "Mora kommun samarbetar också med Orsa kommun om tolkar.\n"
    )
    council = {
        "kommun/2062/socialforvaltningen",
        "kommun/2062/kultur-och-fritidsforvaltningen",
        "org/arbetsformedlingen",
        "org/forsakringskassan",
        "org/mora-pastorat",
    }
    groups = _partners(draft)
    assert any(council <= g and "kommun/2062" not in g for g in groups), groups
    # a new paragraph starts a new collaboration
    assert {"kommun/2062", "kommun/2034"} in groups


def test_a_projects_parties_and_a_reference_group_with_them() -> None:
    draft = _draft(
        "Mora kommun\n\nProjektet hade två projektparter utöver Studieförbundet Vuxenskolan: "
        "Kvinnoföreningen Amal och Mora kommun. Projektet hade också en referensgrupp. "
        "I den ingick, förutom projektparterna, Arbetsförmedlingen och Orsa kommun. "
        "Region Dalarna deltog i referensgruppen genom sin folkhälsoenhet.\n"
    )
    groups = _partners(draft)
    parties = {"org/studieforbundet-vuxenskolan", "org/kvinnoforeningen-amal", "kommun/2062"}
    assert parties in groups
    # the reference group: the parties, those the sentence names and one that joined later
    assert parties | {"org/arbetsformedlingen", "kommun/2034", "region/20"} in groups


def test_a_county_boards_bulleted_list_of_grants() -> None:
    text = (
        "Länsstyrelsen Dalarnas län\nNyheter | Publicerad 3 mars 2025\n\n"
        "Följande organisationer har beviljats medel:\n\n"
        "• Röda Korset i Mora – 310 000 kronor för läxhjälp.\n"
        "• Föreningen Amal, Orsa – 120 000 kronor för en språkvänsverksamhet.\n"
        "• Studieförbundet Vuxenskolan – för studiecirklar.\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    grants = {
        (r.funder, tuple(r.recipients), r.amount)
        for r in draft.relations
        if r.kind == "funding"
    }
    # "Röda Korset i Mora" is the local branch (round 17 of learning)
    assert ("lansstyrelse/20", ("org/roda-korset-i-mora",), 310_000) in grants
    assert ("lansstyrelse/20", ("org/foreningen-amal",), 120_000) in grants
    # a bullet without an amount is no grant
    assert not any("org/studieforbundet-vuxenskolan" in g[1] for g in grants)


def test_money_that_goes_to_municipalities_on_a_county_boards_page() -> None:
    text = (
        "Länsstyrelsen Dalarnas län\nNyheter | Publicerad 3 mars 2025\n\n"
        "Medel till integrationsinsatser i länet\n\n"
        "Mora kommun och Orsa kommun får tillsammans 900 000 kronor för projektet Ny start.\n\n"
        "Till Leksands kommun går 400 000 kronor för projektet Bo tryggt, där "
        "socialförvaltningen och bostadsbolaget Leksandsbostäder AB ska arbeta ihop.\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    grants = _funding(draft)
    assert {("lansstyrelse/20", "kommun/2062"), ("lansstyrelse/20", "kommun/2034")} <= grants
    assert ("lansstyrelse/20", "kommun/2029") in grants
    # those named after "där" carry out the project; the grant is the municipality's
    assert {x for f, x in grants if x.startswith("kommun/2029")} == {"kommun/2029"}


def test_minutes_headed_by_their_municipality_in_capitals_are_its_own() -> None:
    text = (
        "MORA KOMMUN\nSAMMANTRÄDESPROTOKOLL\nSocialnämnden\nSammanträdesdatum 2025-02-19\n\n"
        "§ 4 Överenskommelse med Orsa kommun om boende\n\n"
        "Orsa kommun och Mora kommun har samverkat om stödboende sedan 2019. Orsa kommun får "
        "använda två platser. Orsa kommun betalar för platserna. Orsa kommun har "
        "beslutat om förlängning.\n\nBeslut\nSocialnämnden beslutar att förlänga avtalet.\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    # Orsa is named more often, but the minutes are Mora's: so is the committee
    assert "kommun/2062/socialnamnden" in draft.actors
    assert not any(iri.startswith("kommun/2034/") for iri in draft.actors)


def test_a_line_naming_parties_that_a_bullet_list_goes_on_and_a_city_mission() -> None:
    draft = _draft(
        "Mora kommun\n\nParterna i partnerskapet är socialnämnden och\n\n"
        "- Föreningen Amal,\n- Orsa kulturförening, och\n- Mora stadsmission.\n\n"
        "Mötesplatsen öppnar i maj.\n"
    )
    assert draft.actors["org/mora-stadsmission"].cls == "sam:CivilSocietyOrganization"
    assert {
        "kommun/2062/socialnamnden",
        "org/foreningen-amal",
        "org/orsa-kulturforening",
        "org/mora-stadsmission",
    } in _partners(draft)


def test_those_who_stand_behind_a_project_and_the_funds_new_name() -> None:
    draft = _draft(
        "Projektet heter Nya vägar. Bakom det står Mora kommun, Orsa kommun och "
        "Kunskapsförbundet Siljan, det kommunalförbund som driver vuxenutbildningen i "
        "kommunerna. Europeiska socialfonden plus finansierar satsningen med 5 miljoner "
        "kronor.\n"
    )
    groups = _partners(draft)
    # the relative clause names no party of its own
    assert {"kommun/2062", "kommun/2034", "org/kunskapsforbundet-siljan"} in groups
    funding = _funding(draft)
    assert {
        ("org/europeiska-socialfonden", "kommun/2062"),
        ("org/europeiska-socialfonden", "kommun/2034"),
    } <= funding


def test_a_post_then_its_holders_name_in_a_news_quote() -> None:
    draft = _draft(
        "Mora kommun startar ett nytt vårdspår med Arbetsförmedlingen.\n\n"
        "– Det här är bra, säger Arbetsförmedlingens sektionschef i Dalarna, Jonas Berg.\n\n"
        "Förbundets rektor för vuxenutbildningen, Lena Hall, berättar att lektionerna flyttas.\n\n"
        "– Vi ser fram emot det, säger kommunstyrelsens ordförande i Mora kommun, "
        "Per Lund, och ler.\n"
    )
    holders = {a.holder for a in draft.actors.values() if a.holder}
    assert {"person/jonas-berg", "person/lena-hall"} <= holders
    # after "säger" the name must end the sentence
    assert "person/per-lund" not in holders


def test_a_regional_branch_by_its_compass_word_and_its_body_named_alone() -> None:
    draft = _draft(
        "Mora kommun samarbetar med Folkuniversitetet Norr och ABF. Arbetet samordnas av "
        "Eva Berg, som är anställd av Folkuniversitetet.\n"
    )
    assert "org/folkuniversitetet-norr" in draft.actors
    # the body named alone on the branch's page is the branch
    assert "org/folkuniversitetet" not in draft.actors
    assert {"kommun/2062", "org/abf", "org/folkuniversitetet-norr"} in _partners(draft)


# ------------------------------------------------------- round 11 of learning (learn11)


def test_a_post_named_by_its_body_in_the_genitive_is_that_bodys() -> None:
    draft = _draft(
        "Språkcaféet i Mora invigdes av kommunstyrelsens ordförande Anna Berg.\n\n"
        "– Vi vill nå fler familjer, säger socialnämndens vice ordförande i Mora kommun, "
        "Karl Ström.\n"
    )
    chair = draft.actors["kommun/2062/tjanst/ordforande-kommunstyrelsen"]
    assert chair.label_sv == "kommunstyrelsens ordförande"
    assert (chair.parent, chair.holder) == ("kommun/2062/kommunstyrelsen", "person/anna-berg")
    assert draft.actors["kommun/2062/kommunstyrelsen"].parent == "kommun/2062"
    vice = draft.actors["kommun/2062/tjanst/vice-ordforande-socialnamnden"]
    assert (vice.parent, vice.holder) == ("kommun/2062/socialnamnden", "person/karl-strom")
    # "nämndens sekreterare" on a page that is no committee's minutes names no body
    draft = _draft("Frågor besvaras av nämndens sekreterare i Mora kommun.\n")
    assert not any("namnden" in iri for iri in draft.actors)


def test_the_chair_and_secretary_in_a_committees_minutes_are_the_committees() -> None:
    lines = [
        "MORA KOMMUN",
        "PROTOKOLL",
        "Kultur- och fritidsnämnden",
        "Sammanträdesdatum 2024-03-12",
        "Beslutande: Lisa Holm (S), ordförande; Omar Said (M), vice ordförande",
        "Övriga: Eva Lind, nämndsekreterare; Per Ek, förvaltningschef (§ 12)",
        "§ 12 Bidrag till föreningar",
        "Ordföranden föreslår att nämnden beviljar bidraget.",
    ]
    draft = _draft("\n".join(lines) + "\n", "")
    body = "kommun/2062/kultur-och-fritidsnamnden"
    posts = {a.label_sv: a for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert {posts[p].parent for p in ("ordförande", "vice ordförande", "nämndsekreterare")} == {
        body
    }
    assert posts["vice ordförande"].holder == "person/omar-said"
    # the head of the administration is no post of the committee
    assert posts["förvaltningschef"].parent != body


def test_a_holder_in_apposition_and_an_organisation_named_again_by_its_own_name() -> None:
    draft = _draft(
        "Mora kommun samarbetar med föreningen Nya Vänner och Kvinnoföreningen Amal.\n\n"
        "– Vi når nya familjer, säger Leila Noor, som är ordförande i Nya Vänner.\n\n"
        "Amals ordförande Sara Ali leder cirklarna.\n\n"
        "– Det är bra, säger Arbetsförmedlingens sektionschef i Dalarna, Jonas Berg.\n"
    )
    posts = {a.holder: a for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert posts["person/leila-noor"].iri == "org/nya-vanner/tjanst/ordforande"
    assert posts["person/sara-ali"].parent == "org/kvinnoforeningen-amal"
    # a place after "i" names no organisation
    assert posts["person/jonas-berg"].parent == "org/arbetsformedlingen"


def test_a_sector_named_by_what_it_does_and_a_county_boards_unit() -> None:
    draft = _draft(
        "Mora kommun deltar genom arbetsmarknadsavdelningen, som ingår i kommunens sektor för "
        "barn, utbildning och kultur.\n\n"
        "– Vi vill se fler ansökningar, säger Eva Lund, enhetschef för enheten för social "
        "hållbarhet på Länsstyrelsen.\n"
    )
    sector = draft.actors["kommun/2062/sektorn-for-barn-utbildning-och-kultur"]
    assert sector.label_sv == "sektor för barn, utbildning och kultur"
    assert sector.cls == "sam:Department"
    assert draft.actors["kommun/2062/arbetsmarknadsavdelningen"].parent == sector.iri
    # the county board's unit is not the municipality's
    assert not any("social" in iri for iri in draft.actors)


def test_counts_written_as_words_and_a_part_of_the_people_counted_before() -> None:
    from samverkan.draft.nlp import parse
    from samverkan.draft.quantities import find_counts

    doc = parse(
        "Gruppen består av 20 deltagare, femton kvinnor och fem män. Minst 12 av dem ska ha "
        "arbete efter kursen. Ett trettiotal föräldrar kom, och närmare 300 unga söker varje "
        "år. Rådet har elva ledamöter. Förbundet har fyra medlemmar: A, B, C och D. Två "
        "personer matchas. Hälften av de 60 eleverna läser vidare."
    )
    found = {(q.value, q.minimum, q.unit) for q in find_counts(doc)}
    assert found == {
        (20, None, "deltagare"),
        (15, None, "kvinnor"),
        (5, None, "män"),
        (None, 12, "deltagare"),
        (30, None, "föräldrar"),
        (300, None, "unga"),
        (11, None, "ledamöter"),
        (60, None, "eleverna"),
    }


def test_money_a_body_gives_without_naming_the_recipient_in_its_sentence() -> None:
    # to the other parties of the partnership it is a party of
    filler = "Mötesplatsen är öppen för alla som bor i stadsdelen och vill träffa grannar. " * 4
    draft = _draft(
        "Parterna i partnerskapet är kultur- och fritidsnämnden i Mora kommun och\n\n"
        "- Föreningen Vänskap Mora,\n- Mora Röda Korskrets.\n\n"
        f"{filler}\n\n"
        "Kultur- och fritidsnämnden bidrar med 300 000 kronor per år under 2025–2026.\n"
    )
    assert {
        ("kommun/2062/kultur-och-fritidsnamnden", "org/foreningen-vanskap-mora"),
        ("kommun/2062/kultur-och-fritidsnamnden", "org/mora-roda-korskrets"),
    } <= _funding(draft)
    # to those the one grant to the project just before went to
    head = "Länsstyrelsen Dalarnas län\n\nBeslutsdatum: 2025-03-02\n\nBeslut om medel\n\n"
    draft = _draft(
        "Mora kommun och Orsa kommun får tillsammans 900 000 kronor för projektet Nya steg. "
        "Region Dalarna går in med 150 000 kronor till projektets hälsoskola.\n",
        head,
    )
    assert {("region/20", "kommun/2062"), ("region/20", "kommun/2034")} <= _funding(draft)
    # two grants before: no one to choose, no recipient
    draft = _draft(
        "Mora kommun får 200 000 kronor från Länsstyrelsen Dalarna för läxhjälp och Orsa "
        "kommun får 100 000 kronor från Allmänna Arvsfonden för språkcafé. Region Dalarna går "
        "in med 50 000 kronor till projektets utvärdering.\n"
    )
    assert not any(funder == "region/20" for funder, _x in _funding(draft))


def test_a_word_naming_again_the_one_unit_or_company_named_just_before() -> None:
    draft = _draft(
        "Mottagningsenheten i Mora kommun är din första kontakt. Enheten tillhör "
        "socialförvaltningen och hjälper dig med bostad.\n"
    )
    assert draft.actors["kommun/2062/mottagningsenheten"].parent == (
        "kommun/2062/socialforvaltningen"
    )
    # two units named before: "Enheten" is neither
    draft = _draft(
        "Mottagningsenheten och arbetsmarknadsenheten i Mora kommun samverkar. Enheten "
        "tillhör socialförvaltningen.\n"
    )
    assert {
        draft.actors[i].parent for i in ("kommun/2062/mottagningsenheten",
                                         "kommun/2062/arbetsmarknadsenheten")
    } == {"kommun/2062"}


def test_an_organisations_abbreviation_is_not_the_projects() -> None:
    draft = _draft(
        "Projektet Nya steg ägdes av Studieförbundet Vuxenskolan (SV) i Mora kommun. "
        "Projektledare var Anna Berg.\n"
    )
    posts = {a.label_sv for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert "projektledare" in posts and "projektledare för SV" not in posts
    # a project's own acronym still names the post
    draft = _draft(
        "Projektet Lyckad integration (LIS) i Mora kommun leds av projektledare Eva Ek.\n"
    )
    assert "kommun/2062/tjanst/projektledare-for-lis" in draft.actors


def test_a_committee_that_funds_the_partnership_its_municipality_just_entered() -> None:
    draft = _draft(
        "Mora kommun har sedan 2023 ett idéburet offentligt partnerskap (IOP) med Föreningen "
        "Vänskap Mora. Socialnämnden finansierar partnerskapet med 300 000 kronor per år, och "
        "kultur- och fritidsförvaltningen upplåter lokaler.\n"
    )
    given = {x for f, x in _funding(draft) if f == "kommun/2062/socialnamnden"}
    # the association, not the unit of the next clause nor the committee's own municipality
    assert given == {"org/foreningen-vanskap-mora"}


def test_a_committees_grant_to_work_named_by_its_name_goes_to_whoever_runs_it() -> None:
    draft = _draft(
        "I Mora kommun finns läxhjälp för nyanlända barn. Läxhjälpen drivs av Föreningen "
        "Vänskap Mora. Läxhjälpen får ett verksamhetsbidrag från kultur- och fritidsnämnden.\n"
    )
    given = {x for f, x in _funding(draft) if f == "kommun/2062/kultur-och-fritidsnamnden"}
    # not the committee's own municipality
    assert given == {"org/foreningen-vanskap-mora"}


def test_a_post_for_a_company_named_again_without_its_ab() -> None:
    draft = _draft(
        "I Mora kommun hyrs bostäderna av det kommunala bostadsbolaget Morabostäder AB.\n\n"
        "– Det är ett bra samarbete, säger Jonas Ek, vd för Morabostäder.\n"
    )
    post = draft.actors["kommun/2062/bolag/morabostader-ab/tjanst/vd"]
    assert (post.label_sv, post.holder) == ("vd", "person/jonas-ek")


def test_counts_by_place_and_a_written_part_of_a_group() -> None:
    from samverkan.draft.nlp import parse
    from samverkan.draft.quantities import find_counts

    doc = parse(
        "Sammanlagt 90 kvinnor deltog, 50 i Mora och 40 i Orsa. Sju av dem fick arbete. "
        "Under 2021 i Mora startade arbetet."
    )
    found = {(q.value, q.unit) for q in find_counts(doc)}
    assert found == {(90, "kvinnor"), (50, "kvinnor, Mora"), (40, "kvinnor, Orsa"), (7, "kvinnor")}


def test_an_association_named_after_the_word_for_what_it_is_with_its_town() -> None:
    draft = _draft(
        "Mentorerna kommer från föreningen Brobyggarna i Mora, som samarbetar med "
        "föreningen Nya Vänner i Orsa kommun.\n"
    )
    assert draft.actors["org/brobyggarna-i-mora"].label_sv == "Brobyggarna i Mora"
    # "i Orsa kommun" is where it is, not part of its name
    assert draft.actors["org/nya-vanner"].label_sv == "Nya Vänner"


def test_the_associations_post_is_the_one_association_named_just_before() -> None:
    draft = _draft(
        "Mentorerna i Mora kommun kommer från föreningen Brobyggarna. Föreningen har 30 aktiva "
        "mentorer.\n\n– Vi finns här, säger föreningens ordförande Eva Ek.\n"
    )
    assert draft.actors["org/brobyggarna/tjanst/ordforande"].holder == "person/eva-ek"
    # two associations before: neither
    draft = _draft(
        "I Mora kommun arbetar föreningen Brobyggarna och föreningen Nya Vänner.\n\n"
        "– Vi finns här, säger föreningens ordförande Eva Ek.\n"
    )
    assert not any(iri.startswith("org/") and "/tjanst/" in iri for iri in draft.actors)


def test_a_board_list_and_a_name_in_apposition_after_the_post() -> None:
    text = (
        "Om oss\n\nVänskap i Mora är en ideell förening som samarbetar med ABF.\n\n"
        "Styrelsen har bestått av Nadia Berg (ordförande) och Jelena Kovač (sekreterare). "
        "Föreningen har en anställd verksamhetsledare, Helena Strand, på heltid.\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    holders = {a.label_sv: a.holder for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert holders["ordförande"] == "person/nadia-berg"
    assert holders["sekreterare"] == "person/jelena-kovac"
    assert holders["verksamhetsledare"] == "person/helena-strand"


# ------------------------------------------------------------ round 12 of learning (round 11)


def test_a_library_named_by_its_town_is_a_municipal_unit_but_not_as_a_place() -> None:
    draft = _draft(
        "I Orsa kommun drivs läxhjälpen av föreningen Nya Vänner i samarbete med Orsa bibliotek. "
        "Kurserna hålls i Leksands bibliotek.\n"
    )
    library = draft.actors["kommun/2034/orsa-bibliotek"]
    assert (library.cls, library.parent) == ("sam:MunicipalUnit", "kommun/2034")
    assert {"org/nya-vanner", "kommun/2034/orsa-bibliotek"} in _partners(draft)
    # a library where something is held is a place, and "Folkets bibliotek" no town's
    assert not any("leksands-bibliotek" in iri for iri in draft.actors)
    other = _draft("I Orsa kommun träffas vi med Folkets bibliotek.\n")
    assert not any("folkets" in iri for iri in other.actors)


def test_a_post_word_after_a_number_or_ingen_names_no_post() -> None:
    draft = _draft(
        "I Orsa kommun deltar Arbetsförmedlingen med två handläggare. Ingen handläggare kan "
        "ersätta en mentor, säger Eva Ek, samordnare i Orsa kommun.\n"
    )
    assert not any(iri.endswith("/handlaggare") for iri in draft.actors)
    assert draft.actors["kommun/2034/tjanst/samordnare"].holder == "person/eva-ek"


def test_the_european_social_fund_plus_written_with_its_sign() -> None:
    draft = _draft(
        "Projektet Vägen drivs av Orsa kommun tillsammans med Mora kommun.\n\n"
        "Finansiering: Europeiska socialfonden+ (ESF+)\n\n"
        "Svenska ESF-rådet beviljade medel ur Europeiska socialfonden+ till projektet.\n"
    )
    assert draft.actors["org/europeiska-socialfonden"].cls == "sam:EUFund"
    # the council that decides the grant of the fund's money neither funds nor receives it
    assert _funding(draft) == {
        ("org/europeiska-socialfonden", "kommun/2062"),
        ("org/europeiska-socialfonden", "kommun/2034"),
    }
    decided = _draft(
        "Projektet Vägen drivs av Orsa kommun tillsammans med Mora kommun. Svenska ESF-rådet "
        "beslutade i maj 2023 att bevilja medel ur Europeiska socialfonden+ till projektet.\n"
    )
    assert _funding(decided) == _funding(draft)


def test_an_associations_deputy_and_auditor_and_a_holder_after_the_verb() -> None:
    text = (
        "Om oss\n\nVänskap i Mora är en ideell förening som samarbetar med ABF.\n\n"
        "Ordförande: Nadia Berg\nSuppleant: Omar Haddad\n\n"
        "Föreningens revisor har varit Per Holm.\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    posts = {a.label_sv.lower(): a for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert posts["suppleant"].holder == "person/omar-haddad"
    assert posts["revisor"].holder == "person/per-holm"
    assert posts["revisor"].parent == posts["ordförande"].parent == "org/vanskap-i-mora"


def test_a_task_in_a_steering_group_or_council_is_no_post() -> None:
    draft = _draft(
        "Projektet Vägen drivs av Orsa kommun. Styrgruppens ordförande är Eva Ek, enhetschef "
        "i Orsa kommun. Rådets sekreterare är Per Holm.\n"
    )
    posts = {a.label_sv: a.holder for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert posts == {"enhetschef": "person/eva-ek"}


def test_a_compound_association_named_with_its_town_and_later_without_it() -> None:
    draft = _draft(
        "Syriska kulturföreningen i Orsa har 40 medlemmar.\n\n"
        "Läxhjälpen i Orsa kommun drivs av Syriska kulturföreningen tillsammans med ABF.\n"
    )
    orgs = {iri for iri in draft.actors if iri.startswith("org/syriska")}
    assert orgs == {"org/syriska-kulturforeningen-i-orsa"}
    assert any({"org/syriska-kulturforeningen-i-orsa", "org/abf"} <= p for p in _partners(draft))


def test_the_lines_of_an_associations_accounts_and_of_a_committees_proposal() -> None:
    accounts = draft_text(
        "Om oss\n\nVänskap i Mora är en ideell förening.\n\nFöreningens intäkter:\n\n"
        "Mora kommun, socialnämnden, föreningsbidrag: 85 000 kr\n"
        "Sparbanksstiftelsen Dalarna: 40 000 kr\nMedlemsavgifter: 9 000 kr\n",
        "prov.txt",
        Index(),
    )
    assert _funding(accounts) == {
        ("kommun/2062/socialnamnden", "org/vanskap-i-mora"),
        ("org/sparbanksstiftelsen-dalarna", "org/vanskap-i-mora"),
    }
    minutes = draft_text(
        "MORA KOMMUN\nPROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum 2024-03-12\n\n"
        "§ 12 Bidrag till föreningar\n\nFörvaltningen föreslår (sökt / förslag, kronor):\n\n"
        "1. Mora Ridklubb, ridskola: 50 000 / 40 000\n"
        "2. Syriska kulturföreningen i Mora, läxhjälp: 90 000 / 0\n\n"
        "Nämnden beslutar att bevilja bidrag enligt förslaget.\n",
        "prov.txt",
        Index(),
    )
    # the applicant proposed 0 kronor gets nothing
    assert _funding(minutes) == {("kommun/2062/kultur-och-fritidsnamnden", "org/mora-ridklubb")}


def test_a_unit_and_a_post_on_a_regions_own_page_are_the_regions() -> None:
    text = (
        "Region Dalarna\n\nPublicerad 4 mars 2020\n\nProjektet Hälsa i Mora drivs av regionen "
        "tillsammans med Mora kommun.\n\nKontakt\n"
        "Eva Ek, projektledare, enheten för folkhälsa\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    # the region's unit has no class in the ontology: left out, and no municipality's
    assert not any("folkhalsa" in iri for iri in draft.actors)
    post = next(a for a in draft.actors.values() if a.label_sv == "projektledare")
    assert (post.parent, post.holder) == ("region/20", "person/eva-ek")


def test_a_company_with_an_ampersand_in_its_name() -> None:
    draft = _draft("I Orsa kommun sponsrar Dalarnas Bygg & Måleri AB läxhjälpen.\n")
    assert draft.actors["org/dalarnas-bygg-maleri-ab"].label_sv == "Dalarnas Bygg & Måleri AB"
    assert not any(iri.endswith("/maleri-ab") for iri in draft.actors)


def test_a_department_in_the_indefinite_form_after_the_municipalitys_genitive() -> None:
    draft = _draft(
        "Läxhjälpen finns i Orsa kommun. Orsa kommuns kultur- och fritidsförvaltning lånar ut "
        "lokaler, och kommunens socialförvaltning bidrar med en handledare. Ingen förvaltning "
        "kan göra allt.\n"
    )
    departments = {a.iri: a.parent for a in draft.actors.values() if a.cls == "sam:Department"}
    assert departments == {
        "kommun/2034/kultur-och-fritidsforvaltningen": "kommun/2034",
        "kommun/2034/socialforvaltningen": "kommun/2034",
    }


def test_a_unit_that_is_a_part_of_a_department() -> None:
    draft = _draft(
        "Enheten för arbetsmarknad i Orsa kommun ordnar praktik. Enheten för arbetsmarknad är "
        "en del av socialförvaltningen.\n"
    )
    unit = draft.actors["kommun/2034/enheten-for-arbetsmarknad"]
    assert (unit.parent, unit.parent_unsure) == ("kommun/2034/socialforvaltningen", False)


def test_a_holder_named_after_the_posts_working_time() -> None:
    text = (
        "Om oss\n\nVänskap i Mora är en ideell förening som samarbetar med ABF.\n\n"
        "Sedan 2023 har föreningen en anställd verksamhetssamordnare på deltid, Lina Holm.\n"
    )
    draft = draft_text(text, "prov.txt", Index())
    post = next(a for a in draft.actors.values() if a.label_sv == "verksamhetssamordnare")
    assert (post.parent, post.holder) == ("org/vanskap-i-mora", "person/lina-holm")


def test_a_steering_groups_members_are_the_organisations_of_its_people() -> None:
    draft = _draft(
        "Projektet Vägen drivs av Orsa kommun och Mora kommun. I styrgruppen sitter Orsa "
        "kommun, Mora kommun och Arbetsförmedlingens sektionschef Eva Ek.\n"
    )
    groups = _partners(draft)
    assert {"kommun/2034", "kommun/2062", "org/arbetsformedlingen"} in groups
    assert not any(m.startswith("org/arbetsformedlingen/tjanst") for g in groups for m in g)


def test_a_branch_named_by_an_acronym_and_an_area_is_the_branch_again() -> None:
    draft = _draft(
        "I Orsa kommun samarbetar ABF Siljan och Röda Korset.\n\n"
        "Kursen ges av ABF Siljan tillsammans med Orsa kommun.\n"
    )
    assert "org/abf" not in draft.actors
    assert {"org/abf-siljan", "kommun/2034"} in _partners(draft)


def test_a_project_named_after_its_county_is_no_organisation() -> None:
    draft = _draft(
        "I maj startade projektet Vägen Dalarna, som Orsa kommun driver tillsammans med "
        "Coompanion Dalarna. Vägen Dalarna pågår till 2026.\n"
    )
    assert "org/vagen-dalarna" not in draft.actors
    assert "org/coompanion-dalarna" in draft.actors


# ----------------------------------------------------------------------- round 13 of learning


def test_a_counted_list_of_organisations_under_a_colon_are_partners() -> None:
    draft = _draft(
        "Avtalet är tecknat mellan Orsa kommun, genom socialnämnden, och tre föreningar:\n\n"
        "• Orsa Röda Korskrets\n• Föreningen Vänskap i Orsa\n• Orsa Missionsförsamling\n"
    )
    groups = _partners(draft)
    group = next(g for g in groups if "org/orsa-roda-korskrets" in g)
    assert "kommun/2034" in group
    assert {"org/foreningen-vanskap-i-orsa", "org/orsa-missionsforsamling"} <= group
    assert not any(m.endswith("socialnamnden") for m in group)


def test_a_line_of_signatures_gives_the_organisations_post_and_holder() -> None:
    draft = _draft(
        "Orsa kommun och två föreningar har tecknat ett avtal om läxhjälp.\n\n"
        "Underskrifter\n\n"
        "För Föreningen Vänskap i Orsa: Eva Ek, ordförande\n"
        "För Orsa Missionsförsamling: Per Berg, församlingsföreståndare\n"
    )
    assert not any(iri.startswith("org/for-") for iri in draft.actors)
    posts = {a.label_sv: a for a in draft.actors.values() if a.holder}
    assert (posts["ordförande"].parent, posts["ordförande"].holder) == (
        "org/foreningen-vanskap-i-orsa",
        "person/eva-ek",
    )
    assert posts["församlingsföreståndare"].parent == "org/orsa-missionsforsamling"


def test_lines_of_money_under_the_sentence_naming_who_pays_them() -> None:
    draft = _draft(
        "Orsa kommun har tecknat ett partnerskap med två föreningar.\n\n"
        "Kommunens åtagande är 500 tkr per år och finansieras av socialnämnden. "
        "Beloppet fördelas så här:\n\n"
        "Orsa Röda Korskrets: 300 tkr\nFöreningen Vänskap i Orsa: 200 tkr\n"
    )
    grants = _funding(draft)
    assert ("kommun/2034/socialnamnden", "org/orsa-roda-korskrets") in grants
    assert ("kommun/2034/socialnamnden", "org/foreningen-vanskap-i-orsa") in grants


def test_a_unit_paying_its_municipalitys_share_gives_the_municipality_nothing() -> None:
    draft = _draft(
        "Orsa kommun har ett partnerskap med Orsa Röda Korskrets.\n\n"
        "Kommunens åtagande är 500 000 kronor per år och finansieras av socialnämnden.\n"
    )
    assert ("kommun/2034/socialnamnden", "kommun/2034") not in _funding(draft)


def test_a_list_line_name_post_unit_puts_the_post_in_the_unit() -> None:
    draft = _draft(
        "Orsa kommun leder projektet Vägen.\n\nI styrgruppen sitter:\n"
        "- Eva Ek, förvaltningschef, socialförvaltningen, Orsa kommun\n"
        "- Per Berg, sektionschef, Arbetsförmedlingen\n"
    )
    post = next(a for a in draft.actors.values() if a.label_sv == "förvaltningschef")
    assert post.parent == "kommun/2034/socialforvaltningen"


def test_a_post_whose_holder_is_employed_at_a_unit_is_the_units() -> None:
    draft = _draft(
        "Orsa kommun driver projektet Vägen.\n\n"
        "Projektledare är Eva Ek, som är anställd vid arbetsmarknadsenheten i Orsa.\n"
    )
    post = next(a for a in draft.actors.values() if a.label_sv == "projektledare")
    assert post.parent == "kommun/2034/arbetsmarknadsenheten"


def test_a_housing_company_with_its_form_first_and_named_again_without_it() -> None:
    draft = _draft(
        "Orsa kommun\n\nSedan 2023 driver vi, AB Orsahem, ett projekt i området.\n\n"
        "Projektet är ett samarbete mellan Orsahem och Orsa Röda Korskrets.\n"
    )
    assert "kommun/2034/bolag/ab-orsahem" in draft.actors
    assert {"kommun/2034/bolag/ab-orsahem", "org/orsa-roda-korskrets"} in _partners(draft)


def test_a_branch_named_by_an_acronym_and_a_province() -> None:
    draft = _draft(
        "Orsa kommun\n\nI nätverket ingår:\n- Orsa Röda Korskrets\n- RF-SISU Hälsingland\n"
    )
    assert "org/rf-sisu-halsingland" in draft.actors
    assert "org/rf-sisu" not in draft.actors
