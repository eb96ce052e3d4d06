"""Rules of round 37 of learning (from the blind round 38), one short text each.

Each test drafts a few lines of our own (Gävleborg's municipalities, invented associations,
clubs, foundations and units) and checks what the rule is for. None of the sentences comes
from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import parent as _parent
from drafthelpers import post_parent as _post_parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 maj 2026\n\nNytt om föreningsliv och integration\n\n"

SANDVIKEN, BOLLNAS = "kommun/2181", "kommun/2183"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------- a body named again in the genitive owns the unit


def test_the_committee_s_unit_belongs_to_the_committee_named_before() -> None:
    body = (
        "Bildningsnämnden i Sandvikens kommun ansvarar för vuxenutbildningen. "
        "Nämndens arbetsmarknadsenhet driver projektet Nästa steg tillsammans med "
        "Arbetsförmedlingen.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{SANDVIKEN}/arbetsmarknadsenheten") == f"{SANDVIKEN}/bildningsnamnden"


def test_the_department_s_post_belongs_to_the_department_named_before() -> None:
    body = (
        "Vill din förening få hjälp? Vänd dig till fritidsförvaltningen i Bollnäs kommun. "
        "Förvaltningens föreningskonsulent Tove Ask svarar på frågor.\n"
    )
    draft = _draft(body)
    assert _post_parent(draft, "föreningskonsulent") == f"{BOLLNAS}/fritidsforvaltningen"


def test_a_genitive_without_a_body_of_its_kind_before_changes_nothing() -> None:
    body = (
        "Sandvikens kommun har en ny plan för mottagandet. "
        "Nämndens arbetsmarknadsenhet driver projektet Nästa steg.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{SANDVIKEN}/arbetsmarknadsenheten") == SANDVIKEN


# ------------------------------------- a short name in brackets before "hör till"


def test_a_short_name_in_brackets_does_not_hide_where_the_unit_belongs() -> None:
    body = (
        "Arbetsmarknadsenheten (AMA) hör till bildningsförvaltningen i Bollnäs kommun. "
        "AMA erbjuder praktik och yrkesutbildningar.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{BOLLNAS}/arbetsmarknadsenheten") == (
        f"{BOLLNAS}/bildningsforvaltningen"
    )


def test_the_post_placed_at_the_office_named_before_the_municipality_s() -> None:
    body = (
        "Arbetet i Bollnäs kommun samordnas av kommunledningskontoret, där kommunens "
        "integrationsstrateg Omar Berg är placerad.\n"
    )
    draft = _draft(body)
    assert _post_parent(draft, "integrationsstrateg") == f"{BOLLNAS}/kommunledningskontoret"


# ------------------------------------- a guide's entries and their field lines

GUIDE = "Sandvikens kommun\n\nFöreningsguide för nya sandvikenbor\n\n"


def test_field_lines_speak_of_the_entry_s_association() -> None:
    body = (
        "Här hittar du föreningar som välkomnar nyanlända.\n\n"
        "Föreningen Järnbruket\n"
        "Verksamhet: språkcafé och läxhjälp.\n"
        "Samarbetar med: Studieförbundet Storsjöljus, som håller i cirklarna.\n"
        "Stöd: föreningsbidrag från Sandvikens kommun.\n\n"
        "Gästrike Bollklubb\n"
        "Verksamhet: fotboll för flickor.\n"
        "Stöd: Stiftelsen Gästrikefonden har beviljat föreningen 40 000 kronor.\n"
    )
    draft = _draft(body, GUIDE)
    assert _together(draft, "org/foreningen-jarnbruket", "org/studieforbundet-storsjoljus")
    grants = _funding(draft)
    assert (SANDVIKEN, "org/foreningen-jarnbruket") in grants
    assert ("org/stiftelsen-gastrikefonden", "org/gastrike-bollklubb") in grants
    assert ("org/stiftelsen-gastrikefonden", "org/studieforbundet-storsjoljus") not in grants


def test_a_heading_no_rule_read_is_drafted_as_the_entry_s_association() -> None:
    body = (
        "Kvinnocirkeln Lärkan\n"
        "Verksamhet: promenader och samtal.\n"
        "Samarbetar med: Föreningen Järnbruket.\n\n"
        "Gästrike Bollklubb\n"
        "Verksamhet: fotboll för flickor.\n"
        "Stöd: inga bidrag.\n"
    )
    draft = _draft(body, GUIDE)
    assert _together(draft, "org/kvinnocirkeln-larkan", "org/foreningen-jarnbruket")


def test_a_denied_grant_in_a_support_line_stays_out() -> None:
    body = (
        "Föreningen Järnbruket\n"
        "Verksamhet: språkcafé.\n"
        "Stöd: föreningen söker inga bidrag från Sandvikens kommun.\n\n"
        "Gästrike Bollklubb\n"
        "Verksamhet: fotboll för flickor.\n"
        "Samarbetar med: inga andra föreningar.\n"
    )
    draft = _draft(body, GUIDE)
    assert (SANDVIKEN, "org/foreningen-jarnbruket") not in _funding(draft)


# ------------------------------------- money given "till" someone


def test_money_given_to_an_association_is_a_grant_of_the_subject() -> None:
    body = (
        "Fritidsnämnden i Bollnäs kommun ansvarar för föreningsstödet. "
        "Nämnden ger ett årligt bidrag till Föreningen Kompassen för läxhjälpen på "
        "Bollnäs bibliotek.\n"
    )
    grants = _funding(_draft(body))
    assert (f"{BOLLNAS}/fritidsnamnden", "org/foreningen-kompassen") in grants
    assert not any(r.endswith("bibliotek") for _f, r in grants)


def test_support_given_to_newcomers_is_no_grant() -> None:
    body = "Bollnäs kommun\n\nFöreningen Kompassen ger stöd till nyanlända familjer.\n"
    assert _funding(_draft(body)) == set()


def test_money_no_longer_given_is_no_grant() -> None:
    body = "Bollnäs kommun ger inte längre något bidrag till Föreningen Kompassen.\n"
    assert ("kommun/2183", "org/foreningen-kompassen") not in _funding(_draft(body))
