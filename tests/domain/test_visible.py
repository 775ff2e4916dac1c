"""Control characters in user text are drawn and printed as pictures, one for one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach.export import render_export
from coach.store import Store
from coach.visible import printable, visible

CONTROL = {chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}


def test_an_escape_sequence_cannot_reach_the_terminal() -> None:
    assert visible("Ada\x1b]2;pwned\x1b\\") == "Ada␛]2;pwned␛\\"
    assert visible("bell\x07 back\x08 del\x7f csi\x9b") == "bell␇ back␈ del␡ csi\ufffd"
    assert visible("tab\tand\nnewline") == "tab\tand\nnewline"
    assert visible("cr\r\n") == "cr␍\n" and printable("cr\r\n") == "cr\r\n"


@given(st.text())
def test_nothing_but_tab_and_newline_survives_and_nothing_moves(text: str) -> None:
    shown = visible(text)
    assert len(shown) == len(text)
    assert not (set(shown) & (CONTROL - {"\t", "\n"}))
    assert not (set(printable(text)) & (CONTROL - {"\t", "\n", "\r"}))


def test_markdown_and_csv_exports_print_no_control_characters(store: Store) -> None:
    store.put(
        "sessions",
        {
            "id": "s1",
            "finished": "2026-11-20T09:00:00+00:00",
            "question": "Why us?\x1b]2;pwned\x07",
            "answer": "I\x1b[2J led it.",
            "mode": "typed",
        },
    )
    for form in ("md", "csv"):
        blob = render_export(store, form, None).decode()
        assert "\x1b" not in blob and "\x07" not in blob
        assert "led it" in blob
    assert b"\\u001b" in render_export(store, "json", None)  # the backup keeps it exactly
