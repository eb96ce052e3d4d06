"""``samverkan corpus add|list``: intake of a new text into a corpus directory of one's own.

Every test works in a temporary directory; the shared corpus is never written.
"""

from __future__ import annotations

import csv
import hashlib
import unicodedata
from pathlib import Path

from clirun import run_cli
from testpaths import ROOT

URL = "https://www.example.org/nyheter/sprakvanner-2021"


def _page(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _fails(result, *needles: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("samverkan: error: "), result.stderr
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)


def test_add_writes_the_text_under_its_corpus_name_and_indexes_it(tmp_path: Path) -> None:
    # CRLF line ends and a decomposed "ö" (o + combining diaeresis), as some scrapers write
    raw = "Publicerad 3 mars 2021\r\n\r\nSpra\u030akva\u0308nner pa\u030a Ekero\u0308.\r\n"
    page = _page(tmp_path, raw)
    corpus = tmp_path / "corpus"
    result = run_cli(
        "corpus", "add", str(page), "--url", URL, "--title", "Språkvänner på Ekerö",
        "--publisher", "Ekerö kommun", "--retrieved", "2021-03-04", "--corpus", str(corpus),
    )
    assert result.returncode == 0, result.stderr
    name = "000_" + hashlib.sha256(URL.encode()).hexdigest()[:16] + ".txt"
    written = (corpus / name).read_bytes()
    expected = unicodedata.normalize("NFC", raw.replace("\r\n", "\n")).encode("utf-8")
    assert written == expected
    assert "Språkvänner på Ekerö." in written.decode("utf-8")  # composed characters
    digest = hashlib.sha256(written).hexdigest()
    assert f'sam:sha256 "{digest}"' in result.stdout
    assert f'sam:fileName "{name}"' in result.stdout
    with (corpus / "index.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows == [
        {
            "file": name,
            "url": URL,
            "title": "Språkvänner på Ekerö",
            "publisher": "Ekerö kommun",
            "retrieved": "2021-03-04",
            "cut_short": "no",
            "sha256": digest,
            "characters": str(len(expected.decode("utf-8"))),
        }
    ]


def test_numbers_follow_and_list_shows_every_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    first = _page(tmp_path, "Den första sidan.", "a.txt")
    second = _page(tmp_path, "Den andra sidan, avbruten mitt i", "b.txt")
    assert run_cli("corpus", "add", str(first), "--url", URL, "--corpus", str(corpus),
                   "--retrieved", "2021-03-04").returncode == 0
    result = run_cli("corpus", "add", str(second), "--url", URL + "-2", "--cut-short",
                     "--corpus", str(corpus), "--retrieved", "2021-03-05")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name[:4] for p in corpus.glob("*.txt")) == ["000_", "001_"]
    listing = run_cli("corpus", "list", "--corpus", str(corpus))
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines[-1] == f"2 texts in {corpus}"
    assert lines[1].startswith("000_") and " no   " + URL in lines[1]
    assert lines[2].startswith("001_") and " yes  " + URL + "-2" in lines[2]


def test_the_same_url_or_the_same_text_twice_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    page = _page(tmp_path, "En sida.")
    added = run_cli("corpus", "add", str(page), "--url", URL, "--corpus", str(corpus))
    assert added.returncode == 0, added.stderr
    index = (corpus / "index.csv").read_bytes()
    _fails(run_cli("corpus", "add", str(page), "--url", URL, "--corpus", str(corpus)),
           "is already in the corpus as 000_")
    _fails(run_cli("corpus", "add", str(page), "--url", URL + "?x", "--corpus", str(corpus)),
           "the same text is already in the corpus as 000_")
    assert (corpus / "index.csv").read_bytes() == index
    assert len(list(corpus.glob("*.txt"))) == 1


def test_bad_input_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    page = _page(tmp_path, "En sida.")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Ekerö".encode("latin-1"))
    _fails(run_cli("corpus", "add", str(latin1), "--url", URL, "--corpus", str(corpus)),
           "latin1.txt: not UTF-8 text")
    _fails(run_cli("corpus", "add", str(page), "--url", "www.example.org", "--corpus",
                   str(corpus)), "is not an http(s) address")
    _fails(run_cli("corpus", "add", str(page), "--url", URL, "--retrieved", "4 mars 2021",
                   "--corpus", str(corpus)), "is not a date (YYYY-MM-DD)")
    _fails(run_cli("corpus", "add", str(tmp_path / "missing.txt"), "--url", URL, "--corpus",
                   str(corpus)), "missing.txt: cannot read file")
    assert not corpus.exists()


def test_the_shared_corpus_is_never_written(tmp_path: Path) -> None:
    shared = ROOT.parent / "shared" / "corpus"
    before = sorted(p.name for p in shared.iterdir()) if shared.is_dir() else None
    page = _page(tmp_path, "En sida.")
    _fails(run_cli("corpus", "add", str(page), "--url", URL, "--corpus", str(shared)),
           "the shared corpus is read-only input")
    if before is not None:
        assert sorted(p.name for p in shared.iterdir()) == before
