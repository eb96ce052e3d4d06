"""Read the samverkan data bundle in Python, build the collaboration network and measure it.

Run from the bundle's directory:  python example.py
Needs pandas and networkx. Writes example-python-measures.csv (degree and betweenness).
"""

import json
from pathlib import Path

import networkx as nx
import pandas as pd

#: Table Schema types -> pandas dtypes: codes such as 0125 stay text, never the number 125.
DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "float64",
    "boolean": "boolean",
    "date": "string",
}


def read_table(package: dict, name: str, directory: Path) -> pd.DataFrame:
    """One table of the bundle, with the column types of its schema."""
    resource = next(r for r in package["resources"] if r["name"] == name)
    fields = resource["schema"]["fields"]
    return pd.read_csv(
        directory / resource["path"],
        encoding=resource["encoding"],
        sep=resource["dialect"]["delimiter"],
        dtype={f["name"]: DTYPES[f["type"]] for f in fields},
        keep_default_na=False,
        na_values=resource["schema"]["missingValues"],
    )


def main(directory: Path = Path(".")) -> pd.DataFrame:
    package = json.loads((directory / "datapackage.json").read_text(encoding="utf-8"))
    nodes = read_table(package, "nodes", directory)
    ties = read_table(package, "ties", directory)
    assert nodes["municipality_code"].dtype == "string"

    G = nx.Graph()
    for row in nodes.itertuples(index=False):
        G.add_node(
            row.id, name=row.name, sector=row.sector, municipality_code=row.municipality_code
        )
    for row in ties.itertuples(index=False):
        G.add_edge(row.source, row.target, tie_id=row.tie_id, kind=row.kind, weight=row.weight)

    # The project's measures: degree, and betweenness normalised, on unweighted paths.
    betweenness = nx.betweenness_centrality(G, normalized=True)
    result = pd.DataFrame(
        {
            "id": list(G),
            "name": [G.nodes[n]["name"] for n in G],
            "municipality_code": [G.nodes[n]["municipality_code"] for n in G],
            "degree": [G.degree(n) for n in G],
            "betweenness": [betweenness[n] for n in G],
        }
    ).sort_values(["betweenness", "id"], ascending=[False, True])
    result.to_csv(directory / "example-python-measures.csv", index=False, encoding="utf-8")
    top = result.iloc[0]
    print(
        f"{len(G)} actors, {G.number_of_edges()} ties; top broker: {top['name']} "
        f"(betweenness {top['betweenness']:.3f})"
    )
    return result


if __name__ == "__main__":
    main()
