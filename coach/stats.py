"""How practice is going: totals, this week, the streak, and ratings by deck and question.

Pure: computed from the session records, the moment `now` and the user's time zone, so
the figures are derived afresh (nothing to go stale after an edit or import) and tests
can fix both the day and the zone. Days are local days: a session at 23:30 belongs to
the evening the user remembers, not to tomorrow in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from coach.advice import plain
from coach.clock import Zone, date_words
from coach.numbers import figure
from coach.sessions import Session
from coach.stored_sessions import in_time_order, local_moment, read_session

QUESTION_WIDTH = 60


# What the figures read of each session (see `Store.select`).
STATS_FIELDS = ("started", "finished", "deck", "question_id", "question", "rating")


@dataclass(frozen=True)
class DeckStats:
    deck: str
    sessions: int
    rated: int
    average_rating: float | None


@dataclass(frozen=True)
class QuestionStats:
    """One question's attempts; `last_rating` is the latest rating given, even when a
    later attempt went unrated, since "how did it go last time I judged it" is the use."""

    question_id: str
    question: str
    deck: str
    attempts: int
    best_rating: int | None
    last_rating: int | None
    average_rating: float | None
    last_practised: str  # local ISO 8601, "" when no attempt carries a date


@dataclass(frozen=True)
class Practice:
    """How much and how steadily the user practises: what home shows at a glance."""

    today: date
    total_sessions: int
    this_week: int
    week_start: date
    streak_days: int
    streak_ends: str


def practice_figures(moments: list[datetime | None], now: datetime, tz: Zone) -> Practice:
    """The figures from each session's local moment (None when undated), seen at `now`."""
    today = (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(tz).date()
    dates = [moment.date() for moment in moments if moment]
    total = len(moments)
    week_start = today - timedelta(days=today.weekday())
    streak, ends = streak_of(set(dates), today)
    return Practice(
        today=today,
        total_sessions=total,
        this_week=sum(1 for day in dates if week_start <= day <= today),
        week_start=week_start,
        streak_days=streak,
        streak_ends=ends,
    )


def practice_of(sessions: Iterable[Mapping[str, Any]], now: datetime, tz: Zone) -> Practice:
    """`practice_figures` straight from session records, without reading them whole."""
    records = [r for r in sessions if isinstance(r, Mapping)]
    return practice_figures([local_moment(r, tz) for r in records], now, tz)


@dataclass(frozen=True)
class Stats:
    """Every figure of `coach stats`; `streak_ends` is "today", "yesterday" or "none"."""

    today: str
    total_sessions: int
    this_week: int
    week_start: str
    streak_days: int
    streak_ends: str
    rated_sessions: int
    average_rating: float | None
    decks: list[DeckStats]
    questions: list[QuestionStats]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: plain dicts, lists, numbers, text and None."""
        return asdict(self)


def compute_stats(sessions: Iterable[Mapping[str, Any]], now: datetime, tz: Zone) -> Stats:
    """The figures for `sessions` as seen at `now`, counting days in `tz`."""
    attempts = [(moment, read_session(r)) for moment, r in in_time_order(sessions, tz)]
    practice = practice_figures([moment for moment, _ in attempts], now, tz)
    ratings = [s.rating for _, s in attempts if s.rating]
    return Stats(
        today=practice.today.isoformat(),
        total_sessions=practice.total_sessions,
        this_week=practice.this_week,
        week_start=practice.week_start.isoformat(),
        streak_days=practice.streak_days,
        streak_ends=practice.streak_ends,
        rated_sessions=len(ratings),
        average_rating=average(ratings),
        decks=deck_stats([s for _, s in attempts]),
        questions=question_stats(attempts),
    )


def streak_of(days: set[date], today: date) -> tuple[int, str]:
    """Consecutive practice days up to today, or up to yesterday while today is still
    open: a streak is not lost at breakfast because nothing was practised yet."""
    if today in days:
        end, ends = today, "today"
    elif today - timedelta(days=1) in days:
        end, ends = today - timedelta(days=1), "yesterday"
    else:
        return 0, "none"
    count = 0
    while end - timedelta(days=count) in days:
        count += 1
    return count, ends


def average(ratings: list[int]) -> float | None:
    return round(sum(ratings) / len(ratings), 2) if ratings else None


def deck_stats(sessions: list[Session]) -> list[DeckStats]:
    """Per deck, the busiest first."""
    decks: dict[str, list[Session]] = {}
    for session in sessions:
        decks.setdefault(session.deck, []).append(session)
    found = []
    for deck, members in decks.items():
        ratings = [s.rating for s in members if s.rating]
        found.append(DeckStats(deck, len(members), len(ratings), average(ratings)))
    return sorted(found, key=lambda d: (-d.sessions, d.deck))


def question_stats(attempts: list[tuple[datetime | None, Session]]) -> list[QuestionStats]:
    """Per question (by id, else by its text), the most recently practised first.

    `attempts` is in time order, so the last of each group is the latest.
    """
    groups: dict[str, list[tuple[datetime | None, Session]]] = {}
    for moment, session in attempts:
        groups.setdefault(question_key(session), []).append((moment, session))
    recent_first = dict.fromkeys(question_key(s) for m, s in reversed(attempts) if m)
    order = [*recent_first, *(key for key in groups if key not in recent_first)]
    return [one_question(key, groups[key]) for key in order]


def question_key(session: Session) -> str:
    return session.question_id or session.question


def one_question(key: str, group: list[tuple[datetime | None, Session]]) -> QuestionStats:
    latest = group[-1][1]
    ratings = [s.rating for _, s in group if s.rating]
    moments = [m for m, _ in group if m]
    return QuestionStats(
        question_id=latest.question_id,
        question=latest.question or key,
        deck=latest.deck,
        attempts=len(group),
        best_rating=max(ratings, default=None),
        last_rating=ratings[-1] if ratings else None,
        average_rating=average(ratings),
        last_practised=moments[-1].isoformat(timespec="seconds") if moments else "",
    )


# -- for people -------------------------------------------------------------------------


def render_stats(stats: Stats, names: Mapping[str, str] | None = None) -> str:
    """Plain text for the terminal: the headline figures, then decks (by the names in
    `names`, see coach.decks.deck_names), then questions."""
    names = names or {}
    if not stats.total_sessions:
        return "No practice sessions yet: practise a question and come back.\n"
    week = date.fromisoformat(stats.week_start)
    lines = [
        f"Sessions   {stats.total_sessions} in all, {stats.this_week} this week "
        f"(since {date_words(week, weekday='long', year=False)})",
        f"Streak     {streak_text(stats)}",
        f"Rating     {headline_rating(stats)}",
        "",
        "By deck",
    ]
    shown = {d.deck: plain(names.get(d.deck, d.deck)) or "(none)" for d in stats.decks}
    width = max(map(len, shown.values()))
    for deck in stats.decks:
        name = shown[deck.deck].ljust(width)
        noun = "session" if deck.sessions == 1 else "sessions"
        mean = rating_text(deck.average_rating)
        lines.append(f"  {name}  {deck.sessions:>5} {noun:<8}  average rating {mean}")
    lines += ["", "By question (tries, best, last, average, last practised)"]
    for q in stats.questions:
        figures = " ".join(
            rating_text(r).rjust(4) for r in (q.best_rating, q.last_rating, q.average_rating)
        )
        when = q.last_practised[:10] or "undated".ljust(10)
        lines.append(f"  {q.attempts:>4} {figures}  {when}  {shorten(plain(q.question))}")
    return "\n".join(lines) + "\n"


def streak_text(stats: Stats) -> str:
    if not stats.streak_days:
        return "none: practise today to start one"
    days = "1 day" if stats.streak_days == 1 else f"{stats.streak_days} days"
    if stats.streak_ends == "today":
        return f"{days}, up to today"
    return f"{days}, up to yesterday: practise today to keep it"


def headline_rating(stats: Stats) -> str:
    if stats.average_rating is None:
        return "none yet: rate an answer after practising it"
    return f"{figure(stats.average_rating)} average from {stats.rated_sessions} rated"


def rating_text(rating: float | None) -> str:
    if rating is None:
        return "-"
    return figure(rating)


def shorten(question: str) -> str:
    if len(question) <= QUESTION_WIDTH:
        return question or "(no question recorded)"
    return question[: QUESTION_WIDTH - 1] + "…"
