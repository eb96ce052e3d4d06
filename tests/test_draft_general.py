"""General mechanisms of the drafter (round 20 of learning), one short text each.

Round 20 of learning did not fit rules to one round's sentences: it added mechanisms that
hold for the genre as a whole (a lexicon of Sweden's national bodies, districts of national
organisations, regions as reference actors). Each test drafts a few lines of our own (other
municipalities, names and wording than any fixture page) and checks what the mechanism is
for; each fails without it.
"""

from __future__ import annotations

from drafthelpers import draft as draft_under
from samverkan.draft.turtle import to_turtle

DATE = "Publicerad 12 maj 2026\n\nSamverkan i Kil och Grums\n\n"


# ----------------------------------------------------------- regions as reference actors


def test_a_region_named_in_full_is_referred_to_though_no_relation_names_it() -> None:
    body = (
        "Kils kommun ordnar samhällsorientering tillsammans med Grums kommun. "
        "Region Värmland är inte part i samarbetet men skickar ibland en barnmorska.\n"
    )
    text = DATE + body
    turtle = to_turtle(draft_under(body, DATE), text)
    assert "dcterms:references <region/17>" in turtle


def test_only_a_region_s_full_name_in_running_text_is_a_reference() -> None:
    from samverkan.draft.turtle import _region_named_in_full

    text = "Västra Götalandsregionen deltar. Regionen bidrar.\nSökande: Region Värmland\n"
    assert _region_named_in_full(text, 0, 24)
    assert not _region_named_in_full(text, 33, 41)  # the bare word
    assert not _region_named_in_full(text, 59, 74)  # the value of a field line
