"""Corpus intake: put a source text into a corpus directory and keep its index.

A corpus directory holds one UTF-8 text file per source document and ``index.csv``, one
row per text: file, URL, title, publisher, retrieval date, whether the page was cut short,
SHA-256 and length. The rules:

- **File name**: ``NNN_HHHHHHHHHHHHHHHH.txt``: ``NNN`` is the next free three-digit number
  in the directory, ``H...`` the first 16 hex digits of the SHA-256 of the page's URL, so
  the same URL always gives the same tail and is never taken in twice.
- **Text**: decoded as UTF-8, line ends made ``\\n`` and characters NFC-normalised (so
  that ``text[start:end]`` offsets mean the same in every tool), otherwise as given: no
  header is added, the metadata lives in the index.
- **sha256**: of the file's bytes as written; the document's graph file states the same
  value (``sam:sha256``) and the build verifies it.

Nothing here writes outside the corpus directory it is given, and the shared corpus
(``../shared/corpus``) is refused: it is read-only input.

Examples
--------
>>> import tempfile
>>> tmp = Path(tempfile.mkdtemp())
>>> page = "Publicerad 2 maj 2020\\r\\nEtt nätverk i Lomma."
>>> _ = (tmp / "page.txt").write_text(page, encoding="utf-8")
>>> entry = add_text(tmp / "page.txt", tmp / "corpus", url="https://example.org/a",
...                  title="Ett nätverk", retrieved="2020-05-03")
>>> entry.file
'000_b5b10dd0429e69ac.txt'
>>> (tmp / "corpus" / entry.file).read_text(encoding="utf-8")
'Publicerad 2 maj 2020\\nEtt nätverk i Lomma.'
>>> [e.file for e in read_index(tmp / "corpus")]
['000_b5b10dd0429e69ac.txt']
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import unicodedata
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from samverkan.errors import SamverkanError

__all__ = ["INDEX_NAME", "CorpusEntry", "add_text", "file_name", "list_corpus", "read_index"]

INDEX_NAME = "index.csv"
_NAME = re.compile(r"^(\d{3})_([0-9a-f]{16})\.txt$")


@dataclass(frozen=True)
class CorpusEntry:
    """One row of the corpus index."""

    file: str
    url: str
    title: str
    publisher: str
    retrieved: str
    cut_short: bool
    sha256: str
    characters: int


_COLUMNS = [f.name for f in fields(CorpusEntry)]


def file_name(number: int, url: str) -> str:
    """The corpus file name of the ``number``-th text, from its URL.

    Examples
    --------
    >>> file_name(5, "https://example.org/a")
    '005_b5b10dd0429e69ac.txt'
    """
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return f"{number:03d}_{digest}.txt"


def read_index(corpus: Path) -> list[CorpusEntry]:
    """The rows of ``corpus/index.csv`` (an empty list when there is no index yet)."""
    path = corpus / INDEX_NAME
    if not path.is_file():
        return []
    entries = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = set(_COLUMNS) - set(reader.fieldnames or ())
            if missing:
                raise SamverkanError(f"missing columns {sorted(missing)}", path, 1)
            for number, row in enumerate(reader, start=2):
                try:
                    entries.append(
                        CorpusEntry(
                            **{k: row[k] for k in _COLUMNS if k not in ("cut_short", "characters")},
                            cut_short=row["cut_short"] == "yes",
                            characters=int(row["characters"]),
                        )
                    )
                except ValueError:
                    raise SamverkanError("characters is not a number", path, number) from None
    except OSError as exc:
        raise SamverkanError(f"cannot read file: {exc.strerror}", path=path) from None
    return entries


def _write_index(corpus: Path, entries: list[CorpusEntry]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for entry in sorted(entries, key=lambda e: e.file):
        row = asdict(entry)
        row["cut_short"] = "yes" if entry.cut_short else "no"
        writer.writerow(row)
    tmp = corpus / f".{INDEX_NAME}.tmp"
    tmp.write_text(buffer.getvalue(), encoding="utf-8")
    os.replace(tmp, corpus / INDEX_NAME)


def _refuse_shared(corpus: Path) -> None:
    from samverkan.paths import project_dir

    shared = (project_dir("graph").parent.parent / "shared").resolve()
    target = corpus.resolve()
    if target == shared or shared in target.parents:
        raise SamverkanError(
            "the shared corpus is read-only input; give a corpus directory of your own "
            "(--corpus DIR)",
            path=corpus,
        )


def _normalise(data: bytes, source: Path) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SamverkanError(
            f"not UTF-8 text (byte {exc.start}): convert it to UTF-8 first", path=source
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise SamverkanError("the text is empty", path=source)
    return text


def add_text(
    source: Path,
    corpus: Path,
    *,
    url: str,
    title: str = "",
    publisher: str = "",
    retrieved: str | None = None,
    cut_short: bool = False,
) -> CorpusEntry:
    """Copy the text ``source`` into ``corpus`` under its corpus name and index it.

    Parameters
    ----------
    source : Path
        A UTF-8 text file: the page's text as read (navigation residue may stay; the graph
        file quotes only the words that state facts).
    corpus : Path
        The corpus directory (created if missing). Never the shared corpus.
    url : str
        Where the page was read (``http://`` or ``https://``).
    title, publisher : str
        As the page gives them.
    retrieved : str, optional
        ``YYYY-MM-DD``, the day the page was read (default: today, UTC). For a page that
        carries no date, this is the date the graph file can honestly give.
    cut_short : bool
        The text is not the whole page (a length limit, a paywall, a failed scrape).

    Returns
    -------
    CorpusEntry

    Raises
    ------
    SamverkanError
        When the text is not UTF-8 or empty, the URL or date is malformed, the URL or the
        same text is already in the corpus, or the directory cannot be written.
    """
    if not re.match(r"^https?://[^\s/]+", url):
        raise SamverkanError(f"--url {url!r} is not an http(s) address")
    retrieved = retrieved or dt.datetime.now(dt.UTC).date().isoformat()
    try:
        dt.date.fromisoformat(retrieved)
    except ValueError:
        raise SamverkanError(f"--retrieved {retrieved!r} is not a date (YYYY-MM-DD)") from None
    _refuse_shared(corpus)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise SamverkanError(f"cannot read file: {exc.strerror}", path=source) from None
    text = _normalise(data, source)
    encoded = text.encode("utf-8")
    digest = hashlib.sha256(encoded).hexdigest()
    entries = read_index(corpus)
    for entry in entries:
        if entry.url == url:
            raise SamverkanError(f"{url} is already in the corpus as {entry.file}", corpus)
        if entry.sha256 == digest:
            raise SamverkanError(f"the same text is already in the corpus as {entry.file}", corpus)
    numbers = [int(m.group(1)) for p in corpus.glob("*.txt") if (m := _NAME.match(p.name))]
    numbers += [int(e.file[:3]) for e in entries]
    name = file_name(max(numbers, default=-1) + 1, url)
    entry = CorpusEntry(
        file=name,
        url=url,
        title=" ".join(title.split()),
        publisher=" ".join(publisher.split()),
        retrieved=retrieved,
        cut_short=cut_short,
        sha256=digest,
        characters=len(text),
    )
    try:
        corpus.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_bytes(encoded)
        _write_index(corpus, [*entries, entry])
    except OSError as exc:
        raise SamverkanError(f"cannot write the corpus: {exc.strerror}", path=corpus) from None
    return entry


def list_corpus(corpus: Path) -> list[CorpusEntry]:
    """The index of ``corpus``, with a bare row for each text file the index lacks.

    A text that is not in the index (such as the five texts of the shared corpus, which has
    no index) is listed with its sha256 and length and no metadata.
    """
    if not corpus.is_dir():
        raise SamverkanError("corpus directory does not exist", path=corpus)
    entries = {e.file: e for e in read_index(corpus)}
    for path in sorted(corpus.glob("*.txt")):
        if path.name not in entries:
            data = path.read_bytes()
            entries[path.name] = CorpusEntry(
                file=path.name,
                url="",
                title="",
                publisher="",
                retrieved="",
                cut_short=False,
                sha256=hashlib.sha256(data).hexdigest(),
                characters=len(data.decode("utf-8", errors="replace")),
            )
    return [entries[name] for name in sorted(entries)]
