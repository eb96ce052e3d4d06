"""Units and posts: which organisation a unit or a post belongs to.

"enheten X inom socialförvaltningen", "samordnaren på arbetsmarknadsenheten": relations
of a unit to the department or municipality it is part of, and of a post to its unit.
"""

from __future__ import annotations

from samverkan.draft.actors import Found
from samverkan.draft.relations.words import _BULLETS, _POSTS, _UNITS


def _units_of_posts(sent, found: Found, present: list[tuple[str, int]]) -> set[int]:
    """Token positions of units named as a post's place ("samordnare på X-förvaltningen"), and
    of the organisation whose post it is ("ordförande i Föreningen X")."""
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
            # "studiecirkelledare på ABF X och leder språkcaféet": the post's own
            # organisation is its place, no party beside it
            if target.cls in _UNITS or target.iri == found.actors[iri].parent:
                out.add(end + 1)
    return out


_BELONGS = (
    ("hör", "till"),
    ("tillhör",),
    ("ingår", "i"),
    ("hörde", "till"),
    ("inom",),  # "arbetsmarknadsenheten inom förvaltningen för arbete och lärande"
    ("finns", "inom"),
    # "arbetsmarknadsenheten, som ligger inom sektor stöd och omsorg", "hör under"
    ("ligger", "inom"),
    ("ligger", "under"),
    ("hör", "under"),
    ("sorterar", "under"),
    ("är", "en", "del", "av"),  # "Enheten är en del av socialförvaltningen"
    ("är", "del", "av"),
    ("drivs", "av"),  # "Orsa fritidsgård, som drivs av kultur- och fritidsförvaltningen"
)

#: a unit's place named by a preposition: "X-enheten på/vid Y-förvaltningen" (round 98)
_PLACED = (("på",), ("vid",))

_POSSESSIVES = {"dess", "sin", "sitt", "sina", "deras"}
#: the classes a unit belongs to: a department or the central administration
_DEPARTMENTS = {"sam:Department", "sam:CentralAdministration"}


def _through(
    doc, found: Found, present: list[tuple[str, int]], adjacent: bool = False
) -> set[int]:
    """Token positions of actors that only say how another one takes part, no party of their
    own: "socialförvaltningen genom dess arbetsmarknadsenhet", "Region X deltog genom sin
    folkhälsoenhet", "Orsa kommun, genom socialnämnden," (the municipality's unit acting for
    it), and an umbrella after "inom" ("Ystads pastorat inom Svenska kyrkan").
    With ``adjacent``, only what follows an actor of ``present`` directly.
    """
    out = set()
    if not adjacent:
        # "Region X deltog i gruppen genom sin folkhälsoenhet": the subject takes part
        starts = {i for _iri, i in present}
        out |= {
            k + 2
            # (k + 2 is a start: no further than the last one, not to the end of the page)
            for k in range(min(starts, default=0), min(len(doc) - 2, max(starts, default=0) - 1))
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
        # "ägs av Orsa kommun genom arbetsmarknadsenheten", "mellan Orsa kommun, genom
        # socialnämnden, och X": the municipality is the party, its unit acts for it
        k = end + 1 if end < len(doc) and doc[end].text == "," else end
        if (
            found.actors[iri].cls == "sam:Municipality"
            and k + 1 < len(doc)
            and doc[k].lower_ == "genom"
            and k + 1 in found.at_token
            and found.at_token[k + 1][0].startswith(iri + "/")
        ):
            out.add(k + 1)
        if (
            end + 1 < len(doc)
            and doc[end].lower_ == "inom"
            and end + 1 in found.at_token
            and found.actors[iri].cls == "sam:CivilSocietyOrganization"
            and found.actors[found.at_token[end + 1][0]].cls == "sam:CivilSocietyOrganization"
        ):
            out.add(end + 1)
    return out


def _without_genitive_name(span) -> list:
    """The tokens of ``span`` but commas and spaces, without the name in the genitive that
    ends it ("hör till Region Gotlands": "hör till"), the owner of the department after it."""
    tokens = [t for t in span if t.text != "," and not t.is_space]
    if tokens and tokens[-1].is_title and tokens[-1].lower_.endswith("s"):
        tokens.pop()
        while tokens and tokens[-1].is_title:
            tokens.pop()
    return tokens


# a kind of unit named in the definite plural, and the word its units' names hold (as their
# identifiers spell it): "Biblioteken hör till ...", "Fritidsgårdarna tillhör ..."
_KINDS_IN_PLURAL = {
    "biblioteken": "bibliotek",
    "förskolorna": "forskola",
    "fritidsgårdarna": "fritidsgard",
    "mötesplatserna": "motesplats",
    "familjecentralerna": "familjecentral",
    "träffpunkterna": "traffpunkt",
}


def _kind_belongs(sent, found: Found, present: list[tuple[str, int]]) -> set[int]:
    """Every unit of a kind, where a sentence that opens with the kind in the definite plural
    says they belong: "Biblioteken hör till Region Xs kultur- och fritidsförvaltning" makes
    the department the parent of each library the page names of that municipality (round 39
    of learning; not "inte"). Returns the department's token position, or nothing.

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Språkcaféer finns på Kils bibliotek och Fagerås bibliotek. "
    ...             "Biblioteken hör till kultur- och fritidsförvaltningen i Kils kommun.")
    >>> found = find_actors(doc, Index())
    >>> present = sorted((iri, i) for i, (iri, _e) in found.at_token.items())
    >>> sorted(_kind_belongs(list(doc.sents)[1], found, present)) != []
    True
    """
    words = [t for t in sent if not t.is_space]
    if len(words) >= 4 and words[0].lower_ not in _KINDS_IN_PLURAL:
        return _unit_named_again_belongs(sent, found, present, words)
    if len(words) < 4:
        return set()
    if {"inte", "ej"} & {t.lower_ for t in words}:
        return set()
    stem = _KINDS_IN_PLURAL[words[0].lower_]
    dept = _department_after(sent, found, present, words[0].i)[1]
    if dept is None:
        return set()
    target_iri, j = dept
    between = tuple(t.lower_ for t in _without_genitive_name(sent.doc[words[0].i + 1 : j]))
    if between not in _BELONGS:
        return set()
    municipality = target_iri.rsplit("/", 1)[0]
    for iri, actor in found.actors.items():
        if (
            actor.cls in _UNITS
            and iri.rsplit("/", 1)[0] == municipality
            and stem in iri.rsplit("/", 1)[1]
            and iri != target_iri
        ):
            actor.parent, actor.parent_unsure = target_iri, False
    return {j}


def _units_of_units(sent, found: Found, present: list[tuple[str, int]]) -> set[int]:
    """A unit's place in its municipality: "X hör till/tillhör/ingår i Y" (or ", som hör till").

    Y, a department of the same municipality, becomes X's parent. Returns the token positions
    of the departments the sentence names so (empty if none): they say where a unit belongs
    and are no party of their own to what the sentence says X does.
    """
    doc = sent.doc
    said: set[int] = _kind_belongs(sent, found, present)
    for n, (iri, i) in enumerate(present):
        unit = found.actors[iri]
        if n and unit.cls in _POSTS:
            owner_iri = _owner_named_back(doc, found, present[n - 1], iri, i)
            if owner_iri:
                unit.parent, unit.parent_unsure = owner_iri, False
        if unit.cls not in _UNITS:
            continue
        if n:
            # "socialförvaltningens arbetsmarknadsenhet": the department in the genitive
            owner_iri, k = present[n - 1]
            owner = found.actors.get(owner_iri)
            if _owner_named_back(doc, found, present[n - 1], iri, i):
                unit.parent, unit.parent_unsure = owner_iri, False
            if (
                owner is not None
                and owner.cls in _DEPARTMENTS
                and found.at_token.get(k, ("", -1))[1] == i
                and doc[i - 1].lower_.endswith("s")
                and owner_iri.rsplit("/", 1)[0] == iri.rsplit("/", 1)[0]
                and owner_iri != iri
            ):
                unit.parent, unit.parent_unsure = owner_iri, False
            # "teknikförvaltningen och dess avfallsenhet", "socialförvaltningen med sin
            # fältgrupp": the department named just before owns the unit (round 98 of learning)
            if (
                owner is not None
                and owner.cls in _DEPARTMENTS
                and i >= 2
                and doc[i - 1].lower_ in _POSSESSIVES
                and doc[i - 2].lower_ in {"och", "med", "samt"}
                and found.at_token.get(k, ("", -1))[1] == i - 2
                and owner_iri.rsplit("/", 1)[0] == iri.rsplit("/", 1)[0]
                and owner_iri != iri
            ):
                unit.parent, unit.parent_unsure = owner_iri, False
            # "socialförvaltningen genom dess arbetsmarknadsenhet": the department's own unit
            if (
                owner is not None
                and owner.cls in _DEPARTMENTS
                and i in _through(doc, found, [(owner_iri, k)], adjacent=True)
                and owner_iri.rsplit("/", 1)[0] == iri.rsplit("/", 1)[0]
                and owner_iri != iri
            ):
                unit.parent, unit.parent_unsure = owner_iri, False
        if n + 1 >= len(present):
            continue
        after = found.at_token.get(i, ("", i + 1))[1]  # a word naming it again: one token
        m = n + 1
        close = _parenthesis_closed(doc, after)
        if close is not None:
            # "Arbetsmarknadsenheten (AME) hör till ...": the short name in brackets is
            # the unit's own, no target of the verb
            after = close
            while m < len(present) and present[m][1] < close:
                m += 1
            if m >= len(present):
                continue
        municipality = iri.rsplit("/", 1)[0]
        if (
            m + 1 < len(present)
            and present[m][0] == municipality
            and present[m][1] == after + 1
            and doc[after].lower_ == "i"
        ):
            # "Vuxenutbildningen i Falun, som hör till kommunens bildningsförvaltning": the
            # unit's place names its municipality, no target of the verb (round 47 of learning)
            after = found.at_token.get(present[m][1], ("", present[m][1] + 1))[1]
            m += 1
        target_iri, j = present[m]
        stop = j
        if target_iri == municipality and m + 1 < len(present):
            # "inom Lidköpings kommuns förvaltning för arbete och lärande"
            target_iri, j = present[m + 1]
        target = found.actors[target_iri]
        if target.cls not in _DEPARTMENTS and not _unit_of_units(target):
            continue
        if target_iri.rsplit("/", 1)[0] != municipality or target_iri == iri:
            continue
        if after + 1 < stop and doc[after].lower_ == "i" and doc[after + 1].is_title:
            after += 2  # "familjecentralen i Gråbo, som hör till ...": the unit's place
        between = tuple(t.lower_ for t in _without_genitive_name(doc[after:stop]))
        between = between[1:] if between[:1] == ("som",) else between
        if between[-1:] in {("kommunens",), ("stadens",), ("dess",)}:
            between = between[:-1]  # "ingår i kommunens sektor för ..."
        if between[-1:] in {("förvaltningen",), ("sektorn",)}:
            between = between[:-1]  # "hör till förvaltningen Lärande och arbete"
        if between in _PLACED and target.cls in _DEPARTMENTS:
            # "biblioteksenheten på kultur- och fritidsförvaltningen": a unit's place is the
            # department it is part of (round 98 of learning)
            unit.parent, unit.parent_unsure = target_iri, False
        if between in _BELONGS:
            unit.parent, unit.parent_unsure = target_iri, False
            said.add(j)
            if n and doc[after].lower_ != "," and doc[i - 1].lower_ in {"och", "samt"}:
                # "Falu stadsbibliotek och Grycksbo bibliotek hör till kultur- och
                # fritidsförvaltningen": both units of the pair (round 47 of learning)
                first_iri, k = present[n - 1]
                first = found.actors[first_iri]
                if (
                    first.cls in _UNITS
                    and found.at_token.get(k, ("", -1))[1] == i - 1
                    and first_iri.rsplit("/", 1)[0] == municipality
                    and first_iri != target_iri
                ):
                    first.parent, first.parent_unsure = target_iri, False
    return said


def _department_after(
    sent, found: Found, present, start: int
) -> tuple[list[tuple[str, int]], tuple[str, int] | None]:
    """The actors ``(iri, token)`` of ``sent`` after token ``start``, and the first
    department among them (None without one)."""
    after = [(iri, i) for iri, i in present if sent.start <= i < sent.end and i > start]
    dept = next(((iri, i) for iri, i in after if found.actors[iri].cls in _DEPARTMENTS), None)
    return after, dept


def _unit_named_again_belongs(sent, found: Found, present, words) -> set[int]:
    """The one unit named before by a name that opens with its kind, where a sentence that
    opens with the kind in the definite singular says where it belongs: "Vi ses på
    fritidsgården Ljuset. Fritidsgården hör till Västerås stads kultur-, idrotts- och
    fritidsförvaltning", "Träffpunkt Norrby ... Träffpunkten hör till kommunens
    vård- och omsorgsförvaltning" (round 50 of learning). Returns the department's token
    position, or nothing (no such unit, or more than one of that kind).

    >>> from samverkan.draft.nlp import parse
    >>> from samverkan.draft.actors import find_actors
    >>> from samverkan.draft.reconcile import Index
    >>> doc = parse("Vi ses på fritidsgården Ljuset i Mora. "
    ...             "Fritidsgården hör till Mora kommuns kultur- och fritidsförvaltning.")
    >>> found = find_actors(doc, Index())
    >>> present = sorted(((iri, i) for i, (iri, _e) in found.at_token.items()),
    ...                  key=lambda p: p[1])
    >>> _kind_belongs(list(doc.sents)[1], found, present) != set()
    True
    >>> found.actors["kommun/2062/fritidsgarden-ljuset"].parent
    'kommun/2062/kultur-och-fritidsforvaltningen'
    """
    first = words[0]
    if not first.is_title or first.i in found.at_token or {"inte", "ej"} & {
        t.lower_ for t in words
    }:
        return set()
    after, dept = _department_after(sent, found, present, first.i)
    if dept is None:
        return set()
    target_iri, j = dept
    municipality = target_iri.rsplit("/", 1)[0]
    # the municipality's own name in the genitive before its department: "Mora kommuns"
    named = {
        t
        for iri, i in after
        if iri == municipality and i < j
        for t in range(i, found.at_token.get(i, ("", i + 1))[1])
    }
    span = [t for t in sent.doc[first.i + 1 : j] if t.i not in named]
    between = tuple(t.lower_ for t in _without_genitive_name(span))
    if between[-1:] in {("kommunens",), ("stadens",), ("kommuns",), ("stads",)}:
        between = between[:-1]
    if between not in _BELONGS:
        return set()
    noun = first.lower_
    units = [
        actor
        for iri, actor in found.actors.items()
        if actor.cls == "sam:MunicipalUnit"
        and iri.rsplit("/", 1)[0] == municipality
        and actor.label_sv
        and noun in {(w := actor.label_sv.split()[0].lower()), w + "en", w + "n", w + "et"}
        and len(actor.label_sv.split()) > 1
        and any(a < sent.start_char for a, _b in actor.mentions)
    ]
    if len(units) != 1:
        return set()
    units[0].parent, units[0].parent_unsure = target_iri, False
    return {j}


def _unit_of_units(actor) -> bool:
    """Whether ``actor`` is a municipal unit whose name says it holds other units ("kultur-
    och fritidsenheten", "avdelningen för ..."), so that "X, som hör till kultur- och
    fritidsenheten" places X in it (round 47 of learning).

    >>> from samverkan.draft.model import Actor
    >>> unit = "sam:MunicipalUnit"
    >>> _unit_of_units(Actor("kommun/2080/x", unit, "kultur- och fritidsenheten", ""))
    True
    >>> _unit_of_units(Actor("kommun/2080/y", unit, "Falu bibliotek", ""))
    False
    >>> _unit_of_units(Actor("kommun/2080/vuxenutbildningen", unit, "vuxenutbildning", ""))
    True
    """
    if actor.cls != "sam:MunicipalUnit" or not actor.label_sv:
        return False
    words = actor.label_sv.lower().split()
    # "Sfi Mullsjö, som hör till kommunens vuxenutbildning": the adult education holds its
    # school forms (round 48 of learning)
    return (
        words[0] in {"avdelningen", "sektionen"}
        or words[-1].endswith(("enheten", "enhet", "avdelningen", "avdelning"))
        or words == ["vuxenutbildning"]
        or words == ["vuxenutbildningen"]
    )


# a body named again in the genitive by the word for its kind: "Nämndens arbetsmarknadsenhet",
# "Förvaltningens föreningsutvecklare" (round 37 of learning)
_GENITIVES_BACK = {"nämndens", "förvaltningens", "enhetens"}


def _owner_named_back(doc, found: Found, owner: tuple[str, int], iri: str, i: int) -> str | None:
    """The department or unit that a genitive word for its kind names just before the unit or
    post at token ``i`` ("Nämndens arbetsmarknadsenhet", "Förvaltningens föreningsutvecklare"):
    the one body of that kind named before, of the same municipality; else None."""
    owner_iri, k = owner
    actor = found.actors.get(owner_iri)
    municipality = "/".join(iri.split("/")[:2])
    if (
        actor is None
        or k != i - 1
        or k in found.at_token
        or doc[k].lower_ not in _GENITIVES_BACK
        or actor.cls not in _UNITS
        or owner_iri == iri
        or not iri.startswith("kommun/")
        or not owner_iri.startswith(municipality + "/")
    ):
        return None
    return owner_iri


def _parenthesis_closed(doc, k: int) -> int | None:
    """The position after a short bracket opened at token ``k`` ("(AME)"), or None."""
    if k >= len(doc) or doc[k].text != "(":
        return None
    for j in range(k + 1, min(k + 5, len(doc))):
        if doc[j].text == ")":
            return j + 1
    return None


def _named_before_the_post(doc, i: int) -> bool:
    """Whether the post at token ``i`` follows its holder's name and a comma at a line's
    start ("- Anna Ek, förvaltningschef, socialförvaltningen, Varbergs kommun"): a list of
    people whose next words name the post's unit), or opens a line right below its holder's
    name alone ("Anna Ek" / "föreningskonsulent, fritidsavdelningen": a signature, round 103
    of learning)."""
    if i >= 3 and doc[i - 1].text.strip(" ") == "\n":
        k = i - 1
        while k > 0 and "\n" not in doc[k - 1].text:
            k -= 1
        return _name_line(doc, k, i - 1)
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


def _unit_ends_the_signature(doc, found: Found, i: int, j: int) -> bool:
    """Whether the unit at token ``j`` closes, after a comma, the line of a signature whose
    post at ``i`` follows its holder's name ("Anna Ek, fritidskonsulent och samordnare för
    badvärdarna, fritidsenheten": the unit of the posts before; round 103 of learning)."""
    end = found.at_token[j][1]
    return (
        doc[j - 1].text == ","
        and (end >= len(doc) or "\n" in doc[end].text)
        and not any("\n" in doc[k].text for k in range(i, j))
        and _named_before_the_post(doc, i)
    )


def _posts_and_units(sent, found: Found, present: list[tuple[str, int]]) -> None:
    """Employment and placement: ``anställd på``/``placerad på``/``POST i UNIT``."""
    doc = sent.doc
    ends = {found.at_token[i][1]: iri for iri, i in present if i in found.at_token}
    for iri, i in present:
        # "stadskontoret, där en integrationsstrateg ...": the post sits in the unit before
        k = i - 1
        # "kontoret, där kommunens integrationssamordnare är placerad" (round 37 of learning)
        while k > sent.start and doc[k].lower_ in {"en", "ett", "kommunens", "stadens"}:
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
                    or _unit_ends_the_signature(doc, found, i, j)
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


#: the bodies whose name alone on a line heads a block of signatures
_SIGNING_DEPARTMENTS = {"sam:Department", "sam:CentralAdministration"}


def _lines(doc) -> list[tuple[int, int]]:
    """The (first token, end token) of every line of ``doc`` that holds a word; a blank line
    is kept as an empty range."""
    out, start = [], 0
    for i, token in enumerate(doc):
        if "\n" in token.text:
            out.append((start, i))
            out.extend((i, i) for _ in range(token.text.count("\n") - 1))
            start = i + 1
    out.append((start, len(doc)))
    return out


def _name_line(doc, s: int, e: int) -> bool:
    """Whether the line ``doc[s:e]`` is a person's name alone (two to four capitalised words)."""
    words = [t for t in doc[s:e] if t.text.strip() and t.text != "-"]
    return 2 <= len(words) <= 4 and all(
        t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in words
    )


def _signed_under_department(doc, found: Found) -> None:
    r"""A department's name alone on a line ahead of its officers' signatures ("Socialförvaltningen"
    / "" / "Anna Ek" / "förvaltningschef" / "" / "Jonas Berg" / "integrationssamordnare"), a
    decision's or report's last lines: each post signed there is the department's, and a unit
    named after a post's comma ("utredare, avdelningen för X") is the department's unit and the
    post's place (round 103 of learning: rounds 156-175 drafted these posts under the
    municipality).

    Examples
    --------
    >>> from samverkan.draft import actors, nlp, reconcile
    >>> doc = nlp.parse("Mora kommun\n\nSocialförvaltningen föreslår att avtalet sägs upp.\n\n"
    ...                 "Socialförvaltningen\n\nAnna Ek\nförvaltningschef\n")
    >>> found = actors.find_actors(doc, reconcile.Index())
    >>> from samverkan.draft.relations import find_relations
    >>> _ = find_relations(doc, found)
    >>> found.actors["kommun/2062/tjanst/forvaltningschef"].parent
    'kommun/2062/socialforvaltningen'
    """
    lines = _lines(doc)
    for n, (s, e) in enumerate(lines):
        mention = found.at_token.get(s)
        if mention is None or mention[1] != e or n + 3 >= len(lines):
            continue
        head = found.actors[mention[0]]
        if head.cls not in _SIGNING_DEPARTMENTS or (n and lines[n - 1][0] != lines[n - 1][1]):
            continue
        k = n + 1
        signed: list[tuple[int, int]] = []
        while k + 1 < len(lines):
            if lines[k][0] == lines[k][1]:
                k += 1
                continue
            if not _name_line(doc, *lines[k]):
                break
            signed.append(lines[k + 1])
            k += 2
        if k < len(lines) and any(t.text.strip() for t in doc[lines[k][0] : lines[k][1]]):
            # running text after the signatures: no block of a page's last lines
            continue
        for ps, pe in signed:
            post = found.at_token.get(ps)
            if post is None or found.actors[post[0]].cls not in _POSTS:
                continue
            actor = found.actors[post[0]]
            place = head.iri
            after = post[1]
            if after < pe and doc[after].text == "," and after + 1 in found.at_token:
                unit_iri, unit_end = found.at_token[after + 1]
                unit = found.actors[unit_iri]
                if unit_end != pe or unit.cls not in _UNITS | _DEPARTMENTS:
                    continue
                if unit.parent_unsure or unit.parent == head.parent:
                    unit.parent, unit.parent_unsure = head.iri, False
                place = unit_iri
            elif after != pe:
                continue
            if actor.parent_unsure or actor.parent == head.parent:
                actor.parent, actor.parent_unsure = place, False
