"""Relations from sentence patterns: funding, co-funding, employment, collaboration, lead.

Each rule reads one sentence: its trigger words (``med medel från``, ``finansieras av``,
``beviljades``; active ``X och Y bekostar``, ``X, som har beviljat``; ``anställd på``,
``placerad på``; ``samfinansierad med``, ``delfinansieras av``; ``tillsammans med``,
``i samarbete med``, ``samverkar``, ``består av``, ``ingår i``, ``är medlem i``,
``utbyter``, ``IOP med``, ``följer projektet som forskningspartner``; ``leder``,
``leds av``) and the actors recognised in it
(:mod:`samverkan.draft.actors`). Dates in the sentence ("Under 2018", "sedan 2017",
"mellan mars 2017 och februari 2019", "hösten 2016") give the period.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.actors import find_actors
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Under 2017 fick Lunds kommun medel från Länsstyrelsen i Skåne län.")
>>> found = find_actors(doc, Index())
>>> [(r.kind, r.funder, r.recipients, r.start) for r in find_relations(doc, found)]
[('funding', 'lansstyrelse/12', ['kommun/1281'], '2017')]
"""

from __future__ import annotations

import itertools
import re

from samverkan.draft import lexicon
from samverkan.draft.actors import Found
from samverkan.draft.actors.holders import _KIND_WORDS, _named_of_kind
from samverkan.draft.model import Relation

__all__ = ["amount", "find_relations", "period"]

_FUNDING_NOUNS = {
    "medel",
    "projektmedel",
    "utvecklingsmedel",
    "37a-medel",
    "bidrag",
    "stöd",
    "finansiering",
    "statsbidrag",
    "pengar",
    "anslag",
    "kronor",
}
# "X och Y får bidrag": a receiving verb before a funding noun, the funder left unnamed
_RECEIVE = {"får", "fick", "tilldelas", "tilldelades", "erhåller", "erhöll"}
# "X deltar/medverkar": a part of the collaboration the page has just described
_JOIN = {"bidrar", "deltar", "medverkar", "deltog", "medverkade"}
_FUNDING_VERBS = ("finansier", "bevilja", "bekost")
# active funding verbs: the funders are the subject before the verb ("X och Y bekostar ...")
_ACTIVE_FUNDING = {
    "finansierar",
    "finansierade",
    "finansierat",
    "bekostar",
    "bekostade",
    "bekostat",
    "bevilja",  # "X beslutade att bevilja ..."
    "beviljar",
    "beviljade",
    "beviljat",
    "sponsrar",
    "betalar",
}
# words that may stand between a subject and its verb: "X, som har beviljat", "X också"
_BEFORE_VERB = {"också", "även", "dessutom", "har", "hade", "som", ","}
_COFUNDING = ("samfinansier", "delfinansier", "medfinansier")
_COLLAB = {
    "styrgrupp",
    "styrgruppen",
    "arbetsgrupp",
    "arbetsgruppen",
    "samverkansgrupp",
    "samverkansgruppen",
    "referensgrupp",
    "tillsammans",
    "samarbete",
    "samverkar",
    "samverkan",
    "samverkansprojekt",
    "samarbetar",
    "består",
    "ingår",
    "partner",
    "parter",
    "partnerskap",
    "leder",
    "leds",
    "förgrenar",
    "samlar",
    "driver",
    "drivs",
    "överens",
    "samordna",
    "samordnar",
    "bidrar",
    "deltar",
    "deltog",
    "medverkar",
    "medverkade",
    "ingick",
    "medlem",
    "medlemmar",
    "utbyter",
    "iop",
}
# "Norsjö kommun är medlem i samma nätverk": joining words whose one member joins the page's
_MEMBERSHIP = {"medlem", "medlemmar", "utbyter"}
_PRONOUNS = {"vi", "vår", "vårt", "våra", "oss"}
# words that list a body's members, sentence after sentence: "ingår", "företräds av"
_LISTING = {"ingår", "ingick", "sitter", "satt", "företräds", "representeras", "representerade"}
_RUN = {"driver", "drivs", "bedriver", "startat", "startade", "genomför"}
_CLAUSE = {"som", "genomförs", "genomför", "drivs"}
_FUNDER_CLASSES = {
    "sam:CountyAdministrativeBoard",
    "sam:Region",
    "sam:StateAgency",
    "sam:EUFund",
    "sam:Municipality",
    "sam:Department",
    "sam:CentralAdministration",
    "sam:MunicipalAssociation",
    "sam:CivilSocietyOrganization",
}
# where money comes from: "medel från X", "finansieras av X", "medel ur Arvsfonden"
_SOURCE = {"från", "av", "ur"}
_NUMBERS = {"båda": 2, "bägge": 2, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6}
_RECIPIENTS = {
    "sam:MunicipalAssociation",
    "sam:Municipality",
    "sam:Region",
    "sam:Department",
    "sam:CentralAdministration",
    "sam:MunicipalUnit",
    "sam:CivilSocietyOrganization",
    "sam:CivilSocietyGroup",
    "sam:MunicipalCompany",
    "sam:StateAgency",
}
_POSTS = {"org:Post", "sam:CoordinatorPost"}
_PUBLIC_PARTNERS = {
    "sam:Municipality",
    "sam:Region",
    "sam:Department",
    "sam:CentralAdministration",
    "sam:MunicipalUnit",
    "sam:StateAgency",
}
_UNITS = {"sam:Department", "sam:CentralAdministration", "sam:MunicipalUnit"}
_ANAPHORA = {
    "arbetet",
    "projektet",
    "nätverket",
    "satsningen",
    "verksamheten",
    "insatsen",
    "gruppen",
    "samarbetet",
    "initiativet",
    "mötesplatsen",
}
_SEASONS = {"våren", "hösten", "sommaren", "vintern"}
# a collaboration a sentence names as its own body
_GROUPS = {
    "styrgrupp",
    "styrgruppen",
    "arbetsgrupp",
    "arbetsgruppen",
    "referensgrupp",
    "referensgruppen",
    "samverkansgrupp",
    "samverkansgruppen",
}


def period(sent) -> tuple[str | None, str | None]:
    """Start and end dates a sentence gives, at the precision it gives them.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> period(parse("Projektet har pågått mellan mars 2017 och februari 2019.")[:])
    ('2017-03', '2019-02')
    >>> period(parse("Nätverket har funnits sedan 2017.")[:])
    ('2017', None)
    """
    dates = []
    for token in sent:
        if token.is_digit and len(token.text) == 4 and token.text[:2] in {"19", "20"}:
            previous = token.nbor(-1) if token.i > sent.start else None
            month = lexicon.MONTHS.get(previous.lower_) if previous is not None else None
            dates.append((token.text if month is None else f"{token.text}-{month:02d}", token.i))
    if not dates:
        return None, None
    words = {t.lower_ for t in sent}
    if len(dates) >= 2 and ("mellan" in words or "till" in words or "–" in words or "-" in words):
        return dates[0][0], dates[1][0]
    if words & {"sedan", "under", "från", "startade", "startades", "började", "i"} | _SEASONS:
        return dates[0][0], None
    return None, None


_MULTIPLIERS = {
    "tusen": 1_000,
    "miljon": 1_000_000,
    "miljoner": 1_000_000,
    "miljard": 1_000_000_000,
    "miljarder": 1_000_000_000,
}


def amount(sent) -> int | None:
    """The first amount of money in kronor a sentence gives.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> amount(parse("Umeå kommun beviljas 850 000 kronor för språkcaféer.")[:])
    850000
    >>> amount(parse("Kostnaden var 1,2 miljoner kronor.")[:])
    1200000
    """
    tokens = list(sent)
    for k, token in enumerate(tokens):
        if token.lower_ not in {"kronor", "kr", "kr."}:
            continue
        j, factor = k - 1, 1
        if j >= 0 and tokens[j].lower_ in _MULTIPLIERS:
            factor, j = _MULTIPLIERS[tokens[j].lower_], j - 1
        digits: list[str] = []
        while j >= 0 and tokens[j].text.replace(",", "").isdigit() and len(digits) < 4:
            digits.insert(0, tokens[j].text)
            j -= 1
        if not digits:
            continue
        if len(digits) > 1 and all(len(d) == 3 for d in digits[1:]):
            number = float("".join(digits).replace(",", "."))
        else:
            number = float(digits[-1].replace(",", "."))
        return round(number * factor)
    return None


def _actors_in(sent, found: Found) -> list[tuple[str, int]]:
    out = []
    for i in range(sent.start, sent.end):
        if i in found.at_token:
            iri, _end = found.at_token[i]
            if not out or out[-1][0] != iri:
                out.append((iri, i))
    return out


def _quote_span(sent, indices: list[int]) -> tuple[int, int]:
    doc = sent.doc
    first, last = min(indices), max(indices)
    end_token = found_end = last
    for i in range(last, sent.end):
        if doc[i].is_punct or doc[i].is_space:
            break
        found_end = i
    end_token = found_end
    start = doc[first].idx
    end = doc[end_token].idx + len(doc[end_token].text)
    if end - start > 200:
        end = start + 200
        text = doc.text[start:end]
        end = start + len(text.rsplit(" ", 1)[0])
    return start, end


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
    for sent in doc.sents:
        present = _actors_in(sent, found)
        here = _municipality_of(sent, found) or page
        # a word that stands for an actor, at its first place in the sentence:
        # "Kommunen samverkar med ..." (the municipality of the sentence or the page),
        # "Vi samarbetar med ..." on an association's own page, "Föreningen samarbetar
        # med ..." (the association named last, or the page's own)
        for actor, words in (
            (here, {"kommunen", "kommunens"}),
            (found.page_org, _PRONOUNS),
            (_association_before(sent, found), {"föreningen", "föreningens"}),
            *((_named_of_kind(found, kind), words) for kind, words in _KIND_WORDS.items()),
            # "Enheten tillhör ...", "Förvaltningen lånar ut ...", "Bolaget står för ...":
            # the one unit, department or company of that kind named just before
            *(
                (_one_named_before(sent, found, kind), words)
                for kind, words in _BACK_WORDS.items()
            ),
        ):
            if actor and actor not in dict(present):
                present += [
                    (actor, sent.start + k)
                    for k, w in enumerate(t.lower_ for t in sent)
                    if w in words
                ][:1]
        present.sort(key=lambda pair: pair[1])
        lowers = [t.lower_ for t in sent]
        # "de tre kommunerna": the municipalities of the text, when there are that many
        plural = [iri for iri in munis_in_doc]
        for k, word in enumerate(lowers[:-1]):
            if (
                word in _NUMBERS
                and lowers[k + 1].startswith("kommuner")
                and len(plural) == _NUMBERS[word]
            ):
                present += [(iri, sent.start + k) for iri in plural if iri not in dict(present)]
        if not present and not any(w in {"kommunen", "kommunerna"} for w in lowers):
            continue
        kinds = {iri: found.actors[iri].cls for iri, _ in present}
        start_date, end_date = period(sent)
        _posts_and_units(sent, found, present)
        grant = _grant_row(sent, found, present, kinds) or _grant_bullet(sent, found, present)
        if grant is not None:
            relations.append(grant)
        grant = _grant_line(sent, found, present)
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
            if (
                word in _FUNDING_NOUNS or word.endswith(("medel", "bidrag"))
            ) and any(w in _SOURCE for w in nxt):
                trigger = k
                break
            if word.startswith(_FUNDING_VERBS):
                trigger = k
                break
            if (
                word in _RECEIVE
                and found.page_board
                and any(w in _FUNDING_NOUNS or w.endswith("medel") for w in nxt[:2])
            ):
                trigger = k
                break
            if _receives_money(lowers, k) and found.page_board:
                # a county board's page: "X och Y får tillsammans 1 150 000 kronor",
                # "Till X går 890 000 kronor"
                trigger = k
                break
        if trigger is not None:
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
            if lowers[trigger] in _ACTIVE_FUNDING and not participle:
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
                and found.page_board
                and (
                    lowers[trigger].startswith("bevilja")
                    or lowers[trigger] in _RECEIVE
                    or _receives_money(lowers, trigger)
                )
            ):
                # a county board's decision: "X kommun beviljas 300 000 kronor"
                funders = [(f"lansstyrelse/{found.page_board}", sent.start + trigger)]
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
        if _units_of_units(sent, found, present) and "ingår" in lowers:
            continue  # "AME ingår i socialförvaltningen": a unit's place, no collaboration
        hits = [
            k
            for k, w in enumerate(lowers)
            if (w in _COLLAB and (w != "tillsammans" or lowers[k + 1 : k + 2] == ["med"]))
            or _names_parties(lowers, k)
            # "Bakom projektet står X, Y och Z": those who stand behind it
            or (w == "står" and "bakom" in lowers[max(k - 3, 0) : k])
        ]
        # "deltar i referensgruppen tillsammans med": a collaboration named in the sentence
        # comes before joining the one the page described last
        hit = next((k for k in hits if lowers[k] not in _JOIN - {"bidrar"}), None)
        hit = hits[0] if hit is None and hits else hit
        continues = (
            listing is not None
            and listing is last_collaboration
            and "\n\n" not in doc.text[listing_end : sent.start_char]
        )
        if hit is None and continues:
            hit = next((k for k, w in enumerate(lowers) if w in _LISTING), None)
        runner = _runner(sent, found, present)
        if hit is None and last_collaboration is not None and _joins_as_partner(lowers):
            # "Lunds universitet följer projektet som forskningspartner": joins the project
            for iri, _i in present:
                if found.actors[iri].cls not in _POSTS | {"foaf:Person"}:
                    last_collaboration.members.setdefault(iri, "part")
            continue
        if hit is None:
            last_runner = runner or last_runner
            continue
        units_of_posts = _units_of_posts(sent, found, present) | _through(doc, found, present)
        if lowers[hit] == "står":
            # "Bakom det står A, B och C, det kommunalförbund som driver X": X is no party
            clause = next((k for k in range(hit, len(lowers)) if lowers[k] == "som"), None)
            if clause is not None:
                units_of_posts |= {i for _iri, i in present if i > sent.start + clause}
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
        if lowers[hit] == "leder":
            before = [iri for iri, i in present if i < sent.start + hit]
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
                last_collaboration.members.setdefault(member, "part")
            continue
        before_hit = [iri for iri, i in present if i < sent.start + hit]
        own_group = any(w in _GROUPS for w in lowers)
        if (
            _anaphoric(sent)
            and not before_hit
            and last_runner
            and last_runner not in members
            and not own_group  # "Projektet leds av en styrgrupp där X och Y ingår"
        ):
            # "Verksamheten bedrivs i samverkan med X": whoever runs it, named before
            members[last_runner] = "part"
        elif page and page not in members and not any(m.startswith(page + "/") for m in members):
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
            if (
                (with_page and not named_municipality)
                or only_groups
                or partners_of_page
                or joins_page
            ):
                # the page's own party: its organisation on an association's or a parish's
                # own page ("Språkcaféet genomförs i samarbete med X"), else its municipality
                members.setdefault(found.page_org or page, "part")
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
    relations += _member_lists(doc, found)
    relations += _table_members(doc, found)
    for contribution, sent in open_contributions:
        contribution.recipients = _recipients_named_before(contribution, sent, relations, found)
    # none to be found: no grant (not the project's partners, as a grant "till projektet" gets)
    unresolved = [id(c) for c, _sent in open_contributions if not c.recipients]
    relations = [r for r in relations if id(r) not in unresolved]
    _eu_funding_of_partners(relations, found)
    # a grant "till projektet" whose partners the page names later: they are its recipients
    return [r for r in relations if r.kind != "funding" or r.recipients or r.funded_items]


# "projektparterna", "samverkanspartnerna", "medlemmarna": a word for the parties named before
_PARTIES = re.compile(r"^\w*(parterna|partnerna|medlemmarna)$")


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


def _units_for_their_municipality(members: dict[str, str], found: Found) -> None:
    """A municipality named with its own unit among ``members``: the unit is the party."""
    for member in list(members):
        if found.actors[member].cls == "sam:Municipality" and any(
            m.startswith(member + "/") and found.actors[m].cls in _UNITS for m in members
        ):
            del members[member]


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


# a line that announces a list of members: "I rådet ingår", "Styrgruppen består av:"
_LIST_CUES = {"ingår", "sitter", "medverkar", "deltar", "medlemmar", "parter", "partner"}
_BULLETS = {"-", "–", "•", "*", "·"}
_MEMBER_CLASSES = _RECIPIENTS | {"sam:MunicipalAssociation", "sam:CountyAdministrativeBoard"}


def _opens_a_list(words: list[str]) -> bool:
    """ "Parterna i partnerskapet är socialnämnden och": a line naming the parties that a list
    of bullets goes on (the line's own actors are parties too)."""
    return words[-1] in {"och", "samt"} and any(
        w.startswith(("parter", "partner", "medlemmar")) for w in words
    )


# "fyra idéburna organisationer:", "tre föreningar:": a line announcing a number of bodies
_COUNTED_BODIES = ("organisationer", "föreningar", "aktörer", "församlingar", "studieförbund")


def _counted_list(sent) -> int | None:
    """The index in ``sent`` of the number of a line that ends with a colon after a number
    of organisations ("Tre idrottsföreningar är också med från start:", "Bakom det står
    kommunens enhet ... och tre föreningar:"), or None."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens or tokens[-1].text != ":":
        return None
    for k, t in enumerate(tokens[:-1]):
        if t.lower_ in _NUMBERS or t.like_num:
            after = tokens[k + 1 : k + 3]
            if any(w.lower_.endswith(_COUNTED_BODIES) for w in after):
                return t.i - sent.start
    return None


def _named_before(sent, found: Found, number: int) -> dict[str, str]:
    """The parties named in a counted list's line before "och NUMBER" ("tecknad mellan
    Köpings kommun, genom socialnämnden ..., och fyra idéburna organisationer:"); those
    after "genom" up to the next comma act for a party and are none."""
    if number < 1 or sent[number - 1].lower_ not in {"och", "samt"}:
        return {}
    out: dict[str, str] = {}
    for iri, i in _actors_in(sent, found):
        if i >= sent.start + number or found.actors[iri].cls not in _MEMBER_CLASSES:
            continue
        before = [t.lower_ for t in sent.doc[sent.start : i]]
        cut = max((k for k, w in enumerate(before) if w == ","), default=-1)
        if "genom" in before[cut + 1 :]:
            continue
        out[iri] = "part"
    return out


def _list_cue(sent) -> bool:
    words = [t.lower_ for t in sent if t.is_alpha]
    if not words:
        return False
    if _counted_list(sent) is not None:
        return True
    last = words[-1]
    if last in _LIST_CUES or last.endswith(("parter", "partner", "medlemmar")):
        return True
    if _opens_a_list(words):
        return True
    # "Styrgruppen består av:", "I nätverket finns representanter från:"
    return words[-2:] == ["består", "av"] or (
        last == "från" and len(words) > 1 and words[-2].startswith("representant")
    )


def _member_lists(doc, found: Found) -> list[Relation]:
    """Members of a council or group listed line by line under the line that announces them.

    ``I rådet ingår`` followed by lines ``- X``, ``- Y`` (and a closing ``samt Z.``): every
    listed actor is a partner of every other.
    """
    out: list[Relation] = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents[:-1]):
        if not _list_cue(sent):
            continue
        members: dict[str, str] = {}
        number = _counted_list(sent)
        if _opens_a_list([t.lower_ for t in sent if t.is_alpha]):
            members = {
                iri: "part"
                for iri, _i in _actors_in(sent, found)
                if found.actors[iri].cls in _MEMBER_CLASSES
            }
        if number is not None:
            members = _named_before(sent, found, number)
            _units_for_their_municipality(members, found)
        last = sent
        for line in sents[k + 1 :]:
            words = [t for t in line if not t.is_space]
            if not words:
                continue
            bullet = words[0].text in _BULLETS
            closing = words[0].lower_ in {"samt", "och"} and members
            if not (bullet or closing):
                break
            listed = _actors_in(line, found)
            if number is not None:
                # one body a line ("- Somaliska kulturföreningen i Arvika": no Arvika)
                listed = listed[:1]
            for iri, i in listed:
                # "- Sala-Norrby församling (Svenska kyrkan)": an aside is no member
                aside = any(t.text == "(" for t in doc[line.start : i])
                if found.actors[iri].cls in _MEMBER_CLASSES and not aside:
                    members.setdefault(iri, "part")
            last = line
            if closing:
                break
        if len(members) < 2:
            continue
        start = sent[0].idx
        end = last.end_char
        while end > start and doc.text[end - 1] in " \n.":
            end -= 1
        if end - start > 200:
            end = start + len(doc.text[start : start + 200].rsplit(" ", 1)[0])
        out.append(Relation("collaboration", (start, end), members=members))
    return out


# the heading of a table column that lists the members of each row's group
_MEMBER_COLUMNS = {"deltagare", "medlemmar", "parter", "representanter", "aktörer", "partner"}


def _table_members(doc, found: Found) -> list[Relation]:
    """A text table whose column "Deltagare" lists each row's members: partners of one
    another ("Arbetsgrupp | Deltagare | Ansvar" / "Barn och familj | X, Y, Z | ...").

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Mora kommun har en plan.\\n\\nGrupp | Deltagare\\n"
    ...                 "Språk | socialförvaltningen, Arbetsförmedlingen\\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> [sorted(r.members) for r in _table_members(doc, found)]
    [['kommun/2062/socialforvaltningen', 'org/arbetsformedlingen']]
    """
    out: list[Relation] = []
    column = None
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        bars = [k for k in range(sent.start, sent.end) if doc[k].text == "|"]
        if not bars:
            column = None
            continue
        edges = [sent.start - 1, *bars, sent.end]
        cells = [doc[a + 1 : b].text.strip().lower() for a, b in itertools.pairwise(edges)]
        heading = next((c for c, text in enumerate(cells) if text in _MEMBER_COLUMNS), None)
        if heading is not None:
            column = heading
            continue
        if column is None or column >= len(cells):
            continue
        low, high = edges[column], edges[column + 1]
        members = {
            iri: "part"
            for iri, i in _actors_in(sent, found)
            if low < i < high
            and found.actors[iri].cls in _MEMBER_CLASSES
            and not any(t.text == "(" for t in doc[low + 1 : i])
        }
        # "socialförvaltningens arbetsmarknadsenhet" is one participant: the unit
        for iri in [m for m in members if any(found.actors[o].parent == m for o in members)]:
            del members[iri]
        if len(members) >= 2:
            span = (sent.start_char, min(sent.end_char, sent.start_char + 200))
            out.append(Relation("collaboration", span, members=members, name=cells[0] or None))
    return out


def _grant_row(sent, found: Found, present, kinds) -> Relation | None:
    """A row of a county board's table of grants: ``Sökande | Insats | 310 000 kr``.

    The board grants the amount of the last cell to the applicants of the first cell.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("LÄNSSTYRELSEN\\nDALARNAS LÄN\\n\\nMora kommun | Läxhjälp | 310 000 kr")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> [(r.funder, r.recipients, r.amount) for r in find_relations(doc, found)]
    [('lansstyrelse/20', ['kommun/2062'], 310000)]
    """
    cells = [k for k in range(sent.start, sent.end) if sent.doc[k].text == "|"]
    if not found.page_board or len(cells) < 2:
        return None
    last = sent.doc[cells[-1] + 1 : sent.end]
    money = amount(last)
    applicants = [
        (iri, i)
        for iri, i in present
        if i < cells[0] and (kinds[iri] in _RECIPIENTS or iri.startswith("org/"))
    ]
    if money is None or not applicants:
        return None
    return Relation(
        "funding",
        _quote_span(sent, [i for _iri, i in applicants]),
        funder=f"lansstyrelse/{found.page_board}",
        recipients=list(dict.fromkeys(iri for iri, _i in applicants)),
        amount=money,
        unsure=False,
    )


def _receives_money(lowers: list[str], k: int) -> bool:
    """Whether ``lowers[k]`` says that money goes to someone: "X får (tillsammans) 300 000
    kronor", "Till X går 890 000 kronor".

    Examples
    --------
    >>> _receives_money("till x går 890 000 kronor för".split(), 2)
    True
    >>> _receives_money("x får tillsammans 1 150 000 kronor".split(), 1)
    True
    >>> _receives_money("x går vidare med 2 deltagare".split(), 1)
    False
    """
    word = lowers[k]
    goes = word == "går" and "till" in lowers[:k]
    return (word in _RECEIVE or goes) and any(w in _MONEY for w in lowers[k + 1 : k + 7])


def _grant_bullet(sent, found: Found, present) -> Relation | None:
    r"""A bullet of a county board's list of grants: ``• Applicant, Place – 420 000 kronor
    för ...``: the board grants the amount to the applicant named before the dash.

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("LÄNSSTYRELSEN\nDALARNAS LÄN\n\nFöljande har beviljats medel:\n\n"
    ...                 "• Röda Korset i Mora – 310 000 kronor för läxhjälp.\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> [(r.funder, r.recipients, r.amount) for r in find_relations(doc, found)]
    [('lansstyrelse/20', ['org/roda-korset'], 310000)]
    """
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not found.page_board or len(words) < 4 or words[0].text not in _BULLETS:
        return None
    dash = next((t.i for t in words[1:] if t.text in {"–", "-"}), None)
    if dash is None:
        return None
    money = amount(doc[dash + 1 : sent.end])
    applicant = next(
        (
            (iri, i)
            for iri, i in present
            if i < dash and (found.actors[iri].cls in _RECIPIENTS or iri.startswith("org/"))
        ),
        None,
    )
    if money is None or applicant is None:
        return None
    return Relation(
        "funding",
        _quote_span(sent, [applicant[1], dash + 1]),
        funder=f"lansstyrelse/{found.page_board}",
        recipients=[applicant[0]],
        amount=money,
        unsure=False,
    )


_LIST_LINE = re.compile(r"^(\d+\.\s+)?[^:\n]+:\s*[\d  ]+(t?kr|kronor)?(\s*/\s*[\d  ]+)?\s*$")
_PAID_BY = ("finansieras", "betalas", "bekostas")


def _payer_of_the_list(doc, start: int, found: Found) -> str | None:
    """Who pays the lines of money below "... finansieras av socialnämnden. Beloppet fördelas
    så här:" (the line that opens the list, ending in a colon), or None."""
    lines = doc.text[:start].rstrip("\n").split("\n")
    while lines and (not lines[-1].strip() or _LIST_LINE.match(lines[-1])):
        lines.pop()
    if not lines or not lines[-1].rstrip().endswith(":"):
        return None
    begin = len("\n".join(lines[:-1])) + (1 if len(lines) > 1 else 0)
    for i, (iri, _end) in sorted(found.at_token.items()):
        if (
            i >= 2
            and begin <= doc[i].idx < start
            and doc[i - 1].lower_ == "av"
            and doc[i - 2].lower_ in _PAID_BY
        ):
            return iri
    return None


def _grant_line(sent, found: Found, present) -> Relation | None:
    r"""A line of a list of money, ``NAME[, what]: AMOUNT``, on the page of the one who gives
    or receives it: an association's accounts ("Sparbanksstiftelsen X: 40 000 kr", the
    funder to the association; "Mora kommun, socialnämnden, föreningsbidrag: 85 000 kr",
    the committee) and a committee's numbered proposal in its minutes ("3. Föreningen X,
    språkcafé: 60 000 / 50 000", sought and proposed: the committee's grant, none where it
    proposes 0).

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Om oss\n\nVänskap i Mora är en ideell förening.\n\nIntäkter:\n\n"
    ...                 "Sparbanksstiftelsen Dalarna: 40 000 kr\nMedlemsavgifter: 9 000 kr\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> [(r.funder, r.recipients) for r in find_relations(doc, found)]
    [('org/sparbanksstiftelsen-dalarna', ['org/vanskap-i-mora'])]
    """
    doc = sent.doc
    start = doc.text.rfind("\n", 0, sent.start_char) + 1
    end = doc.text.find("\n", sent.end_char)
    line = doc.text[start : end if end >= 0 else len(doc.text)]
    match = _LIST_LINE.match(line)
    if match is None or not present:
        return None
    colon = next((t.i for t in sent if t.text == ":"), None)
    named = [(iri, i) for iri, i in present if colon is not None and i < colon]
    if colon is None or not named:
        return None
    if match.group(3) is not None:
        # a committee's minutes: the applicant first, the proposal last
        proposed = match.group(3).strip(" /").replace(" ", "").replace("\u00a0", "")
        if not found.page_body or proposed in {"", "0"} or "bevilja" not in doc.text:
            return None
        funder, recipient = found.page_body, named[0]
    elif match.group(1) is None and found.page_org and named[-1][0] != found.page_org:
        funder, recipient = named[-1][0], (found.page_org, named[-1][1])
    elif match.group(1) is None and (payer := _payer_of_the_list(doc, start, found)):
        # "... finansieras av socialnämnden. Beloppet fördelas så här:" then "X: 420 tkr"
        funder, recipient = payer, named[0]
    else:
        return None
    if found.actors[recipient[0]].cls not in _RECIPIENTS and not recipient[0].startswith("org/"):
        return None
    return Relation(
        "funding",
        _quote_span(sent, [named[0][1], colon]),
        funder=funder,
        recipients=[recipient[0]],
        amount=amount(sent),
        unsure=True,
    )


def _grant_to_the_project(sent, found: Found, present, kinds) -> Relation | None:
    """ "Styrelsen för X beslutade att bevilja 4,2 miljoner kronor till projektet Y": X's
    grant to the project; its recipients are the project's partners
    (:func:`_eu_funding_of_partners` fills them in once the page has named them)."""
    lowers = [t.lower_ for t in sent]
    verb = next(
        (
            k
            for k, w in enumerate(lowers[:-2])
            if w.startswith("bevilja") and "till" in lowers[k + 1 : k + 8]
        ),
        None,
    )
    if verb is None:
        return None
    k = lowers.index("till", verb)
    if k + 1 >= len(lowers) or lowers[k + 1] not in {"projektet", "satsningen", "arbetet"}:
        return None
    funders = [
        (iri, i) for iri, i in present if i < sent.start + verb and kinds[iri] in _FUNDER_CLASSES
    ]
    if not funders or any(i > sent.start + verb for _iri, i in present):
        return None
    funder, at = funders[0]
    return Relation(
        "funding",
        _quote_span(sent, [sent.start + verb, at, sent.start + k + 1]),
        funder=funder,
        scheme=_scheme(lowers, found.actors[funder].cls),
        amount=amount(sent),
        unsure=True,
    )


def _eu_funding_of_partners(relations: list[Relation], found: Found) -> None:
    """An EU fund's grant to "the project" goes to all its partners.

    A project page says "Projektet finansieras av Europeiska socialfonden" once, before or
    after it names the partners; the grant is the project's, so every member of the page's
    first collaboration (its public partners) is a recipient. A grant whose sentence names
    its recipient keeps it.
    """
    projects = [r for r in relations if r.kind == "collaboration"]
    if not projects:
        return
    # the project is the first collaboration the page describes; its public partners
    # (municipalities, their units, agencies other than the fund's own administrator)
    partners = [
        m
        for m in projects[0].members
        if found.actors[m].cls in _PUBLIC_PARTNERS and m != "org/svenska-esf-radet"
    ]
    for r in relations:
        if (
            r.kind == "funding"
            and r.unsure
            and r.funder in found.actors
            and found.actors[r.funder].cls == "sam:EUFund"
            and len(partners) >= 2
        ):
            r.recipients = [m for m in partners if m != r.funder]
        elif r.kind == "funding" and not r.recipients and not r.funded_items:
            # a grant to the project before the page names its partners: all of them
            r.recipients = [
                m
                for m in projects[0].members
                if m != r.funder and found.actors[m].cls not in _POSTS | {"foaf:Person"}
            ]


_LINKS = {"och", ",", "samt"}


def _conjuncts_after(sent, found: Found, present, funders, kinds) -> list[tuple[str, int]]:
    """Actors coordinated with the last funder: "från Länsstyrelsen X och Allmänna Arvsfonden"."""
    if not funders:
        return []
    doc = sent.doc
    out: list[tuple[str, int]] = []
    end = found.at_token.get(funders[-1][1], ("", funders[-1][1] + 1))[1]
    for iri, i in present:
        if i < end or iri in {f for f, _ in funders + out}:
            continue
        if i == end + 1 and doc[end].lower_ in _LINKS and kinds[iri] in _FUNDER_CLASSES:
            out.append((iri, i))
            end = found.at_token.get(i, ("", i + 1))[1]
        elif i >= end:
            break
    return out


_SUPPORT_VERBS = {"stött", "stöttat", "stöttar", "stöttade", "stöder", "stödjer"}
_MONEY = {"kronor", "kr", "kronor.", "miljoner", "miljon", "tkr", "mnkr"}


def _contribution(sent, found: Found, present, kinds, last_runner: str | None):
    """Money given in the words of the genre: "X bidrar med 400 000 kronor", "X har stöttat
    verksamheten med föreningsbidrag".

    The funder is the actor next to the verb (before it, or just after it in the inverted
    order "Hittills har socialnämnden stött ..."); the recipient the other actor the sentence
    names ("föreningens huvudsponsor"), else whoever runs the work named before, else the
    association named last (or the page's own).
    """
    lowers = [t.lower_ for t in sent]
    verb = None
    for k, word in enumerate(lowers):
        after = lowers[k + 1 : k + 7]
        if word in _SUPPORT_VERBS and "med" in after and any(w.endswith("bidrag") for w in after):
            verb = k
            break
        # "bidrar med 400 000 kronor", "går in med 200 000 kronor", "skjuter till 1 miljon"
        gives = (word == "bidrar" and after[:1] == ["med"]) or (
            (word, *after[:1]) in {("går", "in"), ("skjuter", "till")}
        )
        skip = 2 if word == "bidrar" else 3
        if (
            gives
            and any(t.like_num for t in sent[k + skip : k + skip + 3])
            and any(w in _MONEY for w in after[skip - 1 : skip + 4])
        ):
            verb = k
            break
    if verb is None:
        return None
    at = sent.start + verb
    doc = sent.doc
    # the subject: the first actor of the sentence before the verb, else one just after it
    # ("Hittills har socialnämnden stött"); a genitive ("föreningens huvudsponsor") is not
    near = [
        (i > at, i, iri)
        for iri, i in present
        if i <= at + 2
        and kinds[iri] in _FUNDER_CLASSES | {"sam:PrivateCompany", "sam:MunicipalCompany"}
        and not doc[found.at_token.get(i, ("", i + 1))[1] - 1].lower_.endswith(
            ("ens", "ets", ":s", "ns")
        )
    ]
    if not near:
        return None
    _after, funder_at, funder = min(near)
    # not the funder's own municipality ("socialnämnden i Mora kommun")
    others = [
        iri
        for iri, _i in present
        if iri != funder and kinds[iri] in _RECIPIENTS and not funder.startswith(iri + "/")
    ]
    recipient = others[0] if others else last_runner or _association_before(sent, found)
    if recipient == funder or (recipient is not None and recipient not in found.actors):
        return None
    idx = [at, funder_at] + [i for iri, i in present if iri == recipient]
    return Relation(
        "funding",
        _quote_span(sent, idx),
        funder=funder,
        # none named: the parties the page named before (see _recipients_named_before)
        recipients=[recipient] if recipient else [],
        scheme=_scheme(lowers, found.actors[funder].cls),
        amount=amount(sent),
        start=period(sent)[0],
        end=period(sent)[1],
        unsure=not others,
    )


# words that name again the one actor of a kind named just before (its label's ending, or
# its class for companies)
_BACK_WORDS = {
    "enheten": {"enheten", "enhetens"},
    "förvaltningen": {"förvaltningen", "förvaltningens"},
    "nämnden": {"nämnden", "nämndens"},
    "bolag": {"bolaget", "bolagets", "företaget", "företagets"},
}


def _one_named_before(sent, found: Found, kind: str) -> str | None:
    """The one actor of ``kind`` named in this sentence before the word or in the sentence
    before ("Etableringsenheten är din första kontakt. Enheten tillhör ..."); the committee
    whose minutes the page is for "nämnden"; None where there are none or several.
    """
    doc = sent.doc
    first = sent.start - 1
    begin = doc[first].sent.start if first >= 0 else sent.start
    seen = set()
    for start, (iri, _end) in found.at_token.items():
        if not begin <= start < sent.end:
            continue
        actor = found.actors[iri]
        if kind == "bolag":
            hit = actor.cls in {"sam:PrivateCompany", "sam:MunicipalCompany"}
        else:
            hit = actor.cls in _UNITS and actor.label_sv.lower().endswith(kind)
        if hit and "/tjanst/" not in iri:
            seen.add(iri)
    if len(seen) == 1:
        return seen.pop()
    if kind == "nämnden" and not seen:
        return found.page_body
    return None


# a collaboration named by what it is: "finansierar partnerskapet med ..."
_COLLABORATION_NOUNS = {"partnerskapet", "samarbetet", "nätverket"}


def _recipients_named_before(
    contribution: Relation, sent, relations: list[Relation], found: Found
) -> list[str]:
    """Who receives money a body gives without naming them in its sentence.

    "Region X går in med 200 000 kronor till projektets hälsoskola": the recipients of the one
    grant to a project stated in the two sentences before. "Socialnämnden bidrar med 1 200 000
    kronor per år" in a partnership it is a party of: the other parties, those outside its own
    municipality (the associations of an IOP). Where more than one candidate is named, none.
    """
    funder = contribution.funder or ""
    words = {t.lower_ for t in sent}
    if any(w.startswith("projekt") for w in words):
        window = sent.start_char - 400
        grants = [
            r
            for r in relations
            if r.kind == "funding"
            and r is not contribution
            and r.recipients
            and window <= r.span[0] < sent.start_char
        ]
        if len(grants) == 1:
            return [x for x in grants[0].recipients if x != funder]
        return []
    own = funder.split("/")[0] + "/" + funder.split("/")[1] if funder.count("/") else funder
    groups = [r for r in relations if r.kind == "collaboration" and funder in r.members]
    if not groups:
        # a unit of a municipality that is a party of the one partnership the sentences just
        # before name: "Kommunen har ett IOP med X. ... Socialnämnden finansierar
        # partnerskapet med ..."
        text = sent.doc.text
        stems = {w[:-2] for w in words if w in _COLLABORATION_NOUNS}
        groups = [
            r
            for r in relations
            if r.kind == "collaboration"
            and own in r.members
            and sent.start_char - 400 <= r.span[0] < sent.start_char
            and any(stem in text[r.span[0] : r.span[1]].lower() for stem in stems)
        ]
    if len(groups) != 1:
        return []
    return [
        m
        for m in groups[0].members
        if m != funder
        and not (m == own or m.startswith(own + "/"))
        and found.actors[m].cls not in _POSTS | {"foaf:Person"}
    ]


def _subjects_before(sent, found: Found, present, verb: int, kinds) -> list[tuple[str, int]]:
    """The coordinated actors just before a verb: "Kristianstads Sparbank och Skåneidrotten
    bekostar ..." gives both; the chain stops at any other word."""
    doc = sent.doc
    out: list[tuple[str, int]] = []
    k = verb
    for iri, i in sorted(present, key=lambda pair: -pair[1]):
        if i >= verb:
            continue
        end = found.at_token.get(i, ("", i + 1))[1]
        between = {doc[j].lower_ for j in range(end, k)}
        if k == verb and end != verb:
            if not between <= _BEFORE_VERB:
                break
        elif k != verb and not (between and between <= _LINKS):
            break
        if kinds[iri] in _FUNDER_CLASSES | {"sam:PrivateCompany", "sam:MunicipalCompany"}:
            out.insert(0, (iri, i))
        k = i
    return out


def _association_before(sent, found: Found) -> str | None:
    """What "föreningen" in a sentence refers to: the page's own association, else the
    association the text named last before the sentence (in the sentence or the one before)."""
    if found.page_org:
        return found.page_org
    before = [
        (start, iri)
        for start, (iri, _end) in found.at_token.items()
        if start < sent.start
        and sent.start - start < 60
        and found.actors[iri].cls == "sam:CivilSocietyOrganization"
    ]
    return max(before)[1] if before else None


def _joins_as_partner(lowers: list[str]) -> bool:
    """ "X följer projektet som forskningspartner": a partner word and the project named.

    >>> _joins_as_partner("lunds universitet följer projektet som forskningspartner".split())
    True
    >>> _joins_as_partner("hon är forskningspartner".split())
    False
    """
    return any(w.endswith(("partner", "partners")) for w in lowers) and any(
        w in _ANAPHORA for w in lowers
    )


def _municipality_of(sent, found: Found) -> str | None:
    """The municipality this sentence names, else the one before it names."""
    start = sent.start
    if start in found.sentence_muni:
        return f"kommun/{found.sentence_muni[start]}"
    starts = [s for s in found.sentence_muni if s < start]
    if starts and start - max(starts) < 60:
        return f"kommun/{found.sentence_muni[max(starts)]}"
    return None


def _runner(sent, found: Found, present: list[tuple[str, int]]) -> str | None:
    """Who runs what a sentence is about: "driver Föreningen X", "X driver", "drivs av X"."""
    doc = sent.doc
    for k in range(sent.start, sent.end):
        if doc[k].lower_ in _RUN and present:
            nearest = min(present, key=lambda pair: abs(pair[1] - k))
            if abs(nearest[1] - k) <= 4 and found.actors[nearest[0]].cls != "foaf:Person":
                return nearest[0]
    return None


def _anaphoric(sent) -> bool:
    """Whether a sentence opens with a word that points back ("Arbetet leds av ...")."""
    words = [t.lower_ for t in sent if t.is_alpha][:1]
    return bool(words) and words[0] in _ANAPHORA


def _units_of_posts(sent, found: Found, present: list[tuple[str, int]]) -> set[int]:
    """Token positions of units named as a post's place ("samordnare på X-förvaltningen")."""
    doc = sent.doc
    out = set()
    for iri, i in present:
        if found.actors[iri].cls not in _POSTS:
            continue
        end = found.at_token[i][1]
        if (
            end + 1 < len(doc)
            and doc[end].lower_ in {"på", "i", "vid", "inom"}
            and end + 1 in found.at_token
        ) and True:
            target = found.actors[found.at_token[end + 1][0]]
            if target.cls in {
                "sam:Department",
                "sam:CentralAdministration",
                "sam:MunicipalUnit",
            }:
                out.add(end + 1)
    return out


def _scheme(lowers: list[str], funder_cls: str) -> str | None:
    if funder_cls == "sam:EUFund":
        return "esf"
    if any("37a" in w for w in lowers):
        return "paragraf-37a"
    if any(w in {"utvecklingsmedel", "projektmedel"} for w in lowers):
        return "utvecklingsmedel"
    if "kommunala" in lowers and "medel" in lowers:
        return "kommunala-medel"
    return None


def _collaboration_name(sent) -> str | None:
    for token in sent:
        word = token.lower_
        if word.endswith(("nätverket", "projektet", "arbetsgruppen", "samverkansorganet")) and len(
            word
        ) > len("projektet"):
            return word
    return None


_BELONGS = (
    ("hör", "till"),
    ("tillhör",),
    ("ingår", "i"),
    ("hörde", "till"),
    ("inom",),  # "arbetsmarknadsenheten inom förvaltningen för arbete och lärande"
    ("finns", "inom"),
    ("är", "en", "del", "av"),  # "Enheten är en del av socialförvaltningen"
    ("är", "del", "av"),
)


_POSSESSIVES = {"dess", "sin", "sitt", "sina", "deras"}


def _through(
    doc, found: Found, present: list[tuple[str, int]], adjacent: bool = False
) -> set[int]:
    """Token positions of actors that only say how another one takes part, no party of their
    own: "socialförvaltningen genom dess arbetsmarknadsenhet", "Region X deltog genom sin
    folkhälsoenhet", and an umbrella after "inom" ("Ystads pastorat inom Svenska kyrkan").
    With ``adjacent``, only what follows an actor of ``present`` directly.
    """
    out = set()
    if not adjacent:
        # "Region X deltog i gruppen genom sin folkhälsoenhet": the subject takes part
        starts = {i for _iri, i in present}
        out |= {
            k + 2
            for k in range(min(starts, default=0), len(doc) - 2)
            if doc[k].lower_ in {"genom", "via"}
            and doc[k + 1].lower_ in _POSSESSIVES
            and k + 2 in starts
        }
    for iri, i in present:
        end = found.at_token[i][1] if i in found.at_token else i + 1
        if (
            end + 2 < len(doc)
            and doc[end].lower_ in {"genom", "via"}
            and doc[end + 1].lower_ in _POSSESSIVES
            and end + 2 in found.at_token
        ):
            out.add(end + 2)
        if (
            end + 1 < len(doc)
            and doc[end].lower_ == "inom"
            and end + 1 in found.at_token
            and found.actors[iri].cls == "sam:CivilSocietyOrganization"
            and found.actors[found.at_token[end + 1][0]].cls == "sam:CivilSocietyOrganization"
        ):
            out.add(end + 1)
    return out


def _units_of_units(sent, found: Found, present: list[tuple[str, int]]) -> bool:
    """A unit's place in its municipality: "X hör till/tillhör/ingår i Y" (or ", som hör till").

    Y, a department of the same municipality, becomes X's parent. True if the sentence says so.
    """
    doc = sent.doc
    said = False
    for n, (iri, i) in enumerate(present):
        unit = found.actors[iri]
        if unit.cls not in _UNITS:
            continue
        if n:
            # "socialförvaltningens arbetsmarknadsenhet": the department in the genitive
            owner_iri, k = present[n - 1]
            owner = found.actors.get(owner_iri)
            if (
                owner is not None
                and owner.cls in {"sam:Department", "sam:CentralAdministration"}
                and found.at_token.get(k, ("", -1))[1] == i
                and doc[i - 1].lower_.endswith("s")
                and owner_iri.rsplit("/", 1)[0] == iri.rsplit("/", 1)[0]
                and owner_iri != iri
            ):
                unit.parent, unit.parent_unsure = owner_iri, False
            # "socialförvaltningen genom dess arbetsmarknadsenhet": the department's own unit
            if (
                owner is not None
                and owner.cls in {"sam:Department", "sam:CentralAdministration"}
                and i in _through(doc, found, [(owner_iri, k)], adjacent=True)
                and owner_iri.rsplit("/", 1)[0] == iri.rsplit("/", 1)[0]
                and owner_iri != iri
            ):
                unit.parent, unit.parent_unsure = owner_iri, False
        if n + 1 >= len(present):
            continue
        target_iri, j = present[n + 1]
        stop = j
        municipality = iri.rsplit("/", 1)[0]
        if target_iri == municipality and n + 2 < len(present):
            # "inom Lidköpings kommuns förvaltning för arbete och lärande"
            target_iri, j = present[n + 2]
        target = found.actors[target_iri]
        if target.cls not in {"sam:Department", "sam:CentralAdministration"}:
            continue
        if target_iri.rsplit("/", 1)[0] != municipality or target_iri == iri:
            continue
        after = found.at_token.get(i, ("", i + 1))[1]  # a word naming it again: one token
        between = tuple(t.lower_ for t in doc[after:stop] if t.text != ",")
        between = between[1:] if between[:1] == ("som",) else between
        if between[-1:] in {("kommunens",), ("stadens",), ("dess",)}:
            between = between[:-1]  # "ingår i kommunens sektor för ..."
        if between in _BELONGS:
            unit.parent, unit.parent_unsure = target_iri, False
            said = True
    return said


def _named_before_the_post(doc, i: int) -> bool:
    """Whether the post at token ``i`` follows its holder's name and a comma at a line's
    start ("- Anna Ek, förvaltningschef, socialförvaltningen, Varbergs kommun"): a list of
    people whose next words name the post's unit."""
    if i < 3 or doc[i - 1].text != ",":
        return False
    k = i - 2
    while k > 0 and doc[k].is_title and "\n" not in doc[k - 1].text and doc[k - 1].is_title:
        k -= 1
    first = doc[k - 1] if k else None
    return (
        doc[k].is_title
        and i - 1 - k >= 2
        and (first is None or "\n" in first.text or first.text in _BULLETS)
    )


def _posts_and_units(sent, found: Found, present: list[tuple[str, int]]) -> None:
    """Employment and placement: ``anställd på``/``placerad på``/``POST i UNIT``."""
    doc = sent.doc
    ends = {found.at_token[i][1]: iri for iri, i in present if i in found.at_token}
    for iri, i in present:
        # "stadskontoret, där en integrationsstrateg ...": the post sits in the unit before
        k = i - 1
        while k > sent.start and doc[k].lower_ in {"en", "ett"}:
            k -= 1
        if doc[k].lower_ == "där" and found.actors[iri].cls in _POSTS:
            unit = ends.get(k) or ends.get(k - 1)
            if unit and found.actors[unit].cls in {
                "sam:Department",
                "sam:CentralAdministration",
                "sam:MunicipalUnit",
            }:
                found.actors[iri].parent = unit
                found.actors[iri].parent_unsure = False
                continue
        actor = found.actors[iri]
        if actor.cls not in {"org:Post", "sam:CoordinatorPost"}:
            continue
        _end = found.at_token[i][1]
        reach = 6
        near = range(_end, min(_end + 8, sent.end))
        if any(doc[k].lower_ in {"anställd", "placerad"} for k in near):
            # "Projektledare är NAME, som är anställd vid UNIT": the holder's employer
            reach = 12
        for j in range(_end, min(_end + reach, sent.end)):
            if j in found.at_token:
                target = found.actors[found.at_token[j][0]]
                words = {doc[k].lower_ for k in range(_end, j)}
                if target.cls in {
                    "sam:Department",
                    "sam:CentralAdministration",
                    "sam:MunicipalUnit",
                    "sam:MunicipalCompany",
                    "sam:CivilSocietyOrganization",
                    "sam:StateAgency",
                    "sam:Region",
                } and (
                    words & {"anställd", "placerad", "i", "på", "vid", "inom", "från"}
                    or (words == {","} and _named_before_the_post(doc, i))
                ):
                    if actor.parent_unsure or not actor.parent or actor.parent.count("/") < 2:
                        actor.parent = target.iri
                        actor.parent_unsure = False
                    break
                if (
                    target.cls == "sam:Municipality"
                    and words <= {"i", "på", "vid", ","}
                    and actor.parent_unsure
                ):
                    actor.parent = target.iri
                    actor.parent_unsure = False
                    break
