"""The drafter's working data: actors, relations and page metadata, with their evidence."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

__all__ = [
    "POST_CLASSES",
    "Actor",
    "Draft",
    "Relation",
    "municipal_company",
    "post_class",
    "slug",
]

#: The classes of a post.
POST_CLASSES = frozenset({"org:Post", "sam:CoordinatorPost"})


def slug(text: str) -> str:
    """An IRI slug by the project's rules: lower-case ASCII (å, ä → a, ö → o), words joined by -.

    Examples
    --------
    >>> slug("Kultur- och fritidsförvaltningen")
    'kultur-och-fritidsforvaltningen'
    >>> slug("Samordnare för flyktingfrågor")
    'samordnare-for-flyktingfragor'
    """
    folded = unicodedata.normalize("NFKD", text.lower())
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c))
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in ascii_text).split()
    return "-".join(words)


@dataclass
class Actor:
    """An actor the text names; ``iri`` is relative to ``https://w3id.org/samverkan/id/``."""

    iri: str
    cls: str
    label_sv: str
    label_en: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    parent: str | None = None
    municipality: str | None = None
    holder: str | None = None
    holders: list[str] = field(default_factory=list)  # a shared post's further holders
    reference: bool = False
    known: bool = False
    unsure: bool = False
    parent_unsure: bool = False

    def add_holder(self, person: str) -> None:
        """Make ``person`` a holder of this post: the holder, or one more of a shared post's.

        Examples
        --------
        >>> post = Actor("org/x/tjanst/ledamot", "org:Post", "ledamot", "board member")
        >>> for who in ("person/a", "person/b", "person/a"):
        ...     post.add_holder(who)
        >>> post.holder, post.holders
        ('person/a', ['person/b'])
        """
        if self.holder is None:
            self.holder = person
        elif person != self.holder and person not in self.holders:
            self.holders.append(person)


def post_class(label: str) -> str:
    """The class of a post named ``label``: a coordinator's post or any post.

    Examples
    --------
    >>> post_class("integrationssamordnare"), post_class("enhetschef")
    ('sam:CoordinatorPost', 'org:Post')
    """
    coordinator = "koordinator" in label or "samordnare" in label
    return "sam:CoordinatorPost" if coordinator else "org:Post"


def municipal_company(code: str, name: str) -> Actor:
    """A municipal company named ``name`` of municipality ``code``, minted by the IRI rules
    and marked for review (the rules only guess that a company is the municipality's).

    Examples
    --------
    >>> municipal_company("2023", "Orsahus").iri
    'kommun/2023/bolag/orsahus'
    """
    return Actor(
        f"kommun/{code}/bolag/{slug(name)}",
        "sam:MunicipalCompany",
        name,
        name,
        municipality=code,
        unsure=True,
    )


@dataclass
class Relation:
    """A funding or a collaboration found in one sentence, with the words that state it."""

    kind: str  # "funding" or "collaboration"
    span: tuple[int, int]
    funder: str | None = None
    recipients: list[str] = field(default_factory=list)
    funded_items: list[str] = field(default_factory=list)
    scheme: str | None = None
    members: dict[str, str] = field(default_factory=dict)  # actor -> role
    # a party the party model joined (draft.partymodel) -> the sentence that names it
    member_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    name: str | None = None
    start: str | None = None
    end: str | None = None
    amount: int | None = None
    unsure: bool = True


@dataclass
class Draft:
    """Everything the drafter found in one text."""

    stem: str
    file_name: str
    sha256: str
    title: tuple[str, tuple[int, int]] | None = None
    publisher: str | None = None
    publisher_unsure: bool = False
    issued: str | None = None
    modified: str | None = None
    retrieved: str | None = None  # only for a page that carries no date of its own
    page_kind: str = "nyhet"
    subject: str | None = None
    spatial: str | None = None
    actors: dict[str, Actor] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    # counts of people: (Count, index of the relation it belongs to or None, actor or None)
    counts: list[tuple[object, int | None, str | None]] = field(default_factory=list)
    # the labels of bodies the draft leaves out, named only in a refused application or a
    # bare negation, or posts named only by a bare word (round 75), for the reviewer to see
    left_out: list[str] = field(default_factory=list)
