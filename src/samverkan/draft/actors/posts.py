"""Posts: their labels, the organisation each belongs to, signatories, contact blocks.

:func:`_post` turns a post's span into a post actor of the right organisation (a
municipality, its unit, an association named before, the project) and asks
:mod:`.holders` for the person who holds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from samverkan.draft import lexicon
from samverkan.draft.actors.found import _CENTRAL, _CONTACT_HEADINGS, Found
from samverkan.draft.actors.holders import (
    _KIND_WORDS,
    _MINUTES_POSTS,
    _add_person,
    _employer,
    _named_of_kind,
    _org_named_again,
    _post_holder,
    _role_line_unit,
    unit_after_holder,
)
from samverkan.draft.model import Actor, post_class, slug

__all__ = [
    "posts_at_their_unit",
    "posts_of_the_unit_before",
    "posts_of_their_unit",
    "project_words",
]


def _post_label(span) -> str:
    words = [t.lower_ if k <= 1 or t.lower_ == "för" else t.text for k, t in enumerate(span)]
    idx = len(words) - 1 if "för" not in words else words.index("för") - 1
    last = words[idx]
    for definite, base in (
        ("koordinatorn", "koordinator"),
        ("samordnaren", "samordnare"),
        ("strategen", "strateg"),
        ("ledaren", "ledare"),
        ("läraren", "lärare"),
        ("chefen", "chef"),
        ("sekreteraren", "sekreterare"),
        ("utvecklaren", "utvecklare"),
        ("konsulenten", "konsulent"),
        ("pedagogen", "pedagog"),
        ("handläggaren", "handläggare"),
        ("vägledaren", "vägledare"),
        ("assistenten", "assistent"),
        ("kommunikatören", "kommunikatör"),
        ("konsulten", "konsult"),
        ("planeraren", "planerare"),
        ("rådgivaren", "rådgivare"),
        ("ingenjören", "ingenjör"),
        ("inspektören", "inspektör"),
        ("rådet", "råd"),
        ("koordinatorer", "koordinator"),
        ("strateger", "strateg"),
        ("konsulenter", "konsulent"),
        ("pedagoger", "pedagog"),
        ("assistenter", "assistent"),
    ):
        if last.endswith(definite):
            last = last[: -len(definite)] + base
            break
    for cut in (1, 2):  # "utredaren" -> "utredare", "rektorn" -> "rektor"
        if last not in lexicon.POST_WORDS and last[:-cut] in lexicon.POST_WORDS:
            last = last[:-cut]
    words[idx] = last
    return " ".join(words)


def _post_en(label: str) -> str:
    head = label.split(" för ")[0].split()[-1]
    for word, en in lexicon.POST_WORDS.items():
        if head == word:
            return en
    for ending, en in lexicon.POST_EN.items():
        if head.endswith(ending):
            return f"{label} ({en})"
    return label


def _one_association_before(doc, start: int, found: Found) -> str | None:
    """The one association named in the 60 tokens before the sentence of token ``start`` or
    in it ("Mentorerna kommer från föreningen X. ... säger föreningens ordförande NAME", as
    "Föreningen" refers back in :mod:`samverkan.draft.relations`); None where there are none
    or several."""
    begin = max(doc[start].sent.start - 60, 0)
    named = {
        iri
        for s, (iri, _e) in found.at_token.items()
        if begin <= s < start and found.actors[iri].cls == "sam:CivilSocietyOrganization"
    }
    return named.pop() if len(named) == 1 else None


_COMPOSED = ("består", "bestått", "bestod", "utgörs", "utgjordes")


def _board_composition(doc, start: int) -> bool:
    """Whether the sentence of token ``start`` gives a board's members ("Styrelsen har under
    året bestått av ..."): "styrelsen" itself, not a municipality's "kommunstyrelsen", before
    a verb of what it consists of, both before the post.

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Under året har styrelsen bestått av Eva Ek (kassör).")
    >>> _board_composition(doc, 8)
    True
    >>> doc = parse("Kommunstyrelsen består av Eva Ek (kassör).")
    >>> _board_composition(doc, 5)
    False
    """
    sent = doc[start].sent
    words = [t.lower_ for t in doc[sent.start : start]]
    if "styrelsen" not in words:
        return False
    return any(w in _COMPOSED for w in words[words.index("styrelsen") + 1 :])


def _board_named_on_page(doc, found: Found) -> str | None:
    """The one organisation of its own the page names as "Styrelsen för ORG" (None where it
    names none or several)."""
    hits = {
        hit
        for t in doc[:-2]
        if t.lower_ == "styrelsen"
        and doc[t.i + 1].lower_ == "för"
        and (hit := _employer(doc, t.i + 1, found)) is not None
    }
    return hits.pop() if len(hits) == 1 else None


def _names_an_actor(doc, word: str, found: Found) -> bool:
    """Whether the text gives ``word`` in parentheses after an actor's name
    ("Folkuniversitetet Norr (FU)"): an abbreviation of an organisation, not of the project."""
    return any(
        end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].text == word
        for _iri, end in found.at_token.values()
    )


def project_words(doc) -> set[str]:
    """The first words of the projects the page names: "projektet Hälsolots Kronoberg".

    >>> from samverkan.draft.nlp import parse
    >>> sorted(project_words(parse("I maj startade projektet Vägen Dalarna.")))
    ['Vägen']
    """
    return {
        doc[t.i + 1].text
        for t in doc[:-1]
        if t.lower_ in {"projektet", "projekt", "projektets"} and doc[t.i + 1].is_title
    }


#: The legal forms that follow a company's name ("Nordlig Analys AB"): never an acronym.
_LEGAL_FORMS = frozenset({"AB", "HB", "KB", "EF"})


def _project_acronym(doc) -> str | None:
    """The acronym of the project a page is about: "Projektet Lyckad integration (LIS)".

    An acronym the lexicon knows as an organisation's or a fund's ("Europeiska socialfonden
    (ESF)") is not the project's, nor is a company's legal form ("Nordlig Analys AB").

    >>> from samverkan.draft.nlp import parse
    >>> _project_acronym(parse("Projektet finansieras av Europeiska socialfonden (ESF)."))
    >>> _project_acronym(parse("Projektet Lyckad integration (LIS) startar."))
    'LIS'
    >>> _project_acronym(parse("Projektet har utvärderats av Nordlig Analys AB.")) is None
    True
    """
    known = {
        words[0].lower()
        for table in (
            lexicon.AGENCIES,
            lexicon.AGENCIES_CASED,
            lexicon.EU_FUNDS,
            lexicon.MUNICIPAL_ASSOCIATIONS,
            lexicon.CIVIL_SOCIETY,
            lexicon.CIVIL_SOCIETY_CASED,
        )
        for words in table
        if len(words) == 1
    }
    for token in doc:
        if token.lower_ in {"projektet", "projekt"}:
            window = doc[token.i + 1 : token.i + 10]
            for t in window:
                if (
                    t.is_upper
                    and t.is_alpha
                    and 2 <= len(t.text) <= 6
                    and t.lower_ not in known
                    and t.text not in _LEGAL_FORMS
                ):
                    return t.text
    return None


_COMPANIES = {"sam:PrivateCompany", "sam:MunicipalCompany"}


_GENERIC_POSTS = {
    *lexicon.POST_ENDINGS,
    "lärare",
    "handläggare",
    "handläggaren",
    # "en extra fritidsledare", "en ledamot från varje medlem", "bidrar med cirkelledare"
    "fritidsledare",
    "cirkelledare",
    "studiecirkelledare",
    "ledamot",
    "tolk",
}


_COLLABORATION_GENITIVES = ("gruppens", "rådets", "nätverkets", "partnerskapets")


_NO_ONE = {"ingen", "någon", "varje", "alla", "flera", "två", "tre", "fyra", "fem", "sex"}


def _generic_post(doc, start: int, label: str) -> bool:
    """A post word that names no one post: "en handläggare i Olofström", "vara lärare",
    "din handläggare", "deltar med var sin konsulent", "ingen handläggare", "två lärare".

    Only a post word without a compound ("samordnare", not "integrationssamordnare") after an
    indefinite article (also with an adjective: "en gemensam samordnare") or "vara".
    """
    if start == 0:
        return False
    before = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    # "din handläggare", "var sin arbetsmarknadskonsulent": anyone's, no one post
    if before[-1] in {"din", "ditt", "er", "ert"} or before == ["var", "sin"]:
        return True
    # "Styrgruppens ordförande är NAME", "Rådets sekreterare": a task in a collaboration,
    # which has no posts of its own
    if before[-1].endswith(_COLLABORATION_GENITIVES):
        return True
    if label not in _GENERIC_POSTS:
        return False
    if before[-1] in {"en", "ett", "vara"}:
        return True
    # "bidrar med cirkelledare", "medlen går till tolk": the word alone, no one post
    if before[-1] in {"med", "till"}:
        return True
    # "ingen handläggare kan", "varje handläggare", "deltar med två handläggare": no one post
    if before[-1] in _NO_ONE or doc[start - 1].like_num:
        return True
    return len(before) == 2 and before[0] in {"en", "ett"} and doc[start - 1].is_lower


# words that count what follows: "en handfull föreningar", "ett antal volontärer"
_QUANTITIES = {"handfull", "antal", "par", "tiotal", "dussin"}
# plurals of bodies ("föreningar", "trossamfund"): unlike "föreningslivet" or "volontärer",
# a group only where they are the ones who collaborate (round 45 of learning)
_BODY_PLURALS = {"föreningar", "trossamfund", "studieförbund", "studieförbunden", "nätverk"}
_COLLABORATE = {"samverkar", "samarbetar", "samverkade", "samarbetade"}
# words a list of plurals is told with: "lokala föreningar, studieförbund och trossamfund"
_IN_A_LIST = {",", "och", "samt", "eller", "lokala", "ideella", "andra", "olika", "många"}


def _plural_not_collaborating(doc, start: int) -> bool:
    """A plural of bodies ("föreningar", "trossamfund", "studieförbund", "nätverk") that is
    not the subject of a collaboration verb: whom something is for or given to ("bidrag
    till föreningar", "bjuda in föreningar och trossamfund", "samverkar med föreningar"),
    no party of its own. The pages' expected graphs name no such group; the one kept is
    the list right before or after "samverkar" or "samarbetar" ("Här samverkar
    föreningar, volontärer och nätverk", "Föreningar och trossamfund samarbetar om ...").
    """
    if doc[start].lower_ not in _BODY_PLURALS:
        return False
    group = set(lexicon.GROUP_WORDS) | _IN_A_LIST
    sent = doc[start].sent
    left = start - 1
    while left >= sent.start and doc[left].lower_ in group:
        left -= 1
    right = start + 1
    while right < sent.end and doc[right].lower_ in group:
        right += 1
    before = doc[left].lower_ if left >= sent.start else ""
    after = doc[right].lower_ if right < sent.end else ""
    return not ({before, after} & _COLLABORATE)


def _no_group(doc, start: int, found: Found) -> bool:
    """A group word that names no actor: a sphere, a heading, a count, one's own volunteers.

    "komma in i föreningslivet", a heading "Mentorer från föreningslivet", "fem volontärer",
    and "volontärer" on an association's own page (its own, not a group of the town).
    """
    before = doc[start - 1] if start else None
    if before is not None and (before.lower_ == "i" or before.like_num):
        return True
    # "tre lokala föreningar:", "en handfull föreningar": a number of bodies, not a group
    counted = doc[max(start - 2, 0) : start]
    if any(t.lower_ in _QUANTITIES for t in counted) or (
        len(counted) == 2 and counted[0].like_num and counted[1].is_lower and counted[1].is_alpha
    ):
        return True
    # "ett 15-tal volontärer", "ett 60-tal aktiva volontärer": a count, not a group
    if any(t.lower_.endswith("-tal") for t in doc[max(start - 2, 0) : start]):
        return True
    if _plural_not_collaborating(doc, start):
        return True
    sent = doc[start].sent
    words = [t for t in sent if t.is_alpha]
    if not any(t.text in {".", "!", "?"} for t in sent) and len(words) <= 6:
        return True
    return bool(found.page_org) and doc[start].lower_.startswith("volontär")


_BODY_GENITIVES = ("styrelsens", "nämndens", "fullmäktiges")


def _body_in_genitive(doc, span, found: Found, muni_near) -> tuple[str, str] | None:
    """The body a post is named by, in the genitive before it ("kommunstyrelsens ordförande",
    "socialnämndens vice ordförande"): (its label, the municipality's code).

    "nämndens" and "styrelsens" alone name the committee whose minutes the page is, or no body.
    """
    first = span[0].lower_
    if not first.endswith(_BODY_GENITIVES):
        return None
    if first in {"nämndens", "styrelsens"}:
        body = found.actors.get(found.page_body or "")
        return (body.label_sv, body.iri.split("/")[1]) if body is not None else None
    code = muni_near(span.start)
    return (first[:-1], code) if code is not None else None


def _board_after(doc, end: int, found: Found) -> Actor | None:
    """The municipal committee or board drafted right after a board's post and "i" ("i
    socialnämnden", "i kultur- och fritidsnämnden"), if any."""
    if end + 1 >= len(doc) or doc[end].lower_ != "i":
        return None
    hit = found.at_token.get(end + 1)
    board = found.actors.get(hit[0]) if hit else None
    if board is None or not board.iri.startswith("kommun/") or board.iri.count("/") != 2:
        return None
    last = doc[hit[1] - 1].lower_
    return board if last.endswith(("nämnden", "styrelsen")) else None


def _post(doc, span, found: Found, add, muni_near) -> None:
    body = _body_in_genitive(doc, span, found, muni_near)
    signed = _signed_for_public_body(doc, span.start, found)
    if span[0].lower_.endswith(_BODY_GENITIVES):
        # the post word itself: "kommunstyrelsens ordförande" -> "ordförande"
        label = _post_label(span[1:])
        if body is None:
            span = span[1:]
    else:
        label = _post_label(span)
    start, end = span.start, span.end
    before = doc[start - 1] if start else None
    if before is not None and before.is_lower and before.lower_.endswith(("ande", "ende")):
        # "mottagande socialsekreterare": the participle names the post
        start, label = start - 1, f"{before.lower_} {label}"
    head = label.split()[-1]
    if _generic_post(doc, start, label):
        return
    board = _board_after(doc, end, found) if label in lexicon.BOARD_POSTS else None
    if board is not None:
        # "ordförande i kultur- och fritidsnämnden", "ledamot i socialnämnden": the
        # committee's post, as "kultur- och fritidsnämndens ordförande" is (round 54 of learning)
        actor = add(
            Actor(
                f"{board.iri}/tjanst/{slug(label)}",
                "org:Post",
                label,
                f"{_post_en(label)}, {board.label_en}",
                parent=board.iri,
                parent_unsure=False,
            ),
            start,
            end,
        )
        _post_holder(doc, start, end, actor, found, add)
        return
    if head in lexicon.POST_WORDS and end + 1 < len(doc) and doc[end].lower_ == "i":
        # "enhetschef i kultur- och samhällsserviceförvaltningen": a post known by its unit
        for k in range(end + 1, min(end + 4, len(doc))):
            if doc[k].lower_.endswith(lexicon.DEPARTMENT_ENDINGS):
                label = f"{label} i {doc[end + 1 : k + 1].text.lower()}"
                break
    if head.startswith("projektledare") and " för " not in label:
        acronym = _project_acronym(doc)
        if acronym and not _names_an_actor(doc, acronym, found):
            label = f"projektledare för {acronym}"
    # "POST i X kommun" / "POST i kultur- och fritidsförvaltningen"
    code = muni_near(start)
    if code is None:
        return
    owner, parent_unsure = f"kommun/{code}", True
    if found.page_board and doc[start].sent.start not in found.sentence_muni:
        # a decision of a county board: its officers sign it
        owner, parent_unsure = f"lansstyrelse/{found.page_board}", False
    elif found.page_region and doc[start].sent.start not in found.sentence_muni:
        # a region's own page: a post in a sentence naming no municipality is the region's
        owner, parent_unsure = f"region/{found.page_region}", False
    # "Kommunens samordnare": the municipality's own, on an association's page too
    municipality_s = start > 0 and doc[start - 1].lower_ in {"kommunens", "stadens"}
    if (
        found.page_org
        and not municipality_s
        and (head in lexicon.BOARD_POSTS or doc[start].sent.start not in found.sentence_muni)
    ):
        # "Ordförande: NAME" on an association's own page, and any post its lines name
        # without a municipality ("Elisabeth Warg, kyrkoherde")
        owner, parent_unsure = found.page_org, False
    employer = _employer(doc, end, found)
    if employer is None:
        # "regionråd Lena Oinas, Region Norrbotten": the post before its holder's name, the
        # organisation after the comma (a line of a council's members, a byline)
        after = end
        while after < min(end + 3, len(doc)) and doc[after].is_title and doc[after].is_alpha:
            after += 1
        if after - end >= 2:
            employer = _employer(doc, after, found)
            # not a unit's head in an association: "enhetschef Eva Lind, Röda Korset Krokom"
            # is the association's contact, not the head of one of its units (round 31)
            kept = found.actors.get(employer) if employer is not None else None
            if kept is not None and kept.cls in _NOT_PUBLIC and head.endswith("chef"):
                employer = None
    if (
        employer is None
        and end + 2 < len(doc)
        and doc[end].lower_ == "i"
        and doc[end + 2].lower_.startswith("styrelse")
    ):
        # "ordförande i förbundets styrelse": the board of the federation the page names
        kind = next((k for k, words in _KIND_WORDS.items() if doc[end + 1].lower_ in words), None)
        employer = _named_of_kind(found, kind) if kind else None
        if employer:
            label = f"{label} i {doc[end + 1 : end + 3].text.lower()}"
    if (
        employer is None
        and end + 3 < len(doc)
        and [t.lower_ for t in doc[end : end + 3]]
        == [
            "i",
            "styrelsen",
            "för",
        ]
    ):
        # "ledamot i styrelsen för PRO Bergslagsgnistan": the board of the organisation named
        # after it (round 52 of learning)
        employer = _employer(doc, end + 2, found) or _org_named_again(doc, end + 3, found)
    if employer is None and end + 1 < len(doc) and doc[end].lower_ in {"i", "på", "hos"}:
        # "ordförande i föreningen", "diakon i församlingen": the definite kind word refers
        # back to the association or parish the page names, as "föreningens ordförande" does
        # (round 52 of learning); not "i föreningen X", whose name follows
        word = doc[end + 1]
        named_after = end + 2 < len(doc) and doc[end + 2].is_title and "\n" not in word.text_with_ws
        kind = next((k for k, words in _KIND_WORDS.items() if word.lower_ in words), None)
        if word.is_lower and not named_after:
            if word.lower_ == "föreningen":
                employer = found.page_org or _one_association_before(doc, start, found)
            elif kind is not None:
                employer = _named_of_kind(found, kind) or found.page_org
    if employer is None and _board_composition(doc, start):
        # "Styrelsen har under året bestått av: NAME (ordförande), NAME (kassör)": the posts
        # of the board whose page it is, or of the one organisation the page names as
        # "Styrelsen för ORG" (round 52 of learning)
        employer = found.page_org or _board_named_on_page(doc, found)
    if employer is None and before is not None and before.lower_ in {"företagets", "bolagets"}:
        # "säger företagets vd NAME": the company named last
        employer = next(
            (
                iri
                for i, (iri, _e) in sorted(found.at_token.items(), reverse=True)
                if i < start and found.actors[iri].cls in _COMPANIES
            ),
            None,
        )
    if employer is None and before is not None and before.is_title and before.i + 1 == start:
        # "Nours ordförande NAME", "Hooyo Hälsinglands ordförande": the organisation's
        first = before.i
        while first > 0 and doc[first - 1].is_title and "\n" not in doc[first - 1].text:
            first -= 1
        employer = next(
            (
                hit
                for k in range(first, before.i + 1)
                if before.lower_.endswith("s")
                and (hit := _org_named_again(doc, k, found, genitive=True, end=start))
            ),
            None,
        )
    if employer is None and before is not None:
        # "Församlingens ungdomsdiakon", "föreningens imam": the parish or association the
        # page names (or whose page it is)
        kind = next((k for k, words in _KIND_WORDS.items() if before.lower_ in words), None)
        if kind is None and before.lower_ == "föreningens":
            employer = found.page_org or _one_association_before(doc, start, found)
        elif kind is not None:
            employer = _named_of_kind(found, kind) or found.page_org
    words = [t.lower_ for t in span]
    if employer is None and "för" in words[1:]:
        # "vd för Salabostäder": a company or association named again by its own name
        at = span.start + words.index("för", 1) + 1
        employer = _org_named_again(doc, at, found, end=span.end)
        if employer is not None:
            label = _post_label(doc[span.start : at - 1])
    if employer is None and "för" in words[1:]:
        # "regionchefen för Arbetsförmedlingen Nord", "regionchefen för Migrationsverkets
        # region Nord": a state agency's unit (:func:`.organisations.agency_units`)
        at = span.start + words.index("för", 1) + 1
        hit = found.at_token.get(at)
        if hit is None and at == span.end - 1 and span.end in found.at_token:
            hit = found.at_token[span.end]  # the agency's genitive swallowed by the span
        if hit is not None and hit[1] >= span.end:
            unit = found.at_token.get(hit[1])
            if unit is not None and found.actors[unit[0]].parent == hit[0]:
                hit = unit
            if found.actors[hit[0]].cls == "sam:AgencyUnit":
                employer, label = hit[0], _post_label(doc[span.start : at - 1])
    if employer is None and "för" in words[1:]:
        # "enhetschef för Fritid och förening": a unit the text names by its own name
        at = span.start + words.index("för", 1) + 1
        unit = _unit_named_at(doc, at, found)
        if unit is not None:
            employer, label = unit, _post_label(doc[span.start : at - 1])
    if employer is None and head == "kommunpolis":
        # the police's post: of the one local police area the page names, else the police
        areas = [
            i
            for i, a in found.actors.items()
            if i.startswith("org/polisen/") and a.cls == "sam:AgencyUnit"
        ]
        employer = areas[0] if len(areas) == 1 else ("org/polisen" if not areas else None)
    if employer is None:
        employer = _signatory(doc, start, found)
    if employer is None and body is None and signed is not None:
        # "För Länsstyrelsen i Skåne län" / "Eva Ek, länsråd": the signing body's post
        employer = signed
    if employer is not None:
        # "sektionschefen för Arbetsförmedlingen", "kyrkoherde i Skövde församling"
        owner, parent_unsure = employer, False
    if body is not None:
        # the body's post: "kommunstyrelsens ordförande" is the board's, in its municipality
        body_label, code = body
        owner, parent_unsure = f"kommun/{code}", False
        cls = "sam:CentralAdministration" if body_label in _CENTRAL else "sam:Department"
        parent = add(
            Actor(
                f"kommun/{code}/{slug(body_label)}",
                cls,
                body_label,
                lexicon.DEPARTMENT_EN.get(body_label, f"{body_label} (committee)"),
                parent=owner,
            ),
            start,
            start + 1,
        )
        actor = add(
            Actor(
                f"{owner}/tjanst/{slug(label + ' ' + body_label)}",
                "org:Post",
                f"{doc[start].lower_} {label}",
                f"{_post_en(label)}, {parent.label_en}",
                parent=parent.iri,
                parent_unsure=False,
            ),
            start,
            end,
        )
        _post_holder(doc, start, end, actor, found, add)
        return
    unit = _role_line_unit(doc, start, end, found)
    if unit is not None and unit.iri.startswith(owner + "/") and doc[end].text != ":":
        # "Enhetschef etableringsenheten: NAME" ("Samordnare: NAME, socialförvaltningen"
        # keeps its label)
        label = f"{label} {doc[end].text.lower()}"
        end += 1
    actor = add(
        Actor(
            f"{owner}/tjanst/{slug(label)}",
            post_class(label),
            label,
            _post_en(label),
            parent=owner,
            parent_unsure=parent_unsure,
        ),
        start,
        end,
    )
    if unit is not None and unit.iri.startswith(owner + "/") and actor.parent_unsure:
        actor.parent, actor.parent_unsure = unit.iri, False
    elif unit is None and actor.parent_unsure:
        # "enhetschef Eva Ek, Jobbcentrum": the post of the unit after its holder
        held_in = unit_after_holder(doc, end, found)
        if held_in is not None and held_in.iri.startswith(owner + "/"):
            actor.parent, actor.parent_unsure = held_in.iri, False
    if (
        found.page_body is not None
        and label in _MINUTES_POSTS
        and owner == found.page_body.rsplit("/", 1)[0]
        and not any(t.text == "§" and (t.i == 0 or "\n" in doc[t.i - 1].text) for t in doc[:start])
    ):
        # a committee's minutes: the chair and secretary named above its first § are its own
        actor.parent, actor.parent_unsure = found.page_body, False
    _post_holder(doc, start, end, actor, found, add)


#: bodies whose name after the comma does not take a unit's head named before its holder
_NOT_PUBLIC = {"sam:CivilSocietyOrganization", "sam:CivilSocietyGroup", "sam:PrivateCompany"}

_SIGNATORY_CLASSES = {
    "sam:CivilSocietyOrganization",
    "sam:CivilSocietyGroup",
    "sam:PrivateCompany",
    "sam:MunicipalCompany",
    "sam:StateAgency",
}


def _signatory(doc, start: int, found: Found) -> str | None:
    r"""The organisation of a line of signatures: "För Köpings Röda Korskrets: Gunilla
    Sjöberg, ordförande" (an agreement's last lines), or None.

    >>> from samverkan.draft import nlp, reconcile
    >>> doc = nlp.parse("Orsa kommun\n\nFör Orsa Röda Korskrets: Eva Ek, ordförande\n")
    >>> from samverkan.draft.actors import find_actors
    >>> found = find_actors(doc, reconcile.Index())
    >>> post = next(a for a in found.actors.values() if a.label_sv == "ordförande")
    >>> (post.parent, post.holder)
    ('org/orsa-roda-korskrets', 'person/eva-ek')
    """
    line = start
    while line > 0 and "\n" not in doc[line - 1].text:
        line -= 1
    if doc[line].lower_ != "för":
        return _signed_for_above(doc, line, found)
    if line + 1 not in found.at_token:
        return None
    iri, end = found.at_token[line + 1]
    if end >= start or doc[end].text != ":":
        return None
    return iri if found.actors[iri].cls in _SIGNATORY_CLASSES else None


def _signed_for_above(
    doc, line: int, found: Found, classes: set[str] = _SIGNATORY_CLASSES
) -> str | None:
    """The organisation of a line "För X" alone one or two lines above ``line`` (a block of
    signatures: "För Orsa IK" / "Eva Ek, ordförande", or "För Orsa IK" / "Eva Ek" /
    "ordförande"), of one of ``classes``, or None."""
    for _up in range(2):
        if line < 2:
            return None
        line -= 1  # the line break
        while line > 0 and "\n" not in doc[line - 1].text:
            line -= 1
        if doc[line].lower_ == "för" and line + 1 in found.at_token:
            iri, end = found.at_token[line + 1]
            end += end < len(doc) and doc[end].text == ":"
            alone = end >= len(doc) or "\n" in doc[end].text
            return iri if alone and found.actors[iri].cls in classes else None
    return None


_PUBLIC_SIGNATORIES = {"sam:Municipality", "sam:CountyAdministrativeBoard", "sam:Region"}


def _signed_for_public_body(doc, start: int, found: Found) -> str | None:
    """The municipality, county board or region of a line "För X" alone one or two lines
    above the line of ``start`` ("För Vara kommun" / "Anna Berg, kommunstyrelsens
    ordförande"; "För Länsstyrelsen i Skåne län" / "Eva Ek, länsråd"), or None."""
    line = start
    while line > 0 and "\n" not in doc[line - 1].text:
        line -= 1
    if doc[line].lower_ == "för" or line == 0 or doc[line - 1].text.count("\n") > 1:
        # no signature line right above: a blank line ends the block
        return None
    return _signed_for_above(doc, line, found, _PUBLIC_SIGNATORIES)


def _contact_blocks(doc, found: Found, add, muni_near) -> None:
    """Name and post from contact blocks ("Kontaktpersoner" / NAME / POST / ORG lines)."""
    lines = []
    line_start = 0
    for i, token in enumerate(doc):
        if "\n" in token.text or i == len(doc) - 1:
            end = i + 1 if "\n" not in token.text else i
            if end > line_start:
                lines.append((line_start, end))
            line_start = i + 1
    for n, (s, e) in enumerate(lines):
        if doc[s:e].text.strip().lower() not in _CONTACT_HEADINGS:
            continue
        # every NAME / POST pair of the block, until a line of running text
        for k in range(n + 1, min(n + 13, len(lines))):
            ls, le = lines[k]
            tokens = [t for t in doc[ls:le] if t.text.strip() and t.text != "•"]
            if len(tokens) > 12:
                break
            if not tokens or any(t.like_num or t.like_email for t in tokens):
                continue
            if (
                len(tokens) in (2, 3, 4)
                and all(t.is_title and t.is_alpha for t in tokens)
                and k + 1 < len(lines)
            ):
                ps, pe = lines[k + 1]
                post_tokens = [t for t in doc[ps:pe] if t.text.strip()]
                if not post_tokens or any(t.like_num or t.like_email for t in post_tokens):
                    continue
                span = doc[post_tokens[0].i : post_tokens[-1].i + 1]
                key = found.at_token.get(span.start)
                post = found.actors.get(key[0]) if key else None
                if post is None or post.cls not in {"org:Post", "sam:CoordinatorPost"}:
                    label = span.text.lower()
                    code = muni_near(span.start)
                    if code is None:
                        continue
                    post = add(
                        Actor(
                            f"kommun/{code}/tjanst/{slug(label)}",
                            "org:Post",
                            label,
                            _post_en(label),
                            parent=f"kommun/{code}",
                            parent_unsure=True,
                            unsure=True,
                        ),
                        span.start,
                        span.end,
                    )
                _add_person(doc, (tokens[0].i, tokens[-1].i + 1), post, found, add)


def _unit_named_at(doc, i: int, found: Found) -> str | None:
    """The municipal unit of a name of its own ("Fritid och förening", "Jobbtorget X") whose
    whole label the words at ``i`` spell, or None."""
    for iri, actor in found.actors.items():
        if (
            actor.cls not in {"sam:MunicipalUnit", "sam:Department"}
            or not actor.label_sv[:1].isupper()
        ):
            continue
        words = actor.label_sv.split()
        if [t.text for t in doc[i : i + len(words)]] == words:
            return iri
    return None


# A unit's head named by the word of the unit ("enhetschef", "förvaltningschef"), and the
# definite genitive of a unit ("Förvaltningens anhörigkonsulent"): the kind of unit each
# names, a word its label holds (round 42 of learning). Not "bibliotekschef": the expected
# graphs of rounds 8 and heldout keep a library's head the municipality's.
_HEAD_OF_KIND = {
    "enhetschef": "enhet",
    "forvaltningschef": "förvaltning",
    "avdelningschef": "avdelning",
    "sektorschef": "sektor",
}
_DEFINITE_GENITIVES = {
    "enhetens": "enhet",
    "förvaltningens": "förvaltning",
    "avdelningens": "avdelning",
    "sektorns": "sektor",
}
_UNITS = {"sam:Department", "sam:CentralAdministration", "sam:MunicipalUnit"}
_POST_CLASSES = {"org:Post", "sam:CoordinatorPost"}


def _one_unit_of_kind(doc, found: Found, owner: str, kind: str) -> str | None:
    """The one unit of municipality ``owner`` whose label holds ``kind``, None if not one."""
    # "enheten Integration och arbetsmarknad": the unit word before a unit's name counts
    called = {
        iri
        for start, (iri, _end) in found.at_token.items()
        if doc[start].lower_.startswith(kind) or (start and doc[start - 1].lower_.startswith(kind))
    }
    units = {
        iri
        for iri, a in found.actors.items()
        if iri.startswith(owner + "/")
        and "/tjanst/" not in iri
        and a.cls in _UNITS
        and (kind in a.label_sv.lower().replace("erfarenhet", "") or iri in called)
    }
    return units.pop() if len(units) == 1 else None


def _posts_under_the_municipality(found: Found) -> Iterator[tuple[int, int, str, Actor, str]]:
    """Each mention (start, end, IRI, post, municipality) of a post still put under its
    municipality itself for want of better (``parent_unsure``), in the order of the page;
    a post moved on the way is not given again at its old IRI."""
    for start, (iri, end) in found.at_token.between(0, 1 << 62):
        post = found.actors.get(iri)
        if post is None or post.cls not in _POST_CLASSES or not post.parent_unsure:
            continue
        owner = post.parent or ""
        if owner.startswith("kommun/") and owner.count("/") == 1:
            yield start, end, iri, post, owner


def posts_of_their_unit(doc, found: Found) -> None:
    """A municipality's post whose unit the text gives by the post's word or a genitive.

    - "kommunstyrelseförvaltningens integrationsstrateg": the unit named in the genitive
      just before the post;
    - "Förvaltningens anhörigkonsulent", "Enhetens samordnare": the one unit of that kind
      the page names in the post's municipality;
    - "Enhetschef är NAME", "Förvaltningschef: NAME": a head named by the word of its unit
      is the head of the one unit of that kind the page names in its municipality.

    Only a post still put under the municipality itself for want of better
    (``parent_unsure``); where the page names two units of the kind, nothing changes.
    """
    by_end: dict[int, str] = {}
    for _start, (iri, end) in found.at_token.items():
        by_end.setdefault(end, iri)
    for start, _end, iri, post, owner in _posts_under_the_municipality(found):
        unit = None
        before = doc[start - 1] if start else None
        if before is not None and before.lower_.endswith("s") and "\n" not in before.text:
            named = found.actors.get(by_end.get(start, ""))
            if named is None or not named.iri.startswith(owner + "/"):
                # the unit named elsewhere in the nominative: "kommunstyrelseförvaltningen"
                named = found.actors.get(f"{owner}/{slug(before.lower_[:-1])}")
            if (
                named is not None
                and named.cls in _UNITS
                and named.iri.startswith(owner + "/")
                and before.lower_.endswith("ens")
            ):
                unit = named.iri
            elif before.lower_ in _DEFINITE_GENITIVES:
                unit = _one_unit_of_kind(doc, found, owner, _DEFINITE_GENITIVES[before.lower_])
        if unit is None:
            kind = _HEAD_OF_KIND.get(iri.rsplit("/tjanst/", 1)[-1])
            if kind is not None:
                unit = _one_unit_of_kind(doc, found, owner, kind)
        if unit is not None:
            post.parent, post.parent_unsure = unit, False


#: the words that put a post at a place: "bibliotekarie på Grums bibliotek"
_AT_UNIT = {"på", "vid", "hos"}


def _body_named_at(doc, i: int, found: Found) -> str | None:
    """The drafted body (not a post) named at token ``i``: the actor found there, or one
    whose whole label the words from ``i`` say again ("Grums bibliotek" where the finder
    kept only the municipality's name "Grums"); the longest name wins."""
    best, length = None, 0
    hit = found.at_token.get(i)
    if hit is not None:
        best, length = hit[0], len(doc[i : hit[1]].text)
    for iri, actor in found.actors.items():
        if "/tjanst/" in iri or actor.cls in _POST_CLASSES or not actor.label_sv:
            continue
        label = actor.label_sv.lower()
        if len(label) <= length:
            continue
        for j in range(i + 1, min(i + 9, len(doc) + 1)):
            said = doc[i:j].text.lower()
            if said == label:
                best, length = iri, len(label)
                break
            if len(said) > len(label):
                break
    actor = found.actors.get(best) if best else None
    if actor is None or "/tjanst/" in actor.iri or actor.cls in _POST_CLASSES:
        return None
    return actor.iri


def posts_at_their_unit(doc, found: Found) -> None:
    """A post named with its place, "POST på UNIT" ("säger NAME, bibliotekarie på Grums
    bibliotek", "integrationssamordnare vid Socialförvaltningens integrationsenhet"): the
    post is the unit's, where the post was put under the organisation above the unit (the
    municipality, its department, the region) for want of better (round 82 of learning).

    Only a unit drafted at the word after "på"/"vid"/"hos"; a post said at two different
    units keeps its parent.
    """
    places: dict[str, set[str]] = {}
    for _start, (iri, end) in sorted(found.at_token.items()):
        post = found.actors.get(iri)
        if post is None or post.cls not in _POST_CLASSES or not post.parent:
            continue
        if end + 1 >= len(doc) or doc[end].lower_ not in _AT_UNIT:
            continue
        hit = _body_named_at(doc, end + 1, found)
        if hit is not None:
            places.setdefault(iri, set()).add(hit)
    for iri, units in places.items():
        post = found.actors[iri]
        if len(units) != 1:
            continue
        unit = units.pop()
        if unit != post.parent and post.parent in found.ancestors(unit):
            post.parent, post.parent_unsure = unit, False


def _units_of_in(doc, found: Found, owner: str, lo: int, hi: int) -> set[str]:
    """The units of ``owner`` drafted at tokens ``lo`` .. ``hi``."""
    return {
        iri
        for _start, (iri, _end) in found.at_token.between(lo, hi)
        if iri.startswith(owner + "/")
        and "/tjanst/" not in iri
        and iri in found.actors
        and found.actors[iri].cls in _UNITS
    }


def posts_of_the_unit_before(doc, found: Found) -> None:
    """A municipality's post named in the definite ("SFI-läraren NAME", "fritidsledaren",
    "bibliotekarien") is the post of the one unit of that municipality its sentence names
    before it ("Biblioteket lånar ut rummet, och bibliotekarien NAME ...") or, when the post
    opens its sentence, the one the sentence before names ("Kommunen är med genom
    vuxenutbildningen. SFI-läraren NAME kommer ..."): the definite refers back to the unit
    (round 102 of learning). Only a post still put under the municipality itself for want
    of better (``parent_unsure``), at its first mention (after "en integrationssamordnare"
    the definite refers back to the post).
    """
    first: dict[str, int] = {}
    for start, (iri, _end) in found.at_token.between(0, len(doc)):
        first.setdefault(iri, start)
    for start, end, iri, post, owner in _posts_under_the_municipality(found):
        word = doc[end - 1].lower_
        if not (word.endswith(("en", "n")) and word != post.label_sv.split()[-1].lower()):
            continue  # not the definite: "en trädgårdsmästare", "handläggare"
        if first[iri] < start:
            continue  # the definite refers back to the post named before
        sent = doc[start].sent
        units = _units_of_in(doc, found, owner, sent.start, start)
        if not units and start == sent.start and sent.start:
            before = doc[sent.start - 1].sent
            units = _units_of_in(doc, found, owner, before.start, before.end)
        if len(units) == 1:
            _move_post(found, post, units.pop())


def _move_post(found: Found, post: Actor, unit: str) -> None:
    """Put ``post`` under ``unit``, under the IRI a post of the unit has."""
    iri = f"{unit}/tjanst/{post.iri.rsplit('/tjanst/', 1)[-1]}"
    if iri in found.actors:
        return
    found.actors[iri] = replace(post, iri=iri, parent=unit, parent_unsure=False, mentions=[])
    found.fold(post.iri, iri)
