"""Round 73 of learning (from the misses of blind rounds 60-84 together): rules on invented
sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, together

HEAD = "Tibro kommun › Arbete › Språkvägen\n\nPublicerad 3 juni 2026\n\n"
LEAD = "Språkvägen leds av Arbetsmarknadsenheten. Projektets parter är:\n"


def test_a_list_items_whole_name_with_lower_case_words() -> None:
    # "- Föreningen Vänner utan gränser, som ...": not cut to "Föreningen Vänner"
    d = draft(
        LEAD + "- Studieförbundet Bokskogen\n"
        "- Föreningen Gröna bröder utan gränser, som ordnar läxhjälp\n"
        "- Föreningen Grannsamverkan i Norra Tibro\n",
        HEAD,
    )
    assert "org/foreningen-grona-broder-utan-granser" in d.actors, sorted(d.actors)
    assert "org/foreningen-grannsamverkan-i-norra-tibro" in d.actors, sorted(d.actors)
    assert together(
        d,
        "org/studieforbundet-bokskogen",
        "org/foreningen-grona-broder-utan-granser",
        "org/foreningen-grannsamverkan-i-norra-tibro",
    )


def test_a_list_items_name_around_a_club_or_a_business() -> None:
    # "- Bräcke Nya BK": a place's name opens a club's; "- Restaurang X Gästgivare, med ..."
    d = draft(
        LEAD + "- Studieförbundet Bokskogen\n"
        "- Tibro Södra BK, som ordnar fotbollsskola\n"
        "- Restaurang Ljungbacken Krog, med praktik i köket\n",
        HEAD,
    )
    assert "org/tibro-sodra-bk" in d.actors, sorted(d.actors)
    assert "org/restaurang-ljungbacken-krog" in d.actors, sorted(d.actors)
    assert together(d, "org/tibro-sodra-bk", "org/restaurang-ljungbacken-krog")
    # "- Kemiföretaget X AB": the kind of company before the name is no part of it
    d = draft(LEAD + "- Studieförbundet Bokskogen\n- Verkstadsföretaget Tibro Svets AB\n", HEAD)
    assert not any("verkstadsforetaget" in iri for iri in d.actors), sorted(d.actors)

