"""Every error dipwatch raises on purpose: a DipwatchError with a message a user can act on.

The CLI and the web app turn these into messages in one place each; anything else is a bug.
"""

from __future__ import annotations


class DipwatchError(Exception):
    """Base of dipwatch's own errors. ``str(err)`` is the message shown to the user.

    ``exit_code``: 2 for bad usage (a wrong option, path or value), 1 when the work could not
    be done (an unreadable input, a database that cannot be written, a network failure)."""

    exit_code = 2


class InputError(DipwatchError):
    """A user-supplied value (path, period, actor, option) is not valid."""


class SourceFormatError(DipwatchError):
    """An input file cannot be read as the format it claims to be.

    ``location`` names the file and, where known, the line (``path:line``).
    """

    exit_code = 1

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class ReferenceDataError(DipwatchError):
    """A reference table (bundled or the user's) is malformed; names the file and entry."""

    def __init__(self, path: str, entry: str, reason: str) -> None:
        super().__init__(f"{path}: {entry}: {reason}")
        self.path = path
        self.entry = entry
        self.reason = reason


class PatternError(ReferenceDataError):
    """An event pattern file is malformed."""


class StoreError(DipwatchError):
    """The database cannot be opened, is locked by another process, or is of a newer schema."""

    exit_code = 1


class NetworkError(DipwatchError):
    """A download failed after its retries."""

    exit_code = 1


class OutputError(DipwatchError):
    """An output file or directory cannot be written (no space, no permission, not a file)."""

    exit_code = 1


class StoreBusy(StoreError):
    """The store is being written and no earlier copy of it can be read yet; try again soon."""


class NotFoundError(InputError):
    """What was asked for (an event, a country page) does not exist."""
