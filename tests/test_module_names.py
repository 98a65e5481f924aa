"""No module of appeal_kit binds one top-level name twice: merging two rounds once left two `_CRITERION_LABEL`
regexes in letter/derived.py, the later silently replacing the earlier (ruff's F811 sees only imports and defs), and
criterion_excepted failed on a group the other pattern lacks."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "appeal_kit"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_bindings(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_top_level_name_is_bound_once(module):
    names = _top_level_bindings(ast.parse(module.read_text(encoding="utf-8")))
    twice = sorted({n for n in names if names.count(n) > 1 and n != "__all__"})
    assert not twice, f"{module.name} binds {twice} more than once"


def test_the_check_sees_a_second_binding():
    assert _top_level_bindings(ast.parse("A = 1\nB = 2\nA = 3\n")).count("A") == 2
