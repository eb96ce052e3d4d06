"""Rules of round 48 of learning (from the blind rounds 53 and 54), one short text each.

Each test drafts a few lines of our own (Dalarna; invented associations and projects) and
checks the actors or the partners the rules give. None of the sentences comes from a real
page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding, parent, together
from samverkan.draft.model import Draft

HEAD = "Falu kommun\n\nPublicerad 3 december 2026\n\nKurser för nyanlända i kommunen\n\n"


def _draft(body: str) -> Draft:
    return draft_under(body, HEAD)


# ------------------------------- a school form named by its municipality: "Sfi Falun"


def test_a_school_form_with_a_municipality_names_its_unit() -> None:
    draft = _draft(
        "Kursen hålls av Sfi Falun, som hör till kommunens vuxenutbildning. Komvux Mora "
        "bjuder in till ett öppet hus.\n"
    )
    assert parent(draft, "kommun/2080/sfi-falun") == "kommun/2080/vuxenutbildningen"
    assert draft.actors["kommun/2062/komvux-mora"].cls == "sam:MunicipalUnit"


def test_a_school_form_with_a_municipality_is_a_party() -> None:
    draft = _draft("Föreningen Vårljus ordnar läxhjälpen tillsammans med Lärcentrum Falun.\n")
    assert together(draft, "org/foreningen-varljus", "kommun/2080/larcentrum-falun")


# ------------------------------- "Projektets parter är A, B och C" after the one who runs it


def test_the_runner_of_the_work_is_one_of_its_parties() -> None:
    draft = _draft(
        "Språkstegen är ett projekt som kommunens integrationsenhet äger. Projektets parter är "
        "Föreningen Vårljus och Röda Korset i Falun. Föreningarna håller i samtalen.\n"
    )
    assert together(
        draft,
        "kommun/2080/integrationsenheten",
        "org/foreningen-varljus",
        "org/roda-korset-i-falun",
    )


def test_parties_of_a_course_join_the_unit_that_organises_it() -> None:
    # the unit after its department in the genitive organises the course, not the department
    draft = _draft(
        "Kursen ordnas av socialförvaltningens arbetsmarknadsenhet. Parter i kursen är också "
        "Föreningen Vårljus och Studieförbundet Dalaljus.\n"
    )
    assert together(
        draft,
        "kommun/2080/arbetsmarknadsenheten",
        "org/foreningen-varljus",
        "org/studieforbundet-dalaljus",
    )
    assert not together(draft, "kommun/2080/socialforvaltningen", "org/foreningen-varljus")


# ------------------------------- "Projektet har tre parter utöver studieförbundet:" and a list


def test_a_counted_list_of_parties_with_the_one_besides_them() -> None:
    draft = _draft(
        "Gröna steg ägs av Studieförbundet Dalaljus.\n\n"
        "Projektet har tre parter utöver studieförbundet:\n"
        "- Bostads AB Gruvstaden, som upplåter marken\n"
        "- Föreningen Vårljus, som håller i plantbytet\n"
        "- Röda Korset i Falun\n\n"
        "Välkommen!\n"
    )
    assert together(
        draft,
        "org/studieforbundet-dalaljus",
        "kommun/2080/bolag/bostads-ab-gruvstaden",
        "org/foreningen-varljus",
        "org/roda-korset-i-falun",
    )


# ------------------------------- a table of grants whose amount is not the last column


def test_a_grant_table_names_its_amount_and_recipient_columns() -> None:
    body = (
        "Länsstyrelsen Dalarnas län\n\nBidrag till föreningar 2026\n\n"
        "Publicerad 3 december 2026\n\nHär är de föreningar som fick pengar för sitt "
        "arbete med nyanlända i länet under året. Länsstyrelsen beviljade två av de "
        "ansökningar som kom in.\n\n"
        "| Organisation | Verksamhet | Beviljat, kr | Samverkan med |\n"
        "|---|---|---|---|\n"
        "| Föreningen Vårljus | Läxhjälp | 120 000 | Falu bibliotek |\n"
        "| Studieförbundet Dalaljus | Språkcirklar | 80 000 | – |\n"
    )
    draft = draft_under(body, "")
    assert {
        ("lansstyrelse/20", "org/foreningen-varljus"),
        ("lansstyrelse/20", "org/studieforbundet-dalaljus"),
    } <= funding(draft)


# ------------------------------- "X, som hör till Y, blev part": X is the party, not Y


def test_a_party_before_a_clause_set_off_by_commas() -> None:
    draft = _draft(
        "Språkbron drivs av Föreningen Vårljus tillsammans med Falu bibliotek. Biblioteket är "
        "part i projektet.\n\n"
        "Sfi Falun, som hör till bildningsförvaltningen, blev part i projektet hösten 2026.\n"
    )
    assert together(
        draft, "org/foreningen-varljus", "kommun/2080/falu-bibliotek", "kommun/2080/sfi-falun"
    )
    assert not together(draft, "org/foreningen-varljus", "kommun/2080/bildningsforvaltningen")
