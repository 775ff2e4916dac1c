"""The rule "screens never name a table" checked on the source, since an import contract
cannot see a string: screens reach saved records only through coach.data's repositories."""

from __future__ import annotations

import ast
from pathlib import Path

from coach.schema import TABLES

SCREENS = Path(__file__).parent.parent / "screens"


def offences(source: str) -> list[str]:
    """Where `source` reaches for the store itself or hands a method a table's name
    (a word such as plural(n, "questions") is not one)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "store":
            found.append(f"line {node.lineno}: .store")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            found += [
                f"line {arg.lineno}: {arg.value!r}"
                for arg in node.args
                if isinstance(arg, ast.Constant) and arg.value in TABLES
            ]
    return found


def test_no_screen_touches_the_store_or_names_a_table() -> None:
    problems = {
        str(path.relative_to(SCREENS)): found
        for path in sorted(SCREENS.rglob("*.py"))
        if (found := offences(path.read_text(encoding="utf-8")))
    }
    assert problems == {}


def test_the_check_finds_what_it_looks_for() -> None:
    source = 'rows = services.store.all("sessions")\nsaid = plural(2, "questions")\n'
    assert sorted(offences(source)) == ["line 1: 'sessions'", "line 1: .store"]
