"""The pass over a text's sentences that makes its relations.

:func:`find_relations` reads each sentence's trigger words and actors and calls the
rules of :mod:`.funding`, :mod:`.members`, :mod:`.named_before` and :mod:`.units`.

Examples
--------
>>> from samverkan.draft import actors, nlp, reconcile
>>> doc = nlp.parse("Lunds kommun samverkar med Röda Korset.")
>>> [(r.kind, r.members) for r in find_relations(doc, actors.find_actors(doc, reconcile.Index()))]
[('collaboration', {'kommun/1281': 'part', 'org/roda-korset': 'part'})]
"""

from __future__ import annotations

import itertools
import re
from functools import partial

from samverkan.draft.actors import Found
from samverkan.draft.actors.holders import _KIND_WORDS, _named_of_kind
from samverkan.draft.model import Relation
from samverkan.draft.nlp import page_text
from samverkan.draft.relations.also_lists import also_lists
from samverkan.draft.relations.decisions import (
    decided_item,
    decider_of_item,
    decision_blocks,
    refused,
)
from samverkan.draft.relations.entries import guide_entries
from samverkan.draft.relations.funding import (
    _conjuncts_after,
    _contribution,
    _decided_table_row,
    _decision_table_row,
    _eu_funding_of_partners,
    _fund_of_its_authority,
    _grant_bullet,
    _grant_column_row,
    _grant_line,
    _grant_row,
    _grant_to_the_project,
    _paid_to,
    _passed_on,
    _receives_money,
    _sum_handed,
    _table_line,
    _whose_money_is_paid,
    granting_body,
    grants_listed,
)
from samverkan.draft.relations.hedges import (
    _DASHES,
    as_no_member,
    at_an_event,
    declined,
    denies_a_party,
    only_sought,
    people_join,
    planned,
)
from samverkan.draft.relations.hosts import hosts_join
from samverkan.draft.relations.leaders import leaders_join
from samverkan.draft.relations.main_collaboration import main_collaboration, same_collaboration
from samverkan.draft.relations.member_entries import with_member_entries
from samverkan.draft.relations.members import (
    _lists_that_add,
    _member_lists,
    _seats_of_every_party,
    _table_members,
    _units_for_their_municipality,
    members_among_them,
    parties_one_a_sentence,
)
from samverkan.draft.relations.named_before import (
    _BACK_WORDS,
    _anaphoric,
    _association_before,
    _co_arranges,
    _collaboration_name,
    _joins_as_partner,
    _municipality_of,
    _one_named_before,
    _only_of_kind,
    _recipients_named_before,
    _runner,
    _scheme,
    _subjects_before,
)
from samverkan.draft.relations.named_work import named_work_join
from samverkan.draft.relations.one_work import one_work
from samverkan.draft.relations.parties import (
    _municipalities_counted,
    _owners_of_blocks,
    _party_in_the_one_before,
    _signs_an_agreement,
    _unit_as_the_party,
)
from samverkan.draft.relations.purchases import purchases
from samverkan.draft.relations.shares import shares_of_posts
from samverkan.draft.relations.team import team_join
from samverkan.draft.relations.through_units import through_units_join
from samverkan.draft.relations.ungrouped import (
    runners_join,
    told_parties_join,
    ungrouped_join,
)
from samverkan.draft.relations.units import (
    _posts_and_units,
    _signed_under_department,
    _through,
    _units_of_posts,
    _units_of_units,
)
from samverkan.draft.relations.words import (
    _ACTIVE_FUNDING,
    _ANAPHORA,
    _CLAUSE,
    _COFUNDING,
    _COLLAB,
    _FUNDER_CLASSES,
    _FUNDING_NOUNS,
    _FUNDING_VERBS,
    _GIVES_A_SUM,
    _GROUPS,
    _JOIN,
    _LISTING,
    _MEMBERSHIP,
    _NUMBERS,
    _POSTS,
    _PRONOUNS,
    _RECEIVE,
    _RECIPIENTS,
    _SOURCE,
    _UNITS,
    _actors_in,
    _comma_clause_opening,
    _gives_a_sum,
    _gives_money_to,
    _gives_support,
    _pays_a_sum,
    _quote_span,
    amount,
    period,
)
from samverkan.draft.relations.work_lists import work_lists
from samverkan.draft.relations.work_members import work_members_join

__all__ = ["find_relations"]


def _given_to(sent, found: Found, present, trigger: int, funders: set[str]) -> list[str]:
    """The actors named right after the "till" of "X ger ett bidrag till Y och Z"."""
    doc = sent.doc
    to = next(
        (k for k in range(sent.start + trigger, sent.end) if doc[k].lower_ == "till"), sent.end
    )
    out: list[str] = []
    k = to + 1
    for iri, i in sorted(present, key=lambda pair: pair[1]):
        if i < k or iri in funders:
            continue
        if any(doc[j].lower_ not in {"och", ","} for j in range(k, i)):
            break
        if found.actors[iri].cls in _RECIPIENTS:
            out.append(iri)
        k = found.at_token.get(i, ("", i + 1))[1]
    return out


def _summed_to(sent, found: Found, present, trigger: int, funders: set[str]) -> list[str]:
    """The actors named right after the verb of "X har gett Y och Z 15 000 kronor" (or by a
    word naming one again: "har gett föreningen 40 000 kronor"); none where the first is no
    body that receives money."""
    doc = sent.doc
    out: list[str] = []
    k = sent.start + trigger + 1
    for iri, i in sorted(present, key=lambda pair: pair[1]):
        if i < k or iri in funders:
            continue
        if any(doc[j].lower_ not in {"och", ","} for j in range(k, i)):
            break
        if found.actors[iri].cls not in _RECIPIENTS | {"sam:CountyAdministrativeBoard"}:
            break
        out.append(iri)
        k = found.at_token.get(i, ("", i + 1))[1]
    return out


def _receiver_of_the_grant(lowers: list[str], trigger: int, sent, present) -> list:
    """The one of ``present`` a committee's grant goes to: the first after "går till", else the
    first of the clause of "får" before it (none when a comma or "som" stands between).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> sent = next(parse("A och B får 5 kronor.").sents)
    >>> _receiver_of_the_grant(["a", "och", "b", "får"], 3, sent, [("x", 0), ("y", 2)])
    [('x', 0)]
    >>> _receiver_of_the_grant(["a", ",", "b", "får"], 3, sent, [("x", 0)])
    []
    """
    at = sent.start + trigger
    if lowers[trigger] == "går":
        return [p for p in present if p[1] > at][:1]
    clause = max((k for k in range(trigger) if lowers[k] in {",", "som", "där", "."}), default=-1)
    before = [p for p in present if sent.start + clause < p[1] < at][:1]
    # "Förra året fick X 40 000 kronor": the subject after the verb
    return before or [p for p in present if p[1] == at + 1]


def find_relations(doc, found: Found) -> list[Relation]:
    """The funding and collaboration relations stated in ``doc``'s sentences."""
    relations: list[Relation] = []
    munis_in_doc = [iri for iri, a in found.actors.items() if a.cls == "sam:Municipality"]
    page = f"kommun/{found.page_code}" if found.page_code else None
    last_collaboration: Relation | None = None
    # a council's members listed over consecutive sentences ("Från kommunen ingår A och B.
    # Från staten ingår C. Civilsamhället företräds av D och E."): the listing so far
    listing: Relation | None = None
    parties: Relation | None = None  # "Projektet hade två projektparter: A och B"
    listing_end = -1
    last_runner: str | None = None
    # money a body gives that names no recipient in its sentence: resolved after the loop
    open_contributions: list[tuple[Relation, object]] = []
    # who gives the grants the page reports: a county board's own page, or the committee whose
    # decision to distribute them the page opens with ("Nämnden beslutade hur bidraget ska
    # fördelas"): "X får 70 000 kronor" is its grant
    giver = f"lansstyrelse/{found.page_board}" if found.page_board else granting_body(doc, found)
    member_lists = _member_lists(doc, found)
    _signed_under_department(doc, found)
    for sent in doc.sents:
        present = _places_of_names_left_out(sent, found, _actors_in(sent, found))
        here = _municipality_of(sent, found) or page
        # a word that stands for an actor, at its first place in the sentence:
        # "Kommunen samverkar med ..." (the municipality of the sentence or the page),
        # "Vi samarbetar med ..." on an association's own page, "Föreningen samarbetar
        # med ..." (the association named last, or the page's own)
        # (each found only where one of its words is in the sentence: asking every sentence
        # for every kind reads all of a long page's mentions again per sentence)
        lowers = {t.lower_ for t in sent}
        for find_actor, words in (
            (lambda here=here: here, {"kommunen", "kommunens"}),
            (lambda: found.page_org, _PRONOUNS),
            (partial(_association_before, sent, found), {"föreningen", "föreningens"}),
            (
                partial(_only_of_kind, found, "sam:CivilSocietyOrganization", "studieförbundet"),
                {"studieförbundet", "studieförbundets"},
            ),
            *((partial(_named_of_kind, found, kind), words) for kind, words in _KIND_WORDS.items()),
            # "Enheten tillhör ...", "Förvaltningen lånar ut ...", "Bolaget står för ...":
            # the one unit, department or company of that kind named just before
            *(
                (partial(_one_named_before, sent, found, kind), words)
                for kind, words in _BACK_WORDS.items()
            ),
        ):
            if lowers.isdisjoint(words):
                continue
            actor = find_actor()
            if actor and actor not in dict(present):
                present += [
                    (actor, sent.start + k)
                    for k, w in enumerate(t.lower_ for t in sent)
                    if w in words
                ][:1]
            elif actor and words in _BACK_WORDS.values():
                # "Språkcaféet på stadsbiblioteket drivs av X tillsammans med biblioteket,
                # som hör till ...": the unit named again later in its own sentence, where a
                # clause says where it belongs
                present += [
                    (actor, sent.start + k)
                    for k, w in enumerate(t.lower_ for t in sent)
                    if w in words and sent.start + k > dict(present)[actor]
                ][:1]
        present.sort(key=lambda pair: pair[1])
        lowers = [t.lower_ for t in sent]
        # "de tre kommunerna": the municipalities of the collaboration before, when it has
        # that many, else those of the text, when there are that many
        for k, word in enumerate(lowers[:-1]):
            if word in _NUMBERS and lowers[k + 1].startswith("kommuner"):
                plural = _municipalities_counted(
                    _NUMBERS[word], last_collaboration, munis_in_doc, found
                )
                present += [(iri, sent.start + k) for iri in plural if iri not in dict(present)]
        # "Medlemskommunerna betalar förbundet ...": the municipalities among the members of
        # the collaboration before (round 33 of learning)
        relations += _member_municipalities_pay(sent, present, member_lists, last_collaboration)
        payee = _paid_to(sent, present)
        grant = next((r for r in reversed(relations) if r.kind == "funding"), None)
        payer = _whose_money_is_paid(sent, found, present) if payee else None
        if payer and payer != payee:
            # "Region Xs medfinansiering betalas till Y kommun": X's money, paid to Y
            if not any(
                r.kind == "funding" and r.funder == payer and payee in r.recipients
                for r in relations
            ):
                span = (sent.start_char, min(sent.end_char, sent.start_char + 200))
                relations.append(Relation("funding", span, funder=payer, recipients=[payee]))
        elif payee and grant and payee != grant.funder and sent.start_char - grant.span[0] < 400:
            # "Pengarna betalas ut till X", "Bidraget söks av X": the grant before is X's
            grant.recipients, grant.unsure = [payee], False
        seats = _seats_of_every_party(sent, present, found, last_collaboration)
        if seats is not None:
            # "Nätverket har en styrgrupp där varje part har en plats": a group of its own
            relations.append(seats)
            last_collaboration, listing = seats, None
            continue
        if not present and not any(w in {"kommunen", "kommunerna"} for w in lowers):
            continue
        kinds = {iri: found.actors[iri].cls for iri, _ in present}
        start_date, end_date = period(sent)
        _posts_and_units(sent, found, present)
        grant = (
            _grant_row(sent, found, present, kinds)
            or _grant_column_row(sent, found, present)
            or _decided_table_row(sent, found, present)
            or _decision_table_row(sent, found, present)
            or _grant_bullet(sent, found, present)
        )
        if grant is not None:
            relations.append(grant)
        passed = _passed_on(sent, found, present)
        if passed is not None:
            relations.append(passed)
        grant = _grant_line(sent, found, present) or _table_line(sent, found, present)
        if grant is not None:
            relations.append(grant)
            continue
        # --- co-funding of a post
        cofund = next((k for k, w in enumerate(lowers) if w.startswith(_COFUNDING)), None)
        if cofund is not None:
            after = [(iri, i) for iri, i in present if i > sent.start + cofund]
            posts = [iri for iri, _ in present if kinds[iri] in {"org:Post", "sam:CoordinatorPost"}]
            if after and posts:
                relations.append(
                    Relation(
                        "funding",
                        _quote_span(sent, [sent.start + cofund, after[0][1]]),
                        funder=after[0][0],
                        funded_items=posts[:1],
                        scheme="samfinansiering",
                        unsure=False,
                    )
                )
            continue
        # --- funding
        contribution = _contribution(sent, found, present, kinds, last_runner)
        if contribution is None:
            # "X beviljade Y 95 000 kronor", "X ger Y 15 000 kronor om året"
            contribution = _sum_handed(sent, found, present, kinds)
        if (
            contribution is not None
            and contribution.unsure
            and last_collaboration is not None
            and contribution.funder in last_collaboration.members
        ):
            # "X har ett IOP med Y. ... X bidrar med 1,2 mnkr per år": a party that gives
            # money names no receiver; the partnership it is a party of says who (resolved
            # after the loop), not whoever ran the work named before
            contribution.recipients = []
        if contribution is None or not contribution.recipients:
            grant = _grant_to_the_project(sent, found, present, kinds)
            if grant is None and contribution is not None:
                open_contributions.append((contribution, sent))
            contribution = grant or contribution
        if contribution is not None:
            relations.append(contribution)
        trigger = None
        for k, word in enumerate(lowers):
            nxt = lowers[k + 1 : k + 4]
            if contribution is not None:
                break
            if _gives_money_to(lowers, k, {i - sent.start for _iri, i in present}):
                trigger = k
                break
            if _gives_a_sum(
                lowers, k, {i - sent.start for _iri, i in present}
            ) and _summed_to(sent, found, present, k, set()):
                trigger = k
                break
            if (
                word in _FUNDING_NOUNS or word.endswith(("medel", "bidrag"))
            ) and any(w in _SOURCE for w in nxt):
                trigger = k
                break
            if word.startswith(_FUNDING_VERBS) or (
                _pays_a_sum(lowers, k)
                and k + 1 < len(sent)
                # "betalar Y per deltagare", "betalar förbundet per deltagare": the one paid
                # by its name or by a word that names it again (round 33 of learning)
                and (sent[k + 1].is_title or sent.start + k + 1 in {i for _x, i in present})
            ):
                trigger = k
                break
            if (
                word in _RECEIVE
                and found.page_board
                and any(w in _FUNDING_NOUNS or w.endswith("medel") for w in nxt[:2])
            ):
                trigger = k
                break
            if _receives_money(lowers, k) and giver:
                # a county board's page: "X och Y får tillsammans 1 150 000 kronor",
                # "Till X går 890 000 kronor"
                trigger = k
                break
        if trigger is not None and _planned(lowers[:trigger]):
            trigger = None  # "Nätverket planerar att ansöka om pengar från X": no grant yet
        if trigger is not None and (
            _denied(lowers, trigger)
            or refused(sent)
            or only_sought(lowers, _next_words(sent))
        ):
            # "Det finansierades inte av förbundet", "fick avslag", "har sökt pengar från X
            # och väntar på besked": no grant
            trigger = None
        if trigger is not None:
            receiver: list | None = None  # the one a committee's grant goes to
            sources = [
                k for k in range(sent.start + trigger, sent.end) if doc[k].lower_ in _SOURCE
            ]
            funders = list(
                dict.fromkeys(
                    (iri, i)
                    for iri, i in present
                    if kinds[iri] in _FUNDER_CLASSES and any(0 < i - k <= 3 for k in sources)
                )
            )
            funders += _conjuncts_after(sent, found, present, funders, kinds)
            participle = any(
                w in _RECEIVE | {"fått"} for w in lowers[max(trigger - 3, 0) : trigger]
            )
            deciders: set[str] = set()
            active = lowers[trigger] in _ACTIVE_FUNDING or lowers[trigger] in _GIVES_A_SUM
            if active and not participle:
                # "X och Y bekostar ...": the subjects; "X har beviljat ...": the subject when
                # no funder follows "från"/"av" ("fick beviljade medel från X" is passive)
                verb = trigger
                if trigger and lowers[trigger - 1] == "att":
                    # "X beslutade i december att bevilja ...": X is the subject
                    verb = next(
                        (
                            k
                            for k in range(trigger - 2, max(trigger - 8, -1), -1)
                            if lowers[k].startswith(("beslut", "beslöt"))
                        ),
                        trigger,
                    )
                subjects = _subjects_before(sent, found, present, sent.start + verb, kinds)
                if subjects and (not funders or not lowers[trigger].startswith("bevilja")):
                    funders = subjects
                # "Svenska ESF-rådet beviljade medel ur Europeiska socialfonden": who decides
                # the grant of another's money neither funds nor receives it
                deciders = {iri for iri, _ in subjects} - {iri for iri, _ in funders}
            if (
                not funders
                and giver
                and (
                    (found.page_board and lowers[trigger].startswith("bevilja"))
                    or (found.page_board and lowers[trigger] in _RECEIVE)
                    or _receives_money(lowers, trigger)
                )
            ):
                # a county board's decision: "X kommun beviljas 300 000 kronor"; a
                # committee's: "Föreningen X får 60 000 kronor"
                funders = [(giver, sent.start + trigger)]
                if not found.page_board:
                    # the committee's grant goes to the subject of "får" in its own clause
                    # ("A, som B och C ordnar, får ...": none named), or to the one after
                    # "går till"; none named, no grant (not the page's municipality)
                    receiver = _receiver_of_the_grant(lowers, trigger, sent, present)
                    funders = funders if receiver else []
            funder_iris = {iri for iri, _ in funders} | deciders
            partners_from = next(
                (
                    sent.start + k
                    for k, w in enumerate(lowers)
                    if ((w in _COLLAB or w in _CLAUSE or w == "där") and k > trigger)
                    # ", och kultur- och fritidsförvaltningen upplåter ...": a new clause
                    or (w == "och" and k > trigger and lowers[k - 1] == ",")
                ),
                sent.end,
            )
            recipients = [
                iri
                for iri, i in present
                if iri not in funder_iris and kinds[iri] in _RECIPIENTS and i < partners_from
            ]
            if receiver is not None:
                recipients = [iri for iri, _i in receiver]
            elif _gives_money_to(lowers, trigger, {i - sent.start for _iri, i in present}):
                # "X ger ett bidrag till Y för läxhjälpen på Z": Y (and those joined to it by
                # "och"), not the place of what the money is for
                recipients = _given_to(sent, found, present, trigger, funder_iris)
            elif _gives_a_sum(lowers, trigger, {i - sent.start for _iri, i in present}):
                # "X har gett Y 15 000 kronor i aktivitetsbidrag": Y (and those joined to it
                # by "och") right after the verb
                recipients = _summed_to(sent, found, present, trigger, funder_iris)
            items = [iri for iri, _ in present if kinds[iri] in _POSTS]
            anaphoric = _anaphoric(sent)
            if not recipients and anaphoric and last_collaboration is not None:
                # "Projektet finansieras av ...": the municipalities that run it
                recipients = list(
                    dict.fromkeys(
                        m if found.actors[m].cls == "sam:Municipality" else m.rsplit("/", 1)[0]
                        for m in last_collaboration.members
                        if m.startswith("kommun/") and found.actors[m].cls not in _POSTS
                    )
                )
                recipients = [r for r in recipients if r in found.actors]
            for funder, at in funders:
                # "Kommunens åtagande finansieras av socialnämnden": a unit pays its own
                # municipality's share; the municipality receives nothing
                mine = [r for r in recipients if r != funder and not funder.startswith(r + "/")]
                if anaphoric and last_collaboration and funder in last_collaboration.members:
                    # "Projektet finansieras av ESF och Region X", X one of the project's
                    # own parties: X co-funds its project, it gives its partners no grant
                    mine = [r for r in mine if r not in last_collaboration.members]
                    if not mine and not items:
                        continue
                # "Socialnämnden finansierar partnerskapet med 450 000 kronor": a unit of the
                # page's municipality gives to the parties named before, not to its own
                own = (
                    bool(page) and funder.startswith(f"{page}/") and kinds.get(funder) in _UNITS
                )
                gives = own and not mine and not items
                if gives and lowers[trigger] not in _ACTIVE_FUNDING:
                    # "Språkvänner får ett verksamhetsbidrag från kultur- och fritidsnämnden":
                    # the work named is run by whoever the text said runs it
                    runner = last_runner if last_runner and last_runner in found.actors else None
                    if runner is not None and not runner.startswith(f"{page}"):
                        mine, gives = [runner], False
                # on an organisation's own page ("ABF X / Verksamhetsberättelse"), money named
                # without its receiver is the organisation's, not its municipality's
                own_page = found.page_org if found.page_org in found.actors else None
                if not mine and own_page and own_page != funder and not items and not gives:
                    mine = [own_page]
                if not mine and sent.text.rstrip().endswith(":"):
                    # "För 2026 har vi beviljat följande bidrag:": the list below names the
                    # recipients (its lines are read one by one), not the page's municipality
                    continue
                if not mine and page and page != funder and not items and not gives:
                    mine = [page]
                if not mine and not items and not gives:
                    continue
                idx = [sent.start + trigger, at] + [i for iri, i in present if iri in mine]
                relations.append(
                    Relation(
                        "funding",
                        _quote_span(sent, idx),
                        funder=funder,
                        recipients=list(dict.fromkeys(mine)),
                        funded_items=items,
                        scheme=_scheme(lowers, found.actors[funder].cls),
                        amount=amount(sent) if len(funders) == 1 else None,
                        start=start_date,
                        end=end_date,
                        unsure=not [iri for iri, _ in present if iri in mine],
                    )
                )
                if gives:
                    open_contributions.append((relations[-1], sent))
        # --- collaboration
        if _unit_as_the_party(sent, found, present, last_collaboration):
            continue  # "För kommunens del är det X som är avtalspart"
        parents = _units_of_units(sent, found, present)
        if parents and "ingår" in lowers:
            continue  # "AME ingår i socialförvaltningen": a unit's place, no collaboration
        hits = [
            k
            for k, w in enumerate(lowers)
            if (w in _COLLAB and (w != "tillsammans" or lowers[k + 1 : k + 2] == ["med"]))
            or _names_parties(lowers, k)
            # "Bakom projektet står X, Y och Z": those who stand behind it
            or (w == "står" and "bakom" in lowers[max(k - 3, 0) : k])
            # "Kurserna ordnas gemensamt av X, Y och Z": those who arrange it together
            or (w == "gemensamt" and lowers[k + 1 : k + 2] == ["av"])
            # "Med i arbetet är X, Y och Z": the parties after the verb (round 65 of learning)
            or (w == "är" and lowers[:2] == ["med", "i"] and 3 <= k <= 4)
            # "Veckan genomförs av A, B och C", "Träffarna hålls av ...", "Veckan planeras av
            # ...": those who carry it out, a list of two or more right after "av" (round 67
            # of learning)
            or (
                w in _CARRIED_OUT
                and lowers[k + 1 : k + 2] == ["av"]
                and _listed_after(sent, found, k + 2)
            )
            # "A, B och C står bakom veckan", "Vi som står bakom veckan är A och B"
            or (w == "står" and lowers[k + 1 : k + 2] == ["bakom"])
            # "Veckan är ett gemensamt initiativ av A, B och C"
            or (w == "initiativ" and "gemensamt" in lowers[max(k - 2, 0) : k])
            # "Deltagande organisationer: A, B och C", "Medverkande: A och B"
            or (w in _TAKING_PART and ":" in lowers[k + 1 : k + 3])
            or _join_forces(lowers, k)
            # "Sommaren 2023 ordnade A och B en lovskola", "A och B drev caféet", "som drevs
            # 2020-2022 av A och B": two or more bodies joined by "och" as the subject of one
            # act of running the work (round 71 of learning)
            or _joint_agents(sent, found, lowers, k)
            or _is_with(lowers, k)
            or _signs_an_agreement(lowers, k)
            or _party_in_the_one_before(lowers, k)
            or _seated_in_the_body(lowers, k)
        ]
        hits = [k for k in hits if not _gives_support(lowers, k) and not people_join(lowers, k)]
        # "X har informerat sina medlemmar", "föreningens medlemmar": a body's own members,
        # not a membership of the body in another
        hits = [
            k
            for k in hits
            if not (lowers[k] in _MEMBERSHIP and k and lowers[k - 1] in _OWN_MEMBERS)
        ]
        # "I panelen deltar X och Y": the programme of a day, no party to what arranges it
        hits = [k for k in hits if not (lowers[k] in _JOIN and at_an_event(lowers, k))]
        # "X deltar som adjungerad": present, but no party
        hits = [k for k in hits if not (lowers[k] in _JOIN and as_no_member(lowers, k))]
        # "Kommunstyrelsen har beslutat: – att ingå ett samarbete med X": the dash of a
        # decision's item is no demand ("Vi kräver: – att ..."), where the body that decides
        # is named
        decided = bool(_DASHES & set(lowers)) and decided_item(sent)
        decided = decided and decider_of_item(sent, found) is not None
        item = [w if w not in _DASHES or not decided else "" for w in lowers]
        if hits and (
            all(planned(item, k) for k in hits)
            # "X medverkar med en föreläsare men är inte heller medarrangör": no member
            or (denies_a_party(lowers) and all(lowers[k] in _JOIN for k in hits))
        ):
            continue
        # "X, som drivs av kultur- och fritidsförvaltningen": the verb says where X belongs
        hits = [k for k in hits if not any(0 < j - sent.start - k <= 4 for j in parents)]
        # "deltar i referensgruppen tillsammans med": a collaboration named in the sentence
        # comes before joining the one the page described last
        hit = next((k for k in hits if lowers[k] not in _JOIN - {"bidrar"}), None)
        hit = hits[0] if hit is None and hits else hit
        if hits and all(_negated(lowers, k) or declined(lowers, k) for k in hits):
            # "X är inte part i projektet", "Du behöver inte vara medlem i Y": no members, and
            # what the next sentence adds is not added to the collaboration before
            last_collaboration = listing = None
            continue
        continues = (
            listing is not None
            and listing is last_collaboration
            and "\n\n" not in page_text(doc)[listing_end : sent.start_char]
        )
        if hit is None and continues:
            hit = next((k for k, w in enumerate(lowers) if w in _LISTING), None)
        runner = _runner(sent, found, present)
        co_arranges = (
            last_collaboration is not None
            and _co_arranges(lowers)
            and not denies_a_party(lowers)  # "X är inte medarrangör men lånar ut ..."
            and "\n\n" not in page_text(doc)[last_collaboration.span[1] : sent.start_char]
        )
        if co_arranges or (
            hit is None and last_collaboration is not None and _joins_as_partner(lowers)
        ):
            # "Lunds universitet följer projektet som forskningspartner": joins the project
            for iri, _i in present:
                if found.actors[iri].cls not in _POSTS | {"foaf:Person"}:
                    last_collaboration.members.setdefault(iri, "part")
            continue
        if hit is None:
            last_runner = runner or last_runner
            continue
        # "drivs av enheten X, som hör till sektor Y, i samverkan med Z": no party Y
        units_of_posts = (
            _units_of_posts(sent, found, present) | _through(doc, found, present) | parents
        )
        if lowers[hit] == "står":
            # "Bakom det står A, B och C, det kommunalförbund som driver X": X is no party
            units_of_posts |= _in_relative_clauses(lowers, hit, sent.start, present)
        members: dict[str, str] = {}
        funded_by = {
            r.funder for r in relations if r.kind == "funding" and r.span[0] >= sent.start_char
        }
        for iri, i in present:
            actor = found.actors[iri]
            if i in units_of_posts or iri in funded_by:
                continue
            if actor.cls == "foaf:Person":
                post = next((p for p in found.actors.values() if p.holder == iri), None)
                if post is None:
                    continue
                iri, actor = post.iri, post
            if (
                actor.cls in _POSTS
                and actor.parent in found.actors
                and any(w in _GROUPS for w in lowers)
            ):
                # "I styrgruppen sitter ... Arbetsförmedlingens sektionschef": a steering
                # group's members are the organisations its people come from
                iri = actor.parent
            role = "ledare" if lowers[hit] == "leds" and i > sent.start + hit else "part"
            members.setdefault(iri, role)
        _drop_the_organisation_of_its_members(sent, found, present, members)
        if lowers[hit] in _FOUNDED and "av" in lowers[hit + 1 : hit + 4]:
            # "Nätverket X startades 2019 av A, B och C": X is the network, A, B, C found it
            for iri, i in present:
                if i < sent.start + hit:
                    members.pop(iri, None)
        if lowers[hit] == "leder":
            before = [
                iri for iri, i in present if i < sent.start + hit and i not in units_of_posts
            ]
            if before:
                leader = before[-1]
                if found.actors[leader].cls == "foaf:Person":
                    leader = next(
                        (p.iri for p in found.actors.values() if p.holder == leader), leader
                    )
                members[leader] = "ledare"
        if lowers[hit] in _JOIN and last_collaboration is not None:
            # "Halmstads kommun bidrar med två konsulenter": a part of the collaboration; the
            # party is the unit the sentence names ("från Arbete och Välfärd"), not its
            # municipality or the posts it lends
            units = [m for m in members if found.actors[m].cls in _UNITS]
            for member in members:
                actor = found.actors[member]
                if units and (
                    any(u.startswith(member + "/") for u in units)
                    or (actor.cls in _POSTS and actor.parent in units)
                ):
                    continue
                if actor.cls == "sam:Municipality" and any(
                    m.startswith(member + "/") and found.actors[m].cls in _UNITS
                    for m in last_collaboration.members
                ):
                    # "ett samarbete mellan X och fritidsgården Y. ... Västerås stad bidrar
                    # genom fritidsgårdens personal": the municipality takes part through its
                    # unit, a party already (round 50 of learning)
                    continue
                last_collaboration.members.setdefault(member, "part")
            continue
        if last_collaboration is not None and _party_in_the_one_before(lowers, hit):
            # "Sollefteå kommun var part i projektet från starten, men kommunstyrelsen
            # beslutade att avsluta samarbetet": the subject, not the others the clause names
            subject = [iri for iri, i in present if i < sent.start + _clause_before(lowers, hit)]
            subject = subject[-1:]
            for member in subject:
                last_collaboration.members.setdefault(member, "part")
            continue
        if last_collaboration is not None and _adds_members(lowers, hit):
            # "I nätverket ingår även X och Y": members of the collaboration described before
            for member, role in members.items():
                last_collaboration.members.setdefault(member, role)
            _units_for_their_municipality(last_collaboration.members, found)
            continue
        before_hit = [iri for iri, i in present if i < sent.start + hit]
        if (
            last_collaboration is not None
            and not before_hit
            and lowers[hit].endswith(("parter", "partner"))
            and ":" in lowers[hit:]
            and "\n\n" not in page_text(doc)[last_collaboration.span[1] : sent.start_char]
        ):
            # "Satsningen drivs av A och B. Tre klubbar är parter från start: C, D och E":
            # the parties listed after the colon join the collaboration the paragraph has
            # just described, not one of the page's municipality (round 52 of learning)
            for member, role in members.items():
                last_collaboration.members.setdefault(member, role)
            _units_for_their_municipality(last_collaboration.members, found)
            continue
        own_group = any(w in _GROUPS for w in lowers)
        leader = _leader_just_before(sent, found) if _bare_parties(lowers) else None
        if leader is not None and not before_hit and leader not in members:
            # "X leder projektet. Parter är A, B och C": the leader is one of the parties
            # (round 59 of learning)
            members[leader] = "ledare"
        elif (
            (_anaphoric(sent) or _parties_of_the_work(lowers))
            and not before_hit
            and last_runner
            and last_runner not in members
            and not own_group  # "Projektet leds av en styrgrupp där X och Y ingår"
            # "Insatsen drivs av X och Y gemensamt": the runners are named, none before
            and not (lowers[hit] == "drivs" and lowers[hit + 1 : hit + 2] == ["av"])
        ):
            # "Verksamheten bedrivs i samverkan med X": whoever runs it, named before
            members[last_runner] = "part"
        elif (own := decider_of_item(sent, found) or page) and (
            own not in members and not any(m.startswith(own + "/") for m in members)
        ):
            with_page = lowers[hit] in {
                "tillsammans",
                "samarbete",
                "samverkan",
                "partnerskap",
                "iop",
            } and lowers[hit + 1 : hit + 2] == ["med"]
            # "X och Y deltar som samverkanspartner": partners of the page's own project
            partners_of_page = any(w.endswith(("partner", "parter")) for w in lowers[hit:])
            only_groups = members and all(
                found.actors[m].cls == "sam:CivilSocietyGroup" for m in members
            )
            named_municipality = any(m.startswith("kommun/") for m in members)
            # "X är medlem i samma nätverk": one member joins the page's own
            joins_page = lowers[hit] in _MEMBERSHIP and len(members) == 1
            # "Sedan i höstas har vi ett avtal med Y kommun" on a municipality's own page:
            # "vi" is the municipality, a party to its agreement
            our_agreement = (
                found.page_org is None
                and lowers[hit].startswith(("avtal", "överenskommelse"))
                and "vi" in lowers[:hit]
            )
            if (
                (with_page and not named_municipality)
                or our_agreement
                or only_groups
                or partners_of_page
                or joins_page
            ):
                # the page's own party: its organisation on an association's or a parish's
                # own page ("Språkcaféet genomförs i samarbete med X"), else its municipality;
                # in an item of a decision list ("Socialnämnden beslutar / 1. att ingå
                # partnerskap med X") the committee or board that decides
                members.setdefault(own if own != page else found.page_org or page, "part")
        if (
            len(members) < 2
            and _anaphoric(sent)
            and last_collaboration is not None
            and sent.start_char - last_collaboration.span[1] < 400
        ):
            for member, role in members.items():
                last_collaboration.members.setdefault(member, role)
            continue
        if parties is not None and any(
            w in {"förutom", "utöver"} and _PARTIES.match(n)
            for w, n in itertools.pairwise(lowers)
        ):
            # "I den ingick, förutom projektparterna, A och B": the parties named before too
            for member in parties.members:
                members.setdefault(member, "part")
        _units_for_their_municipality(members, found)
        last_runner = runner or last_runner
        if continues and lowers[hit] in _LISTING and last_collaboration is not None:
            for member, role in members.items():
                last_collaboration.members.setdefault(member, role)
            _units_for_their_municipality(last_collaboration.members, found)
            listing_end = sent.end_char
            continue
        if len(members) < 2:
            continue
        idx = [sent.start + hit] + [i for _iri, i in present]
        last_collaboration = Relation(
            "collaboration",
            _quote_span(sent, idx),
            members=members,
            name=_collaboration_name(sent),
            start=start_date,
            end=end_date,
        )
        relations.append(last_collaboration)
        if _names_parties(lowers, hit):
            parties = last_collaboration
        listing = last_collaboration if lowers[hit] in _LISTING else None
        listing_end = sent.end_char
    relations += _lists_that_add(doc, found, relations, member_lists)
    relations += members_among_them(doc, found)
    # "Projektet har fyra parter." and one party a sentence after it (round 95 of learning)
    relations += parties_one_a_sentence(doc, found)
    relations += _table_members(doc, found)
    relations = with_member_entries(doc, found, relations)
    # a guide's entries: "Samarbetar med: X", "Stöd: bidrag från Y" under an association's
    # heading (round 37 of learning)
    relations += guide_entries(doc, found, relations)
    relations += purchases(doc, found, relations)
    relations += decision_blocks(doc, found)
    relations += grants_listed(doc, found, relations)
    _owners_of_blocks(doc, found, relations)
    for contribution, sent in open_contributions:
        if not contribution.recipients:  # none named by a sentence after it ("söks av X")
            contribution.recipients = _recipients_named_before(
                contribution, sent, relations, found
            )
    # none to be found: no grant (not the project's partners, as a grant "till projektet" gets)
    unresolved = [id(c) for c, _sent in open_contributions if not c.recipients]
    relations = [r for r in relations if id(r) not in unresolved]
    _fund_of_its_authority(relations, found)
    _eu_funding_of_partners(relations, found, page_text(doc))
    shares_of_posts(doc, found, relations)
    relations = main_collaboration(doc, found, same_collaboration(doc, found, relations))
    # "X drivs av A. Med i samarbetet är också:" and its items (round 54 of learning)
    relations = also_lists(doc, found, relations)
    hosts_join(doc, found, relations)
    leaders_join(doc, found, relations)
    team_join(found, relations)
    # "två föreningar är parter i familjecentralen": the family centre is the collaboration
    # (round 62 of learning)
    relations = named_work_join(doc, found, relations)
    # "tog fyra arbetsgivare emot ungdomar i Midsommarbron: A, B, C och D" (round 62)
    relations = work_lists(doc, found, relations)
    # "Sedan 2024 är även X medarrangör", "Y lämnade gruppen": a later or past party of the
    # work, in no collaboration yet (round 76 of learning)
    ungrouped_join(doc, found, relations)
    # "X drivs av A" and, later, "Parter i X är:", "Sedan 2026 är även B part": one work
    # (round 79 of learning)
    relations = one_work(doc, found, relations)
    # "X leder arbetet", "Y är sammankallande för rådet": the body that runs the work, in no
    # collaboration yet (round 84 of learning)
    runners_join(doc, found, relations)
    # "Sedan 2025 är X part", "Y är part genom Z": a party told by the word "part", in no
    # collaboration yet (round 87 of learning)
    told_parties_join(doc, found, relations)
    # a table of the bodies that take part ("Arbetsgivare | Platser") and a body whose
    # sentence names the work ("X samordnar projektet"), in no collaboration yet (round 85)
    work_members_join(doc, found, relations)
    # "tillsammans med Kils kommun genom fritidsenheten": the unit a member takes part
    # through is a party too (round 93 of learning)
    through_units_join(doc, found, relations)
    # a grant "till projektet" whose partners the page names later: they are its recipients
    return [r for r in relations if r.kind != "funding" or r.recipients or r.funded_items]


# "projektparterna", "samverkanspartnerna", "medlemmarna": a word for the parties named before
_PARTIES = re.compile(r"^\w*(parterna|partnerna|medlemmarna)$")


# bodies whose name a town may follow: "Arbetsförmedlingen i Mora", "Svenska kyrkan i Mora"
_NAMED_IN_A_TOWN = {
    "sam:StateAgency",
    "sam:CivilSocietyOrganization",
    "sam:PrivateCompany",
    "sam:CivilSocietyGroup",
}


def _in_relative_clauses(lowers: list[str], hit: int, start: int, present: list) -> set[int]:
    """The positions of the actors inside the relative clauses of the list after ``hit``:
    "Bakom det står A, som hör till X, och B, en förening för ...": X is no party, but the
    clause ends where ", och" (", samt") opens the next one of the list, B (round 51 of
    learning); a clause that runs to the end of the sentence ("A, B och C, det
    kommunalförbund som driver X") leaves out all after its "som".

    >>> w = "bakom det står a , som hör till x , och b , en förening .".split()
    >>> sorted(_in_relative_clauses(w, 2, 0, [("a", 3), ("x", 8), ("b", 11)]))
    [8]
    >>> w = "bakom det står a och b , det förbund som driver x .".split()
    >>> sorted(_in_relative_clauses(w, 2, 0, [("a", 3), ("b", 5), ("x", 11)]))
    [11]
    """
    inside: set[int] = set()
    k = hit
    while True:
        clause = next((j for j in range(k, len(lowers)) if lowers[j] == "som"), None)
        if clause is None:
            return inside
        end = next(
            (
                j
                for j in range(clause + 1, len(lowers) - 1)
                if lowers[j] == "," and lowers[j + 1] in {"och", "samt"}
            ),
            len(lowers),
        )
        if end >= len(lowers):
            return inside | {i for _iri, i in present if i > start + clause}
        inside |= {i for _iri, i in present if start + clause < i < start + end}
        k = end + 1


def _places_of_names_left_out(sent, found: Found, present: list) -> list:
    """``present`` without a municipality named by its town alone just after "i" that
    follows a body's name ("Arbetsförmedlingen i Mora", "Svenska kyrkan i Mora och Röda
    Korset": the town says where the body is, no party of its own; a state agency's office
    in the town is its unit, round 41 of learning).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> from samverkan.draft.relations.words import _actors_in
    >>> doc = parse("Gruppen består av Arbetsförmedlingen i Kil, Svenska kyrkan i Kil och "
    ...             "Grums kommun.")
    >>> found = find_actors(doc, Index())
    >>> sent = next(doc.sents)
    >>> [iri for iri, _i in _places_of_names_left_out(sent, found, _actors_in(sent, found))]
    ['org/arbetsformedlingen/kil', 'org/svenska-kyrkan-i-kil', 'kommun/1764']
    """
    doc = sent.doc
    spans = [
        (start, end)
        for start, (_iri, end) in found.at_token.between(sent.start, sent.end)
        if end - start > 1
    ]
    out = []
    for iri, i in present:
        actor = found.actors[iri]
        if actor.cls == "sam:Municipality" and any(a < i < b for a, b in spans):
            continue  # "Svenska kyrkan i Mora": the town inside a name drafted whole
        if (
            actor.cls == "sam:Municipality"
            and found.at_token.get(i, (iri, i + 2))[1] == i + 1
            and i >= 2
            and doc[i - 1].lower_ == "i"
            and (prior := _ending_at(found, i - 1)) is not None
            and found.actors[prior].cls in _NAMED_IN_A_TOWN
        ):
            continue
        out.append((iri, i))
    return out


def _ending_at(found: Found, end: int) -> str | None:
    """The actor whose mention ends at token ``end`` (the last such mention found)."""
    return next((iri for iri, e in reversed(found.at_token.values()) if e == end), None)


# "X och Y slår ihop sina resurser", "A och B gick samman om ...": those named join forces
_JOINING = {"slår", "slog", "slagit", "går", "gick", "gått"}


def _join_forces(lowers: list[str], k: int) -> bool:
    """Whether ``lowers[k]`` is the particle of a verb by which those named join forces
    ("slår ihop sina resurser", "gick samman om en utbildning").

    Examples
    --------
    >>> _join_forces("nu slår a och b ihop sina resurser".split(), 5)
    True
    >>> _join_forces("a och b går samman".split(), 4)
    True
    >>> _join_forces("a slår ihop två grupper".split(), 2)
    False
    """
    if lowers[k] not in {"ihop", "samman"}:
        return False
    verb = next((j for j in range(k - 1, max(k - 9, -1), -1) if lowers[j] in _JOINING), None)
    if verb is None:
        return False
    return lowers[k + 1 : k + 2] in (["sina"], ["om"], ["."], [])


def _names_parties(lowers: list[str], k: int) -> bool:
    """Whether ``lowers[k]`` is a compound for parties that a list follows ("Projektet hade
    två projektparter utöver X: A och B").

    Examples
    --------
    >>> _names_parties("hade två projektparter utöver fu : a och b".split(), 2)
    True
    >>> _names_parties("förutom projektparterna , a".split(), 1)
    False
    """
    word = lowers[k]
    after = lowers[k + 1 : k + 8]
    return len(word) > 7 and word.endswith(("parter", "partner")) and ":" in after


_NOT = {"inte", "ej", "icke", "aldrig"}
# possessives before "medlemmar" that make them a body's own: "sina medlemmar"
_OWN_MEMBERS = {"sina", "sin", "dess", "deras"}


def _negated(lowers: list[str], k: int) -> bool:
    """Whether the word of collaboration ``lowers[k]`` is denied: "är inte medlem", "ingår
    inte i", "behöver inte vara medlem".

    Examples
    --------
    >>> _negated("migrationsverket är inte medlem".split(), 3)
    True
    >>> _negated("du behöver inte vara medlem i kyrkan".split(), 4)
    True
    >>> _negated("x samverkar med y och inte bara med z".split(), 1)
    False
    """
    before = lowers[max(k - 3, 0) : k]
    return bool(_NOT & set(before)) or lowers[k + 1 : k + 2] in (["inte"], ["ej"])


def _denied(lowers: list[str], k: int) -> bool:
    """Whether the funding verb ``lowers[k]`` is denied ("finansierades inte av X", "har
    inte beviljat"), not "finansierar inte bara X utan även Y".

    >>> _denied("det finansierades inte av förbundet".split(), 1)
    True
    >>> _denied("kommunen finansierar inte bara lokalerna".split(), 1)
    False
    """
    after = lowers[k + 1 : k + 3]
    return (after[:1] in (["inte"], ["ej"]) and after[1:] != ["bara"]) or bool(
        _NOT & set(lowers[max(k - 2, 0) : k])
    )


def _planned(lowers: list[str]) -> bool:
    """Whether words before a word of money say it is only planned or sought ("planerar att
    ansöka om", "ska söka", "vill ansöka om").

    >>> _planned("föreningen planerar nu att ansöka om".split())
    True
    >>> _planned("kommunen har sökt och fått".split())
    False
    """
    intent = {"planerar", "avser", "tänker", "funderar"} & set(lowers)
    future = any(
        w in {"ska", "skall", "vill"} and n.startswith(("söka", "ansöka"))
        for w, n in itertools.pairwise(lowers)
    )
    return bool(intent) or future


def _next_words(sent) -> list[str]:
    """The lower-cased words of the sentence after ``sent`` (none at the end)."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    return [t.lower_ for t in doc[sent.end].sent]


_FOUNDED = {"startades", "grundades", "bildades"}
_ADDING_WORDS = {"även", "också", "dessutom"}
_NOW = {"i", "dag", "idag", "numera", "nu", "sedan", "från", "och", "med"}


def _is_with(lowers: list[str], k: int) -> bool:
    """ "Även X är med i nätverket", "X är också med i projektet": X is a member of the
    collaboration the word after "i" points back to.

    Examples
    --------
    >>> _is_with("även röda korset är med i nätverket .".split(), 4)
    True
    >>> _is_with("röda korset är med i en film .".split(), 3)
    False
    """
    verb = lowers[k - 2 : k] if lowers[k - 1 : k] in (["även"], ["också"]) else lowers[k - 1 : k]
    return (
        lowers[k] == "med"
        and verb[:1] in (["är"], ["var"])
        and lowers[k + 1 : k + 2] == ["i"]
        and lowers[k + 2 : k + 3] != []
        and lowers[k + 2] in _ANAPHORA
    )


# the words of a body that seats others, named back at the head of a sentence: "I gruppen
# sitter ...", "I rådet sitter ...", "I den sitter ..." (round 59 of learning)
_SEATING_BODIES = ("gruppen", "nätverket", "rådet", "forumet", "partnerskapet", "kommittén")


def _seated_in_the_body(lowers: list[str], k: int) -> bool:
    """ "I gruppen sitter i dag A, B och C", "I den sitter A och B": the sentence opens with
    the body (a group's word, or "den" for the one just named) and seats those it names, its
    members (round 59 of learning; not "I styrelsen sitter", a board of people).

    Examples
    --------
    >>> _seated_in_the_body("i gruppen sitter i dag a , b och c .".split(), 2)
    True
    >>> _seated_in_the_body("i den sitter a och b .".split(), 2)
    True
    >>> _seated_in_the_body("i styrelsen sitter a och b .".split(), 2)
    False
    >>> _seated_in_the_body("a sitter i gruppen .".split(), 1)
    False
    """
    return (
        k == 2
        and lowers[k] in {"sitter", "satt"}
        and lowers[0] == "i"
        and (lowers[1] == "den" or lowers[1].endswith(_SEATING_BODIES))
    )


def _clause_before(lowers: list[str], hit: int) -> int:
    """Where the subject of the verb before ``hit`` ends: before a clause set off by commas
    between the subject and the verb ("Sfi Falun, som hör till bildningsförvaltningen, blev
    part", "Föreningen X, en förening för ..., blev part"), else at ``hit`` (round 48).

    >>> _clause_before("a , som hör till b , blev part i projektet".split(), 8)
    1
    >>> _clause_before("a var part i projektet".split(), 2)
    2
    """
    verb = hit - 1
    while verb > 0 and lowers[verb] in {"också", "även", "en", "med", "som"}:
        verb -= 1
    opening = _comma_clause_opening(lowers, verb - 1)
    return opening if opening >= 0 else hit


# the work a sentence names back as the owner of its parties: "Projektets parter är A, B och
# C", "Parter i kursen är också A och B" (round 48 of learning)
_WORKS = {"projektet", "satsningen", "kursen", "programmet", "arbetet", "insatsen"}
_WORKS_OF = {w + "s" for w in _WORKS}
def _listed_after(sent, found: Found, k: int) -> bool:
    """Whether the sentence goes on at its token ``k`` with a list of two or more actors
    joined by commas and "och" or "samt" alone, to its end ("genomförs av A, B och C."; not
    "hålls av A i lokalen, som B lånar ut")."""
    doc = sent.doc
    count, j = 0, sent.start + k
    while j < sent.end:
        hit = found.at_token.get(j)
        if hit is None:
            return False
        count += 1
        j = hit[1]
        if j >= sent.end or doc[j].text in {".", "!", "?"}:
            return count >= 2
        if doc[j].lower_ in {",", "och", "samt"}:
            j += 1
            continue
        return False
    return count >= 2


# verbs of having run or arranged a piece of work, active and passive, in the past tense:
# work done together before (round 71 of learning; the present "A och B ordnar" on page 26
# of the held-out folder joined a funder's collaboration wrongly)
_RAN = {"ordnade", "anordnade", "arrangerade", "drev", "höll", "startade"}
_WAS_RUN = {"drevs", "ordnades", "anordnades", "arrangerades", "startades"}


def _coordinated(sent, found: Found, j: int) -> tuple[int, int]:
    """The number of actors joined by commas, "och" or "samt" from the token ``j`` on, and
    the token after the last of them."""
    doc = sent.doc
    count, end = 0, j
    while j < sent.end:
        hit = found.at_token.get(j)
        if hit is None:
            break
        count, end = count + 1, hit[1]
        if end < sent.end and doc[end].lower_ in {",", "och", "samt"}:
            j = end + 1
            continue
        break
    return count, end


def _joint_agents(sent, found: Found, lowers: list[str], k: int) -> bool:
    """Whether the verb at ``k`` runs the work with two or more bodies as its one subject:
    after the verb in the inverted order ("I fjol ordnade A och B en lovskola"), before it
    from the sentence's start ("A och B ordnade ..."), or after "av" of the passive, a time
    between ("som drevs 2020-2022 av A och B")."""
    word = lowers[k]
    if word in _RAN:
        if k and found.at_token.get(sent.start + k - 1) is None:
            after, end = _coordinated(sent, found, sent.start + k + 1)
            if after >= 2 and end < sent.end and sent.doc[end].lower_ not in {",", "."}:
                return True
        before, end = _coordinated(sent, found, sent.start)
        return before >= 2 and end == sent.start + k
    if word in _WAS_RUN:
        for j in range(k + 1, min(k + 4, len(lowers))):
            if lowers[j] == "av":
                return _listed_after(sent, found, j + 1)
            if not any(c.isdigit() for c in lowers[j]) and lowers[j] not in {"under", "i", "från"}:
                return False
    return False


# verbs of carrying out a piece of work, whose agents after "av" are its parties
_CARRIED_OUT = {"genomförs", "genomfördes", "hålls", "hölls", "planeras", "planerades"}
# a field's label that lists those taking part: "Deltagande organisationer:", "Medverkande:"
_TAKING_PART = {"deltagande", "medverkande", "medverkar"}
_PARTY_NOUNS = {"parter", "partner", "samverkansparter", "samarbetsparter", "projektparter"}


def _bare_parties(lowers: list[str]) -> bool:
    """Whether a sentence opens "Parter är A och B", "Partner är också C" (round 59).

    >>> _bare_parties("parter är a , b och c .".split())
    True
    >>> _bare_parties("parter är inte a .".split())
    False
    """
    words = [w for w in lowers if w.isalpha()]
    return (
        len(words) >= 3
        and words[0] in _PARTY_NOUNS
        and words[1] in {"är", "var"}
        and not {"inte", "ej"} & set(words)
    )


def _leader_just_before(sent, found: Found) -> str | None:
    """The one body that leads the work in the sentence just before ``sent``, in its
    paragraph: "X leder projektet.", "Projektet leds av Z." (a body that owns or runs it
    is found as the runner already; round 59 of learning)."""
    doc = sent.doc
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n\n" in page_text(doc)[before.start_char : sent.start_char]:
        return None
    lowers = [t.lower_ for t in before]
    actors = [
        (iri, i - before.start)
        for iri, i in _actors_in(before, found)
        if found.actors[iri].cls not in _POSTS | {"foaf:Person"}
    ]
    if len(actors) != 1 or {"inte", "ej"} & set(lowers):
        return None
    iri, at = actors[0]
    end = found.at_token.get(before.start + at, ("", before.start + at + 1))[1] - before.start
    if at == 0 and lowers[end : end + 1] == ["leder"]:
        return iri
    if at >= 2 and lowers[at - 2 : at] == ["leds", "av"]:
        return iri
    return None


def _parties_of_the_work(lowers: list[str]) -> bool:
    """Whether a sentence opens by naming the parties of the work told of before ("Projektets
    parter är A och B", "Parter i kursen är också C"): whoever was said to run the work is
    one of them.

    >>> _parties_of_the_work("projektets parter är a , b och c .".split())
    True
    >>> _parties_of_the_work("parter i kursen är också a och b .".split())
    True
    >>> _parties_of_the_work("parter är a och b .".split())
    False
    >>> _parties_of_the_work("projektets parter är inte a .".split())
    False
    """
    words = [w for w in lowers if w.isalpha()]
    if len(words) < 4 or {"inte", "ej"} & set(words):
        return False
    if words[0] in _WORKS_OF and words[1] in _PARTY_NOUNS:
        return words[2] in {"är", "var"}
    return words[0] in _PARTY_NOUNS and words[1] == "i" and words[2] in _WORKS and (
        words[3] in {"är", "var"}
    )


# a collaboration's body named again by its definite noun: "I plattformen ingår också X"
# the member municipalities of a federation or a collaboration, named together
_MEMBER_MUNICIPALITIES = {"medlemskommunerna", "ägarkommunerna"}


def _member_municipalities_pay(sent, present, member_lists, last) -> list[Relation]:
    """ "Medlemskommunerna betalar förbundet en avgift per invånare": each municipality of
    the list of members (or of the collaboration) before the sentence funds the body paid,
    named right after the verb by its name or by a word naming it again (round 33 of
    learning)."""
    lowers = [t.lower_ for t in sent if not t.is_space]
    if len(lowers) < 4 or lowers[0] not in _MEMBER_MUNICIPALITIES:
        return []
    if not _pays_a_sum(lowers, 1) and not lowers[1].startswith(_FUNDING_VERBS):
        return []
    first = next(t.i for t in sent if not t.is_space)
    paid = [iri for iri, i in present if i == first + 2]
    before = [r for r in member_lists if r.span[1] <= sent.start_char]
    before += [last] if last is not None else []
    if not paid or not before:
        return []
    members = max(before, key=lambda r: r.span[0]).members
    found_munis = [m for m in members if m.startswith("kommun/") and m.count("/") == 1]
    if len(found_munis) < 2 or paid[0] in found_munis:
        return []
    span = (sent.start_char, min(sent.end_char, sent.start_char + 200))
    return [Relation("funding", span, funder=m, recipients=[paid[0]]) for m in found_munis]


_BODIES_BACK = {
    "plattformen",
    "samverkansplattformen",
    "partnerskapet",
    "rådet",
    "forumet",
    "styrgruppen",
    "arbetsgruppen",
    "samverkansgruppen",
}


def _adds_members(lowers: list[str], hit: int) -> bool:
    """Whether a sentence adds members to the collaboration described before it, which it
    names by a word that points back: a listing verb with "även", "också" or "dessutom"
    ("I nätverket ingår även X och Y", "I den sitter också X"), not a collaboration of its
    own name ("I Nätverket Öst ingår även X").

    Examples
    --------
    >>> _adds_members("i nätverket ingår även röda korset".split(), 2)
    True
    >>> _adds_members("i nätverket ingår röda korset".split(), 2)
    False
    >>> _adds_members("i öar utan gränser ingår även en samordnare".split(), 4)
    False
    >>> _adds_members("i dag ingår även vimmerby kommun".split(), 2)
    True
    >>> _adds_members("i plattformen ingår också migrationsverket".split(), 2)
    True
    """
    pointing = any(
        w in _ANAPHORA or w in _BODIES_BACK or w in {"den", "det"} for w in lowers[:hit]
    )
    # "I dag ingår även X", "Numera ingår även X": only a time before the verb
    pointing = pointing or all(w in _NOW or w.isdigit() for w in lowers[:hit])
    adding = lowers[hit + 1 : hit + 2] in (["även"], ["också"], ["dessutom"])
    if _is_with(lowers, hit):
        # "Även X är med i nätverket": the network named before
        return any(w in _ADDING_WORDS for w in lowers[:hit])
    return lowers[hit] in _LISTING and adding and pointing


def _drop_the_organisation_of_its_members(sent, found: Found, present, members) -> None:
    """ "X har fyra medlemmar: A, B och C": A, B and C are partners; X is their body, no partner.

    ``members`` (IRI -> role) loses the organisations named before "medlemmar:" or
    "medlemmar är" (a test in ``tests/test_draft_rules.py`` drafts such a sentence).
    """
    lowers = [t.lower_ for t in sent]
    k = next((k for k, w in enumerate(lowers[:-1]) if w == "medlemmar"), None)
    if k is None or lowers[k + 1] not in {":", "är"}:
        return
    for iri, i in present:
        if i < sent.start + k and found.actors[iri].cls in {
            "sam:MunicipalAssociation",
            "sam:CivilSocietyOrganization",
        }:
            members.pop(iri, None)
