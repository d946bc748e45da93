"""Running the bot as a user would: `python -m bot preview` and the Procfile's web line under gunicorn."""

from __future__ import annotations

import json
import os
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import SECRET, TOKEN

from bot.devtools import signed

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "bot"


def preview(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)} | (env or {})
    return subprocess.run([sys.executable, "-m", "bot", "preview", *args], cwd=ROOT, env=clean,
                          capture_output=True, text=True, timeout=60)


def test_preview_of_files_prints_the_brief_as_slack_shows_it() -> None:
    result = preview(str(FIXTURES / "article-vale.txt"), str(FIXTURES / "article-vale-2.html"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Greens take Ashford Vale in by-election upset\n=====")
    assert "*Key points*" in out and "14,212" in out
    assert "every line is the sources' own words" in out and "2 sources" in out


def test_preview_reads_links_the_safe_way(site) -> None:
    url = site.url("/politics/ashford-vale")
    ok = preview(url, "--json", env={"NEWSBRIEF_PRIVATE_HOSTS": "localhost"})
    assert ok.returncode == 0, ok.stderr
    payload = json.loads(ok.stdout)
    assert payload["unfurl_links"] is False and payload["blocks"][0]["type"] == "header"
    assert url in json.dumps(payload["blocks"])
    refused = preview(url)  # without the allow-list, localhost is private
    assert refused.returncode == 2
    assert refused.stderr.strip() == f"newsbrief: {url}: I don't read links that point at private or internal network addresses."


def test_preview_of_a_missing_file_exits_2() -> None:
    result = preview("no-such-file.txt")
    assert result.returncode == 2 and "no such file" in result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_procfile_web_line_serves_a_signed_request_end_to_end(slack_api, tmp_path) -> None:
    web = next(line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:"))[4:].strip()
    assert web.startswith("gunicorn bot.wsgi:app")
    port = free_port()
    env = {
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        "PORT": str(port),
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack_api.api_url,
        "DATABASE_URL": f"sqlite:///{tmp_path}/newsbrief.sqlite3",
    }
    proc = subprocess.Popen(["bash", "-c", f"exec {web}"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("gunicorn did not come up")
                time.sleep(0.2)
        text = (FIXTURES / "article-vale.txt").read_text()
        body = signed.slash_command_body(text, response_url=slack_api.response_url("procfile"))
        status, ack = signed.post(f"http://127.0.0.1:{port}/slack/events", body, signed.signed_headers(SECRET, body))
        assert status == 200 and "Reading your text" in ack
        post = slack_api.wait_for_calls("chat.postMessage", timeout=20)[0]
        assert post.params["channel"] == "CPOLITICS" and "Ashford Vale" in post.params["text"]
        forged = signed.post(f"http://127.0.0.1:{port}/slack/events", body, signed.signed_headers("wrong-secret-123", body))
        assert forged[0] == 401
    finally:
        proc.terminate()
        try:
            output, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            output, _ = proc.communicate()
    assert TOKEN not in output and SECRET not in output, "secrets must never reach the logs"
    assert shlex.split(web)  # the line is valid shell


def test_python_m_bot_serves_http_on_port(slack_api, tmp_path) -> None:
    port = free_port()
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "PORT": str(port), "SLACK_BOT_TOKEN": TOKEN,
           "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack_api.api_url}
    proc = subprocess.Popen([sys.executable, "-m", "bot"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("python -m bot did not come up")
                time.sleep(0.1)
        body = signed.slash_command_body("help", response_url=slack_api.response_url("m"))
        status, ack = signed.post(f"http://127.0.0.1:{port}/slack/events", body, signed.signed_headers(SECRET, body))
        assert status == 200 and "How to use newsbrief" in ack
    finally:
        proc.terminate()  # SIGTERM, as a platform stops a dyno
        output, _ = proc.communicate(timeout=20)
    assert f"listening on http://0.0.0.0:{port}/slack/events" in output
    assert "newsbrief: stopping" in output and proc.returncode == 0, output[-500:]  # an orderly exit


def cli(*args: str) -> subprocess.CompletedProcess:
    clean = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "summariser", *args], cwd=ROOT, env=clean,
                          capture_output=True, text=True, timeout=60)


def test_preview_and_the_summariser_cli_word_bad_files_the_same(tmp_path) -> None:
    from summariser import messages

    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "noise.txt").write_text("asdf qwer zxcv\nhjkl uiop")
    (tmp_path / "big.txt").write_text("The council met again today. " * 80_000)
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 society at the caf\xe9 today.".encode("latin-1"))
    expected = {
        "empty.txt": messages.empty("empty.txt"),
        "noise.txt": messages.NO_SENTENCES,
        "big.txt": messages.too_large("big.txt"),
        "latin.txt": messages.not_utf8("latin.txt"),
        str(FIXTURES / "not-article.html"): messages.NO_ARTICLE_FILE,
        "missing.txt": messages.no_such_file(str(tmp_path / "missing.txt")),
    }
    for name, message in expected.items():
        path = name if name.startswith("/") else str(tmp_path / name)
        for result in (preview(path), cli(path)):
            assert result.returncode == 2, (name, result.stdout)
            assert result.stderr == f"newsbrief: {message}\n", name


def test_preview_of_unreadable_links_says_what_to_do_in_a_terminal(site) -> None:
    from summariser import messages

    env = {"NEWSBRIEF_PRIVATE_HOSTS": "localhost"}
    photo, closed = site.url("/photo.png"), f"http://localhost:{free_port()}/story"
    for url, kind in ((photo, "not_html"), (closed, "unreachable")):
        result = preview(url, env=env)
        assert result.returncode == 2
        assert result.stderr == f"newsbrief: {url}: {messages.link_problem(kind, messages.PASTE_IN_TERMINAL)}\n"
        assert "/brief" not in result.stderr and "give me that file instead" in result.stderr
        # the summariser CLI does not fetch: it says so and points at preview
        assert cli(url).stderr == f"newsbrief: {messages.link_not_read_here(url)}\n"
