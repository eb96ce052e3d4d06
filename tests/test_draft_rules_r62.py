"""Round 62 of learning: a piece of work drafted as one of its own members, and a counted
list of a piece of work's parties.

From the blind rounds 71 and 72: a family centre "drivs av" a municipality and a region, and
associations "är parter i familjecentralen"; summer jobs "tog fyra arbetsgivare emot
ungdomar i Midsommarbron: A, B, C och D". The sentences are our own (invented associations
and companies in Värmland), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, funding, partners, together

HEAD = "Arvika kommun › Integration › Mötesplatsen\n\nPublicerad 12 maj 2026\n\n"


def test_parties_of_a_centre_named_by_a_common_noun_are_one_collaboration() -> None:
    d = draft(
        "Familjecentralen öppnade i fjol och drivs av Arvika kommun och Region Värmland "
        "tillsammans. Sedan i våras är två föreningar parter i familjecentralen: Föreningen "
        "Glasbruket och Arvika Schackklubb.\n",
        HEAD,
    )
    assert together(
        d, "kommun/1784", "region/17", "org/foreningen-glasbruket", "org/arvika-schackklubb"
    ), partners(d)
    assert not any(m.endswith("familjecentralen") for g in partners(d) for m in g), partners(d)


def test_a_counted_list_after_a_colon_joins_the_runner_of_the_work() -> None:
    d = draft(
        "Sommarbron drivs av Arvika kommun. I år tog tre företag emot ungdomar i "
        "Sommarbron: Glafsfjordens Snickeri AB, Föreningen Glasbruket och Ölme Bageri AB.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/1784",
        "org/glafsfjordens-snickeri-ab",
        "org/foreningen-glasbruket",
        "org/olme-bageri-ab",
    ), partners(d)


def test_a_counted_list_in_bullets_joins_the_runners_of_the_work() -> None:
    d = draft(
        "Mötesplatsen drivs av Arvika kommun och Region Värmland.\n\n"
        "På mötesplatsen arbetar tre verksamheter:\n"
        "- Föreningen Glasbruket\n"
        "- Arvika Schackklubb\n"
        "- Vårdcentralen Solen, som hör till Region Värmland\n\n"
        "Öppet varje dag.\n",
        HEAD,
    )
    assert together(
        d, "kommun/1784", "region/17", "org/foreningen-glasbruket", "org/arvika-schackklubb"
    ), partners(d)


def test_a_capitalised_work_others_are_party_of_is_no_member_and_gets_no_grant() -> None:
    # "part i Arvika Tillsammans": a party of a work, whatever its name looks like
    d = draft(
        "Arvika Tillsammans är kommunens överenskommelse med föreningslivet. "
        "Integrationsenheten leder arbetet. Parter är Föreningen Glasbruket och Arvika "
        "Schackklubb. Länsstyrelsen i Värmlands län beviljade Integrationsenheten 300 000 "
        "kronor för Arvika Tillsammans. Arbetsförmedlingen är inte part i Arvika "
        "Tillsammans.\n",
        HEAD,
    )
    members = {m for g in partners(d) for m in g}
    assert "org/foreningen-glasbruket" in members, partners(d)
    assert not any("arvika-tillsammans" in m for m in members), partners(d)
    grants = funding(d)
    assert grants and not any("arvika-tillsammans" in r for _f, r in grants), grants


def test_an_associations_name_stops_before_a_strong_verb_in_the_past() -> None:
    # "Föreningen X ingick ett partnerskap": "ingick" is a verb, no part of the name
    d = draft(
        "Glasbruksbron är ett partnerskap som kommunen och Föreningen Glasblåsarna Sölje "
        "ingick i maj 2024.\n",
        HEAD,
    )
    labels = {a.label_sv for a in d.actors.values()}
    assert "Föreningen Glasblåsarna Sölje" in labels, labels
    assert not any(label.endswith("ingick") for label in labels), labels


def test_a_name_of_an_adjective_of_a_people_goes_on_to_its_noun() -> None:
    # "Föreningen Eritreanska familjer", "Föreningen Kurdiska kulturhuset": the adjective
    # needs its noun, though the noun looks like a verb or a verb follows it
    d = draft(
        "Läxhjälpen drivs av Föreningen Eritreanska familjer och Föreningen Kurdiska "
        "kulturhuset var med från starten.\n",
        HEAD,
    )
    labels = {a.label_sv for a in d.actors.values()}
    assert "Föreningen Eritreanska familjer" in labels, labels
    assert "Föreningen Kurdiska kulturhuset" in labels, labels
