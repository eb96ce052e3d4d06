"""Rules of round 42 of learning (from the misses of every blind round, 7-43), one short
text each.

Each test drafts a few lines of our own (Hälsingland, Norrbotten, Värmland and Uppland;
invented units, people and projects) and checks what the rule is for. None of the sentences
comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent as _parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 2 december 2026\n\nNytt om mottagandet i kommunen\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------- a unit's head named by the word of the unit


def test_a_unit_head_is_the_head_of_the_one_unit_of_its_kind() -> None:
    body = (
        "Integrationsenheten i Hudiksvalls kommun tar emot nyanlända familjer och ordnar "
        "samhällsorientering. Enhetschef är Karin Holm.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "kommun/2184/tjanst/enhetschef") == "kommun/2184/integrationsenheten"


def test_a_head_named_on_a_line_of_its_own_is_the_one_administration_s() -> None:
    body = (
        "Sammanträdet hölls i Ljusdals kommun. Socialförvaltningen redovisade läget för "
        "mottagandet.\n\nFörvaltningschef: Per Nyberg\n"
    )
    draft = _draft(body)
    post = "kommun/2161/tjanst/forvaltningschef"
    assert _parent(draft, post) == "kommun/2161/socialforvaltningen"


def test_a_unit_head_among_two_units_of_its_kind_stays_the_municipality_s() -> None:
    # the control: two units the head could lead, so no guess
    body = (
        "Integrationsenheten och Arbetsmarknadsenheten i Hudiksvalls kommun samarbetar om "
        "språkpraktik. Enhetschef är Karin Holm.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "kommun/2184/tjanst/enhetschef") == "kommun/2184"


# ------------------------------- a unit in the genitive before its post


def test_a_post_after_its_unit_in_the_genitive_is_the_unit_s() -> None:
    body = (
        "Socialförvaltningen i Piteå kommun ordnar läxhjälp för nyanlända barn. Frågor "
        "besvaras av socialförvaltningens integrationssamordnare Amira Saleh.\n"
    )
    draft = _draft(body)
    post = "kommun/2581/tjanst/integrationssamordnare"
    assert _parent(draft, post) == "kommun/2581/socialforvaltningen"


def test_the_administration_s_post_by_its_definite_genitive() -> None:
    body = (
        "Kultur- och fritidsförvaltningen i Säffle kommun delar ut föreningsbidrag. "
        "Förvaltningens fritidskonsulent Ola Berg svarar på frågor.\n"
    )
    draft = _draft(body)
    post = "kommun/1785/tjanst/fritidskonsulent"
    assert _parent(draft, post) == "kommun/1785/kultur-och-fritidsforvaltningen"


# ------------------------------- a municipality's service in the indefinite form


def test_a_service_after_the_municipality_s_genitive_is_its_unit() -> None:
    body = (
        "Deltagarna läser svenska på Sandvikens kommuns vuxenutbildning och gör praktik hos "
        "Röda Korset.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "kommun/2181/vuxenutbildningen") == "kommun/2181"


def test_the_municipality_s_family_centre_is_the_party() -> None:
    body = (
        "I Ockelbo kommun samarbetar kommunens familjecentral med Rädda Barnen om "
        "föräldrastöd.\n"
    )
    draft = _draft(body)
    assert _together(draft, "kommun/2101/familjecentralen", "org/radda-barnen")


def test_a_service_in_the_indefinite_without_an_owner_is_no_unit() -> None:
    # the control: "kommunal vuxenutbildning" is the kind of school, no unit named
    body = (
        "Gävle kommun informerar om att kommunal vuxenutbildning är öppen för alla som har "
        "fyllt tjugo år.\n"
    )
    draft = _draft(body)
    assert not any(iri.endswith("/vuxenutbildningen") for iri in draft.actors)
