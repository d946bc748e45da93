"""Election-night load: N concurrent signed /brief requests against the bot on loopback.

Starts a Slack Web API stand-in (answering every Kth chat.postMessage with 429 +
Retry-After) and a small local news site, runs the Procfile's web line under
gunicorn (or, with --inprocess, the WSGI app in a threaded server), then fires
the requests at once. Half paste a BBC politics article, half link to the local
site. Reports ack latency (p50/p99/max) next to an idle single-request baseline
from the same run, checks every request was answered exactly once, and shows
the 429s were retried rather than lost.

    python bench/load.py                 # 200 requests, gunicorn
    python bench/load.py --inprocess -n 100
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from common import REPO, shared_dir

from bot.devtools import signed
from bot.devtools.slack_standin import SlackStandIn

SECRET = "bench-signing-secret-0123456789"
TOKEN = "xoxb-bench-0000-token"
FIXTURES = REPO / "tests" / "fixtures" / "bot"
ACK_TARGET = 3.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_site() -> ThreadingHTTPServer:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(FIXTURES))
    )
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def bot_env(standin: SlackStandIn, port: int, database_url: str) -> dict[str, str]:
    return {
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        "PORT": str(port),
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": standin.api_url,
        "DATABASE_URL": database_url,
        "NEWSBRIEF_PRIVATE_HOSTS": "localhost",
    }


def start_gunicorn(env: dict[str, str]) -> subprocess.Popen:
    web = next(
        line for line in (REPO / "Procfile").read_text().splitlines() if line.startswith("web:")
    )[4:].strip()
    print(f"bot: {web}  (PORT={env['PORT']})")
    return subprocess.Popen(
        ["bash", "-c", f"exec {web}"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(os.environ.get("NEWSBRIEF_BENCH_LOG", os.devnull), "w"),
    )


def start_inprocess(env: dict[str, str]) -> object:
    from wsgiref.simple_server import make_server

    from bot.__main__ import QuietHandler, ThreadingWSGIServer
    from bot.app import create_app
    from bot.settings import settings_from
    from bot.wsgi import make_wsgi_app

    print("bot: WSGI app in a threaded wsgiref server (in process)")
    app = create_app(settings_from(env))
    server = make_server(
        "127.0.0.1", int(env["PORT"]), make_wsgi_app(app), ThreadingWSGIServer, QuietHandler
    )
    server.request_queue_size = 512
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def wait_healthy(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("the bot did not come up")


def request_texts(n: int, site_port: int) -> list[str]:
    articles = sorted((shared_dir() / "data" / "bbc-politics").glob("*.txt"))
    pages = ["article-vale.html", "article-vale-2.html", "hostile.html"]
    texts = []
    for i in range(n):
        if i % 2:
            texts.append(f"http://localhost:{site_port}/{pages[i % len(pages)]}")
        else:
            texts.append(articles[i % len(articles)].read_text(encoding="utf-8"))
    return texts


def send(
    url: str, text: str, channel: str, response_url: str, start: threading.Barrier
) -> tuple[float, int, str]:
    body = signed.slash_command_body(text, channel=channel, response_url=response_url)
    headers = signed.signed_headers(SECRET, body)
    start.wait()
    t0 = time.perf_counter()
    status, ack = signed.post(url, body, headers, timeout=30)
    return time.perf_counter() - t0, status, ack


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--requests", type=int, default=200)
    parser.add_argument(
        "--rate-limit-every", type=int, default=10, help="every Kth chat.postMessage gets a 429"
    )
    parser.add_argument(
        "--inprocess", action="store_true", help="serve the WSGI app in-process instead of gunicorn"
    )
    parser.add_argument("--answer-timeout", type=float, default=240)
    args = parser.parse_args()

    standin = SlackStandIn(rate_limit_every=args.rate_limit_every, retry_after=1).start()
    site = start_site()
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="newsbrief-load-")
    env = bot_env(standin, port, f"sqlite:///{workdir}/newsbrief.sqlite3")
    proc = None if args.inprocess else start_gunicorn(env)
    server = start_inprocess(env) if args.inprocess else None
    url = f"http://127.0.0.1:{port}/slack/events"
    try:
        wait_healthy(port)
        texts = request_texts(args.requests + 3, site.server_address[1])

        # Baseline: the same kind of request, one at a time, on an idle bot.
        baseline = []
        for i in range(3):
            latency, status, _ = send(
                url,
                texts[-1 - i],
                f"CWARM{i}",
                standin.response_url(f"warm{i}"),
                threading.Barrier(1),
            )
            assert status == 200
            baseline.append(latency)
        standin.wait_for(
            lambda: len({c.params["channel"] for c in standin.ok_calls("chat.postMessage")}) >= 3,
            60,
        )

        channels = [f"CLOAD{i:04d}" for i in range(args.requests)]
        barrier = threading.Barrier(args.requests)
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.requests) as pool:
            futures = [
                pool.submit(
                    send, url, texts[i], channels[i], standin.response_url(channels[i]), barrier
                )
                for i in range(args.requests)
            ]
            results = [f.result() for f in futures]
        acked = time.perf_counter() - started

        def answered() -> dict[str, int]:
            counts = dict.fromkeys(channels, 0)
            for call in standin.ok_calls("chat.postMessage"):
                if call.params.get("channel") in counts:
                    counts[call.params["channel"]] += 1
            for ch in channels:
                counts[ch] += len(standin.ok_calls(f"respond/{ch}"))
            return counts

        standin.wait_for(lambda: all(v >= 1 for v in answered().values()), args.answer_timeout)
        all_answered = time.perf_counter() - started
        time.sleep(2)  # let any duplicate show up
        counts = answered()
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        if server is not None:
            server.shutdown()
        site.shutdown()
        standin.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    latencies = [r[0] for r in results]
    statuses = [r[1] for r in results]
    load_posts = [
        c
        for c in standin.all_calls("chat.postMessage")
        if c.params.get("channel", "").startswith("CLOAD")
    ]
    limited = sum(1 for c in load_posts if c.status == 429)
    replies = sum(len(standin.ok_calls(f"respond/{ch}")) for ch in channels)
    once = sum(1 for v in counts.values() if v == 1)
    missing = [ch for ch, v in counts.items() if v == 0]
    twice = [ch for ch, v in counts.items() if v > 1]

    print(
        f"\n{args.requests} concurrent signed /brief requests ({args.requests // 2 + args.requests % 2} pasted BBC articles, "
        f"{args.requests // 2} links to a local site), {os.cpu_count()} CPUs"
    )
    print(f"{'':28}{'p50':>8}{'p99':>8}{'max':>8}")
    print(
        f"{'ack latency, idle baseline':28}{statistics.median(baseline):8.3f}{max(baseline):8.3f}{max(baseline):8.3f}  s"
    )
    print(
        f"{'ack latency, under load':28}{pct(latencies, 50):8.3f}{pct(latencies, 99):8.3f}{max(latencies):8.3f}  s"
        f"   (target: every ack < {ACK_TARGET:.0f} s: {'met' if max(latencies) < ACK_TARGET else 'MISSED'})"
    )
    print(
        f"HTTP 200 acks: {statuses.count(200)}/{args.requests}; all acked after {acked:.2f} s; all answered after {all_answered:.1f} s"
    )
    print(
        f"answered exactly once: {once}/{args.requests} ({len(load_posts) - limited} briefs posted, {replies} polite replies); "
        f"missing: {len(missing)}; duplicated: {len(twice)}"
    )
    hit = {c.params["channel"] for c in load_posts if c.status == 429}
    recovered = sum(
        1
        for ch in hit
        if sum(1 for c in load_posts if c.params["channel"] == ch and c.status == 200) == 1
    )
    print(
        f"429s from the stand-in: {limited} on {len(hit)} briefs; {recovered}/{len(hit)} of those were retried and "
        f"delivered exactly once (chat.postMessage attempts {len(load_posts)} = {len(load_posts) - limited} ok + {limited} rate-limited)"
    )
    for ch in twice[:5]:
        calls = [
            c
            for c in standin.all_calls()
            if c.params.get("channel") == ch or c.method == f"respond/{ch}"
        ]
        print(
            f"  {ch} answered {counts[ch]} times: "
            + "; ".join(
                f"{c.method} {c.status} {str(c.params.get('text', ''))[:90]!r}" for c in calls
            )
        )
    ok = (
        statuses.count(200) == args.requests
        and once == args.requests
        and max(latencies) < ACK_TARGET
        and recovered == len(hit)
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
