"""Errors the summariser raises for input it cannot brief; their messages are shown to users."""


class InputError(ValueError):
    """The input cannot be briefed (empty, binary, too large, no sentences). Message is user-facing."""
