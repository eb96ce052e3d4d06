"""Fixtures of the network tests: the hand-written example dataset, as a store and as a build."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def example():
    """The example dataset (samverkan/network/example.trig) with ontology and concepts."""
    from samverkan.network import example_store

    return example_store()


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory, example) -> Path:
    """A build directory holding the example dataset as ``samverkan.trig``."""
    import pyoxigraph as ox

    out = tmp_path_factory.mktemp("network-build") / "out"
    out.mkdir()
    example.dump(str(out / "samverkan.trig"), format=ox.RdfFormat.TRIG)
    return out
