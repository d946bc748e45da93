"""`python -m bot preview <links or files>`: the brief as Slack would show it, in the terminal.

Links are read exactly as the bot reads them (same address checks and limits);
files may be plain text or saved HTML pages. `--json` prints the message payload.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
from typing import Any

from bot.fetching import FetchFailure, LinkReader, SafeFetcher
from bot.formatter import format_brief
from bot.settings import SettingsError, fetch_settings_from, load_dotenv_file
from summariser import Article, InputError, summarise
from summariser.cli import is_link, print_problem, read_source
from summariser.messages import PASTE_IN_TERMINAL

_LINK = re.compile(r"<([^|>]+)\|([^>]*)>")


def render(blocks: list[dict[str, Any]]) -> str:
    """A terminal rendering of Block Kit: links as 'label (url)', entities decoded."""
    out: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = html.unescape(block["text"]["text"])
            out += [title, "=" * min(len(title), 78)]
        elif kind == "section":
            out += [_plain(block["text"]["text"]), ""]
        elif kind == "divider":
            out.append("-" * 78)
        elif kind == "context":
            out += ["  " + _plain(e.get("text", "")) for e in block.get("elements", [])]
        elif kind == "actions":
            out.append("  " + "  ".join(f"[{e['text']['text']}]" for e in block.get("elements", [])))
    return "\n".join(out).rstrip() + "\n"


def _plain(mrkdwn: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", mrkdwn)
    return html.unescape(text)


def load_source(arg: str, reader: LinkReader) -> str | Article:
    """A link read as the bot reads it, or a file read as `python -m summariser` reads it
    (same checks, so the same messages)."""
    if is_link(arg):
        return reader.read(arg)
    return read_source(arg)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot preview", description=__doc__.split("\n")[0])
    parser.add_argument("sources", nargs="+", help="links (http/https) or text/HTML files")
    parser.add_argument("--json", action="store_true", help="print the chat.postMessage payload instead")
    parser.add_argument("--sentences", type=int, default=4)
    args = parser.parse_args(argv)

    load_dotenv_file()
    try:
        reader = LinkReader(SafeFetcher(fetch_settings_from(os.environ)))
    except SettingsError as exc:
        print(f"newsbrief: {exc}", file=sys.stderr)
        return 2
    sources: list[str | Article] = []
    for arg in args.sources:
        try:
            sources.append(load_source(arg, reader))
        except FetchFailure as failure:
            print_problem(f"{arg}: {failure.message_with(PASTE_IN_TERMINAL)}")
        except InputError as exc:
            print_problem(str(exc))
    if not sources:
        return 2
    try:
        brief = summarise(*sources, sentences=args.sentences)
    except InputError as exc:
        print_problem(str(exc))
        return 2
    message = format_brief(brief)
    if args.json:
        print(json.dumps({"text": message.text, "blocks": message.blocks_as_dicts(),
                          "unfurl_links": False, "unfurl_media": False}, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render(message.blocks_as_dicts()))
    return 0
