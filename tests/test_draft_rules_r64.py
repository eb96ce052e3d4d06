"""Round 64 of learning: village associations, councils of associations and trade names.

Over the blind rounds 30-73, associations and companies the drafts never found took part
in hundreds of expected relations; these kinds of name recur: a village's association or
council ("Lönnbäckens byalag", "Torpshammars Byaråd", "Bygderådet"), a guild, a council of
associations or of women, and a firm named by its trade ("Vittinge
Gårdsmejeri", "Café Mångfald"). The sentences are our own (invented bodies in Dalarna), not
from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners

HEAD = (
    "Rättviks kommun › Integration › Nyheter\n\nPublicerad 2 juni 2026\n\n"
    "Välkomstveckan är ett samarbete för nyanlända i kommunen. "
)


def _labels(body: str) -> set[str]:
    return {a.label_sv for a in draft(body, HEAD).actors.values()}


def test_a_villages_association_and_council_are_associations() -> None:
    d = draft(
        "Bakom veckan står Gärdsjö byalag, Boda Byaråd och Vikarbyns Folkdansgille.", HEAD
    )
    ids = {"org/gardsjo-byalag", "org/boda-byarad", "org/vikarbyns-folkdansgille"}
    assert ids <= set(d.actors), sorted(d.actors)
    assert any(ids <= group for group in partners(d)), partners(d)


def test_councils_of_associations_and_of_women_are_associations() -> None:
    labels = _labels("Med i arbetet är Rättviks Föreningsråd och Siljans Kvinnoråd.")
    assert {"Rättviks Föreningsråd", "Siljans Kvinnoråd"} <= labels, labels


def test_a_firm_named_by_its_trade_is_a_company() -> None:
    d = draft(
        "Praktikplatser finns hos Nittsjö Gårdsmejeri, Boda Livs och Vikarby Transport. "
        "Efteråt bjuder Café Tallkotten och Restaurang Åkerbo på lunch.",
        HEAD,
    )
    companies = {a.label_sv for a in d.actors.values() if a.cls == "sam:PrivateCompany"}
    assert {
        "Nittsjö Gårdsmejeri",
        "Boda Livs",
        "Vikarby Transport",
        "Café Tallkotten",
        "Restaurang Åkerbo",
    } <= companies, companies
