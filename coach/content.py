"""The app's content (tips now; decks, checklists and prompts later) from `assets/`.

Content is plain TOML a user can read and extend. It is found inside the installed wheel
(packed as `coach/assets`) or, when running from a checkout, in the top-level `assets/`.
Every file is checked when loaded: a mistake is reported with the file and the entry at
fault, never as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coach.checklists import (
    CHECKLISTS_DIR,
    FOLLOWUP_FILE,
    ChecklistTemplate,
    ThankYouTemplate,
    load_checklists,
    load_thank_yous,
)
from coach.decks import Deck, load_decks, read_toml_file, text_value
from coach.errors import CoachError, DataFileError
from coach.reflections import PROMPTS_DIR, PromptSet, load_prompt_sets

TIPS_FILE = "tips.toml"
DECKS_DIR = "decks"


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


@dataclass(frozen=True)
class Content:
    """Everything loaded from the assets folder."""

    folder: Path
    tips: list[Tip]
    decks: list[Deck]
    checklists: dict[str, ChecklistTemplate]
    thank_yous: dict[str, ThankYouTemplate]
    prompt_sets: list[PromptSet]

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
    """Load and check every asset file."""
    folder = folder or assets_dir()
    return Content(
        folder=folder,
        tips=load_tips(folder),
        decks=load_decks(folder / DECKS_DIR),
        checklists=load_checklists(folder / CHECKLISTS_DIR),
        thank_yous=load_thank_yous(folder / FOLLOWUP_FILE),
        prompt_sets=load_prompt_sets(folder / PROMPTS_DIR),
    )


def tip_of_the_day(tips: list[Tip], ordinal: int) -> Tip:
    """The same tip all day, a different one tomorrow (`ordinal` is a date's ordinal)."""
    return tips[ordinal % len(tips)]
