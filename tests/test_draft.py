"""``samverkan draft``: drafts that build, a real scorer, reconciliation, bad input.

The test pages in tests/fixtures/pages are fictional pages of our own in the genre's five
styles, each with the actors and relations a reader finds in it (NAME.expected.ttl).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from samverkan.cli import main
from samverkan.draft import draft_text
from samverkan.draft.reconcile import Index, index_graphs
from samverkan.draft.score import Facts, facts, score
from samverkan.draft.turtle import to_turtle
from samverkan.load import load_reference, parse_turtle
from samverkan.namespaces import ID, SAM
from testpaths import FIXTURES, ROOT

PAGES = FIXTURES / "pages"
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"0\d{1,3} ?[-–] ?\d{2,3} ?\d{2} ?\d{2}")


@pytest.fixture(scope="module")
def index() -> Index:
    return index_graphs(parse_turtle(p) for p in sorted((ROOT / "graph").glob("*.ttl")))


@pytest.fixture(scope="module")
def page_drafts(index: Index) -> dict[str, str]:
    return {
        p.stem: to_turtle(
            draft_text(p.read_text(encoding="utf-8"), p.name, index), p.read_text(encoding="utf-8")
        )
        for p in sorted(PAGES.glob("*.txt"))
    }


def test_there_are_five_pages_in_the_genres_styles() -> None:
    pages = sorted(PAGES.glob("*.txt"))
    assert len(pages) >= 5
    assert all(p.with_suffix(".expected.ttl").is_file() for p in pages)


def test_drafts_of_the_test_pages_build_cleanly(
    page_drafts: dict[str, str], tmp_path: Path
) -> None:
    from samverkan.build import build

    graph, corpus = tmp_path / "graph", tmp_path / "corpus"
    graph.mkdir()
    corpus.mkdir()
    for stem, turtle in page_drafts.items():
        (graph / f"{stem}.ttl").write_text(turtle, encoding="utf-8")
        shutil.copy(PAGES / f"{stem}.txt", corpus)
    report = build(graph, corpus, tmp_path / "out", views=False)
    quotes = sum(t.count("a oa:Annotation") for t in page_drafts.values())
    assert sum(report.evidence.values()) == quotes > 50
    marked = sum(t.count('\n    sam:reviewStatus "draft"') for t in page_drafts.values())
    assert report.drafts == marked > 0
    assert '"unreviewed": ' + str(marked) in (tmp_path / "out" / "report.json").read_text()


def test_every_quote_is_the_text_at_its_offsets(page_drafts: dict[str, str]) -> None:
    from samverkan.evidence import quotes

    for stem, turtle in page_drafts.items():
        text = (PAGES / f"{stem}.txt").read_text(encoding="utf-8")
        found = quotes(Graph().parse(data=turtle, format="turtle"))
        assert found
        for q in found:
            assert text[q.start : q.end] == q.exact
            assert 0 < len(q.exact) <= 200


def test_no_phone_number_or_email_in_any_draft(page_drafts: dict[str, str]) -> None:
    for stem, turtle in page_drafts.items():
        text = (PAGES / f"{stem}.txt").read_text(encoding="utf-8")
        assert EMAIL.search(text) or PHONE.search(text) or stem.startswith(("04", "05"))
        assert not EMAIL.search(turtle), stem
        assert not PHONE.search(turtle), stem
        g = Graph().parse(data=turtle, format="turtle")
        for person in g.subjects(RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person")):
            props = {p for p, _ in g.predicate_objects(person)}
            assert {str(p).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for p in props} <= {
                "type",
                "name",
                "label",
                "evidence",
                "reviewStatus",
            }


def test_the_contact_block_gives_name_and_post(index: Index) -> None:
    text = (PAGES / "03_eu_projekt_trollhattan.txt").read_text(encoding="utf-8")
    draft = draft_text(text, "x.txt", index)
    post = draft.actors["kommun/1488/tjanst/projektledare-for-vagen"]
    assert post.holder == "person/lina-ek"


def test_reconciliation_keeps_iris_and_recognises_the_forms_texts_use(index: Index) -> None:
    text = (
        "Publicerad 1 mars 2020\n\nNytt samarbete i Lund\n\n"
        "Lunds stad och Region Skåne har fått medel från Länsstyrelsen Skåne. "
        "I Lund arbetar kultur- och fritidsförvaltningen i samverkan med Röda Korset. "
        "Det säger Eva Ström, inkluderingskoordinator i Lunds kommun.\n"
    )
    draft = draft_text(text, "lund.txt", index)
    assert "kommun/1281" in draft.actors
    assert draft.actors["kommun/1281"].reference
    # the department and the post of the curated graph keep their IRIs and labels
    unit = draft.actors["kommun/1281/kultur-och-fritidsforvaltningen"]
    assert unit.known and unit.label_en == "Culture and Leisure Department"
    assert draft.actors["kommun/1281/tjanst/inkluderingskoordinator"].known
    assert "lansstyrelse/12" in draft.actors
    # "Region Skåne" is not a municipality but the region (reference data, never minted);
    # Skåne names no municipality
    assert [a for a in draft.actors if re.fullmatch(r"kommun/\d{4}", a)] == ["kommun/1281"]
    assert draft.actors["region/12"].cls == "sam:Region" and draft.actors["region/12"].reference
    funding = next(r for r in draft.relations if r.kind == "funding")
    assert (funding.funder, funding.recipients) == (
        "lansstyrelse/12",
        ["kommun/1281", "region/12"],
    )


def test_a_bare_lansstyrelsen_is_the_board_of_the_pages_county() -> None:
    text = (
        "Publicerad 1 mars 2020\n\nEtt nytt nätverk på Ekerö\n\n"
        "Ekerö kommun fick medel från Länsstyrelsen för att starta nätverket.\n"
    )
    draft = draft_text(text, "ekero.txt", Index())
    funding = next(r for r in draft.relations if r.kind == "funding")
    assert funding.funder == "lansstyrelse/01"
    assert "lansstyrelse/12" not in draft.actors


def test_a_surname_is_not_a_municipality() -> None:
    text = (
        "Publicerad 1 mars 2020\n\nSamverkan i Lund\n\n"
        "Det säger Anna Berg, integrationssamordnare i Lunds kommun.\n"
    )
    draft = draft_text(text, "berg.txt", Index())
    assert "kommun/2326" not in draft.actors  # Berg
    assert "person/anna-berg" in draft.actors


def _all_drafts(page_drafts: dict[str, str], corpus_dir: Path) -> dict[str, str]:
    graphs = {p.stem: parse_turtle(p) for p in sorted((ROOT / "graph").glob("*.ttl"))}
    drafts = dict(page_drafts)
    for stem in graphs:
        text = (corpus_dir / f"{stem}.txt").read_text(encoding="utf-8")
        index = index_graphs(g for s, g in graphs.items() if s != stem)
        drafts[stem] = to_turtle(draft_text(text, f"{stem}.txt", index), text)
    return drafts


def test_a_municipality_is_never_minted(page_drafts: dict[str, str], corpus_dir: Path) -> None:
    reference = load_reference()
    municipalities = set(reference.subjects(RDF.type, SAM.Municipality))
    for stem, turtle in _all_drafts(page_drafts, corpus_dir).items():
        g = Graph().parse(data=turtle, format="turtle")
        assert not set(g.subjects(RDF.type, SAM.Municipality)), stem
        for node in set(g.subjects()) | set(g.objects()):
            if isinstance(node, URIRef) and re.fullmatch(str(ID) + r"kommun/\d{4}", str(node)):
                assert node in municipalities, (stem, node)
                assert (node, None, None) not in g, (stem, node)


def test_scorer_on_a_hand_example() -> None:
    """Counted by hand: 3 of 4 drafted actors are right (one by label only), 2 of 3 relations."""
    gold = Graph().parse(
        format="turtle",
        data="""
        @base <https://w3id.org/samverkan/id/> .
        @prefix sam: <https://w3id.org/samverkan/ontology#> .
        @prefix org: <http://www.w3.org/ns/org#> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <org/rk> a sam:CivilSocietyOrganization ; rdfs:label "Röda Korset"@sv .
        <kommun/1281/x> a sam:Department ; rdfs:label "x-förvaltningen"@sv ;
            org:unitOf <kommun/1281> .
        <kommun/1281/tjanst/p> a org:Post ; rdfs:label "p"@sv ; org:postIn <kommun/1281/x> ;
            org:heldBy <person/a> .
        <person/a> a foaf:Person ; rdfs:label "A"@sv .
        <c> a sam:Collaboration .
        <m1> a org:Membership ; org:member <kommun/1281> ; org:organization <c> .
        <m2> a org:Membership ; org:member <org/rk> ; org:organization <c> .
    """,
    )
    draft = Graph().parse(
        format="turtle",
        data="""
        @base <https://w3id.org/samverkan/id/> .
        @prefix sam: <https://w3id.org/samverkan/ontology#> .
        @prefix org: <http://www.w3.org/ns/org#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <org/roda-korset> a sam:CivilSocietyOrganization ; rdfs:label "Röda korset"@sv .
        <kommun/1281/x> a sam:Department ; rdfs:label "x-förvaltningen"@sv ;
            org:unitOf <kommun/1281> .
        <org/fel> a sam:StateAgency ; rdfs:label "Fel"@sv .
        <d> a sam:Collaboration .
        <n1> a org:Membership ; org:member <org/roda-korset> ; org:organization <d> .
        <n2> a org:Membership ; org:member <kommun/1281> ; org:organization <d> .
        <n3> a org:Membership ; org:member <org/fel> ; org:organization <d> .
    """,
    )
    reference = load_reference()
    expected, predicted = facts(gold, reference), facts(draft, reference)
    assert len(expected.actors) == 5 and len(expected.relations) == 4
    actors, relations = score(predicted, expected)
    # actors: kommun/1281 (IRI), kommun/1281/x (IRI), org/roda-korset (label) right; org/fel wrong
    assert (actors.true_positives, actors.predicted, actors.expected) == (3, 4, 5)
    # relations: unit x->1281 and partner 1281-rk right; the two partner pairs with org/fel wrong
    assert (relations.true_positives, relations.predicted, relations.expected) == (2, 4, 4)
    assert relations.precision == 0.5 and actors.recall == 0.6


def test_scores_meet_the_targets(corpus_dir: Path, capsys: pytest.CaptureFixture) -> None:
    from samverkan.draft.evaluate import evaluate_corpus, evaluate_pages
    from samverkan.draft.score import Score

    for rows in (evaluate_corpus(corpus_dir), evaluate_pages(PAGES)):
        actors = sum((r.actors for r in rows), Score(0, 0, 0))
        relations = sum((r.relations for r in rows), Score(0, 0, 0))
        assert actors.recall >= 0.9 and actors.precision >= 0.8
        assert relations.recall >= 0.6
    assert main(["draft", "--evaluate", "--corpus", str(corpus_dir)]) == 0
    out = capsys.readouterr().out
    assert "| **total** |" in out and out.count("| 00") == 5


def _run(args: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str]:
    status = main(args)
    err = capsys.readouterr().err
    return status, err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        (
            "english.txt",
            b"The municipality of Lund and the county board work together "
            b"with local associations on the reception of newly arrived refugees.\n" * 3,
            "does not look Swedish",
        ),
        (
            "nothing.txt",
            "Publicerad 8 april 2019\n\nOm oss\n\nDet här är en text som inte "
            "handlar om något särskilt, och den nämner ingen som gör något.\n".encode(),
            "no actor",
        ),
        ("huge.txt", ("Lunds kommun samverkar med föreningar. " * 140_000).encode(), "characters"),
    ],
)
def test_bad_input_gives_one_clear_message(
    name: str, content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    target = tmp_path / "draft.ttl"
    status, err = _run(["draft", str(source), "--file", str(target)], capsys)
    assert status == 1
    assert err.startswith("samverkan: error: ") and err.count("\n") == 1, err
    assert str(source) in err and message in err
    assert "Traceback" not in err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [source]


def test_the_command_writes_a_draft(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "sub" / "02_nyhet_borlange.ttl"
    status = main(
        [
            "draft",
            str(PAGES / "02_nyhet_borlange.txt"),
            "--file",
            str(target),
            "--out",
            str(tmp_path / "no-build"),
        ]
    )
    assert status == 0
    assert target.is_file()
    assert "Drafted" in capsys.readouterr().out
    g = parse_turtle(target)
    assert (URIRef(str(ID) + "dokument/02_nyhet_borlange"), RDF.type, SAM.SourceDocument) in g


def test_facts_of_an_empty_graph_are_empty() -> None:
    assert facts(Graph()) == Facts()


def test_a_county_board_decision_gives_funder_recipient_and_amount(index: Index) -> None:
    text = (PAGES / "04_beslut_lansstyrelsen_vasterbotten.txt").read_text(encoding="utf-8")
    draft = draft_text(text, "x.txt", index)
    grants = {
        tuple(r.recipients): (r.funder, r.amount) for r in draft.relations if r.kind == "funding"
    }
    assert grants == {
        ("kommun/2480",): ("lansstyrelse/24", 850_000),
        ("kommun/2482",): ("lansstyrelse/24", 420_000),
        ("kommun/2481",): ("lansstyrelse/24", 300_000),
    }
    # the officers who signed the decision hold posts at the board
    assert draft.actors["lansstyrelse/24/tjanst/enhetschef"].holder == "person/maria-nystrom"


def _readme_rows(command: str) -> list[list[float]]:
    """The four figures (actors P, R, relations P, R) of every row for ``command`` in the
    README's summary and in the full record, ``docs/drafter.md``."""
    rows = []
    for path in (ROOT / "README.md", ROOT / "docs" / "drafter.md"):
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        for line in text.splitlines():
            if f"| `{command}` |" in line:
                figures = re.findall(r"\| (\d\.\d\d) \(\d+/\d+\)", line)[:4]
                if len(figures) == 4:  # a row of the main tables (other tables compare)
                    rows.append([float(x) for x in figures])
    return rows


@pytest.mark.parametrize(
    "command",
    [
        "samverkan draft --evaluate",
        "samverkan draft --evaluate --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages",
        "samverkan draft --evaluate --pages tests/fixtures/pages --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-heldout",
        "samverkan draft --evaluate --pages tests/fixtures/pages-heldout --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round7",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round7 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round8 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round8/",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round8/ --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round9",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round9 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round10",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round10 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round11",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round11 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round12",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round12 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round13",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round13 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round14",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round14 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round15",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round15 --no-model",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round16",
        "samverkan draft --evaluate --pages tests/fixtures/pages-round16 --no-model",
    ],
)
def test_figures_are_at_least_the_readmes(command: str, corpus_dir: Path) -> None:
    """A change of the rules that loses ground on the fitted texts fails here (with the name
    model and the party model, as ``samverkan draft --evaluate`` measures by default, and with
    ``--no-model``, the rules alone)."""
    from samverkan.draft.evaluate import evaluate_corpus, evaluate_pages
    from samverkan.draft.score import Score

    model = "--no-model" not in command  # the party model goes with the name model
    words = command.split()
    pages = ROOT / words[words.index("--pages") + 1] if "--pages" in words else None
    rows = (
        evaluate_pages(pages, model=model, party=model)
        if pages
        else evaluate_corpus(corpus_dir, model=model, party=model)
    )
    actors = sum((r.actors for r in rows), Score(0, 0, 0))
    relations = sum((r.relations for r in rows), Score(0, 0, 0))
    measured = [actors.precision, actors.recall, relations.precision, relations.recall]
    rows = _readme_rows(command)
    assert rows
    for row in rows:
        assert all(round(m, 2) >= r for m, r in zip(measured, row, strict=True)), (measured, row)


def test_every_key_declares_the_actors_its_relations_name() -> None:
    """The scorer counts only actors a key declares (or the reference data holds), so an
    actor named in a membership, a grant or a support but declared nowhere drops its
    relations from what is expected (rounds 67, 82 and 84 named Arbetsförmedlingen that
    way until 2026-12-05). A parent named only by ``org:unitOf`` may stay undeclared: a
    key may leave out an agency the page does not name apart."""
    from samverkan.namespaces import ORG

    reference = load_reference()
    known = set(reference.subjects(RDF.type, None))
    roles = (ORG.member, SAM.funder, SAM.supporter, ORG.postIn, ORG.heldBy)
    undeclared = []
    for key in sorted(FIXTURES.glob("pages*/*.expected.ttl")):
        graph = parse_turtle(key)
        declared = known | set(graph.subjects(RDF.type, None))
        for role in roles:
            for node in graph.objects(None, role):
                if isinstance(node, URIRef) and node not in declared:
                    undeclared.append(f"{key.parent.name}/{key.name}: {node}")
    assert undeclared == []
