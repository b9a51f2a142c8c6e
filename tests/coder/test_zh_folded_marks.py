"""The coder matches on folded text (``normalise``: full-width ，；：！？（）－ become ,;:!?()-), so
a full-width mark in a pattern over it never matches; these are the cases that were dead
(coder-zh44), each with wordings of our own, and a scan that no new one is written."""

import ast
import pathlib
from datetime import date

import pytest

import dipwatch.coder
from dipwatch.coder import code_document
from dipwatch.models import Document

D = date(2024, 6, 5)
_FULL_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
#: Modules that read the text as written, not its folded copy (genre: ``doc.text``).
_READ_RAW = {"genre.py"}


def _events(text: str) -> set[tuple[str, str, str, str]]:
    doc = Document(text=text, source="xwlb", lang="zh-Hans", published=D)
    return {((e.source_actor or "")[:3], e.code, (e.target_actor or "")[:3], e.date.isoformat())
            for e in code_document(doc)}  # fmt: skip


@pytest.mark.parametrize("dash", ["－", "-"])
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("5月27日{}6月2日，越南国家主席访问老挝。", ("VNM", "042", "LAO", "2024-05-27")),
        ("5月20日{}24日，泰国总理访问柬埔寨。", ("THA", "042", "KHM", "2024-05-20")),
    ],
)  # fmt: skip
def test_a_span_written_with_a_dash_is_dated_by_its_first_day(text, event, dash):
    assert event in _events(text.format(dash))


@pytest.mark.parametrize("mark", ["！", "？"])
def test_a_partner_pronoun_after_an_exclamation_is_the_state_named_before(mark):
    assert ("CHN", "054", "SSD", "2024-06-05") in _events(f"南苏丹宣布独立{mark}中国同日与其建交。")


def _dead_marks(path: pathlib.Path) -> set[str]:
    """Full-width marks in the module's strings (docstrings aside) with no half-width twin, the
    one the folded text holds, in the same string (or tuple of strings, or f-string)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body and isinstance(node.body[0], ast.Expr)
    }  # fmt: skip
    units = {}
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            if (
                isinstance(child, ast.Constant)
                and isinstance(child.value, str)
                and id(child) not in docs
            ):
                unit = (
                    parent
                    if isinstance(parent, (ast.Tuple, ast.List, ast.Set, ast.JoinedStr))
                    else child
                )
                units.setdefault(id(unit), []).append(child.value)
    dead = set()
    for strings in units.values():
        held = "".join(strings)
        dead |= {c for c in held if c in _FULL_WIDTH and _FULL_WIDTH[c] not in held}
    return dead - _FILLERS.get(path.name, set())


#: Marks written on purpose where the text holds none: a filler that blanks a span (zh_news).
_FILLERS = {"zh_news.py": {"＿"}}


def test_no_pattern_over_folded_text_holds_a_full_width_mark_alone():
    folder = pathlib.Path(dipwatch.coder.__file__).parent
    dead = {p.name: _dead_marks(p) for p in sorted(folder.glob("*.py")) if p.name not in _READ_RAW}
    assert {name: marks for name, marks in dead.items() if marks} == {}
