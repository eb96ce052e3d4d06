"""Round 90 of learning: a breadcrumb on the first line names the organisation whose site it is.

Over the blind rounds 90-131, 40 of the pages published by an association, a foundation, a
study association, a folk high school or a Leader area were drafted as the municipality's: the
rules read a site's own name at the head of a breadcrumb only on the second or third line,
while these pages open with it ("Föreningen X > Om oss > Verksamhetsberättelse 2025",
"Startsida › Studieförbundet X › Podd"). On its own page an organisation's board posts and its
"vi" are its own. The pages below are our own (invented organisations in Värmland).
"""

from __future__ import annotations

from drafthelpers import draft, post_parent

DATE = "\n\nPublicerad 3 mars 2026\n\n"
BOARD = "Styrelsen har under året bestått av fem ledamöter. Ordförande har varit Karin Ekholm."


def test_a_first_line_breadcrumb_headed_by_an_association_makes_its_page() -> None:
    head = "Föreningen Lingonbacken › Om oss › Verksamhetsberättelse 2025" + DATE
    d = draft(f"Verksamhetsberättelse 2025 för Föreningen Lingonbacken i Sunne. {BOARD}", head)
    # the association is named "Föreningen Lingonbacken i Sunne" in the text: the same actor
    assert d.publisher.startswith("org/foreningen-lingonbacken"), d.publisher
    assert post_parent(d, "ordförande") == d.publisher, sorted(d.actors)


def test_the_site_named_after_the_start_page() -> None:
    head = "Startsida › Studieförbundet Klarälvsljus › Program › Sunne" + DATE
    d = draft("Studieförbundet Klarälvsljus ordnar cirklar i svenska i Sunne kommun.", head)
    assert d.publisher == "org/studieforbundet-klaralvsljus", d.publisher


def test_a_section_of_the_site_is_no_organisation() -> None:
    # "Om klubben" is the section, not a name: the page stays the municipality's
    head = "Hem › Om klubben › Integration" + DATE
    d = draft("Sunne kommun och Röda Korset ordnar språkcafé i Sunne.", head)
    assert "org/om-klubben" not in d.actors, sorted(d.actors)
    assert d.publisher != "org/roda-korset", d.publisher


def test_a_municipal_page_with_a_breadcrumb_stays_the_municipalitys() -> None:
    head = "Sunne kommun › Nyheter › Språkcafé" + DATE
    d = draft("Sunne kommun och Föreningen Lingonbacken ordnar språkcafé i Sunne.", head)
    assert d.publisher == "kommun/1766", d.publisher
