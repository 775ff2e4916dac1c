"""How an attempt's figures are drawn in a table, the same in the history and in compare:
its rating as stars, its time against the limit (yellow once over by a second or more),
and a dash for a figure that was never counted; and a meeting's follow-up, coloured by
how pressing it is."""

from __future__ import annotations

from rich.text import Text

from coach.follow_up import FollowUp
from coach.history import Row
from coach.timing import minutes_seconds


def stars(rating: int | None) -> Text:
    if rating is None:
        return Text("-", style="dim")
    return Text("★" * rating, style="yellow")


def time_used(row: Row) -> Text:
    used = Text(f"{minutes_seconds(row.used_s)}/{minutes_seconds(row.limit_s)}")
    if row.overtime_s >= 1:
        used.stylize("bold yellow")
    return used


def whole(value: float | None) -> str:
    """A count or rate to the unit, or a dash when there is none."""
    return "-" if value is None else str(round(value))


FOLLOW_UP_STYLES = {
    FollowUp.DUE: "bold yellow",
    FollowUp.OVERDUE: "bold red",
    FollowUp.SENT: "green",
}


def follow_up_style(state: FollowUp) -> str:
    return FOLLOW_UP_STYLES.get(state, "dim")
