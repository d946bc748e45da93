"""Undo Slack's message markup so pasted text reads as the journalist pasted it.

Slack escapes `&`, `<` and `>` and rewrites links as `<url|label>` or `<url>`,
mentions as `<@U123>` and specials as `<!here>`.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"<((?:https?|mailto):[^>|\s]+)(?:\|([^>]*))?>")
_ENTITY = re.compile(r"<[@#!][^>]*>")


def unslack(text: str) -> str:
    """Plain text from Slack message markup; links become their label, else their URL."""
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _ENTITY.sub("", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def looks_slack_escaped(text: str) -> bool:
    """True when text carries Slack's escaping or link markup."""
    return bool(_LINK.search(text) or _ENTITY.search(text) or re.search(r"&(?:amp|lt|gt);", text))
