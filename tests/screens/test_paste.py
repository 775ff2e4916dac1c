"""A paste holding an escape character arrives whole and in order, its ESC made visible;
outside a paste, nothing is held back (a lone ESC is the escape key)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from screens.terminal_input import PASTE_END, PASTE_START, PasteMender

PASTED = f"typed{PASTE_START}A[\x1b[2J]B{PASTE_END}\x1b[Amore"
MENDED = f"typed{PASTE_START}A[␛[2J]B{PASTE_END}\x1b[Amore"


def test_an_esc_inside_a_paste_is_shown_and_keys_outside_are_untouched():
    assert PasteMender()(PASTED) == MENDED


def test_a_lone_escape_key_is_passed_on_at_once():
    assert PasteMender()("\x1b") == "\x1b"


@given(st.lists(st.integers(min_value=0, max_value=len(PASTED)), max_size=8))
def test_however_the_bytes_are_split_the_result_is_the_same(cuts: list[int]):
    mend = PasteMender()
    points = sorted({0, len(PASTED), *cuts})
    pieces = [PASTED[a:b] for a, b in pairwise(points)]
    assert "".join(mend(piece) for piece in pieces) == MENDED
