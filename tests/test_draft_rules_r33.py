"""Rules of round 33 of learning (from the blind round 34), one short text each.

Each test drafts a few lines of our own (Jämtland's municipalities, invented units, projects,
associations and a federation) and checks what the rule is for. None of the sentences comes
from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 maj 2026\n\nNytt om samverkan i Jämtland\n\n"

KROKOM, STROMSUND, ARE, BERG = "kommun/2309", "kommun/2313", "kommun/2321", "kommun/2326"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------------- a unit's word, then its own name


def test_a_units_word_in_its_definite_form_before_a_name_is_that_named_unit() -> None:
    body = (
        "Krokoms kommun har en ny arbetsgrupp för nyanlända. I arbetsgruppen ingår:\n\n"
        "- arbetsmarknadsenheten, som kallar till mötena\n"
        "- vuxenutbildningen Lärcentrum Nälden\n"
        "- integrationsenheten Porten\n"
    )
    draft = _draft(body)
    units = {a.iri: a.parent for a in draft.actors.values()}
    assert units.get(f"{KROKOM}/larcentrum-nalden") == KROKOM
    assert units.get(f"{KROKOM}/porten") == KROKOM
    assert f"{KROKOM}/vuxenutbildningen" not in units
    assert f"{KROKOM}/integrationsenheten" not in units
    assert _together(
        draft, f"{KROKOM}/arbetsmarknadsenheten", f"{KROKOM}/larcentrum-nalden", f"{KROKOM}/porten"
    )


def test_a_units_word_with_no_name_after_it_stays_the_unit() -> None:
    body = (
        "Krokoms kommun har en ny arbetsgrupp för nyanlända. I arbetsgruppen ingår:\n\n"
        "- arbetsmarknadsenheten, som kallar till mötena\n"
        "- vuxenutbildningen, som ordnar kurserna\n"
    )
    draft = _draft(body)
    assert f"{KROKOM}/vuxenutbildningen" in draft.actors


# ------------------------------------- a list of who pays is no list of parties


def test_a_list_of_who_pays_is_no_list_of_parties() -> None:
    body = (
        "Strömsunds kommun driver projektet Bryggan.\n\n"
        "Bryggan finansieras av flera parter:\n\n"
        "- Allmänna arvsfonden, 900 000 kronor\n"
        "- Länsstyrelsen i Jämtlands län, 150 000 kronor\n"
    )
    draft = _draft(body)
    assert not _together(draft, "org/allmanna-arvsfonden", "lansstyrelse/23")


def test_a_list_of_parties_is_still_read() -> None:
    body = (
        "Strömsunds kommun driver projektet Bryggan.\n\n"
        "Projektets parter är:\n\n"
        "- Strömsunds kommun\n"
        "- Arbetsförmedlingen\n"
        "- Röda Korset\n"
    )
    draft = _draft(body)
    assert _together(draft, STROMSUND, "org/arbetsformedlingen", "org/roda-korset")


# ------------------------------------- a refusal makes no party


def test_a_body_that_declined_is_no_party() -> None:
    body = (
        "Projektet Fjällporten startade i mars 2026. Åre kommun är projektägare. "
        "Samverkansparter är Arbetsförmedlingen och Krokoms kommun. Bergs kommun "
        "erbjöds att delta men tackade nej. Strömsunds kommun avböjde att delta.\n"
    )
    draft = _draft(body)
    assert not _together(draft, BERG, ARE)
    assert not _together(draft, STROMSUND, ARE)
    assert not any(BERG in group or STROMSUND in group for group in _partners(draft))


def test_a_body_that_takes_part_is_still_a_party() -> None:
    body = "Åre kommun samarbetar med Krokoms kommun om sfi, och Bergs kommun deltar också.\n"
    draft = _draft(body)
    assert _together(draft, ARE, KROKOM)


def _partners(draft: Draft) -> list[set[str]]:
    return [set(r.members) for r in draft.relations if r.kind == "collaboration"]


# ------------------------------------- who pays the federation


FEDERATION = (
    "Utbildningsförbundet Storsjön är ett kommunalförbund i Krokoms kommun. Medlemmar i "
    "förbundet är:\n\n- Krokoms kommun\n- Åre kommun\n\n"
)


def test_the_member_municipalities_each_pay_the_federation() -> None:
    body = FEDERATION + "Medlemskommunerna betalar förbundet en årlig avgift per invånare.\n"
    draft = _draft(body)
    fed = "org/utbildningsforbundet-storsjon"
    assert {(KROKOM, fed), (ARE, fed)} <= _funding(draft)


def test_a_body_pays_the_federation_named_again_by_its_word() -> None:
    body = FEDERATION + "Bergs kommun betalar förbundet per deltagare.\n"
    draft = _draft(body)
    assert (BERG, "org/utbildningsforbundet-storsjon") in _funding(draft)


def test_member_municipalities_that_only_meet_pay_nothing() -> None:
    body = FEDERATION + "Medlemskommunerna träffas två gånger per år i förbundet.\n"
    draft = _draft(body)
    assert not _funding(draft)
