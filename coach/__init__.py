"""coach: practise interview answers against the clock, review them, prepare and reflect.

Importing this package does nothing but define names: no folders, files or settings are
touched until a command asks for them.
"""

__version__ = "0.1.0"
