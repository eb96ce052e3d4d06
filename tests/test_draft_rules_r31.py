"""Rules of round 31 of learning (from the blind round 32), one short text each.

Each test drafts a few lines of our own (Jämtland's municipalities, invented units,
associations and a county board's region) and checks what the rule is for. None of the
sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import parent as _parent
from drafthelpers import post_parent as _post
from drafthelpers import together as _together
from samverkan.draft.actors import find_actors
from samverkan.draft.model import Draft
from samverkan.draft.nlp import parse
from samverkan.draft.reconcile import Index
from samverkan.draft.relations.main_collaboration import _with_us

DATE = "Publicerad 12 mars 2026\n\nNytt om samverkan i Jämtland\n\n"
JOB = "Publicerad 12 mars 2026\n\nLediga jobb i Krokoms kommun\n\n"

KROKOM, STROMSUND = "kommun/2309", "kommun/2313"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------- a unit named through its department's words


def test_a_unit_named_after_its_departments_genitive_is_that_departments() -> None:
    body = (
        "Krokoms kommun har en lokal överenskommelse med Arbetsförmedlingen. Arbetet "
        "samordnas av arbetsmarknadsförvaltningens enhet Kompassen.\n"
    )
    draft = _draft(body)
    assert _parent(draft, f"{KROKOM}/kompassen") == f"{KROKOM}/arbetsmarknadsforvaltningen"
    assert _parent(draft, f"{KROKOM}/arbetsmarknadsforvaltningen") == KROKOM


def test_a_name_before_the_departments_unit_words_is_a_unit_of_the_pages_department() -> None:
    body = (
        "Krokoms kommun, Socialförvaltningen\n\n"
        "Tjänsten som boendesamordnare är placerad på Ankaret, förvaltningens enhet för "
        "mottagande och bosättning. Ankaret har sex medarbetare.\n"
    )
    draft = _draft(body, JOB)
    assert _parent(draft, f"{KROKOM}/ankaret") == f"{KROKOM}/socialforvaltningen"
    # the descriptive words are no second unit
    assert not any("mottagande" in iri for iri in draft.actors)


def test_with_two_departments_named_the_unit_is_the_municipalitys() -> None:
    body = (
        "Krokoms kommun, Socialförvaltningen\n\n"
        "Tjänsten är placerad på Ankaret, förvaltningens enhet för mottagande. Ankaret "
        "samarbetar med kultur- och fritidsförvaltningen och med utbildningsförvaltningen.\n"
    )
    draft = _draft(body, JOB)
    assert _parent(draft, f"{KROKOM}/ankaret") == KROKOM


def test_a_unit_described_in_lower_case_after_the_genitive_names_no_unit() -> None:
    body = (
        "Krokoms kommun har en lokal överenskommelse med Arbetsförmedlingen. Arbetet "
        "samordnas av arbetsmarknadsförvaltningens enhet för vuxenutbildning.\n"
    )
    draft = _draft(body)
    units = {a.iri for a in draft.actors.values() if a.parent and "forvaltningen" in a.parent}
    assert units == {f"{KROKOM}/enheten-for-vuxenutbildning"}


# ------------------------------------------------- a post's unit after its holder


def test_a_post_belongs_to_the_unit_named_after_its_holder() -> None:
    body = (
        "Krokoms kommun har en lokal överenskommelse med Arbetsförmedlingen. Arbetet "
        "samordnas av arbetsmarknadsförvaltningens enhet Kompassen.\n\n"
        "Frågor besvaras av enhetschef Eva Lind, Kompassen, och av facket.\n"
    )
    draft = _draft(body)
    assert _post(draft, "enhetschef") == f"{KROKOM}/kompassen"


def test_a_post_belongs_to_the_unit_named_after_for() -> None:
    body = (
        "Kursen ges av Krokoms kommun och Röda Korset Krokom.\n\n"
        "– Kursen fyller ett behov, säger Per Holm, verksamhetschef för vuxenutbildningen i "
        "Krokoms kommun.\n"
    )
    draft = _draft(body)
    assert _post(draft, "verksamhetschef") == f"{KROKOM}/vuxenutbildningen"


def test_an_association_after_the_holder_is_no_unit_of_the_post() -> None:
    body = (
        "Krokoms kommun och Röda Korset Krokom driver läxhjälpen tillsammans.\n\n"
        "Frågor besvaras av enhetschef Eva Lind, Röda Korset Krokom.\n"
    )
    draft = _draft(body)
    assert _post(draft, "enhetschef") in {KROKOM, None}


# ------------------------------------------- parties "med" in the page's collaboration


def test_a_body_that_was_also_with_us_before_is_a_past_party() -> None:
    body = (
        "Sedan 2024 driver Krokoms kommun språkkursen Ordet tillsammans med Röda Korset "
        "Krokom.\n\n"
        "Tidigare var också Kulturföreningen Polstjärnan med och ordnade utflykter, men "
        "föreningen lämnade samarbetet 2025.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, KROKOM, "org/roda-korset-krokom", "org/kulturforeningen-polstjarnan"
    )


def test_a_body_that_is_with_us_in_the_collaboration_is_a_party() -> None:
    body = (
        "Sedan 2024 driver Krokoms kommun språkkursen Ordet tillsammans med Röda Korset "
        "Krokom.\n\n"
        "Kulturföreningen Polstjärnan är med i samarbetet och ordnar utflykter.\n"
    )
    draft = _draft(body)
    assert _together(
        draft, KROKOM, "org/roda-korset-krokom", "org/kulturforeningen-polstjarnan"
    )


def test_a_body_with_us_in_the_body_just_described_joins_that_body() -> None:
    body = (
        "Sedan 2024 driver Krokoms kommun språkkursen Ordet tillsammans med Röda Korset "
        "Krokom.\n\n"
        "Kommunen deltar också i Fjällrådet, ett forum där Strömsunds kommun och "
        "Arbetsförmedlingen ingår. Region Jämtland Härjedalen var med i rådet från starten "
        "men lämnade det 2024.\n"
    )
    draft = _draft(body)
    assert _together(draft, STROMSUND, "org/arbetsformedlingen", "region/23")
    assert not _together(draft, "org/roda-korset-krokom", "region/23")


def test_a_body_that_is_with_us_in_a_hypothesis_is_no_party() -> None:
    body = (
        "Sedan 2024 driver Krokoms kommun språkkursen Ordet tillsammans med Röda Korset "
        "Krokom.\n\n"
        "Vi hade gärna sett att Kulturföreningen Polstjärnan var med, men föreningen har "
        "inte tid.\n"
    )
    draft = _draft(body)
    assert not _together(draft, KROKOM, "org/kulturforeningen-polstjarnan")


def test_a_body_that_is_not_with_us_is_no_party() -> None:
    body = (
        "Sedan 2024 driver Krokoms kommun språkkursen Ordet tillsammans med Röda Korset "
        "Krokom.\n\n"
        "Kulturföreningen Polstjärnan är inte med i samarbetet, men lånar ut sin lokal.\n"
    )
    draft = _draft(body)
    assert not _together(draft, KROKOM, "org/kulturforeningen-polstjarnan")


def test_a_body_with_us_in_another_group_is_no_party_of_ours() -> None:
    doc = parse(
        "Kulturföreningen Polstjärnan är med i styrgruppen för kulturplanen. "
        "Röda Korset Krokom var med på mötet. Krokoms kommun är med och betalar."
    )
    found = find_actors(doc, Index())
    assert [_with_us(s, found) for s in doc.sents] == [[], [], []]


# ---------------------------------------------- a host denied a part in its own sentence


def test_a_host_denied_a_part_in_its_own_sentence_joins_nothing() -> None:
    body = (
        "Sedan 2024 driver Strömsunds kommun kursen Vägen tillsammans med Röda Korset "
        "Strömsund.\n\n"
        "Region Jämtland Härjedalen är inte part i kursen, men regionens hälsocentral har "
        "tagit emot praktikanter.\n"
    )
    draft = _draft(body)
    assert _together(draft, STROMSUND, "org/roda-korset-stromsund")
    assert not _together(draft, STROMSUND, "region/23")


def test_a_host_not_denied_a_part_joins_the_collaboration() -> None:
    body = (
        "Sedan 2024 driver Strömsunds kommun kursen Vägen tillsammans med Röda Korset "
        "Strömsund.\n\n"
        "Två företag, Fjällbygg AB och Strömsunds Måleri AB, tar emot deltagarna för praktik.\n"
    )
    draft = _draft(body)
    assert _together(draft, STROMSUND, "org/roda-korset-stromsund", "org/fjallbygg-ab")
