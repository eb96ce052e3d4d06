"""Round 49 of learning (from the blind round 55), and the evaluation of a page the
drafter refuses.

A municipality whose name ends in a vowel writes its genitive with the official name:
"Gnesta kommuns fritidsgård". At the start of a sentence or a list line the bare name was
not taken for the municipality there, and an association's page that named its municipality
only so was refused ("no publisher found"). The sentences are our own (Södermanland and
Dalarna; invented clubs and places), not from any page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafthelpers import draft as draft_under
from samverkan.draft import draft_text
from samverkan.draft.reconcile import index_graphs

ROOT = Path(__file__).resolve().parents[1]


def test_a_genitive_of_the_official_name_opening_a_line_is_the_municipality() -> None:
    head = "Hästhagens ridklubb\n\nPublicerad 3 mars 2027\n\nSommarläger för nya i bygden\n\n"
    draft = draft_under(
        "Vi ordnar lägret tillsammans med två parter:\n"
        "- Gnesta kommuns fritidsgård Lyktan, som skickar två fritidsledare.\n"
        "- Föreningen Vänbron i Gnesta, som tolkar för föräldrarna.\n",
        head,
    )
    assert "kommun/0461" in draft.actors
    assert draft.actors["kommun/0461/fritidsgarden-lyktan"].cls == "sam:MunicipalUnit"


def test_a_page_naming_its_municipality_only_in_that_genitive_is_drafted() -> None:
    text = (
        "Hästhagens ridklubb\n\nPublicerad 3 mars 2027\n\n"
        "Sommarläger för nya i bygden\n\n"
        "Lägret ligger på gården. Det kostar ingenting.\n\n"
        "Gnesta kommuns fritidsgård Lyktan skickar två fritidsledare varje vecka.\n"
    )
    # before: "no publisher found: the text names no municipality"
    draft = draft_text(text, "hasthagen.txt", index_graphs([]))
    assert "kommun/0461/fritidsgarden-lyktan" in draft.actors
    assert draft.publisher in {"kommun/0461", "org/hasthagens-ridklubb"}


def test_a_bare_name_before_a_capitalised_word_is_still_no_municipality() -> None:
    # the rule above is the genitive alone: "Gnesta Ryttarsällskap" stays an organisation's name
    draft = draft_under(
        "Gnesta Ryttarsällskap bjuder in till en öppen dag.\n",
        "Falu kommun\n\nPublicerad 3 mars 2027\n\nÖppen dag\n\n",
    )
    assert "kommun/0461" not in draft.actors


def test_a_page_the_drafter_refuses_is_scored_as_nothing_drafted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samverkan.draft import evaluate
    from samverkan.errors import SamverkanError

    pages = ROOT / "tests" / "fixtures" / "pages"
    for stem in ("01_larande_exempel_vaxjo", "02_nyhet_borlange"):
        for suffix in (".txt", ".expected.ttl"):
            (tmp_path / f"{stem}{suffix}").write_bytes((pages / f"{stem}{suffix}").read_bytes())
    drafted = evaluate._draft_graph

    def refuse_the_second(text: str, file_name: str, *args: object) -> object:
        if file_name.startswith("02_"):
            raise SamverkanError("no publisher found: the text names no municipality")
        return drafted(text, file_name, *args)

    monkeypatch.setattr(evaluate, "_draft_graph", refuse_the_second)
    first, second = evaluate.evaluate_pages(tmp_path)
    assert first.refused is None and first.actors.true_positives > 0
    assert second.refused == "no publisher found: the text names no municipality"
    assert (second.actors.true_positives, second.actors.predicted) == (0, 0)
    assert second.actors.expected > 0 and second.relations.expected > 0
    table = evaluate.format_rows([first, second])
    assert "02_nyhet_borlange (not drafted: no publisher found" in table
