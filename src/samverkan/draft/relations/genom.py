"""The conventions of "genom" that the passes reading it share, in one place.

A page names the unit a party takes part through after "genom": "Kils kommun genom
fritidsenheten", "Grums kommun deltar genom sin arbetsmarknadsenhet", "Orsa kommun är part
genom Kultur- och fritidsförvaltningen". The passes that read it (``_through_its_unit``,
``_parties_of_the_section`` and ``_with_us`` of :mod:`main_collaboration`,
``told_parties_join`` of :mod:`ungrouped`, ``through_units_join`` of :mod:`through_units`)
and ``work_members_join`` (no "genom" of its own; the same denial and the same test of a
unit whose organisation is in the work) take what they share from here, one place for each:

- the words: a denial (:data:`NOT`), a plan (:data:`PLANNED`), the possessives after
  "genom" (:data:`OWN`, and :data:`OWN_OR_OWNERS` with "dess", "kommunens"), the verbs of
  taking part (:data:`TAKES_PART`), the words of an owner (:data:`OWNED`);
- where the unit's name begins after "genom" (:func:`after_genom`), whether "genom" tells
  how a party takes part (:func:`takes_part_through`), whether a sentence denies
  (:func:`denied`) or tells an owner (:func:`owner_sentence`);
- whether a unit is one of a party's (:func:`unit_of`, the drafted parent; :func:`belongs_to`,
  any organisation above it).

Examples
--------
>>> lowers = "grums kommun deltar genom sin arbetsmarknadsenhet .".split()
>>> g = lowers.index("genom")
>>> takes_part_through(lowers, g), lowers[after_genom(lowers, g)]
(True, 'arbetsmarknadsenhet')
>>> denied("arvika kommun deltar inte genom sin socialförvaltning .".split())
True
>>> owner_sentence("insatsen ägs av kils kommun genom arbetsmarknadsenheten .".split())
True
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from samverkan.draft.actors import Found

__all__ = [
    "NOT",
    "OWN",
    "OWNED",
    "OWN_OR_OWNERS",
    "PLANNED",
    "TAKES_PART",
    "after_genom",
    "belongs_to",
    "denied",
    "owner_sentence",
    "takes_part_through",
    "unit_of",
]

# a denial: "X är inte part", "X deltar inte genom sin Y"
NOT = {"inte", "ej", "aldrig", "icke"}
# a plan, not a part yet: "X ska delta genom sin Y"
PLANNED = {"ska", "skall", "kommer", "planerar", "vill", "kan", "kunde", "skulle"}
# "genom sin/sitt/sina Y": the body's own unit
OWN = {"sin", "sitt", "sina"}
# "genom dess Y", "genom kommunens Y" as well (round 87 of learning)
OWN_OR_OWNERS = OWN | {"dess", "kommunens", "regionens"}
# the verbs before "genom" of a body that takes part through its unit
TAKES_PART = {"deltar", "deltog", "medverkar", "medverkade"}
# "Insatsen ägs av X kommun genom arbetsmarknadsenheten": the owner acts through its unit,
# which the keys leave out of the work (round 17 of learning)
OWNED = {"ägs", "ägdes", "ägare", "projektägare", "huvudman"}


def after_genom(lowers: Sequence[str], g: int, own: Collection[str] = OWN) -> int:
    """The index in ``lowers`` of the word the unit's name begins at after "genom" at ``g``:
    past "sin/sitt/sina" (or any word of ``own``) when one follows.

    Examples
    --------
    >>> lowers = "kils kommun genom sin fritidsenhet".split()
    >>> after_genom(lowers, 2), after_genom("kils kommun genom fritidsenheten".split(), 2)
    (4, 3)
    >>> after_genom("x deltar genom dess kansli".split(), 2, OWN_OR_OWNERS)
    4
    """
    return g + 2 if g + 1 < len(lowers) and lowers[g + 1] in own else g + 1


def takes_part_through(lowers: Sequence[str], g: int) -> bool:
    """Whether "genom" at ``g`` tells how a party takes part: "genom sin/sitt/sina" after a
    verb of taking part ("deltar", "medverkar") or "är med" (rounds 32 and 39 of learning).

    Examples
    --------
    >>> takes_part_through("regionen medverkar genom sitt kunskapscentrum".split(), 2)
    True
    >>> takes_part_through("x är med genom sin vuxenutbildning".split(), 3)
    True
    >>> takes_part_through("x når ut genom sin hemsida".split(), 3)
    False
    """
    return (
        0 < g < len(lowers) - 1
        and lowers[g] == "genom"
        and lowers[g + 1] in OWN
        and (lowers[g - 1] in TAKES_PART or list(lowers[max(g - 2, 0) : g]) == ["är", "med"])
    )


def denied(lowers: Iterable[str], planned: bool = False) -> bool:
    """Whether the words deny ("inte", "ej", "aldrig", "icke"), or, with ``planned``, tell
    a plan ("ska", "kommer", "vill", ...).

    Examples
    --------
    >>> denied("grums kommun är inte part".split()), denied("grums kommun är part".split())
    (True, False)
    >>> denied("grums kommun ska delta genom sin skola".split(), planned=True)
    True
    """
    return bool((NOT | PLANNED if planned else NOT) & set(lowers))


def owner_sentence(lowers: Iterable[str]) -> bool:
    """Whether the words tell an owner ("ägs av X genom Y", "projektägare är X genom Y"):
    the owner's unit is not a party of the work (round 17 of learning).

    Examples
    --------
    >>> owner_sentence("projektägare är kils kommun genom fritidsenheten".split())
    True
    >>> owner_sentence("kils kommun deltar genom fritidsenheten".split())
    False
    """
    return bool(OWNED & set(lowers))


def unit_of(found: Found, unit: str, bodies: str | Collection[str]) -> bool:
    """Whether ``unit`` is drafted as a unit of the body (or of one of the ``bodies``), its
    parent.

    Examples
    --------
    >>> from samverkan.draft.model import Actor
    >>> found = Found(actors={
    ...     "kommun/1715/fritidsenheten": Actor("kommun/1715/fritidsenheten",
    ...                                         "sam:MunicipalUnit", "Fritidsenheten", "",
    ...                                         parent="kommun/1715")})
    >>> unit_of(found, "kommun/1715/fritidsenheten", "kommun/1715")
    True
    >>> unit_of(found, "kommun/1715/fritidsenheten", ["kommun/1764"])
    False
    """
    parent = found.actors[unit].parent
    return parent == bodies if isinstance(bodies, str) else parent in bodies


def belongs_to(found: Found, unit: str, body: str) -> bool:
    """Whether ``unit`` belongs to ``body`` at any depth: its IRI under the body's, or the body
    among the organisations above it.

    Examples
    --------
    >>> belongs_to(Found(), "kommun/1715/fritidsenheten", "kommun/1715")
    True
    >>> belongs_to(Found(), "kommun/1764/skolan", "kommun/1715")
    False
    """
    return unit.startswith(body + "/") or body in found.ancestors(unit)
