"""Synthetic corpora in the shape of the curated one, for benchmarks at national size.

:func:`synthesize` writes, for ``n`` real municipalities (codes and names from the reference
data), several documents each: a Swedish text in the genre (a municipal news page or a
learning example) and its graph file in the shape of the curated ones. Every statement of a
graph file carries evidence, a quote of the text with its character offsets, so a synthetic
corpus passes the same checks as the real one: evidence, SHACL, the violation queries.

What a document holds, drawn from seeded distributions:

- a collaboration (project, network or working group) hosted by one of the municipality's
  departments, dated within 2014-2022, sometimes ongoing;
- its members: departments of the municipality (shared by every document of that
  municipality), local associations, neighbouring municipalities of the same county for
  cross-municipal projects, and national actors (study associations, churches, agencies)
  drawn by preferential attachment, so that their degrees grow with the corpus as real
  hubs' do;
- funding from the county administrative board, the European Social Fund or the
  municipality, over a period;
- a coordinator post in a department, with its holder (name and post only).

The texts are generated, never copied: nothing of the real corpus enters them.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> tmp = Path(tempfile.mkdtemp())
>>> stats = synthesize(3, seed=1, graph_dir=tmp / "graph", corpus_dir=tmp / "corpus")
>>> stats["documents"] >= 3, len(list((tmp / "graph").glob("*.ttl"))) == stats["documents"]
(True, True)
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from samverkan.errors import SamverkanError
from samverkan.load import municipality_name
from samverkan.namespaces import ID, PREFIXES
from samverkan.paths import project_dir

__all__ = ["synthesize"]

_DEPARTMENTS = (
    ("socialförvaltningen", "social services department"),
    ("utbildningsförvaltningen", "education department"),
    ("kultur- och fritidsförvaltningen", "culture and leisure department"),
    ("arbetsmarknadsförvaltningen", "labour market department"),
    ("vård- och omsorgsförvaltningen", "care department"),
    ("samhällsbyggnadsförvaltningen", "community planning department"),
)
_NATIONAL = (
    "ABF",
    "Studieförbundet Vuxenskolan",
    "Svenska kyrkan",
    "Rädda Barnen",
    "Sensus studieförbund",
    "Riksidrottsförbundet",
    "Studiefrämjandet",
    "Ung Media",
)
_LOCAL = (
    "IF",
    "Språkvänner",
    "Kvinnoföreningen",
    "Läxhjälpen",
    "Integrationsföreningen",
    "Fotbollsklubb",
    "Hembygdsförening",
    "Syföreningen",
)
_COLLABORATIONS = (
    ("sam:Project", "projektet", "Välkommen till {place}", "Welcome to {place}"),
    (
        "sam:Network",
        "nätverket",
        "Integrationsnätverket i {place}",
        "Integration network in {place}",
    ),
    (
        "sam:WorkingGroup",
        "arbetsgruppen",
        "Arbetsgruppen för nyanlända i {place}",
        "Working group for newcomers in {place}",
    ),
    ("sam:Project", "projektet", "Språkbron {place}", "Language bridge {place}"),
    ("sam:Network", "nätverket", "Föreningsnätverket {place}", "Association network {place}"),
)
_GIVEN = (
    "Anna",
    "Erik",
    "Maria",
    "Johan",
    "Sara",
    "Ali",
    "Fatima",
    "Lars",
    "Karin",
    "Omar",
    "Emma",
    "Nils",
    "Leila",
    "Per",
    "Sofia",
    "Ahmed",
    "Ingrid",
    "Mats",
    "Hanna",
    "Yusuf",
)
_FAMILY = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Hassan",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Lindberg",
    "Axelsson",
    "Berg",
    "Holm",
    "Ibrahim",
    "Lund",
    "Ström",
)
_THEMES = ("integration", "inkludering", "arbetsmarknad", "utbildning", "mottagande", "fritid")
_TARGETS = ("nyanlanda", "barn-och-unga", "asylsokande", "ensamkommande", "kommuninvanare")


def _slug(text: str) -> str:
    """A readable IRI segment: lower case, å/ä/ö folded, words joined by hyphens.

    >>> _slug("Kultur- och fritidsförvaltningen")
    'kultur-och-fritidsforvaltningen'
    """
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class _Doc:
    """A text being written, with the evidence of each statement."""

    stem: str
    parts: list[str] = field(default_factory=list)
    length: int = 0
    quotes: list[tuple[str, str, int, int]] = field(default_factory=list)
    turtle: list[str] = field(default_factory=list)

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def sentence(self, before: str, quote: str, after: str, key: str) -> str:
        """Write ``before + quote + after`` and return the evidence IRI of ``quote``."""
        self.write(before)
        start = self.length
        self.write(quote)
        self.write(after)
        self.quotes.append((key, quote, start, start + len(quote)))
        return f"<dokument/{self.stem}/belagg/{key}>"

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _World:
    rng: random.Random
    municipalities: list[tuple[str, str, str]]
    national_degree: dict[str, int]
    initiatives: dict[tuple[str, str], tuple[int, int, bool, int]] = field(default_factory=dict)

    def national(self) -> str:
        """A national actor, by preferential attachment (degree + 1)."""
        names = list(self.national_degree)
        weights = [self.national_degree[n] + 1 for n in names]
        name = self.rng.choices(names, weights=weights)[0]
        self.national_degree[name] += 1
        return name


def _read_municipalities(reference_dir: Path) -> list[tuple[str, str, str]]:
    path = reference_dir / "municipalities.csv"
    with path.open(encoding="utf-8") as handle:
        return [
            (row["municipality_code"], row["municipality"], row["county_code"])
            for row in csv.DictReader(handle)
        ]


_PREFIXES = (
    f"@base <{ID}> .\n"
    + "".join(
        f"@prefix {name}: <{PREFIXES[name]}> .\n"
        for name in ("sam", "org", "oa", "schema", "xsd", "rdfs", "dcterms", "foaf", "prov")
    )
    + "\n"
)


def _document(world: _World, index: int, municipality: tuple[str, str, str]) -> _Doc:
    rng = world.rng
    code, place, county = municipality
    name = municipality_name(code, place)
    digest = hashlib.sha256(f"{index}:{code}".encode()).hexdigest()[:16]
    doc = _Doc(stem=f"s{index:05d}_{digest}")
    t = doc.turtle
    kind, word, label_sv, label_en = rng.choice(_COLLABORATIONS)
    title_sv = label_sv.format(place=place)
    title_en = label_en.format(place=place)
    coll = f"<initiativ/{code}/{_slug(title_sv)}>"
    # A second document about the same initiative states the same period and host.
    known = world.initiatives.get((code, title_sv))
    if known is None:
        known = (
            rng.randint(2014, 2020),
            rng.randint(1, 3),
            rng.random() < 0.3,
            rng.randrange(len(_DEPARTMENTS)),
        )
        world.initiatives[(code, title_sv)] = known
    start, length, ongoing, host_index = known
    end = start + length
    year = 2022 if ongoing else min(end, 2022)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    doc.write(f"{name}\n\nPubliceringsdatum: {published}\n\n{title_sv}\n\n")
    ev_coll = doc.sentence(
        "",
        f"{word.capitalize()} {title_sv}",
        " samlar aktörer i kommunen kring mottagandet av nyanlända. ",
        "samverkan",
    )
    period_text = f"startade {start}" + ("" if ongoing else f" och pågick till {end}")
    ev_period = doc.sentence(f"{word.capitalize()} ", period_text, ". ", "period")

    # Departments: the host and up to three more.
    others = [d for i, d in enumerate(_DEPARTMENTS) if i != host_index]
    departments = [_DEPARTMENTS[host_index], *rng.sample(others, rng.randint(1, 3))]
    dept_iris = []
    for i, (dept_sv, dept_en) in enumerate(departments):
        iri = f"<kommun/{code}/{_slug(dept_sv)}>"
        ev = doc.sentence(
            "Från ", f"{dept_sv} i {name}", " deltar medarbetare. ", f"forvaltning-{i}"
        )
        t.append(
            f"{iri} a sam:Department ;\n    rdfs:label {_lit(dept_sv)}@sv , "
            f"{_lit(dept_en + ' of ' + name)}@en ;\n    org:unitOf <kommun/{code}> ;\n"
            f"    sam:evidence {ev} .\n"
        )
        dept_iris.append((iri, ev))
    host = dept_iris[0][0]
    ev_host = doc.sentence("Arbetet ", f"samordnas av {departments[0][0]}", ". ", "vard")

    theme = rng.choice(_THEMES)
    target = rng.choice(_TARGETS)
    dates = f'    schema:startDate "{start}"^^xsd:gYear ;\n'
    if not ongoing:
        dates += f'    schema:endDate "{end}"^^xsd:gYear ;\n'
    t.append(
        f"{coll} a {kind} ;\n    rdfs:label {_lit(title_sv)}@sv , {_lit(title_en)}@en ;\n"
        f"{dates}    sam:municipality <kommun/{code}> ;\n    sam:hostedBy {host} ;\n"
        f"    sam:theme <tema/{theme}> ;\n    sam:targetGroup <malgrupp/{target}> ;\n"
        f"    sam:evidence {ev_coll} , {ev_period} , {ev_host} .\n"
    )

    # Members: the departments, local associations, national actors, neighbours.
    members: list[tuple[str, str]] = [(iri, ev) for iri, ev in dept_iris]
    for i, local in enumerate(rng.sample(_LOCAL, rng.randint(1, 4))):
        assoc = f"{place} {local}"
        iri = f"<org/{code}/{_slug(assoc)}>"
        ev = doc.sentence("Föreningen ", assoc, f" är med i {word}. ", f"forening-{i}")
        t.append(
            f"{iri} a sam:CivilSocietyOrganization ;\n    rdfs:label {_lit(assoc)}@sv , "
            f"{_lit(assoc)}@en ;\n    sam:evidence {ev} .\n"
        )
        members.append((iri, ev))
    nationals = {world.national() for _ in range(rng.randint(1, 3))}
    for i, national in enumerate(sorted(nationals)):
        iri = f"<org/{_slug(national)}>"
        ev = doc.sentence("Även ", national, f" medverkar i {word}. ", f"nationell-{i}")
        t.append(
            f"{iri} a sam:CivilSocietyOrganization ;\n    rdfs:label {_lit(national)}@sv , "
            f"{_lit(national)}@en ;\n    sam:evidence {ev} .\n"
        )
        members.append((iri, ev))
    if kind == "sam:Project" and rng.random() < 0.5:
        neighbours = [m for m in world.municipalities if m[2] == county and m[0] != code]
        for i, (ncode, nplace, _) in enumerate(rng.sample(neighbours, min(2, len(neighbours)))):
            ev = doc.sentence(
                "Projektet drivs tillsammans med ",
                municipality_name(ncode, nplace),
                ". ",
                f"grannkommun-{i}",
            )
            members.append((f"<kommun/{ncode}>", ev))
    role = "part" if kind == "sam:Project" else "medlem"
    seen = set()
    for n, (member, ev) in enumerate(members):
        if member in seen:
            continue
        seen.add(member)
        t.append(
            f"<medlemskap/{doc.stem}/{n}> a org:Membership ;\n    org:member {member} ; "
            f"org:organization {coll} ; org:role <roll/{role}> ;\n"
            f"    sam:evidence {ev} , {ev_coll} .\n"
        )

    # Funding.
    funder_kind = rng.choice(("county", "esf", "municipality"))
    fstart = start
    fend = min(end, fstart + 2)
    if funder_kind == "county":
        funder, scheme, words = f"<lansstyrelse/{county}>", "utvecklingsmedel", "Länsstyrelsen"
    elif funder_kind == "esf":
        funder, scheme, words = "<org/europeiska-socialfonden>", "esf", "Europeiska socialfonden"
        ev_esf = doc.sentence("Pengar kommer från ", words, ". ", "esf")
        t.append(
            f'{funder} a sam:EUFund ;\n    rdfs:label "Europeiska socialfonden"@sv , '
            f'"European Social Fund"@en ;\n    sam:evidence {ev_esf} .\n'
        )
    else:
        funder, scheme, words = f"<kommun/{code}>", "kommunala-medel", "kommunen"
    ev_fund = doc.sentence(
        f"{word.capitalize()} ",
        f"finansieras med medel från {words} {fstart}–{fend}",
        ". ",
        "finansiering",
    )
    t.append(
        f"<finansiering/{doc.stem}> a sam:Funding ;\n    rdfs:label "
        f"{_lit('medel för ' + title_sv)}@sv , {_lit('funding of ' + title_en)}@en ;\n"
        f"    sam:funder {funder} ;\n    sam:fundedItem {coll} ;\n"
        f"    sam:fundingScheme <finansieringsform/{scheme}> ;\n"
        f'    schema:startDate "{fstart}"^^xsd:gYear ;\n    schema:endDate "{fend}"^^xsd:gYear ;\n'
        f"    sam:evidence {ev_fund} .\n"
    )

    # A coordinator post and its holder.
    person = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
    ev_post = doc.sentence(
        "",
        f"{person}, integrationssamordnare",
        f" på {departments[0][0]}, leder arbetet. ",
        "tjanst",
    )
    post = f"<kommun/{code}/tjanst/{_slug('integrationssamordnare ' + doc.stem)}>"
    t.append(
        f'{post} a sam:CoordinatorPost ;\n    rdfs:label "integrationssamordnare"@sv , '
        f'"integration coordinator"@en ;\n    org:postIn {host} ;\n'
        f"    org:heldBy <person/{_slug(person)}> ;\n    sam:evidence {ev_post} .\n"
    )
    t.append(
        f"<person/{_slug(person)}> a foaf:Person ;\n    foaf:name {_lit(person)} ;\n"
        f"    rdfs:label {_lit(person)}@sv , {_lit(person)}@en ;\n    sam:evidence {ev_post} .\n"
    )
    doc.write("\n")
    return doc


def _turtle(doc: _Doc, code: str, published: str, title: str) -> str:
    text = doc.text
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    head = (
        f"# Synthetic document (samverkan synth): not a real page.\n\n{_PREFIXES}"
        f"<dokument/{doc.stem}> a sam:SourceDocument ;\n    dcterms:title {_lit(title)}@sv ;\n"
        f"    dcterms:publisher <kommun/{code}> ;\n"
        f'    dcterms:issued "{published}"^^xsd:date ;\n    dcterms:language "sv" ;\n'
        f'    sam:pageKind <sidtyp/nyhet> ;\n    sam:fileName "{doc.stem}.txt" ;\n'
        f'    sam:sha256 "{sha}" .\n\n'
    )
    evidence = [
        f"<dokument/{doc.stem}/belagg/{key}> a oa:Annotation ;\n"
        f"    oa:hasTarget [ a oa:SpecificResource ; oa:hasSource <dokument/{doc.stem}> ;\n"
        f"        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact {_lit(quote)} ] ,\n"
        f"            [ a oa:TextPositionSelector ; oa:start {start} ; oa:end {end} ] ] .\n"
        for key, quote, start, end in doc.quotes
    ]
    return head + "\n".join(doc.turtle) + "\n" + "\n".join(evidence)


def synthesize(
    n_municipalities: int,
    *,
    seed: int = 0,
    graph_dir: Path,
    corpus_dir: Path,
    documents_per_municipality: tuple[int, int] = (2, 6),
    reference_dir: Path | None = None,
) -> dict[str, int]:
    """Write a synthetic corpus and its graph files.

    Parameters
    ----------
    n_municipalities : int
        How many municipalities (the first ``n`` of a seeded shuffle of the 290; above 290
        the municipalities repeat with more documents each).
    seed : int
        The seed of every random choice: the same seed writes the same bytes.
    graph_dir, corpus_dir : Path
        Where the graph files and the texts go (created; must not hold files already).
    documents_per_municipality : (int, int)
        The least and most documents per municipality.
    reference_dir : Path, optional
        The reference data (default: the project's ``reference/``).

    Returns
    -------
    dict
        ``documents``, ``quotes`` and ``characters`` written.

    Raises
    ------
    SamverkanError
        If ``n_municipalities`` is not positive or a target directory holds files.
    """
    if n_municipalities < 1:
        raise SamverkanError("--municipalities must be at least 1")
    for directory in (graph_dir, corpus_dir):
        if directory.exists() and any(directory.iterdir()):
            raise SamverkanError(f"{directory}: not empty; synth writes into a new directory")
        directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    municipalities = _read_municipalities(reference_dir or project_dir("reference"))
    rng.shuffle(municipalities)
    world = _World(rng, municipalities, {name: 0 for name in _NATIONAL})
    chosen = [municipalities[i % len(municipalities)] for i in range(n_municipalities)]
    stats = {"documents": 0, "quotes": 0, "characters": 0}
    low, high = documents_per_municipality
    for municipality in chosen:
        for _ in range(rng.randint(low, high)):
            doc = _document(world, stats["documents"], municipality)
            text = doc.text
            published = re.search(r"Publiceringsdatum: (\S+)", text)
            title = text.split("\n\n")[2]
            assert published is not None
            (corpus_dir / f"{doc.stem}.txt").write_text(text, encoding="utf-8")
            (graph_dir / f"{doc.stem}.ttl").write_text(
                _turtle(doc, municipality[0], published.group(1), title), encoding="utf-8"
            )
            stats["documents"] += 1
            stats["quotes"] += len(doc.quotes)
            stats["characters"] += len(text)
    return stats
