"""Round 87 of learning (from the misses of blind rounds 60-117 together): a table of
decided applications under the text that names who decided them, and a body told a party
by the word "part"; on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, funding, partners, together

HEAD = "Tierps kommun › Föreningar › Bidrag\n\nPublicerad 3 juni 2026\n\n"


def test_a_decided_table_with_the_decision_in_its_own_column() -> None:
    d = draft(
        "Kultur- och fritidsnämnden beslutade den 4 maj om bidrag till föreningar som "
        "tar emot nyanlända.\n\nBeviljade och avslagna ansökningar\n\n"
        "| Förening | Verksamhet | Sökt belopp | Beslut |\n|---|---|---|---|\n"
        "| Tierps Schackklubb | Schack för barn | 30 000 kr | Beviljas 20 000 kr |\n"
        "| Föreningen Ekbacken | Fika och samtal | 10 000 kr | Avslag |\n",
        HEAD,
    )
    grants = funding(d)
    nämnden = "kommun/0360/kultur-och-fritidsnamnden"
    assert (nämnden, "org/tierps-schackklubb") in grants, grants
    assert not any(r == "org/foreningen-ekbacken" for _f, r in grants), grants


def test_a_decided_table_whose_amount_is_not_the_last_column() -> None:
    d = draft(
        "Kultur- och fritidsnämnden beslutade den 4 maj om årets bidrag. Pengarna kommer "
        "delvis från Länsstyrelsen i Uppsala län, som beviljade kommunen 90 000 kronor.\n\n"
        "Beviljade bidrag\n\n| Förening | Verksamhet | Beviljat | Motivering |\n"
        "|---|---|---|---|\n| Tierps Schackklubb | Schack för barn | 20 000 kronor | "
        "Ny verksamhet |\n",
        HEAD,
    )
    grants = funding(d)
    assert ("kommun/0360/kultur-och-fritidsnamnden", "org/tierps-schackklubb") in grants
    assert ("lansstyrelse/03", "org/tierps-schackklubb") not in grants, grants


def test_a_county_boards_table_of_decisions_with_a_leading_bar() -> None:
    d = draft(
        "Länsstyrelsen i Uppsala län har fattat beslut om medel för tidiga insatser i "
        "Tierps kommun.\n\n| Sökande | Verksamhet | Beslut | Belopp |\n|---|---|---|---|\n"
        "| Tierps Schackklubb | Schack för barn | Beviljad | 50 000 kr |\n",
        "Startsida > Länsstyrelsen i Uppsala län > Nyheter\n\nPublicerad 3 juni 2026\n\n",
    )
    assert ("lansstyrelse/03", "org/tierps-schackklubb") in funding(d), funding(d)


def test_a_table_of_decisions_under_a_decision_by_delegation_is_the_municipalitys() -> None:
    d = draft(
        "Beslutet är fattat av fritidschefen med stöd av Kultur- och fritidsnämndens "
        "delegationsordning.\n\nBeviljade ansökningar\n\n| Förening | Verksamhet | Belopp |\n"
        "|---|---|---|\n| Tierps Schackklubb | Schack för barn | 20 000 kr |\n",
        HEAD,
    )
    assert ("kommun/0360", "org/tierps-schackklubb") in funding(d), funding(d)


WORK = (
    "Språkbron är ett samarbete om språkträning för nyanlända. Tierps kommun driver "
    "Språkbron tillsammans med Röda Korset och Studieförbundet Vida.\n\n"
)


def test_a_body_told_a_party_by_the_word_part_joins_the_work() -> None:
    d = draft(
        WORK + "Sedan mars 2026 är Tierps Schackklubb part och ordnar schackkvällar. "
        "Föreningen Ekbacken, som är part i Språkbron, lånar ut sin lokal. "
        "Friluftsföreningen Ån är inte part i Språkbron.\n",
        HEAD,
    )
    assert together(d, "kommun/0360", "org/tierps-schackklubb"), partners(d)
    assert together(d, "kommun/0360", "org/foreningen-ekbacken"), partners(d)
    # a body denied the part does not join
    assert not any("friluftsforeningen-an" in m for g in partners(d) for m in g), partners(d)


def test_the_unit_a_body_is_a_party_through_joins_the_work() -> None:
    d = draft(
        WORK + "Region Uppsala är part genom Vårdcentralen Tierp, som håller i "
        "hälsosamtalen.\n",
        HEAD,
    )
    assert any("vardcentralen-tierp" in m for g in partners(d) for m in g), partners(d)
    centre = next(m for g in partners(d) for m in g if "vardcentralen-tierp" in m)
    assert together(d, "kommun/0360", centre), partners(d)



def test_a_municipality_leaves_the_party_to_the_unit_it_takes_part_through() -> None:
    d = draft(
        WORK + "Tierps kommun är part genom Socialförvaltningen, som ordnar lokaler.\n", HEAD
    )
    unit = "kommun/0360/socialforvaltningen"
    assert together(d, unit, "org/roda-korset"), partners(d)
    assert not together(d, "kommun/0360", unit), partners(d)
