"""Round 98 of learning: units placed in their department, and associations named again by
their name alone.

A unit named with its department before it, "förvaltningen och dess enhet" (or "med sin"),
belongs to that department; so does a unit whose place is a department, "enheten på/vid
förvaltningen". A unit "på" a municipality's place or another unit keeps its parent.
An association first named after a lower-case word for what it is ("föreningen X Y") is the
same association where a later sentence names "X Y" alone, in a list of parties; not a
one-word name, which names the association's activity as often.
A first line that opens with an association's name before a dash ("IF X – Klubbnytt nr 2")
makes the page the association's own: the posts of its contact lines are the association's.
A bulleted list after "Några av dem är:", where it or the sentence before counts bodies that
take part ("nio föreningar är anslutna"), joins the collaboration of the page's one piece of
work run by someone ("X drivs av ..."); not a count of grants or of meetings.
The sentences are our own (invented units and associations in Gästrikland and Jämtland).
"""

from __future__ import annotations

from drafthelpers import draft, parent, partners

HEAD = "Nyheter från Ockelbo kommun › Integration\n\nPublicerad 3 februari 2026\n\n"


def test_a_department_and_its_unit() -> None:
    d = draft(
        "Sorteringskurserna har tagits fram av Ockelbo kommun genom "
        "samhällsbyggnadsförvaltningen och dess återvinningsenhet. Kurserna är gratis.\n",
        HEAD,
    )
    assert parent(d, "kommun/2101/atervinningsenheten") == (
        "kommun/2101/samhallsbyggnadsforvaltningen"
    ), {a.iri: a.parent for a in d.actors.values()}


def test_a_unit_on_its_department() -> None:
    d = draft(
        "Läxhjälpen drivs av biblioteksenheten på kultur- och fritidsförvaltningen. "
        "Hjälpen ges på tisdagar.\n",
        HEAD,
    )
    assert parent(d, "kommun/2101/biblioteksenheten") == (
        "kommun/2101/kultur-och-fritidsforvaltningen"
    ), {a.iri: a.parent for a in d.actors.values()}


def test_a_unit_at_a_place_keeps_its_municipality() -> None:
    d = draft(
        "Läxhjälpen drivs av biblioteksenheten på Ockelbo bibliotek och Studieförbundet "
        "Gästrikebygd. Hjälpen ges på tisdagar.\n",
        HEAD,
    )
    assert parent(d, "kommun/2101/biblioteksenheten") == "kommun/2101", {
        a.iri: a.parent for a in d.actors.values()
    }


# an association named again by its name alone (round 98 of learning)
JAMT = "Nyheter från Bergs kommun › Föreningsliv\n\nPublicerad 3 februari 2026\n\n"


def test_an_association_named_again_in_a_list_of_members() -> None:
    d = draft(
        "Sedan i höstas leder hon föreningen Nyfikna på Hackås. "
        "Bergs kommun samordnar Mötesnätverket i Svenstavik. I nätverket ingår "
        "Nyfikna på Hackås, Studieförbundet Fjällvidd och Svenstaviks IF.\n",
        JAMT,
    )
    groups = partners(d)
    assert any("org/nyfikna-pa-hackas" in g for g in groups), groups


def test_a_one_word_name_is_not_found_again() -> None:
    d = draft(
        "Föreningen Fjällgrannar drev i våras föreningen Vintercafé med kommunen. "
        "I gruppen ingår Vintercafé, Studieförbundet Fjällvidd och Svenstaviks IF.\n",
        JAMT,
    )
    groups = partners(d)
    assert not any("org/vintercafe" in g for g in groups), groups


# an association's own page by its name before a dash on the first line (round 98 of learning)
def test_posts_on_an_association_page_titled_with_a_dash() -> None:
    d = draft(
        "Kontakt\nOrdförande: Lena Backström\nKassör: Omar Haji Ali\n",
        "Svenstaviks IF – Klubbnytt nr 2, våren 2026\n\nPublicerad 3 februari 2026\n\n"
        "Svenstaviks IF ordnar prova-på-dagar för nyanlända i Bergs kommun.\n\n",
    )
    assert parent(d, "org/svenstaviks-if/tjanst/ordforande") == "org/svenstaviks-if", {
        a.iri: a.parent for a in d.actors.values()
    }


def test_a_title_that_opens_with_no_association_names_no_page_owner() -> None:
    d = draft(
        "Kontakt\nOrdförande: Lena Backström\n",
        "Vintern i Svenstavik – Klubbnytt nr 2\n\nPublicerad 3 februari 2026\n\n"
        "Svenstaviks IF ordnar prova-på-dagar för nyanlända i Bergs kommun.\n\n",
    )
    posts = {a.iri: a.parent for a in d.actors.values() if "/tjanst/" in a.iri}
    assert posts and "org/svenstaviks-if" not in posts.values(), posts


# a list of the bodies that take part, introduced by a counting sentence that names no work
# (round 98 of learning)
KORT = "Ockelbo kommun > Fritid > Fritidskortet\n\nSenast uppdaterad: 3 februari 2026\n\n"


def test_a_counted_list_of_joined_associations_joins_the_one_work() -> None:
    d = draft(
        "Fritidskortet drivs av kultur- och fritidsförvaltningen tillsammans med "
        "socialförvaltningen.\n\n"
        "Våren 2026 är sex föreningar anslutna. Några av dem är:\n"
        "- Ockelbo Ryttarsällskap\n"
        "- Wij Schacksällskap\n"
        "- Studieförbundet Gästrikebygd\n\n"
        "Kortet gäller ett år.\n",
        KORT,
    )
    groups = partners(d)
    assert any(
        {"kommun/2101/kultur-och-fritidsforvaltningen", "org/studieforbundet-gastrikebygd"} <= g
        for g in groups
    ), groups


def test_a_counted_list_of_grants_joins_no_work() -> None:
    d = draft(
        "Fritidskortet drivs av kultur- och fritidsförvaltningen tillsammans med "
        "socialförvaltningen.\n\n"
        "Våren 2026 fick sex föreningar bidrag. Några av dem är:\n"
        "- Ockelbo Ryttarsällskap\n"
        "- Wij Schacksällskap\n"
        "- Studieförbundet Gästrikebygd\n\n"
        "Kortet gäller ett år.\n",
        KORT,
    )
    groups = partners(d)
    assert not any(
        {"kommun/2101/kultur-och-fritidsforvaltningen", "org/studieforbundet-gastrikebygd"} <= g
        for g in groups
    ), groups
