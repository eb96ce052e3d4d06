"""Round 108 of learning: posts and the people who hold them.

Trades and tasks the pages give a named person ("NAME, avfallsingenjör, avfallsenheten",
"NAME, brandinspektör, Räddningstjänsten X", "vår kyrkvärd NAME", "körledaren NAME") are posts
when the text names who holds them, and not otherwise ("Kommunen behöver fler ingenjörer").
The sentences are our own (invented work in Hallstahammar).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Nyheter från Hallstahammars kommun › Fritid\n\nPublicerad 12 mars 2026\n\n"
MORE = (
    "Det är en del av det arbete som vi gör för att alla ska kunna vara med och att det "
    "ska finnas en plats för alla i kommunen.\n"
)


def _posts(d) -> dict[str, str | None]:
    """Each post's label and the person who holds it."""
    return {a.label_sv: a.holder for i, a in d.actors.items() if "/tjanst/" in i}


def test_an_engineer_in_a_contact_line() -> None:
    d = draft("Kontakt\nLina Berg, avfallsingenjör, avfallsenheten\n" + MORE, HEAD)
    assert _posts(d).get("avfallsingenjör") == "person/lina-berg", _posts(d)


def test_an_inspector_of_the_rescue_service() -> None:
    d = draft("Kontakt\nPer Ek, brandinspektör, Räddningstjänsten Hallstahammar\n" + MORE, HEAD)
    assert _posts(d).get("brandinspektör") == "person/per-ek", _posts(d)


def test_a_churchwarden_and_a_choir_leader_before_their_names() -> None:
    d = draft(
        "Vi vill tacka vår kyrkvärd Olle Sand och alla ledare som hjälpte till. Kören leds "
        "av körledaren Anna Ström och sjunger på tre språk.\n" + MORE,
        HEAD,
    )
    posts = _posts(d)
    assert posts.get("kyrkvärd") == "person/olle-sand", posts
    assert posts.get("körledare") == "person/anna-strom", posts


def test_no_post_without_a_holder() -> None:
    d = draft(
        "Kommunen behöver fler ingenjörer och en brandinspektör till räddningstjänsten.\n"
        + MORE,
        HEAD,
    )
    assert not [p for p in _posts(d) if p.endswith(("ingenjör", "inspektör"))], _posts(d)
