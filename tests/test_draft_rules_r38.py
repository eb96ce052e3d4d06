"""Rules of round 38 of learning (from the blind round 39), one short text each.

Each test drafts a few lines of our own (Jämtland's and Västernorrland's municipalities,
invented faith communities, associations and units) and checks what the rule is for. None
of the sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import parent as _parent
from drafthelpers import post_parent as _post_parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 9 oktober 2026\n\nNytt om trossamfund och samverkan\n\n"

OSTERSUND = "kommun/2380"
SUNDSVALL = "kommun/2281"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


def _ids(draft: Draft) -> set[str]:
    return set(draft.actors)


# ------------------------------------- a faith community's whole name


def test_a_creed_before_the_head_word_and_a_name_after_it_are_one_name() -> None:
    body = (
        "Östersunds kommun har bjudit in trossamfunden till ett samråd. "
        "Med i samrådet är Ortodoxa församlingen Sankt Olofs kapell, Eritreanska "
        "församlingen Kidane Mehret och Frikyrkan Brunnsgatan.\n"
    )
    ids = _ids(_draft(body))
    assert "org/ortodoxa-forsamlingen-sankt-olofs-kapell" in ids
    assert "org/eritreanska-forsamlingen-kidane-mehret" in ids
    assert "org/ortodoxa-forsamlingen" not in ids
    assert "org/kidane-mehret" not in ids


def test_a_hyphenated_creed_is_part_of_the_name() -> None:
    body = (
        "Östersunds kommun ordnar en dialogkväll. "
        "Armenisk-apostoliska församlingen Sankt Gregorios bjuder på middag.\n"
    )
    ids = _ids(_draft(body))
    assert "org/armenisk-apostoliska-forsamlingen-sankt-gregorios" in ids


def test_a_place_after_i_ends_the_name_though_it_is_no_municipality() -> None:
    body = (
        "Östersunds kommun samarbetar med Islamiska kulturföreningen i Odenskog och "
        "Bosniska föreningen i Lugnvik om läxhjälp.\n"
    )
    ids = _ids(_draft(body))
    assert "org/islamiska-kulturforeningen-i-odenskog" in ids
    assert "org/bosniska-foreningen-i-lugnvik" in ids


def test_a_head_word_joined_by_a_hyphen_is_a_faith_community() -> None:
    body = (
        "Östersunds kommun har ett interreligiöst råd. "
        "I rådet ingår Frösö församling, Islamiska kulturföreningen i "
        "Odenskog och Sikh-gemenskapen i Jämtland.\n"
    )
    draft = _draft(body)
    assert "org/sikh-gemenskapen-i-jamtland" in _ids(draft)
    assert _together(
        draft, "org/islamiska-kulturforeningen-i-odenskog", "org/sikh-gemenskapen-i-jamtland"
    )


def test_a_municipality_after_i_still_names_the_sentence_s_municipality() -> None:
    body = (
        "Sökande: Sundsvalls kommun\n\nInget att tillägga.\n\nSökande: Härnösands kommun\n\n"
        "Insatsen drivs av familjecentralen, som hör till socialförvaltningen, i samverkan "
        "med Eritreanska föräldraföreningen i Härnösand.\n"
    )
    draft = _draft(body)
    assert _parent(draft, "kommun/2280/socialforvaltningen") == "kommun/2280"


def test_a_hyphen_joined_association_word_is_left_to_the_longer_name() -> None:
    body = (
        "Östersunds kommun hyr lokaler i Folkets Hus, som Folkets Hus-föreningen i "
        "Brunflo upplåter.\n"
    )
    assert not any(i.startswith("org/hus-foreningen") for i in _ids(_draft(body)))

def test_a_sentence_s_first_word_is_no_creed() -> None:
    body = "Östersunds kommun stödjer föreningslivet. I föreningen Solvändan träffas unga.\n"
    ids = _ids(_draft(body))
    assert not any(i.startswith("org/i-") for i in ids)


def test_a_society_of_friends_keeps_its_last_word() -> None:
    body = (
        "Östersunds kommun ger bidrag till Föreningen Kvarnbackens vänner och "
        "Föreningen Norrskenet.\n"
    )
    ids = _ids(_draft(body))
    assert "org/foreningen-kvarnbackens-vanner" in ids
    assert "org/foreningen-kvarnbackens" not in ids


# ------------------------------------- a body presented with a dash and its kind


INTERVIEW = "Publicerad 9 oktober 2026\n\nIntervju: samtal om tro och grannskap\n\n"


def test_a_name_a_dash_and_a_council_s_kind_present_the_body_that_says_we() -> None:
    body = (
        "Levande tro – Sundsvalls interreligiösa råd samlar församlingar i Sundsvalls kommun. "
        "Vi har pratat med rådets sekreterare.\n\n"
        "– Vi har ett nära samarbete med Föreningen Norrskenet. "
        "Vi får också pengar från Länsstyrelsen Västernorrland.\n"
    )
    draft = _draft(body, INTERVIEW)
    assert "org/levande-tro" in _ids(draft)
    assert _together(draft, "org/levande-tro", "org/foreningen-norrskenet")
    assert ("lansstyrelse/22", "org/levande-tro") in _funding(draft)
    assert ("lansstyrelse/22", SUNDSVALL) not in _funding(draft)


def test_the_municipality_s_post_stays_the_municipality_s_on_the_body_s_page() -> None:
    body = (
        "Levande tro – Sundsvalls interreligiösa råd samlar församlingar i Sundsvalls kommun. "
        "Kommunens samordnare för civilsamhällesfrågor, Tuva Berg, kallar rådet viktigt.\n"
    )
    draft = _draft(body, INTERVIEW)
    assert _post_parent(draft, "samordnare för civilsamhällesfrågor") == SUNDSVALL


def test_a_dash_before_words_of_no_body_presents_nothing() -> None:
    body = (
        "Sommarjobb – en chans för unga i Sundsvalls kommun. "
        "Vi samarbetar med Föreningen Norrskenet.\n"
    )
    assert "org/sommarjobb" not in _ids(_draft(body, INTERVIEW))
