"""Round 89 of learning (from the partner pairs rounds 90-131 miss with both ends drafted):
a list of parties told after a colon inside a running sentence, under the words that cue a
list line by line ("I dag är dessa med i nätverket: A, B och C.", "Parterna i satsningen är:
A, B och C.", "Fem föreningar har anmält sig: ..."); on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Mora kommun › Integration › Nätverk\n\nPublicerad 3 juni 2026\n\n"


def test_the_bodies_listed_after_a_cue_and_a_colon_in_a_sentence_are_partners() -> None:
    d = draft(
        "Språkbron är ett nätverk för nyanlända föräldrar. I dag är dessa med i nätverket: "
        "Röda Korset, Studieförbundet Vuxenskolan, Simklubben Vågen och Hyresgästföreningen. "
        "Vid förra träffen kom 30 personer.\n",
        HEAD,
    )
    members = ("org/roda-korset", "org/simklubben-vagen", "org/hyresgastforeningen")
    assert together(d, *members), partners(d)


def test_the_parties_of_a_named_work_after_a_colon() -> None:
    d = draft(
        "Parterna i Sommarlyftet är: Mora kommun, Arbetsförmedlingen, Orsa Bygg AB och "
        "Föreningen Grannsämjan.\n",
        HEAD,
    )
    assert together(
        d, "kommun/2062", "org/arbetsformedlingen", "org/orsa-bygg-ab", "org/foreningen-grannsamjan"
    ), partners(d)


def test_bodies_counted_anywhere_before_the_colon() -> None:
    d = draft(
        "Fyra arbetsgivare har anmält sig till mässan och söker tillsammans 30 personer: "
        "Mora kommun, Dalaskog AB, Orsa Bygg AB och Siljans Vård AB.\n",
        HEAD,
    )
    assert together(
        d, "kommun/2062", "org/dalaskog-ab", "org/orsa-bygg-ab", "org/siljans-vard-ab"
    ), partners(d)


def test_a_colon_after_words_that_cue_no_list_makes_no_collaboration() -> None:
    # a programme line: the bodies after the colon only host the points of the day
    d = draft(
        "Program: fika med Röda Korset och samtal med Simklubben Vågen om sommaren.\n",
        HEAD,
    )
    assert not together(d, "org/roda-korset", "org/simklubben-vagen"), partners(d)


def test_a_negated_cue_before_the_colon_makes_no_collaboration() -> None:
    d = draft(
        "Dessa är inte längre med i nätverket: Röda Korset och Simklubben Vågen.\n",
        HEAD,
    )
    assert not together(d, "org/roda-korset", "org/simklubben-vagen"), partners(d)


def test_bodies_counted_before_a_colon_as_those_paid_are_no_partners() -> None:
    d = draft(
        "Under 2025 fick tre föreningar aktivitetsbidrag: Röda Korset, Simklubben Vågen och "
        "Föreningen Grannsämjan.\n",
        HEAD,
    )
    assert not together(d, "org/roda-korset", "org/simklubben-vagen"), partners(d)


def test_bodies_listed_after_a_colon_that_the_next_sentence_denies_are_no_partners() -> None:
    d = draft(
        "Sommarlyftet ägs av Mora kommun. Tre företag har lovat att ta emot praktikanter: "
        "Dalaskog AB, Orsa Bygg AB och Siljans Vård AB. Företagen är inte parter i projektet.\n",
        HEAD,
    )
    assert not together(d, "org/dalaskog-ab", "org/orsa-bygg-ab"), partners(d)


# --- tables of one party a row, written with Markdown's opening bars


def test_a_markdown_table_of_one_party_a_row_is_one_collaboration() -> None:
    d = draft(
        "Språkbron är ett projekt för nya invånare i Mora och det pågår till och med 2026. "
        "Tabellen visar hur arbetet är fördelat.\n\n| Part | Roll i projektet | Period |\n"
        "|---|---|---|\n"
        "| Mora kommuns kultur- och fritidsförvaltning | part, ordnar träffar | 2025–2026 |\n"
        "| Röda Korset | part, volontärer | 2025–2026 |\n"
        "| Simklubben Vågen | part, simskola | 2026 |\n"
        "| Region Dalarna | finansiär | 2025–2026 |\n",
        HEAD,
    )
    unit = "kommun/2062/kultur-och-fritidsforvaltningen"
    assert together(d, unit, "org/roda-korset", "org/simklubben-vagen"), partners(d)
    # the body a row calls a funder, and the owner of the unit its first cell names, are not
    assert not together(d, "org/roda-korset", "region/20"), partners(d)
    assert not together(d, "org/roda-korset", "kommun/2062"), partners(d)


def test_a_table_of_who_and_their_role_gives_the_parties_not_those_that_are_not() -> None:
    d = draft(
        "Språknätverket är till för dig som är ny i Mora och vill lära dig svenska. Här är "
        "de som gör något i nätverket.\n\n| Vem | Vad de gör | Roll i Språknätverket |\n"
        "|---|---|---|\n"
        "| Röda Korset | Språkcafé | leder nätverket |\n"
        "| Arbetsförmedlingen | Praktik | part |\n"
        "| Simklubben Vågen | Simskola | part |\n"
        "| Region Dalarna | Hälsosamtal | inte part |\n",
        HEAD,
    )
    members = ("org/roda-korset", "org/arbetsformedlingen", "org/simklubben-vagen")
    assert together(d, *members), partners(d)
    assert not together(d, "org/arbetsformedlingen", "region/20"), partners(d)


def test_a_table_of_co_arrangers_one_a_row() -> None:
    d = draft(
        "Mångfaldsdagen i Mora är en dag med mat och musik för alla som bor här. Den ordnas "
        "av kommunen för andra året i rad.\n\n| Medarrangör | Bidrar med |\n|---|---|\n"
        "| Röda Korset | Frivilliga |\n| Simklubben Vågen | Tränare |\n"
        "| Orsa Bygg AB | Lokaler |\n",
        HEAD,
    )
    assert together(d, "org/roda-korset", "org/simklubben-vagen", "org/orsa-bygg-ab"), partners(d)


def test_a_table_of_times_and_places_names_no_parties() -> None:
    d = draft(
        "Så här ser dagen ut när vi träffas i biblioteket, och det finns fika till alla som "
        "kommer.\n\n| Tid | Punkt | Vem |\n|---|---|---|\n"
        "| 13.00 | Välkommen | Röda Korset |\n| 14.00 | Simskola | Simklubben Vågen |\n",
        HEAD,
    )
    assert not together(d, "org/roda-korset", "org/simklubben-vagen"), partners(d)


# --- lines over a list of parties: "I X samarbetar:", "ingick", "Övriga parter i X:"


def test_the_bodies_listed_under_in_the_work_work_together() -> None:
    d = draft(
        "Bryggan är kommunens program för nya invånare och startade i mars 2025.\n\n"
        "I Bryggan samarbetar:\n"
        "- Röda Korset, som ordnar språkcaféer,\n"
        "- Simklubben Vågen, som har simskola,\n"
        "- Orsa Bygg AB, som tar emot praktikanter.\n",
        HEAD,
    )
    assert together(d, "org/roda-korset", "org/simklubben-vagen", "org/orsa-bygg-ab"), partners(d)


def test_the_bodies_listed_as_past_parties_of_the_partnership() -> None:
    d = draft(
        "Mora kommun har ett partnerskap med Röda Korset om en mötesplats för nyanlända.\n\n"
        "Under 2025 ingick även dessa parter i partnerskapet:\n"
        "- Simklubben Vågen, som har simskola\n"
        "- Föreningen Grannsämjan, som ordnar läxhjälp\n",
        HEAD,
    )
    assert together(d, "org/simklubben-vagen", "org/foreningen-grannsamjan"), partners(d)


def test_the_other_parties_listed_after_the_owner() -> None:
    d = draft(
        "Mentorsbron ger unga en vuxen att prata med. Röda Korset är projektägare. "
        "Övriga parter i Mentorsbron:\n"
        "- Simklubben Vågen, som ordnar aktiviteter,\n"
        "- Föreningen Grannsämjan, som hittar mentorer.\n",
        HEAD,
    )
    members = ("org/roda-korset", "org/simklubben-vagen", "org/foreningen-grannsamjan")
    assert together(d, *members), partners(d)


def test_a_line_that_asks_the_reader_to_work_with_others_cues_no_list() -> None:
    d = draft(
        "Så här kan din förening göra när ni vill ordna en aktivitet i sommar:\n"
        "- Röda Korset har tips om språkcaféer\n"
        "- Simklubben Vågen lånar ut sin bassäng\n",
        HEAD,
    )
    assert not together(d, "org/roda-korset", "org/simklubben-vagen"), partners(d)



def test_a_table_of_works_gives_each_row_its_responsible_body_and_parties() -> None:
    d = draft(
        "Kommunen har flera insatser för nya invånare och de följs upp varje år av "
        "kommunstyrelsen.\n\n| Insats | Ansvarig enhet | Samarbetsparter | Deltagare |\n"
        "|---|---|---|---|\n"
        "| Jobbsteget | Arbetsmarknadsenheten | Arbetsförmedlingen, Orsa Bygg AB | 30 |\n"
        "| Läxhjälpen | Fritidsenheten | Röda Korset | 45 |\n",
        HEAD,
    )
    unit = "kommun/2062/arbetsmarknadsenheten"
    assert together(d, unit, "org/arbetsformedlingen", "org/orsa-bygg-ab"), partners(d)
    assert together(d, "kommun/2062/fritidsenheten", "org/roda-korset"), partners(d)
    # each row is a work of its own
    assert not together(d, unit, "org/roda-korset"), partners(d)
