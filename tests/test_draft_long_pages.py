"""Long pages: the rules must not read the whole page again for each sentence or mention.

Drafting once grew with the square of the page (a 60,000-character text took 49 s, one of
284,000 longer than ten minutes): spaCy's ``Doc.text`` joins every token again at each call,
setting sentence starts token by token re-read the document each time, and rules read every
mention of the page for each sentence. These tests hold the three mends in place; the speed
itself is measured with the benchmark command (README, "Speed"), not here.
"""

from __future__ import annotations

import ast
import random
from pathlib import Path

from samverkan.draft.actors.found import Found, Mentions
from samverkan.draft.nlp import page_text, parse

DRAFT = Path(__file__).resolve().parents[1] / "src" / "samverkan" / "draft"


def _doc_text_reads(path: Path) -> list[int]:
    """Lines where ``path`` reads ``doc.text`` or ``X.doc.text`` (a spaCy Doc's whole text)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "text":
            value = node.value
            if (isinstance(value, ast.Name) and value.id == "doc") or (
                isinstance(value, ast.Attribute) and value.attr == "doc"
            ):
                lines.append(node.lineno)
    return lines


def test_no_rule_reads_doc_text_but_page_text():
    reads = {
        str(path.relative_to(DRAFT)): lines
        for path in sorted(DRAFT.rglob("*.py"))
        if (lines := _doc_text_reads(path))
    }
    # the one place allowed: page_text itself, which reads it once and keeps it
    assert set(reads) == {"nlp.py"}
    assert len(reads["nlp.py"]) == 1


def test_the_check_finds_a_doc_text_read(tmp_path):
    rule = tmp_path / "rule.py"
    rule.write_text("def f(sent):\n    return sent.doc.text[:5] + doc.text\n", encoding="utf-8")
    assert _doc_text_reads(rule) == [2, 2]


def test_page_text_is_the_docs_text_and_kept():
    text = "Kils kommun leder projektet.\n\nGrums kommun och ABF deltar. Det gör även IKF."
    doc = parse(text)
    assert page_text(doc) == doc.text == text
    assert page_text(doc) is page_text(doc)
    # a doc made elsewhere (not by parse) gets its text on first asking
    other = parse("Grums deltar.")
    other.user_data.clear()
    assert page_text(other) == "Grums deltar."


def test_sentence_starts_follow_the_rule_of_the_pipeline():
    text = (
        "Rubrik\nKils kommun leder. grums deltar. ABF ordnar kurser! 2019 började det.\n"
        "- en punkt\n- en till? Ja. Nej"
    )
    doc = parse(text)
    expected = [True] + [
        "\n" in doc[i - 1].text
        or (doc[i - 1].text in {".", "!", "?"} and (t.is_title or t.is_digit or t.is_upper))
        or "\n" in t.text
        for i, t in enumerate(doc)
        if i > 0
    ]
    assert [t.is_sent_start for t in doc] == expected
    assert [s.text for s in doc.sents][:3] == ["Rubrik", "\n", "Kils kommun leder. grums deltar."]
    assert len(parse("")) == 0


def test_mentions_between_agrees_with_reading_every_mention():
    rng = random.Random(7)
    at = Mentions()
    plain: dict[int, tuple[str, int]] = {}
    for step in range(2000):
        start = rng.randrange(500)
        if rng.random() < 0.3 and plain:
            gone = rng.choice(sorted(plain))
            if rng.random() < 0.5:
                del at[gone]
                del plain[gone]
            else:
                assert at.pop(gone) == plain.pop(gone)
        else:
            value = (f"org/{step}", start + rng.randrange(1, 4))
            at[start] = value
            plain[start] = value
        lo = rng.randrange(500)
        hi = lo + rng.randrange(60)
        assert at.between(lo, hi) == sorted((k, v) for k, v in plain.items() if lo <= k < hi)
    at.update({1000: ("org/x", 1001)})
    assert at.between(1000, 1001) == [(1000, ("org/x", 1001))]
    at.clear()
    assert at.between(0, 2000) == []


def test_found_keeps_its_mentions_as_mentions():
    found = Found(at_token={3: ("kommun/1764", 4)})
    assert isinstance(found.at_token, Mentions)
    assert found.at_token.between(0, 10) == [(3, ("kommun/1764", 4))]
    assert isinstance(Found().at_token, Mentions)
