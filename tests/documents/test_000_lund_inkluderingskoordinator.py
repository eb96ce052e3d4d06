"""Document 000 (SKR, Lärande exempel, 2019-04-08): Lund's inclusion coordinator.

Written from reading the text: development funds from Länsstyrelsen Skåne in 2017 for a
long-term model of collaboration with civil society, implemented in 2018; a survey among
associations and newcomers; the inclusion-coordinator post, placed in kultur- och
fritidsförvaltningen, co-funded by socialförvaltningen and held by Oliwer Karlsson; the
collaboration with föreningslivet; period "2017 - pågående".
"""

from __future__ import annotations

from sparqlhelpers import ask, select

DOC = "https://w3id.org/samverkan/id/dokument/000_1c1bf7a317be8ad1"
DATE = "2019-04-08"


def test_skr_is_the_municipal_association(built: object) -> None:
    assert ask(
        built,
        """ASK { <org/skr> a sam:MunicipalAssociation ;
            rdfs:label "Sveriges Kommuner och Regioner (SKR)"@sv }""",
    )


def test_county_board_funds_the_development_work_in_2017(built: object) -> None:
    rows = select(
        built,
        """SELECT ?funding ?item ?start WHERE {
            ?funding a sam:Funding ; sam:funder <lansstyrelse/12> ; sam:recipient <kommun/1281> ;
                sam:fundedItem ?item ; sam:fundingScheme <finansieringsform/utvecklingsmedel> ;
                schema:startDate ?start . }""",
    )
    assert len(rows) == 1
    assert rows[0]["start"] == "2017"
    item = rows[0]["item"]
    # The funded work started in 2017, is ongoing as of the page's date, and produced the model.
    assert ask(
        built,
        f"""ASK {{ <{item}> a sam:Initiative ; sam:hostedBy <kommun/1281> ;
            schema:startDate "2017"^^xsd:gYear ; sam:ongoingAsOf "{DATE}"^^xsd:date ;
            sam:targetGroup <malgrupp/nyanlanda> , <malgrupp/asylsokande> ;
            prov:generated ?model .
            ?model a sam:CollaborationModel ; schema:startDate "2018"^^xsd:gYear ;
                sam:theme <tema/samverkan-civilsamhalle> . }}""",
    )


def test_lansstyrelsen_is_skane_not_another_county(built: object) -> None:
    assert not ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ ?f sam:funder ?board }}
            FILTER(?board != <lansstyrelse/12>
                && STRSTARTS(STR(?board), STR(<lansstyrelse/>))) }}""",
    )


def test_survey_among_associations_and_newcomers(built: object) -> None:
    rows = select(
        built,
        """SELECT ?survey ?description WHERE {
            ?work sam:fundedThrough ?f ; prov:wasInformedBy ?survey .
            ?f sam:funder <lansstyrelse/12> .
            ?survey a sam:Survey ;
                sam:targetGroup <malgrupp/foreningslivet> , <malgrupp/nyanlanda> ;
                dcterms:description ?description .
            FILTER(LANG(?description) = "sv") }""",
    )
    assert len(rows) == 1
    assert "kontaktperson" in rows[0]["description"]


def test_inclusion_coordinator_post(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{
            <kommun/1281/tjanst/inkluderingskoordinator> a sam:CoordinatorPost ;
                org:postIn <kommun/1281/kultur-och-fritidsforvaltningen> ;
                org:heldBy ?person ; schema:startDate "2018"^^xsd:gYear ;
                sam:ongoingAsOf "{DATE}"^^xsd:date ; sam:targetGroup <malgrupp/nyanlanda> ;
                prov:wasDerivedFrom ?model .
            ?model a sam:CollaborationModel .
            ?person a foaf:Person ; foaf:name "Oliwer Karlsson" .
            <kommun/1281/kultur-och-fritidsforvaltningen> a sam:Department ;
                org:unitOf <kommun/1281> ;
                rdfs:label "kultur- och fritidsförvaltningen"@sv . }} }}""",
    )


def test_post_is_co_funded_by_social_services_not_employed_there(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?funding WHERE {{ GRAPH <{DOC}> {{
            ?funding a sam:Funding ; sam:funder <kommun/1281/socialforvaltningen> ;
                sam:fundedItem <kommun/1281/tjanst/inkluderingskoordinator> ;
                sam:fundingScheme <finansieringsform/samfinansiering> ;
                sam:ongoingAsOf "{DATE}"^^xsd:date . }} }}""",
    )
    assert len(rows) == 1
    assert ask(
        built,
        """ASK { <kommun/1281/socialforvaltningen> a sam:Department ; org:unitOf <kommun/1281> }""",
    )
    assert not ask(
        built,
        """ASK { <kommun/1281/tjanst/inkluderingskoordinator> org:postIn
            <kommun/1281/socialforvaltningen> }""",
    )
    # Derived by the reasoner: the hosting department and the co-funder cooperate.
    assert ask(
        built,
        """ASK { <kommun/1281/kultur-och-fritidsforvaltningen> sam:hostsPostFundedBy
            <kommun/1281/socialforvaltningen> }""",
    )


def test_collaboration_with_foreningslivet_and_roles(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?member ?role WHERE {{ GRAPH <{DOC}> {{
            ?c a sam:Collaboration ; sam:ongoingAsOf "{DATE}"^^xsd:date .
            ?m a org:Membership ; org:organization ?c ; org:member ?member ; org:role ?role . }}
            <kommun/1281/grupp/foreningslivet> a sam:CivilSocietyGroup . }}""",
    )
    roles = {(r["member"].rsplit("id/", 1)[1], r["role"].rsplit("/", 1)[1]) for r in rows}
    assert roles == {
        ("kommun/1281", "part"),
        ("kommun/1281/grupp/foreningslivet", "part"),
        ("kommun/1281/tjanst/inkluderingskoordinator", "samordnare"),
    }
    assert ask(built, "ASK { <kommun/1281> sam:cooperatesWith <kommun/1281/grupp/foreningslivet> }")


def test_activities_of_the_coordinator(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?type WHERE {{ GRAPH <{DOC}> {{
            ?a a sam:Activity ; sam:activityType ?type ;
                prov:wasAssociatedWith <kommun/1281/tjanst/inkluderingskoordinator> ;
                sam:ongoingAsOf "{DATE}"^^xsd:date . }} }}""",
    )
    assert {r["type"].rsplit("/", 1)[1] for r in rows} == {"foreningstraff", "projektansokan"}


def test_planned_broadening_of_the_post(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{ ?plan a sam:Plan ;
            dcterms:subject <kommun/1281/tjanst/inkluderingskoordinator> }} }}""",
    )


def test_funding_evidence_lies_in_the_documents_own_graph(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?exact ?start ?end WHERE {{ GRAPH <{DOC}> {{
            ?funding sam:funder <lansstyrelse/12> ; sam:evidence ?a .
            ?a a oa:Annotation ; oa:hasTarget ?t .
            ?t oa:hasSource <{DOC}> ; oa:hasSelector ?q , ?p .
            ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end . }} }}""",
    )
    assert any("utvecklingsmedel från länsstyrelsen" in r["exact"] for r in rows)
