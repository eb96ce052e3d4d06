"""The drafter's party model: which organisations it joins to a drafted collaboration, how
it quotes them, what it leaves alone, how it is trained, and that it is on by default.

The model (``src/samverkan/draft/party_model.json``) is trained by ``python -m
samverkan.draft.train_party`` on the annotated test pages. These tests use pages of our own:
a party told in the paragraph after the collaboration's sentence is joined with its own
quote; a county board that only funds the work, a post and a person are not; what it joins
is marked for review and passes ``samverkan check``; its features keep no names; a model
trained on pages of our own learns what makes a party; training is deterministic; and a bad
model file is one clear error.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from samverkan.draft import draft_text
from samverkan.draft.model import Actor, Draft, Relation
from samverkan.draft.nlp import parse
from samverkan.draft.partymodel import (
    MODEL_FILE,
    _Page,
    _span_sentences,
    add_parties,
    features,
    load,
    pairs,
)
from samverkan.draft.reconcile import Index
from samverkan.draft.relmodel import key
from samverkan.draft.turtle import to_turtle
from samverkan.errors import SamverkanError

# a page of our own: the rules draft the library and the study association as partners
# ("samarbetar kring"); the association that runs the homework help is told in the next
# paragraph, by what it does; the county board only funds it
PAGE = (
    "Publicerad 12 maj 2022\n\n"
    "Läxhjälp på biblioteket i Gnesta\n\n"
    "Gnesta kommun och Studieförbundet Vuxenskolan samarbetar kring läxhjälpen på "
    "biblioteket, som startade i höstas.\n\n"
    "Föreningen Framsteg står för de volontärer som hjälper eleverna varje tisdag och "
    "torsdag. Många av dem är studenter.\n\n"
    "Länsstyrelsen i Södermanlands län finansierar läxhjälpen med 200 000 kronor under 2022.\n"
)
JOINED_SENTENCE = (
    "Föreningen Framsteg står för de volontärer som hjälper eleverna varje tisdag och torsdag."
)


def _collaborations(draft: Draft) -> list[Relation]:
    return [r for r in draft.relations if r.kind == "collaboration"]


def test_the_model_is_small_json_package_data_and_keeps_no_words() -> None:
    import samverkan

    assert MODEL_FILE.is_relative_to(Path(samverkan.__file__).resolve().parent)
    assert 10_000 < MODEL_FILE.stat().st_size < 1_000_000
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert 0 < data["threshold"] < 1 and data["positives"] < data["examples"]
    # features are stored as hashes: no name, e-mail address or phone number of a page
    assert all(re.fullmatch(r"[0-9a-f]{12}", k) for k in data["features"])


def test_a_party_told_by_what_it_does_is_joined_with_its_own_quote() -> None:
    rules = draft_text(PAGE, "x.txt", Index(), model=True)
    both = draft_text(PAGE, "x.txt", Index(), model=True, party=True)
    (before,) = _collaborations(rules)
    (after,) = _collaborations(both)
    assert "org/foreningen-framsteg" not in before.members  # the rules leave it out
    assert "org/foreningen-framsteg" in after.members
    assert set(before.members) < set(after.members)  # nothing the rules drafted is lost
    start, end = after.member_spans["org/foreningen-framsteg"]
    assert PAGE[start:end] == JOINED_SENTENCE
    # a county board that funds the work is its funder, not a party
    assert "lansstyrelse/04" not in after.members
    assert [(r.funder, r.recipients) for r in both.relations if r.kind == "funding"] == [
        ("lansstyrelse/04", ["kommun/0461"])
    ]
    # the joined membership quotes the collaboration's sentence and its own, for review
    turtle = to_turtle(both, PAGE)
    block = turtle[turtle.index("org:member <org/foreningen-framsteg>") :].split(" .\n", 1)[0]
    assert block.count("/belagg/") == 2 and 'sam:reviewStatus "draft"' in block
    assert f'oa:exact "{JOINED_SENTENCE}"' in turtle
    assert f"oa:start {start} ; oa:end {end}" in turtle


def test_the_joined_draft_passes_check(tmp_path: Path) -> None:
    from samverkan.check import check_file

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gnesta.txt").write_text(PAGE, encoding="utf-8")
    from samverkan.draft import draft_file

    target = tmp_path / "gnesta.ttl"  # the file name the draft's sam:fileName wants
    draft_file(corpus / "gnesta.txt", Index(), target, model=True, party=True)
    assert "org:member <org/foreningen-framsteg>" in target.read_text(encoding="utf-8")
    report = check_file(target, corpus=corpus, build=tmp_path / "no-build")
    assert report.errors == [], report.errors
    assert report.quotes > 0  # the quotes verified against the text, the joined one too


def _page(text: str, actors: dict[str, tuple[str, str]], rel_members: list[str]):
    """A parsed text, its found actors (IRI -> (class, label), each mention found by its
    label) and a draft with one collaboration of ``rel_members`` quoting the first line."""
    from samverkan.draft.actors import Found

    doc = parse(text)
    found = Found()
    for iri, (cls, label) in actors.items():
        found.actors[iri] = Actor(iri, cls, label, "")
        for m in re.finditer(re.escape(label), text):
            first = next(t.i for t in doc if t.idx >= m.start())
            last = next(t.i for t in doc if t.idx + len(t.text) >= m.end())
            found.at_token[first] = (iri, last + 1)
    draft = Draft("x", "x.txt", "0", actors=found.actors)
    end = text.index("\n")
    draft.relations = [
        Relation("collaboration", (0, end), members=dict.fromkeys(rel_members, "part"))
    ]
    return doc, found, draft


ORG = "sam:CivilSocietyOrganization"


def test_features_read_the_genre_not_the_names() -> None:
    text = (
        "Röda Korset och Rädda Barnen driver språkcaféet.\n"
        "- Röda Korset\n- Rädda Barnen\n- Föreningen Solrosen\n"
        "Föreningen Solrosen bakar kakor till Kvarnbyns språkcafé varje vecka.\n"
    )
    actors = {
        "org/rk": (ORG, "Röda Korset"),
        "org/rb": (ORG, "Rädda Barnen"),
        "org/solrosen": (ORG, "Föreningen Solrosen"),
    }
    doc, found, draft = _page(text, actors, ["org/rk", "org/rb"])
    ((page, index, iri),) = list(pairs(doc, found, draft))
    assert (index, iri) == (0, "org/solrosen")
    names = features(page, found, draft, iri, draft.relations[0])
    # its list line stands next to a party's, and no party shares its sentence
    assert {"line", "listmate", "co:0", "cls:sam:CivilSocietyOrganization"} <= set(names)
    # words of its sentences, in lower case only: "bakar", "kakor", never a name
    assert {"x5:bakar", "x5:kakor"} <= set(names)
    assert not [n for n in names if n.startswith(("x5:", "c5:")) and n[3:4].isupper()]
    assert "x5:kvarn" not in names  # "Kvarnbyns" is a name


def test_the_page_index_gives_each_token_its_line_paragraph_and_sentence() -> None:
    """One pass over the tokens (a page may hold a million characters) gives what a count
    from the start of the text gives, token by token."""
    text = (
        "Rubrik\n\nRöda Korset och ABF driver caféet. Det är öppet.\n"
        "- Röda Korset\n- ABF\n\n\nSista stycket om ABF."
    )
    doc = parse(text)
    page = _Page(doc, _page(text, {}, [])[1])
    for token in doc:
        before = text[: token.idx]
        assert page.line_of[token.i] == before.count("\n")
        assert page.para_of[token.i] == len(re.split(r"\n\n+", before)) - 1
        assert page.sentence_of[token.i] == next(
            n for n, s in enumerate(doc.sents) if s.start <= token.i < s.end
        )
    first = text.index("Röda")
    assert _span_sentences(page, (first, first + 10)) == {page.sentence_of[2]}
    # a span over two sentences overlaps both
    assert len(_span_sentences(page, (first, text.index("öppet") + 3))) == 2


def test_posts_people_and_members_are_never_candidates() -> None:
    text = (
        "Röda Korset och Rädda Barnen driver språkcaféet.\n"
        "Anna Berg, samordnare på Röda Korset, leder kvällarna.\n"
    )
    actors = {
        "org/rk": (ORG, "Röda Korset"),
        "org/rb": (ORG, "Rädda Barnen"),
        "org/rk/tjanst/samordnare": ("sam:CoordinatorPost", "samordnare"),
        "person/anna-berg": ("foaf:Person", "Anna Berg"),
    }
    doc, found, draft = _page(text, actors, ["org/rk", "org/rb"])
    assert list(pairs(doc, found, draft)) == []
    # a model that would join anything joins nothing here
    anything = {"bias": 9, "threshold": 0.1, "features": {}}
    assert add_parties(doc, found, draft, weights=anything) == 0


def test_the_threshold_and_the_best_collaboration_decide() -> None:
    text = (
        "Röda Korset och Rädda Barnen driver språkcaféet.\n"
        "ABF och Svenska kyrkan ordnar läxhjälpen.\n"
        "Föreningen Solrosen bakar kakor till språkcaféet.\n"
    )
    actors = {
        "org/rk": (ORG, "Röda Korset"),
        "org/rb": (ORG, "Rädda Barnen"),
        "org/abf": (ORG, "ABF"),
        "org/sk": (ORG, "Svenska kyrkan"),
        "org/solrosen": (ORG, "Föreningen Solrosen"),
    }
    doc, found, draft = _page(text, actors, ["org/rk", "org/rb"])
    second = text.index("ABF")
    draft.relations.append(
        Relation(
            "collaboration",
            (second, text.index("\n", second)),
            members={"org/abf": "part", "org/sk": "part"},
        )
    )
    page = _Page(doc, found)
    first_f = features(page, found, draft, "org/solrosen", draft.relations[0])
    second_f = features(page, found, draft, "org/solrosen", draft.relations[1])
    # the second collaboration's sentence is nearer (spaCy counts a line break as a sentence
    # of its own: two sentences on, against four)
    assert "gap:2" in second_f and "gap:2" not in first_f and "gap:5" in first_f
    # a weight on what the association does and one on being near: it alone passes 0.5,
    # and only beside the nearer collaboration (the other parties are near, do no baking)
    weights = {
        "bias": -1.5,
        "threshold": 0.5,
        "features": {key("gap:2"): 1.0, key("x5:bakar"): 1.0},
    }
    assert add_parties(doc, found, draft, weights=weights) == 1
    assert "org/solrosen" in draft.relations[1].members
    assert "org/solrosen" not in draft.relations[0].members
    # below the threshold, nothing is joined
    doc, found, draft = _page(text, actors, ["org/rk", "org/rb"])
    assert add_parties(doc, found, draft, weights={**weights, "threshold": 0.9}) == 0


def test_the_party_model_is_on_by_default_in_the_command(tmp_path: Path) -> None:
    from samverkan.cli import main

    source = tmp_path / "gnesta.txt"
    source.write_text(PAGE, encoding="utf-8")
    for extra, joined in (
        ([], True),
        (["--no-party-model"], False),
        (["--no-model"], False),
        (["--no-model", "--party-model"], True),
    ):
        target = tmp_path / f"d{len(extra)}{joined}.ttl"
        assert main(["draft", str(source), "--file", str(target), *extra]) == 0
        text = target.read_text(encoding="utf-8")
        assert ("org:member <org/foreningen-framsteg>" in text) is joined, extra
    # the library call is the rules (and the name model) unless asked
    assert "org/foreningen-framsteg" not in _collaborations(
        draft_text(PAGE, "x.txt", Index(), model=True)
    )[0].members


def test_the_command_takes_another_threshold(tmp_path: Path, capsys) -> None:
    """``--party-threshold P`` replaces the model's own threshold: a model whose every
    probability is one half (no feature, no bias) joins nothing at its threshold of 0.9 and
    joins the association at 0.4; a threshold outside (0, 1) or without the party model is
    one message and exit status 1, no file written."""
    from samverkan.cli import main

    source = tmp_path / "gnesta.txt"
    source.write_text(PAGE, encoding="utf-8")
    half = tmp_path / "half.json"
    half.write_text(json.dumps({"bias": 0.0, "threshold": 0.9, "features": {}}), "utf-8")
    member = "org:member <org/foreningen-framsteg>"
    for extra, joined in (([], False), (["--party-threshold", "0.4"], True)):
        target = tmp_path / f"t{len(extra)}.ttl"
        assert main(["draft", str(source), "--file", str(target), "--party-model", str(half),
                     *extra]) == 0
        assert (member in target.read_text(encoding="utf-8")) is joined, extra
    capsys.readouterr()
    for extra, message in (
        (["--party-threshold", "1.5"], "--party-threshold must lie between 0 and 1, not 1.5"),
        (["--no-model", "--party-threshold", "0.3"], "--party-threshold goes with the party"),
    ):
        target = tmp_path / "bad.ttl"
        assert main(["draft", str(source), "--file", str(target), *extra]) == 1
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err and err.count("\n") == 1
        assert not target.exists()


def _own_pages(root: Path) -> Path:
    """Pages of our own: two associations that work together, a third that does a part of
    the work in the next sentence (a party), and a shop named beside them that is not; the
    page's municipality heads it (a page needs a publisher)."""
    pages = root / "own"
    pages.mkdir()
    names = [
        ("Föreningen Ankaret", "Föreningen Bryggan", "Föreningen Cirkeln", "Dalens Färg AB"),
        ("Föreningen Eken", "Föreningen Fyren", "Föreningen Gläntan", "Hamnens Bok AB"),
        ("Föreningen Ikaros", "Föreningen Jollen", "Föreningen Kompassen", "Lunds Cykel AB"),
        ("Föreningen Måsen", "Föreningen Nätet", "Föreningen Oasen", "Parkens Blommor AB"),
    ]
    for n, (a, b, party, shop) in enumerate(names):
        text = (
            f"Publicerad 3 mars 2021\n\nLäxhjälp i kvarteret\n\nLunds kommun, Kultur\n\n"
            f"{a} och {b} samarbetar kring läxhjälpen.\n\n"
            f"{party} står för volontärerna som hjälper eleverna. "
            f"Eleverna köper pennor hos {shop} på torget.\n"
        )
        (pages / f"{n}.txt").write_text(text, encoding="utf-8")
        iris = {x: f"org/{n}-{i}" for i, x in enumerate((a, b, party, shop))}
        actors = "".join(
            f'<{iri}> a sam:CivilSocietyOrganization ; rdfs:label "{x}"@sv .\n'
            for x, iri in iris.items()
        )
        members = "".join(
            f"<m/{n}-{i}> a org:Membership ; org:member <{iris[x]}> ; "
            f"org:organization <initiativ/{n}> .\n"
            for i, x in enumerate((a, b, party))
        )
        (pages / f"{n}.expected.ttl").write_text(
            "@base <https://w3id.org/samverkan/id/> .\n"
            "@prefix sam: <https://w3id.org/samverkan/ontology#> .\n"
            "@prefix org: <http://www.w3.org/ns/org#> .\n"
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n" + actors + members,
            encoding="utf-8",
        )
    return root


def test_a_model_trained_on_pages_of_our_own_learns_who_is_a_party(tmp_path: Path) -> None:
    from samverkan.draft.partymodel import _probability
    from samverkan.draft.train_party import label_pages, train

    examples = label_pages(_own_pages(tmp_path), ["own"])
    # per page: the third association (a party), the shop and the municipality (not ones)
    assert sorted(y for _f, y in examples) == [0] * 8 + [1] * 4
    data = train(examples, rounds=300, l2=1e-3)
    assert data["examples"] == 12 and data["positives"] == 4
    parties = [_probability(data, f) for f, y in examples if y]
    others = [_probability(data, f) for f, y in examples if not y]
    assert min(parties) > 0.5 > max(others)


def test_training_is_deterministic(tmp_path: Path) -> None:
    """The same pages give the same model file, byte for byte (two runs)."""
    from samverkan.draft.train_party import label_pages, train
    from samverkan.draft.train_rel import _write

    pages = _own_pages(tmp_path)
    for name in ("a.json", "b.json"):
        _write(train(label_pages(pages, ["own"]), rounds=100), tmp_path / name)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_a_bad_model_file_is_one_clear_error(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"classes": ["x"]}), encoding="utf-8")
    # the keys there, of the wrong kinds: a list of features, a threshold in words
    shapes = tmp_path / "shapes.json"
    shapes.write_text(json.dumps({"bias": 0, "threshold": "0.2", "features": []}), "utf-8")
    for path in (bad, other, shapes, tmp_path / "missing.json"):
        with pytest.raises(SamverkanError) as err:
            draft_text(PAGE, "x.txt", Index(), party=str(path))
        assert path.name in str(err.value)
    load.cache_clear()
    # and in the command: exit status 1, the file named, no traceback, no draft written
    from samverkan.cli import main

    source = tmp_path / "gnesta.txt"
    source.write_text(PAGE, encoding="utf-8")
    target = tmp_path / "out.ttl"
    assert main(["draft", str(source), "--file", str(target), "--party-model", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "Traceback" not in err
    assert not target.exists()
