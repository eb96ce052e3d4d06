"""More rules of the drafter, one short text in the genre each (written for these tests).

The rules of round 14 of learning (from the blind round 13): each test drafts a few lines of
our own, in the style of municipal, county-board, association and newspaper pages, and checks
what the rule is for. None of the sentences comes from a real page or from a fixture page.
"""

from __future__ import annotations

from drafthelpers import draft as _draft
from drafthelpers import funding as _funding
from drafthelpers import partners as _partners
from drafthelpers import together as _together
from samverkan.draft import draft_text
from samverkan.draft.reconcile import Index

# ------------------------------------------------------------- members added later


def test_a_later_sentence_adds_members_to_the_network_it_points_back_to() -> None:
    draft = _draft(
        "Orsa kommun driver nätverket Vänskap tillsammans med Orsa Missionsförsamling.\n\n"
        "I nätverket ingår även Orsa Röda Korskrets och Föreningen Vän i Orsa.\n"
    )
    assert _together(
        draft,
        "kommun/2034",
        "org/orsa-missionsforsamling",
        "org/orsa-roda-korskrets",
        "org/foreningen-van-i-orsa",
    )


def test_a_network_of_its_own_name_is_no_addition_to_the_one_before() -> None:
    draft = _draft(
        "Orsa kommun driver läxhjälpen tillsammans med Mora kommun.\n\n"
        "I Vänskapsnätverket Orsa ingår även Orsa Röda Korskrets och Föreningen Vän i Orsa.\n"
    )
    assert _together(draft, "org/orsa-roda-korskrets", "org/foreningen-van-i-orsa")
    assert not _together(draft, "kommun/2062", "org/orsa-roda-korskrets")


def test_a_counted_list_that_is_also_with_joins_the_project_before_it() -> None:
    draft = _draft(
        "Projektet Steget drivs av Orsa kommun tillsammans med Orsa folkhögskola.\n\n"
        "Två föreningar är också med från början:\n\n"
        "• Orsa Röda Korskrets, som ordnar läxhjälp\n"
        "• Föreningen Vän i Orsa, som ordnar språkcaféer\n"
    )
    assert _together(draft, "kommun/2034", "org/orsa-roda-korskrets", "org/foreningen-van-i-orsa")


def test_a_sector_represented_in_the_platform_joins_it() -> None:
    draft = _draft(
        "I plattformen deltar Orsa kommun, Mora kommun och Arbetsförmedlingen.\n\n"
        "Civilsamhället företräds av två organisationer, som väljs för ett år:\n"
        "- Orsa Röda Korskrets\n"
        "- Föreningen Vän i Orsa\n"
    )
    assert _together(draft, "kommun/2034", "org/arbetsformedlingen", "org/orsa-roda-korskrets")


# ------------------------------------------------------------------------- groups


def test_a_number_of_associations_named_after_a_colon_is_no_group() -> None:
    draft = _draft(
        "Orsa kommun ordnar simskola tillsammans med två lokala föreningar: "
        "Orsa Simsällskap och Orsa IK.\n\n"
        "I projektet finns också en handfull föreningar som ordnar läger.\n"
    )
    assert not any("/grupp/" in iri for iri in draft.actors)


# ------------------------------------------------------------------- places


# ------------------------------------------------------------ county board decisions


BOARD = "Länsstyrelsen Dalarnas län\n\nBeslutade bidrag enligt 37 a §\n\n"


def test_a_county_boards_blocks_of_labelled_lines() -> None:
    draft = _draft(
        "Beslut om bidrag till Språkvän i Orsa\n"
        "Sökande: Orsa kommun\n"
        "Medsökande: Mora kommun, Älvdalens kommun\n"
        "Beviljat belopp: 450 tkr\n"
        "Kommentar: Medlen betalas ut till Mora kommun som redovisar.\n\n"
        "Beslut om bidrag till Simskola\n"
        "Sökande: Föreningen Vän i Orsa\n"
        "Samverkanspart: Orsa Simsällskap\n"
        "Beviljat belopp: 95 000 kr\n\n"
        "Beslut om bidrag till Läxhjälp\n"
        "Sökande: Rättviks kommun\n"
        "Beviljat belopp: 0 kr (avslag)\n",
        head=BOARD,
    )
    grants = _funding(draft)
    assert ("lansstyrelse/20", "kommun/2062") in grants  # paid to the co-applicant
    assert ("lansstyrelse/20", "kommun/2034") not in grants
    assert ("lansstyrelse/20", "org/foreningen-van-i-orsa") in grants
    assert not any(r == "kommun/2031" for _f, r in grants)  # refused
    assert {r.scheme for r in draft.relations if r.kind == "funding"} == {"paragraf-37a"}
    assert {"kommun/2034", "kommun/2062", "kommun/2039"} in _partners(draft)
    assert {"org/foreningen-van-i-orsa", "org/orsa-simsallskap"} in _partners(draft)


def test_labelled_lines_off_a_county_boards_page_grant_nothing() -> None:
    draft = _draft("Sökande: Orsa kommun\nBeviljat belopp: 450 tkr\n")
    assert not _funding(draft)


# ------------------------------------------------------------------ posts and people


def test_posts_on_a_parishs_page_headed_by_a_line_of_parts_are_the_parishs() -> None:
    draft = draft_text(
        "Svenska kyrkan Orsa\nOrsa församling | Västerås stift\n\nVänskap i Orsa\n\n"
        "Församlingen ordnar språkcafé med Orsa kommun.\n\nKontakt\nEva Ek, diakon\n",
        "prov.txt",
        Index(),
    )
    post = next(a for a in draft.actors.values() if a.label_sv == "diakon")
    assert (post.parent, post.holder) == ("org/orsa-forsamling", "person/eva-ek")


def test_posts_on_a_federations_own_page_are_the_federations() -> None:
    draft = draft_text(
        "Samordningsförbundet Siljan\nOm oss | Styrelse\n\nVerksamhetsplan 2026\n\n"
        "Förbundets medlemmar är Orsa kommun, Mora kommun och Försäkringskassan. "
        "Vice ordförande är Per Berg.\n\nKontakt\nAnna Lind, förbundschef\n",
        "prov.txt",
        Index(),
    )
    posts = {a.label_sv: a.parent for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert posts["förbundschef"] == "org/samordningsforbundet-siljan"
    assert posts["vice ordförande"] == "org/samordningsforbundet-siljan"


def test_a_post_of_the_person_the_sentence_before_ends_with() -> None:
    draft = _draft(
        "Orsa kommun har öppnat en ny mötesplats. Vid fikabordet sitter Ali Noor. "
        "Han är fritidsledare på Orsa fritidsgård.\n\n"
        "– Det är roligt, säger Sara Lund.\n\nHon är kurator på Orsa skola.\n"
    )
    posts = {a.label_sv: a for a in draft.actors.values() if "/tjanst/" in a.iri}
    assert posts["fritidsledare"].holder == "person/ali-noor"
    assert posts["fritidsledare"].parent == "kommun/2034/orsa-fritidsgard"
    assert posts["kurator"].holder == "person/sara-lund"


def test_no_holder_from_an_organisation_that_ends_the_sentence_before() -> None:
    draft = _draft("Orsa kommun samarbetar med Röda Korset. Hon är kurator på Orsa skola.\n")
    post = next(a for a in draft.actors.values() if a.label_sv == "kurator")
    assert post.holder is None


def test_posts_in_general_name_no_post() -> None:
    draft = _draft(
        "Orsa kommun står för en extra fritidsledare på fredagarna. Orsa Röda Korskrets "
        "bidrar med cirkelledare, och medlen går till tolk. Styrelsen har en ledamot från "
        "varje medlem.\n"
    )
    assert not any("/tjanst/" in iri for iri in draft.actors)


# ---------------------------------------------------------------- organisations


def test_a_municipal_company_named_in_apposition_and_named_again() -> None:
    draft = _draft(
        "Orsa kommun har en träffpunkt i en lokal som tillhör Orsahus. Eva Ek är förvaltare på "
        "Orsahus, det kommunala bostadsbolaget.\n\n"
        "Parter: Orsahus, Orsa Röda Korskrets och Föreningen Vän i Orsa.\n"
    )
    assert draft.actors["kommun/2034/bolag/orsahus"].cls == "sam:MunicipalCompany"
    assert _together(draft, "kommun/2034/bolag/orsahus", "org/orsa-roda-korskrets")


def test_a_course_of_health_information_is_no_school() -> None:
    draft = _draft("Hälsoskolan drivs av Orsa kommun tillsammans med Region Dalarna.\n")
    assert not any(iri.endswith("halsoskolan") for iri in draft.actors)


def test_a_study_association_named_in_full_at_a_sentences_start() -> None:
    draft = _draft(
        "Orsa kommun ordnar språkcaféer. Studieförbundet Vuxenskolan Dalarnas län ordnar "
        "lokalerna. Studieförbundet Bilda Dalarna ordnar cirklar med kommunen.\n"
    )
    assert "org/studieforbundet-vuxenskolan-dalarnas-lan" in draft.actors
    assert "org/studieforbundet-bilda-dalarna" in draft.actors


# -------------------------------------------------------------- units and their place


def test_a_unit_by_its_own_name_in_a_sector_without_för() -> None:
    draft = _draft(
        "Projektet samordnas av enheten Arbete och välfärd, som hör till sektor stöd och "
        "omsorg i Orsa kommun. Även sektor Utbildning deltar.\n"
    )
    unit = draft.actors["kommun/2034/arbete-och-valfard"]
    assert unit.cls == "sam:MunicipalUnit"
    assert unit.parent == "kommun/2034/sektorn-stod-och-omsorg"
    assert draft.actors["kommun/2034/sektorn-stod-och-omsorg"].cls == "sam:Department"
    assert "kommun/2034/sektorn-utbildning" in draft.actors


def test_the_department_a_unit_belongs_to_is_no_party_beside_it() -> None:
    draft = _draft(
        "Läxhjälpen drivs av fritidsgården Tornet, som hör till kultur- och "
        "fritidsförvaltningen i Orsa kommun, i samverkan med Orsa Röda Korskrets.\n"
    )
    assert {"kommun/2034/fritidsgarden-tornet", "org/orsa-roda-korskrets"} in _partners(draft)
    assert not any("kommun/2034/kultur-och-fritidsforvaltningen" in g for g in _partners(draft))


def test_a_person_in_a_member_list_sits_for_the_organisation_the_line_ends_with() -> None:
    draft = _draft(
        "Styrgruppen består av:\n"
        "- Eva Ek, förvaltningschef, socialförvaltningen, Orsa kommun\n"
        "- Per Berg, sektionschef, Arbetsförmedlingen\n"
        "- Ali Noor, verksamhetsutvecklare, Region Dalarna\n"
    )
    assert {"kommun/2034", "org/arbetsformedlingen", "region/20"} in _partners(draft)
    assert not any("kommun/2034/socialforvaltningen" in g for g in _partners(draft))


def test_a_group_with_a_seat_for_every_party_of_the_network() -> None:
    draft = _draft(
        "Orsa kommun driver nätverket Bron tillsammans med Orsa Röda Korskrets och "
        "Föreningen Vän i Orsa. Nätverket har en arbetsgrupp där varje part har en plats.\n\n"
        "Referensgruppen består av chefer från parterna och från Arbetsförmedlingen.\n"
    )
    assert {
        "kommun/2034",
        "org/orsa-roda-korskrets",
        "org/foreningen-van-i-orsa",
        "org/arbetsformedlingen",
    } in _partners(draft)


def test_a_municipality_acting_through_its_unit_is_the_party() -> None:
    draft = _draft(
        "Insatsen ägs av Orsa kommun genom arbetsmarknadsenheten och genomförs tillsammans "
        "med Arbetsförmedlingen.\n"
    )
    assert {"kommun/2034", "org/arbetsformedlingen"} in _partners(draft)
    assert not any("kommun/2034/arbetsmarknadsenheten" in g for g in _partners(draft))


# ------------------------------------------------------------- money and negations


def test_a_table_of_members_contributions_turned_into_lines() -> None:
    draft = draft_text(
        "Samordningsförbundet Siljan\nOm oss | Styrelse\n\nBudget 2026\n\n"
        "Förbundets medlemmar är Orsa kommun, Mora kommun och Försäkringskassan.\n\n"
        "Medlemmarnas bidrag 2026 (tkr):\n"
        "Försäkringskassan 2 000\nMora kommun 600\nOrsa kommun 400\nSumma 3 000\n",
        "prov.txt",
        Index(),
    )
    grants = _funding(draft)
    federation = "org/samordningsforbundet-siljan"
    assert {
        ("org/forsakringskassan", federation),
        ("kommun/2062", federation),
        ("kommun/2034", federation),
    } <= grants


def test_a_denied_membership_is_no_collaboration() -> None:
    draft = _draft(
        "Orsa kommun och Mora kommun driver nätverket Bron.\n\n"
        "Länsstyrelsen i Dalarnas län är inte medlem men bjuds in ibland. "
        "Du behöver inte vara medlem i Svenska kyrkan för att delta.\n"
    )
    assert not any("lansstyrelse/20" in g for g in _partners(draft))
    assert not any("org/svenska-kyrkan" in g for g in _partners(draft))


def test_money_only_planned_or_to_be_sought_is_no_grant() -> None:
    draft = _draft(
        "Orsa kommun planerar att ansöka om pengar från Allmänna arvsfonden. Föreningen "
        "Vän i Orsa ska söka medel från Länsstyrelsen i Dalarnas län nästa år.\n"
    )
    assert not _funding(draft)


def test_a_unit_run_by_a_department_and_a_unit_with_its_place() -> None:
    draft = _draft(
        "Ali Noor är fritidsledare på Tornets fritidsgård, som drivs av kommunens kultur- och "
        "fritidsförvaltning i Orsa kommun.\n\n"
        "Läxhjälpen drivs av familjecentralen i Skattungbyn, som hör till socialförvaltningen "
        "i Orsa kommun, i samverkan med Orsa Röda Korskrets.\n"
    )
    assert draft.actors["kommun/2034/tornets-fritidsgard"].parent == (
        "kommun/2034/kultur-och-fritidsforvaltningen"
    )
    unit = next(a for a in draft.actors.values() if a.label_sv.startswith("familjecentralen"))
    assert unit.parent == "kommun/2034/socialforvaltningen"
    assert not any("kommun/2034/kultur-och-fritidsforvaltningen" in g for g in _partners(draft))
    assert not any("kommun/2034/socialforvaltningen" in g for g in _partners(draft))


def test_a_post_and_the_organisation_it_is_a_post_of_are_no_partners() -> None:
    draft = _draft(
        "Orsa kommun har öppnat en mötesplats. Sara Lund är cirkelledare på ABF Dalarna och "
        "leder språkcaféet.\n"
    )
    assert not any("org/abf-dalarna" in g for g in _partners(draft))


# ------------------------------------------------------------- who receives money


def test_money_paid_to_or_sought_by_one_named_in_the_next_sentence() -> None:
    draft = _draft(
        "Orsa kommun driver läxhjälp med Föreningen Vän i Orsa och Orsa IK.\n\n"
        "Läxhjälpen får 80 000 kronor i föreningsbidrag från kultur- och fritidsnämnden. "
        "Bidraget söks av Föreningen Vän i Orsa.\n\n"
        "Klubben har fått 30 000 kronor från Länsstyrelsen i Dalarnas län. Pengarna söktes "
        "via nätverket men betalades ut till klubben.\n"
    )
    grants = _funding(draft)
    assert ("kommun/2034/kultur-och-fritidsnamnden", "org/foreningen-van-i-orsa") in grants
    assert ("lansstyrelse/20", "org/orsa-ik") in grants
