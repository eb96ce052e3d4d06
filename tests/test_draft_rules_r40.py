"""Rules of round 40 of learning (from the blind round 41), one short text each.

Each test drafts a few lines of our own (Härjedalen and Berg, invented committees,
associations and clubs) and checks what the rule is for. None of the sentences comes from a
real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from drafthelpers import funding as _funding
from drafthelpers import parent as _parent
from drafthelpers import together as _together
from samverkan.draft.model import Draft

DATE = "Publicerad 9 oktober 2026\n\nNytt stöd till föreningar i Härjedalen\n\n"

NOTICE = (
    "Härjedalens kommun\n\nKallelse med föredragningslista\n\nFritids- och kulturnämnden\n\n"
    "Tid: onsdag 4 november 2026 kl. 9.00\n\n"
)
NAMND = "kommun/2361/fritids-och-kulturnamnden"


def _draft(body: str, head: str = DATE) -> Draft:
    return draft_under(body, head)


# ------------------------------- a committee's notice of meeting is its page


def test_the_committee_of_a_notice_of_meeting_is_the_page_s_committee() -> None:
    body = (
        "3. Partnerskap med Föreningen Ljusglimten\n\n"
        "Sedan 2025 har nämnden ett IOP med Föreningen Ljusglimten om en språkträff. "
        "Nämnden betalar föreningen 90 000 kronor per år.\n"
    )
    draft = _draft(body, NOTICE)
    assert (NAMND, "org/foreningen-ljusglimten") in _funding(draft)
    assert _together(draft, NAMND, "org/foreningen-ljusglimten")


def test_the_chair_in_a_notice_of_meeting_is_the_committee_s() -> None:
    body = (
        "Ledamöterna kallas till sammanträde i kommunhuset.\n\n"
        "Maria Dahlquist (S), ordförande\n\n"
        "Ärenden som nämnden ska behandla finns nedan. Den som har förhinder meddelar det i "
        "god tid.\n"
    )
    draft = _draft(body, NOTICE)
    post = next((iri for iri in draft.actors if iri.endswith("/tjanst/ordforande")), None)
    assert post is not None
    assert _parent(draft, post) == NAMND


def test_a_page_without_a_notice_line_has_no_committee_of_its_own() -> None:
    head = "Härjedalens kommun\n\nNyheter från kommunen i oktober\n\nFritids- och kulturnämnden\n\n"
    body = (
        "Föreningen Ljusglimten har en språkträff i Sveg varje vecka. "
        "Nämnden betalar föreningen 90 000 kronor per år.\n"
    )
    draft = _draft(body, head)
    assert not any(funder == NAMND for funder, _ in _funding(draft))


# ------------------------------- what is only sought, what is passed on


def test_an_application_granted_only_if_is_no_grant() -> None:
    body = (
        "Förvaltningen föreslår att nämnden ansöker om 300 000 kronor från Länsstyrelsen "
        "för ett projekt om föreningsliv. Om ansökan beviljas ska Hela Härjedalen leda det.\n"
    )
    draft = _draft(body, NOTICE)
    assert not any(funder.startswith("lansstyrelse/") for funder, _ in _funding(draft))


def test_a_proposal_sent_on_to_the_board_is_no_money() -> None:
    body = (
        "Förvaltningen föreslår att nämnden godkänner avtalet och skickar det vidare till "
        "kommunstyrelsen.\n"
    )
    draft = _draft(body, NOTICE)
    assert not _funding(draft)


def test_money_passed_on_is_still_a_grant() -> None:
    body = (
        "Bergs kommun tar emot medlen från staten och betalar dem vidare till "
        "Härjedalens kommun.\n"
    )
    draft = _draft(body)
    assert ("kommun/2326", "kommun/2361") in _funding(draft)


# ------------------------------- a list of grants a body gave out


def test_a_list_of_grants_a_committee_gave_out() -> None:
    body = (
        "6. Redovisning av föreningsbidrag\n\n"
        "I september delade nämnden ut 80 000 kronor i integrationsbidrag:\n"
        "- Fjällklubben Sveg: 30 000 kronor för skidskola,\n"
        "- Kvinnoföreningen Ljusnan: 50 000 kronor för en sykurs.\n"
    )
    draft = _draft(body, NOTICE)
    assert (NAMND, "org/fjallklubben-sveg") in _funding(draft)
    assert (NAMND, "org/kvinnoforeningen-ljusnan") in _funding(draft)


def test_money_bullets_under_a_heading_come_from_the_funder_named_before() -> None:
    body = (
        "Tre föreningar i Härjedalen har fått stöd från Idrottsalliansen Jämtland för att ta "
        "emot nyanlända.\n\n"
        "Föreningarna och stödet\n\n"
        "- Svegs Bordtennisklubb: 40 000 kronor för träning på kvällar.\n"
        "- Hede Skidklubb: 25 000 kronor för en skidskola.\n"
    )
    draft = _draft(body)
    have = _funding(draft)
    assert ("org/idrottsalliansen-jamtland", "org/svegs-bordtennisklubb") in have
    assert ("org/idrottsalliansen-jamtland", "org/hede-skidklubb") in have


def test_money_bullets_without_a_named_funder_give_nothing() -> None:
    body = (
        "Föreningarna och pengarna\n\n"
        "- Svegs Bordtennisklubb: 40 000 kronor för träning på kvällar.\n"
        "- Hede Skidklubb: 25 000 kronor för en skidskola.\n"
    )
    draft = _draft(body)
    assert not any(x == "org/hede-skidklubb" for _, x in _funding(draft))


def test_a_funder_said_to_give_nothing_is_not_the_giver_of_the_bullets() -> None:
    body = (
        "Föreningarna har inte fått stöd från Härjedalens kommun.\n\n"
        "Föreningarna och stödet\n\n"
        "- Svegs Bordtennisklubb: 40 000 kronor för träning på kvällar.\n"
        "- Hede Skidklubb: 25 000 kronor för en skidskola.\n"
    )
    draft = _draft(body)
    assert ("kommun/2361", "org/hede-skidklubb") not in _funding(draft)
