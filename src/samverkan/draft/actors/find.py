"""The pass over the matcher's spans that makes the actors of a text.

:func:`find_actors` reads the spans of :func:`samverkan.draft.nlp.matches` in order and
calls the rules of :mod:`.organisations`, :mod:`.posts` and :mod:`.holders`.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.reconcile import Index
>>> found = find_actors(parse("Under 2017 fick Lunds kommun medel."), Index())
>>> sorted(found.actors)
['kommun/1281']
"""

from __future__ import annotations

import re

from samverkan.draft import lexicon
from samverkan.draft.actors.apposition import units_in_apposition
from samverkan.draft.actors.belonging import units_by_belonging
from samverkan.draft.actors.boards import board_lists
from samverkan.draft.actors.found import _CENTRAL, Found, firm_word_first
from samverkan.draft.actors.listed import names_by_shape
from samverkan.draft.actors.organisations import (
    _abbreviations,
    _associations_named_again_bare,
    _body_is_its_branch,
    _branches_by_district,
    _branches_in_a_place,
    _branches_named_again,
    _club_name,
    _companies_named_again,
    _companies_named_again_without_form,
    _coordinated_companies,
    _header_org,
    _housing_company,
    _merge_genitive_names,
    _merge_groups,
    _merge_posts,
    _merge_town_names,
    _minutes_body,
    _named_units_again,
    _nominative,
    _org_nominative,
    _own_association_named_again,
    _self_described,
    _speakers,
    _unit_of_another,
    _units_indefinite_after_a_genitive,
    agency_units,
    university_departments,
)
from samverkan.draft.actors.party_frames import names_in_party_frames
from samverkan.draft.actors.places import (
    _NOT_MUNICIPAL,
    _header_block_municipality,
    _heading_municipality,
    _muni_accepted,
    _opens_cleft,
    _page_region,
    _region_sentence,
    page_municipality,
)
from samverkan.draft.actors.posts import (
    _contact_blocks,
    _no_group,
    _post,
    posts_at_their_unit,
    posts_of_the_unit_before,
    posts_of_their_unit,
    project_words,
)
from samverkan.draft.actors.rows import people_tables
from samverkan.draft.actors.services import services_by_town
from samverkan.draft.actors.team import team_entries
from samverkan.draft.actors.through import units_through
from samverkan.draft.model import Actor, municipal_company, slug
from samverkan.draft.nlp import _provinces, matches, page_text, place_names, region_names
from samverkan.draft.reconcile import Index
from samverkan.draft.reference_names import municipality_by_name

__all__ = ["find_actors"]


# the verbs that introduce who is quoted: "..., säger NAME, TITLE i ORG."
_SAYS = {
    "säger",
    "sa",
    "sade",
    "berättar",
    "berättade",
    "förklarar",
    "menar",
    "tycker",
    "konstaterar",
}
# the classes a speaker holds a post in ("kursledare i Bridgeklubben X"), not a place
_POST_BODIES = {
    "sam:CivilSocietyOrganization",
    "sam:MunicipalUnit",
    "sam:Department",
    "sam:CentralAdministration",
    "sam:MunicipalCompany",
    "sam:StateAgency",
    # "förvaltare på Bergslagsbo Fastigheter AB", "bagarmästare på Bageriet X AB": a
    # company's post, as an association's (round 77 of learning)
    "sam:PrivateCompany",
}


def _name_word(text: str) -> bool:
    """A word of a person's name, a double name too ("Ann-Sofie", "Sandqvist-Hed")."""
    return all(part.isalpha() for part in text.split("-"))


#: organisations read by the shape of their names (round 91 of learning): their class and
#: English label
_NAMED_BY_SHAPE = {
    "NEWSPAPER": ("sam:PrivateCompany", "{}"),
    "FREESCHOOL": ("sam:PrivateCompany", "{}"),
    "LEADERAREA": ("sam:CivilSocietyOrganization", "{} (Leader area)"),
}


def _posts_of_the_speaker(doc, found: Found, posts: list) -> list:
    r"""The title of one quoted, in the frame that introduces a quote: "säger NAME, TITLE
    i/på/hos ORG" with TITLE one lowercase word and ORG an organisation or unit drafted,
    whatever the word ("kursledare", "ungdomsansvarig"; round 50 of learning). The frame,
    not a list of titles, says it is a post; one the shapes matched already is left alone.

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Publicerad 4 mars 2020\n\nEn rubrik om samverkan i Mora\n\n"
    ...             "– Det är roligt, säger Anna Berg, ungdomsansvarig i Klätterklubben Fästet.")
    >>> [a.label_sv for a in find_actors(doc, Index()).actors.values() if a.cls == "org:Post"]
    ['ungdomsansvarig']
    """
    taken = {k for span in posts for k in range(span.start, span.end)}
    out = []
    for t in doc:
        if t.lower_ not in _SAYS:
            continue
        k = t.i + 1
        name = 0
        while k < len(doc) and doc[k].is_title and _name_word(doc[k].text) and name < 3:
            k, name = k + 1, name + 1
        if name < 2 or k + 3 >= len(doc) or doc[k].text != ",":
            continue
        word = doc[k + 1]
        if not (word.is_lower and word.is_alpha and len(word) >= 5) or word.i in taken:
            continue
        if doc[k + 2].lower_ not in {"i", "på", "hos", "vid", "för", "av"}:
            continue
        after = found.at_token.get(k + 3)
        if after is None or found.actors[after[0]].cls not in _POST_BODIES:
            continue
        out.append(doc[k + 1 : k + 2])
    return out


def find_actors(
    doc,
    index: Index,
    munis: dict[str, tuple[str, str]] | None = None,
    county_of: dict[str, str] | None = None,
    *,
    municipality: str | None = None,
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
    municipality : str, optional
        The code of the page's municipality when the text never names one (a page that
        names only its town or its bath): the municipality of its units and posts.
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
    page = (
        _heading_municipality(doc, munis)
        or _header_block_municipality(page_text(doc), munis)
        or page_municipality(doc, places)
    )
    if page is None and municipality is None:
        # no words name the municipality as a place, but the names of its units do ("Tyresö
        # bibliotek", "Tyresöavdelningen"): the one municipality they all name is the page's,
        # for the reviewer to confirm, as if given (a person's surname, "Anna Berg", is none)
        by_name = {short: code for code, (short, _official) in munis.items()}
        named = set()
        for token in doc:
            before = doc[token.i - 1] if token.i else None
            if before is not None and before.is_title and before.is_alpha:
                continue
            for size in (1, 2):
                code = by_name.get(doc[token.i : token.i + size].text)
                after = doc[token.i + size].lower_ if token.i + size < len(doc) else ""
                if code is not None and after not in {"län", "läns"}:  # a county's name
                    named.add(code)
        if len(named) == 1:
            municipality = named.pop()
    if page is None and municipality in munis:
        # the page's municipality, given: no words of the text name it, so it has no mention
        short, official = munis[municipality]
        page = municipality
        found.actors[f"kommun/{page}"] = Actor(
            f"kommun/{page}", "sam:Municipality", official, f"{short} Municipality", reference=True
        )
    found.page_code = page
    full_codes = {m.label.split("|")[1] for m in found_matches if m.label.endswith("|full")}
    sentence_muni: dict[int, str] = {}
    for m in places:
        if m.label.startswith("MUNI|") and not _opens_cleft(doc, m):
            sentence_muni.setdefault(doc[m.start].sent.start, m.label.split("|")[1])
    for m in places:
        # "I Vindeln är det X som ...": the sentence's place, unless it names another too
        if m.label.startswith("MUNI|") and _opens_cleft(doc, m):
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
    posts = []
    projects = project_words(doc)
    provinces = _provinces()
    service_units: set[int] = set()  # tokens of a department's service (round 77)
    for m in found_matches:
        kind, key, form = [*m.label.split("|", 2), "", ""][:3]
        span = doc[m.start : m.end]
        if m.start in named or m.start in service_units:
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
                        municipal_company(key, label),
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
                "AGENCY": {**lexicon.AGENCIES, **lexicon.AGENCIES_CASED},
                "EUFUND": lexicon.EU_FUNDS,
                "ASSOC": lexicon.MUNICIPAL_ASSOCIATIONS,
                "CSO": {**lexicon.CIVIL_SOCIETY, **lexicon.CIVIL_SOCIETY_CASED},
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
            start = m.start
            if span[0].lower_.startswith(("fritidsgårdar", "skolor")) or (
                span[-1].lower_ == "bibliotek"
            ):
                start += 1  # "fritidsgårdar Magasinet", "med Arvika bibliotek": the name alone
            # "Kinda bibliotek", "Ljusdals lärcentrum": named by its municipality, it is that
            # municipality's, whichever the sentence is about
            code = municipality_by_name().get(doc[start].text, code)
            if doc[start].text in lexicon.SCHOOL_FORMS:
                # "Sfi Salem", "Komvux Arboga": the municipality named after the school form
                code = municipality_by_name().get(doc[m.end - 1].text, code)
            if code is None:
                continue
            label = doc[start : m.end].text
            if (definite := lexicon.SERVICE_PLACES_INDEFINITE.get(doc[start].lower_)) is not None:
                # "fritidsgård Spiran": "Fritidsgården Spiran" (not "Björksätra fritidsgård")
                label = f"{definite} {doc[start + 1 : m.end].text}"
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
            owner = _genitive_owner(doc, m.start, found)
            if owner is not None and owner.startswith("kommun/"):
                code = owner.split("/")[1]  # "Kungsörs kommuns socialförvaltning"
            elif (told := _cleft_place(doc, m.start, places)) is not None:
                code = told  # "I A är det X som ..., medan B ...": the unit told of is A's
            elif (near := _last_place_before(doc, m.start, places)) is not None:
                code = near  # "I A är det X som ..., och i B kommun enheten för Y": B's unit
            elif (back := _municipality_referred_back(doc, m.start, found)) is not None:
                code = back  # "Nya Vägar ägs av A kommun. ... Kommunens förvaltning leder"
            if kind == "DEPT_OF" and (owner is None or owner.startswith("kommun/")):
                # "Länsstyrelsens enhet för ...", "Region Norrbottens avdelning för ...": a unit
                # of the county board or region (round 41 of learning)
                owner = _regional_owner(doc, m.start, found) or owner
            if (
                kind == "DEPT_OF"
                and owner is None
                and found.page_board
                and doc[m.start].sent.start not in found.sentence_muni
                and (
                    (m.start and doc[m.start - 1].lower_ == "vid")
                    or (
                        (
                            m.start == 0
                            or "\n" in doc[m.start - 1].text + doc[m.start - 1].whitespace_
                        )
                        and (
                            m.end >= len(doc)
                            or "\n" in doc[m.end - 1].whitespace_ + doc[m.end].text
                        )
                    )
                )
            ):
                # a county board's own report: "enheten för social hållbarhet" as its heading
                # or after "vid" in a sentence naming no municipality ("NAME, utvecklingsledare
                # vid enheten för ...") is the board's unit (round 106 of learning; a contact
                # line's "NAME, handläggare, enheten för ..." is not in the older keys)
                owner = f"lansstyrelse/{found.page_board}"
            if (
                owner is not None
                and owner.startswith(("region/", "lansstyrelse/"))
                and doc[m.start - 1].lower_ != "regionens"
            ):
                pass  # the region's or county board's unit, added below
            elif code is None or (m.start and doc[m.start - 1].lower_ in _NOT_MUNICIPAL):
                continue  # "regionens avdelning för ...": a region's unit, not a municipality's
            if doc[m.start - 1].lower_ == "genom" and _region_sentence(doc, m.start, found_matches):
                continue  # "Region X deltar genom enheten för ...": the region's unit
            # a department in the genitive is named whatever follows it: one of its units
            # ("socialförvaltningens arbetsmarknadsenhet"), a post ("socialnämndens
            # ordförande"), what it gives or decides ("ur kultur- och fritidsnämndens egen
            # budget"); until round 44 of learning only the first was read
            regional = (owner or "").startswith(("region/", "lansstyrelse/"))
            regional = regional and doc[m.start - 1].lower_ != "regionens"
            if (
                kind == "DEPT_OF"
                and not regional
                and _unit_of_another(doc, m, found_matches, found)
            ):
                continue  # "enheten för social hållbarhet på Länsstyrelsen"
            if (
                kind == "DEPTGEN"
                and not regional
                and (service_end := _service_after(doc, m.end)) is not None
            ):
                # "Socialförvaltningens äldreomsorg", "Förskoleförvaltningens öppna förskola",
                # "Kommunstyrelseförvaltningens brottsförebyggande enhet": a department's
                # service named by a lower-case noun phrase is a unit of the municipality,
                # labelled by the whole phrase, and stands in the frame of the phrase; the
                # department keeps its node, as when it is named before any other word, but
                # the frame reads the unit (round 77 of learning)
                department = span.text.lower()[:-1]
                add(
                    Actor(
                        f"kommun/{code}/{slug(department)}",
                        "sam:CentralAdministration" if department in _CENTRAL else "sam:Department",
                        department,
                        lexicon.DEPARTMENT_EN.get(department, f"{department} (department)"),
                        parent=f"kommun/{code}",
                    ),
                    m.start,
                    m.end,
                )
                written = doc[m.start : service_end].text
                written = written[0].upper() + written[1:]
                name = _definite_service(doc[m.end : service_end].text.lower())
                add(
                    Actor(
                        f"kommun/{code}/{slug(name)}",
                        "sam:MunicipalUnit",
                        written,
                        f"{written} (unit)",
                        parent=f"kommun/{code}",
                    ),
                    m.start,
                    service_end,
                )
                service_units.update(range(m.start, service_end))
                continue
            label = span.text.lower()
            if kind == "DEPT" and label.endswith("förvaltning"):
                genitive = m.start and doc[m.start - 1].lower_ in {"kommunens", "kommuns", "stads"}
                # "Region Gotlands kultur- och fritidsförvaltning": a municipality that is
                # called a region, in the genitive (round 39 of learning)
                of_municipality = any(
                    f.end == m.start
                    and f.label.startswith("MUNI|")
                    and f.label.endswith("|genitive")
                    for f in found_matches
                )
                if not genitive and not of_municipality:
                    continue  # "en förvaltning": no department named
                label += "en"  # "kommunens socialförvaltning": its name is definite
            if kind == "DEPTGEN":
                label = label[:-1]  # "socialförvaltningens" -> "socialförvaltningen"
            if kind == "UNITWORD" and form == "indefinite":
                # "Sigtuna kommuns vuxenutbildning", "genom sin vuxenutbildning", "vår
                # vuxenutbildning": a municipality's service by the indefinite form, only
                # after its genitive or a possessive (round 42 of learning)
                if not (m.start and doc[m.start - 1].lower_ in _POSSESSIVES):
                    continue
                if (
                    (m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].is_title)
                    or (m.end < len(doc) and doc[m.end].is_title and not doc[m.end].is_sent_start)
                    or (m.start >= 2 and doc[m.start - 2].lower_ in {",", "är", "var"})
                ):
                    # "kommunens vuxenutbildning, Kiruna lärcentrum", "kommunens
                    # familjecentral Solgläntan", "Campus Ljungby, kommunens vuxenutbildning",
                    # "som är kommunens vuxenutbildning": the unit's own name says which, the
                    # expected files keep that one
                    continue
                label = key
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
            written = label
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
            if written != label and m.start and doc[m.start - 1].lower_.endswith("s"):
                # "kommunens arbetsmarknadsenhet": labelled as the text says it, its IRI
                # from the definite name
                label = written
            if kind == "DEPT_OF":
                # its IRI is minted from the definite head: "sektor för X" -> "sektorn-for-x"
                head, rest = label.split(" ", 1)
                name = f"{lexicon.UNIT_OF_HEADS.get(head, head)} {rest}"
                cls = "sam:Department" if name.startswith("sektorn") else cls
            if owner is not None and owner.startswith(("region/", "lansstyrelse/")):
                # "Region Västmanlands enhet för vårdhygien": the region's unit
                add(Actor(f"{owner}/{slug(name)}", cls, label, en, parent=owner), m.start, end)
                continue
            add(
                Actor(
                    f"kommun/{code}/{slug(name)}",
                    cls,
                    label,
                    en,
                    parent=f"kommun/{code}",
                    parent_unsure=owner is None
                    and (
                        code not in sentence_muni.values()
                        or code != sentence_muni.get(doc[m.start].sent.start)
                    ),
                ),
                m.start,
                end,
            )
        elif kind == "UNITNAME":
            code = muni_near(m.start)
            if code is None:
                continue
            name = doc[m.start + 1 : m.end].text  # as the text writes it: "Arbete och integration"
            add(
                Actor(
                    f"kommun/{code}/{slug(name)}",
                    "sam:MunicipalUnit",
                    name,
                    f"{name} (unit)",
                    parent=f"kommun/{code}",
                    parent_unsure=True,
                ),
                m.start,
                m.end,
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
        elif kind in _NAMED_BY_SHAPE:
            cls, en = _NAMED_BY_SHAPE[kind]
            add(
                Actor(
                    f"org/{slug(span.text)}",
                    cls,
                    span.text,
                    en.format(span.text),
                    municipality=muni_near(m.start),
                ),
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
            # "bostadsbolaget X AB": the common noun is no part of the name; "Bostadsbolaget
            # X AB", capitalised, is the company's own name (round 81 of learning)
            name = (
                span[1:].text
                if (span[0].lower_.startswith(("bostadsbolag", "bolaget")) and span[0].is_lower)
                or firm_word_first(span)
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
                    municipal_company(code, name),
                    m.start,
                    m.end,
                )
            else:
                add(
                    Actor(f"org/{slug(name)}", "sam:PrivateCompany", name, name, unsure=True),
                    m.start,
                    m.end,
                )
        elif kind == "MUNICOMPANY":
            # "Orsahus, det kommunala bostadsbolaget": the name before the apposition
            code = muni_near(m.start)
            if code is None:
                continue
            name = span[0].text
            add(
                municipal_company(code, name),
                m.start,
                m.start + 1,
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
            # "gymnastikföreningen GF Vågen": the name opens with its abbreviation after the
            # word for what it is (round 58 of learning)
            named_for = named_for or (
                span[0].is_lower
                and span[0].lower_.endswith("föreningen")
                and len(span) > 2
                and span[1].is_upper
            )
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
                elif named_for and end == m.end:
                    end = _name_goes_on(doc, end, found_matches)
                span = doc[start:end]
            elif (
                span[0].is_title
                and span[0].lower_.endswith("föreningen")
                and len(span) > 1
                and end == m.end
            ):
                # "Föreningen Kvinnor vid Lagan", "Syföreningen Nål och Prat": the name goes
                # on as after the lower-case word (round 97 of learning)
                end = _name_goes_on(doc, end, found_matches, titled=True)
                span = doc[start:end]
            if compound and end == m.end:
                # "Eritreanska kulturföreningen Nahom": the compound association's own name
                # after it (round 34 of learning), one or two capitalised words
                end = _own_name_after(doc, end)
                span = doc[start:end]
            if end == m.end:
                end = _genitive_name_goes_on(doc, m.start, end)
                span = doc[start:end]
            name = _org_nominative(span)
            joint = any(h in t.lower_ for t in span for h in lexicon.MUNICIPAL_ASSOCIATION_HEADS)
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
    units_in_apposition(doc, found)
    # before the posts: "regionchefen för Arbetsförmedlingen Nord" is the unit's post
    agency_units(doc, found, add)
    # so too "doktorand vid Institutionen för ...": the department's post (round 107)
    university_departments(doc, found, add)
    found.page_body = _minutes_body(doc, found)
    _bodies_of_the_region(doc, found, add)
    # posts last: "sektionschef för Arbetsförmedlingen" needs the organisation after it
    posts += _posts_of_the_speaker(doc, found, posts)
    for span in posts:
        _post(doc, span, found, add, muni_near)
    _contact_blocks(doc, found, add, muni_near)
    people_tables(doc, found, add)
    board_lists(doc, found, add)
    team_entries(doc, found, add)
    _abbreviations(doc, found, add)
    _named_units_again(doc, found, add)
    services_by_town(doc, found, add, muni_near)
    _units_of_each_municipality(doc, found, add)
    _units_of_the_municipalities_counted(doc, found, add)
    _care_units_of_the_region(doc, found, add)
    _units_after_the_regions_genitive(doc, found, add)
    # the quoted whose body only the finders above draft ("säger NAME, distriktssköterska på
    # Vårdcentralen X": round 72 of learning)
    late = _posts_of_the_speaker(doc, found, posts)
    posts += late
    for span in late:
        _post(doc, span, found, add, muni_near)
    _branches_named_again(doc, found, add)
    _branches_in_a_place(doc, found, add)
    _branches_by_district(doc, found, add)
    _coordinated_companies(doc, found, add)
    _companies_named_again(doc, found, add)
    _companies_named_again_without_form(doc, found, add)
    _own_association_named_again(doc, found, add)
    _associations_named_again_bare(doc, found, add)
    _speakers(doc, found, add)
    # after every other finder: a list item or an apposition no head word marks (round 78)
    names_by_shape(doc, found, add)
    # the subject of a past or later party's sentence, whatever its head (round 81)
    names_in_party_frames(doc, found, add)
    # the subject of a belonging frame, whatever its head: "Kulturskolan hör till X" (round 82)
    units_by_belonging(doc, found, add)
    # after every municipality and department is found: "Ydre kommun genom kulturskolan"
    units_through(doc, found, add)
    # after every unit is found: "Kommunledningsförvaltningens medborgarkontor" is the unit
    _units_indefinite_after_a_genitive(doc, found, add)
    # after every unit is found: "Enhetschef är NAME" is the one unit's head
    posts_of_their_unit(doc, found)
    # after every unit is found: "bibliotekarie på Grums bibliotek" is the library's (round 82)
    posts_at_their_unit(doc, found)
    # after every unit is found: "... genom vuxenutbildningen. SFI-läraren NAME" (round 102)
    posts_of_the_unit_before(doc, found)
    _merge_groups(found)
    _merge_town_names(found)
    _merge_genitive_names(found)
    _merge_posts(found)
    _no_posts_of_cells(doc, found)
    _no_unheld_broad_posts(found)
    return found


# a plural unit word and its singular: "arbetsmarknadsenheterna" -> "arbetsmarknadsenheten"
_PLURAL_UNITS = {
    "enheterna": "enheten",
    "förvaltningarna": "förvaltningen",
    "nämnderna": "nämnden",
    "avdelningarna": "avdelningen",
    "biblioteken": "biblioteket",
}


def _cleft_place(doc, start: int, places) -> str | None:
    """The municipality of "I A är det X som ..." when token ``start`` opens the X told of
    (between "det" and "som"), even when the sentence names another municipality after it
    ("I A är det vuxenutbildningen som ansvarar, medan B deltar genom ...": A's unit)."""
    sent = doc[start].sent
    for m in places:
        if not (m.label.startswith("MUNI|") and sent.start <= m.start < start):
            continue
        if _opens_cleft(doc, m) and "som" not in {t.lower_ for t in doc[m.end + 2 : start]}:
            return m.label.split("|")[1]
    return None


def _last_place_before(doc, start: int, places) -> str | None:
    """The municipality named just before token ``start``, when its sentence names another
    one before it ("I A är det ... som ansvarar, och i B kommun enheten för ..."): the unit
    is B's, not the sentence's first municipality's."""
    sent = doc[start].sent
    codes = [m.label.split("|")[1] for m in places if sent.start <= m.start < start]
    adjacent = [m.label.split("|")[1] for m in places if m.end == start and m.start >= sent.start]
    return adjacent[-1] if len(set(codes)) > 1 and adjacent else None


# the lower-case words inside a name after "föreningen" ("Kvinnor i Fryksdalen Vidsynen",
# "Grannar utan gränser")
_NAME_LINKS = {"i", "för", "utan", "på", "vid", "mot"}


# links inside a name that a lower-case word may follow wherever the clause goes on
# ("Föreningen Vänner över gränser har ...": round 97 of learning)
_NAME_LINKS_BEFORE_WORDS = {"utan", "över", "mot"}
_PLACE_HEADS = {"kommun", "kommuns", "stad", "stads", "län"}
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def _titled_name_word(token) -> bool:
    """A capitalised word of a name, hyphenated ones too ("Norr-Boden")."""
    return token.is_title and (token.is_alpha or bool(_HYPHENATED.fullmatch(token.text)))


def _and_goes_on(doc, end: int, found_matches) -> int:
    """Where a name goes on past ``end`` over "och" and one capitalised word that no other
    name begins at and that ends the clause or a little word follows ("Syföreningen Nål och
    Prat.", "Hembygdsföreningen Väckelsång Förr och Nu med i ..."; round 97 of learning),
    not "och Arbetsförmedlingen", "och Studieförbundet Västkustbygd" nor "och Kyrkans
    ungdomsgrupp"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "och":
        return end
    after = doc[end + 1]
    if not (after.is_title and after.is_alpha) or after.is_sent_start:
        return end
    if "\n" in doc[end].whitespace_:
        return end
    if end + 2 < len(doc) and not (doc[end + 2].is_punct or doc[end + 2].is_stop):
        return end
    if any(m.start <= end + 1 < m.end for m in found_matches):
        return end
    word = after.lower_
    heads = (*lexicon.ORGANISATION_ENDINGS, *lexicon.AGENCY_ENDINGS, *lexicon.DEPARTMENT_ENDINGS)
    if word.endswith(heads):
        return end
    return end + 2


def _name_goes_on(doc, end: int, found_matches=(), titled: bool = False) -> int:
    """Where a name after the word "föreningen" ends that goes on past ``end`` (round 78 of
    learning): over a link and capitalised words ("föreningen Kvinnor i Fryksdalen
    Vidsynen", "i Norr-Boden", not "i Mora kommun"), over a link and one lower-case word
    that ends the clause ("föreningen Grannar utan gränser, som ..."), or over "och" and one
    capitalised word (:func:`_and_goes_on`). After a capitalised association's word
    (``titled``: "Föreningen Kvinnor vid Lagan", "Syföreningen Nål och Prat"; round 97) not
    over "i" (the town the name is told with), and over a lower-case word only after
    "Föreningen" itself and "utan", "över" or "mot" ("Föreningen Vänner över gränser har")."""
    if end + 1 < len(doc) and doc[end].lower_ == "och":
        return _and_goes_on(doc, end, found_matches)
    links = (_NAME_LINKS - {"i"}) | _NAME_LINKS_BEFORE_WORDS if titled else _NAME_LINKS
    if end + 1 >= len(doc) or doc[end].lower_ not in links:
        return end
    after = doc[end + 1]
    if after.is_title and not after.is_sent_start:
        k = end + 1
        while k < len(doc) and k < end + 4 and _titled_name_word(doc[k]):
            k += 1
        if k == end + 1 or (k < len(doc) and doc[k].lower_ in _PLACE_HEADS):
            return end
        return k
    if titled:
        bare = doc[end - 2].lower_ == "föreningen" if end >= 2 else False
        if not (bare and doc[end].lower_ in _NAME_LINKS_BEFORE_WORDS):
            return end
        if end + 2 < len(doc) and not (doc[end + 2].is_punct or doc[end + 2].is_stop):
            return end
        return end + 2 if after.is_lower and after.is_alpha else end
    ends_clause = end + 2 >= len(doc) or doc[end + 2].is_punct or "\n" in after.whitespace_
    if after.is_lower and after.is_alpha and doc[end].lower_ != "i" and ends_clause:
        return end + 2
    return end


def _genitive_name_goes_on(doc, start: int, end: int) -> int:
    """Where an association's or a foundation's name that ends in a genitive goes on past
    ``end`` over the lower-case word it names ("Stiftelsen Åsbygdens fond", "Föreningen
    Bergsbo Folkets hus", "föreningen Norrängens flerspråkiga familjer"; round 102 of
    learning): a word of :data:`lexicon.NAME_GENITIVE_ENDINGS`, after at most one adjective;
    not "Föreningen Kustbrons årsmöte".

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Pengar kom från Stiftelsen Torpviks fond och Föreningen Ekbackens årsmöte.")
    >>> _genitive_name_goes_on(doc, 3, 5), _genitive_name_goes_on(doc, 7, 9)
    (6, 9)
    """
    head = doc[start].lower_
    if not (head.endswith("föreningen") or head == "stiftelsen") or end - start < 2:
        return end
    last = doc[end - 1]
    if not (last.is_title and last.is_alpha and last.lower_.endswith("s")):
        return end
    k = end
    if k + 1 < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_.endswith("a"):
        k += 1  # "flerspråkiga familjer"
    if k < len(doc) and doc[k].is_lower and doc[k].lower_.endswith(lexicon.NAME_GENITIVE_ENDINGS):
        return k + 1
    return end


def _own_name_after(doc, end: int) -> int:
    """The end of the one or two capitalised words that follow an association's compound
    word ("Syriska kulturföreningen Oliven", "Somaliska föräldraföreningen Hopp Framåt"): its
    own name, not a town's or the next sentence's; ``end`` if there is none.

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Stöd går till Kurdiska kulturföreningen Dilan och Somaliska kvinnoföreningen.")
    >>> _own_name_after(doc, 5), _own_name_after(doc, 9)
    (6, 9)
    """
    stop = end
    while (
        stop < len(doc)
        and stop - end < 2
        and doc[stop].is_title
        and doc[stop].is_alpha
        and not doc[stop].is_sent_start
        and doc[stop].text not in place_names()
    ):
        stop += 1
    return stop


def _municipality_referred_back(doc, start: int, found: Found) -> str | None:
    """The municipality "kommunens" refers back to before a unit: the only one named before
    it in its paragraph, when its sentence names none ("X ägs av A kommun. Kommunens
    arbetsmarknadsförvaltning leder projektet": A's department, not the page's)."""
    if not start or doc[start - 1].lower_ != "kommunens":
        return None
    sent = doc[start].sent
    if sent.start in found.sentence_muni:
        return None
    paragraph = page_text(doc).rfind("\n\n", 0, doc[start].idx)
    before = [
        iri
        for i, (iri, _end) in sorted(found.at_token.items())
        if i < sent.start and doc[i].idx > paragraph
    ]
    codes = {
        iri.split("/")[1] for iri in before if iri.startswith("kommun/") and iri.count("/") == 1
    }
    return codes.pop() if len(codes) == 1 else None  # several named: which one is unclear


def _regional_owner(doc, start: int, found: Found) -> str | None:
    """The county board or region whose unit ("enheten för ...", "avdelningen för ...")
    begins at token ``start``: named in the genitive before it ("Länsstyrelsens",
    "Region Norrbottens"); None if not. (After "genom" the unit is not drafted: round 7's
    "Region X deltar ... genom enheten för Y" keeps the region the member.)

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Gruppen består av Region Kronobergs avdelning för folkhälsa.")
    >>> sorted(i for i in find_actors(doc, Index()).actors if i.startswith("region/"))
    ['region/07', 'region/07/avdelningen-for-folkhalsa']
    """
    if not start:
        return None
    before = doc[start - 1]
    bodies = ("region/", "lansstyrelse/")
    if before.lower_.endswith("s") and before.lower_ != "regionens":
        for iri, stop in found.at_token.values():
            if stop == start and iri.count("/") == 1 and iri.startswith(bodies):
                return iri  # "Länsstyrelsens enhet för social utveckling"
        if before.lower_ == "länsstyrelsens":
            # "Länsstyrelsens enhet för ...": the one county board the page names ("regionens
            # avdelning för ..." stays out, as the expected graphs of older rounds leave it)
            named = {i for i in found.actors if i.startswith("lansstyrelse/") and i.count("/") == 1}
            return next(iter(named)) if len(named) == 1 else None
    return None


# the words that make a service's indefinite form a municipality's unit
# the head of a department's service named by a lower-case noun phrase: a compound
# ending in a service word ("äldreomsorg", "försörjningsstöd", "språkintroduktion",
# "fritidsgårdar", "fältgrupp"), or a bare unit word after an adjective ("öppna
# förskola", "brottsförebyggande enhet"); a compound in "-enhet" is read as a unit already
_SERVICE_HEAD = re.compile(
    r"^\w{3,}(tjänst|tjänsten|stöd|stödet|omsorg|omsorgen|utbildning|utbildningen|"
    r"introduktion|introduktionen|gårdar|gårdarna|mottagning|mottagningen|grupp|gruppen|"
    r"team|teamet|verksamhet|verksamheten|förskola|förskolan)$"
)
_BARE_SERVICE = frozenset(
    {"enhet", "enheten", "grupp", "gruppen", "förskola", "förskolan", "team", "teamet"}
)
_ADJECTIVE = re.compile(r"^[a-zåäö]{3,}(a|e)$")


def _service_after(doc, i: int) -> int | None:
    """The end of a service named by 1-3 lower-case words from token ``i`` ("äldreomsorg",
    "öppna förskola"), or None.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Socialförvaltningens äldreomsorg och Kulturförvaltningens stöd.")
    >>> _service_after(doc, 1), _service_after(doc, 4)
    (2, None)
    """
    j = i
    while j < len(doc) and j - i < 2 and _ADJECTIVE.match(doc[j].text) and not doc[j].is_stop:
        if _SERVICE_HEAD.match(doc[j].text) or doc[j].text in _BARE_SERVICE:
            break
        j += 1
    if j >= len(doc):
        return None
    head = doc[j].text
    if not doc[j].is_lower:
        return None  # "Arbetslivsförvaltningens Mottagningsteam": a name, read as one
    if not (_SERVICE_HEAD.match(head) or (j > i and head in _BARE_SERVICE)):
        return None
    if j + 1 < len(doc) and doc[j + 1].is_title and not doc[j + 1].is_sent_start:
        return None  # "öppna förskolan Granhöjden": the service's own name says which
    return j + 1


def _definite_service(words: str) -> str:
    """The definite name of a service told in the indefinite: "äldreomsorg" ->
    "äldreomsorgen", "öppna förskola" -> "öppna förskolan", "fritidsgårdar" ->
    "fritidsgårdarna".

    Examples
    --------
    >>> _definite_service("öppna förskola"), _definite_service("fritidsgårdar")
    ('öppna förskolan', 'fritidsgårdarna')
    >>> _definite_service("fältgruppen"), _definite_service("försörjningsstöd")
    ('fältgruppen', 'försörjningsstödet')
    >>> _definite_service("brottsförebyggande enhet")
    'brottsförebyggande enheten'
    """
    *before, head = words.split()
    if head.endswith("enhet"):
        head += "en"
    elif head.endswith(("en", "an", "et", "arna")):
        pass
    elif head.endswith("ar"):
        head += "na"
    elif head.endswith("a"):
        head += "n"
    elif head.endswith(("stöd", "team")):
        head += "et"
    else:
        head += "en"
    return " ".join([*before, head])


_POSSESSIVES = {"kommunens", "kommuns", "stadens", "stads", "sin", "vår", "egen"}


def _genitive_owner(doc, start: int, found: Found) -> str | None:
    """The municipality or region named in the genitive just before a unit, if any.

    "Kungsörs kommuns socialförvaltning" -> ``kommun/1960``; "Region Västmanlands enhet
    för vårdhygien" -> ``region/19``.
    """
    end = start - 1 if start and doc[start - 1].lower_ in {"kommuns", "stads"} else start
    if not end or not doc[end - 1].lower_.endswith("s"):
        return None
    for iri, stop in found.at_token.values():
        if stop == end and iri.count("/") == 1 and iri.startswith(("kommun/", "region/")):
            return iri
    return None


def _units_of_each_municipality(doc, found: Found, add) -> None:
    """A unit named in the plural before a list of municipalities ("arbetsmarknadsenheterna
    i Mora kommun, Orsa kommun och Älvdalens kommun", "biblioteken i Kil och Grums"): one unit
    of each municipality listed, and each municipality's mention in the list stands for its
    unit (the party of the sentence is the unit, not the municipality).

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("I gruppen ingår socialförvaltningarna i Kils kommun och Grums kommun.")
    >>> found = find_actors(doc, Index())
    >>> sorted(i for i in found.actors if "/" in i[7:])
    ['kommun/1715/socialforvaltningen', 'kommun/1764/socialforvaltningen']
    """
    for token in doc:
        ending = next((e for e in _PLURAL_UNITS if token.lower_.endswith(e)), None)
        if ending is None or len(token.text) <= len(ending) + 2 or not token.is_lower:
            continue
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "i":
            continue
        singular = token.lower_[: -len(ending)] + _PLURAL_UNITS[ending]
        k, listed = token.i + 2, []
        while k in found.at_token:
            iri, end = found.at_token[k]
            if found.actors[iri].cls != "sam:Municipality":
                break
            listed.append((iri, k, end))
            if end >= len(doc) or doc[end].lower_ not in {",", "och", "samt"}:
                break
            k = end + 1
        if len(listed) < 2:
            continue
        for iri, start, end in listed:
            department = singular.endswith(("förvaltningen", "nämnden"))
            cls = "sam:Department" if department else "sam:MunicipalUnit"
            unit = Actor(
                f"{iri}/{slug(singular)}",
                cls,
                singular,
                lexicon.DEPARTMENT_EN.get(singular, f"{singular} (unit)"),
                parent=iri,
            )
            add(unit, start, end)


# "i de båda kommunerna", "i alla tre kommunerna": how many municipalities the phrase counts
_COUNTED = {"båda": 2, "bägge": 2, "två": 2, "tre": 3, "fyra": 4}


def _units_of_the_municipalities_counted(doc, found: Found, add) -> None:
    """A unit named in the singular with "i (de) båda kommunerna" ("Bakom satsningen står
    vuxenutbildningen i de båda kommunerna", "i båda kommunerna är det arbetsmarknadsenheten
    som har hand om det"): one unit of each of the municipalities the text named last before
    it, as many as the phrase counts (none when the text has named fewer). The unit's name
    stands for the first one's, the words of the phrase for the others'.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Kils kommun och Grums kommun samarbetar. Bakom satsningen står "
    ...             "integrationsenheten i de båda kommunerna.")
    >>> found = find_actors(doc, Index())
    >>> sorted(i for i in found.actors if "/" in i[7:])
    ['kommun/1715/integrationsenheten', 'kommun/1764/integrationsenheten']
    """
    for token in doc:
        if token.lower_ != "kommunerna" or token.i < 3:
            continue
        number = _COUNTED.get(doc[token.i - 1].lower_)
        if number is None:
            continue
        k = token.i - 1
        if doc[k - 1].lower_ in {"de", "alla"}:
            k -= 1
        if doc[k - 1].lower_ != "i":
            continue
        at = k - 1  # "i"
        unit_start = next(
            (s for s, (_iri, end) in found.at_token.items() if end == at and s < at), None
        )
        after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
        if unit_start is None and after in (["är", "det"], ["var", "det"]):
            unit_start = token.i + 3 if token.i + 3 in found.at_token else None
        if unit_start is None:
            continue
        iri, end = found.at_token[unit_start]
        unit = found.actors[iri]
        if unit.cls not in {"sam:MunicipalUnit", "sam:Department"} or not unit.label_sv.islower():
            continue
        if unit_start and doc[unit_start - 1].lower_ in {"från", "driver", "sköter"}:
            # "lärare från vuxenutbildningen i de tre kommunerna": people of the units, who
            # stand for their municipalities (units named only together get no node); "det
            # förbund som driver vuxenutbildningen i de två kommunerna": run by another body
            continue
        municipalities: list[str] = []
        for start in sorted(found.at_token, reverse=True):
            named, _e = found.at_token[start]
            if start >= at or not named.startswith("kommun/") or named.count("/") != 1:
                continue
            if named not in municipalities:
                municipalities.append(named)
        if len(municipalities) < number:
            continue
        municipalities = municipalities[:number][::-1]
        places = [(unit_start, end)] + [(t, t + 1) for t in range(k, token.i + 1)]
        if len(places) < number:
            continue
        del found.at_token[unit_start]
        for muni, (start, stop) in zip(municipalities, places, strict=False):
            add(
                Actor(
                    f"{muni}/{slug(unit.label_sv)}",
                    unit.cls,
                    unit.label_sv,
                    unit.label_en,
                    parent=muni,
                ),
                start,
                stop,
            )
        if iri not in {i for i, _e in found.at_token.values()}:
            del found.actors[iri]  # the unit first drafted for another municipality


# a region's health care units named by their own name ("Vårdcentralen Tallbacken") or by
# their town ("Barnmorskemottagningen i Ljungby"), and its hospitals ("Värmlands sjukhus Arvika");
# lower case and indefinite too ("hälsocentralen i Bollnäs", "Region Värmlands vårdcentral i
# Hagfors": round 45 of learning)
_CARE_NAMED = {"vårdcentralen", "hälsocentralen", "vårdcentral", "hälsocentral"}
# ... and the dental and child health services named by their own name or town
# ("Folktandvården Lycksele", "Barnavårdscentralen i Bjuv": round 60 of learning)
_CARE_OTHER = {"folktandvården", "barnavårdscentralen", "mödravårdscentralen"}
_CARE_IN = {
    "barnmorskemottagningen",
    "ungdomsmottagningen",
    "lasarettet",
    *_CARE_NAMED,
    *_CARE_OTHER,
}
# ... and those named after their town in the genitive, "Arvidsjaurs hälsocentral",
# "Lindesbergs lasarett" (round 104 of learning)
_CARE_OF_TOWN = {"vårdcentral", "hälsocentral", "lasarett", "sjukhus"}


def _care_units_of_the_region(doc, found: Found, add) -> None:
    """The health care units of the one region a page names: "Vårdcentralen Tallbacken",
    "Hälsocentralen Åsen", "Barnmorskemottagningen i Kil", "Värmlands sjukhus Arvika" are the
    region's units (a town inside the name is no party of its own there). None when the page
    names no region or several. In lower case or the indefinite ("hälsocentralen i Bollnäs",
    "Region Värmlands vårdcentral i Hagfors", "vårdcentral Fagersta Centrum") only where a
    town after "i" or a name in capitals follows.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Region Värmland deltar genom Vårdcentralen Åsen och "
    ...             "Barnmorskemottagningen i Kil.")
    >>> found = find_actors(doc, Index())
    >>> sorted(i for i in found.actors if i.startswith("region/17/"))
    ['region/17/barnmorskemottagningen-i-kil', 'region/17/vardcentralen-asen']
    """
    regions = {iri for iri in found.actors if iri.startswith("region/") and iri.count("/") == 1}
    if not regions and found.page_code and found.page_code[:2] in region_names():
        # a page that names no region: the care units are its municipality's region's
        # (round 60 of learning)
        regions = {f"region/{found.page_code[:2]}"}
    if len(regions) != 1:
        return
    region = regions.pop()

    def named(i: int) -> bool:
        return i < len(doc) and doc[i].is_title and doc[i].is_alpha and not doc[i].is_stop

    for token in doc:
        low, end = token.lower_, None
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None:
            continue
        if (
            low in _CARE_OTHER | {"barnmorskemottagningen", "ungdomsmottagningen"}
            and token.is_title
            and named(token.i + 1)
        ):
            # "Folktandvården Lycksele", "Barnavårdscentralen Hästö", "Barnmorskemottagningen
            # Tångaberget" (round 63 of learning)
            end = token.i + 2
        elif low in _CARE_NAMED and named(token.i + 1):
            end = token.i + 2
            if named(end) and not doc[end].is_sent_start:
                end += 1  # "vårdcentral Fagersta Centrum"
            elif token.is_lower and low.endswith("en"):
                # "vårdcentralen Bredaryd" in lower case: a village's centre, whose region
                # round 13's pages make the party, as often as one of its own name
                end = None
        elif (
            low in _CARE_IN
            and nxt.lower_ == "i"
            and token.i + 2 < len(doc)
            and (
                doc[token.i + 2].text in place_names()
                or (low in _CARE_NAMED and named(token.i + 2))
            )
        ):
            end = token.i + 3
        elif (
            low == "sjukhus"
            and token.i
            and doc[token.i - 1].is_title
            and doc[token.i - 1].lower_.endswith("s")
            and nxt.text in place_names()
        ):
            token, end = doc[token.i - 1], token.i + 2
        elif (
            low in _CARE_OF_TOWN
            and token.i
            and doc[token.i - 1].is_title
            and doc[token.i - 1].lower_.endswith("s")
            and doc[token.i - 1].text in place_names()
            and (token.i < 2 or doc[token.i - 2].lower_ not in {"region", "regionens"})
            and nxt.lower_ != "i"
        ):
            # "Arvidsjaurs hälsocentral": the town's care unit, not the region's own
            # ("Region Norrbottens hälsocentral i Kalix" is left to the rules above)
            token, end = doc[token.i - 1], token.i + 1
        if end is None or not (token.text[:1].isupper() or low in _CARE_NAMED):
            continue
        name = doc[token.i : end].text
        for start in [k for k in found.at_token if token.i <= k < end]:
            del found.at_token[start]
        add(
            Actor(
                f"{region}/{slug(name)}", "sam:MunicipalUnit", name, f"{name} (unit)", parent=region
            ),
            token.i,
            end,
        )


# the heads of a region's unit told in the indefinite after the region's genitive, and the
# definite form its name takes: "Regionens ungdomsmottagning" is the region's
# "ungdomsmottagningen", "Region Värmlands folkhälsoavdelning" its "folkhalsoavdelningen"
# (round 72 of learning, from the misses of rounds 60-83)
_REGION_UNIT_HEADS = {
    "mottagning": "mottagningen",
    "avdelning": "avdelningen",
    "enhet": "enheten",
    "central": "centralen",
    "förvaltning": "förvaltningen",
    "kansli": "kansliet",
}


# a region's elected bodies by their own words, and the class the expected graphs give them
# (round 104 of learning)
_REGION_BODIES = {
    "regionstyrelsen": "sam:CentralAdministration",
    "regionfullmäktige": "sam:MunicipalUnit",
}


def _bodies_of_the_region(doc, found: Found, add) -> None:
    """A region's elected bodies: "Regionstyrelsen", "regionfullmäktige" and a committee
    named with "regionala" ("Regionala utvecklingsnämnden", "den regionala
    utvecklingsnämnden") are the region's, the one the page names or else its
    municipality's region, not a municipality's committee. A committee the rules drafted
    for the municipality from the same words becomes the region's.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Frågan ställdes i regionfullmäktige i Region Blekinge. "
    ...             "Regionstyrelsen svarade i mars.")
    >>> sorted(i for i in find_actors(doc, Index()).actors if i.startswith("region/"))
    ['region/10', 'region/10/regionfullmaktige', 'region/10/regionstyrelsen']
    """
    regions = {iri for iri in found.actors if iri.startswith("region/") and iri.count("/") == 1}
    if not regions and found.page_region:
        regions = {f"region/{found.page_region}"}
    if not regions and found.page_code and found.page_code[:2] in region_names():
        regions = {f"region/{found.page_code[:2]}"}
    if len(regions) != 1:
        return
    region = regions.pop()
    for token in doc:
        k, low = token.i, token.lower_
        if low in _REGION_BODIES or low[:-1] in _REGION_BODIES:
            # "regionstyrelsens ordförande": the body in the genitive is the region's too
            body = low if low in _REGION_BODIES else low[:-1]
            start, end, cls = k, k + 1, _REGION_BODIES[body]
        elif (
            low == "regionala"
            and k + 1 < len(doc)
            and doc[k + 1].lower_.endswith("nämnden")
            and len(doc[k + 1]) > len("nämnden") + 2
        ):
            start, end, cls = k, k + 2, "sam:MunicipalUnit"
        else:
            continue
        name = doc[start:end].text
        if low not in _REGION_BODIES and low[:-1] in _REGION_BODIES:
            name = name[:-1]
        iri = f"{region}/{slug(name.lower())}"
        drafted = [
            (s, x)
            for s, (x, e) in found.at_token.between(start, end)
            if x.startswith("kommun/") and e <= end
        ]
        for s, _x in drafted:
            del found.at_token[s]
        # "regionstyrelsens arbetsutskott": the committee of the region's board
        committee = found.at_token.get(start)
        if not (
            committee is not None
            and committee[1] == end + 1
            and committee[0].startswith("kommun/")
            and doc[end].lower_ in {"arbetsutskott", "arbetsutskottet", "utskott"}
        ):
            committee = None
        add(Actor(iri, cls, name, f"{name} (committee)", parent=region), start, end)
        for _s, x in drafted:
            if x in found.actors and x != iri:
                found.fold(x, iri)
        if committee is not None and committee[0] in found.actors:
            label = doc[start : committee[1]].text
            unit = f"{region}/{slug(label.lower())}"
            del found.at_token[start]
            add(
                Actor(unit, "sam:MunicipalUnit", label, f"{label} (committee)", parent=iri),
                start,
                committee[1],
            )
            if committee[0] != unit:
                found.fold(committee[0], unit)


def _units_after_the_regions_genitive(doc, found: Found, add) -> None:
    """A region's unit named by a common noun after the region's genitive, "Regionens
    tolkcentral", "Region Hallands ungdomsmottagning", "regionens ungdomsmottagning i
    Vaxholm": the region's unit in the definite form ("tolkcentralen",
    "ungdomsmottagningen-i-vaxholm"), a town after "i" part of its name. "Regionens" stands
    for the one region the page names, or else its municipality's region; "avdelning för
    ..." is left to :func:`_regional_owner`.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Region Värmland är inte part, men regionens folkhälsoavdelning hjälper till.")
    >>> sorted(i for i in find_actors(doc, Index()).actors if i.startswith("region/"))
    ['region/17', 'region/17/folkhalsoavdelningen']
    """
    regions = {iri for iri in found.actors if iri.startswith("region/") and iri.count("/") == 1}
    if not regions and found.page_code and found.page_code[:2] in region_names():
        regions = {f"region/{found.page_code[:2]}"}
    the_region = next(iter(regions)) if len(regions) == 1 else None
    for token in doc:
        k = token.i
        if k + 1 >= len(doc) or k in found.at_token:
            continue
        low = token.lower_
        head = next((h for h in _REGION_UNIT_HEADS if low.endswith(h)), None)
        if head is None or not token.is_lower or not token.is_alpha or len(low) <= len(head) + 2:
            continue
        if not k or doc[k + 1].lower_ == "för":
            continue  # "regionens avdelning för ...": :func:`_regional_owner`'s
        if doc[k - 1].lower_ == "regionens":
            region = the_region
        else:
            region = _genitive_owner(doc, k, found)
            if region is not None and not region.startswith("region/"):
                region = None
        if region is None:
            continue
        end = k + 1
        if end + 1 < len(doc) and doc[end].lower_ == "i" and doc[end + 1].text in place_names():
            end += 2  # "ungdomsmottagning i Vaxholm"
        for start in [s for s in found.at_token if k < s < end]:
            del found.at_token[start]  # the town inside the name is no party of its own
        definite = low[: -len(head)] + _REGION_UNIT_HEADS[head]
        rest = doc[k + 1 : end].text
        name = doc[k:end].text
        iri = f"{region}/{slug((definite + ' ' + rest).strip())}"
        add(Actor(iri, "sam:MunicipalUnit", name, f"{name} (unit)", parent=region), k, end)


def _no_unheld_broad_posts(found: Found) -> None:
    """A post named by one of the broad heads (:data:`lexicon.HELD_POST_ENDINGS`:
    "samhällskommunikatör", "revisionskonsult") is drafted only when the text names who
    holds it: without a holder such a word names a task many share ("Kommunerna delar på en
    samhällskommunikatör"), not one post."""
    for iri, actor in list(found.actors.items()):
        if actor.cls not in {"org:Post", "sam:CoordinatorPost"} or actor.holder:
            continue
        head = actor.label_sv.split(" för ")[0].split()[-1].lower()
        broad = head.endswith(lexicon.HELD_POST_ENDINGS) or (
            head.endswith(lexicon.COMPOUND_HELD_ENDINGS)
            and head not in lexicon.COMPOUND_HELD_ENDINGS
        )
        if broad and not any(
            a.parent == iri for a in found.actors.values()
        ):
            del found.actors[iri]
            for start in [k for k, (x, _e) in found.at_token.items() if x == iri]:
                del found.at_token[start]


def _no_posts_of_cells(doc, found: Found) -> None:
    """A post no one holds, named only inside the cells of a table ("Gagnefs kommun |
    fritidsledare i Djurås en kväll i veckan", "ledarutbildningen, cirkelledare"), says what
    a party lends or does: no post of its own (a table of people gives its posts holders)."""
    text = page_text(doc)

    def in_a_row(start: int) -> bool:
        begin = text.rfind("\n", 0, start) + 1
        end = text.find("\n", start)
        return "|" in text[begin : end if end >= 0 else len(text)]

    for iri, actor in list(found.actors.items()):
        if actor.cls not in {"org:Post", "sam:CoordinatorPost"} or actor.holder:
            continue
        if actor.mentions and all(in_a_row(b) for b, _e in actor.mentions):
            del found.actors[iri]
            for start in [k for k, (x, _e) in found.at_token.items() if x == iri]:
                del found.at_token[start]
