"""Document 004 (SKR, Lärande exempel, 2019-04-08): Öar utan gränser on Ekerö.

Written from reading the text: "Öar utan gränser", a network and umbrella for initiatives on
Mälaröarna, begun 2015 and ongoing, in which föreningar, volontärer and nätverk collaborate
and civil society and the municipality meet; §37a funds from Länsstyrelsen (Stockholm) paid a
project manager for integration until December 2016, then municipal funds took over;
network meetings open to all with 40-60 participants; a host-family and settlement
coordinator employed in a collaboration project of civil-society actors and Ekerö kommun;
the receiving social worker; the cross-departmental working group Samverkansorganet (end of
2017); an investigation in 2017 and the model it led to; Idélabbet (2018) under kultur- och
fritidsförvaltningen; more than 500 activities; Riccard Slettengren (Badiali), utvecklingsledare;
Lotta Dahlerus, utredare; the PDF "Öar i samverkan".
"""

from __future__ import annotations

import pytest

from sparqlhelpers import ask, select

DOC = "https://w3id.org/samverkan/id/dokument/004_5f6dc90bef4f063d"
DATE = "2019-04-08"
INFERRED = "https://w3id.org/samverkan/graph/inferred"
OAR = "initiativ/oar-utan-granser"
GROUPS = (
    "kommun/0125/grupp/foreningar",
    "kommun/0125/grupp/volontarer",
    "kommun/0125/grupp/natverk",
)
KOF = "kommun/0125/kultur-och-fritidsforvaltningen"


def test_oar_utan_granser_network_2015_ongoing(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?start ?asof WHERE {{ GRAPH <{DOC}> {{
            <{OAR}> a sam:Network ; rdfs:label "Öar utan gränser"@sv ;
                schema:startDate ?start ; sam:ongoingAsOf ?asof ;
                sam:municipality <kommun/0125> ; sam:targetGroup <malgrupp/nyanlanda> }} }}""",
    )
    assert rows == [{"start": "2015", "asof": DATE}]


@pytest.mark.parametrize(
    "kind", ["sprakcafe", "kultur", "idrott", "laxhjalp", "boende-for-unga", "natverksmote"]
)
def test_activity_types(built: object, kind: str) -> None:
    assert ask(
        built, f"ASK {{ GRAPH <{DOC}> {{ <{OAR}> sam:activityType <aktivitetstyp/{kind}> }} }}"
    )


@pytest.mark.parametrize("group", GROUPS)
def test_civil_society_groups_are_members(built: object, group: str) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?role WHERE {{ GRAPH <{DOC}> {{
            <{group}> a sam:CivilSocietyGroup ; sam:municipality <kommun/0125> .
            ?m a org:Membership ; org:member <{group}> ; org:organization <{OAR}> ;
                org:role ?role ; sam:ongoingAsOf "{DATE}"^^xsd:date ; sam:evidence ?e }} }}""",
    )
    assert [r["role"] for r in rows] == ["https://w3id.org/samverkan/id/roll/medlem"]


def test_ekero_kommun_is_a_partner(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?role WHERE {{ GRAPH <{DOC}> {{
            ?m a org:Membership ; org:member <kommun/0125> ; org:organization <{OAR}> ;
                org:role ?role }} }}""",
    )
    assert [r["role"] for r in rows] == ["https://w3id.org/samverkan/id/roll/part"]


def test_paragraf_37a_from_the_stockholm_board_funds_a_project_manager(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?f ?end ?label WHERE {{ GRAPH <{DOC}> {{
            ?f a sam:Funding ; sam:funder <lansstyrelse/01> ; sam:recipient <kommun/0125> ;
                sam:fundingScheme <finansieringsform/paragraf-37a> ; schema:endDate ?end ;
                sam:fundedItem ?post , <{OAR}> .
            ?post a org:Post ; org:postIn <kommun/0125> ; rdfs:label ?label .
            FILTER(LANG(?label) = "sv") }} }}""",
    )
    assert len(rows) == 1
    assert rows[0]["end"] == "2016-12"
    assert rows[0]["label"] == "projektledare för integration"
    # Not Skåne's board: Ekerö lies in Stockholms län.
    assert not ask(built, f"ASK {{ GRAPH <{DOC}> {{ ?f sam:funder <lansstyrelse/12> }} }}")


def test_municipal_funds_replaced_the_37a_funds(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?start ?asof WHERE {{ GRAPH <{DOC}> {{
            ?old sam:fundingScheme <finansieringsform/paragraf-37a> ; sam:replacedBy ?new .
            ?new a sam:Funding ; sam:funder <kommun/0125> ; sam:fundedItem <{OAR}> ;
                sam:fundingScheme <finansieringsform/kommunala-medel> ;
                schema:startDate ?start ; sam:ongoingAsOf ?asof ; sam:evidence ?e }} }}""",
    )
    assert rows == [{"start": "2017-01", "asof": DATE}]


def test_network_meetings_open_to_all_with_40_to_60_participants(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?min ?max WHERE {{ GRAPH <{DOC}> {{
            ?m a sam:Activity ; sam:activityType <aktivitetstyp/natverksmote> ;
                prov:wasAssociatedWith <{OAR}> ;
                sam:quantity [ a schema:QuantitativeValue ;
                    schema:minValue ?min ; schema:maxValue ?max ] }} }}""",
    )
    assert [(int(r["min"]), int(r["max"])) for r in rows] == [(40, 60)]


def test_more_than_500_activities(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?min WHERE {{ GRAPH <{DOC}> {{
            ?a a sam:Activity ; prov:wasAssociatedWith <{OAR}> ;
                sam:theme <tema/integration> ;
                sam:quantity [ a schema:QuantitativeValue ; schema:minValue ?min ;
                    schema:unitText "aktiviteter"@sv ] }} }}""",
    )
    assert [int(r["min"]) for r in rows] == [500]


def test_host_family_coordinator_in_a_collaboration_project(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?project ?civil WHERE {{ GRAPH <{DOC}> {{
            ?post a sam:CoordinatorPost ; rdfs:label "vänfamilj- och bosättningskoordinator"@sv ;
                org:postIn ?project .
            ?project a sam:Project .
            ?m1 org:member <kommun/0125> ; org:organization ?project ; org:role <roll/part> .
            ?m2 org:member ?civil ; org:organization ?project ; org:role <roll/part> .
            ?civil a sam:CivilSocietyGroup .
            ?m3 org:member ?project ; org:organization <{OAR}> }} }}""",
    )
    assert len(rows) == 1


def test_receiving_social_worker(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ ?post a org:Post ; org:postIn <kommun/0125> ;
            rdfs:label "mottagande socialsekreterare"@sv ; sam:evidence ?e }} }}""",
    )


def test_samverkansorganet_survey_and_model(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?wgstart ?surveystart WHERE {{ GRAPH <{DOC}> {{
            ?wg a sam:WorkingGroup ; rdfs:label "Samverkansorganet"@sv ;
                sam:hostedBy <kommun/0125> ; schema:startDate ?wgstart .
            ?survey a sam:Survey ; schema:startDate ?surveystart .
            ?model a sam:CollaborationModel ; prov:wasDerivedFrom ?survey ;
                prov:wasAttributedTo ?wg }} }}""",
    )
    assert rows == [{"wgstart": "2017", "surveystart": "2017"}]


def test_idelabbet_2018_under_ekero_culture_and_leisure(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?start WHERE {{ GRAPH <{DOC}> {{
            <initiativ/idelabbet> a sam:Initiative ; schema:startDate ?start ;
                sam:hostedBy <{KOF}> ; sam:targetGroup <malgrupp/ungdomar> .
            <{KOF}> a sam:Department ; org:unitOf <kommun/0125> }} }}""",
    )
    assert [r["start"] for r in rows] == ["2018"]
    # Ekerö's department, not Lund's.
    assert not ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ ?x ?p <kommun/1281/kultur-och-fritidsforvaltningen> }} }}""",
    )


def test_people_and_posts(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?name ?label ?unit WHERE {{ GRAPH <{DOC}> {{
            ?post org:heldBy ?p ; rdfs:label ?label ; org:postIn ?unit .
            ?p a foaf:Person ; foaf:name ?name .
            FILTER(LANG(?label) = "sv") }} }} ORDER BY ?name""",
    )
    assert [(r["name"], r["label"].split(",")[0]) for r in rows] == [
        ("Lotta Dahlerus", "utredare"),
        ("Riccard Slettengren Badiali", "utvecklingsledare"),
    ]
    assert rows[1]["unit"].endswith("/kommun/0125")


def test_the_pdf_is_a_publication(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ <{DOC}> dcterms:references ?pdf .
            ?pdf a sam:Publication ; rdfs:label ?l .
            FILTER(STRSTARTS(?l, "Öar i samverkan")) }} }}""",
    )


# --- derived by the reasoner -------------------------------------------------------------


@pytest.mark.parametrize("member", [*GROUPS, "kommun/0125"])
def test_oar_cooperates_with_its_members(built: object, member: str) -> None:
    for x, y in ((member, OAR), (OAR, member)):
        assert ask(built, f"ASK {{ GRAPH <{INFERRED}> {{ <{x}> sam:cooperatesWith <{y}> }} }}")


@pytest.mark.parametrize("group", GROUPS)
def test_associations_cooperate_with_ekero_kommun(built: object, group: str) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{INFERRED}> {{
            <{group}> sam:coMemberOf <kommun/0125> ; sam:cooperatesWith <kommun/0125> }} }}""",
    )


def test_ekero_cooperates_with_the_stockholm_county_board(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{INFERRED}> {{
            <kommun/0125> sam:fundedBy <lansstyrelse/01> ;
                sam:hostsPostFundedBy <lansstyrelse/01> ;
                sam:cooperatesWith <lansstyrelse/01> }} }}""",
    )
