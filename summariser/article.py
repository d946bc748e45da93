"""`Article`: one input to the summariser, as text plus what is known about it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Article:
    """Plain article text (paragraphs separated by newlines) and its metadata.

    `text` must not include the title; `title`, `url` and `site` are shown as
    the brief's sources when known.
    """

    text: str
    title: str | None = None
    url: str | None = None
    site: str | None = None
    published: str | None = None
    author: str | None = None
