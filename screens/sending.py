"""What every drafted message offers: copy it, or save it to a file (on the writer).

The thank-you note and the outreach messages are sent from the user's own mail, so coach
hands the text over one of these two ways; both live here so the two screens say the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.screen import Screen

from coach.atomicfile import atomic_write
from coach.errors import CoachError
from coach.services import Services
from screens.prompt import Prompt
from screens.saving import write


def copy_text(screen: Screen[Any], text: str, what: str) -> None:
    screen.app.copy_to_clipboard(text)
    screen.notify(f"{what} is on the clipboard.", markup=False)


def file_name(prefix: str, person: str) -> str:
    """`~/thank-you-adalovelace.txt`: a name to offer, made of letters and digits only."""
    name = "".join(c for c in person.lower() if c.isalnum()) or "note"
    return f"~/{prefix}-{name}.txt"


def save_text_to_file(
    screen: Screen[Any], services: Services, text: str, question: str, suggested: str
) -> None:
    """Ask where, then write the text there atomically on the writer thread."""

    def chosen(path: str | None) -> None:
        if not path:
            return
        target = Path(path).expanduser().absolute()

        def save_file(_: object) -> str:
            try:
                atomic_write(target, text.encode("utf-8"))
            except OSError as error:
                raise CoachError(f"{target}: could not be written ({error.strerror})") from None
            return str(target)

        write(
            screen.app,
            services,
            save_file,
            lambda saved: screen.notify(f"Saved to {saved}.", markup=False),
        )

    screen.app.push_screen(Prompt(question, "path", suggested), chosen)
