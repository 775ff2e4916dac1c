"""The command palette (ctrl+p): every main action, found by typing part of its name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class CoachCommands(Provider):
    """Practise a deck or the due questions, new meeting, reflect, history, export, themes."""

    def commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = self.app
        services = getattr(app, "services", None)
        found: list[tuple[str, Callable[[], object], str]] = [
            (
                "Practise the questions due",
                partial(app.run_action, "practise_due"),
                "the next question the schedule says is due",
            ),
            (
                "Practise: choose a question",
                partial(app.run_action, "go('practice')"),
                "practice set-up",
            ),
            (
                "New meeting",
                partial(app.run_action, "new_meeting"),
                "add a meeting and its checklist",
            ),
            ("Meetings", partial(app.run_action, "go('meetings')"), "upcoming and past meetings"),
            (
                "People",
                partial(app.run_action, "go('people')"),
                "who you learn from, outreach and next touches",
            ),
            (
                "New person",
                partial(app.run_action, "new_person"),
                "someone to ask for an informational interview",
            ),
            ("Reflect", partial(app.run_action, "go('reflect')"), "guided prompts, past entries"),
            (
                "Story bank",
                partial(app.run_action, "stories"),
                "your STAR stories, offered beside the questions they fit",
            ),
            (
                "Next steps and skills to build",
                partial(app.run_action, "takeaways"),
                "what your after-meeting reflections said to do next",
            ),
            ("History", partial(app.run_action, "go('history')"), "every attempt"),
            (
                "Export history",
                partial(app.run_action, "export"),
                "Markdown, CSV, JSON or a calendar file",
            ),
            ("Home", partial(app.run_action, "go('home')"), "what to do today"),
            (
                "Keep-in-touch nudge: days after a thank-you",
                partial(app.run_action, "keep_in_touch"),
                "when home reminds you to write to someone you thanked (a month at first)",
            ),
            (
                "Recordings: keep or stop keeping spoken answers",
                partial(app.run_action, "toggle_recordings"),
                "audio beside your database; transcripts are kept either way",
            ),
        ]
        if services is not None:
            for deck in services.decks():
                if deck.questions:
                    found.append(
                        (
                            f"Practise deck: {deck.name}",
                            partial(app.run_action, f"practise_deck('{deck.id}')"),
                            deck.description,
                        )
                    )
        for name in sorted(app.available_themes):
            found.append(
                (
                    f"Theme: {name}",
                    partial(setattr, app, "theme", name),
                    "switch theme (remembered)",
                )
            )
        return found

    async def discover(self) -> Hits:
        for name, action, help_text in self.commands():
            if not name.startswith("Theme:"):
                yield DiscoveryHit(name, action, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), action, help=help_text)
