"""Content files: found, checked, and reported precisely when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.content import assets_dir, load_content, tip_of_the_day
from coach.errors import DataFileError


def test_bundled_content_loads():
    content = load_content()
    assert content.folder == assets_dir()
    assert len(content.tips) >= 15
    assert len({tip.id for tip in content.tips}) == len(content.tips)


def test_tip_of_the_day_changes_daily_and_wraps():
    tips = load_content().tips
    assert tip_of_the_day(tips, 1) != tip_of_the_day(tips, 2)
    assert tip_of_the_day(tips, 5) == tip_of_the_day(tips, 5 + len(tips))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[tip]\nid=", "is not valid TOML"),
        ("title = 'no tips'", "has no [[tip]] entries"),
        ('[[tip]]\nid = "a"\ntopic = "t"', "tip 1: needs a non-empty text 'text'"),
        ('[[tip]]\nid = "a"\ntopic = "t"\ntext = "   "', "tip 1: needs a non-empty text 'text'"),
        (
            '[[tip]]\nid="a"\ntopic="t"\ntext="x"\n[[tip]]\nid="a"\ntopic="t"\ntext="y"',
            "tip 2: the id 'a' is used twice",
        ),
    ],
)
def test_malformed_tips_name_the_file_and_entry(tmp_path: Path, text: str, message: str):
    (tmp_path / "tips.toml").write_text(text)
    with pytest.raises(DataFileError) as caught:
        load_content(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / 'tips.toml'}: ")
    assert message in str(caught.value)
