"""Content files: found, checked, and reported precisely when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.content import Content, assets_dir, load_content, tip_of_the_day
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


def copy_assets(target: Path) -> Path:
    """A writable copy of the bundled assets, to break one file of."""
    import shutil

    shutil.copytree(assets_dir(), target)
    return target


def test_content_reads_each_part_on_first_use(tmp_path: Path):
    folder = copy_assets(tmp_path / "assets")
    (folder / "decks" / "job.toml").write_text("[deck\n")
    content = Content(folder)
    assert content.tips  # the tips alone are read: the broken deck is not touched yet
    with pytest.raises(DataFileError, match=r"job\.toml: is not valid TOML"):
        _ = content.decks
    with pytest.raises(DataFileError, match=r"job\.toml: is not valid TOML"):
        content.check()
    with pytest.raises(DataFileError, match=r"job\.toml: is not valid TOML"):
        load_content(folder)


def test_check_reads_every_part(tmp_path: Path):
    folder = copy_assets(tmp_path / "assets")
    (folder / "prompts" / "interests.toml").write_text("not = [toml")
    with pytest.raises(DataFileError, match=r"interests\.toml"):
        Content(folder).check()
    assert load_content().check().prompt_sets
