"""`python -m summariser`: brief one story from files or stdin, in the terminal.

Bad input ends with exit status 2 and one line on stderr, never a traceback.
Slow imports (trafilatura) happen only when the input is HTML.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib import resources
from pathlib import Path

from . import messages
from .errors import InputError
from .limits import MAX_BYTES

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every bad input
        raise InputError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="python -m summariser",
        description="Brief one story, told by one or more sources, in a few key sentences.",
    )
    p.add_argument(
        "sources", nargs="*", metavar="SOURCE", help=".txt or .html file, or - for stdin"
    )
    p.add_argument(
        "--sentences", "-n", type=_count, default=4, help="key sentences, 1-10 (default 4)"
    )
    p.add_argument("--format", "-f", choices=("text", "json", "markdown"), default="text")
    p.add_argument("--example", action="store_true", help="brief the bundled example story")
    return p


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--sentences needs a whole number, not {value!r}"
        ) from None
    if not 1 <= n <= 10:
        raise argparse.ArgumentTypeError(f"--sentences must be between 1 and 10, not {n}")
    return n


_LINK = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://")


def _decode(data: bytes, label: str) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(messages.too_large(label))
    if b"\x00" in data[:8192]:
        raise InputError(messages.binary(label))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(messages.not_utf8(label)) from None
    if not text.strip():
        raise InputError(messages.empty(label))
    return text


def is_link(name: str) -> bool:
    """`https://…`, `ftp://…`: something to fetch, not a file name."""
    return bool(_LINK.match(name))


def read_source(name: str) -> str:
    """Text of one SOURCE (a path or `-`). HTML is recognised by its markup, whatever the name.

    Shared with `python -m bot preview`, so a bad file gets the same message from both.
    """
    if name == "-":
        return _decode(sys.stdin.buffer.read(MAX_BYTES + 1), "Standard input")
    path = Path(name)
    label = path.name or name
    try:
        if path.is_dir():
            raise InputError(f"{name} is a folder, not a file. Give me the story's file.")
        if path.stat().st_size > MAX_BYTES:
            raise InputError(messages.too_large(label))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(messages.no_such_file(name)) from None
    except PermissionError:
        raise InputError(messages.unreadable_file(name, "permission denied")) from None
    except OSError as exc:
        raise InputError(messages.unreadable_file(name, str(exc.strerror or exc))) from None
    return _decode(data, label)


def print_problem(message: str) -> None:
    """One line on stderr, `newsbrief: …`, as every bad input is reported in a terminal."""
    print(f"newsbrief: {' '.join(message.split())}", file=sys.stderr)


def example_sources() -> list[str]:
    folder = resources.files("summariser") / "example"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".txt"))
    return [(folder / n).read_text(encoding="utf-8") for n in names]


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.example and args.sources:
            raise InputError("give either --example or SOURCE files, not both")
        if not args.example and not args.sources:
            raise InputError(
                "give at least one SOURCE (.txt or .html file, or - for stdin), or --example"
            )
        if args.sources.count("-") > 1:
            raise InputError("standard input (-) can only be read once")
        for s in args.sources:
            if is_link(s):
                raise InputError(messages.link_not_read_here(s))
        sources = example_sources() if args.example else [read_source(s) for s in args.sources]

        from .pipeline import summarise
        from .render import render

        brief = summarise(*sources, sentences=args.sentences)
        output = render(brief, args.format)
    except InputError as exc:
        print_problem(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("newsbrief: interrupted", file=sys.stderr)
        return 130
    try:
        sys.stdout.write(output + ("" if output.endswith("\n") else "\n"))
        sys.stdout.flush()
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
