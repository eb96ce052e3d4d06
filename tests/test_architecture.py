"""The shape of the package: imports run one way, and every IRI has one home.

Two rules of the design (``DESIGN.md``), checked on the source itself:

- *Imports run one way along the data flow.* Every ``import`` of every module of
  ``src/samverkan`` is read with :mod:`ast`, those inside functions and under
  ``TYPE_CHECKING`` included (a cycle hidden in a function is still a cycle). No module may
  reach itself again, and no step of the flow (load -> evidence -> reason -> validate ->
  build) may reach a later one; the query library and the store reach none of them.
- *One place for every IRI.* No Python module but ``namespaces.py`` imports a namespace
  from rdflib or makes one, and none writes an IRI of a standard vocabulary or of the
  project (``http://www.w3.org/...``, FOAF, Dublin Core, schema.org,
  ``w3id.org/samverkan``) in its code or comments. Excluded, and only these:
  docstrings (their doctests show real IRIs to the reader), and files that are not Python
  (``.rq`` queries, the ``example.trig`` data, vendored JavaScript and templates).

Each rule is also run on a small package written here, which breaks it, so that the checks
are known to find what they look for.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "samverkan"

FLOW = ("load", "evidence", "reason", "validate", "build")
BELOW_THE_FLOW = ("query", "store", "namespaces", "terms", "guard", "errors", "paths")
COMMAND_LINE = ("cli", "commands")

IRI_RE = re.compile(
    r"http://www\.w3\.org/|http://xmlns\.com/foaf|http://purl\.org/dc|https?://schema\.org"
    r"|w3id\.org/samverkan"
)


# --------------------------------------------------------------------------- reading imports


def modules(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` under ``root`` (a package directory)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _target(name: str, known: dict[str, Path]) -> str | None:
    """The module of ``known`` that ``name`` (a module or a name inside one) refers to."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of ``known`` that ``module`` imports, anywhere in its file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor if is_package else anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            target = _target(name, known)
            if target is not None and target != module:
                found.add(target)
    return found


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    known = modules(root, package)
    return {name: imports_of(name, path, known) for name, path in known.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (``[a, b, ..., a]``), or None (depth-first search)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _in(module: str, top: str) -> bool:
    """True if ``module`` is the top-level module or package ``samverkan.<top>`` or in it."""
    name = f"samverkan.{top}"
    return module == name or module.startswith(name + ".")


# --------------------------------------------------------------------------- reading IRIs


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                found.add(id(body[0].value))
    return found


def iri_strings(path: Path) -> list[str]:
    """``file:line: text`` of every IRI of :data:`IRI_RE` in the code and comments of a file."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and IRI_RE.search(node.value)
        ):
            found.append(f"{path}:{node.lineno}: {node.value.strip()[:80]!r}")
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and IRI_RE.search(token.string):
            found.append(f"{path}:{token.start[0]}: {token.string.strip()[:80]}")
    return found


# --------------------------------------------------------------------------- the package


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(PACKAGE, "samverkan")


def test_the_walker_sees_the_package(graph):
    """Imports inside functions and relative imports are read (the examples are real ones)."""
    assert {"samverkan.query", "samverkan.query.run", "samverkan.validate"} <= set(graph)
    assert "samverkan.query" in graph["samverkan.validate"]  # run_violations
    assert "samverkan.views" in graph["samverkan.build"]  # imported inside _write_views
    assert "samverkan.query.library" in graph["samverkan.query.run"]


def test_no_import_cycle(graph):
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize("step", FLOW)
def test_each_step_reaches_no_later_step(graph, step):
    later = FLOW[FLOW.index(step) + 1 :]
    reached = reachable(graph, f"samverkan.{step}")
    wrong = sorted(m for m in reached for top in (*later, *COMMAND_LINE) if _in(m, top))
    assert wrong == [], f"samverkan.{step} reaches back upstream: {wrong}"


@pytest.mark.parametrize("module", BELOW_THE_FLOW)
def test_query_and_store_sit_below_the_flow(graph, module):
    starts = [m for m in graph if _in(m, module)]
    reached = set().union(*(reachable(graph, m) for m in starts))
    above = (*FLOW, *COMMAND_LINE, "network", "views", "server", "bench")
    wrong = sorted(m for m in reached for top in above if _in(m, top))
    assert wrong == [], f"samverkan.{module} imports {wrong}"


def test_namespaces_come_from_namespaces_py_only():
    """No module but ``namespaces.py`` takes a namespace from rdflib (or makes one)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "namespaces.py" and path.parent == PACKAGE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "rdflib.namespace":
                found.append(f"{path}:{node.lineno}: from rdflib.namespace import ...")
            if isinstance(node, ast.ImportFrom) and node.module == "rdflib":
                names = {alias.name for alias in node.names}
                if names & {"Namespace", "DefinedNamespace"}:
                    found.append(f"{path}:{node.lineno}: a Namespace of its own")
    assert found == [], "namespaces outside namespaces.py:\n" + "\n".join(found)


def test_iris_live_in_namespaces_only():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "namespaces.py" and path.parent == PACKAGE:
            continue
        found += iri_strings(path)
    assert found == [], "IRIs outside namespaces.py:\n" + "\n".join(found)


# --------------------------------------------------------------------------- the checks can fail


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


def test_a_cycle_hidden_in_a_function_is_found(tmp_path):
    root = _write(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from pkg.b import f\n",
            "b.py": "def f():\n    from pkg import a\n    return a\n",
            "c.py": "from . import a\nimport pkg.b\n",
            "sub/__init__.py": "",
            "sub/d.py": "from ..c import x\n",
        },
    )
    graph = import_graph(root, "pkg")
    assert graph["pkg.c"] == {"pkg.a", "pkg.b"}
    assert graph["pkg.sub.d"] == {"pkg.c"}
    assert find_cycle(graph) == ["pkg.a", "pkg.b", "pkg.a"]
    del graph["pkg.b"]
    assert find_cycle(graph) is None


def test_an_iri_in_code_or_a_comment_is_found_and_a_docstring_is_not(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(
        '"""Module doc: <http://www.w3.org/ns/org#Post> is fine here."""\n'
        "def f():\n"
        '    """Doc: https://w3id.org/samverkan/id/x is fine too."""\n'
        '    return "http://xmlns.com/foaf/0.1/" + f"{1}https://schema.org/"\n'
        "# http://purl.org/dc/terms/title\n",
        encoding="utf-8",
    )
    found = iri_strings(path)
    assert [f.split(":")[1] for f in found] == ["4", "4", "5"]
