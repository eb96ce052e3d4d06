"""Round 56 of learning (from the blind round 66).

The sentences are our own (invented networks, clubs and units in Dalarna), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Mora kommun › Integration › Nätverk\n\nSenast uppdaterad 4 mars 2026\n\n"


def test_a_body_told_part_in_the_work_named_before_joins_its_members() -> None:
    # "Sedan maj 2025 är även X part i Ledstången": a later party of the collaboration
    # the page described before, by its name
    d = draft(
        "Ledstången är ett nätverk där Föreningen Solvarvet och Idrottsklubben Älvlöparna "
        "samarbetar om läxhjälp.\n\n"
        "Sedan maj 2025 är även fritidsenheten part i Ledstången.\n",
        HEAD,
    )
    assert together(
        d,
        "org/foreningen-solvarvet",
        "org/idrottsklubben-alvloparna",
        "kommun/2062/fritidsenheten",
    ), partners(d)


def test_a_body_told_part_in_the_collaboration_joins_the_one_before() -> None:
    # "Sedan hösten är även X part i samarbetet": the work named back by its word
    d = draft(
        "Verkstadsstegen är ett samarbete mellan Föreningen Solvarvet och Idrottsklubben "
        "Älvlöparna.\n\nBiblioteket lånar ut lokaler. Sedan hösten är även biblioteket part "
        "i samarbetet och ordnar läxhjälp.\n",
        HEAD,
    )
    assert together(
        d,
        "org/foreningen-solvarvet",
        "org/idrottsklubben-alvloparna",
        "kommun/2062/biblioteket",
    ), partners(d)


def test_a_body_not_part_in_the_collaboration_does_not_join() -> None:
    # "X är inte part i samarbetet": a negation joins nobody
    d = draft(
        "Verkstadsstegen är ett samarbete mellan Föreningen Solvarvet och Idrottsklubben "
        "Älvlöparna.\n\nBiblioteket är inte part i samarbetet.\n",
        HEAD,
    )
    assert not together(
        d, "org/foreningen-solvarvet", "kommun/2062/biblioteket"
    ), partners(d)


def test_the_body_that_runs_the_work_with_a_counted_list_is_a_party() -> None:
    # "X drivs av fritidsenheten tillsammans med tre föreningar:" over the list: the unit
    # runs it with those listed, so it is a party beside them
    d = draft(
        "Bryggan\n\n"
        "Bryggan är en mötesplats som drivs av fritidsenheten tillsammans med tre föreningar:\n"
        "- Föreningen Solvarvet, som har läxhjälp\n"
        "- Idrottsklubben Älvlöparna, som ordnar träningar\n"
        "- Schackklubben Springaren, som har kurser\n\n"
        "Mötesplatsen är öppen varje vecka.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/fritidsenheten",
        "org/foreningen-solvarvet",
        "org/idrottsklubben-alvloparna",
    ), partners(d)


def test_bodies_counted_before_a_colon_and_named_after_it_in_one_sentence() -> None:
    # "Med oss har vi två företag: A och B." after "Projektet leds av X.": the companies
    # and the one that leads the work are partners
    d = draft(
        "Verkstadsstegen\n\n"
        "Projektet leds av Föreningen Solvarvet. Med oss från start har vi två företag: "
        "Mora Svets AB och Orsa Plåt AB. Vi träffas varje vecka.\n",
        HEAD,
    )
    assert together(
        d, "org/foreningen-solvarvet", "org/mora-svets-ab", "org/orsa-plat-ab"
    ), partners(d)


def test_a_body_that_was_with_in_the_courses_first_round_joins_the_course() -> None:
    # "X var med i kursens första omgång och lämnade sedan": a past party of the course
    # told before, the course named back by its word in the genitive
    d = draft(
        "Kursen Vårdsvenska ges av Föreningen Solvarvet i samarbete med Idrottsklubben "
        "Älvlöparna.\n\n"
        "Schackklubben Springaren var med i kursens första omgång och lämnade i maj 2025.\n",
        HEAD,
    )
    assert together(
        d,
        "org/foreningen-solvarvet",
        "org/idrottsklubben-alvloparna",
        "org/schackklubben-springaren",
    ), partners(d)
