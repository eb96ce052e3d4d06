"""The page's main collaboration and the hosts of placements (round 23 of learning). Each
test drafts a few lines of our own and fails without
:mod:`samverkan.draft.relations.main_collaboration` or :mod:`samverkan.draft.relations.hosts`.
"""

from __future__ import annotations

from drafthelpers import draft, funding, partners, together


def test_parties_given_a_paragraph_each_join_the_owner_s_project() -> None:
    d = draft(
        "Steget är ett projekt för unga vuxna i Torsby. Steget ägs av Torsby kommun.\n\n"
        "Region Värmland\n"
        "Region Värmland är samverkanspart sedan 2024. Regionen håller hälsoträffar.\n\n"
        "Röda Korset\n"
        "Röda Korset är med som part sedan hösten och håller i läxhjälpen.\n"
    )
    assert together(d, "kommun/1737", "region/17", "org/roda-korset")


def test_a_past_party_is_kept_and_a_denied_one_is_not() -> None:
    d = draft(
        "Projektet Bron drivs av Sunne kommun tillsammans med Arbetsförmedlingen.\n\n"
        "Munkfors kommun var samverkanspart under det första året men lämnade projektet.\n\n"
        "Sunne församling är inte part i projektet, men lånar ut en lokal.\n"
    )
    assert together(d, "kommun/1766", "org/arbetsformedlingen", "kommun/1762")
    assert not any("org/sunne-forsamling" in group for group in partners(d))


def test_a_party_sentence_joins_the_collaboration_of_the_page_s_own_party() -> None:
    d = draft(
        "Hagfors kommun driver projektet Nystart tillsammans med ABF Värmland.\n\n"
        "Försäkringskassan är också samverkanspart, med en handläggare i teamet.\n"
    )
    assert together(d, "kommun/1783", "org/abf-varmland", "org/forsakringskassan")
    assert len(partners(d)) == 1


def test_a_planned_party_joins_nothing() -> None:
    d = draft(
        "Hagfors kommun driver projektet Nystart tillsammans med ABF Värmland.\n\n"
        "Försäkringskassan ska också bli samverkanspart nästa år.\n"
    )
    assert not any("org/forsakringskassan" in group for group in partners(d))


def test_companies_that_take_the_participants_join_the_project_before() -> None:
    d = draft(
        "Torsby kommun driver spåret Skogsjobb tillsammans med Arbetsförmedlingen. "
        "Två företag, Fryksdalens Plåt AB och Klarälvens Såg AB, tar emot deltagarna "
        "för praktik.\n"
    )
    assert together(
        d,
        "kommun/1737",
        "org/arbetsformedlingen",
        "org/fryksdalens-plat-ab",
        "org/klaralvens-sag-ab",
    )


def test_hosts_named_after_bland_dem_and_in_a_dash_list_join_the_project() -> None:
    d = draft(
        "Sunne kommun driver projektet Jobbstart tillsammans med Region Värmland.\n\n"
        "Tolv företag har tagit emot deltagare för praktik, bland dem Sunne Bygg AB.\n\n"
        "De här har också tagit emot praktikanter inom projektet:\n"
        "– Frykens Café AB\n"
        "– Rottneros Trä AB\n"
    )
    assert together(
        d, "kommun/1766", "region/17", "org/sunne-bygg-ab", "org/frykens-cafe-ab",
        "org/rottneros-tra-ab",
    )


def test_a_host_in_a_clause_of_another_sentence_or_a_hedge_joins_nothing() -> None:
    d = draft(
        "Sunne kommun driver projektet Jobbstart tillsammans med Region Värmland. "
        "Förr hade Munkfors kommun en egen mottagning, där Torsby kommun tog emot "
        "deltagarna. Frykens Café AB kan inte ta emot praktikanter i år.\n"
    )
    groups = partners(d)
    assert not any("kommun/1737" in g or "org/frykens-cafe-ab" in g for g in groups)


def test_members_listed_without_their_body_join_the_one_of_the_sentence_before() -> None:
    d = draft(
        "Torsby kommun är med i nätverket Värmlandsbron.\n\n"
        "Nätverket Värmlandsbron leds sedan 2023 gemensamt av Region Värmland och "
        "Länsstyrelsen i Värmlands län. Försäkringskassan och Migrationsverket ingår "
        "sedan starten.\n"
    )
    assert together(
        d, "region/17", "lansstyrelse/17", "org/forsakringskassan", "org/migrationsverket"
    )


def test_members_listed_in_a_named_body_keep_their_own_collaboration() -> None:
    d = draft(
        "Torsby kommun är med i nätverket Värmlandsbron.\n\n"
        "Nätverket Värmlandsbron leds sedan 2023 gemensamt av Region Värmland och "
        "Länsstyrelsen i Värmlands län. Försäkringskassan och Migrationsverket ingår "
        "i en referensgrupp.\n"
    )
    assert not together(d, "region/17", "org/forsakringskassan")


def test_a_municipality_paying_another_per_participant_funds_it() -> None:
    d = draft("Munkfors kommun betalar Hagfors kommun per deltagare enligt avtalet.\n")
    assert ("kommun/1762", "kommun/1783") in funding(d)


def test_a_payer_after_the_verb_of_an_opening_adverbial_funds_the_one_named_next() -> None:
    d = draft(
        "Enligt samverkansavtalet betalar Sunne kommun Torsby kommun för varje elevplats.\n"
    )
    assert ("kommun/1766", "kommun/1737") in funding(d)


def test_paying_rent_per_month_funds_no_one() -> None:
    d = draft("Sunne kommun betalar hyran för lokalen per månad till Röda Korset.\n")
    assert ("kommun/1766", "org/roda-korset") not in funding(d)


def test_a_sentence_that_adds_to_the_project_before_joins_it() -> None:
    d = draft(
        "Projektet Vägen fram drivs av Torsby kommun tillsammans med Arbetsförmedlingen "
        "och Region Värmland.\n\n"
        "Projektet samverkar också med Klarälvdalens folkhögskola och föreningen "
        "Torsby Vänner, som har mentorer.\n"
    )
    assert together(
        d,
        "kommun/1737",
        "org/arbetsformedlingen",
        "region/17",
        "org/klaralvdalens-folkhogskola",
    )
    assert len(partners(d)) == 1
