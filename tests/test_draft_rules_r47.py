"""Rules of round 47 of learning (where a unit belongs, said by "hör till"), one short text
each.

Each test drafts a few lines of our own (Dalarna; invented places and projects) and checks
the parent the rules give a unit. None of the sentences comes from a real page or from a
fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent
from samverkan.draft.model import Draft

HEAD = "Falu kommun\n\nPublicerad 3 december 2026\n\nKurser för nyanlända i kommunen\n\n"


def _draft(body: str) -> Draft:
    return draft_under(body, HEAD)


def test_a_unit_named_with_its_place_belongs_to_the_department_after_it() -> None:
    # "i Falun" names the municipality: the unit's place, not the target of "hör till"
    draft = _draft(
        "Vuxenutbildningen i Falun, som hör till kommunens bildningsförvaltning, ger en kurs "
        "i svenska för föräldrar.\n"
    )
    assert parent(draft, "kommun/2080/vuxenutbildningen") == (
        "kommun/2080/bildningsforvaltningen"
    )


def test_a_unit_can_belong_to_a_unit_that_holds_units() -> None:
    draft = _draft(
        "Läxhjälpen hålls på Falu bibliotek, som hör till kultur- och fritidsenheten.\n"
    )
    assert parent(draft, "kommun/2080/falu-bibliotek") == (
        "kommun/2080/kultur-och-fritidsenheten"
    )


def test_a_unit_after_a_library_is_no_home_of_units() -> None:
    # the control: a library is no unit of units, so nothing is placed in it
    draft = _draft("Läxhjälpen hålls på Grycksbo fritidsgård, som hör till Falu bibliotek.\n")
    assert parent(draft, "kommun/2080/grycksbo-fritidsgard") != "kommun/2080/falu-bibliotek"


def test_both_units_of_a_pair_belong_to_the_department() -> None:
    draft = _draft(
        "Läxhjälpen hålls på Grycksbo bibliotek och på Svärdsjö bibliotek.\n\n"
        "Svärdsjö fritidsgård och Grycksbo bibliotek hör till kultur- och "
        "fritidsförvaltningen.\n"
    )
    assert parent(draft, "kommun/2080/svardsjo-fritidsgard") == (
        "kommun/2080/kultur-och-fritidsforvaltningen"
    )
    assert parent(draft, "kommun/2080/grycksbo-bibliotek") == (
        "kommun/2080/kultur-och-fritidsforvaltningen"
    )
