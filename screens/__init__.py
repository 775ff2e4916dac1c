"""The screens of the coach app, one module each; only `coach.app` imports this package."""

from pathlib import Path

STYLESHEET = Path(__file__).with_name("coach.tcss")
