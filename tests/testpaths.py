"""Paths of the test fixtures, importable from every test module (tests/ is on sys.path)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI_GRAPH = FIXTURES / "mini" / "graph"
MINI_CORPUS = FIXTURES / "mini" / "corpus"
SMALL_REFERENCE = FIXTURES / "reference-small"
