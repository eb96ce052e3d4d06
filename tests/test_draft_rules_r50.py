"""Round 50 of learning (from the blind rounds 56 and 57).

The sentences are our own (invented clubs and places in Dalarna and Värmland), not from any
page.
"""

from __future__ import annotations

from drafthelpers import draft, funding, partners, together


def test_a_sum_given_to_the_one_named_right_after_the_verb_is_a_grant() -> None:
    # "X har gett Y 25 000 kronor i ...": no "till", no funding verb of the rules before
    d = draft(
        "Kursen hålls i Folkets hus varje onsdag.\n\n"
        "Falu kommun har gett Schackklubben Löparen 25 000 kronor i aktivitetsbidrag för kursen.\n"
        "Falu kommun ger Bridgeklubben Ruter en lokal i Folkets hus. Kaffet kostar 10 kronor.\n"
    )
    assert ("kommun/2080", "org/schackklubben-loparen") in funding(d)
    # a room given, a sum in the next sentence: no grant
    assert ("kommun/2080", "org/bridgeklubben-ruter") not in funding(d)


def test_a_sum_given_to_two_joined_by_and_is_a_grant_to_both() -> None:
    d = draft(
        "Stämman hålls i augusti.\n\n"
        "Mora kommun ger Spelmanslaget Forsen och Föreningen Dutar 12 000 kronor var.\n"
    )
    assert {
        ("kommun/2062", "org/spelmanslaget-forsen"),
        ("kommun/2062", "org/foreningen-dutar"),
    } <= funding(d)


def test_a_department_of_three_services_after_the_genitive_is_drafted() -> None:
    # "kommuns X-, Y- och Zförvaltning": the indefinite form of three services
    d = draft(
        "Läxhjälpen drivs av Borlänge kommuns kultur-, fritids- och folkhälsoförvaltning "
        "tillsammans med Schackklubben Löparen.\n"
    )
    iri = "kommun/2081/kultur-fritids-och-folkhalsoforvaltningen"
    assert iri in d.actors
    assert d.actors[iri].cls == "sam:Department"


def test_a_unit_named_again_by_its_kind_belongs_where_the_sentence_says() -> None:
    # "fritidsgården Ljuset ... Fritidsgården hör till X kommuns Y-förvaltning"
    d = draft(
        "Vi träffas på fritidsgården Ljuset i Mora varje torsdag.\n\n"
        "Fritidsgården hör till Mora kommuns kultur- och fritidsförvaltning.\n"
    )
    unit = d.actors["kommun/2062/fritidsgarden-ljuset"]
    assert unit.parent == "kommun/2062/kultur-och-fritidsforvaltningen"


def test_the_title_of_one_quoted_is_a_post_whatever_the_word() -> None:
    # "säger NAME, TITLE i ORG": the frame, not a list of titles, says it is a post
    d = draft(
        "Vi klättrar i Mora varje lördag.\n\n"
        "– Alla kan lära sig att säkra, säger Anna Berg, ungdomsansvarig i Klätterklubben "
        "Fästet.\n\n"
        "– Det är kul, säger Omar Said, kursledare i Bridgeklubben Hjärter Knekt.\n\n"
        "– Vi kommer igen, säger Lina Ek, uppvuxen i Mora kommun.\n"
    )
    posts = {a.label_sv: a for a in d.actors.values() if a.cls == "org:Post"}
    assert posts["ungdomsansvarig"].parent == "org/klatterklubben-fastet"
    assert posts["ungdomsansvarig"].holder == "person/anna-berg"
    assert posts["kursledare"].holder == "person/omar-said"
    # "uppvuxen i Mora kommun": a municipality is no body a speaker holds a post in so
    assert "uppvuxen" not in posts



def test_a_municipality_taking_part_through_its_unit_is_no_party_beside_it() -> None:
    # the unit is a party; "X kommun bidrar genom fritidsgårdens personal" adds no municipality
    d = draft(
        "Schack för nya är ett samarbete mellan Schackklubben Löparen och fritidsgården Ljuset "
        "i Mora. Mora kommun bidrar genom fritidsgårdens personal.\n"
    )
    assert together(d, "org/schackklubben-loparen", "kommun/2062/fritidsgarden-ljuset")
    assert not any("kommun/2062" in group for group in partners(d))


def test_a_party_named_after_the_verb_joins_the_pages_collaboration() -> None:
    # "Sedan 2026 är också Föreningen X part i projektet": the subject after the verb
    d = draft(
        "Läxhjälpen i Mora ägs av Mora kommun.\n\n"
        "Sedan hösten 2026 är också Föreningen Dutar part i projektet.\n"
    )
    assert together(d, "kommun/2062", "org/foreningen-dutar")
