"""Link reading against a real local HTTP server: SSRF refusals, limits, and specific failure reasons."""

from __future__ import annotations

import ipaddress
import socket

import pytest
from conftest import make_settings

from bot.fetching import FailureKind, FetchFailure, LinkReader, SafeFetcher, is_public_address
from bot.fetching.addresses import AddressPolicy


def reader(**overrides) -> LinkReader:
    return LinkReader(SafeFetcher(make_settings("http://127.0.0.1:9/api/", **overrides).fetch))


def failure_of(url: str, **overrides) -> FetchFailure:
    with pytest.raises(FetchFailure) as info:
        reader(**overrides).read(url)
    return info.value


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.9.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
    "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
    "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "2002:7f00:1::1", "64:ff9b::a00:1",
])
def test_private_and_special_addresses_are_not_public(address: str) -> None:
    assert not is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "151.101.0.81", "2a04:4e42::81", "8.8.8.8"])
def test_global_addresses_are_public(address: str) -> None:
    assert is_public_address(ipaddress.ip_address(address))


def test_allow_list_matches_names_and_subdomains() -> None:
    policy = AddressPolicy(("cms.internal", ".corp.example", "10.1.2.3"))
    assert policy.allows_private("cms.internal") and policy.allows_private("CMS.internal.")
    assert policy.allows_private("news.corp.example")
    assert policy.allows_private("10.1.2.3")
    assert not policy.allows_private("evilcms.internal")
    assert not policy.allows_private("corp.example.evil.net")


def test_reads_a_realistic_article_without_nav_banner_or_footer(site) -> None:
    article = reader().read(site.url("/politics/ashford-vale"))
    assert article.title and "Ashford Vale" in article.title
    assert "14,212 votes" in article.text
    assert "We value your privacy" not in article.text  # cookie banner
    assert "All rights reserved" not in article.text  # footer
    assert "Business" not in article.text.split()  # nav
    assert article.url == site.url("/politics/ashford-vale")
    assert article.site == "The Northern Ledger"


def test_browser_like_user_agent_and_real_host_header(site) -> None:
    reader().read(site.url("/news/ashford-vale-result"))
    path, headers = next((p, h) for p, h in reversed(site.requests) if p == "/news/ashford-vale-result")
    assert headers["user-agent"].startswith("Mozilla/5.0")
    assert headers["host"] == f"localhost:{site.port}"


def test_plain_text_pages_are_read(site) -> None:
    article = reader().read(site.url("/plain.txt"))
    assert "Maya Okafor" in article.text


def test_loopback_is_refused_without_the_allow_list(site) -> None:
    before = len(site.requests)
    for url in (site.url("/secret", host="127.0.0.1"), site.url("/politics/ashford-vale")):
        failure = failure_of(url, private_hosts=())
        assert failure.kind is FailureKind.REFUSED_ADDRESS
        assert "private" in failure.message
    assert len(site.requests) == before  # nothing was ever sent


def test_redirect_to_loopback_is_refused(site) -> None:
    target = site.url("/secret", host="127.0.0.1")  # allow-list has "localhost", not 127.0.0.1
    failure = failure_of(site.url(f"/redirect?to={target}"))
    assert failure.kind is FailureKind.REFUSED_ADDRESS
    assert "/secret" not in site.paths_requested()


@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://[::1]/admin",
    "http://[::ffff:127.0.0.1]/",
    "http://10.0.0.1/",
    "http://0.0.0.0/",
])
def test_redirect_to_private_targets_is_refused(site, target: str) -> None:
    failure = failure_of(site.url(f"/redirect?to={target}"))
    assert failure.kind is FailureKind.REFUSED_ADDRESS


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://[::1]:80/", "http://192.168.0.1/router"])
def test_private_links_are_refused_directly(url: str) -> None:
    assert failure_of(url).kind is FailureKind.REFUSED_ADDRESS


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/file", "gopher://127.0.0.1:70/", "javascript:alert(1)"])
def test_non_http_schemes_are_refused(url: str) -> None:
    failure = failure_of(url)
    assert failure.kind is FailureKind.BAD_SCHEME
    assert "http and https" in failure.message


def test_redirect_to_a_non_http_scheme_is_refused(site) -> None:
    assert failure_of(site.url("/redirect?to=file:///etc/passwd")).kind is FailureKind.BAD_SCHEME


def test_five_redirects_are_followed_six_are_not(site) -> None:
    assert "Okafor" in reader().read(site.url("/redirect-chain/4")).text  # 5 redirects
    assert failure_of(site.url("/redirect-chain/5")).kind is FailureKind.TOO_MANY_REDIRECTS


def test_connects_to_the_address_it_checked(site, monkeypatch) -> None:
    """The host name is resolved once per hop; the connection goes to that checked IP (no rebinding window)."""
    lookups: list[str] = []
    real = socket.getaddrinfo

    def recording(host, *args, **kwargs):
        lookups.append(host)
        if host == "cms.newsroom.test":
            return real("127.0.0.1", *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", recording)
    article = reader(private_hosts=("cms.newsroom.test",)).read(f"http://cms.newsroom.test:{site.port}/politics/ashford-vale")
    assert "Okafor" in article.text
    assert lookups.count("cms.newsroom.test") == 1
    _, headers = site.requests[-1]
    assert headers["host"] == f"cms.newsroom.test:{site.port}"


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch) -> None:
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: real("10.20.30.40" if host == "rebind.test" else host, *a, **k))
    assert failure_of("http://rebind.test/story").kind is FailureKind.REFUSED_ADDRESS


def test_pages_over_5_mb_are_refused_while_streaming(site) -> None:
    failure = failure_of(site.url("/huge"))
    assert failure.kind is FailureKind.TOO_LARGE
    assert "too large" in failure.message


def test_declared_oversize_is_refused_before_download(site) -> None:
    # The server declares 50 MB but sends nothing: only refusing on the header can give TOO_LARGE.
    assert failure_of(site.url("/huge-declared")).kind is FailureKind.TOO_LARGE


def test_a_slow_site_times_out(site) -> None:
    failure = failure_of(site.url("/slow"))  # answers after 2 s; the read timeout is 1 s in tests
    assert failure.kind is FailureKind.TIMEOUT
    assert "took too long" in failure.message


def test_a_dripping_site_hits_the_total_deadline(site) -> None:
    # Every read is quick (no read timeout); only the 3 s total limit stops this 4 s page.
    failure = failure_of(site.url("/drip"))
    assert failure.kind is FailureKind.TIMEOUT and failure.detail == "download deadline"


@pytest.mark.parametrize(("path", "kind", "phrase"), [
    ("/business/budget-plans", FailureKind.PAYWALL, "it looks paywalled. Paste the text with `/brief` instead."),
    ("/consent", FailureKind.CONSENT_WALL, "cookie-consent wall"),
    ("/report.pdf", FailureKind.PDF, "PDF"),
    ("/politics", FailureKind.NOT_ARTICLE, "doesn't look like an article"),
    ("/forbidden", FailureKind.FORBIDDEN, "403"),
    ("/missing", FailureKind.NOT_FOUND, "404"),
    ("/photo.png", FailureKind.NOT_HTML, "isn't a web page"),
])
def test_each_failure_has_a_specific_polite_reason(site, path: str, kind: FailureKind, phrase: str) -> None:
    failure = failure_of(site.url(path))
    assert failure.kind is kind
    assert phrase in failure.message


def test_unreachable_port_is_reported(site) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    assert failure_of(f"http://localhost:{port}/").kind is FailureKind.UNREACHABLE


def test_every_failure_kind_has_one_shared_message() -> None:
    from summariser import messages

    assert {k.value for k in FailureKind} == messages.link_problem_kinds()
    for kind in FailureKind:
        failure = FetchFailure(kind, "https://example.org/x")
        assert failure.message == messages.link_problem(kind.value, messages.PASTE_IN_SLACK)
        assert "/brief" not in failure.message_with(messages.PASTE_IN_TERMINAL)
