"""How numbers are shown: one rule everywhere, so one attempt reads the same on every screen.

Seconds are shown whole and figures with at most one decimal, both rounded half up (as
people round: 32.5 s is 33 s, 12.65 is 12.7), never truncated and never Python's
round-half-to-even, and a figure that is whole drops its ".0".
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal


def whole(value: float) -> int:
    """`value` rounded half up to a whole number (0 for a value that is not a number)."""
    if not math.isfinite(value):
        return 0
    return int(Decimal(repr(float(value))).quantize(Decimal(1), ROUND_HALF_UP))


def figure(value: float) -> str:
    """`value` with at most one decimal: `12.6`, `4`, `0.5` (`-` for no number)."""
    if not math.isfinite(value):
        return "-"
    rounded = Decimal(repr(float(value))).quantize(Decimal("0.1"), ROUND_HALF_UP)
    text = f"{rounded:f}"
    return text[:-2] if text.endswith(".0") else text
