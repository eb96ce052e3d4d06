"""Rules of round 17 of learning (from the blind round 16), one short text each.

Each test drafts a few lines of our own in the genre (a project's report, minutes of a
network, an official memo, a local agreement) and checks what the rule is for. None of the
sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 12 maj 2026\n\nRapport om samverkan i länet\n\n"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


def _post_of(draft: Draft, person: str):
    return next(a for a in draft.actors.values() if a.holder == person)


# ------------------------------------------------------------------ tables of people


def test_a_table_of_people_gives_each_post_its_holder_and_unit() -> None:
    draft = _draft(
        "Projektets styrgrupp har träffats fyra gånger under året.\n\n"
        "Ledamot | Roll | Arbetsgivare\n"
        "Tove Lindkvist | utbildningschef (ordförande) | Tierps kommun, Lärcentrum Tierp\n"
        "Ahmed Nouri | biträdande rektor | Östhammars kommun, vuxenutbildningen\n"
        "Sven Hägg | controller | Region Uppsala\n"
    )
    post = _post_of(draft, "person/tove-lindkvist")
    assert post.iri == "kommun/0360/tjanst/utbildningschef"
    assert post.parent == "kommun/0360/larcentrum-tierp"
    assert draft.actors[post.parent].parent == "kommun/0360"
    assert not any(a.label_sv == "ordförande" for a in draft.actors.values())
    post = _post_of(draft, "person/ahmed-nouri")
    assert post.parent.startswith("kommun/0382/") and post.label_sv == "biträdande rektor"
    post = _post_of(draft, "person/sven-hagg")
    assert post.iri == "region/03/tjanst/controller" and post.parent == "region/03"


def test_a_table_without_a_column_of_posts_is_no_table_of_people() -> None:
    draft = _draft("Namn | Organisation\nTove Lindkvist | Tierps kommun, Lärcentrum Tierp\n")
    assert not any(a.holder == "person/tove-lindkvist" for a in draft.actors.values())


# ------------------------------------------------- the page's own municipality


def test_a_municipality_heading_the_page_is_its_own() -> None:
    head = (
        "Samordnare till etableringsenheten\n\n"
        "Tierps kommun, Arbetsmarknadsförvaltningen\n"
        "Publicerad: 2 mars 2026\n\n"
    )
    body = (
        "Förvaltningen samarbetar med Älvkarleby kommun. Älvkarleby kommun betalar en "
        "del av tjänsten. I Älvkarleby kommun finns också ett språkcafé, och Älvkarleby "
        "kommun har ett eget nätverk.\n"
    )
    assert _draft(body, head).publisher == "kommun/0360"
    head = "Samordnare till etableringsenheten\nProjektägare: Tierps kommun\n\n"
    assert _draft(body, head).publisher == "kommun/0360"


def test_in_a_tie_the_party_named_after_med_is_the_other_one() -> None:
    head = "Tjänsteskrivelse\nDatum: 2026-03-01\n\n"
    body = (
        "Förslaget är att förlänga avtalet med Heby kommun.\n\n"
        "Enköpings kommun och Heby kommun har ett avtal om tolkservice. "
        "Enköpings kommun är värd. Kommunstyrelsen beslutar om avtalet.\n"
    )
    assert _draft(body, head).publisher == "kommun/0381"


# ------------------------------------------ a counted list after the parties' sentence


def test_the_parties_named_before_a_counted_list_join_its_members() -> None:
    draft = _draft(
        "Parter i överenskommelsen är Heby kommun, genom socialnämnden, och de föreningar "
        "som har skrivit under. Vid starten var det tre föreningar:\n"
        "- Heby IK\n"
        "- Röda Korset Heby\n"
        "- Föreningen Vänskap i Heby\n"
    )
    assert _together(draft, "kommun/0331", "org/heby-ik")
    draft = _draft(
        "Heby kommun har många föreningar. Vid starten var det tre föreningar:\n"
        "- Heby IK\n"
        "- Röda Korset Heby\n"
        "- Föreningen Vänskap i Heby\n"
    )
    assert not any("kommun/0331" in group for group in _partners(draft))


# ------------------------------------------------- a line of partners, wherever the word


def test_a_line_of_partners_lists_the_collaboration_described_before() -> None:
    draft = _draft(
        "Jobbsteget har varit ett samarbete mellan Tierps kommun, Älvkarleby kommun och "
        "Östhammars kommun.\n\n"
        "Deltagarna har fått praktik och språkstöd under två år.\n\n"
        "Partner under hela projekttiden har varit:\n"
        "- Älvkarleby kommun\n"
        "- Östhammars kommun\n"
        "- Försäkringskassan\n"
    )
    assert _together(draft, "kommun/0360", "kommun/0319", "org/forsakringskassan")


# ------------------------------------------ municipalities named without a relation


def test_a_municipality_named_in_running_text_is_referred_to() -> None:
    from samverkan.draft.turtle import to_turtle

    body = (
        "Tierps kommun driver språkcaféet. Tierps kommun har öppet varje vecka. "
        "Heby kommun har frågat om att få vara med från nästa år.\n"
    )
    assert "dcterms:references <kommun/0331>" in to_turtle(_draft(body), DATE + body)
    body = (
        "Tierps kommun driver språkcaféet. Tierps kommun har öppet varje vecka.\n\n"
        "Sökande: Heby kommun\nBeviljat belopp: 0 kr\n"
    )
    assert "dcterms:references <kommun/0331>" not in to_turtle(_draft(body), DATE + body)


# ------------------------------------------------------ a company named with "och"


def test_a_company_name_with_och_before_ab_is_one_company() -> None:
    draft = _draft(
        "Tierps kommun har ordnat praktik hos två företag: Tierps Snickeri AB och "
        "Gimo Plåt och Ventilation AB.\n"
    )
    labels = {a.label_sv for a in draft.actors.values()}
    assert {"Tierps Snickeri AB", "Gimo Plåt och Ventilation AB"} <= labels
    assert "Ventilation AB" not in labels


# ---------------------------------------- rows and lone names under a list's cue


def test_table_rows_under_a_counted_cue_are_members_by_their_first_cell() -> None:
    draft = _draft(
        "Tre föreningar har fått platser i programmet:\n\n"
        "Förening | Ort | Verksamhet\n"
        "Bräcke IK | Bräcke kommun | innebandy\n"
        "Ragunda SK | Ragunda kommun | längdskidor\n"
        "Hammarstrands BK | Ragunda kommun | fotboll\n",
        "Publicerad 12 maj 2026\n\nIdrott i Jämtland\n\nRagunda kommun har ett program.\n\n",
    )
    assert _together(draft, "org/bracke-ik", "org/ragunda-sk", "org/hammarstrands-bk")
    assert not any("kommun/2305" in group for group in _partners(draft))


def test_lone_names_under_a_counted_cue_are_members() -> None:
    draft = _draft(
        "Ragunda kommun har ett program för nyanlända. Tre föreningar är med:\n\n"
        "Bräcke IK\n"
        "Ragunda SK\n"
        "Hammarstrands BK\n\n"
        "Programmet pågår hela året.\n"
    )
    assert _together(draft, "org/bracke-ik", "org/ragunda-sk", "org/hammarstrands-bk")


# ------------------------------------------------------------------ signatures


def test_a_name_line_over_a_post_line_is_its_holder() -> None:
    draft = _draft(
        "Förslaget påverkar inte budgeten.\n\n"
        "Maria Sundin\n"
        "enhetschef, enheten för vuxenutbildning\n\n"
        "Olof Krantz\n"
        "kommundirektör\n",
        "Tjänsteskrivelse\nDatum: 2026-04-01\n\nRagunda kommun\n\n",
    )
    holders = {a.holder: a.label_sv for a in draft.actors.values() if a.holder}
    assert holders.get("person/maria-sundin") == "enhetschef"
    assert holders.get("person/olof-krantz") == "kommundirektör"


def test_a_post_under_a_line_för_an_organisation_is_the_organisations() -> None:
    draft = _draft(
        "Parterna är överens om samverkan under 2026.\n\n"
        "För Ragunda kommun\n"
        "Maria Sundin, kommunstyrelsens ordförande\n\n"
        "För Hammarstrands BK\n"
        "Olof Krantz\n"
        "ordförande\n",
        "Överenskommelse om idrott för nyanlända\n\nRagunda kommun\n\n",
    )
    post = _post_of(draft, "person/olof-krantz")
    assert post.parent == "org/hammarstrands-bk"


# ------------------------------------------------ a national body's local branch


def test_a_national_body_in_a_place_is_its_local_branch() -> None:
    draft = _draft(
        "Ragunda kommun driver caféet tillsammans med Svenska kyrkan i Ragunda-Stugun och "
        "Rädda Barnen i Bräcke.\n"
    )
    assert _together(
        draft,
        "kommun/2303",
        "org/svenska-kyrkan-i-ragunda-stugun",
        "org/radda-barnen-i-bracke",
    )
    assert "org/svenska-kyrkan" not in draft.actors
    draft = _draft("Ragunda kommun samarbetar med Röda Korset i Ragunda kommun.\n")
    assert "org/roda-korset" in draft.actors


# ------------------------------------------------------------- refused applications


def test_money_sought_and_refused_is_no_grant() -> None:
    draft = _draft(
        "Ragunda kommun sökte i våras medel från Region Jämtland Härjedalen för en "
        "sommarskola, men ansökan fick avslag.\n"
    )
    assert not _funding(draft)
    draft = _draft(
        "Ragunda kommun sökte pengar från Allmänna arvsfonden till ett ungdomsråd. "
        "Ansökan avslogs i mars.\n"
    )
    assert not _funding(draft)
    draft = _draft("Ragunda kommun har fått medel från Allmänna arvsfonden till ett ungdomsråd.\n")
    assert _funding(draft)


# --------------------------------------------------- an agreement held in common


def test_those_who_have_a_joint_agreement_since_a_date_are_its_parties() -> None:
    draft = _draft(
        "Bräcke kommun och Ragunda kommun har sedan den 1 januari 2024 ett gemensamt avtal "
        "om tolkförmedling.\n"
    )
    assert _together(draft, "kommun/2305", "kommun/2303")


# ------------------------------------------------------- payments between bodies


def test_those_who_pay_a_sum_to_another_fund_it() -> None:
    draft = _draft(
        "Bräcke kommun och Ragunda kommun ersätter Strömsunds kommun med 6 500 kronor per "
        "elev i svenska för invandrare.\n"
    )
    assert {("kommun/2305", "kommun/2313"), ("kommun/2303", "kommun/2313")} <= _funding(draft)
    draft = _draft("Bräcke kommun betalar hyran för lokalen i Strömsunds kommun.\n")
    assert not _funding(draft)
