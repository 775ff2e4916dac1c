"""The app's content (tips, decks, checklists, thank-you and outreach templates, prompts),
from `assets/`.

Content is plain TOML a user can read and extend. It is found inside the installed wheel
(packed as `coach/assets`) or, when running from a checkout, in the top-level `assets/`.
Every file is checked when loaded: a mistake is reported with the file and the entry at
fault, never as a traceback.

Each part is read on first use, so the app draws its first screen after reading the tips
alone; it then checks the rest on a thread (`Content.check`), as `coach assets` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from coach.errors import CoachError, DataFileError

if TYPE_CHECKING:
    from coach.checklists import ChecklistTemplate, ThankYouTemplate
    from coach.decks import Deck
    from coach.outreach import OutreachTemplate
    from coach.reflections import PromptSet

TIPS_FILE = "tips.toml"
DECKS_DIR = "decks"
CHECKLISTS_DIR = "checklists"
FOLLOWUP_FILE = "followup.toml"
PROMPTS_DIR = "prompts"
OUTREACH_FILE = "outreach.toml"
PARTS = ("tips", "decks", "checklists", "thank_yous", "outreach", "prompt_sets")


def assets_dir() -> Path:
    """Where the content lives: inside the installed package, else beside it in a checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "assets", package.parent / "assets"):
        if (candidate / TIPS_FILE).is_file():
            return candidate
    raise CoachError(f"{package}: coach's assets folder is missing; reinstall coach")


@dataclass(frozen=True)
class Tip:
    """One short piece of advice from the seeds, in our own words."""

    id: str
    topic: str
    text: str


def load_tips(folder: Path) -> list[Tip]:
    """The tips, checked: each has an id, a topic and a text; ids are unique."""
    from coach.tomlfiles import read_toml_file, text_value

    path = folder / TIPS_FILE
    entries = read_toml_file(path).get("tip")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"{path}: has no [[tip]] entries")
    tips: list[Tip] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: tip {number}"
        tip = Tip(
            id=text_value(entry, "id", where),
            topic=text_value(entry, "topic", where),
            text=text_value(entry, "text", where),
        )
        if tip.id in seen:
            raise DataFileError(f"{where}: the id {tip.id!r} is used twice")
        seen.add(tip.id)
        tips.append(tip)
    return tips


class Content:
    """Everything in an assets folder, each part read and checked when first asked for."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @cached_property
    def tips(self) -> list[Tip]:
        return load_tips(self.folder)

    @cached_property
    def decks(self) -> list[Deck]:
        from coach.decks import load_decks

        return load_decks(self.folder / DECKS_DIR)

    @cached_property
    def checklists(self) -> dict[str, ChecklistTemplate]:
        from coach.checklists import load_checklists

        return load_checklists(self.folder / CHECKLISTS_DIR)

    @cached_property
    def thank_yous(self) -> dict[str, ThankYouTemplate]:
        from coach.checklists import load_thank_yous

        return load_thank_yous(self.folder / FOLLOWUP_FILE)

    @cached_property
    def outreach(self) -> list[OutreachTemplate]:
        from coach.outreach import load_outreach

        return load_outreach(self.folder / OUTREACH_FILE)

    @cached_property
    def prompt_sets(self) -> list[PromptSet]:
        from coach.reflections import load_prompt_sets

        return load_prompt_sets(self.folder / PROMPTS_DIR)

    def check(self) -> Content:
        """Read every part now: a mistake in any file raises `DataFileError` here."""
        for part in PARTS:
            getattr(self, part)
        return self

    def describe(self) -> list[str]:
        """One line per asset, for `coach assets`."""
        lines = [f"{self.folder / TIPS_FILE}: {len(self.tips)} tips"]
        for deck in self.decks:
            lines.append(
                f"{self.folder / DECKS_DIR / deck.id}.toml: deck {deck.name!r}, "
                f"{len(deck.questions)} questions"
            )
        for template in self.checklists.values():
            lines.append(
                f"{self.folder / CHECKLISTS_DIR / template.id}.toml: checklist "
                f"{template.name!r}, {len(template.items)} items"
            )
        lines.append(f"{self.folder / FOLLOWUP_FILE}: {len(self.thank_yous)} thank-you templates")
        lines.append(f"{self.folder / OUTREACH_FILE}: {len(self.outreach)} outreach templates")
        for prompt_set in self.prompt_sets:
            lines.append(
                f"{self.folder / PROMPTS_DIR}: prompt set {prompt_set.name!r}, "
                f"{len(prompt_set.prompts)} prompts"
            )
        return lines

    def prompt_set(self, set_id: str) -> PromptSet | None:
        return next((s for s in self.prompt_sets if s.id == set_id), None)

    def deck(self, deck_id: str) -> Deck | None:
        return next((d for d in self.decks if d.id == deck_id), None)


def load_content(folder: Path | None = None) -> Content:
    """Read and check every asset file now."""
    return Content(folder or assets_dir()).check()


def tip_of_the_day(tips: list[Tip], ordinal: int) -> Tip:
    """The same tip all day, a different one tomorrow (`ordinal` is a date's ordinal)."""
    return tips[ordinal % len(tips)]
