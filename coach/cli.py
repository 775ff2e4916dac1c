"""The `coach` command: parse the command line, run a subcommand or open the app.

Exit status: 0 on success, 1 on an error (one line on stderr naming the file or value at
fault), 2 on a usage error (argparse's own). Each command imports what it uses when it
runs: Textual only when the app opens, the store only for the commands that read your
data, so `analyze` and `assets` never load either and start quickly.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from coach import __version__
from coach.clock import local_zone, system_clock
from coach.errors import CoachError, DataFileError
from coach.formats import FORMATS
from coach.paths import ENV_DATABASE, FILE_MODE, lock_path, resolve_database_path

if TYPE_CHECKING:
    from coach.store import Store

Command = Callable[[argparse.Namespace, Path], int]
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
# What `coach stats` reads of each session: the answers themselves are not needed.


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; `--db` is accepted before or after the subcommand."""
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"the database file (default: ${ENV_DATABASE}, else your user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="coach",
        description="Practise interview answers against the clock, review your progress, "
        "prepare for meetings and reflect on them. Run without a command to open the app.",
        parents=[database],
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_data_commands(commands, database)
    add_tool_commands(commands, database)
    return parser


def add_data_commands(commands: Commands, database: argparse.ArgumentParser) -> None:
    """The commands that read or merge the database: export, import, stats."""
    export = commands.add_parser(
        "export",
        parents=[database],
        help="write everything as JSON for backup, your sessions as Markdown or CSV, or your "
        "meetings and next touches as an iCalendar file",
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json: everything, to import again (default); md: a journal of your sessions "
        "by day; csv: one row per session, for a spreadsheet; ics: meetings, thank-you deadlines "
        "and next touches, for a calendar app",
    )
    export.add_argument("--out", metavar="FILE", help="write to FILE (atomically), not stdout")
    imports = commands.add_parser(
        "import", parents=[database], help="merge a JSON export; repeating it adds nothing"
    )
    imports.add_argument("file", metavar="FILE", help="a coach export, or - for stdin")
    stats = commands.add_parser(
        "stats", parents=[database], help="sessions, this week, streak and ratings"
    )
    stats.add_argument("--json", action="store_true", help="every figure as JSON")


def add_tool_commands(commands: Commands, database: argparse.ArgumentParser) -> None:
    """The commands that work without your data: analyze, assets."""
    analyze = commands.add_parser(
        "analyze",
        parents=[database],
        help="feedback on an answer drafted in an editor, or recorded (with the voice extra)",
    )
    analyze.add_argument(
        "file",
        metavar="FILE",
        help="the answer as text, or - for stdin; or a recording (.wav, .mp3, .m4a, .ogg...), "
        "transcribed on this machine",
    )
    analyze.add_argument(
        "--model",
        metavar="PATH",
        help="a CTranslate2 whisper model folder for recordings (default: $COACH_WHISPER_MODEL, "
        "else the bundled tiny.en)",
    )
    analyze.add_argument("--limit", type=positive_seconds, metavar="SECONDS", help="time limit")
    analyze.add_argument("--question", metavar="TEXT", help="the question it answers")
    story = analyze.add_mutually_exclusive_group()
    story.add_argument(
        "--behavioural",
        action="store_true",
        default=None,
        help="check STAR (situation, task, action, result); read from the question "
        'when it says "tell me about a time", "give an example" and the like',
    )
    story.add_argument(
        "--no-behavioural",
        dest="behavioural",
        action="store_false",
        default=None,
        help="do not check STAR",
    )
    analyze.add_argument("--company", metavar="C", help="the company, to count mentions of it")
    analyze.add_argument("--role", metavar="R", help="the role, to count mentions of it")
    analyze.add_argument("--json", action="store_true", help="every figure as JSON")
    commands.add_parser(
        "assets", parents=[database], help="check the question decks and other content files"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `coach` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "db", None) == "":
        parser.error("--db needs a file path")
    command = COMMANDS[args.command or "app"]
    try:
        path = resolve_database_path(getattr(args, "db", None), os.environ)
        return command(args, path)
    except CoachError as error:
        return complain(str(error))
    except OSError as error:  # a last resort: the disk said no somewhere unexpected
        where = f"{error.filename}: " if error.filename else ""
        return complain(f"{where}{error.strerror or error}; check the path and try again")
    except KeyboardInterrupt:
        return 130


def complain(message: str) -> int:
    """Print an error as one line (control characters in paths shown escaped); status 1."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
    print(f"coach: {shown}", file=sys.stderr)
    return 1


def run_app(args: argparse.Namespace, path: Path) -> int:
    """Open the database (refusing a bad or busy one before drawing), then the app."""
    from coach.app import CoachApp  # deferred: Textual is only needed for the app
    from coach.content import Content, assets_dir
    from coach.services import Services
    from coach.store import Store

    content = Content(assets_dir())  # the tips now; the home screen checks the rest
    with Store.open(path) as store:
        services = Services(store=store, content=content)
        app = CoachApp(services)
        gc.freeze()  # what is loaded now lives all session: keep it out of every collection
        # A closed terminal (SIGHUP) or a polite kill (SIGTERM) ends the app the normal
        # way, keeping what was typed: the answer as a draft, a rating, a thank-you.
        for number in (signal.SIGHUP, signal.SIGTERM):
            signal.signal(number, lambda *_: app.hang_up())
        try:
            app.run()
        finally:
            services.writer.close()  # every queued save (the last draft too) reaches the disk
    return app.return_code or 0


def open_existing(path: Path) -> Store:
    """The database, read-only: reporting on a file that is not there would mislead."""
    from coach.store import Store

    if not path.exists():
        raise CoachError(f"{path}: no database there yet; check --db or {ENV_DATABASE}")
    return Store.open(path, read_only=True)


def run_export(args: argparse.Namespace, path: Path) -> int:
    """Write the export to stdout, or atomically to --out."""
    with open_existing(path) as store:
        from coach.export import export_and_summary  # imported on use: start-up stays quick

        blob, holding = export_and_summary(store, args.format, local_zone(), bundled_names())
    if args.out is None:
        return write_stdout(blob)
    from coach.atomicfile import atomic_write

    out = Path(args.out).expanduser().absolute()
    if out.resolve() in {path.resolve(), lock_path(path).resolve()}:
        raise CoachError(
            f"{out}: is the database itself (or its lock); choose another file for the export"
        )
    try:
        atomic_write(out, blob, FILE_MODE)
    except OSError as error:
        raise CoachError(
            f"{out}: could not write the export ({error.strerror}); check that the folder "
            "exists and is writable"
        ) from None
    print(f"coach: exported {holding} to {out}", file=sys.stderr)
    return 0


def run_stats(args: argparse.Namespace, path: Path) -> int:
    """Totals, the week, the streak and ratings, as text or (--json) every figure."""
    import orjson

    from coach.stats import STATS_FIELDS, compute_stats, render_stats

    if path.exists():
        with open_existing(path) as store:
            sessions = store.select("sessions", STATS_FIELDS)
    else:  # nothing practised yet: a new user's first look is "0 sessions", not an error
        sessions = []
    stats = compute_stats(sessions, system_clock(), local_zone())
    if args.json:
        return write_stdout(orjson.dumps(stats.to_dict(), option=orjson.OPT_INDENT_2) + b"\n")
    from coach.visible import printable

    return write_stdout(printable(render_stats(stats, bundled_names())).encode("utf-8"))


def bundled_names() -> dict[str, str]:
    """Deck ids to names, for what the command line prints (a deck file that fails its
    checks leaves the ids showing: a report is no place to refuse)."""
    from coach.content import Content, assets_dir
    from coach.decks import deck_names

    try:
        return deck_names(Content(assets_dir()).decks)
    except CoachError:
        return deck_names([])


def write_stdout(blob: bytes) -> int:
    """Write bytes to stdout; a reader that stops early (`| head`) is not an error."""
    try:
        sys.stdout.buffer.write(blob)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def read_input(name: str) -> tuple[str, bytes]:
    """A command's input file, or stdin for `-`: its name for messages, and its bytes."""
    source = "<stdin>" if name == "-" else name
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise CoachError(f"{source}: cannot be read ({error.strerror}); check the path") from None
    return source, raw


def run_import(args: argparse.Namespace, path: Path) -> int:
    """Check the whole file first, then merge it in one save."""
    from coach.store import Store
    from coach.transfer import read_import

    source, raw = read_input(args.file)
    try:
        tables = read_import(raw, source)
    except DataFileError as error:
        raise DataFileError(f"{error}; nothing was imported (import a coach export)") from None
    with Store.open(path) as store:
        report = store.import_tables(tables)
    print(f"coach: imported {source} into {path}: {report.summary()}", file=sys.stderr)
    return 0


def positive_seconds(text: str) -> int:
    """`--limit`: whole seconds, at least one (argparse turns the error into status 2)."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of seconds")
    if int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: the limit must be at least 1 second")
    return int(text)


def run_analyze(args: argparse.Namespace, path: Path) -> int:
    """The feedback the app gives, for text from a file or stdin, or for a recording;
    the database is not used."""
    from coach.report import render_text
    from coach.transcribe import is_audio

    if args.file != "-" and is_audio(args.file):
        figures = analyze_recording(args)
    else:
        from coach.feedback import analyze

        source, raw = read_input(args.file)
        if not raw.strip():
            raise CoachError(f"{source}: is empty; write the answer in it, then analyse it")
        if b"\0" in raw[:8192]:
            raise CoachError(
                f"{source}: is not text; give a text file, or a recording (.wav, .mp3, .m4a...)"
            )
        figures = analyze(
            raw.decode("utf-8", errors="replace"),
            limit_seconds=args.limit,
            question=args.question or "",
            behavioural=args.behavioural,
            company=args.company or "",
            role=args.role or "",
        ).to_dict()
    if args.json:
        import orjson

        return write_stdout(orjson.dumps(figures, option=orjson.OPT_INDENT_2) + b"\n")
    return write_stdout(render_text(figures).encode("utf-8"))


def analyze_recording(args: argparse.Namespace) -> dict[str, Any]:
    """Transcribe a recording here and analyse what was said, as the app does."""
    from coach.speech import spoken_feedback
    from coach.transcribe import Transcriber

    transcript = Transcriber(Path(args.model) if args.model else None).transcribe(Path(args.file))
    figures = spoken_feedback(
        transcript,
        limit_seconds=args.limit,
        question=args.question or "",
        behavioural=args.behavioural,
        company=args.company or "",
        role=args.role or "",
    )
    speech = figures["speech"]
    return {
        "transcript": transcript.text,
        "wpm": speech["wpm"],
        "pauses": speech["long_pauses"],
        **figures,
    }


def run_assets(args: argparse.Namespace, path: Path) -> int:
    """Load every content file, as the app would, and say what each holds."""
    from coach.content import load_content

    for line in load_content().describe():
        print(line)
    return 0


COMMANDS: dict[str, Command] = {
    "app": run_app,
    "export": run_export,
    "import": run_import,
    "stats": run_stats,
    "analyze": run_analyze,
    "assets": run_assets,
}
