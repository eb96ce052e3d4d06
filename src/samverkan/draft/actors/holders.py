"""Holders of posts: the person named beside a post, and the unit or employer they work at.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> doc = parse("Karin Olsson, integrationssamordnare i Söderhamns kommun.")
>>> _name_after_a_quoted_post(doc, 0, 1) is None
True
"""

from __future__ import annotations

from samverkan.draft.actors.found import Found, _is_name, _name_word, _person_after, _person_before
from samverkan.draft.model import Actor, slug
from samverkan.draft.nlp import _provinces, place_names

# the posts of a committee that its minutes name in their head
_MINUTES_POSTS = {"ordförande", "vice ordförande", "sekreterare", "nämndsekreterare"}


def _post_holder(doc, start: int, end: int, actor: Actor, found: Found, add) -> None:
    """The person holding the post at ``start:end``, where the sentence names one."""
    person = None
    words = [t.text.lower() for t in doc[max(start - 3, 0) : start]]
    if words in ([",", "som", "är"], [",", "som", "var"]):
        # "Hawo Abdullahi, som är ordförande i Hooyo Hälsingland"
        person = _person_before(doc, start - 3)
    if start >= 3 and doc[start - 1].lower_ == "som":
        # "Föreningen har anställt NAME som verksamhetsledare": the one hired or chosen
        hired = _person_before(doc, start - 1)
        if hired and hired[0] and doc[hired[0] - 1].lower_ in _HIRING:
            person = hired
        # "NAME fortsätter som kassör", "NAME är kvar som ordförande": the one who stays on
        stays = 2 if doc[start - 2].lower_ in _STAYS else 0
        stays = 3 if doc[start - 3 : start - 1].text.lower() == "är kvar" else stays
        if person is None and stays:
            person = _person_before(doc, start - stays)
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
        # ("Projektledare är fortfarande NAME": an adverb of time between)
        step = len(copula) - (copula[0] != "har")
        if doc[end + step : end + step + 1].text.lower() in _STILL:
            step += 1
        after = _person_after(doc, end + step)
        # "... är NAME på förvaltningen": the workplace may follow the name
        if after is not None and (
            after[1] == len(doc) or doc[after[1]].text in {".", ",", "på", "vid", "hos"}
        ):
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
    if person is None:
        # "... säger Eva Ek. Hon är enhetschef på ...": the name that ends the sentence before
        person = _named_before_the_pronoun(doc, start, found)
    if person is None and _under_a_name_line(doc, start):
        # a signature: "Anna Ek" / "avdelningschef, avdelningen för ...": the name above
        person = _name_line_above(doc, start)
    if person is not None and _is_name(doc, person):
        _add_person(doc, person, actor, found, add)


_WORKTIME = {"heltid", "halvtid", "deltid"}
# "Projektledare är fortfarande NAME": an adverb between the verb and the name
_STILL = {"fortfarande", "numera", "nu", "också", "även", "sedan"}
# "NAME fortsätter som kassör": the verb of one who stays in a post
_STAYS = {"fortsätter", "kvarstår", "stannar"}


# verbs whose object then holds the post: "har anställt NAME som", "valde NAME som"
_HIRING = {
    "anställt",
    "anställde",
    "anställer",
    "rekryterat",
    "rekryterade",
    "valt",
    "valde",
    "utsett",
    "utsåg",
}


# "Hon är", "Han arbetar som": a sentence about the person the one before it ends with
_PRONOUN_OPENINGS = {("hon", "är"), ("han", "är"), ("hon", "arbetar"), ("han", "arbetar")}


def _named_before_the_pronoun(doc, start: int, found: Found) -> tuple[int, int] | None:
    """The person a sentence opening "Hon är"/"Han är" (the post within its first words)
    is about: the name that ends the sentence before it ("Bredvid henne sitter Ali Noor. Han
    är fritidsledare på ..."), not an organisation's name.

    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Vid bordet sitter Ali Noor. Han är fritidsledare i Mora.")
    >>> _named_before_the_pronoun(doc, 9, Found())
    (3, 5)
    """
    sent = doc[start].sent
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or (words[0].lower_, words[1].lower_) not in _PRONOUN_OPENINGS:
        return None
    if start - words[1].i > 4:
        return None
    k = sent.start - 1
    while k >= 0 and (doc[k].is_space or doc[k].text == "."):
        k -= 1
    person = _person_before(doc, k + 1)
    if person is None or doc[k + 1 : sent.start].text.strip() != ".":
        return None
    inside = any(s < person[1] and person[0] < e for s, (_iri, e) in found.at_token.items())
    return None if inside or not _is_name(doc, person) else person


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


def unit_after_holder(doc, end: int, found: Found) -> Actor | None:
    """The unit named after a post's holder in running text (round 31 of learning): "av
    enhetschef Eva Ek, Jobbcentrum, och ...", "Kontakta projektledaren Eva Ek,
    arbetsmarknadsavdelningen, X kommun". ``end`` is the post's end; the unit is a
    department or unit the text names right after the holder's name and a comma, or right
    after the post and "för", "på" or "vid" ("verksamhetschef för vuxenutbildningen")."""
    if end + 1 < len(doc) and doc[end].lower_ in {"för", "på", "vid"}:
        # "Eva Ek, verksamhetschef för vuxenutbildningen i X kommun", "samordnare på Jobbcentrum"
        hit = found.at_token.get(end + 1)
        unit = found.actors.get(hit[0]) if hit else None
        return unit if unit is not None and unit.cls in _UNIT_CLASSES else None
    person = _person_after(doc, end)
    if person is None or person[1] + 1 >= len(doc) or doc[person[1]].text != ",":
        return None
    hit = found.at_token.get(person[1] + 1)
    unit = found.actors.get(hit[0]) if hit else None
    return unit if unit is not None and unit.cls in _UNIT_CLASSES else None


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


def _name_line_above(doc, start: int) -> tuple[int, int] | None:
    """The token span of the line above the line that ``start`` begins."""
    k = start - 2
    while k > 0 and "\n" not in doc[k - 1].text:
        k -= 1
    return (k, start - 1) if k < start - 1 else None


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
