"""Round 107 of learning: names cut wrongly, and a university's department.

"Hyresvärden Kronoparkens Fastighets AB" (a landlord's or owner's word before a company's
name of two words or more) is the name after the word; a one-word name keeps the word, as
for the firm words before ("Hyresvärden Brukshem AB"). A university's department,
"Institutionen för kultur och samhälle", is a unit of the university the page names. The
sentences are our own (invented work in Vimmerby).
"""

from __future__ import annotations

from drafthelpers import draft

HEAD = "Nyheter från Vimmerby kommun › Integration\n\nPublicerad 3 februari 2026\n\n"


def _labels(d) -> set[str]:
    return {a.label_sv for a in d.actors.values()}


def test_a_landlords_word_before_a_company_name() -> None:
    d = draft(
        "Mötesplatsen har flyttat till nya lokaler i centrum. Hyresvärden Stångådalens "
        "Fastigheter AB står för lokalen utan kostnad under det första året, och kommunen "
        "betalar värme och el.\n",
        HEAD,
    )
    labels = _labels(d)
    assert "Stångådalens Fastigheter AB" in labels
    assert not any(label.startswith("Hyresvärden") for label in labels)


def test_a_one_word_company_name_keeps_the_landlords_word() -> None:
    d = draft(
        "Mötesplatsen har flyttat till nya lokaler i centrum. Fastighetsägaren Hemgården AB "
        "står för lokalen utan kostnad under det första året.\n",
        HEAD,
    )
    assert "Fastighetsägaren Hemgården AB" in _labels(d)


def test_a_university_department_is_a_unit_of_the_university() -> None:
    d = draft(
        "Projektet följs av forskare vid Institutionen för kultur och samhälle på "
        "Mittuniversitetet. Institutionen för kultur och samhälle ansvarar för intervjuerna "
        "med deltagarna.\n",
        HEAD,
    )
    iri = "org/mittuniversitetet/institutionen-for-kultur-och-samhalle"
    assert iri in d.actors
    assert d.actors[iri].label_sv == "Institutionen för kultur och samhälle"
    assert d.actors[iri].parent == "org/mittuniversitetet"


def test_no_department_without_a_university() -> None:
    d = draft(
        "Kommunen har bjudit in Institutionen för socialt arbete till ett seminarium om "
        "mottagandet av nyanlända i mars.\n",
        HEAD,
    )
    assert not any("institutionen" in iri for iri in d.actors)
