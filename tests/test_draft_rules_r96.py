"""Round 96 of learning: list lines that open with an arrow or a square; the body that runs
a work joins those it runs the work with.

Posts on social media and newsletters open the lines of a list of partners with an arrow
("→") or a square ("►", "▪", "➢") rather than a dash: "Vi är tre företag i nätverket:"
and one company a line. These glyphs are list bullets like "-" and "•", so the companies
listed are the parties of the network named before the colon. A line that opens with an
arrow but is no list of parties (a link to read more) still drafts no collaboration.
An event's page names the body that runs it in one sentence ("Festivalen arrangeras av
Föreningen X, en ideell förening.") and those it runs it with in a later one, opening with the
same word ("Festivalen görs i samarbete med:" and a list): the runner is a party of that
collaboration too. "arrangeras av oss" names no body and adds none.
The sentences are our own (invented companies and associations in Värmland).
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Nyhetsbrev från Sunne kommun › Näringsliv\n\nPublicerad 4 februari 2026\n\n"


def test_partners_on_arrow_lines() -> None:
    d = draft(
        "Språkslussen Sunne är ett samarbete som Sunne kommun driver för nyanlända som vill "
        "jobba i industrin. Vi är tre företag i samarbetet just nu:\n"
        "→ Rottneros Svarvteknik AB\n"
        "→ Fryksdalens Plåtslageri AB\n"
        "→ Lysviks Emballage AB\n\n"
        "Deltagarna läser svenska på förmiddagen och praktiserar på eftermiddagen.\n",
        HEAD,
    )
    assert together(
        d,
        "org/rottneros-svarvteknik-ab",
        "org/fryksdalens-platslageri-ab",
        "org/lysviks-emballage-ab",
    ), partners(d)


def test_partners_on_square_lines() -> None:
    d = draft(
        "Föreningarna i nätverket Välkommen till Sunne\n"
        "Dessa föreningar ingår i nätverket:\n"
        "► Sunne Schackklubb\n"
        "► Kvinnoföreningen Linnea\n"
        "► Föreningen Nya Vänner i Sunne\n",
        HEAD,
    )
    assert together(
        d,
        "org/sunne-schackklubb",
        "org/kvinnoforeningen-linnea",
        "org/foreningen-nya-vanner-i-sunne",
    ), partners(d)


def test_no_partners_on_a_reading_arrow() -> None:
    d = draft(
        "Sunne kommun har öppnat en ny vägledning för nyanlända på biblioteket.\n"
        "→ Läs mer om Sunne Schackklubb på föreningens webbplats\n",
        HEAD,
    )
    assert not partners(d), partners(d)



def test_runner_joins_those_it_runs_the_work_with() -> None:
    d = draft(
        "Älvfesten 2026\n\n"
        "Om festivalen\n"
        "Festivalen arrangeras av Kulturföreningen Älvbrinken, en ideell förening utan "
        "anställda. Den hålls i Folkparken den 15 augusti.\n\n"
        "Samarbetspartner\n"
        "Festivalen görs i samarbete med:\n"
        "- Sunne kommun genom kulturenheten\n"
        "- Studieförbundet Klarälvsljus\n"
        "- Somaliska Kulturföreningen Hiddo\n",
        HEAD,
    )
    assert together(
        d,
        "org/kulturforeningen-alvbrinken",
        "org/studieforbundet-klaralvsljus",
        "org/somaliska-kulturforeningen-hiddo",
    ), partners(d)


def test_runner_of_another_work_joins_nobody() -> None:
    d = draft(
        "Sommaren i Sunne\n\n"
        "Loppmarknaden arrangeras av Kulturföreningen Älvbrinken varje lördag i juli.\n\n"
        "Festivalen görs i samarbete med:\n"
        "- Studieförbundet Klarälvsljus\n"
        "- Somaliska Kulturföreningen Hiddo\n",
        HEAD,
    )
    assert not any("org/kulturforeningen-alvbrinken" in group for group in partners(d)), partners(
        d
    )
