"""Question decks: the bundled ones are complete, and a bad deck or question file is named.

Deck files are meant to be edited by hand, so every mistake must come back as one line
that starts with the file and names the entry at fault. The user's own questions are read
leniently from the store and strictly from files they import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.content import load_content
from coach.decks import (
    DEFAULT_LIMIT,
    LIMIT_CHOICES,
    MAX_LIMIT,
    MAX_QUESTION_CHARS,
    MIN_LIMIT,
    MY_DECK,
    Question,
    load_decks,
    my_deck,
    new_questions,
    parse_deck,
    parse_question_file,
    question_from_record,
    question_record,
)
from coach.errors import DataFileError

# -- the bundled decks -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled():
    return load_content().decks


def test_bundled_decks_are_job_informational_and_ask_in_that_order(bundled):
    assert [deck.id for deck in bundled][:3] == ["job", "informational", "ask"]
    assert len(bundled) >= 3


def test_bundled_decks_hold_enough_questions(bundled):
    assert sum(len(deck.questions) for deck in bundled) >= 45
    assert all(deck.questions for deck in bundled)


def test_every_bundled_question_is_complete(bundled):
    for deck in bundled:
        for question in deck.questions:
            assert question.deck == deck.id, question.id
            assert question.text.strip(), question.id
            assert 1 <= len(question.tips) <= 3, question.id
            assert question.tags, question.id
            assert question.limit in LIMIT_CHOICES, question.id
            assert not question.custom, question.id


def test_bundled_question_ids_are_unique_across_decks(bundled):
    ids = [question.id for deck in bundled for question in deck.questions]
    assert len(ids) == len(set(ids))


def test_job_deck_has_the_seed_questions_and_behavioural_ones(bundled):
    job = next(deck for deck in bundled if deck.id == "job")
    assert job.find("job-interests") is not None
    assert job.find("job-questions-for-us") is not None
    assert job.find("no-such-question") is None
    assert sum(question.behavioural for question in job.questions) >= 6


# -- parse_deck: mistakes name the file and the entry ----------------------------------------

SOURCE = "decks/x.toml"
HEADER = '[deck]\nid = "x"\nname = "X deck"\ndescription = "For tests."\n'


def question_toml(
    qid: str = "x-one",
    *,
    text: str | None = "What went well?",
    tips: str = '["Be brief."]',
    limit: str | None = "90",
    tags: str = '["general"]',
) -> str:
    lines = ["[[question]]", f'id = "{qid}"']
    if text is not None:
        lines.append(f'text = "{text}"')
    lines += [f"tags = {tags}", f"tips = {tips}"]
    if limit is not None:
        lines.append(f"limit = {limit}")
    return "\n".join(lines) + "\n"


def test_a_well_formed_deck_parses():
    raw = HEADER + question_toml("x-one") + question_toml("x-two", text="Why  us?")
    deck = parse_deck(raw, SOURCE)
    assert deck.id == "x"
    assert deck.name == "X deck"
    assert deck.role == "answer"
    assert [q.id for q in deck.questions] == ["x-one", "x-two"]
    assert deck.questions[1].text == "Why us?"  # runs of white space are folded
    assert deck.questions[0].tips == ("Be brief.",)
    assert deck.questions[0].limit == 90


def test_tags_are_lower_cased_and_behavioural_is_read_from_them():
    raw = HEADER + question_toml(tags='["Behavioural", "Teamwork"]')
    question = parse_deck(raw, SOURCE).questions[0]
    assert question.tags == ("behavioural", "teamwork")
    assert question.behavioural


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        pytest.param("[deck\nid=", "is not valid TOML", id="invalid-toml"),
        pytest.param(question_toml(), "needs a [deck] table", id="no-deck"),
        pytest.param(
            HEADER.replace('description = "For tests."', 'description = "d"\nrole = "boss"')
            + question_toml(),
            "role must be one of answer, ask",
            id="bad-role",
        ),
        pytest.param(HEADER, "has no [[question]] entries", id="no-questions"),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", text=None),
            "question 2 (x-id): needs a non-empty text 'text'",
            id="missing-text",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", tips="[]"),
            "question 2 (x-id): needs 1 to 3 tips, not 0",
            id="no-tips",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", tips='["a", "b", "c", "d"]'),
            "question 2 (x-id): needs 1 to 3 tips, not 4",
            id="four-tips",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", limit="5"),
            "question 2 (x-id): 'limit' must be whole seconds from 10 to 1800, not 5",
            id="limit-too-small",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", limit="1801"),
            "question 2 (x-id): 'limit' must be whole seconds from 10 to 1800, not 1801",
            id="limit-too-big",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", limit='"90"'),
            "question 2 (x-id): 'limit' must be whole seconds from 10 to 1800, not '90'",
            id="limit-text",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", limit="90.0"),
            "question 2 (x-id): 'limit' must be whole seconds",
            id="limit-float",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", limit="true"),
            "question 2 (x-id): 'limit' must be whole seconds from 10 to 1800, not True",
            id="limit-bool",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", limit=None),
            "question 2 (x-id): 'limit' must be whole seconds",
            id="limit-missing",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-id", tags="[]"),
            "question 2 (x-id): needs 1 to 8 tags, not 0",
            id="no-tags",
        ),
        pytest.param(
            HEADER + question_toml("x-a") + question_toml("x-b") + question_toml("x-a"),
            "question 3 (x-a): the id 'x-a' is used twice",
            id="duplicate-id",
        ),
    ],
)
def test_a_mistake_in_a_deck_names_the_file_and_the_entry(raw: str, names: str):
    with pytest.raises(DataFileError) as caught:
        parse_deck(raw, SOURCE)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: ")
    assert names in message


def test_an_over_long_question_is_refused():
    raw = HEADER + question_toml("x-long", text="w" * (MAX_QUESTION_CHARS + 1))
    with pytest.raises(DataFileError, match=r"question 1 \(x-long\): the question is over 500"):
        parse_deck(raw, SOURCE)


def test_a_question_entry_that_is_not_a_table_is_named_by_number():
    raw = "question = [1]\n" + HEADER
    with pytest.raises(DataFileError, match=r"^decks/x\.toml: question 1: is not a table$"):
        parse_deck(raw, SOURCE)


# -- load_decks --------------------------------------------------------------------------------


def write_deck(folder: Path, deck_id: str, *question_ids: str) -> Path:
    header = HEADER.replace('id = "x"', f'id = "{deck_id}"')
    path = folder / f"{deck_id}.toml"
    path.write_text(header + "".join(question_toml(q) for q in question_ids), encoding="utf-8")
    return path


def test_load_decks_orders_bundled_decks_first_then_by_name(tmp_path: Path):
    write_deck(tmp_path, "zz", "zz-1")
    write_deck(tmp_path, "ask", "ask-1")
    write_deck(tmp_path, "job", "job-1")
    (tmp_path / "notes.txt").write_text("not a deck")
    assert [deck.id for deck in load_decks(tmp_path)] == ["job", "ask", "zz"]


def test_an_id_shared_by_two_deck_files_names_both_files(tmp_path: Path):
    first = write_deck(tmp_path, "a", "a-1", "shared")
    second = write_deck(tmp_path, "b", "shared")
    with pytest.raises(DataFileError) as caught:
        load_decks(tmp_path)
    message = str(caught.value)
    assert message.startswith(str(second))
    assert str(first) in message
    assert "'shared'" in message


def test_a_folder_without_decks_is_an_error(tmp_path: Path):
    with pytest.raises(DataFileError, match="holds no question decks"):
        load_decks(tmp_path)


def test_a_deck_file_that_is_not_utf8_is_named(tmp_path: Path):
    (tmp_path / "bad.toml").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DataFileError, match=r"bad\.toml: cannot be read"):
        load_decks(tmp_path)


# -- parse_question_file: plain text -----------------------------------------------------------


def test_plain_text_gives_one_question_a_line_skipping_blanks_and_comments():
    raw = "\ufeff# my list\nWhy this team?\n\n   \n  # indented comment\n  What  is hard here? \r\n"
    questions = parse_question_file(raw.encode("utf-8"), "mine.txt")
    assert [q.text for q in questions] == ["Why this team?", "What is hard here?"]
    assert all(q.id == "" for q in questions)
    assert all(q.custom and q.deck == MY_DECK for q in questions)
    assert all(q.limit == DEFAULT_LIMIT for q in questions)


def test_a_byte_order_mark_is_not_part_of_the_first_question():
    questions = parse_question_file("\ufeffFirst?\nSecond?".encode(), "mine.txt")
    assert questions[0].text == "First?"


def test_an_over_long_line_is_named_by_number():
    raw = f"Short one?\n\n{'x' * (MAX_QUESTION_CHARS + 1)}\n".encode()
    with pytest.raises(DataFileError, match=r"^mine\.txt: line 3: the question is over 500"):
        parse_question_file(raw, "mine.txt")


@pytest.mark.parametrize("raw", [b"", b"\n\n  \n", b"# only a comment\n"])
def test_a_file_without_questions_is_an_error(raw: bytes):
    with pytest.raises(DataFileError, match=r"^mine\.txt: holds no questions"):
        parse_question_file(raw, "mine.txt")


def test_a_file_that_is_not_utf8_is_an_error():
    with pytest.raises(DataFileError, match=r"^mine\.txt: is not UTF-8 text$"):
        parse_question_file("Pourquoi nous ?".encode("utf-16"), "mine.txt")


# -- parse_question_file: TOML -----------------------------------------------------------------


def test_toml_questions_take_a_default_limit_and_optional_tips():
    raw = b"""
[[question]]
text = "Why us?"

[[question]]
id = "kept-out"
text = "What would you change?"
limit = 120
tips = ["Be kind."]
tags = ["Culture"]
"""
    questions = parse_question_file(raw, "Mine.TOML")
    assert [q.text for q in questions] == ["Why us?", "What would you change?"]
    assert [q.id for q in questions] == ["", ""]
    assert [q.limit for q in questions] == [DEFAULT_LIMIT, 120]
    assert questions[0].tips == ()
    assert questions[1].tips == ("Be kind.",)
    assert questions[1].tags == ("culture",)
    assert all(q.custom and q.deck == MY_DECK for q in questions)


def test_a_toml_question_file_may_carry_a_deck_header():
    raw = (HEADER + question_toml()).encode()
    assert [q.text for q in parse_question_file(raw, "x.toml")] == ["What went well?"]


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        (b"[[question]\n", "is not valid TOML"),
        (b'title = "none"\n', "has no [[question]] entries"),
        (b'[[question]]\ntext = "ok"\n[[question]]\nlimit = 60\n', "question 2: needs"),
        (b'[[question]]\ntext = "ok"\nlimit = 3\n', "question 1: 'limit' must be"),
        (b'[[question]]\ntext = "ok"\ntips = ["a", "b", "c", "d"]\n', "question 1: needs 0 to 3"),
    ],
)
def test_a_mistake_in_a_toml_question_file_is_named(raw: bytes, names: str):
    with pytest.raises(DataFileError) as caught:
        parse_question_file(raw, "mine.toml")
    assert str(caught.value).startswith("mine.toml: ")
    assert names in str(caught.value)


# -- new_questions -------------------------------------------------------------------------------


def custom(text: str, qid: str = "") -> Question:
    return Question(id=qid, text=text, deck=MY_DECK, custom=True)


def test_new_questions_drops_texts_already_there_whatever_their_case():
    existing = [custom("Why this team?", "q1")]
    candidates = [custom("WHY THIS TEAM?"), custom("What is hard?"), custom("what IS hard?")]
    fresh = new_questions(candidates, existing)
    assert [q.text for q in fresh] == ["What is hard?"]


def test_new_questions_keeps_every_distinct_candidate_in_order():
    candidates = [custom("B?"), custom("A?"), custom("C?")]
    assert [q.text for q in new_questions(candidates, [])] == ["B?", "A?", "C?"]


def test_new_questions_uses_casefold_not_just_lower():
    fresh = new_questions([custom("Was ist die Straße?")], [custom("was ist die strasse?")])
    assert fresh == []


# -- stored custom questions ---------------------------------------------------------------------


def test_question_record_round_trips_through_question_from_record():
    question = Question(
        id="abc",
        text="What did you learn last year?",
        deck=MY_DECK,
        limit=120,
        tags=("growth",),
        tips=("Name one thing.", "Say what changed."),
        custom=True,
    )
    record = question_record(question)
    assert record == {
        "id": "abc",
        "text": "What did you learn last year?",
        "limit": 120,
        "tags": ["growth"],
        "tips": ["Name one thing.", "Say what changed."],
    }
    assert question_from_record(record) == question


@pytest.mark.parametrize(
    ("limit", "read"),
    [
        ("90", DEFAULT_LIMIT),
        (True, DEFAULT_LIMIT),
        (None, DEFAULT_LIMIT),
        (2.5, DEFAULT_LIMIT),
        (1, MIN_LIMIT),
        (99999, MAX_LIMIT),
        (45, 45),
    ],
)
def test_question_from_record_is_lenient_about_the_limit(limit: object, read: int):
    assert question_from_record({"id": "q", "text": "Why?", "limit": limit}).limit == read


def test_question_from_record_fills_gaps_instead_of_failing():
    question = question_from_record({"tags": "not a list", "tips": {"a": 1}})
    assert question.id == ""
    assert question.text == "(empty question)"
    assert question.limit == DEFAULT_LIMIT
    assert question.tags == ()
    assert question.tips == ()
    assert question.custom
    assert question.deck == MY_DECK


def test_question_from_record_turns_odd_list_items_into_text():
    question = question_from_record({"id": 7, "text": "  Why?  ", "tags": [1, "x"]})
    assert question.id == "7"
    assert question.text == "Why?"
    assert question.tags == ("1", "x")


def test_question_from_record_treats_a_null_text_like_a_missing_one():
    assert question_from_record({"id": "q", "text": None}).text == "(empty question)"


def test_my_deck_holds_the_stored_questions_in_order():
    deck = my_deck([{"id": "b", "text": "B?"}, {"id": "a", "text": "A?"}])
    assert deck.id == MY_DECK
    assert [q.id for q in deck.questions] == ["b", "a"]
    assert deck.find("a") is not None
