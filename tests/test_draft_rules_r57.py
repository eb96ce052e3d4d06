"""Round 57 of learning (from the blind round 67).

The sentences are our own (invented projects, clubs and units in Dalarna), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Mora kommun › Integration › Projekt\n\nSenast uppdaterad 4 mars 2026\n\n"


def test_the_pages_further_party_sentences_join_one_collaboration() -> None:
    # "X är partner i P ... Projektägare är UNIT. Partner är också A och B. C är partner.":
    # one collaboration, not one for each party sentence
    d = draft(
        "Mora kommun är partner i Älvbron, ett projekt över länsgränsen.\n\n"
        "Projektägare är Fritidsförvaltningen i Mora kommun. Partner i Dalarna är också "
        "Föreningen Solvarvet och Idrottsklubben Älvlöparna. I Hälsingland är den ideella "
        "föreningen Kulturhuset Lyktan partner.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/fritidsforvaltningen",
        "org/foreningen-solvarvet",
        "org/idrottsklubben-alvloparna",
        "org/kulturhuset-lyktan",
    ), partners(d)


def test_a_municipality_is_no_party_beside_its_unit_that_owns_the_work() -> None:
    d = draft(
        "Mora kommun är partner i Älvbron, ett projekt för nya invånare.\n\n"
        "Projektägare är Fritidsförvaltningen i Mora kommun. Partner är också Föreningen "
        "Solvarvet och Idrottsklubben Älvlöparna.\n",
        HEAD,
    )
    assert together(d, "kommun/2062/fritidsforvaltningen", "org/foreningen-solvarvet")
    assert not any(
        {"kommun/2062", "org/foreningen-solvarvet"} <= group for group in partners(d)
    ), partners(d)


def test_a_later_party_joins_the_parties_told_before_with_its_class_noun() -> None:
    # "Parter är A, B och C. Från 2025 är också byggföretaget D part.": D joins them
    d = draft(
        "Steget är en insats för nyanlända.\n\n"
        "Parter är Arbetsmarknadsenheten, Föreningen Solvarvet och Idrottsklubben "
        "Älvlöparna. Från mars 2025 är också bageriet Mora Bröd AB part.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/arbetsmarknadsenheten",
        "org/foreningen-solvarvet",
        "org/mora-brod-ab",
    ), partners(d)


def test_a_unit_named_with_its_town_joins_without_the_municipality() -> None:
    # "Från 2025 var också Vuxenutbildningen i Mora part": the unit, not the municipality
    d = draft(
        "Projektets parter var Arbetsmarknadsenheten, Föreningen Solvarvet och "
        "Idrottsklubben Älvlöparna. Från juni 2025 var också Vuxenutbildningen i Mora part.\n",
        HEAD,
    )
    assert together(
        d, "kommun/2062/arbetsmarknadsenheten", "kommun/2062/vuxenutbildningen"
    ), partners(d)
    assert not any("kommun/2062" in group for group in partners(d)), partners(d)


def test_the_pages_own_association_named_by_its_name_alone() -> None:
    # "Kvinnonätverket X" on its own page, then "Kursen drivs av X tillsammans med A och B"
    d = draft(
        "Kvinnonätverket Solvarvet är en ideell förening i Mora kommun.\n\n"
        "Simkursen drivs av Solvarvet tillsammans med Mora kommuns Fritidsenhet och "
        "Idrottsklubben Älvlöparna.\n",
        "Kvinnonätverket Solvarvet > Om oss\n\nSenast uppdaterad 4 mars 2026\n\n",
    )
    assert together(
        d,
        "org/kvinnonatverket-solvarvet",
        "kommun/2062/fritidsenheten",
        "org/idrottsklubben-alvloparna",
    ), partners(d)


def test_a_body_dated_as_joining_and_doing_joins_the_collaboration_before() -> None:
    # "Från augusti 2026 är X med och ordnar ...": a later party of the work told before
    d = draft(
        "## Vem håller i kursen?\n\n"
        "Kursen ordnas av Integrationsenheten. Sedan januari 2025 håller enheten kursen "
        "tillsammans med Studieförbundet Fjällvind.\n\n"
        "Från mars 2026 är Föreningen Solvarvet med och ordnar samtalsgrupper.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/integrationsenheten",
        "org/studieforbundet-fjallvind",
        "org/foreningen-solvarvet",
    ), partners(d)
