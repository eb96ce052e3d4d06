"""A statistical name finder beside the rules: actor names the rules missed, for review.

A small spaCy ``ner`` component (a blank Swedish pipeline, its own ``tok2vec``, no
pretrained vectors, trained by :mod:`samverkan.draft.train_ner` on the project's annotated
test pages) reads the drafter's tokens and proposes spans of five kinds (``ORG``, ``UNIT``,
``POST``, ``PERSON``, ``GROUP``). :func:`add_model_actors` keeps only spans no rule found and
that pass the rules' own checks, gives them a class from their head words, marks each for
review (``sam:reviewStatus "draft"``) and records them where the relation rules look for
actors, so funding and collaboration come from the same sentence patterns as before.

The model ships as package data (``ner_model/``, 2.3 MB) and is read from disk only:
nothing is downloaded.

Examples
--------
>>> from samverkan.draft.nlp import parse
>>> from samverkan.draft.reconcile import Index
>>> from samverkan.draft.actors import find_actors
>>> doc = parse("Läxhjälpen i Motala kommun drivs av Kvinnojouren Blåklinten, som fick medel "
...             "från Länsstyrelsen.")
>>> found = find_actors(doc, Index())
>>> "org/kvinnojouren-blaklinten" in found.actors
False
>>> added = add_model_actors(doc, found, Index())
>>> [(a.iri, a.cls, a.unsure) for a in added]
[('org/kvinnojouren-blaklinten', 'sam:CivilSocietyOrganization', True)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from samverkan.draft import lexicon
from samverkan.draft.model import POST_CLASSES, Actor, slug
from samverkan.draft.nlp import page_text
from samverkan.errors import SamverkanError

__all__ = ["MODEL_DIR", "add_model_actors", "copy_tokens", "load", "predict"]

MODEL_DIR = Path(__file__).resolve().parent / "ner_model"

_AGENCY_HEADS = ("verket", "myndigheten", "universitet", "universitetet", "högskola", "högskolan")
# first words of public bodies the rules read themselves (a region has no class here)
_NOT_NAMES = {"region", "regionen", "regionens", "länsstyrelsen", "kommunen", "kommun"}
# head words that make a capitalised phrase an organisation's or a unit's name
_HEADS = (
    *lexicon.ORGANISATION_ENDINGS,
    *lexicon.DEPARTMENT_ENDINGS,
    *lexicon.NAME_HEAD_ENDINGS,
    *lexicon.UNIVERSITY_HEADS,
    *lexicon.AGENCY_ENDINGS,
    "föreningen",
    "församling",
    "stift",
    "nätverket",
)
_HEADING = re.compile(r"^\s*(\d+(\.\d+)*\.?|.*[›>])\s*$")
# a place's name, not an actor's: streets, squares, rooms, woods
_PLACE_HEADS = ("gatan", "vägen", "torget", "gränd", "rummet", "skogen", "platsen", "parken")


@lru_cache(maxsize=4)
def load(path: str | None = None):
    """The trained pipeline in ``path`` (default: the shipped :data:`MODEL_DIR`)."""
    import spacy

    where = Path(path) if path else MODEL_DIR
    if not (where / "config.cfg").is_file():
        raise SamverkanError("no trained name model here", path=where)
    try:
        nlp = spacy.load(where)
    except (OSError, ValueError, KeyError) as exc:
        raise SamverkanError(f"cannot read the name model: {exc}", path=where) from None
    if "ner" not in nlp.pipe_names:
        raise SamverkanError("not a name model: it has no ner component", path=where)
    return nlp


def copy_tokens(vocab, tokens):
    """A new ``Doc`` in ``vocab`` with the same tokens and spaces as ``tokens`` (no labels)."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def predict(doc, path: str | None = None) -> list[tuple[int, int, str]]:
    """The model's spans of ``doc`` as (start token, end token, kind), on the drafter's tokens.

    Examples
    --------
    >>> from samverkan.draft.nlp import parse
    >>> doc = parse("Det säger Karin Olsson, ordförande i Föreningen Gemenskap.")
    >>> [(doc[s:e].text, kind) for s, e, kind in predict(doc)]
    [('Karin Olsson', 'PERSON'), ('ordförande', 'POST'), ('Föreningen Gemenskap', 'ORG')]
    """
    nlp = load(path)
    copy = nlp.get_pipe("ner")(copy_tokens(nlp.vocab, doc))
    return [(e.start, e.end, e.label_) for e in copy.ents]


def _free(found, start: int, end: int) -> bool:
    """No rule's actor mention overlaps tokens ``start`` to ``end``."""
    return all(e <= start or s >= end for s, (_iri, e) in found.at_token.items())


def _name_checks(span, munis) -> bool:
    """The rules' checks of a name: capitalised, not a place or a public body alone."""
    from samverkan.draft.actors.found import _NAME_STOP

    words = [t for t in span if not t.is_punct]
    if not words or any(t.is_space or "\n" in t.text for t in span):
        return False
    if not any(t.text[:1].isupper() for t in words):
        return False
    if any(t.text in "()[]" or t.lower_.endswith(_PLACE_HEADS) for t in span):
        return False
    last = words[-1].lower_
    if last in lexicon.POST_WORDS or last.endswith(lexicon.POST_ENDINGS):
        return False  # "Kommunens integrationssamordnare" is a post
    # a capitalised first word only, where a line or sentence starts, and no head word
    # ("3. Ansvar och organisation", "Skolplaceringen görs av ...") is no name
    doc = span.doc
    at_start = span.start == 0 or words[0].is_sent_start or not doc[span.start - 1].is_alpha
    capitals = [t for t in words if t.text[:1].isupper()]
    if capitals == [words[0]] and at_start and not last.endswith(_HEADS):
        return False
    # a numbered heading or the end of a breadcrumb ("3. Ansvar och organisation",
    # "Hem › Engagera dig › Integration och mötesplatser") names a section, not an actor
    line = page_text(doc)[: span.start_char].rsplit("\n", 1)[-1]
    rest = page_text(doc)[span.end_char :].split("\n", 1)[0]
    if not rest.strip() and _HEADING.match(line):
        return False
    if words[0].text in _NAME_STOP or words[0].lower_ in _NAME_STOP:
        return False
    if any(t.lower_ in _NOT_NAMES for t in words[:1]):
        return False  # "Region Skåne": no class for a region; boards come from the rules
    shorts = {short.lower() for short, _official in munis.values()}
    text = span.text.lower().rstrip("s").rstrip(":")
    if text in shorts or span.text.lower() in shorts:
        return False  # a municipality's name alone is the rules' to read
    # one word is a name when it is an acronym, has a head word or is definite ("Magasinet");
    # not a first name ("avslutar Malin") or a place ("på Mälaröarna")
    return len(words) > 1 or words[0].is_upper or last.endswith((*_HEADS, "et", "en"))


def _projects(doc) -> set[str]:
    """The first words of the projects the page names ("projektet LIS – Lyckad ...")."""
    from samverkan.draft.actors.posts import _project_acronym, project_words

    names = project_words(doc)
    acronym = _project_acronym(doc)
    return names | ({acronym} if acronym else set())


def _post_beside(doc, found, start: int, end: int) -> Actor | None:
    """The post with no holder yet named just after a name (", POST") or just before it
    ("POST NAME", "POST UNIT: NAME"), with only punctuation, a party or a unit between."""
    units = {
        i
        for s, (iri, e) in found.at_token.items()
        if found.actors.get(iri) is not None
        and found.actors[iri].cls in {"sam:MunicipalUnit", "sam:Department"}
        for i in range(s, e)
    }
    for s, (iri, e) in sorted(found.at_token.items()):
        actor = found.actors.get(iri)
        if actor is None or actor.cls not in POST_CLASSES or actor.holder is not None:
            continue
        between = doc[end:s] if s >= end else doc[e:start]
        # "NAME, POST", "NAME (S), POST", "POST: NAME", a contact block's lines
        if (
            (s >= end or e <= start)
            and len(between) <= 6
            and all(
                t.is_punct or t.is_space or (t.is_upper and len(t) <= 3) or t.i in units
                for t in between
            )
        ):
            return actor
    return None


def _misspelt_post(word: str, found) -> Actor | None:
    """The post the page already names that ``word`` misspells by a letter or two, if any.

    >>> from samverkan.draft.actors import Found
    >>> found = Found(actors={"p": Actor("p", "org:Post", "integrationssamordnare", "")})
    >>> _misspelt_post("integrationsasarordnare", found).iri
    'p'
    >>> _misspelt_post("integrationsstrateg", found) is None
    True
    """
    from difflib import SequenceMatcher

    posts = (a for a in found.actors.values() if a.cls in POST_CLASSES)
    return next(
        (
            a
            for a in posts
            if a.label_sv != word and SequenceMatcher(None, word, a.label_sv).ratio() >= 0.9
        ),
        None,
    )


def _org_class(span) -> str:
    words = span.text.split()
    low = span.text.lower()
    if words[-1] in {"AB", "HB", "KB"}:
        return "sam:PrivateCompany"
    if words[-1].lower().endswith(_AGENCY_HEADS):
        return "sam:StateAgency"
    if any(low.endswith(e) for e in ("fonden", "socialfonden", "regionalfonden")):
        return "sam:EUFund"
    return "sam:CivilSocietyOrganization"


def _muni_near(doc, found):
    sentence_starts = sorted({s.start for s in doc.sents})
    previous = dict(zip(sentence_starts[1:], sentence_starts, strict=False))

    def muni_near(i: int) -> str | None:
        start = doc[i].sent.start
        if start in found.sentence_muni:
            return found.sentence_muni[start]
        return found.sentence_muni.get(previous.get(start, -1), found.page_code)

    return muni_near


def _drop_people_named_as_organisations(found, before: set[str]) -> None:
    """Remove the organisations the model added whose name is a person's of the draft.

    In a contact block ("NAME, POST, ORGANISATION") the model may tag the name as an
    organisation before the post that makes it a person is read; the person is drafted
    from the post, so the organisation of the same name is none (eight such names on the
    blind rounds 176-183). One that is a post's organisation stays.
    """
    parents = {a.parent for a in found.actors.values()}
    for iri in [i for i in found.actors if i not in before and i.startswith("org/")]:
        if f"person/{iri[4:]}" in found.actors and iri not in parents:
            del found.actors[iri]
            for start in [s for s, (i, _e) in found.at_token.items() if i == iri]:
                del found.at_token[start]


def add_model_actors(doc, found, index, path: str | None = None) -> list[Actor]:
    """Add to ``found`` the model's actors that no rule found; return them.

    Each passes the rules' checks for its kind (a name is capitalised and not a place alone;
    a post must not be a post in general; a person is two or three name words), is reconciled
    with ``index`` like the rules' actors, and is marked unsure (for review). ``GROUP`` spans
    are left to the rules' lexicon.
    """
    from samverkan.draft.actors.found import _is_name
    from samverkan.draft.actors.organisations import _SPEAKER_CUES, _org_nominative
    from samverkan.draft.actors.posts import _post

    muni_near = _muni_near(doc, found)
    before = set(found.actors)
    projects = _projects(doc)

    def add(actor: Actor, start: int, end: int) -> Actor:
        known = None if actor.reference else index.find(actor.iri, actor.label_sv, None)
        if known is not None and known.iri in found.actors:
            actor = found.actors[known.iri]
        elif known is not None:
            fields = ("iri", "cls", "label_sv", "label_en", "parent")
            actor = Actor(**{f: getattr(known, f) for f in fields}, known=True)
        kept = found.actors.setdefault(actor.iri, actor)
        kept.mentions.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
        found.at_token[start] = (kept.iri, end)
        return kept

    for start, end, kind in predict(doc, path):
        if not _free(found, start, end):
            continue
        span = doc[start:end]
        if kind == "POST":
            plain = not (span[-1].is_space or span[-1].is_punct)
            same = _misspelt_post(span.text.lower(), found)
            if same is not None:
                add(same, start, end)  # "integrationsasarordnare": the post the page names
            elif span[0].lower_ not in _SPEAKER_CUES and len(span) <= 5 and plain:
                _post(doc, span, found, add, muni_near)
            continue
        if kind == "GROUP" or not _name_checks(span, found.munis) or span[0].text in projects:
            continue  # a project is no actor
        post = _post_beside(doc, found, start, end)
        if kind == "ORG" and post is not None and not span[-1].lower_.endswith(_HEADS):
            kind = "PERSON"  # "Jelena Kovač, ordförande": a name beside a post is a person's
        if kind == "PERSON":
            if post is not None and 2 <= len(span) <= 3 and _is_name(doc, (start, end)):
                # people appear with their post only: "NAME, POST", "POST NAME"
                person = add(
                    Actor(
                        f"person/{slug(span.text)}",
                        "foaf:Person",
                        span.text,
                        span.text,
                        unsure=True,
                    ),
                    start,
                    end,
                )
                post.holder = person.iri
            continue
        name = _org_nominative(span)
        if kind == "UNIT":
            code = muni_near(start)
            if code is None:
                continue
            add(
                Actor(
                    f"kommun/{code}/{slug(name)}",
                    "sam:MunicipalUnit",
                    name,
                    name,
                    parent=f"kommun/{code}",
                    parent_unsure=True,
                    unsure=True,
                ),
                start,
                end,
            )
            continue
        add(
            Actor(
                f"org/{slug(name)}",
                _org_class(span),
                name,
                name,
                municipality=muni_near(start),
                unsure=True,
            ),
            start,
            end,
        )
    _drop_people_named_as_organisations(found, before)
    for actor in found.actors.values():
        if actor.iri not in before:
            actor.unsure = True
    return [a for iri, a in found.actors.items() if iri not in before]
