"""Document 002 (Burlövs kommun, news, 2019-03-12): the ESF project LIS.

Written from reading the text: "Lyckad integration i Skåne (LIS)", run by Burlöv "tillsammans
med Lomma och Staffanstorps kommuner" from March 2017 to February 2019 with funds the three
municipalities applied for from the European Social Fund in summer 2016; staff training on
named topics, over 230 Burlöv employees trained; networking across departments and
municipalities; the handbook "En kommun för alla" made with an external consultant; the
project manager Malin Lang; the municipality's work continues after the project.
"""

from __future__ import annotations

import pytest

from sparqlhelpers import ask, select

DOC = "https://w3id.org/samverkan/id/dokument/002_fd765e7f231a0a5d"
INFERRED = "https://w3id.org/samverkan/graph/inferred"
LIS = "initiativ/lis"
MUNICIPALITIES = ("1231", "1262", "1230")  # Burlöv, Lomma, Staffanstorp


def test_lis_is_a_project_from_march_2017_to_february_2019(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?label ?start ?end WHERE {{ GRAPH <{DOC}> {{
            <{LIS}> a sam:Project ; rdfs:label ?label ;
                schema:startDate ?start ; schema:endDate ?end .
            FILTER(LANG(?label) = "sv") }} }}""",
    )
    assert rows == [
        {"label": "Lyckad integration i Skåne (LIS)", "start": "2017-03", "end": "2019-02"}
    ]
    # "Nu avslutas projektet": ended, so not ongoing.
    assert not ask(built, f"ASK {{ <{LIS}> sam:ongoingAsOf ?d }}")


def test_lis_target_groups_and_goals(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ <{LIS}> sam:targetGroup <malgrupp/nyanlanda> , <malgrupp/barn-och-unga> ;
            sam:theme <tema/integration> , <tema/arbetsmarknad> , <tema/bemotande> }}""",
    )


@pytest.mark.parametrize("code", MUNICIPALITIES)
def test_each_municipality_is_a_partner_for_the_project_period(built: object, code: str) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?role ?start ?end WHERE {{ GRAPH <{DOC}> {{
            ?m a org:Membership ; org:member <kommun/{code}> ; org:organization <{LIS}> ;
                org:role ?role ; schema:startDate ?start ; schema:endDate ?end ;
                sam:evidence ?e }} }}""",
    )
    assert len(rows) == 1
    assert rows[0]["role"].endswith("/roll/part")
    assert (rows[0]["start"], rows[0]["end"]) == ("2017-03", "2019-02")


def test_exactly_three_partners(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?member WHERE {{ GRAPH <{DOC}> {{
            ?m org:member ?member ; org:organization <{LIS}> }} }}""",
    )
    assert sorted(r["member"].rsplit("/", 1)[1] for r in rows) == sorted(MUNICIPALITIES)


def test_esf_funds_the_project_of_the_three_municipalities(built: object) -> None:
    assert ask(built, "ASK { <org/europeiska-socialfonden> a sam:EUFund }")
    rows = select(
        built,
        f"""SELECT ?funding ?recipient WHERE {{ GRAPH <{DOC}> {{
            ?funding a sam:Funding ; sam:funder <org/europeiska-socialfonden> ;
                sam:fundedItem <{LIS}> ; sam:fundingScheme <finansieringsform/esf> ;
                sam:recipient ?recipient ; sam:evidence ?e }} }}""",
    )
    assert {r["recipient"].rsplit("/", 1)[1] for r in rows} == set(MUNICIPALITIES)
    assert len({r["funding"] for r in rows}) == 1


def test_the_three_applied_for_esf_funds_in_2016(built: object) -> None:
    rows = select(
        built,
        """SELECT DISTINCT ?a ?start WHERE {
            ?a a sam:Activity ; sam:activityType <aktivitetstyp/projektansokan> ;
                schema:startDate ?start ;
                prov:wasAssociatedWith <kommun/1231> , <kommun/1262> , <kommun/1230> }""",
    )
    assert [r["start"] for r in rows] == ["2016"]


def test_svenska_esf_radet_is_not_claimed_by_the_text(built: object) -> None:
    # The text names only the fund; the Swedish ESF Council is not in this document's graph.
    assert not ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ ?x rdfs:label ?l .
            FILTER(CONTAINS(LCASE(STR(?l)), "esf-rådet")) }} }}""",
    )


def test_project_manager_malin_lang(built: object) -> None:
    rows = select(
        built,
        """SELECT ?post ?label ?name WHERE {
            ?post a org:Post ; org:postIn <kommun/1231> ; org:heldBy ?p ; rdfs:label ?label ;
                sam:evidence ?e .
            ?p a foaf:Person ; foaf:name ?name .
            FILTER(LANG(?label) = "sv" && ?name = "Malin Lang") }""",
    )
    assert len(rows) == 1
    assert rows[0]["label"].startswith("projektledare")


def test_over_230_burlov_employees_trained(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?t ?min WHERE {{ GRAPH <{DOC}> {{
            ?t a sam:Training ; prov:wasAssociatedWith <{LIS}> ;
                sam:targetGroup <malgrupp/medarbetare> ;
                sam:quantity [ a schema:QuantitativeValue ; schema:minValue ?min ] }} }}""",
    )
    assert [int(r["min"]) for r in rows] == [230]


@pytest.mark.parametrize(
    "topic",
    [
        "kulturmoten",
        "lagaffektivt-bemotande",
        "flykt-och-psykisk-ohalsa",
        "radikalisering-och-rasism",
        "hedersproblematik",
        "flersprakighet",
        "normkritik",
    ],
)
def test_training_topics(built: object, topic: str) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ ?t a sam:Training ; sam:theme <tema/{topic}> ;
            prov:wasAssociatedWith <{LIS}> ; sam:evidence ?e }} }}""",
    )
    # The topic is a concept with labels in both languages.
    assert ask(
        built,
        f"""ASK {{ <tema/{topic}> a skos:Concept ; skos:prefLabel ?sv , ?en .
            FILTER(LANG(?sv) = "sv" && LANG(?en) = "en") }}""",
    )


def test_networking_across_departments_and_municipalities(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?a WHERE {{ GRAPH <{DOC}> {{
            ?a a sam:Activity ; sam:activityType <aktivitetstyp/erfarenhetsutbyte> ;
                prov:wasAssociatedWith <{LIS}> ,
                    <kommun/1231> , <kommun/1262> , <kommun/1230> }} }}""",
    )
    assert len(rows) == 1


def test_handbook_made_by_the_three_with_an_external_consultant(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?h ?consultant ?sector WHERE {{ GRAPH <{DOC}> {{
            ?h a sam:Publication ; rdfs:label "En kommun för alla"@sv ; sam:evidence ?e .
            ?work prov:generated ?h ; prov:wasAssociatedWith <{LIS}> ,
                <kommun/1231> , <kommun/1262> , <kommun/1230> , ?consultant .
            ?consultant a sam:PrivateCompany ; sam:evidence ?c }}
            GRAPH <{INFERRED}> {{ ?consultant sam:sector ?sector }} }}""",
    )
    assert len(rows) == 1
    assert rows[0]["sector"].endswith("/sektor/privat")
    # The text does not name the consultant, and the sector is derived, never stated.
    assert not ask(built, f"ASK {{ GRAPH <{DOC}> {{ ?x sam:sector ?s }} }}")


def test_the_municipality_work_continues_after_the_project(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?w ?asof WHERE {{ GRAPH <{DOC}> {{
            ?w a sam:Initiative ; sam:hostedBy <kommun/1231> ; prov:wasInformedBy <{LIS}> ;
                prov:used ?h ; sam:ongoingAsOf ?asof .
            ?h a sam:Publication }} }}""",
    )
    assert [r["asof"] for r in rows] == ["2019-03-12"]


def test_lis_active_in_2018_but_not_in_2016(built: object) -> None:
    query = """SELECT ?x WHERE {{
        ?x schema:startDate ?s ; schema:endDate ?e .
        FILTER(?x = <{lis}>
            && SUBSTR(STR(?s), 1, 4) <= "{y}" && SUBSTR(STR(?e), 1, 4) >= "{y}") }}"""
    assert select(built, query.format(lis=LIS, y="2018"))
    assert not select(built, query.format(lis=LIS, y="2016"))


# --- derived by the reasoner -------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [("1231", "1262"), ("1231", "1230"), ("1262", "1230")])
def test_lis_municipalities_cooperate(built: object, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert ask(
            built,
            f"""ASK {{ GRAPH <{INFERRED}> {{
                <kommun/{x}> sam:cooperatesWith <kommun/{y}> ; sam:coMemberOf <kommun/{y}> }} }}""",
        )


@pytest.mark.parametrize("code", MUNICIPALITIES)
def test_lis_municipalities_derived_links(built: object, code: str) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{INFERRED}> {{
            <kommun/{code}> org:memberOf <{LIS}> ;
                sam:fundedBy <org/europeiska-socialfonden> ;
                sam:cooperatesWith <{LIS}> , <org/europeiska-socialfonden> }} }}""",
    )


def test_handbook_made_by_a_working_group_with_the_consultant(built: object) -> None:
    """ "Representanter för de tre kommunerna har tillsammans med en extern konsult tagit
    fram handboken": the consultant cooperates with each of the three municipalities."""
    for code in ("1231", "1262", "1230"):
        query = f"""ASK {{ <org/extern-konsult-lis> sam:cooperatesWith <kommun/{code}> .
            <initiativ/lis/handboksarbete> a sam:WorkingGroup ;
                org:hasMember <kommun/{code}> , <org/extern-konsult-lis> . }}"""
        assert ask(built, query), code
