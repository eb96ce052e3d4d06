"""Round 55 of learning (from the blind round 65).

The sentences are our own (invented councils, clubs and units in Dalarna), not from any page.
"""

from __future__ import annotations

from drafthelpers import draft, funding, partners, together

HEAD = "Mora kommun › Kommun och politik › Råd\n\nSenast uppdaterad 4 mars 2026\n\n"


def test_a_cue_that_ends_with_a_time_opens_the_list() -> None:
    # "I rådet ingår i dag:" is the cue "I rådet ingår" with the time it is true
    d = draft(
        "Rådet för nyanlända är ett rådgivande organ. I rådet ingår i dag:\n\n"
        "- Socialnämnden\n"
        "- Föreningen Solvarvet\n"
        "- Idrottsklubben Älvlöparna\n\n"
        "Rådet träffas fyra gånger om året.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/socialnamnden",
        "org/foreningen-solvarvet",
        "org/idrottsklubben-alvloparna",
    ), partners(d)


def test_a_markdown_table_of_seats_under_the_cue_lists_the_members() -> None:
    # "I gruppen ingår:" over "| Organisation | Platser |", "|---|---|", "| X | 2 |": the
    # first cell of each row is a member
    d = draft(
        "Samverkansgruppen för integration. I gruppen ingår:\n\n"
        "| Organisation | Platser |\n"
        "|---|---|\n"
        "| Socialnämnden | 2 |\n"
        "| Föreningen Solvarvet | 1 |\n"
        "| Idrottsklubben Älvlöparna | 1 |\n\n"
        "Gruppen träffas varannan månad.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/socialnamnden",
        "org/foreningen-solvarvet",
        "org/idrottsklubben-alvloparna",
    ), partners(d)


def test_a_seat_told_after_the_list_joins_the_group_the_cue_names() -> None:
    # "I rådet ingår:" and its list, then "har även X en plats i rådet", "Y satt i rådet":
    # one more and one past member; "Z är inte med i rådet" is none
    d = draft(
        "Rådet för nyanlända är ett rådgivande organ. I rådet ingår:\n\n"
        "- Socialnämnden\n"
        "- Föreningen Solvarvet\n\n"
        "Sedan 2025 har även Region Dalarna en plats i rådet. Arbetsförmedlingen satt i "
        "rådet till 2023. Studieförbundet Näverluren är inte med i rådet.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/socialnamnden",
        "org/foreningen-solvarvet",
        "region/20",
        "org/arbetsformedlingen",
    ), partners(d)
    assert not any("org/studieforbundet-naverluren" in group for group in partners(d))


def test_a_network_named_by_two_words_is_an_organisation() -> None:
    # "Kvinnonätverket Solrosen" as "Somaliska Föräldraföreningen": a head word ending in
    # "nätverket" before a name makes the two words an organisation's name, a party of the
    # list it stands in
    d = draft(
        "Samverkansgruppen för integration. I gruppen ingår:\n\n"
        "- Kvinnonätverket Solrosen\n"
        "- Föreningen Solvarvet\n\n"
        "Gruppen träffas varannan månad.\n",
        HEAD,
    )
    assert "org/kvinnonatverket-solrosen" in d.actors, sorted(d.actors)
    assert together(d, "org/kvinnonatverket-solrosen", "org/foreningen-solvarvet"), partners(d)
    # "Integrationsnätverket Övre Dalarna": named by more than one word after its head, a
    # network of bodies, no association
    d = draft("Integrationsnätverket Övre Dalarna träffas i Mora i maj.\n", HEAD)
    assert not any("natverket" in iri for iri in d.actors), sorted(d.actors)
    # nor is "Integrationsnätverket Mora", named by a place
    d = draft("Integrationsnätverket Mora träffas i biblioteket i maj.\n", HEAD)
    assert not any("natverket" in iri for iri in d.actors), sorted(d.actors)


def test_a_party_told_after_the_list_of_parties_joins_them() -> None:
    # "Parterna i avtalet är:" and its list, then "Sedan 2026 är i stället X part": one
    # more party; "Y är inte part" is none
    d = draft(
        "Parterna i avtalet om språkstöd är:\n"
        "- Socialnämnden\n"
        "- Föreningen Solvarvet\n\n"
        "Sedan 2026 är i stället Idrottsklubben Älvlöparna part. Studieförbundet Näverluren "
        "är inte part.\n\n"
        "Nästa steg\n\n"
        "Avtalet följs upp i höst.\n",
        HEAD,
    )
    assert together(
        d,
        "kommun/2062/socialnamnden",
        "org/foreningen-solvarvet",
        "org/idrottsklubben-alvloparna",
    ), partners(d)
    assert not any("org/studieforbundet-naverluren" in group for group in partners(d))


def test_a_member_told_after_an_also_list_joins_it_through_its_unit() -> None:
    # "Det samordnas av A. Andra medlemmar i nätverket är:" and its list, then "Sedan 2026 är
    # också Region X medlem, genom Vårdcentralen Y" (the unit is the member) and "Z var
    # medlem till 2025 och är inte längre med" (a past member is one too)
    d = draft(
        "Nätverket Ny i Mora bildades 2024. Det samordnas av Mottagningsenheten. Andra "
        "medlemmar i nätverket är:\n"
        "- Arbetsförmedlingen\n"
        "- Föreningen Solvarvet\n\n"
        "Sedan 2026 är också Region Dalarna medlem, genom Vårdcentralen Noret. "
        "Idrottsklubben Älvlöparna var medlem till 2025 och är inte längre med.\n\n"
        "Nästa träff\n\n"
        "Vi ses i maj.\n",
        HEAD,
    )
    groups = [g for g in partners(d) if "org/arbetsformedlingen" in g]
    assert groups, partners(d)
    group = groups[0]
    assert "org/idrottsklubben-alvloparna" in group, group
    assert any(m.startswith("region/20/") for m in group), group


def test_the_lead_of_a_collaboration_is_a_party_of_the_list_that_names_where_it_is() -> None:
    # "Det leds av A, som hör till B. Med i samarbetet är:" and its list: A and the listed
    # are the parties (B, A's department, is none), without an "också"
    d = draft(
        "Sommarbron är ett samarbete om sommarjobb. Det leds av Arbetsmarknadsenheten, som hör "
        "till Kommunledningsförvaltningen. Med i samarbetet är:\n"
        "- Snickeri Furan AB, som tar emot ungdomar\n"
        "- Föreningen Solvarvet, som ordnar svenskträning\n\n"
        "Ungdomarna får lön.\n",
        HEAD,
    )
    unit = next(a.iri for a in d.actors.values() if a.iri.endswith("/arbetsmarknadsenheten"))
    assert together(d, unit, "org/snickeri-furan-ab", "org/foreningen-solvarvet"), partners(d)
    assert not any(
        any(m.endswith("/kommunledningsforvaltningen") for m in group) for group in partners(d)
    )


def test_a_body_told_to_be_with_too_after_the_list_joins_it() -> None:
    # "Det leds av A. Med i samarbetet är:" and its list, then "Sedan i våras är även C med."
    d = draft(
        "Sommarbron är ett samarbete om sommarjobb. Det leds av Arbetsmarknadsenheten. Med i "
        "samarbetet är:\n"
        "- Snickeri Furan AB\n"
        "- Föreningen Solvarvet\n\n"
        "Sedan i våras är även Idrottsklubben Älvlöparna med.\n\n"
        "Lön\n\n"
        "Ungdomarna får lön.\n",
        HEAD,
    )
    assert together(
        d, "org/snickeri-furan-ab", "org/foreningen-solvarvet", "org/idrottsklubben-alvloparna"
    ), partners(d)


def test_a_table_of_grants_under_the_body_that_hands_them_out() -> None:
    # "Socialnämnden fördelar varje år bidrag" over "Förening | Aktivitet | Belopp": the
    # committee granted each row's amount to the body of its first cell
    d = draft(
        "Socialnämnden fördelar varje år bidrag till föreningar som ordnar möten mellan nya "
        "och gamla invånare. I år beviljas tre ansökningar.\n\n"
        "Beviljade bidrag\n\n"
        "Förening | Aktivitet | Belopp\n"
        "Föreningen Solvarvet | Språkcafé | 30 000 kronor\n"
        "Idrottsklubben Älvlöparna | Löpträning | 25 000 kronor\n",
        HEAD,
    )
    got = funding(d)
    assert ("kommun/2062/socialnamnden", "org/foreningen-solvarvet") in got, got
    assert ("kommun/2062/socialnamnden", "org/idrottsklubben-alvloparna") in got, got

