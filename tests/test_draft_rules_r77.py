"""Round 77 of learning: a department's service named by a lower-case noun phrase after the
department's genitive ("Socialförvaltningens äldreomsorg", "Förskoleförvaltningens öppna
förskola") is a unit of the municipality, labelled by the whole phrase, and stands in the
frame the phrase stands in (a list of parties, "är också part")."""

from __future__ import annotations

import pytest

from samverkan.draft import draft_text
from samverkan.draft.reconcile import Index

HEAD = "Publicerad 3 mars 2026\n\nSpråkcafé för nyanlända i Lund\n\n"
BODY = "Lunds kommun ordnar språkcaféet tillsammans med Föreningen Kvarnbäcken i Lund. "


def _draft(text: str):
    return draft_text(HEAD + BODY + text + "\n", "ny_sida.txt", Index())


def _members(draft) -> set[str]:
    return {m for r in draft.relations if r.kind == "collaboration" for m in r.members}


@pytest.mark.parametrize(
    ("text", "iri", "label"),
    [
        (
            "Med i arbetet är:\n- Socialförvaltningens hemtjänst, som tar emot praktikanter\n"
            "- Föreningen Bron",
            "kommun/1281/hemtjansten",
            "Socialförvaltningens hemtjänst",
        ),
        (
            "Parter är Migrationsverket, Barn- och utbildningsförvaltningens öppna förskola "
            "och Föreningen Bron.",
            "kommun/1281/oppna-forskolan",
            "Barn- och utbildningsförvaltningens öppna förskola",
        ),
        (
            "Kultur- och fritidsförvaltningens ungdomsgrupp är också part i språkcaféet.",
            "kommun/1281/ungdomsgruppen",
            "Kultur- och fritidsförvaltningens ungdomsgrupp",
        ),
    ],
)
def test_a_departments_service_is_a_unit_in_the_phrases_frame(text, iri, label):
    draft = _draft(text)
    unit = draft.actors[iri]
    assert unit.cls == "sam:MunicipalUnit"
    assert unit.label_sv == label
    assert unit.parent == "kommun/1281"
    assert iri in _members(draft)


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Vandringarna leds av Kommunstyrelseförvaltningens trygghetsskapande enhet.",
            "kommun/1281/trygghetsskapande-enheten",
        ),
        (
            "Deltagarna hittas av Socialförvaltningens försörjningsstöd.",
            "kommun/1281/forsorjningsstodet",
        ),
    ],
)
def test_a_departments_service_is_drafted_wherever_it_stands(text, iri):
    assert iri in _draft(text).actors


@pytest.mark.parametrize(
    "text",
    [
        "Socialförvaltningens stöd till föreningen är viktigt.",
        "Kulturförvaltningens utbildning för ledare hålls i maj.",
        "Förskoleförvaltningens öppna förskola Lärkan är med.",
    ],
)
def test_a_bare_word_or_a_named_service_is_not_such_a_unit(text):
    draft = _draft(text)
    assert not any(
        a.cls == "sam:MunicipalUnit" and a.label_sv.lower().startswith(text.split()[0].lower())
        for a in draft.actors.values()
    )


def test_the_department_keeps_its_node_outside_the_frame():
    draft = _draft("Med i arbetet är:\n- Socialförvaltningens hemtjänst\n- Föreningen Bron")
    assert draft.actors["kommun/1281/socialforvaltningen"].cls == "sam:Department"
    assert "kommun/1281/socialforvaltningen" not in _members(draft)
    assert "kommun/1281/hemtjansten" in _members(draft)


@pytest.mark.parametrize(
    ("text", "post", "person"),
    [
        (
            "– Det går bra, säger Karin Ljungdahl, förvaltare på Ekbackens Fastigheter AB.",
            "org/ekbackens-fastigheter-ab/tjanst/forvaltare",
            "person/karin-ljungdahl",
        ),
        (
            "– Det går bra, säger Omar Haddad, bagarmästare på Kvarnbacka Bageri AB.",
            "org/kvarnbacka-bageri-ab/tjanst/bagarmastare",
            "person/omar-haddad",
        ),
    ],
)
def test_the_title_of_one_quoted_at_a_company_is_the_companys_post(text, post, person):
    draft = _draft(text)
    assert draft.actors[post].parent == post.rsplit("/tjanst/", 1)[0]
    assert draft.actors[post].holder == person
