"""HTTPS link reading: connect to the checked IP but verify the certificate for the real host name."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import make_settings

from bot.fetching import FailureKind, FetchFailure, LinkReader, SafeFetcher

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bot"


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not available to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(FIXTURES)))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server.server_address[1], str(cert)
    server.shutdown()
    server.server_close()


def reader(**overrides) -> LinkReader:
    return LinkReader(SafeFetcher(make_settings("http://127.0.0.1:9/api/", **overrides).fetch))


def test_https_with_a_trusted_certificate_is_read(tls_site) -> None:
    port, cert = tls_site
    article = reader(ca_bundle=cert).read(f"https://localhost:{port}/article-vale.html")
    assert "14,212 votes" in article.text


def test_untrusted_certificate_is_refused_politely(tls_site) -> None:
    port, _ = tls_site
    with pytest.raises(FetchFailure) as info:
        reader().read(f"https://localhost:{port}/article-vale.html")
    assert info.value.kind is FailureKind.UNREACHABLE and "TLS" in info.value.detail


def test_certificate_must_match_the_requested_host(tls_site, monkeypatch) -> None:
    port, cert = tls_site
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: real("127.0.0.1" if host == "cms.newsroom.test" else host, *a, **k))
    with pytest.raises(FetchFailure) as info:
        reader(ca_bundle=cert, private_hosts=("cms.newsroom.test",)).read(f"https://cms.newsroom.test:{port}/article-vale.html")
    assert info.value.kind is FailureKind.UNREACHABLE and "TLS" in info.value.detail
