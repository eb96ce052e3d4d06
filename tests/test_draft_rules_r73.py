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
        "- Föreningen Grannsamverkan i Norra Berga\n",
        HEAD,
    )
    assert "org/foreningen-grona-broder-utan-granser" in d.actors, sorted(d.actors)
    assert "org/foreningen-grannsamverkan-i-norra-berga" in d.actors, sorted(d.actors)
    assert together(
        d,
        "org/studieforbundet-bokskogen",
        "org/foreningen-grona-broder-utan-granser",
        "org/foreningen-grannsamverkan-i-norra-berga",
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


def test_a_past_member_named_before_var_med_men() -> None:
    # "NAME var med från starten men lämnade ...": the whole name, found or not
    d = draft(
        "Språkvägen leds av Arbetsmarknadsenheten tillsammans med Studieförbundet Bokskogen.\n\n"
        "Gemenskapen Stenhagen var med från starten men lämnade projektet i juni 2024. "
        "Föreningen Somaliska grannar var part i projektet fram till maj 2025.\n",
        HEAD,
    )
    assert "org/gemenskapen-stenhagen" in d.actors, sorted(d.actors)
    assert "org/foreningen-somaliska-grannar" in d.actors, sorted(d.actors)
    # a person in the same frame is no organisation
    d = draft(
        "Språkvägen leds av Arbetsmarknadsenheten tillsammans med Studieförbundet Bokskogen.\n\n"
        "Anna Berg var med från starten men lämnade projektet i juni 2024.\n",
        HEAD,
    )
    assert "org/anna-berg" not in d.actors, sorted(d.actors)


def test_a_later_party_named_between_ar_aven_and_part() -> None:
    # "Sedan maj 2025 är även NAME part": a name the shapes did not give
    d = draft(
        "Språkvägen leds av Arbetsmarknadsenheten tillsammans med Studieförbundet Bokskogen.\n\n"
        "Sedan maj 2025 är även Starthuset Norrbacka part och håller kurser.\n",
        HEAD,
    )
    assert "org/starthuset-norrbacka" in d.actors, sorted(d.actors)
