"""Round 84 of learning (from the partner pairs blind rounds 60-105 lose although both ends
are drafted): a past party told by any past verb, and the body that runs the work told in an
active sentence, join the work; on invented sentences.

The sentences are our own, not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, partners, together

HEAD = "Tibro kommun › Integration › Läxhjälp\n\nPublicerad 3 juni 2026\n\n"
WORK = (
    "Läxbron är ett samarbete om läxhjälp. Parter i Läxbron är Schackklubben Löparen och "
    "Simklubben Vågen.\n\n"
)
A, B = "org/schackklubben-loparen", "org/simklubben-vagen"
RED_CROSS = "org/roda-korset"


def test_a_past_party_that_was_in_it_from_the_start_joins_the_work() -> None:
    d = draft(
        WORK + "Röda Korset ingick i Läxbron från starten 2022 men lämnade det i maj 2024.\n",
        HEAD,
    )
    assert together(d, RED_CROSS, A, B), partners(d)


def test_a_past_party_that_was_in_the_work_but_is_no_longer_joins_it() -> None:
    d = draft(
        WORK + "Röda Korset var med i Läxbron 2023 men ingick inte längre i arbetet 2025.\n",
        HEAD,
    )
    assert together(d, RED_CROSS, A, B), partners(d)


def test_a_past_signer_that_went_out_joins_the_work() -> None:
    d = draft(WORK + "Röda Korset skrev under läxavtalet 2022 men gick ur det i maj 2024.\n", HEAD)
    assert together(d, RED_CROSS, A, B), partners(d)


def test_a_body_that_held_a_part_until_it_ended_joins_the_work_not_a_single_event() -> None:
    d = draft(
        WORK + "Röda Korset höll i en mammagrupp under 2023 men har inte varit med sedan dess.\n",
        HEAD,
    )
    assert together(d, RED_CROSS, A, B), partners(d)
    # "höll en föreläsning ... men var inte med i övrigt": one event, no part in the work
    d = draft(
        WORK + "Röda Korset höll en föreläsning i maj 2024 men var inte med i övrigt.\n", HEAD
    )
    assert not any(RED_CROSS in p for p in partners(d)), partners(d)


def test_the_unit_that_leads_the_work_joins_the_list_after_a_heading() -> None:
    d = draft(
        "Tibro kommun ordnar språkpraktik på sina arbetsplatser. Satsningen heter Praktikbron "
        "och startade i mars 2025. Arbetsmarknadsenheten leder arbetet.\n\nVilka är med?\n\n"
        "I Praktikbron ingår:\n- Schackklubben Löparen\n- Simklubben Vågen\n",
        HEAD,
    )
    unit = next(iri for iri in d.actors if iri.endswith("/arbetsmarknadsenheten"))
    assert together(d, unit, A, B), partners(d)


def test_the_convener_of_the_work_joins_the_list_after_it() -> None:
    d = draft(
        "Röda Korset är sammankallande för Läxrådet. I rådet ingår i dag:\n\n"
        "- Schackklubben Löparen\n- Simklubben Vågen\n",
        HEAD,
    )
    assert together(d, RED_CROSS, A, B), partners(d)


def test_a_runner_of_the_work_joins_it_not_one_of_another_work_nor_a_denied_one() -> None:
    d = draft(WORK + "Röda Korset leder arbetet och står för lokalerna.\n", HEAD)
    assert together(d, RED_CROSS, A, B), partners(d)
    for said in (
        "Röda Korset driver sedan 2019 Språkcaféet i Tibro.",
        "Röda Korset leder inte arbetet.",
    ):
        d = draft(WORK + said + "\n", HEAD)
        assert not any(RED_CROSS in p and A in p for p in partners(d)), (said, partners(d))
