"""Errors that name the input they concern."""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be processed; the message is one line for stderr."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class Unsupported(InputError):
    """A document in a language dateline has no rules for: skipped and said so, not a failure of the run."""


class Skipped(str):
    """The one-line message of a document skipped on purpose (see `Unsupported`); a `str`, so it crosses process
    boundaries as a failure message does, and is counted apart from failures. `document` holds the fields `--state`
    records it by (doc_id, source, url), so a cron job does not report it again every run."""

    document: dict[str, object]

    def __new__(cls, message: object, document: dict[str, object] | None = None) -> Skipped:
        made = super().__new__(cls, message)
        made.document = document or {}
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Skipped, (str(self), self.document))
