"""The formats `coach export` writes, in one place for the command line and the screens."""

# JSON: everything, to import again; Markdown and CSV: the sessions, for reading;
# iCalendar: meetings, thank-you deadlines and next touches, for a calendar app.
FORMATS = ("json", "md", "csv", "ics")
