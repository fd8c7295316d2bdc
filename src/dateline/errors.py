"""Errors that name the input they concern."""


class InputError(Exception):
    """An input that cannot be processed; the message is one line for stderr."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message
