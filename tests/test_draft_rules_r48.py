"""Rules of round 48 of learning (from the blind rounds 53 and 54), one short text each.

Each test drafts a few lines of our own (Dalarna; invented associations and projects) and
checks the actors or the partners the rules give. None of the sentences comes from a real
page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent, together
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
    draft = _draft(
        "Föreningen Vårljus ordnar läxhjälpen tillsammans med Lärcentrum Falun.\n"
    )
    assert together(draft, "org/foreningen-varljus", "kommun/2080/larcentrum-falun")
