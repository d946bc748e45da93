"""Every sentence a user sees for input that cannot be briefed, written once.

`python -m summariser`, `python -m bot preview` and the Slack bot used to word
the same problem three ways. They all take their messages from here, so one
problem gets one explanation wherever it is hit: what went wrong, then what to
do next. Only the way to hand over text differs (a file in a terminal, `/brief`
in Slack), so link problems take that hint as a parameter.
"""

from __future__ import annotations

PASTE_IN_SLACK = "Paste the text with `/brief` instead."
PASTE_IN_TERMINAL = "Save the story's text in a .txt file and give me that file instead."

NO_SENTENCES = (
    "I couldn't find any sentences to brief in that text. "
    "Give me the story itself: whole sentences, as published."
)
NO_ARTICLE = "That page doesn't look like an article: I found no article text on it."
NO_ARTICLE_FILE = NO_ARTICLE + " Give me the story's own page, or its text."
NOTHING_GIVEN = "Nothing to brief: give at least one article."


def too_large(what: str) -> str:
    return f"{what} is too large for me to read (over 2 MB). Give me one story at a time."


def empty(what: str) -> str:
    return f"{what} is empty, so there is nothing to brief. Give me the story's text."


def binary(what: str) -> str:
    return f"{what} looks like binary data, not text. Give me the story as text or a saved web page."


def not_utf8(what: str) -> str:
    return f"{what} is not UTF-8 text. Save it as UTF-8 text or as a web page and try again."


def no_such_file(name: str) -> str:
    return f"{name}: no such file. Check the name and the folder you are in."


def unreadable_file(name: str, reason: str) -> str:
    return f"{name}: I can't read that file ({reason}). Check that it is yours to read."


def link_not_read_here(url: str) -> str:
    """A link given to `python -m summariser`, which reads files and never fetches."""
    return (
        f"{url} is a link, and python -m summariser only reads files. Save the page or its text "
        f"and give me that file, or run: python -m bot preview {url}"
    )


# Why a link could not be read (keyed by `bot.fetching.FailureKind` values); `{paste}`
# is where the reader is told how to give the text instead.
_LINK_PROBLEMS: dict[str, str] = {
    "paywall": "I couldn't read that page — it looks paywalled. {paste}",
    "consent_wall": "I couldn't read that page — it only showed me a cookie-consent wall. {paste}",
    "pdf": "That link is a PDF, and I only read web pages. {paste}",
    "not_article": NO_ARTICLE + " {paste}",
    "not_html": "That link isn't a web page or text I can read. {paste}",
    "forbidden": "The site refused to let me read that page (403 Forbidden). {paste}",
    "not_found": "That page doesn't exist (404 Not Found) — is the link complete?",
    "http_error": "The site answered with an error when I tried to read that page. {paste}",
    "timeout": "That site took too long to answer, so I gave up. {paste}",
    "too_large": "That page is too large for me to read (over 5 MB). {paste}",
    "refused_address": "I don't read links that point at private or internal network addresses.",
    "bad_scheme": "I only read http and https links.",
    "bad_url": "That link doesn't look like a complete web address.",
    "too_many_redirects": "That link redirected too many times, so I stopped following it. {paste}",
    "unreachable": "I couldn't reach that site. {paste}",
}


def link_problem(kind: str, paste: str = PASTE_IN_SLACK) -> str:
    """The message for a link that could not be read, with the given way to paste instead."""
    return _LINK_PROBLEMS[kind].format(paste=paste)


def link_problem_kinds() -> frozenset[str]:
    return frozenset(_LINK_PROBLEMS)
