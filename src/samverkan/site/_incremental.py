"""The resource pages of an incremental build: write again only the pages a change reaches.

A page shows its resource's own rows (stated and derived facts, the reasons of its ties,
the quotes, its measures, its data files) and, of every other resource it names, what
:func:`appearance` gives: its label, whether it has a page, its document row (title,
date, publisher), whether it is a draft and the quotes about it. While a page is written
(:func:`recording`) the resources it names are recorded; the build's cache keeps, for every
page, those names, and for every named resource a digest of its appearance, and for every
resource the digest of its measures.

The next build (:func:`pages_to_write`) writes again the page of a resource when

- the change touched it (:func:`samverkan.incremental.touched_iris`: it is the subject or
  object of a triple a changed document lost or gained, or of a derived triple that went
  or came, or holds a blank node such a triple is about), or the reasons of its tie with
  a resource the change touched are not those of the previous build (the reasons go
  through the other resource's memberships, fundings and posts; where the previous build
  kept the touched resource's tie rows, those of the partners whose rows changed, else
  every partner but those whose own kept rows show the same reasons,
  :func:`_partners_to_write`);
- a resource it names looks different (its appearance digest changed);
- it gained or lost its measure panel (:func:`measures_digest`; the values are in files
  beside the pages, :func:`samverkan.site._panels.write_measures`, which every build
  writes), or it had no page before.

Every other page, with its Turtle and JSON-LD, is the previous build's file (a hard link,
or a copy where links cannot be made). A rebuild links the whole previous site into the
new build while it loads the previous dataset (:class:`PreLinked`, a processor is idle
then); the pages written replace their links (:func:`samverkan.views._render.write_new`,
never writing through them) and the files the new site has no use for go
(:func:`remove_stale`). What the site reads of the whole store is kept too
and patched with the change (:mod:`samverkan.site._reads`), and so are the stated and
derived rows of the largest pages (:func:`write_rows`, :meth:`Previous.kept_rows`): a
national actor's page is written again whenever a partner is touched, and its thousands of
derived rows are the same while the actor itself is not; their tie rows too, which tell
which partners of a touched national actor have other reasons. The site's index, which names
every resource, is written in full. A document's reader is written again when the change
touched its document (its text or graph) or a resource it names looks different
(:func:`readers_to_keep`); the rest are the previous build's files.
``tests/test_incremental_views.py`` compares every file with a full build's.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import shutil
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from samverkan.site._reads import READS_NAME, Reads
from samverkan.site._site import Site, _row_type

__all__ = [
    "CACHE_NAME",
    "PRELINKED",
    "PreLinked",
    "Previous",
    "appearance",
    "link_files",
    "link_page",
    "pages_to_write",
    "patched_reads",
    "readers_to_keep",
    "recording",
    "remove_stale",
]

#: The file of the site's cache (in the views' cache directory).
CACHE_NAME = "site.json"
#: Where a rebuild links the previous site (:class:`PreLinked`), in the new build's views,
#: before it takes the place of the site.
PRELINKED = ".site-linked"
#: The file of the kept rows of the largest pages (:func:`write_rows`), beside it.
ROWS_NAME = "site-rows.pickle"
#: What the cache holds (:func:`write_cache`).
_CACHE_KEYS = frozenset({"iris", "appearance", "names", "measures", "parts"})
#: The pages whose stated and derived rows are kept between builds: those with at least
#: this many (at a million quads, the national actors' thousands of derived ties, most of
#: the cost of reading a rebuild's rows, while they are rarely touched themselves).
KEEP_ROWS_FROM = 500
_SUFFIXES = (".html", ".ttl", ".jsonld")


def patched_reads(
    store: Any, cache_dir: Path, touched: set[str], kept: Reads | None = None
) -> tuple[Reads, bool] | None:
    """The whole-store reads the previous build kept in ``cache_dir`` (or ``kept``, those
    reads unpickled already), patched with the change that touched ``touched``
    (:meth:`samverkan.site._reads.Reads.patch`), and whether the change left the set of
    source documents as it was; None when it kept none.

    At a million quads, loading and patching take about 0.3 s where reading afresh takes 8.

    Examples
    --------
    >>> import tempfile
    >>> from samverkan.network import example_store
    >>> store, cache = example_store(), Path(tempfile.mkdtemp())
    >>> patched_reads(store, cache, set()) is None
    True
    >>> Reads.read(store).save(cache / READS_NAME)
    >>> reads, kept = patched_reads(store, cache, {"https://w3id.org/samverkan/id/kommun/1281"})
    >>> reads == Reads.read(store), kept
    (True, True)
    """
    if kept is None:
        kept = Reads.load(cache_dir / READS_NAME)
    if kept is None:
        return None
    patched = kept.patch(store, touched)
    return patched, set(kept.documents) == set(patched.documents)


class Previous:
    """The previous build's site (``site_dir``), its cache, and the IRIs the change
    touched (:func:`samverkan.incremental.touched_iris`)."""

    def __init__(
        self,
        site_dir: Path,
        cache: dict[str, Any],
        touched: set[str],
        cache_dir: Path | None = None,
    ) -> None:
        self.site_dir = site_dir
        self.cache_dir = cache_dir
        #: whether the change left the set of source documents as it was (:meth:`reads`)
        self.documents_kept = False
        #: the directories of the new site made so far (:func:`link_page`)
        self.made: set[str] = set()
        #: the files of the previous site linked into the new one already
        #: (:class:`PreLinked`), and those of them the new site keeps (:func:`link_files`)
        self.prelinked: set[str] | None = None
        self.linked: set[str] = set()
        self.cache = cache
        self.touched = touched
        #: the patched reads and whether the documents were kept (:meth:`reads`)
        self.patched: tuple[Reads, bool] | None = None
        #: the rows :func:`write_rows` kept, once read (:meth:`_rows`)
        self._kept: tuple[dict[str, list[str]], dict[str, dict[str, list]]] | None = None
        self._kept_read = False

    @classmethod
    def read(cls, site_dir: Path, cache_dir: Path, touched: set[str]) -> Previous | None:
        """The previous build's site and cache, or None when either is missing."""
        try:
            cache = json.loads((cache_dir / CACHE_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not site_dir.is_dir() or not _CACHE_KEYS.issubset(cache):
            return None
        return cls(site_dir, cache, touched, cache_dir)

    def reads(self, store: Any) -> Reads | None:
        """The previous build's whole-store reads patched with the change
        (:meth:`samverkan.site._reads.Reads.patch`), or None when it kept none; those
        :meth:`adopt` was given, when it was."""
        if self.patched is None and self.cache_dir is not None:
            self.patched = patched_reads(store, self.cache_dir, self.touched)
        if self.patched is None:
            return None
        reads, self.documents_kept = self.patched
        return reads

    def adopt(self, patched: tuple[Reads, bool] | None) -> None:
        """Take the reads :func:`patched_reads` made in another process (the views' main
        one, which needs them too) instead of patching them again."""
        if patched is not None:
            self.patched = patched

    def _rows(self) -> tuple[dict[str, list[str]], dict[str, dict[str, list]]] | None:
        """The rows :func:`write_rows` kept (read once)."""
        if self.cache_dir is None:
            return None
        if not self._kept_read:
            self._kept, self._kept_read = _load_rows(self.cache_dir / ROWS_NAME), True
        return self._kept

    def old_ties(self, iris: Collection[str]) -> dict[str, dict[str, set[tuple[Any, ...]]]]:
        """The previous build's tie rows (:data:`samverkan.site._queries.TIES`) of those of
        ``iris`` whose rows it kept (:func:`write_rows`), per other resource: the rows
        of its page as it is now, whether the change touched it or not."""
        found = self._rows()
        if found is None:
            return {}
        kept = found[1].get("ties", {})
        out: dict[str, dict[str, set[tuple[Any, ...]]]] = {}
        for iri in iris:
            rows = kept.get(iri)
            if rows is None:
                continue
            mine = out[iri] = {}
            for row in rows:
                mine.setdefault(row[0], set()).add(tuple(row))
        return out

    def kept_rows(self, site: Site) -> dict[str, dict[str, list[Any]]]:
        """The stated and derived rows the previous build kept (:func:`write_rows`) that
        are still the store's: those of the resources the change did not touch.

        A resource's stated rows are the triples about it in the documents' graphs, its
        derived rows those of the inferred graph that no document states: both change
        only with a triple about it, stated or derived, which makes it touched
        (:func:`samverkan.incremental.touched_iris`), or with the set of source
        documents, which makes none of them kept. Only after :meth:`reads`.
        """
        if self.cache_dir is None:
            return {}
        found = self._rows()
        if found is None:
            return {}
        names, rows = found
        kept: dict[str, dict[str, list[Any]]] = {}
        for panel, by_iri in rows.items():
            if panel != "ties" and not self.documents_kept:
                continue
            make = _row_type(names[panel])
            kept[panel] = {
                iri: [make(row) for row in found_rows]
                for iri, found_rows in by_iri.items()
                if iri not in self.touched and iri in site.pages
            }
        return kept


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:16]


def appearance(site: Site, iri: str) -> str:
    """A digest of what another page shows of ``iri``: its label in both languages, its
    page, its document row with its publisher's label, whether it is a draft and the
    quotes about it."""
    doc = site.documents.get(iri)
    publisher = site.label(doc.publisher) if doc is not None and doc.publisher else None
    return _digest(
        (
            site.label(iri),
            site.pages.get(iri),
            None if doc is None else tuple(doc),
            publisher,
            iri in site.drafts,
            [tuple(row) for row in site.by_subject.get(iri, ())],
        )
    )


def measures_digest(site: Site, iri: str) -> str:
    """A digest of the measure panel of ``iri`` as its page holds it
    (:func:`samverkan.site._panels.measures_panel`), ``""`` without measures. The panel
    holds no value: the values are in the files beside the pages, which every build
    writes; a change of the network moves every actor's betweenness or closeness, and the
    page stays the same. It is written again when it gains or loses its panel.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> iri = "https://w3id.org/samverkan/id/kommun/1281"
    >>> def site(value):
    ...     return SimpleNamespace(measures={"kommun/1281": {"closeness": value}})
    >>> measures_digest(site(0.41234), iri) == measures_digest(site(0.9), iri) != ""
    True
    >>> measures_digest(SimpleNamespace(measures={}), iri)
    ''
    """
    from samverkan.site._panels import measures_panel

    panel = measures_panel(site, iri)
    return _digest(panel) if panel else ""


class _Seen(dict):
    """``by_subject`` that notes every key looked up."""

    seen: set[str]

    def get(self, key: Any, default: Any = None) -> Any:
        self.seen.add(key)
        return super().get(key, default)


@contextlib.contextmanager
def recording(site: Site) -> Iterator[set[str]]:
    """Note every resource whose name, link, document or quotes the pages written inside
    the block look up: the set the block gets (empty it between pages)."""
    seen: set[str] = set()
    methods = {name: getattr(site, name) for name in ("label", "named", "link", "document")}

    def noting(method: Any) -> Any:
        def call(iri: str, *args: Any) -> Any:
            seen.add(iri)
            return method(iri, *args)

        return call

    for name, method in methods.items():
        setattr(site, name, noting(method))
    by_subject = site.by_subject
    site.by_subject = _Seen(by_subject)
    site.by_subject.seen = seen
    try:
        yield seen
    finally:
        for name in methods:
            delattr(site, name)
        site.by_subject = by_subject


def pages_to_write(
    site: Site, previous: Previous, *, measures: bool = True
) -> tuple[set[str], dict[str, str]]:
    """The resources whose pages must be written again, and the appearance digest of
    every resource the previous pages name (see the module documentation). Without
    ``measures`` the pages whose measures panel moved are left to :func:`measures_moved`
    (the nodes with measures are not known yet)."""
    cache = previous.cache
    iris: list[str] = cache["iris"]
    old_appearance: list[str] = cache["appearance"]
    now = {iri: appearance(site, iri) for iri in iris}
    changed = {i for i, iri in enumerate(iris) if now[iri] != old_appearance[i]}
    names: dict[str, list[int]] = cache["names"]
    resources = set(site.resources)
    touched = previous.touched & resources
    write = set(touched)
    if touched:
        write |= _partners_to_write(site, previous, resources)
    for iri in site.resources:
        if iri in write:
            continue
        named = names.get(iri)
        if named is None or (changed and not changed.isdisjoint(named)):
            write.add(iri)
    if measures:
        write |= measures_moved(site, previous, write)
    return write, now


def _partners_to_write(site: Site, previous: Previous, resources: set[str]) -> set[str]:
    """The pages a change reaches through the reasons of ties: of each resource the change
    touched, its partners whose tie with it has other reasons than before.

    The reasons of a tie (:data:`samverkan.site._queries.TIES`) are the same seen from
    either end (the facts of a co-member reason in the other order), so the partners of a
    touched resource whose page shows other reasons are those whose rows in its own tie
    rows differ from the previous build's. Where the previous build kept its tie rows (a
    large page, :func:`write_rows`), only those partners. Else every resource it
    cooperates with now (a partner it lost or gained is touched too, by the derived tie
    that went or came), but for the partners whose own rows were kept: their rows about
    it, seen from its end (:func:`mirrored`), are compared with its rows now.

    At a million quads a funding of the European Social Fund removed touched the fund,
    which cooperates with 514 resources: every one of their pages was written again, where
    the reasons changed for one of them. And a funding removed from a network in Linköping
    touched the network, whose members include four national actors: their pages of 22-35
    MB were written again, the same bytes, until their kept rows were compared too.
    """
    from samverkan.site import _queries as Q
    from samverkan.site._site import select
    from samverkan.site._ties import tie_rows

    def ties_now(iris: Collection[str]) -> dict[str, dict[str, set[tuple[Any, ...]]]]:
        """The tie rows of ``iris`` in the store, as :meth:`Previous.old_ties` gives them."""
        names, rows = tie_rows(site.store, select, sorted(iris))
        at = names.index("other")
        found: dict[str, dict[str, set[tuple[Any, ...]]]] = {}
        for row in rows:
            found.setdefault(row[0], {}).setdefault(row[at], set()).add(tuple(row[1:]))
        return found

    touched = sorted(previous.touched)
    old = previous.old_ties(touched)
    write: set[str] = set()
    if old:
        new = ties_now(old)
        for iri, before in old.items():
            after = new.get(iri, {})
            write.update(
                other
                for other in before.keys() | after.keys()
                if before.get(other) != after.get(other) and other in resources
            )
    rest = [iri for iri in touched if iri not in old]
    if not rest:
        return write
    mine = set(rest)
    pairs = {
        pair if pair[0] in mine else (pair[1], pair[0])
        for query in (Q.COOPERATION_FROM, Q.COOPERATION_TO)
        for pair in select(site.store, Q.restrict(query, rest))[1]
    }
    # A partner whose rows the previous build kept (a large page) shows the reasons of
    # its tie with a touched resource as they were: written again only where they are not
    # those of that resource's rows now (:func:`mirrored`).
    partners = {
        b for a, b in pairs if a in mine and b in resources and b not in previous.touched
    }
    large = previous.old_ties(sorted(partners))
    now = ties_now({a for a, b in pairs if b in large}) if large else {}
    for a, b in pairs:
        if a in mine and b in large:
            seen = {mirrored(row, b) for row in large[b].get(a, ())}
            if seen == now.get(a, {}).get(b, set()):
                continue
        write.update(x for x in (a, b) if x in resources)
    return write


def mirrored(row: tuple[Any, ...], here: str) -> tuple[Any, ...]:
    """A row of the tie panel of the page of ``here`` (``other``, ``basis``, ``via``,
    ``document``, ``fact1``, ``fact2``: :data:`samverkan.site._queries.TIES`) as the
    page of its ``other`` holds it: the same reason, its ``other`` now ``here``, and the
    two memberships of a co-member reason in the other order (the query is the same from
    either end).

    Examples
    --------
    >>> mirrored(("b", "co-member", "v", "d", "m1", "m2"), "a")
    ('a', 'co-member', 'v', 'd', 'm2', 'm1')
    >>> mirrored(("b", "member", None, "d", "m", None), "a")
    ('a', 'member', None, 'd', 'm', None)
    """
    _other, basis, via, document, fact1, fact2 = row
    if basis == "co-member":
        fact1, fact2 = fact2, fact1
    return (here, basis, via, document, fact1, fact2)


def measures_moved(site: Site, previous: Previous, write: Collection[str]) -> set[str]:
    """The resources not in ``write`` whose measures panel is not the previous page's
    (:func:`measures_digest`): with :func:`pages_to_write` called without ``measures``,
    the rest of the pages to write, once ``site.measures`` holds the nodes with measures."""
    old_measures: dict[str, str] = previous.cache["measures"]
    return {
        iri
        for iri in site.resources
        if iri not in write and old_measures.get(iri) != measures_digest(site, iri)
    }


def link_page(previous: Previous, site: Site, iri: str) -> bool:
    """Put the previous build's page of ``iri`` (and its data files and parts) in the new
    site: whether it could, False when the previous build lacks one of them (then none is
    put).

    A rebuild links every page it does not write (tens of thousands at national size): the
    paths are joined as text, each directory is made once, and a missing file is found by
    the link that fails, not looked for first. At a million quads the paths made into
    :class:`~pathlib.Path` objects and the files looked for took more than the links.
    """
    stem = site.pages[iri].removesuffix(".html")
    parts = previous.cache["parts"].get(iri, [])
    if not link_files(previous, site, [*(stem + suffix for suffix in _SUFFIXES), *parts]):
        return False
    site.parts[iri] = parts
    return True


def link_files(previous: Previous, site: Site, files: list[str]) -> bool:
    """Put the previous build's ``files`` (paths relative to the site, in one directory) in
    the new site, as hard links (copies where links cannot be made): whether it could,
    False when one of them is missing (then none is put)."""
    if previous.prelinked is not None:  # linked already: kept, if every file is there
        if not previous.prelinked.issuperset(files):
            return False
        previous.linked.update(files)
        return True
    new = [os.path.join(site.out, name) for name in files]
    parent = os.path.dirname(new[0])
    if parent not in previous.made:
        os.makedirs(parent, exist_ok=True)
        previous.made.add(parent)
    done: list[str] = []
    for name, target in zip(files, new, strict=True):
        source = os.path.join(previous.site_dir, name)
        try:
            try:
                os.link(source, target)
            except FileNotFoundError:
                raise
            except OSError:  # a file system without hard links: a copy
                shutil.copyfile(source, target)
        except FileNotFoundError:  # the previous build lacks this file
            for path in done:
                os.unlink(path)
            return False
        done.append(target)
    return True


def remove_stale(previous: Previous, site: Site) -> None:
    """Remove from the new site the files :class:`PreLinked` linked there that it neither
    kept (:func:`link_files`) nor wrote again (a file written is a new one, no longer the
    previous build's), and the directories that this leaves empty."""
    if previous.prelinked is None:
        return
    emptied = set()
    for name in sorted(previous.prelinked - previous.linked):
        path = os.path.join(site.out, name)
        try:
            here, there = os.stat(path), os.stat(os.path.join(previous.site_dir, name))
        except FileNotFoundError:
            continue
        if (here.st_ino, here.st_dev) == (there.st_ino, there.st_dev):
            os.unlink(path)
            emptied.add(os.path.dirname(path))
    top = os.path.normpath(site.out)
    for directory in sorted(emptied, key=len, reverse=True):
        # deepest first; a directory gone already went as the parent of another
        while (
            os.path.normpath(directory) != top
            and os.path.isdir(directory)
            and not os.listdir(directory)
        ):
            os.rmdir(directory)
            directory = os.path.dirname(directory)


class PreLinked:
    """The previous build's site linked into ``target``, a directory of the new build, in
    a thread of its own (:meth:`start`): a rebuild starts it as it loads the previous
    dataset, a load that leaves a processor idle. At a million quads the site keeps about
    75,000 files of the previous build, and their links took the site's worker 1-2 s
    after the load.

    :meth:`files` gives the files linked (paths relative to the site), or None when a
    link could not be made (the directory is removed then, and the site links the files
    it keeps one by one).

    Examples
    --------
    >>> import tempfile
    >>> source, build = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> _ = (source / "org").mkdir(), (source / "org" / "a.html").write_text("a")
    >>> linked = PreLinked(source, build / "site"); linked.start()
    >>> sorted(linked.files()), (build / "site" / "org" / "a.html").read_text()
    (['org/a.html'], 'a')
    """

    def __init__(self, source: Path, target: Path) -> None:
        self.source, self.target = source, target
        self._thread: Any = None
        self._files: set[str] | None = None

    def start(self) -> None:
        """Start linking (once)."""
        import threading

        if self._thread is None:
            self._thread = threading.Thread(target=self._link, name="samverkan-link", daemon=True)
            self._thread.start()

    def _link(self) -> None:
        files: set[str] = set()
        source = str(self.source)
        try:
            if not self.source.is_dir():
                return
            for root, _dirs, names in os.walk(source):
                relative = os.path.relpath(root, source)
                prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
                directory = os.path.join(self.target, relative)
                os.makedirs(directory, exist_ok=True)
                for name in names:
                    os.link(os.path.join(root, name), os.path.join(directory, name))
                    files.add(prefix + name)
        except OSError:  # no hard links here, or a file gone: the site links its own
            shutil.rmtree(self.target, ignore_errors=True)
            return
        self._files = files

    def wait(self) -> None:
        """Wait until the thread, if it was started, has ended."""
        if self._thread is not None:
            self._thread.join()

    def files(self) -> set[str] | None:
        """The files linked (once the thread has ended), or None."""
        self.wait()
        return self._files


def readers_to_keep(site: Site, previous: Previous, now: dict[str, str]) -> set[str]:
    """The document readers (their paths, :func:`samverkan.site._reader.reader_path`) that
    the new site may take from the previous build: of the documents the change did not
    touch (a changed text or graph touches its document), those whose reader names no
    resource that looks different now (``now``: the appearance digests
    :func:`pages_to_write` made of every resource the previous pages and readers name)."""
    from samverkan.site._reader import reader_path

    cache = previous.cache
    changed = {i for i, iri in enumerate(cache["iris"]) if now.get(iri) != cache["appearance"][i]}
    names: dict[str, list[int]] = cache["names"]
    keep = set()
    for iri in site.documents:
        here = reader_path(iri)
        named = names.get(here)
        if named is not None and iri not in previous.touched and changed.isdisjoint(named):
            keep.add(here)
    return keep


def write_cache(
    path: Path,
    site: Site,
    names: dict[str, set[str]],
    appearances: dict[str, str],
) -> None:
    """Write the site's cache: per page the resources it names (as numbers into the list
    of IRIs), the appearance digest of each of those, each page's measures digest, and
    the parts of the pages that have them (their files, :func:`link_page` links them)."""
    iris = sorted(set().union(*names.values()) if names else set())
    number = {iri: i for i, iri in enumerate(iris)}
    cache = {
        "iris": iris,
        "appearance": [appearances.get(iri) or appearance(site, iri) for iri in iris],
        "names": {page: sorted(number[i] for i in named) for page, named in sorted(names.items())},
        "measures": {iri: measures_digest(site, iri) for iri in site.resources},
        "parts": {iri: files for iri, files in sorted(site.parts.items()) if files},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(cache, separators=(",", ":")), encoding="utf-8")
    site.reads.save(path.with_name(READS_NAME))


def _load_rows(path: Path) -> tuple[dict[str, list[str]], dict[str, dict[str, list]]] | None:
    try:
        with path.open("rb") as f:
            found = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    if not isinstance(found, tuple) or len(found) != 2:
        return None
    return found


def write_rows(path: Path, site: Site, kept: dict[str, dict[str, list[Any]]]) -> None:
    """Keep the stated, derived and tie rows of every page with at least
    :data:`KEEP_ROWS_FROM` stated and derived rows: those this build read (``site.stated``,
    ``site.derived``, ``site.ties``), else those it was given ``kept`` (the previous
    build's, of a page not written again: still its page's). The tie rows tell the next
    build which partners of a touched resource have other reasons (:func:`pages_to_write`)."""
    names: dict[str, list[str]] = {}
    panels = ("stated", "derived", "ties")
    rows: dict[str, dict[str, list[tuple[Any, ...]]]] = {panel: {} for panel in panels}
    for iri in site.resources:
        stated = site.stated.get(iri)
        derived = site.derived.get(iri)
        ties = site.ties.get(iri, [])
        if stated is None and derived is None:  # not read: kept, or too few to keep
            stated = kept.get("stated", {}).get(iri)
            derived = kept.get("derived", {}).get(iri)
            ties = kept.get("ties", {}).get(iri)
            if stated is None or derived is None:
                continue
        if len(stated or ()) + len(derived or ()) < KEEP_ROWS_FROM:
            continue
        for panel, found in zip(panels, (stated or [], derived or [], ties), strict=True):
            if found is None:  # no tie rows kept: the next build writes every partner
                continue
            rows[panel][iri] = [tuple(row) for row in found]
            if found and panel not in names:
                names[panel] = list(found[0]._fields)
    if "stated" not in names or "derived" not in names:  # nothing to rebuild them with
        rows, names = {panel: {} for panel in panels}, {panel: [] for panel in panels}
    names.setdefault("ties", [])  # no page kept has a tie
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump((names, rows), f, protocol=pickle.HIGHEST_PROTOCOL)
