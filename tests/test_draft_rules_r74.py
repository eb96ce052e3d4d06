"""Round 74 of learning (from the misses of blind rounds 60-86 together): rules on invented
sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tibro kommun › Fritid › Alla på isen\n\nPublicerad 3 juni 2026\n\n"


def test_a_list_of_those_who_are_with_after_the_lead() -> None:
    # "X leds av A. I kommunen är tre klubbar med:" and a list: the lead and the listed
    d = draft(
        "Alla på isen startade hösten 2025 och leds av Skaraborgs Ishockeyförbund. "
        "I Tibro kommun är tre klubbar med:\n"
        "- Tibro Hockeyklubb Lodjuret, som lånar ut skridskor\n"
        "- Tibro Konståkningsklubb Piruetten, som ordnar skridskoskola\n"
        "- Tibro Bandyklubb Kanten, som har öppna träningar\n",
        HEAD,
    )
    assert together(
        d,
        "org/skaraborgs-ishockeyforbund",
        "org/tibro-hockeyklubb-lodjuret",
        "org/tibro-bandyklubb-kanten",
    ), partners(d)


def test_a_list_under_a_heading_of_those_who_are_with_this_season() -> None:
    # "Följande klubbar är med våren 2027:" on a line of its own under a heading: the lead is
    # told in the paragraph before the heading
    d = draft(
        "Alla på isen startade hösten 2025 och samordnas av Skaraborgs Ishockeyförbund.\n\n"
        "Klubbarna\n\n"
        "Följande klubbar är med våren 2027:\n"
        "- Tibro Hockeyklubb Lodjuret,\n"
        "- Tibro Konståkningsklubb Piruetten.\n",
        HEAD,
    )
    assert together(
        d,
        "org/skaraborgs-ishockeyforbund",
        "org/tibro-hockeyklubb-lodjuret",
        "org/tibro-konstakningsklubb-piruetten",
    ), partners(d)


def test_a_list_of_those_who_are_not_with_is_no_collaboration() -> None:
    d = draft(
        "Alla på isen leds av Skaraborgs Ishockeyförbund. Två klubbar är inte med:\n"
        "- Tibro Hockeyklubb Lodjuret\n"
        "- Tibro Konståkningsklubb Piruetten\n",
        HEAD,
    )
    assert not together(
        d, "org/tibro-hockeyklubb-lodjuret", "org/tibro-konstakningsklubb-piruetten"
    ), partners(d)


def test_seats_from_the_following_organisations() -> None:
    # "I rådet ingår tolv ledamöter från följande organisationer:": the verb of taking part
    # said before the end of the line, which names where the seats come from
    d = draft(
        "Tibro kommun har ett råd för nyanländas frågor.\n\n"
        "I rådet ingår tolv ledamöter från följande organisationer:\n"
        "- Arbetsförmedlingen\n"
        "- Föreningen Vita Bron\n"
        "- Tibro Bandyklubb Kanten\n",
        HEAD,
    )
    assert together(d, "org/foreningen-vita-bron", "org/tibro-bandyklubb-kanten"), partners(d)


def test_parties_that_were_with_in_the_group_last_year() -> None:
    # "Under 2025 var dessa parter med i projektets styrgrupp:": "var ... med i" a group
    d = draft(
        "Tibro kommun driver projektet Nya steg.\n\n"
        "Under 2025 var dessa parter med i projektets styrgrupp:\n"
        "- Föreningen Vita Bron\n"
        "- Tibro Bandyklubb Kanten\n"
        "- Studieförbundet Lärkan\n",
        HEAD,
    )
    assert together(
        d, "org/foreningen-vita-bron", "org/tibro-bandyklubb-kanten", "org/studieforbundet-larkan"
    ), partners(d)


def test_those_who_do_not_sit_in_the_council_are_no_members() -> None:
    d = draft(
        "Tibro kommun har ett råd för nyanländas frågor.\n\n"
        "I rådet sitter inte längre följande föreningar:\n"
        "- Föreningen Vita Bron\n"
        "- Tibro Bandyklubb Kanten\n",
        HEAD,
    )
    assert not together(d, "org/foreningen-vita-bron", "org/tibro-bandyklubb-kanten"), partners(d)
