"""Round 110 of learning: posts and the people who hold them.

A post whose task is a project's name going on over lower-case words keeps
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

