"""The history's view (sort once, then narrow) against the plain rule it must keep:
the rows that pass the filter, sorted by the column, blanks last, ties as they came."""

from __future__ import annotations

from datetime import UTC

from hypothesis import given
from hypothesis import strategies as st

from coach.history import SORT_KEYS, Filter, Order, make_rows, sort_value, view

records = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.uuids().map(str),
            "finished": st.sampled_from(
                ["", "2026-11-20T09:00:00+00:00", "2026-11-21T09:00:00+00:00"]
            ),
            "deck": st.sampled_from(["", "job", "informational"]),
            "question": st.sampled_from(["", "Tell me about yourself", "Why us", "team"]),
            "answer": st.sampled_from(["", "our team shipped", "I led it"]),
            "rating": st.sampled_from([None, 1, 3, 5]),
            "used_s": st.sampled_from([0, 12.5, 60]),
        }
    ),
    max_size=30,
)
filters = st.builds(
    Filter,
    text=st.sampled_from(["", "team", "team shipped", "why", "zzz"]),
    deck=st.sampled_from(["", "job"]),
    rating=st.sampled_from([None, 3]),
)
orders = st.builds(Order, key=st.sampled_from(SORT_KEYS), descending=st.booleans())


@given(records, filters, orders)
def test_the_view_is_the_filtered_rows_sorted_with_blanks_last(raw, where, order) -> None:
    rows = make_rows(raw, UTC)
    words = where.text.casefold().split()
    kept = [row for row in rows if where.matches(row, words)]
    present = [row for row in kept if sort_value(row, order.key) is not None]
    present.sort(key=lambda row: sort_value(row, order.key), reverse=order.descending)
    expected = present + [row for row in kept if sort_value(row, order.key) is None]
    assert [row.id for row in view(rows, where, order)] == [row.id for row in expected]
