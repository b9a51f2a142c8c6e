"""Imports point downward only (STYLE.md): cli → api → analysis, coder, sources → store,
reference, models, errors. A module that reaches up the stack fails here, naming the line."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dipwatch"

#: For each layer, the dipwatch layers it must never import.
FORBIDDEN = {
    "api": {"cli"},
    "analysis": {"cli", "api"},
    "coder": {"cli", "api", "analysis", "store"},
    "sources": {"cli", "api", "analysis", "coder"},
    "evaluation": {"cli", "api", "store"},
    "report": {"cli", "api", "store", "coder", "sources", "evaluation"},
    "store": {"cli", "api", "analysis", "coder", "sources", "evaluation"},
    "reference": {"cli", "api", "analysis", "coder", "sources", "store", "evaluation"},
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if name.startswith("dipwatch.")]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_layer_imports_a_layer_above_it(layer):
    wrong = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for line, name in _imports(path)
        if name.split(".")[1] in FORBIDDEN[layer]
    ]
    assert not wrong, "\n".join(wrong)
