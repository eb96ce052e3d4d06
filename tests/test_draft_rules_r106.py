"""Round 106 of learning: posts named with the task they serve.

"samordnare för läxhjälpen", "verksamhetschef för hemtjänsten" and "samordnare för
samhällsorientering" are posts of their own in the expected graphs: the task after "för" (a
lower-case noun in the definite, or a "-ing") is part of the post's name. Not the body or the
people the post works for ("samordnare för kommunen", "handläggare för eleverna"), nor a
unit the pages name on its own ("rektor för vuxenutbildningen" is the unit's rector).
The sentences are our own (invented work in Hallstahammar and Nora).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Nyheter från Hallstahammars kommun › Fritid\n\nPublicerad 12 mars 2026\n\n"


def _iris(d) -> set[str]:
    return set(d.actors)


def _labels(d) -> set[str]:
    return {a.label_sv for a in d.actors.values()}


def test_a_post_with_its_task_in_the_definite() -> None:
    d = draft(
        "Föreningen ordnar läxhjälp på biblioteket varje onsdag. Frågor besvaras av "
        "Lina Berg, samordnare för läxhjälpen.\n",
        HEAD,
    )
    assert "samordnare för läxhjälpen" in _labels(d), _labels(d)


def test_a_post_with_its_task_in_ing() -> None:
    d = draft(
        "Nyanlända i Nora erbjuds kurser på sitt modersmål. Kursen leds av kommunens "
        "samordnare för samhällsorientering.\n",
        "Nyheter från Nora kommun › Integration\n\nPublicerad 3 maj 2026\n\n",
    )
    assert "samordnare för samhällsorientering" in _labels(d), _labels(d)


def test_not_the_body_nor_the_people_the_post_works_for() -> None:
    d = draft(
        "Hallstahammars kommun har anställt en samordnare för kommunen och en "
        "handläggare för eleverna på språkintroduktionen.\n",
        HEAD,
    )
    labels = _labels(d)
    assert "samordnare för kommunen" not in labels, labels
    assert "handläggare för eleverna" not in labels, labels


def test_not_a_unit_named_after_for() -> None:
    d = draft(
        "Anna Lind, rektor för vuxenutbildningen, berättar om de nya kurserna i "
        "Hallstahammars kommun.\n",
        HEAD,
    )
    assert "rektor för vuxenutbildningen" not in _labels(d), _labels(d)


# A county board's unit on the board's own report: "enheten för social hållbarhet" as a
# heading, or after "vid" in a sentence that names no municipality, is the board's (the
# newer keys hold it); a contact line "NAME, handläggare, enheten för ..." is left alone.
BOARD_HEAD = "Länsstyrelsen i Dalarnas län\nUppföljning av stödet till föreningar\n\n"


def test_a_county_boards_unit_as_the_reports_heading() -> None:
    d = draft(
        "Enheten för social hållbarhet\n\nUppföljning av stödet till föreningar som "
        "arbetar med nyanlända under 2025.\n",
        BOARD_HEAD,
    )
    assert "lansstyrelse/20/enheten-for-social-hallbarhet" in _iris(d), _iris(d)


def test_a_county_boards_unit_after_vid() -> None:
    d = draft(
        "Uppföljningen har gjorts av Sara Holm, handläggare vid enheten för social "
        "hållbarhet. Hon har besökt fem föreningar under hösten.\n",
        BOARD_HEAD,
    )
    assert "lansstyrelse/20/enheten-for-social-hallbarhet" in _iris(d), _iris(d)


def test_not_a_contact_line_of_the_board() -> None:
    d = draft(
        "Frågor om stödet besvaras av handläggaren.\n\nKontakt\nSara Holm, handläggare, "
        "enheten för social hållbarhet\n",
        BOARD_HEAD,
    )
    assert "lansstyrelse/20/enheten-for-social-hallbarhet" not in _iris(d), _iris(d)
