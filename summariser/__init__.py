"""newsbrief's summariser: sources in, an extractive `Brief` out. Pure: no network, no Slack."""

from .article import Article
from .brief import Brief, Conflict, Line, Person, Quote, SourceInfo
from .errors import InputError
from .pipeline import summarise

__all__ = [
    "Article",
    "Brief",
    "Conflict",
    "InputError",
    "Line",
    "Person",
    "Quote",
    "SourceInfo",
    "summarise",
]
