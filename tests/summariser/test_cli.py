"""The command line, run as users run it: a subprocess, its exit code, stdout and stderr."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summariser import messages

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "summariser", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )


def assert_bad_input(proc: subprocess.CompletedProcess, reason: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert proc.stdout == b""
    assert err.count("\n") == 1 and err.endswith("\n"), err  # exactly one line
    assert "Traceback" not in err
    assert err.startswith("newsbrief: ")
    assert reason in err, err


def test_example_text_brief():
    proc = run("--example")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert out.startswith("Labour All But Concedes Defeat In Hartlepool By-Election\n")
    assert "Key points" in out and "Sources" in out
    assert "[1] Labour All But Concedes Defeat In Hartlepool By-Election" in out
    assert "Labour has all but conceded defeat in the Hartlepool by-election" in out
    assert proc.stderr == b""


def test_example_json_is_the_brief_dict():
    proc = run("--example", "--format", "json", "--sentences", "3")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert set(data) == {"headline", "summary", "quotes", "people", "facts", "conflicts", "sources"}
    assert len(data["summary"]) == 3
    assert all(set(line) == {"text", "sources"} for line in data["summary"])
    assert [s["words"] > 0 for s in data["sources"]] == [True, True]


def test_markdown_and_stdin(fixtures):
    text = (fixtures / "articles" / "bbc-001.txt").read_bytes()
    proc = run("-f", "markdown", "-", stdin=text)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert out.startswith("# Labour plans maternity pay rise\n")
    assert "## Key points" in out
    assert "- Maternity pay for new mothers is to rise by £1,400" in out


def test_html_file_and_several_sources(fixtures):
    proc = run(
        str(fixtures / "html" / "news-page.html"), str(fixtures / "articles" / "bbc-002.txt")
    )
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert out.startswith("Council tax rise approved after late-night vote\n")
    assert "Northern Ledger" in out
    assert "[2] Watchdog probes e-mail deletions" in out


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    assert_bad_input(run(str(f)), messages.empty("empty.txt"))
    assert "Give me the story's text." in messages.empty("empty.txt")  # says what to do next


def test_empty_stdin():
    assert_bad_input(run("-", stdin=b"  \n "), "empty")


def test_binary_file(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert_bad_input(run(str(f)), "binary")


def test_file_that_is_not_utf8(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes(
        "Caf\xe9 society: the minister's caf\xe9 visit was criticised.".encode("latin-1") * 3
    )
    assert_bad_input(run(str(f)), "not UTF-8")


def test_missing_file(tmp_path):
    assert_bad_input(run(str(tmp_path / "nope.txt")), "no such file")


def test_a_folder(tmp_path):
    assert_bad_input(run(str(tmp_path)), "folder")


def test_unreadable_file_name():
    assert_bad_input(run("x" * 5000 + ".txt"), "I can't read that file")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("Labour has conceded the Hartlepool by-election.")
    f.chmod(0)
    assert_bad_input(run(str(f)), "permission denied")


def test_nothing_sentence_like(tmp_path):
    f = tmp_path / "numbers.txt"
    f.write_text("1234 5678\n---- ====\n%%%%")
    assert_bad_input(run(str(f)), messages.NO_SENTENCES)


def test_html_page_without_article_text(tmp_path):
    f = tmp_path / "nav.html"
    f.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    )
    assert_bad_input(run(str(f)), messages.NO_ARTICLE_FILE)


def test_over_two_megabytes(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("The council met again today. " * 80_000)
    assert_bad_input(run(str(f)), messages.too_large("big.txt"))
    assert_bad_input(run("-", stdin=f.read_bytes()), messages.too_large("Standard input"))


def test_a_link_is_explained_not_taken_for_a_missing_file():
    url = "https://news.example.org/politics/vote"
    proc = run(url)
    assert_bad_input(proc, messages.link_not_read_here(url))
    assert "python -m bot preview https://news.example.org/politics/vote" in proc.stderr.decode()


@pytest.mark.parametrize(
    "value, reason",
    [("0", "between 1 and 10"), ("11", "between 1 and 10"), ("four", "whole number")],
)
def test_bad_sentence_counts(value, reason):
    assert_bad_input(run("--sentences", value, "--example"), reason)


def test_bad_format():
    assert_bad_input(run("--format", "xml", "--example"), "invalid choice")


def test_no_source():
    assert_bad_input(run(), "at least one SOURCE")


def test_example_and_sources_together(fixtures):
    assert_bad_input(run("--example", str(fixtures / "seeds" / "000.txt")), "not both")


def test_stdin_twice():
    assert_bad_input(
        run("-", "-", stdin=b"Labour lost the seat on Friday night."), "only be read once"
    )


def test_unknown_option():
    assert_bad_input(run("--colour", "--example"), "unrecognized arguments")
