"""Document 001 (SKR, Lärande exempel, 2019-04-08): Lund's municipality-wide action plan.

Written from reading the text: a needs analysis in 2016 before the Settlement Act; five
cross-departmental working groups (housing provision; labour market and skills supply;
education from preschool to adult education; communication; funding) that took part in
producing the action plan for the reception and establishment of newcomers; kommunkontoret
with the coordinating remit; Magdalena Titze, refugee-affairs coordinator; a unified housing
organisation and the inclusion-coordinator post as outcomes; needs for collaboration with
associations and Arbetsförmedlingen; period "2016 - pågående".
"""

from __future__ import annotations

from sparqlhelpers import ask, select

DOC = "https://w3id.org/samverkan/id/dokument/001_897b9f3742f7adc5"
DOC_000 = "https://w3id.org/samverkan/id/dokument/000_1c1bf7a317be8ad1"
DATE = "2019-04-08"
GROUP = "https://w3id.org/samverkan/id/initiativ/lund-handlingsplan/arbetsgrupp/"


THEMES = {
    "bostadsforsorjning": "bostadsforsorjning",
    "arbetsmarknad-och-kompetensforsorjning": "arbetsmarknad",
    "utbildning-fran-forskola-till-komvux": "utbildning",
    "kommunikation": "kommunikation",
    "finansiering": "finansiering",
}


def test_action_plan_for_reception_and_establishment(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{
            <initiativ/lund-handlingsplan> a sam:Plan ; sam:hostedBy <kommun/1281> ;
                sam:targetGroup <malgrupp/nyanlanda> ;
                sam:theme <tema/mottagande> , <tema/etablering> .
            ?work a sam:Initiative ; prov:generated <initiativ/lund-handlingsplan> ;
                prov:wasInformedBy ?analysis ;
                schema:startDate "2016"^^xsd:gYear ; sam:ongoingAsOf "{DATE}"^^xsd:date .
            ?analysis a sam:Survey ; schema:startDate "2016"^^xsd:gYear ;
                sam:hostedBy <kommun/1281> . }} }}""",
    )


def test_five_working_groups_with_their_themes(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?group ?theme WHERE {{ GRAPH <{DOC}> {{
            ?group a sam:WorkingGroup ; sam:theme ?theme ; sam:hostedBy <kommun/1281> ;
                sam:ongoingAsOf "{DATE}"^^xsd:date .
            ?work prov:generated <initiativ/lund-handlingsplan> ;
                prov:wasAssociatedWith ?group . }} }}""",
    )
    found = {r["group"].removeprefix(GROUP): r["theme"].rsplit("/", 1)[1] for r in rows}
    assert found == THEMES
    labels = select(
        built,
        f"""SELECT ?label WHERE {{ GRAPH <{DOC}> {{ ?g a sam:WorkingGroup ; rdfs:label ?label
            FILTER(LANG(?label) = "sv") }} }}""",
    )
    assert any("Utbildning – från förskola till komvux".lower() in r["label"] for r in labels)


def test_members_and_the_coordinating_central_administration(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?group ?member ?role WHERE {{ GRAPH <{DOC}> {{
            ?m a org:Membership ; org:organization ?group ; org:member ?member ; org:role ?role ;
                sam:ongoingAsOf "{DATE}"^^xsd:date .
            ?group a sam:WorkingGroup . }} }}""",
    )
    pairs = {
        (
            r["group"].removeprefix(GROUP),
            r["member"].rsplit("id/", 1)[1],
            r["role"].rsplit("/", 1)[1],
        )
        for r in rows
    }
    expected = {(g, "kommun/1281", "medlem") for g in THEMES} | {
        (g, "kommun/1281/kommunkontoret", "samordnare") for g in THEMES
    }
    assert pairs == expected
    assert ask(
        built,
        """ASK { <kommun/1281/kommunkontoret> a sam:CentralAdministration ;
            org:unitOf <kommun/1281> ; rdfs:label "kommunkontoret"@sv }""",
    )


def test_no_invented_departments(built: object) -> None:
    """The text names no unit besides kommunkontoret and the housing organisation."""
    rows = select(
        built,
        f"""SELECT ?d WHERE {{ GRAPH <{DOC}> {{ ?d a ?c
            VALUES ?c {{ sam:Department sam:MunicipalUnit sam:CentralAdministration }} }} }}""",
    )
    units = {r["d"].rsplit("/", 1)[1] for r in rows}
    assert units == {"samlad-bostadsorganisation", "kommunkontoret"}


def test_refugee_affairs_coordinator(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{
            <kommun/1281/tjanst/samordnare-for-flyktingfragor> a sam:CoordinatorPost ;
                rdfs:label "samordnare för flyktingfrågor"@sv ;
                org:postIn <kommun/1281> ; org:heldBy ?p .
            ?p a foaf:Person ; foaf:name "Magdalena Titze" . }} }}""",
    )


def test_outcomes_housing_organisation_and_inclusion_coordinator(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{
            <kommun/1281/samlad-bostadsorganisation> org:unitOf <kommun/1281> ;
                sam:theme <tema/bostadsforsorjning> ;
                prov:wasDerivedFrom <initiativ/lund-handlingsplan> .
            <kommun/1281/tjanst/inkluderingskoordinator> a sam:CoordinatorPost ;
                sam:theme <tema/fritid> ;
                prov:wasDerivedFrom <initiativ/lund-handlingsplan> .
            ?plan a sam:Plan ; dcterms:subject <kommun/1281/tjanst/inkluderingskoordinator> ;
                sam:targetGroup <malgrupp/utsatta-grupper> . }} }}""",
    )


def test_inclusion_coordinator_is_one_post_across_documents(built: object) -> None:
    """Same IRI in 000 and 001: the union knows both its unit (000) and its remit (001)."""
    rows = select(
        built,
        """SELECT DISTINCT ?g WHERE { GRAPH ?g {
            <kommun/1281/tjanst/inkluderingskoordinator> a sam:CoordinatorPost } }""",
    )
    assert {r["g"] for r in rows} >= {DOC, DOC_000}
    assert ask(
        built,
        """ASK { <kommun/1281/tjanst/inkluderingskoordinator>
            org:postIn <kommun/1281/kultur-och-fritidsforvaltningen> ; sam:theme <tema/fritid> }""",
    )


def test_collaboration_needs_with_associations_and_arbetsformedlingen(built: object) -> None:
    assert ask(
        built,
        f"""ASK {{ GRAPH <{DOC}> {{
            ?analysis a sam:Survey ;
                dcterms:subject <org/arbetsformedlingen> , <kommun/1281/grupp/foreningslivet> .
            <org/arbetsformedlingen> a sam:StateAgency . }} }}""",
    )
    # A need is not a collaboration: no stated membership of Arbetsförmedlingen.
    assert not ask(built, f"ASK {{ GRAPH <{DOC}> {{ ?m org:member <org/arbetsformedlingen> }} }}")


def test_dialogue_with_foreningslivet(built: object) -> None:
    rows = select(
        built,
        f"""SELECT ?member WHERE {{ GRAPH <{DOC}> {{
            ?m org:organization <initiativ/lund-samverkan-foreningslivet> ; org:member ?member ;
                org:role <roll/part> . }} }}""",
    )
    assert {r["member"].rsplit("id/", 1)[1] for r in rows} == {
        "kommun/1281",
        "kommun/1281/grupp/foreningslivet",
    }


def test_coordination_evidence_lies_in_the_documents_own_graph(built: object) -> None:
    rows = select(
        built,
        f"""SELECT DISTINCT ?exact WHERE {{ GRAPH <{DOC}> {{
            ?m org:member <kommun/1281/kommunkontoret> ; org:role <roll/samordnare> ;
                sam:evidence ?a .
            ?a a oa:Annotation ; oa:hasTarget ?t .
            ?t oa:hasSource <{DOC}> ; oa:hasSelector ?q . ?q oa:exact ?exact . }} }}""",
    )
    assert any("kommunkontoret, har ett samordnande uppdrag" in r["exact"] for r in rows)
