"""Round 110 of learning: posts and the people who hold them.

A post put under a unit of the municipality takes the unit's IRI unless its label already
names the unit; a post whose task is a project's name going on over lower-case words keeps
the whole name ("samordnare för Träna ute"); a byline's "Av NAME, reporter" names the
reporter, not "Av". The sentences are our own (invented work in Ydre and Bjuv).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Nyheter från Ydre kommun › Kultur och fritid\n\nPublicerad 12 mars 2026\n\n"


def test_a_project_name_over_lower_case_words() -> None:
    d = draft(
        "Utegymmet i Österbymo öppnar i maj. Kontakt: Jonas Berg, samordnare för Gå "
        "tillsammans, kultur- och fritidsförvaltningen.\n",
        HEAD,
    )
    labels = {a.label_sv for a in d.actors.values()}
    assert "samordnare för Gå tillsammans" in labels, sorted(labels)


def test_not_where_the_post_works() -> None:
    d = draft(
        "Läxhjälpen är öppen varje tisdag. Eva Lind är samordnare för Läxvänner på "
        "biblioteket och svarar på frågor.\n",
        HEAD,
    )
    labels = {a.label_sv for a in d.actors.values()}
    assert not any(x.startswith("samordnare för Läxvänner på") for x in labels), sorted(labels)


def test_a_byline_names_the_reporter() -> None:
    d = draft(
        "Av Karin Dahl, reporter\n\nYdre kommun öppnar en ny mötesplats i Österbymo "
        "tillsammans med Föreningen Nya Ydrebor.\n",
        "Ydreposten › Nyheter\n\nPublicerad 3 mars 2026\n\n",
    )
    assert "person/karin-dahl" in d.actors, sorted(d.actors)
    assert not any(i.startswith("person/av-") for i in d.actors), sorted(d.actors)


def test_a_post_of_a_unit_under_the_units_iri() -> None:
    d = draft(
        "Kartläggningen görs av Ydre kommun och Föreningen Nya Ydrebor.\n\nKontakt\n"
        "Karin Holm, utredare, kommunledningsförvaltningen\n",
        HEAD,
    )
    iri = "kommun/0512/kommunledningsforvaltningen/tjanst/utredare"
    assert iri in d.actors, sorted(d.actors)
    assert "kommun/0512/tjanst/utredare" not in d.actors, sorted(d.actors)


def test_a_post_of_the_municipality_stays() -> None:
    d = draft(
        "Kartläggningen görs av Ydre kommun och Föreningen Nya Ydrebor. Karin Holm är "
        "utredare i Ydre kommun och leder arbetet.\n",
        HEAD,
    )
    posts = {k: a.parent for k, a in d.actors.items() if "/tjanst/utredare" in k}
    assert posts == {"kommun/0512/tjanst/utredare": "kommun/0512"}, posts
