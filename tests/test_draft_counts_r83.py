"""Counts of people read from a page's Markdown tables, round 83 of learning (written for these
tests: small invented tables and sentences, none from a real page).

A table is a header row, a separator row and rows whose first cell names the row (a year, a
term, a place, a group); each whole number past the first cell counts what its column's header
names, unless the header (or the row's first cell, in a table turned on its side) says money,
shares, scores, targets, lengths of time or years. A number the prose counted already is one
count, not two.
"""

from __future__ import annotations

from drafthelpers import DATE
from drafthelpers import draft as _draft
from samverkan.draft.nlp import parse
from samverkan.draft.quantities import find_counts
from samverkan.draft.turtle import to_turtle


def _values(text: str) -> list[int | None]:
    return [q.value for q in find_counts(parse(text))]


def test_a_table_of_years_counts_every_column_but_the_year() -> None:
    text = (
        "Så har det gått\n\n"
        "| År | Omgångar | Deltagare | Varav kvinnor |\n"
        "|---|---|---|---|\n"
        "| 2021 | 2 | 17 | 9 |\n"
        "| 2022 | 4 | 33 | 21 |\n"
    )
    counts = find_counts(parse(text))
    assert [q.value for q in counts] == [2, 17, 9, 4, 33, 21]
    assert counts[1].unit == "deltagare, 2021"
    start, end = counts[1].span
    assert text[start:end] == "17"


def test_a_table_of_named_rows_without_antal_in_its_header() -> None:
    text = (
        "| Förening | Ledare | Nya medlemmar |\n"
        "|:---|---:|---:|\n"
        "| Bollklubben Vipan | 3 | 14 |\n"
        "| Totalt | 5 | 1 050 |\n"
    )
    assert _values(text) == [3, 14, 5, 1050]


def test_a_table_turned_on_its_side_counts_its_rows_but_not_money_rows() -> None:
    text = (
        "| Mått | Våren 2023 | Hösten 2023 |\n"
        "|---|---|---|\n"
        "| Besökare | 48 | 57 |\n"
        "| Kostnad (kr) | 3400 | 4100 |\n"
    )
    assert _values(text) == [48, 57]


def test_money_shares_scores_targets_and_hours_are_no_counts() -> None:
    text = (
        "| Anbud | Pris (poäng av 40) | Kvalitet (poäng av 60) | Totalt |\n"
        "|---|---|---|---|\n"
        "| Anbud A | 31 | 52 | 83 |\n"
        "\n"
        "| Insats | Mål | Utfall | Belopp, tkr | Andel (%) | Timmar |\n"
        "|---|---|---|---|---|---|\n"
        "| Språkkafé | 40 | 36 | 120 | 45 | 80 |\n"
    )
    assert _values(text) == [36]


def test_a_year_in_a_column_of_dates_is_no_count() -> None:
    text = (
        "| Förening | Startår | Medlemmar |\n"
        "|---|---|---|\n"
        "| Syföreningen Tråden | 2014 | 23 |\n"
    )
    assert _values(text) == [23]


def test_a_share_or_an_amount_before_the_people_is_no_count() -> None:
    assert _values("Omkring 70 procent av deltagarna var kvinnor.") == []
    assert _values("Föreningen fick 80 000 kronor för familjerna i området.") == []
    assert _values("Kommunen drev 2018–2020 en kurs för nyanlända kvinnor.") == []


def test_a_number_in_the_prose_and_again_in_the_table_is_one_count() -> None:
    body = (
        "Mora kommun driver Språkslingan tillsammans med ABF. Under 2024 deltog 41 personer.\n\n"
        "| År | Deltagare | Grupper |\n"
        "|---|---|---|\n"
        "| 2024 | 41 | 6 |\n"
    )
    draft = _draft(body)
    assert sorted(q.value for q, _rel, _actor in draft.counts) == [6, 41]
    turtle = to_turtle(draft, DATE + body)
    assert turtle.count("schema:value 41") == 1
    assert turtle.count("schema:value 6 ") + turtle.count("schema:value 6\n") == 1
