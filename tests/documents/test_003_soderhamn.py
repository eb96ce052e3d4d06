"""Document 003 (Söderhamns kommun, news, last updated 2019-12-19): the integration network.

Written from reading the text: Karin Olsson, integrationssamordnare in Söderhamns kommun,
leads the municipality's integration network, which branches into all municipal
departments and the companies Söderhamn Nära and Faxeholmen; members are appointed by their
heads of department; the network meets once a month and has had extra focus since 2017;
Kajsa Lundmark, enhetschef in kultur- och samhällsserviceförvaltningen; a training in
kulturmöten with the lecturer Jeanette Ohlsson Carlborg; environmental scanning and the
example of Västerås, where the municipal housing company Mimer created the meeting place
Kollage.
"""

from __future__ import annotations

import pytest

from sparqlhelpers import ask, select

DOC = "https://w3id.org/samverkan/id/dokument/003_db4b1ce949ee5551"
DATE = "2019-12-19"
INFERRED = "https://w3id.org/samverkan/graph/inferred"
NETWORK = "initiativ/soderhamn-integrationsnatverk"
DEPARTMENT = "kommun/2182/kultur-och-samhallsserviceforvaltningen"
NARA = "kommun/2182/bolag/soderhamn-nara"
FAXEHOLMEN = "kommun/2182/bolag/faxeholmen"


def test_the_network_is_the_municipality_s_and_ongoing(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?asof WHERE {{ GRAPH <{DOC}> {{
            <{NETWORK}> a sam:Network ; sam:hostedBy <kommun/2182> ; sam:ongoingAsOf ?asof ;
                sam:targetGroup <malgrupp/nyanlanda> ;
                sam:theme <tema/integration> , <tema/kompetensforsorjning> }} }}""",
    )
    assert [r["asof"] for r in rows] == [DATE]


def test_karin_olsson_integration_coordinator_leads_the_network(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?post ?label WHERE {{ GRAPH <{DOC}> {{
            ?post a sam:CoordinatorPost ; org:postIn <kommun/2182> ; rdfs:label ?label ;
                org:heldBy ?person .
            ?person foaf:name "Karin Olsson" .
            ?m a org:Membership ; org:member ?post ; org:organization <{NETWORK}> ;
                org:role <roll/ledare> .
            FILTER(LANG(?label) = "sv") }} }}""",
    )
    assert [r["label"] for r in rows] == ["integrationssamordnare"]
    # She leads through her post: the person herself is no member.
    assert not ask(
        built,
        f"""ASK {{ ?m org:member <person/karin-olsson> ; org:organization <{NETWORK}> }}""",
    )


def test_the_typo_in_the_title_is_quoted_exactly(built: object) -> None:
    quotes = {
        r["exact"]
        for r in select(
            built,
            f"""SELECT ?exact WHERE {{ GRAPH <{DOC}> {{
                <kommun/2182/tjanst/integrationssamordnare> sam:evidence ?a .
                ?a oa:hasTarget/oa:hasSelector/oa:exact ?exact }} }}""",
        )
    }
    assert "Karin Olsson, integrationsasarordnare i Söderhamns kommun" in quotes
    assert "Karin Olsson, integrationssamordnare i Söderhamns kommun" in quotes


def test_the_two_municipal_companies(built: object) -> None:
    for company, name in ((NARA, "Söderhamn Nära"), (FAXEHOLMEN, "Faxeholmen")):
        assert ask(
            built,
            f"""ASK {{ GRAPH <{DOC}> {{ <{company}> a sam:MunicipalCompany ;
                rdfs:label "{name}"@sv ; sam:municipality <kommun/2182> ; sam:evidence ?e }} }}""",
        )


def test_the_named_department(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ <{DEPARTMENT}> a sam:Department ;
            org:unitOf <kommun/2182> ; sam:evidence ?e }} }}""",
    )


@pytest.mark.parametrize("member", [DEPARTMENT, NARA, FAXEHOLMEN, "kommun/2182"])
def test_members_of_the_network(built: object, member: str) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?role ?asof WHERE {{ GRAPH <{DOC}> {{
            ?m a org:Membership ; org:member <{member}> ; org:organization <{NETWORK}> ;
                org:role ?role ; sam:ongoingAsOf ?asof ; sam:evidence ?e }} }}""",
    )
    assert rows == [{"role": "https://w3id.org/samverkan/id/roll/medlem", "asof": DATE}]


def test_all_departments_stand_as_the_municipality_s_membership(built: object) -> None:
    # "alla kommunala förvaltningar", appointed by their heads of department.
    quotes = {
        r["exact"]
        for r in select(
            built,
            f"""SELECT ?exact WHERE {{ GRAPH <{DOC}> {{
                ?m org:member <kommun/2182> ; org:organization <{NETWORK}> ; sam:evidence ?a .
                ?a oa:hasTarget/oa:hasSelector/oa:exact ?exact }} }}""",
        )
    }
    assert any("alla kommunala förvaltningar" in q for q in quotes)
    assert "har alla utsetts av sina förvaltningschefer" in quotes


def test_kajsa_lundmark_unit_manager_in_the_department(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?label WHERE {{ GRAPH <{DOC}> {{
            ?post a org:Post ; org:postIn <{DEPARTMENT}> ; org:heldBy ?p ; rdfs:label ?label .
            ?p foaf:name "Kajsa Lundmark" .
            FILTER(LANG(?label) = "sv") }} }}""",
    )
    assert len(rows) == 1
    assert rows[0]["label"].startswith("enhetschef")


def test_extra_focus_since_2017_ongoing(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?start ?asof WHERE {{ GRAPH <{DOC}> {{
            ?i a sam:Initiative ; prov:wasAssociatedWith <{NETWORK}> ;
                schema:startDate ?start ; sam:ongoingAsOf ?asof }} }}""",
    )
    assert rows == [{"start": "2017", "asof": DATE}]


def test_monthly_meetings_and_environmental_scanning(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?freq WHERE {{ GRAPH <{DOC}> {{
            ?m a sam:Activity ; sam:activityType <aktivitetstyp/natverksmote> ;
                prov:wasAssociatedWith <{NETWORK}> ; schema:repeatFrequency ?freq }} }}""",
    )
    assert [r["freq"] for r in rows] == ["P1M"]
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ ?o a sam:Activity ;
            sam:activityType <aktivitetstyp/omvarldsbevakning> ;
            prov:wasAssociatedWith <{NETWORK}> ; prov:used <initiativ/kollage> }} }}""",
    )


def test_training_in_kulturmoten_with_lecturer(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?t ?name WHERE {{ GRAPH <{DOC}> {{
            ?t a sam:Training ; sam:theme <tema/kulturmoten> ;
                sam:targetGroup <malgrupp/medarbetare> ; prov:wasAssociatedWith <kommun/2182> ;
                prov:qualifiedAssociation [ prov:agent ?p ; prov:hadRole <roll/forelasare> ] .
            ?p a foaf:Person ; foaf:name ?name }} }}""",
    )
    assert [r["name"] for r in rows] == ["Jeanette Ohlsson Carlborg"]


def test_vasteras_mimer_created_the_meeting_place_kollage(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{
            <kommun/1980/bolag/mimer> a sam:MunicipalCompany ; sam:municipality <kommun/1980> .
            <initiativ/kollage> a sam:MeetingPlace ; rdfs:label "Kollage"@sv ;
                sam:hostedBy <kommun/1980/bolag/mimer> ;
                sam:theme <tema/kultur> , <tema/arbetsmarknad> , <tema/utbildning> ,
                    <tema/idrott> }} }}""",
    )
    # Kollage lies in Västerås by reasoning (hosted by a company of Västerås).
    assert ask(
        built,
        f"""ASK {{ GRAPH <{INFERRED}> {{
            <initiativ/kollage> sam:municipality <kommun/1980> }} }}""",
    )


def test_people_have_name_only(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?p ?prop WHERE {{ GRAPH <{DOC}> {{ ?p a foaf:Person ; ?prop ?o .
            FILTER(?prop NOT IN (rdf:type, foaf:name, rdfs:label, sam:evidence)) }} }}""",
    )
    assert rows == []


# --- derived by the reasoner -------------------------------------------------------------

PARTICIPANTS = [DEPARTMENT, NARA, FAXEHOLMEN, "kommun/2182"]


@pytest.mark.parametrize(
    ("a", "b"),
    [(a, b) for i, a in enumerate(PARTICIPANTS) for b in PARTICIPANTS[i + 1 :]],
)
def test_departments_and_companies_cooperate(built: object, a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert ask(
            built,
            f"""ASK {{ GRAPH <{INFERRED}> {{
                <{x}> sam:cooperatesWith <{y}> ; sam:coMemberOf <{y}> }} }}""",
        )


@pytest.mark.parametrize("member", PARTICIPANTS)
def test_members_cooperate_with_the_network(built: object, member: str) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{INFERRED}> {{
            <{member}> org:memberOf <{NETWORK}> ; sam:cooperatesWith <{NETWORK}> }} }}""",
    )
