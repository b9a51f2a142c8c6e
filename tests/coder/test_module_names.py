"""No module of the coder binds a module-level name twice.

The coder's modules hold many private word lists and patterns at module level; a second
``_GOES_ON = …`` further down a module replaces the first without a word, and every rule reading
the first silently reads the second (review-zh36 saw dev recall fall from 0.843 to 0.814 so).
Two branches merged side by side can do it without either seeing it: this test does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import dipwatch.coder

CODER = Path(dipwatch.coder.__file__).parent


def bound_twice(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for each module-level name bound more than once."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [(alias.asname or alias.name).split(".")[0] for alias in node.names]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append((name, seen[name], node.lineno))
            seen.setdefault(name, node.lineno)
    return twice


def test_a_name_bound_twice_is_found():
    assert bound_twice("_A = 1\ndef f(): pass\n_A = 2\n") == [("_A", 1, 3)]
    assert bound_twice("_A = 1\n_B = 2\n") == []


@pytest.mark.parametrize("path", sorted(CODER.rglob("*.py")), ids=lambda p: p.name)
def test_no_coder_module_binds_a_name_twice(path: Path):
    assert bound_twice(path.read_text(encoding="utf-8")) == []
