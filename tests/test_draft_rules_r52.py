"""Round 52 of learning (from the blind rounds 59 and 60).

The sentences are our own (invented associations and places in Värmland and Dalarna), not
from any page.
"""

from __future__ import annotations

from drafthelpers import draft, together


def _post(d, label: str):
    return next(a for iri, a in d.actors.items() if "/tjanst/" in iri and a.label_sv == label)


def test_a_post_in_the_definite_association_belongs_to_the_association_named_before() -> None:
    # "NAME, ordförande i föreningen": "föreningen" refers back, as "föreningens" does
    d = draft(
        "Läxhjälp i Kil\n\n"
        "Föreningen Solrosen ordnar läxhjälp i Kil varje tisdag. Kils kommun lånar ut lokalen.\n"
        '"Vi behöver fler vuxna", säger Anna Berg, ordförande i föreningen.\n'
    )
    assert _post(d, "ordförande").parent == "org/foreningen-solrosen"


def test_a_post_in_the_board_of_a_named_organisation_belongs_to_it() -> None:
    # "ledamot i styrelsen för ORG": the board of the organisation after "för", named there
    # again by the name it had before
    d = draft(
        "Mentorer i Kil\n\n"
        "Mentorskapet drivs av integrationsenheten tillsammans med PRO Kilsgnistan och Kils "
        "Bildningsförbund. Kils kommun äger satsningen.\n\n"
        '"Det är roligt att lära ut", säger Per Lund, handledare och ledamot i styrelsen för '
        "PRO Kilsgnistan.\n"
    )
    assert _post(d, "ledamot").parent == "org/pro-kilsgnistan"


def test_the_posts_of_a_board_list_belong_to_the_organisation_whose_board_it_is() -> None:
    # "Styrelsen för ORG ..." / "styrelsen har bestått av: NAME (kassör)"
    d = draft(
        "Verksamhetsberättelse 2025\n\n"
        "Styrelsen för Föreningen Bryggan lämnar här sin berättelse. Säffle kommun gav "
        "föreningen 20 000 kronor.\n\n"
        "Under året har styrelsen bestått av: Eva Ek (ordförande), Bo Ström (kassör) och "
        "två ledamöter.\n"
    )
    assert _post(d, "kassör").parent == "org/foreningen-bryggan"


def test_the_applicant_acting_through_its_unit_is_a_party_of_the_list_that_follows() -> None:
    # "X är sökande genom Y-förvaltningens enhet Z. ... genomförs P tillsammans med:" + list
    d = draft(
        "Beslut om bidrag\n\n"
        "Gagnefs kommun är sökande genom socialförvaltningens arbetsmarknadsenhet. Enligt "
        "ansökan genomförs Språkbron tillsammans med:\n\n"
        "- Föreningen Grannsämja\n"
        "- Studieförbundet Älvdalen\n"
    )
    assert together(
        d,
        "kommun/2026/arbetsmarknadsenheten",
        "org/foreningen-grannsamja",
        "org/studieforbundet-alvdalen",
    )


def test_the_unit_after_its_owners_genitive_runs_the_work_of_the_list() -> None:
    # "samordnas av X-förvaltningens fritidsenhet. ... ordnas de tillsammans med:" + list
    d = draft(
        "Sommarlov i Gagnef\n\n"
        "Sommarlovsaktiviteterna samordnas av Kultur- och fritidsförvaltningens fritidsenhet. "
        "I år ordnas de tillsammans med:\n\n"
        "- Gagnefs IF\n"
        "- Föreningen Grannsämja\n"
    )
    units = [i for i in d.actors if i.endswith("/fritidsenheten")]
    assert units and together(d, units[0], "org/gagnefs-if", "org/foreningen-grannsamja")


def test_parties_listed_after_a_colon_join_the_collaboration_just_described() -> None:
    # "Satsningen drivs av A och B. Tre klubbar är parter från start: C, D och E."
    d = draft(
        "Idrott för nya i Leksand\n\n"
        "Satsningen drivs av Studieförbundet Dalaporten och Föreningen Grannsämja. Tre "
        "klubbar är parter från start: Leksands Brottarklubb, Insjöns Bordtennisklubb och "
        "Siljans Ridklubb.\n"
    )
    assert together(
        d,
        "org/studieforbundet-dalaporten",
        "org/foreningen-grannsamja",
        "org/leksands-brottarklubb",
        "org/insjons-bordtennisklubb",
        "org/siljans-ridklubb",
    )


def test_one_that_is_also_with_in_the_work_named_before_joins_its_collaboration() -> None:
    # "P startade i maj. Bakom P står A och B. ... C, som därmed också är med i P."
    d = draft(
        "Läsa ihop i Rättvik\n\n"
        "Läsa ihop startade i maj 2026. Bakom cirklarna står Studieförbundet Dalaporten och "
        "Föreningen Grannsämja. Kvinnocirkeln leds av Föreningen Solrosen, som därmed också "
        "är med i Läsa ihop.\n"
    )
    assert together(
        d, "org/studieforbundet-dalaporten", "org/foreningen-grannsamja", "org/foreningen-solrosen"
    )
