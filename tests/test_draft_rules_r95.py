"""Round 95 of learning: members counted where listed, a paper, a column, those present,
parties one a sentence.

On the blind rounds 148-151 most missed relations were pairs of partners. An umbrella
network's page lists some of its members in a sentence that counts them itself ("Bland de
14 medlemmarna finns: A, B och C"), with no sentence before that counts them: the members
listed are partners of each other. A body's paper names the body on its masthead
("Församlingsblad för X", "Nyhetsbrev från Föreningen Y"): the page is the body's own, its
"vi" the body, so what "vi" run with others has the body as a party. A table whose one
column of parties is "Tillsammans med", one body a row and no other body in the row, on a
page of no organisation of its own, names the bodies the page's one work is done with. Under
"Närvarande ledamöter" in a council's minutes, lines with no bullets ("Anna Ek, enhetschef,
fritidsenheten") up to the blank line name the bodies that sit in the council. A sentence that
ends by counting the parties ("Projektet har fyra parter.") and as many sentences after it
that each open with a body ("Föreningen X blir projektägare. Y kommun ordnar praktik.") or
name it after "Den fjärde parten är" name the parties one a sentence.
The sentences are our own (invented associations in Dalarna).
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Föreningsalliansen Orsa › Bli medlem\n\nSenast ändrad: 3 februari 2026\n\n"


def test_members_counted_in_their_own_sentence() -> None:
    d = draft(
        "Föreningsalliansen är ett nätverk för ideella föreningar i Orsa.\n\n"
        "Några av våra medlemmar\n"
        "Bland de elva medlemmarna finns: Orsa Schackklubb, Kvinnoföreningen Vallmon och "
        "Somaliska Föreningen Hiil.\n",
        HEAD,
    )
    assert together(
        d, "org/orsa-schackklubb", "org/kvinnoforeningen-vallmon", "org/somaliska-foreningen-hiil"
    ), partners(d)


def test_not_members_among_the_new_ones_uncounted() -> None:
    # "de nya medlemmarna" counts nothing, and no sentence before counts the members
    d = draft(
        "Föreningsalliansen är ett nätverk för ideella föreningar i Orsa.\n\n"
        "Bland de nya medlemmarna finns Orsa Schackklubb och Kvinnoföreningen Vallmon.\n",
        HEAD,
    )
    assert not together(d, "org/orsa-schackklubb", "org/kvinnoforeningen-vallmon"), partners(d)


def test_not_members_counted_and_denied() -> None:
    d = draft(
        "Bland de elva medlemmarna finns inte Orsa Schackklubb eller Kvinnoföreningen Vallmon, "
        "som lämnade alliansen 2024.\n",
        HEAD,
    )
    assert not together(d, "org/orsa-schackklubb", "org/kvinnoforeningen-vallmon"), partners(d)


PAPER = "Vallmobladet – nr 2 2026\nNyhetsbrev från Föreningen Vallmon i Orsa\nUtkom 2 mars 2026\n\n"
BODY = (
    "Ordföranden har ordet\n\n"
    "Vårt språkcafé har nu funnits i fem år. Sedan starten driver vi caféet tillsammans med "
    "Studieförbundet Dalaljus, som står för en samtalsledare varje vecka.\n"
)


def test_the_body_on_the_masthead_is_our_party() -> None:
    d = draft(BODY, PAPER)
    assert together(d, "org/foreningen-vallmon-i-orsa", "org/studieforbundet-dalaljus"), partners(d)


def test_not_a_body_a_paper_is_about() -> None:
    # "Nyhetsbrev om ...": a paper about the body, not its own; the municipality's page
    d = draft(
        BODY,
        PAPER.replace(
            "Nyhetsbrev från Föreningen Vallmon i Orsa",
            "Orsa kommun\nNyhetsbrev om föreningslivet, med Föreningen Vallmon",
        ),
    )
    assert not (d.publisher or "").startswith("org/foreningen-vallmon"), d.publisher
    assert not any(
        "org/studieforbundet-dalaljus" in m
        and any(x.startswith("org/foreningen-vallmon") for x in m)
        for m in partners(d)
    ), partners(d)


MUNICIPAL = "Orsa kommun › Vuxenutbildning › Validering\n\nPublicerad 4 mars 2026\n\n"


def test_one_partner_a_row_under_together_with() -> None:
    d = draft(
        "Validering våren 2026\n"
        "Yrke | Här görs bedömningen | Tillsammans med\n"
        "Barnskötare | förskolor i Orsa | förskoleavdelningen\n"
        "Lagerarbetare | lagret hos företaget | Orsa Logistik AB\n"
        "Kock | skolans kök | –\n",
        MUNICIPAL,
    )
    assert together(d, "kommun/2034/forskoleavdelningen", "org/orsa-logistik-ab"), partners(d)


def test_not_rows_that_name_their_own_organisation() -> None:
    # each row pairs its organisation with its partner: one work a row, not one of all rows
    d = draft(
        "Föreningarnas verksamhet 2025\n"
        "Organisation | Verksamhet | Samverkar med\n"
        "Orsa Schackklubb | Schack för nyanlända barn | Orsa bibliotek\n"
        "Kvinnoföreningen Vallmon | Språkcafé | Studieförbundet Dalaljus\n",
        MUNICIPAL,
    )
    assert not any(
        "org/studieforbundet-dalaljus" in m and any("bibliotek" in x for x in m)
        for m in partners(d)
    ), partners(d)


MINUTES = "Orsa kommun\n\nPROTOKOLL\nRådet för integration\n\nSammanträdesdatum: 2026-02-11\n\n"


def test_those_present_one_a_line_without_bullets() -> None:
    d = draft(
        "Närvarande ledamöter\n"
        "Anna Ek (S), kommunstyrelsens ordförande, ordförande i rådet\n"
        "Per Lind, enhetschef, fritidsenheten\n"
        "Sara Holm, arbetsförmedlare, Arbetsförmedlingen\n"
        "Leyla Demir, ordförande, Kvinnoföreningen Vallmon\n\n"
        "§ 1 Val av justerare\n"
        "Per Lind utses att justera protokollet.\n",
        MINUTES,
    )
    assert together(
        d, "kommun/2034/fritidsenheten", "org/arbetsformedlingen", "org/kvinnoforeningen-vallmon"
    ), partners(d)


def test_not_a_paragraph_after_those_present() -> None:
    # the list ends at the blank line: a body of the next paragraph sat at no meeting
    d = draft(
        "Närvarande ledamöter\n"
        "Per Lind, enhetschef, fritidsenheten\n"
        "Sara Holm, arbetsförmedlare, Arbetsförmedlingen\n\n"
        "Rolf Berg, ordförande i Orsa Schackklubb, har bett om ett möte med rådet.\n",
        MINUTES,
    )
    assert not any("org/orsa-schackklubb" in m for m in partners(d)), partners(d)


def test_counted_parties_one_a_sentence() -> None:
    d = draft(
        "Enligt projektskissen har Brobygget tre parter. Kvinnoföreningen Vallmon blir "
        "projektägare. Orsa kommun ordnar praktikplatser för deltagarna. Den tredje parten är "
        "Studieförbundet Dalaljus, som håller kurser i yrkessvenska.\n",
        MUNICIPAL,
    )
    assert together(
        d, "org/kvinnoforeningen-vallmon", "kommun/2034", "org/studieforbundet-dalaljus"
    ), partners(d)


def test_not_parties_fewer_than_counted() -> None:
    # three parties counted, two named before the paragraph ends: not the list of them
    d = draft(
        "Brobygget har tre parter. Kvinnoföreningen Vallmon ordnar fika. Studieförbundet "
        "Dalaljus håller kurser i yrkessvenska.\n\nOrsa kommun har beviljat 20 000 kronor.\n",
        MUNICIPAL,
    )
    assert not together(d, "org/kvinnoforeningen-vallmon", "org/studieforbundet-dalaljus"), (
        partners(d)
    )
