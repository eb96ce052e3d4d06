"""Actors: municipalities, county boards, agencies, funds, units, companies, groups, posts, people.

:func:`find_actors` turns the matcher's spans (see :mod:`samverkan.draft.nlp`) into
:class:`~samverkan.draft.model.Actor` records with IRIs by the project's rules, reconciled
with the known actors of the build; it also returns, per token, the actor that starts there,
for the relation rules.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.reconcile import Index
>>> doc = parse("Karin Olsson, integrationssamordnare i Söderhamns kommun, leder nätverket.")
>>> found = find_actors(doc, Index())
>>> sorted(found.actors)
['kommun/2182', 'kommun/2182/tjanst/integrationssamordnare', 'person/karin-olsson']
>>> found.actors["kommun/2182/tjanst/integrationssamordnare"].holder
'person/karin-olsson'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from samverkan.draft import lexicon
from samverkan.draft.model import Actor, slug
from samverkan.draft.nlp import _provinces, matches, place_names, region_names
from samverkan.draft.reconcile import Index

__all__ = ["Found", "find_actors", "page_municipality"]

_NAME_STOP = {
    "Kommun",
    "Kontakta",
    "Kontaktpersoner",
    "Publicerad",
    "Om",
    "Exemplet",
    "Det",
    "Vi",
    "Lärande",
    "Under",
    "Med",
    "Genom",
    "Till",
    "Där",
    "Nu",
    "Men",
    "Och",
    "I",
    "En",
}
_CONTACT_HEADINGS = {
    "kontaktpersoner",
    "kontaktperson",
    "kontakt",
    "informationsansvarig",
    "kontaktpersoner:",
    "kontakt:",
}


@dataclass
class Found:
    """The actors of a text and where each mention is (token index -> actor IRI)."""

    actors: dict[str, Actor] = field(default_factory=dict)
    at_token: dict[int, tuple[str, int]] = field(default_factory=dict)  # start -> (iri, end)
    page_code: str | None = None
    page_board: str | None = None
    sentence_muni: dict[int, str] = field(default_factory=dict)
    munis: dict[str, tuple[str, str]] = field(default_factory=dict)
    page_org: str | None = None  # an association's own page: "vi", "vår" are this actor
    # the committee whose minutes the page is ("SAMMANTRÄDESPROTOKOLL" / "Socialnämnden")
    page_body: str | None = None
    page_region: str | None = None  # the region whose own page this is


_CENTRAL = {
    "kommunkontoret",
    "kommunstyrelseförvaltningen",
    "stadsledningskontoret",
    "stadskontoret",
    "kommunledningskontoret",
    "kommunstyrelsen",
}
_NOT_MUNICIPAL = {"regionens", "landstingets", "länsstyrelsens", "föreningens", "statens"}
_LOCATIVE = {"i", "från", "på", "till", "inom", "och", "med", "mellan", "kommunerna"}


def _muni_accepted(doc, m, full_codes: set[str]) -> bool:
    """Whether a municipality name is meant as the place (not a surname or part of a name)."""
    _kind, key, form = m.label.split("|")
    if form == "full":
        return True
    before = doc[m.start - 1].text if m.start else ""
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.is_title and after.is_alpha and not after.is_sent_start:
        return False  # "Söderhamn Nära": an organisation named after the town
    if before in {"Region", "Länsstyrelsen", "länsstyrelsen"}:
        return False
    if before.lower() == "kommunerna":
        return True  # "Kommunerna Borås, Ulricehamn och Tranemo"
    if form == "genitive":
        return after is not None and after.lower_ in {"kommun", "kommuner", "stad", "kommuns"}
    if before in {",", "och"} and m.start >= 2 and doc[m.start - 2].text in place_names():
        return True  # "kommunerna Halmstad, Falkenberg och Laholm"
    if before.istitle() and before.isalpha() and not doc[m.start].is_sent_start:
        return False  # "Anna Berg": a surname
    return (
        key in full_codes
        or before.lower() in _LOCATIVE
        or (after is not None and after.lower_ == "och")
    )


# "i regionen", "hela regionen": the word names an area, not the region's body
_AREA_BEFORE = {"i", "inom", "hela", "runt", "över", "utanför", "omkring", "kring", "ute"}


def _page_region(doc, m, found_matches) -> str | None:
    """The region "regionen" names: the one the page names, when it names exactly one."""
    codes = {
        x.label.split("|")[1]
        for x in found_matches
        if x.label.startswith("REGION|") and x.label.endswith("|full")
    }
    if len(codes) != 1 or (m.start and doc[m.start - 1].lower_ in _AREA_BEFORE):
        return None
    return codes.pop()


def _region_sentence(doc, i: int, found_matches) -> bool:
    """Whether the sentence of token ``i`` names a region and no municipality."""
    sent = doc[i].sent
    kinds = {
        m.label.split("|")[0] for m in found_matches if sent.start <= m.start < sent.end
    }
    return "REGION" in kinds and "MUNI" not in kinds


def page_municipality(doc, found_matches) -> str | None:
    """The municipality a page is about: the one named most often (official forms count 2)."""
    counts: Counter[str] = Counter()
    for m in found_matches:
        if m.label.startswith("MUNI|"):
            _kind, code, form = m.label.split("|")
            counts[code] += 2 if form == "full" else 1
    if not counts:
        return None
    best = max(counts.values())
    return next(code for code, n in counts.items() if n == best)


def _heading_municipality(doc, munis: dict[str, tuple[str, str]]) -> str | None:
    r"""The municipality whose official name is the page's first line, in capitals or not
    ("ALINGSÅS KOMMUN" heading its minutes): the page's own, however often others are named.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> munis = {"1489": ("Alingsås", "Alingsås kommun"), "1442": ("Vårgårda", "Vårgårda kommun")}
    >>> _heading_municipality(parse("ALINGSÅS KOMMUN\nProtokoll\n\nVårgårda kommun"), munis)
    '1489'
    >>> _heading_municipality(parse("Nyheter\n\nAlingsås kommun"), munis) is None
    True
    """
    first = doc.text.lstrip().split("\n", 1)[0].strip().lower()
    return next((code for code, (_s, name) in munis.items() if name.lower() == first), None)


def _person_before(doc, i: int) -> tuple[int, int] | None:
    """Name tokens ending just before token ``i`` (``NAME, POST`` or ``NAME POST``)."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(" and doc[j - 1].is_upper:
        j -= 3  # "Karin Alm (S), ordförande": a politician's party
    end = j + 1
    while j >= 0 and _name_word(doc[j]) and end - j <= 3:
        j -= 1
    start = j + 1
    return (start, end) if end - start >= 2 else None


def _person_after(doc, i: int) -> tuple[int, int] | None:
    j = i
    while j < len(doc) and _name_word(doc[j]) and j - i < 3:
        j += 1
    return (i, j) if j - i >= 2 else None


def _name_word(token) -> bool:
    """A capitalised word of a person's name, double names too ("Per-Olof", "Ann-Christin")."""
    parts = token.text.split("-")
    return all(part[:1].isupper() and part.isalpha() for part in parts)


def _is_name(doc, span: tuple[int, int]) -> bool:
    tokens = doc[span[0] : span[1]]
    return all(t.text not in _NAME_STOP and not t.is_stop and len(t.text) > 1 for t in tokens)


def find_actors(
    doc,
    index: Index,
    munis: dict[str, tuple[str, str]] | None = None,
    county_of: dict[str, str] | None = None,
) -> Found:
    """Recognise and reconcile the actors of ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text (:func:`samverkan.draft.nlp.parse`).
    index : Index
        Known actors of the build (:mod:`samverkan.draft.reconcile`).
    munis, county_of : dict, optional
        Municipality code -> (short, official name) and -> county code; read from the
        reference data when not given.
    """
    from samverkan.draft.nlp import _reference_names

    if munis is None or county_of is None:
        munis, _counties = _reference_names()
        county_of = {code: code[:2] for code in munis}
    found_matches = matches(doc)
    found = Found(munis=munis)
    full_codes = {m.label.split("|")[1] for m in found_matches if m.label.endswith("|full")}
    places = [
        m
        for m in found_matches
        if m.label.startswith("MUNI|") and _muni_accepted(doc, m, full_codes)
    ]
    page = _heading_municipality(doc, munis) or page_municipality(doc, places)
    found.page_code = page
    full_codes = {m.label.split("|")[1] for m in found_matches if m.label.endswith("|full")}
    sentence_muni: dict[int, str] = {}
    for m in places:
        if m.label.startswith("MUNI|"):
            sentence_muni.setdefault(doc[m.start].sent.start, m.label.split("|")[1])

    found.sentence_muni = sentence_muni
    first = next(
        (m for m in found_matches if m.start == next((t.i for t in doc if not t.is_space), -1)),
        None,
    )
    if first is not None and first.label.startswith("REGION|") and first.label.endswith("|full"):
        # a region's own page ("Region Kronoberg" its first line)
        found.page_region = first.label.split("|")[1]
    if first is not None and first.label.startswith("BOARD|") and "|full" in first.label:
        found.page_board = first.label.split("|")[1]
    elif first is not None and first.label.startswith("BOARD|page|"):
        # a letterhead on two lines: "LÄNSSTYRELSEN" / "DALARNAS LÄN"
        head = doc[first.end : first.end + 6].text.lower().split()
        for code, (_short, name) in _reference_names()[1].items():
            if head[: len(name.split())] == name.lower().split():
                found.page_board = code

    sentence_starts = sorted({s.start for s in doc.sents})
    previous_sentence = dict(zip(sentence_starts[1:], sentence_starts, strict=False))

    def muni_near(i: int) -> str | None:
        """The municipality of this sentence, else of the one before, else of the page."""
        start = doc[i].sent.start
        if start in sentence_muni:
            return sentence_muni[start]
        return sentence_muni.get(previous_sentence.get(start, -1), page)

    def add(actor: Actor, start: int, end: int) -> Actor:
        code = actor.iri.split("/")[1] if actor.iri.startswith("kommun/") else None
        if not actor.reference:
            known = index.find(actor.iri, actor.label_sv, code)
            if known is not None and known.iri not in found.actors:
                actor = Actor(
                    known.iri,
                    known.cls,
                    known.label_sv,
                    known.label_en,
                    parent=known.parent,
                    known=True,
                )
            elif known is not None:
                actor = found.actors[known.iri]
        existing = found.actors.setdefault(actor.iri, actor)
        existing.mentions.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
        found.at_token[start] = (existing.iri, end)
        return existing

    named = _self_described(doc, found, add, muni_near)
    _unit_starts = {
        m.start for m in found_matches if m.label.split("|")[0] in {"DEPT", "DEPT_OF", "UNITWORD"}
    }
    posts = []
    projects = project_words(doc)
    provinces = _provinces()
    for m in found_matches:
        kind, key, form = [*m.label.split("|", 2), "", ""][:3]
        span = doc[m.start : m.end]
        if m.start in named:
            continue
        if kind == "MUNI":
            before = doc[m.start - 1].text if m.start else ""
            after = doc[m.end] if m.end < len(doc) else None
            if form != "full":
                if (
                    not before.istitle()
                    and after is not None
                    and after.is_title
                    and after.is_alpha
                    and not after.is_sent_start
                ):
                    # "Söderhamn Nära", "Söderhamns Nära": an organisation named after the town
                    label = f"{munis[key][0]} {after.text}"
                    add(
                        Actor(
                            f"kommun/{key}/bolag/{slug(label)}",
                            "sam:MunicipalCompany",
                            label,
                            label,
                            municipality=key,
                            unsure=True,
                        ),
                        m.start,
                        m.end + 1,
                    )
                    continue
                if not _muni_accepted(doc, m, full_codes):
                    continue
            short, official = munis[key]
            add(
                Actor(
                    f"kommun/{key}",
                    "sam:Municipality",
                    official,
                    f"{short} Municipality",
                    reference=True,
                ),
                m.start,
                m.end,
            )
            # "Lomma och Staffanstorps kommuner": the first name belongs to the plural too
        elif kind == "BOARD":
            code = key if key != "page" else (county_of.get(muni_near(m.start) or ""))
            if code is None:
                continue
            add(
                Actor(
                    f"lansstyrelse/{code}",
                    "sam:CountyAdministrativeBoard",
                    "Länsstyrelsen",
                    "County Administrative Board",
                    reference=True,
                ),
                m.start,
                m.end,
            )
        elif kind == "REGION":
            code = key if key != "page" else _page_region(doc, m, found_matches)
            if code is None:
                continue
            sv, en = region_names()[code]
            add(Actor(f"region/{code}", "sam:Region", sv, en, reference=True), m.start, m.end)
        elif kind in {"AGENCY", "EUFUND", "ASSOC", "CSO"}:
            table = {
                "AGENCY": lexicon.AGENCIES,
                "EUFUND": lexicon.EU_FUNDS,
                "ASSOC": lexicon.MUNICIPAL_ASSOCIATIONS,
                "CSO": lexicon.CIVIL_SOCIETY,
            }[kind]
            cls = {
                "AGENCY": "sam:StateAgency",
                "EUFUND": "sam:EUFund",
                "ASSOC": "sam:MunicipalAssociation",
                "CSO": "sam:CivilSocietyOrganization",
            }[kind]
            _slug, sv, en = table[tuple(form.split("_"))]
            add(Actor(f"org/{key}", cls, sv, en), m.start, m.end)
        elif kind == "GROUP":
            code = muni_near(m.start)
            if code is None:
                continue
            if m.end < len(doc) and doc[m.end].lower_ == "från":
                continue  # "volontärer från Röda Korset" belong to the organisation
            if _no_group(doc, m.start, found):
                continue
            window = {t.lower_ for t in doc[max(m.start - 4, 0) : m.end + 4]} - {span.text.lower()}
            if key == "natverk" and not window & set(lexicon.GROUP_WORDS):
                continue  # "nätverk" is a group only listed with others
            word = span.text.lower()
            en = lexicon.GROUP_WORDS.get(word, (key, "actors in civil society"))[1]
            short = munis[code][0]
            add(
                Actor(
                    f"kommun/{code}/grupp/{key}",
                    "sam:CivilSocietyGroup",
                    f"{word} i {short}",
                    f"{en} in {short}",
                    municipality=code,
                    unsure=True,
                ),
                m.start,
                m.end,
            )
        elif kind == "CONSULT":
            add(
                Actor(
                    "org/extern-konsult",
                    "sam:PrivateCompany",
                    "extern konsult",
                    "external consultant",
                    unsure=True,
                ),
                m.start,
                m.end,
            )
        elif kind == "SCHOOL":
            code = muni_near(m.start)
            if code is None:
                continue
            start = m.start
            if span[0].lower_.startswith(("fritidsgårdar", "skolor")) or (
                span[-1].lower_ == "bibliotek"
            ):
                start += 1  # "fritidsgårdar Magasinet", "med Arvika bibliotek": the name alone
            label = doc[start : m.end].text
            label = label[0].upper() + label[1:]
            add(
                Actor(
                    f"kommun/{code}/{slug(label)}",
                    "sam:MunicipalUnit",
                    label,
                    label,
                    parent=f"kommun/{code}",
                    parent_unsure=True,
                ),
                start,
                m.end,
            )
        elif kind in {"DEPT", "DEPT_OF", "UNITWORD", "DEPTGEN"}:
            code = muni_near(m.start)
            if code is None or (m.start and doc[m.start - 1].lower_ in _NOT_MUNICIPAL):
                continue  # "regionens avdelning för ...": a region's unit, not a municipality's
            if doc[m.start - 1].lower_ == "genom" and _region_sentence(doc, m.start, found_matches):
                continue  # "Region X deltar genom enheten för ...": the region's unit
            if kind == "DEPTGEN" and (m.end >= len(doc) or (m.end not in _unit_starts)):
                continue  # only a department named with one of its units
            if kind == "DEPT_OF" and _unit_of_another(doc, m, found_matches, found):
                continue  # "enheten för social hållbarhet på Länsstyrelsen"
            label = span.text.lower()
            if kind == "DEPT" and label.endswith("förvaltning"):
                if not m.start or doc[m.start - 1].lower_ not in {"kommunens", "kommuns", "stads"}:
                    continue  # "en förvaltning": no department named
                label += "en"  # "kommunens socialförvaltning": its name is definite
            if kind == "DEPTGEN":
                label = label[:-1]  # "socialförvaltningens" -> "socialförvaltningen"
            end = m.end
            if (
                kind == "UNITWORD"
                and span[0].is_title
                and end < len(doc)
                and doc[end].text in place_names()
            ):
                # "Vuxenutbildningen Nässjö": a municipal service named with its town
                label, end = f"{span.text} {doc[end].text}", end + 1
                named.add(m.end)
            if label.endswith("enhet"):
                label += "en"  # the unit's name is definite: "integrationsenheten"
            cls = "sam:Department"
            if label in _CENTRAL:
                cls = "sam:CentralAdministration"
            elif (
                kind == "UNITWORD"
                or label.endswith(("enheten", "avdelningen", "biblioteket"))
                or label.startswith(("enhet", "avdelning"))
            ):
                cls = "sam:MunicipalUnit"
            en = lexicon.DEPARTMENT_EN.get(label, f"{label} (department)")
            name = label
            if kind == "DEPT_OF":
                # its IRI is minted from the definite head: "sektor för X" -> "sektorn-for-x"
                head, rest = label.split(" ", 1)
                name = f"{lexicon.UNIT_OF_HEADS.get(head, head)} {rest}"
                cls = "sam:Department" if name.startswith("sektorn") else cls
            add(
                Actor(
                    f"kommun/{code}/{slug(name)}",
                    cls,
                    label,
                    en,
                    parent=f"kommun/{code}",
                    parent_unsure=code not in sentence_muni.values()
                    or code != sentence_muni.get(doc[m.start].sent.start),
                ),
                m.start,
                end,
            )
        elif kind == "DEPTNAME":
            code = muni_near(m.start)
            if code is None:
                continue
            name = doc[m.start + 1 : m.end].text  # as the text writes it: "Arbete och Välfärd"
            add(
                Actor(
                    f"kommun/{code}/{slug(name)}",
                    "sam:Department",
                    name,
                    f"{name} (department)",
                    parent=f"kommun/{code}",
                    parent_unsure=code != sentence_muni.get(doc[m.start].sent.start),
                ),
                m.start + 1,
                m.end,
            )
        elif kind == "AGENCYSHAPE":
            add(
                Actor(f"org/{slug(span.text)}", "sam:StateAgency", span.text, span.text),
                m.start,
                m.end,
            )
        elif kind == "UNIVERSITY":
            name = _nominative(span.text)
            add(
                Actor(f"org/{slug(name)}", "sam:StateAgency", name, name),
                m.start,
                m.end,
            )
        elif kind == "BANK":
            add(
                Actor(f"org/{slug(span.text)}", "sam:PrivateCompany", span.text, span.text),
                m.start,
                m.end,
            )
        elif kind == "CLUB":
            name = _club_name(span)
            add(
                Actor(
                    f"org/{slug(name)}",
                    "sam:CivilSocietyOrganization",
                    name,
                    f"{name} (sports club)",
                    municipality=muni_near(m.start),
                ),
                m.start,
                m.end,
            )
        elif kind == "COMPANY":
            code = muni_near(m.start)
            name = (
                span[1:].text
                if span[0].lower_.startswith(("bostadsbolag", "bolaget"))
                else span.text
            )
            # "det kommunala bostadsbolaget X AB" once: every later "X AB" is that company
            known = next(
                (
                    a
                    for a in found.actors.values()
                    if a.cls == "sam:MunicipalCompany" and a.label_sv == name
                ),
                None,
            )
            if known is not None:
                add(known, m.start, m.end)
            elif code is not None and (
                "kommunal" in span.sent.text.lower()
                or span[0].lower_.startswith("bostad")
                or _housing_company(name)
            ):
                add(
                    Actor(
                        f"kommun/{code}/bolag/{slug(name)}",
                        "sam:MunicipalCompany",
                        name,
                        name,
                        municipality=code,
                        unsure=True,
                    ),
                    m.start,
                    m.end,
                )
            else:
                add(
                    Actor(f"org/{slug(name)}", "sam:PrivateCompany", name, name, unsure=True),
                    m.start,
                    m.end,
                )
        elif kind == "BOARD_UNIT":
            code = muni_near(m.start)
            if code is None:
                continue
            label = span.text.lower()
            board = f"kommun/{code}/kommunstyrelsen"
            parent = board if label.startswith("kommunstyrelsens ") else f"kommun/{code}"
            add(
                Actor(
                    f"kommun/{code}/{slug(label)}",
                    "sam:CentralAdministration" if label in _CENTRAL else "sam:MunicipalUnit",
                    label,
                    lexicon.DEPARTMENT_EN.get(label, f"{label} (committee)"),
                    parent=parent,
                    parent_unsure=True,
                ),
                m.start,
                m.end,
            )
        elif (
            kind == "ORGSPAN"
            and span[0].lower_ in lexicon.UNIT_WORDS
            and len(span) == 2
            and span[1].text in place_names()
            and muni_near(m.start)
        ):
            # "Vuxenutbildningen Nässjö" coordinated with organisations: the same unit
            code = muni_near(m.start)
            add(
                Actor(
                    f"kommun/{code}/{slug(span.text.lower())}",
                    "sam:MunicipalUnit",
                    span.text,
                    span.text,
                    parent=f"kommun/{code}",
                    parent_unsure=True,
                ),
                m.start,
                m.end,
            )
        elif kind in {"ASSOCIATION", "ORGNAME", "ORGSPAN"}:
            if kind == "ORGNAME" and span[0].text in projects and span[-1].text in provinces:
                continue  # "projektet Hälsolots Kronoberg": a project named after its county
            start, end = m.start, m.end
            named_for = span[0].lower_ == "föreningen" and span[0].is_lower and len(span) > 1
            # "Afghanska kulturföreningen i Vetlanda": a compound association and its town
            compound = (
                len(span) == 2 and span[-1].is_lower and span[-1].lower_.endswith("föreningen")
            )
            if named_for or compound:
                # "föreningen Brobyggarna i Tierp": the name after the word for what it is,
                # with the town it is named after ("i Tierp", not "i Tierps kommun")
                start += named_for
                if (
                    end + 1 < len(doc)
                    and doc[end].lower_ == "i"
                    and doc[end + 1].text in place_names()
                    and (end + 2 >= len(doc) or doc[end + 2].lower_ not in {"kommun", "stad"})
                ):
                    end += 2
                span = doc[start:end]
            name = _org_nominative(span)
            joint = any(
                h in t.lower_ for t in span for h in lexicon.MUNICIPAL_ASSOCIATION_HEADS
            )
            add(
                Actor(
                    f"org/{slug(name)}",
                    "sam:MunicipalAssociation" if joint else "sam:CivilSocietyOrganization",
                    name,
                    name,
                    municipality=muni_near(m.start),
                    unsure=True,
                ),
                m.start,
                end,
            )
        elif kind in {"POST", "POSTGEN"}:
            posts.append(span)
    if found.page_org is None:
        found.page_org = _header_org(doc, found)
        if found.page_org:
            # on its own page an organisation's volunteers are its own, no group of the town
            for iri in [i for i in found.actors if "/grupp/volontar" in i]:
                del found.actors[iri]
                for start in [s for s, (x, _e) in found.at_token.items() if x == iri]:
                    del found.at_token[start]
    _body_is_its_branch(found)
    found.page_body = _minutes_body(doc, found)
    # posts last: "sektionschef för Arbetsförmedlingen" needs the organisation after it
    for span in posts:
        _post(doc, span, found, add, muni_near)
    _contact_blocks(doc, found, add, muni_near)
    _abbreviations(doc, found, add)
    _named_units_again(doc, found, add)
    _branches_named_again(doc, found, add)
    _coordinated_companies(doc, found, add)
    _companies_named_again(doc, found, add)
    _speakers(doc, found, add)
    _merge_groups(found)
    _merge_town_names(found)
    _merge_posts(found)
    return found


def _unit_of_another(doc, m, found_matches, found: Found) -> bool:
    """A unit named by what it does that belongs to a county board, a region or an agency:
    "enheten för social hållbarhet på Länsstyrelsen", or a unit on a county board's own page
    in a sentence that names no municipality."""
    others = {"BOARD", "REGION", "AGENCY"}
    starts = {x.start for x in found_matches if x.label.split("|")[0] in others}
    for k in range(m.end, min(m.end + 4, len(doc) - 1)):
        if doc[k].lower_ in {"på", "vid", "hos", "inom"} and k + 1 in starts:
            return True
    # on a county board's or a region's own page, a unit in a sentence naming no municipality
    # is the page's ("Kontakt: NAME, projektledare, enheten för folkhälsa")
    own_page = bool(found.page_board or found.page_region)
    return own_page and doc[m.start].sent.start not in found.sentence_muni


def _minutes_body(doc, found: Found) -> str | None:
    """The committee whose minutes the page is: a line "PROTOKOLL" (or
    "Sammanträdesprotokoll") among the first lines and a line that is a committee or board
    alone ("Socialnämnden", "Kommunstyrelsen")."""
    lines = doc.text.split("\n")[:8]
    if not any("protokoll" in line.lower() for line in lines):
        return None
    for start, (iri, end) in sorted(found.at_token.items()):
        if doc[start].idx > sum(len(line) + 1 for line in lines):
            break
        actor = found.actors[iri]
        whole_line = (start == 0 or "\n" in doc[start - 1].text) and (
            end >= len(doc) or "\n" in doc[end].text
        )
        if whole_line and actor.label_sv.endswith(("nämnden", "styrelsen", "utskottet")):
            return iri
    return None


def _body_is_its_branch(found: Found) -> None:
    """On a page that names an organisation's regional branch ("Folkuniversitetet Norr"), the
    organisation named alone ("anställd av Folkuniversitetet") is that branch."""
    from samverkan.draft.nlp import _COMPASS

    for iri, actor in list(found.actors.items()):
        words = actor.label_sv.split()
        if not iri.startswith("org/") or len(words) != 2 or words[1] not in _COMPASS:
            continue
        for body in [a for a in found.actors.values() if a.label_sv == words[0]]:
            for start, (other, end) in list(found.at_token.items()):
                if other == body.iri:
                    found.at_token[start] = (iri, end)
            del found.actors[body.iri]


def _nominative(name: str) -> str:
    """A name without its genitive ending: "Linnéuniversitetets" -> "Linnéuniversitetet".

    >>> _nominative("Lunds universitets"), _nominative("Mälardalens högskolas")
    ('Lunds universitet', 'Mälardalens högskola')
    >>> _nominative("Mittuniversitetet")
    'Mittuniversitetet'
    """
    words = name.split()
    last = words[-1]
    if last.lower().endswith(("ets", "ans", "olas", "ats")):
        words[-1] = last[:-1]
    return " ".join(words)


def _org_nominative(span) -> str:
    """An organisation's name without the genitive its sentence gives it.

    "Västerbottens Idrottsförbunds ledare" names "Västerbottens Idrottsförbund"; the
    genitive is the last word's when it ends in a head word and "s" before a lower-case word.

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Hon leder Västerbottens Idrottsförbunds kurser.")
    >>> _org_nominative(doc[2:4])
    'Västerbottens Idrottsförbund'
    """
    words = [t.text for t in span]
    last = words[-1]
    heads = (*lexicon.ORGANISATION_ENDINGS, "föreningen")
    if last.endswith(":s"):
        words[-1] = last[:-2]
    elif (
        last.lower().endswith(tuple(h + "s" for h in heads))
        and span.end < len(span.doc)
        and span.doc[span.end].is_lower
    ):
        words[-1] = last[:-1]
    return " ".join(words)


def _club_name(span) -> str:
    """A sports club's name as it is written in the nominative.

    "IFK Kristianstads sommarläger" names "IFK Kristianstad"; "Skellefteå AIK:s" names
    "Skellefteå AIK".

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Vi besökte IFK Kristianstads sommarläger och Skellefteå AIK:s hall.")
    >>> _club_name(doc[2:4]), _club_name(doc[6:8])
    ('IFK Kristianstad', 'Skellefteå AIK')
    """
    words = [t.text for t in span]
    last = words[-1]
    if last.endswith(":s"):
        words[-1] = last[:-2]
    elif (
        last.endswith("s")
        and last[:-1] in place_names()
        and span.end < len(span.doc)
        and span.doc[span.end].is_lower
    ):
        words[-1] = last[:-1]  # a town's name in the genitive before a noun
    return " ".join(words)


def _abbreviations(doc, found: Found, add) -> None:
    """ "Kommunförbundet Norrbotten (KFN) ... KFN": an abbreviation in parentheses after a
    name is that actor wherever the text uses it again.

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Umeå kommun och Västerbottens Idrottsförbund (VIF) samarbetar. VIF leder.")
    >>> found = find_actors(doc, Index())
    >>> later = [t.i for t in doc if t.text == "VIF"][-1]
    >>> found.at_token[later][0]
    'org/vasterbottens-idrottsforbund'
    """
    covered = {i for start, (_iri, end) in found.at_token.items() for i in range(start, end)}
    aliases: dict[str, str] = {}
    for _start, (iri, end) in sorted(found.at_token.items()):
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            short = doc[end + 1]
            if short.is_upper and short.is_alpha and 2 <= len(short.text) <= 8:
                aliases.setdefault(short.text, iri)
    for token in doc:
        iri = aliases.get(token.text)
        if iri is None or token.i in covered or doc[token.i - 1].text == "(":
            continue
        add(found.actors[iri], token.i, token.i + 1)


def _branches_named_again(doc, found: Found, add) -> None:
    r"""An organisation's branch named once by its acronym and a place or area ("ABF
    Höglandet") is that branch wherever the text writes both words again, not the whole
    organisation the acronym alone names ("genomförs av ABF Höglandet tillsammans med ...").

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("I Mora samarbetar ABF Höglandet och Röda Korset. Kursen ges av ABF Höglandet.")
    >>> found = find_actors(doc, Index())
    >>> sorted(iri for iri in found.actors if iri.startswith("org/"))
    ['org/abf-hoglandet', 'org/roda-korset']
    """
    for branch in [a for a in found.actors.values() if a.cls == "sam:CivilSocietyOrganization"]:
        words = branch.label_sv.split()
        if len(words) != 2 or not words[0].isupper():
            continue
        for start, (iri, end) in list(found.at_token.items()):
            if (
                iri != branch.iri
                and end == start + 1
                and doc[start].text == words[0]
                and end < len(doc)
                and doc[end].text == words[1]
            ):
                add(branch, start, end + 1)
                if not any(x == iri for x, _e in found.at_token.values()):
                    del found.actors[iri]  # the acronym was only ever the branch's


def _named_units_again(doc, found: Found, add) -> None:
    """A school or service named by its own name once ("fritidsgårdar Magasinet och ...") is
    that unit wherever the text writes the name again ("föreståndare på Magasinet").

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Mora kommun har fritidsgårdar Tornet och Ekorren. Per Ek jobbar på Tornet.")
    >>> found = find_actors(doc, Index())
    >>> found.at_token[[t.i for t in doc if t.text == "Tornet"][-1]][0]
    'kommun/2062/tornet'
    """
    covered = {i for start, (_iri, end) in found.at_token.items() for i in range(start, end)}
    for actor in list(found.actors.values()):
        if actor.cls != "sam:MunicipalUnit" or not actor.label_sv[:1].isupper():
            continue
        words = actor.label_sv.split()
        for i in range(len(doc) - len(words) + 1):
            if i in covered or [t.text for t in doc[i : i + len(words)]] != words:
                continue
            add(actor, i, i + len(words))


def _merge_posts(found: Found) -> None:
    """A bare post ("en projektledare") on a page that names it in full ("projektledare för
    Halland Framåt") is that post."""
    posts = [a for a in found.actors.values() if a.cls in {"org:Post", "sam:CoordinatorPost"}]
    for bare in posts:
        full = [p for p in posts if p.label_sv.startswith(bare.label_sv + " för ")]
        if len(full) != 1 or bare.holder:
            continue
        full[0].mentions += bare.mentions
        for start, (iri, end) in list(found.at_token.items()):
            if iri == bare.iri:
                found.at_token[start] = (full[0].iri, end)
        del found.actors[bare.iri]


_SELF_KINDS = {"förening", "organisation", "stiftelse", "riksorganisation", "nätverk"}
_SELF_ADJECTIVES = {"ideell", "idéburen", "religiöst", "partipolitiskt", "obunden", "lokal"}


def _self_described(doc, found: Found, add, muni_near) -> set[int]:
    """ "NAME är en ideell förening": an organisation that says what it is (its own page).

    The name is the capitalised words before "är" at the start of the sentence ("Språkvänner
    i Sundsvall är en ideell förening som ..."); every other mention of the same words is
    the organisation too, and on its own page "vi" and "vår" are it. Returns the token
    positions the names cover.
    """
    covered: set[int] = set()
    for token in doc:
        if token.lower_ != "är" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "en":
            continue
        k = token.i + 2
        while k < len(doc) and doc[k].lower_ in _SELF_ADJECTIVES | {"och", ","}:
            k += 1
        # "en paraplyorganisation", "en intresseförening": a compound of a kind is one too
        if k >= len(doc) or not doc[k].lower_.endswith(tuple(_SELF_KINDS)):
            continue
        start = token.sent.start
        end = token.i
        if end - start >= 4 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "Mångkulturella Föreningsrådet i Västerås (MFR) är en ..."
        words = doc[start:end]
        if not 1 <= len(words) <= 6 or not (words[0].is_title and words[-1].is_title):
            continue
        if any(not (t.is_title or t.lower_ in {"i", "för", "och"}) for t in words):
            continue
        name = words.text
        iri = f"org/{slug(name)}"
        for i in range(len(doc) - len(words) + 1):
            if doc[i : i + len(words)].text == name:
                covered.update(range(i, i + len(words)))
                add(
                    Actor(
                        iri,
                        "sam:CivilSocietyOrganization",
                        name,
                        name,
                        municipality=muni_near(start),
                    ),
                    i,
                    i + len(words),
                )
        found.page_org = found.page_org or iri
    return covered


def _header_org(doc, found: Found) -> str | None:
    """An association or a parish whose name is one of the page's first two lines: its site.

    ("Svenska kyrkan Lindesberg" / "Lindesbergs församling" heads the parish's own page.)
    """
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()][:2]
    for iri, actor in found.actors.items():
        if actor.cls == "sam:CivilSocietyOrganization" and any(
            doc.text[s:e] in lines for s, e in actor.mentions
        ):
            return iri
    return None


def _housing_company(name: str) -> bool:
    """Whether ``name`` is a municipal housing company's, its company form first ("AB
    Landskronahem", "Bostads AB Mjörnhem", "AB Västeråshem").

    >>> _housing_company("AB Ystadhem"), _housing_company("Nordlogistik AB")
    (True, False)
    """
    words = name.split()
    return "AB" in words[:2] and words[-1].lower().endswith(("hem", "bostäder"))


def _companies_named_again(doc, found: Found, add) -> None:
    """A housing company named once with its form ("AB Landskronahem") is the same company
    where the text names it without ("samarbete mellan Landskronahem, ...", "Landskronahems
    områdeschef")."""
    for company in [a for a in found.actors.values() if a.cls == "sam:MunicipalCompany"]:
        if not _housing_company(company.label_sv):
            continue
        bare = company.label_sv.split()[-1]
        for token in doc:
            if token.i in found.at_token or token.text not in {bare, bare + "s"}:
                continue
            if any(s <= token.i < e for s, (_iri, e) in found.at_token.items()):
                continue
            add(company, token.i, token.i + 1)


def _coordinated_companies(doc, found: Found, add) -> None:
    """ "Söderhamns Nära och Faxeholmen": a name coordinated with a company is one too."""
    for start, (iri, end) in sorted(found.at_token.items()):
        actor = found.actors[iri]
        if actor.cls != "sam:MunicipalCompany":
            continue
        for k in (end + 1, start - 2):
            if not 0 <= k < len(doc) or (k in found.at_token):
                continue
            link = doc[end] if k == end + 1 else doc[start - 1]
            if link.lower_ not in {"och", ","} or k >= len(doc):
                continue
            token = doc[k]
            if token.text == "Region":
                continue  # "Region Kalmar län" is a region, not a company
            if token.is_title and token.is_alpha and not token.is_stop and len(token) > 2:
                code = actor.municipality
                add(
                    Actor(
                        f"kommun/{code}/bolag/{slug(token.text)}",
                        "sam:MunicipalCompany",
                        token.text,
                        token.text,
                        municipality=code,
                        unsure=True,
                    ),
                    k,
                    k + 1,
                )


_SPEAKER_CUES = {"föreläsaren", "föreläsare", "moderatorn", "författaren"}


def _speakers(doc, found: Found, add) -> None:
    """People named by a role that is no post: "med föreläsaren Jeanette Ohlsson Carlborg"."""
    for token in doc:
        if token.lower_ in _SPEAKER_CUES and token.i + 1 < len(doc):
            span = _person_after(doc, token.i + 1)
            if span is not None and _is_name(doc, span) and span[0] not in found.at_token:
                name = doc[span[0] : span[1]].text
                add(Actor(f"person/{slug(name)}", "foaf:Person", name, name), *span)


def _merge_town_names(found: Found) -> None:
    """ "Islamiska kulturföreningen i Ljusdal" and, later, "Islamiska kulturföreningen": one
    association, named once with the town in its name; the short mentions are the whole's."""
    orgs = [a for a in found.actors.values() if a.cls == "sam:CivilSocietyOrganization"]
    for whole in orgs:
        short_label, sep, _town = whole.label_sv.rpartition(" i ")
        short = next((a for a in orgs if sep and a.label_sv == short_label), None)
        if short is None or short.iri not in found.actors:
            continue
        whole.mentions += found.actors.pop(short.iri).mentions
        for start, (iri, end) in list(found.at_token.items()):
            if iri == short.iri:
                found.at_token[start] = (whole.iri, end)
        for actor in found.actors.values():
            if actor.parent == short.iri:
                actor.parent = whole.iri  # "Nours ordförande": the whole's post


def _merge_groups(found: Found) -> None:
    """ "föreningar" and "föreningslivet" on one page are one group: keep "föreningslivet"."""
    for code in {a.municipality for a in found.actors.values() if a.municipality}:
        short = f"kommun/{code}/grupp/foreningar"
        whole = f"kommun/{code}/grupp/foreningslivet"
        if short in found.actors and whole in found.actors:
            found.actors[whole].mentions += found.actors.pop(short).mentions
            for start, (iri, end) in list(found.at_token.items()):
                if iri == short:
                    found.at_token[start] = (whole, end)


def _post_label(span) -> str:
    words = [t.lower_ if k <= 1 or t.lower_ == "för" else t.text for k, t in enumerate(span)]
    idx = len(words) - 1 if "för" not in words else words.index("för") - 1
    last = words[idx]
    for definite, base in (
        ("koordinatorn", "koordinator"),
        ("samordnaren", "samordnare"),
        ("strategen", "strateg"),
        ("ledaren", "ledare"),
        ("chefen", "chef"),
        ("sekreteraren", "sekreterare"),
        ("utvecklaren", "utvecklare"),
        ("konsulenten", "konsulent"),
        ("pedagogen", "pedagog"),
        ("handläggaren", "handläggare"),
        ("vägledaren", "vägledare"),
        ("assistenten", "assistent"),
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


def _project_acronym(doc) -> str | None:
    """The acronym of the project a page is about: "Projektet Lyckad integration (LIS)".

    An acronym the lexicon knows as an organisation's or a fund's ("Europeiska socialfonden
    (ESF)") is not the project's.

    >>> from samverkan.draft.nlp import parse
    >>> _project_acronym(parse("Projektet finansieras av Europeiska socialfonden (ESF)."))
    >>> _project_acronym(parse("Projektet Lyckad integration (LIS) startar."))
    'LIS'
    """
    known = {
        words[0]
        for table in (
            lexicon.AGENCIES,
            lexicon.EU_FUNDS,
            lexicon.MUNICIPAL_ASSOCIATIONS,
            lexicon.CIVIL_SOCIETY,
        )
        for words in table
        if len(words) == 1
    }
    for token in doc:
        if token.lower_ in {"projektet", "projekt"}:
            window = doc[token.i + 1 : token.i + 10]
            for t in window:
                if t.is_upper and t.is_alpha and 2 <= len(t.text) <= 6 and t.lower_ not in known:
                    return t.text
    return None


_COMPANIES = {"sam:PrivateCompany", "sam:MunicipalCompany"}


_GENERIC_POSTS = {*lexicon.POST_ENDINGS, "lärare", "handläggare", "handläggaren"}


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
    # "ingen handläggare kan", "varje handläggare", "deltar med två handläggare": no one post
    if before[-1] in _NO_ONE or doc[start - 1].like_num:
        return True
    return len(before) == 2 and before[0] in {"en", "ett"} and doc[start - 1].is_lower


def _no_group(doc, start: int, found: Found) -> bool:
    """A group word that names no actor: a sphere, a heading, a count, one's own volunteers.

    "komma in i föreningslivet", a heading "Mentorer från föreningslivet", "fem volontärer",
    and "volontärer" on an association's own page (its own, not a group of the town).
    """
    before = doc[start - 1] if start else None
    if before is not None and (before.lower_ == "i" or before.like_num):
        return True
    # "ett 15-tal volontärer", "ett 60-tal aktiva volontärer": a count, not a group
    if any(t.lower_.endswith("-tal") for t in doc[max(start - 2, 0) : start]):
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


def _post(doc, span, found: Found, add, muni_near) -> None:
    body = _body_in_genitive(doc, span, found, muni_near)
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
    if found.page_org and (
        head in lexicon.BOARD_POSTS or doc[start].sent.start not in found.sentence_muni
    ):
        # "Ordförande: NAME" on an association's own page, and any post its lines name
        # without a municipality ("Elisabeth Warg, kyrkoherde")
        owner, parent_unsure = found.page_org, False
    employer = _employer(doc, end, found)
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
    if employer is None:
        employer = _signatory(doc, start, found)
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
            "sam:CoordinatorPost"
            if ("koordinator" in label or "samordnare" in label)
            else "org:Post",
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
    if (
        found.page_body is not None
        and label in _MINUTES_POSTS
        and owner == found.page_body.rsplit("/", 1)[0]
        and not any(
            t.text == "§" and (t.i == 0 or "\n" in doc[t.i - 1].text) for t in doc[:start]
        )
    ):
        # a committee's minutes: the chair and secretary named above its first § are its own
        actor.parent, actor.parent_unsure = found.page_body, False
    _post_holder(doc, start, end, actor, found, add)


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
    >>> found = find_actors(doc, reconcile.Index())
    >>> post = next(a for a in found.actors.values() if a.label_sv == "ordförande")
    >>> (post.parent, post.holder)
    ('org/orsa-roda-korskrets', 'person/eva-ek')
    """
    line = start
    while line > 0 and "\n" not in doc[line - 1].text:
        line -= 1
    if doc[line].lower_ != "för" or line + 1 not in found.at_token:
        return None
    iri, end = found.at_token[line + 1]
    if end >= start or doc[end].text != ":":
        return None
    return iri if found.actors[iri].cls in _SIGNATORY_CLASSES else None


# the posts of a committee that its minutes name in their head
_MINUTES_POSTS = {"ordförande", "vice ordförande", "sekreterare", "nämndsekreterare"}


def _post_holder(doc, start: int, end: int, actor: Actor, found: Found, add) -> None:
    """The person holding the post at ``start:end``, where the sentence names one."""
    person = None
    words = [t.text.lower() for t in doc[max(start - 3, 0) : start]]
    if words in ([",", "som", "är"], [",", "som", "var"]):
        # "Hawo Abdullahi, som är ordförande i Hooyo Hälsingland"
        person = _person_before(doc, start - 3)
    if start and (doc[start - 1].text == "," or doc[start - 1].is_title):
        person = _person_before(doc, start)
        if person and doc[start - 1].text != "," and person[1] - person[0] < 2:
            person = None
    bracketed = start >= 3 and doc[start - 1].text == "(" and doc[end : end + 1].text == ")"
    if person is None and bracketed:
        person = _person_before(doc, start - 1)  # a board list: "Jelena Kovač (sekreterare)"
    if end + 3 < len(doc) and doc[end].lower_ == "på" and doc[end + 1].lower_ in _WORKTIME:
        end += 2  # "en språkstödjare på halvtid, NAME": the name after the working time
    if (
        person is None
        and end + 3 < len(doc)
        and doc[end].text == ","
        and end + 1 not in found.at_token
    ):
        # "en anställd verksamhetsledare, Helena Strand, på heltid": the name in apposition
        after = _person_after(doc, end + 1)
        if after is not None and after[1] < len(doc) and doc[after[1]].text in {",", "."}:
            person = after
    if person is None and end + 1 < len(doc) and doc[end].text == ":":
        person = _person_after(doc, end + 1)  # "Ordförande: Leila Ahmadi"
    copula = [t.lower_ for t in doc[end : end + 2]]
    if person is None and (copula[:1] in (["är"], ["var"]) or copula == ["har", "varit"]):
        # "Föreningens revisor har varit NAME.", "Kassör är NAME.": the name after the verb
        after = _person_after(doc, end + len(copula) - (copula[0] != "har"))
        if after is not None and (after[1] == len(doc) or doc[after[1]].text in {".", ","}):
            person = after
    if person is None and end < len(doc) and not _under_a_name_line(doc, start):
        person = _person_after(doc, end)
    if person is None and start >= 3 and doc[start - 1].text == ",":
        pass
    if person is None:
        # "säger NAME, POST"
        before = _person_before(doc, start)
        if before and before[0] > 0 and doc[before[0] - 1].lower_ == "säger":
            person = before
    if person is None:
        # "säger Arbetsförmedlingens sektionschef i Hälsingland, NAME." and "Förbundets
        # rektor för vuxenutbildningen, NAME, berättar": the name after the post's phrase
        person = _name_after_a_quoted_post(doc, start, end)
    if person is None and start and doc[start - 1].lower_ == "och":
        # "NAME, ordförande i styrelsen och kommunalråd i Götene": the same person's
        person = _holder_of_post_before(doc, start, found)
    if person is not None and _is_name(doc, person):
        _add_person(doc, person, actor, found, add)


_WORKTIME = {"heltid", "halvtid", "deltid"}
_SAYING = {"berättar", "säger", "menar", "förklarar", "konstaterar", "tycker", "berättade"}


def _name_after_a_quoted_post(doc, start: int, end: int) -> tuple[int, int] | None:
    """The holder named after a post that follows "säger" or opens a sentence, its phrase
    closed by a comma: "säger kommunstyrelsens ordförande i X kommun, Per Lund." or
    "Förbundets rektor, Lena Hall, berättar". After "säger" the name ends the sentence; at a
    sentence's start a verb of saying follows it.
    """
    k = start - 1
    if k >= 0 and doc[k].is_title and doc[k].lower_.endswith("s"):
        k -= 1  # a genitive before the post: "Arbetsförmedlingens sektionschef"
    says = k >= 0 and doc[k].lower_ == "säger"
    opens = k < 0 or doc[k].text == "." or "\n" in doc[k].text or bool(doc[k + 1].is_sent_start)
    if not (opens or says):
        return None
    comma = next(
        (j for j in range(end, min(end + 8, len(doc))) if doc[j].text in {",", ".", "\n"}),
        None,
    )
    if comma is None or doc[comma].text != ",":
        return None
    person = _person_after(doc, comma + 1)
    if person is None:
        return None
    after = [t.lower_ for t in doc[person[1] : person[1] + 2]]
    if says:  # the name ends the sentence
        return person if not after or after[0] == "." or "\n" in after[0] else None
    # the name between commas, then a verb of saying
    return person if after[:1] == [","] and after[1:] and after[1] in _SAYING else None


def _role_line_unit(doc, start: int, end: int, found: Found) -> Actor | None:
    """The unit a role line names: "POST UNIT: NAME" or "POST: NAME, UNIT" at a line's start.

    Only a line that begins with the post ("Integrationssamordnare: Hawa Jallow,
    socialförvaltningen"); the unit is a department or unit the text names there.
    """
    if start and "\n" not in doc[start - 1].text:
        return None
    k = end
    if k < len(doc) and doc[k].text != ":" and k in found.at_token:
        unit = found.actors[found.at_token[k][0]]
        after = found.at_token[k][1]
        if after < len(doc) and doc[after].text == ":" and unit.cls in _UNIT_CLASSES:
            return unit
        return None
    if k >= len(doc) or doc[k].text != ":":
        return None
    person = _person_after(doc, k + 1)
    if person is None or person[1] + 1 >= len(doc) or doc[person[1]].text != ",":
        return None
    hit = found.at_token.get(person[1] + 1)
    unit = found.actors.get(hit[0]) if hit else None
    return unit if unit is not None and unit.cls in _UNIT_CLASSES else None


_UNIT_CLASSES = {"sam:Department", "sam:CentralAdministration", "sam:MunicipalUnit"}


# "förbundet", "församlingen", "stiftet": the federation, parish or diocese the page names
_KIND_WORDS = {
    "förbund": {"förbundet", "förbundets"},
    "församling": {"församlingen", "församlingens"},
    "stift": {"stiftet", "stiftets"},
}


def _named_of_kind(found: Found, kind: str) -> str | None:
    """The organisation whose name holds ``kind`` that the page names most often (None on a tie).

    >>> found = Found(actors={
    ...     "org/a": Actor("org/a", "sam:MunicipalAssociation", "Samordningsförbundet A", "A",
    ...                    mentions=[(0, 1), (5, 6)]),
    ...     "org/b": Actor("org/b", "sam:MunicipalAssociation", "Skaraborgs Kommunalförbund",
    ...                    "B", mentions=[(9, 10)])})
    >>> _named_of_kind(found, "förbund")
    'org/a'
    """
    counts = sorted(
        (
            (len(a.mentions), iri)
            for iri, a in found.actors.items()
            if a.cls in {"sam:MunicipalAssociation", "sam:CivilSocietyOrganization"}
            and any(w.endswith((kind, kind + "et")) for w in a.label_sv.lower().split())
        ),
        reverse=True,
    )
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


def _holder_of_post_before(doc, start: int, found: Found) -> tuple[int, int] | None:
    """Where the holder of the post named just before in the sentence is named."""
    sent_start = doc[start].sent.start
    for i in range(start - 1, max(sent_start, start - 10) - 1, -1):
        hit = found.at_token.get(i)
        actor = found.actors.get(hit[0]) if hit else None
        if actor is None or "/tjanst/" not in actor.iri or actor.holder is None:
            continue
        person = found.actors[actor.holder]
        for s, (iri, e) in found.at_token.items():
            if iri == person.iri and sent_start <= s < i:
                return (s, e)
    return None


def _under_a_name_line(doc, start: int) -> bool:
    """A post at the start of a line under a line that is a name alone (a contact block:
    "Amir Haddad" / "Projektledare Vägval Unga, ..."): the capitalised words after the post
    name a project, not its holder."""
    if start < 2 or "\n" not in doc[start - 1].text:
        return False
    k = start - 2
    words = []
    while k >= 0 and "\n" not in doc[k].text:
        words.append(doc[k])
        k -= 1
    return 2 <= len(words) <= 4 and all(_name_word(t) for t in words)


def _employer(doc, end: int, found: Found) -> str | None:
    """The organisation named just after a post ("POST på/för/vid/i ORG"), if any.

    Only organisations of their own (agencies, associations, companies, county boards) count;
    a municipality and its units keep the rules of :func:`_post`.
    """
    # "POST på ORG", and in a byline or contact line "NAME, POST, ORG"
    if end + 1 >= len(doc) or doc[end].lower_ not in {"på", "för", "vid", "i", ","}:
        return None
    hit = found.at_token.get(end + 1)
    actor = found.actors.get(hit[0]) if hit else None
    if actor is None and doc[end].lower_ == "i":
        # "ordförande i Hooyo Hälsingland" after "föreningen Hooyo Hälsingland"
        return _org_named_again(doc, end + 1, found)
    if actor is None or "/tjanst/" in actor.iri:
        return None
    iri = actor.iri
    own = iri.startswith("org/") or "/bolag/" in iri
    if own or (iri.startswith(("lansstyrelse/", "region/")) and iri.count("/") == 1):
        return iri
    return None


def _org_named_again(
    doc, i: int, found: Found, genitive: bool = False, end: int | None = None
) -> str | None:
    """The organisation of its own (an association, a company) that the capitalised words
    at ``i`` (and end at ``end``, if given) name again by its name or the end of it: "Hooyo
    Hälsingland" after "föreningen Hooyo Hälsingland", "Nours" (``genitive``) after
    "Kvinnoföreningen Nour".

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Nours ordförande")
    >>> found = Found(actors={"org/kvinnoforeningen-nour": Actor(
    ...     "org/kvinnoforeningen-nour", "sam:CivilSocietyOrganization",
    ...     "Kvinnoföreningen Nour", "Nour")})
    >>> _org_named_again(doc, 0, found, genitive=True)
    'org/kvinnoforeningen-nour'
    """
    places = place_names() | _provinces()
    hits = set()
    for iri, actor in found.actors.items():
        if not (iri.startswith("org/") or "/bolag/" in iri) or "/tjanst/" in iri:
            continue
        words = actor.label_sv.split()
        if len(words) > 1 and words[-1] == "AB":
            words = words[:-1]  # "vd för Salabostäder": the company without its "AB"
        # the whole name after "i"; its last word alone in the genitive ("Nours")
        least = 1 if genitive else sum(w[:1].isupper() for w in words)
        for n in range(len(words), max(least, 1) - 1, -1):
            tail = words[-n:]
            if not tail[0][:1].isupper() or i + n > len(doc) or end not in (None, i + n):
                continue
            if n == 1 and tail[0] in places:
                break  # "sektionschef i Hälsingland": a place, not "Hooyo Hälsingland"
            said = [t.text for t in doc[i : i + n]]
            if genitive:
                said[-1] = said[-1].removesuffix(":s").removesuffix("s")
            if said == tail:
                hits.add(iri)
                break
    return hits.pop() if len(hits) == 1 else None


def _add_person(doc, span: tuple[int, int], post: Actor, found: Found, add) -> None:
    name = doc[span[0] : span[1]].text
    person = add(Actor(f"person/{slug(name)}", "foaf:Person", name, name), span[0], span[1])
    if post.holder is None:
        post.holder = person.iri


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
