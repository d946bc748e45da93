"""Living briefs end to end: signed /brief requests in, the Slack stand-in's calls out, on
SQLite and PostgreSQL. Seed 1 is pasted, seed 2 arrives by link from a local news page."""

from __future__ import annotations

import html
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.storage import Repository, open_database

EXAMPLE = Path(__file__).resolve().parents[2] / "summariser" / "example"
SEED_2_PATH = "/politics/hartlepool-labour-concedes"


def seed_2_page() -> bytes:
    """Seed 2 as a news site would serve it: headline, byline, one <p> per paragraph."""
    paragraphs = [
        p
        for p in (EXAMPLE / "hartlepool-2.txt").read_text(encoding="utf-8").splitlines()
        if p.strip()
    ]
    title = "Labour concedes Hartlepool by-election as sources predict huge Tory majority"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
        f"<title>{title} | The Daily Record</title><meta property='og:title' content='{title}'>"
        "<meta property='og:site_name' content='The Daily Record'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav>"
        f"<main><article><h1>{title}</h1><p class='byline'>By a political reporter</p>{body}</article></main>"
        "<footer>© The Daily Record</footer></body></html>"
    ).encode()


@pytest.fixture
def news_page() -> Iterator[str]:
    page = seed_2_page()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            status = 200 if self.path == SEED_2_PATH else 404
            data = page if status == 200 else b"not found"
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    yield f"http://localhost:{server.server_address[1]}{SEED_2_PATH}"
    server.shutdown()
    server.server_close()


def texts(call) -> str:
    return json.dumps(call.params.get("blocks"), ensure_ascii=False) + call.params.get("text", "")


def test_seed_2_by_link_updates_the_seed_1_brief_and_replies_with_what_is_new(
    bot_factory, db_url, news_page
):
    database = open_database(db_url)
    bot = bot_factory(database=database)
    seed_1 = (EXAMPLE / "hartlepool-1.txt").read_text(encoding="utf-8")

    status, _ = bot.command(seed_1)
    assert status == 200
    [first] = bot.slack.wait_for_calls("chat.postMessage", 1)
    assert first.params.get("thread_ts") is None
    [original] = bot.slack.messages("CPOLITICS")
    original_ts = original["ts"]
    assert bot.slack.wait_for(lambda: bot.slack.ok_calls("chat.getPermalink"))

    status, _ = bot.command(f"<{news_page}>")
    assert status == 200
    posts = bot.slack.wait_for_calls("chat.postMessage", 2, timeout=30)
    updates = bot.slack.wait_for_calls("chat.update", 1)
    time.sleep(0.3)
    assert len(bot.slack.ok_calls("chat.postMessage")) == 2  # no second brief: a thread reply
    reply = posts[1]
    assert reply.params["thread_ts"] == original_ts
    reply_text = texts(reply)
    assert "now 2 sources" in reply_text
    assert "Labour concedes Hartlepool by-election" in reply_text  # names the new source
    # only what is new: nothing the first brief already said is repeated
    first_text = "\n".join(
        b["text"]["text"] for b in first.params["blocks"] if b["type"] == "section"
    )
    new_sections = [b["text"]["text"] for b in reply.params["blocks"] if b["type"] == "section"][1:]
    assert any(s.startswith("*New facts*") or s.startswith("*New quotes*") for s in new_sections)
    items = [line for s in new_sections for line in s.splitlines() if line.startswith(("• ", "> "))]
    assert items and all(item not in first_text for item in items), items

    [update] = updates
    assert update.params["ts"] == original_ts and update.params["channel"] == "CPOLITICS"
    assert "2 sources" in texts(update)
    assert news_page in texts(update)

    notes = [c.params.get("text", "") for c in bot.slack.all_calls("respond/cmd")]
    assert any(n.startswith("That joins a story already briefed here") for n in notes)

    repo = Repository(database)
    stories = repo.stories_between(
        "CPOLITICS", repo.get_story(1).created_at, repo.get_story(1).updated_at.replace(year=2100)
    )
    assert len(stories) == 1 and stories[0].source_count == 2
    assert len(repo.story_articles(stories[0].id)) == 2
    stored = json.loads(repo.brief_message(stories[0].id, "CPOLITICS").brief_json)
    assert len(stored["sources"]) == 2

    # the same link again: no new brief, just a pointer to the thread
    status, _ = bot.command(f"<{news_page}>")
    assert status == 200
    assert bot.slack.wait_for(
        lambda: any(
            "Already briefed" in c.params.get("text", "")
            for c in bot.slack.all_calls("respond/cmd")
        )
    )
    time.sleep(0.3)
    assert (
        len(bot.slack.ok_calls("chat.postMessage")) == 2
        and len(bot.slack.ok_calls("chat.update")) == 1
    )
    already = [
        c.params["text"]
        for c in bot.slack.all_calls("respond/cmd")
        if "Already briefed" in c.params.get("text", "")
    ]
    permalink = f"https://newsroom.example/archives/CPOLITICS/p{original_ts.replace('.', '')}"
    assert permalink in already[0]
    database.dispose()
