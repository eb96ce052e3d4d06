"""Time the canonical writing of nested blank nodes at several depths (not a test).

Run ``python tests/bench_nesting.py``: it prints, per depth, the seconds
:func:`samverkan.build.write_trig` takes for one triple whose object is a chain of blank
nodes nested that deep. The growth is why graph files are refused beyond
:data:`samverkan.turtle.MAX_NESTING` levels.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def main(depths: list[int]) -> None:
    from rdflib import URIRef

    from samverkan.build import write_trig
    from samverkan.turtle import MAX_NESTING, parse_turtle

    print(f"limit: {MAX_NESTING} levels")
    with tempfile.TemporaryDirectory() as tmp:
        ttl, trig = Path(tmp) / "deep.ttl", Path(tmp) / "deep.trig"
        for depth in depths:
            body = "[ <http://p> " * depth + "1" + " ]" * depth
            ttl.write_text(f"<http://a> <http://p> {body} .", encoding="utf-8")
            graph = parse_turtle(ttl) if depth <= MAX_NESTING else None
            if graph is None:  # beyond the limit: build the same graph without the check
                from rdflib import BNode, Graph, Literal

                graph, node = Graph(), URIRef("http://a")
                for _ in range(depth):
                    child = BNode()
                    graph.add((node, URIRef("http://p"), child))
                    node = child
                graph.add((node, URIRef("http://p"), Literal(1)))
            started = time.perf_counter()
            write_trig({URIRef("http://g"): graph}, trig)
            print(f"depth {depth:5d}: {time.perf_counter() - started:8.3f} s")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [16, 32, 64, 128, 256])
