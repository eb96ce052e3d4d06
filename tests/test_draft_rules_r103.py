"""Round 103 of learning: units and posts under the department that signs a page.

A decision or report often ends with the name of a department alone on a line and below it
its officers' signatures, a name and a post on lines of their own ("Socialförvaltningen" /
"Anna Ek" / "förvaltningschef"). Each post signed there is the department's, not the
municipality's, and a unit written after a post's comma ("utredare, avdelningen för ...")
is that department's unit. A department named alone on a line in the running text, with
text after the names, heads no signatures.
The sentences are our own (invented people in Dalarna).
"""

from __future__ import annotations

from drafthelpers import draft, funding, post_parent

HEAD = "Uppsägning av avtal om läxhjälp i Mora kommun\n\nTjänsteskrivelse 12 mars 2026\n\n"


def test_posts_signed_under_a_department_are_the_department_s() -> None:
    d = draft(
        "Socialförvaltningen föreslår att avtalet om läxhjälp med föreningen sägs upp. "
        "Verksamhetsbidraget upphör från 2027.\n\n"
        "Socialförvaltningen\n\nKarin Lövgren\nförvaltningschef\n\n"
        "Ali Hassan\nintegrationssamordnare\n",
        HEAD,
    )
    assert post_parent(d, "förvaltningschef") == "kommun/2062/socialforvaltningen"
    assert post_parent(d, "integrationssamordnare") == "kommun/2062/socialforvaltningen"


def test_a_unit_after_a_signed_post_is_the_department_s_unit() -> None:
    d = draft(
        "Kommunstyrelseförvaltningen redovisar uppföljningen av överenskommelsen med "
        "Arbetsförmedlingen.\n\n"
        "Kommunstyrelseförvaltningen\n\nPer Ström\nkommundirektör\n\n"
        "Lina Berg\nutredare, avdelningen för social hållbarhet\n",
        HEAD,
    )
    unit = next(a for a in d.actors.values() if a.label_sv.startswith("avdelningen för"))
    assert unit.parent.endswith("kommunstyrelseforvaltningen"), unit.parent
    assert post_parent(d, "utredare") == unit.iri


def test_a_department_heading_running_text_heads_no_signatures() -> None:
    d = draft(
        "Socialförvaltningen\n\nAli Hassan\nintegrationssamordnare\n\n"
        "Samordnaren har träffat föreningen två gånger under våren och "
        "redovisar samtalen i nämnden i maj.\n",
        HEAD,
    )
    assert post_parent(d, "integrationssamordnare") != "kommun/2062/socialforvaltningen"


def test_a_post_and_unit_below_its_holder_s_name_is_the_unit_s() -> None:
    d = draft(
        "Kultur- och fritidsnämnden beslutar att anta svaret på skrivelsen.\n\n"
        "Lina Berg\nföreningskonsulent, fritidsavdelningen\n",
        HEAD,
    )
    assert post_parent(d, "föreningskonsulent") == "kommun/2062/fritidsavdelningen"


def test_a_post_and_unit_below_a_line_of_text_names_no_place() -> None:
    d = draft(
        "Kultur- och fritidsnämnden beslutar att anta svaret på skrivelsen.\n\n"
        "Frågor om beslutet besvaras av\nföreningskonsulent, fritidsavdelningen\n",
        HEAD,
    )
    assert post_parent(d, "föreningskonsulent") != "kommun/2062/fritidsavdelningen"


def test_a_unit_closing_a_signature_line_takes_the_post_with_its_duties() -> None:
    d = draft(
        "Badvärdarna finns på plats vid Orsasjön varje helg under sommaren.\n\n"
        "Kontakt\nLina Berg, fritidskonsulent och samordnare för badvärdarna, fritidsenheten\n",
        HEAD,
    )
    assert post_parent(d, "fritidskonsulent") == "kommun/2062/fritidsenheten"


def test_a_body_inside_a_signature_line_is_no_unit_of_the_post() -> None:
    d = draft(
        "Badvärdarna finns på plats vid Orsasjön varje helg under sommaren.\n\n"
        "Kontakt\nLina Berg, fritidskonsulent på fritidsenheten, och ordförande i "
        "Orsa Simsällskap\n",
        HEAD,
    )
    assert post_parent(d, "fritidskonsulent") == "kommun/2062/fritidsenheten"


_CAFE = (
    "{who} påminner i sitt remissvar om att språkcaféet på stadsbiblioteket, som "
    "studieförbundet driver tillsammans med biblioteket sedan 2022, har omkring 35 besökare "
    "i veckan och att Föreningen Bergsglimten ordnar läxhjälp i samma lokal varje tisdag "
    "och torsdag under hela läsåret. Studieförbundet får 60 000 kronor per år i "
    "föreningsbidrag från kultur- och fritidsnämnden för caféet.\n"
)
_BOARD = "kommun/2062/kultur-och-fritidsnamnden"


def test_studieforbundet_stands_for_the_page_s_one_study_association() -> None:
    d = draft(_CAFE.format(who="Studieförbundet Dalaljus"), HEAD)
    assert (_BOARD, "org/studieforbundet-dalaljus") in funding(d), funding(d)


def test_studieforbundet_with_two_study_associations_named_stands_for_none() -> None:
    d = draft(
        _CAFE.format(who="Studieförbundet Dalaljus och Studieförbundet Siljansvind"), HEAD
    )
    assert not any(r.startswith("org/studieforbundet") for _f, r in funding(d)), funding(d)
