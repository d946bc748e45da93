"""Which network addresses the bot may connect to when reading a link.

Links come from anyone in the workspace, so a link must not make the bot reach
into the newsroom's own network or the cloud metadata service (SSRF). A host is
resolved once, every address it resolves to is checked, and the fetcher then
connects to one of those checked addresses, so a DNS answer that changes between
check and connect (DNS rebinding) cannot slip a private address in.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from bot.fetching.failures import FailureKind, FetchFailure

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public_address(ip: IPAddress) -> bool:
    """True for globally routable unicast addresses only.

    Refuses loopback, private (RFC 1918, fc00::/7), link-local (169.254/16 with
    the metadata service, fe80::/10), multicast, reserved, unspecified, shared
    (100.64/10) and documentation ranges, and IPv4 hidden inside IPv6
    (::ffff:127.0.0.1, 6to4, Teredo) judged by the IPv4 inside.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if inner is not None:
            return is_public_address(inner)
    if (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    ):
        return False
    return ip.is_global


@dataclass(frozen=True)
class AddressPolicy:
    """Resolves hosts and says which addresses may be used.

    `private_hosts` (from NEWSBRIEF_PRIVATE_HOSTS) lists host names, or IP
    addresses, allowed to resolve to private addresses, e.g. an internal CMS.
    An entry starting with a dot (".cms.internal") allows its subdomains.
    """

    private_hosts: tuple[str, ...] = ()

    def allows_private(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        for entry in self.private_hosts:
            entry = entry.lower().rstrip(".")
            if entry.startswith(".") and host.endswith(entry):
                return True
            if host == entry.strip("[]"):
                return True
        return False

    def resolve(self, host: str, port: int) -> list[IPAddress]:
        """The addresses to connect to for `host`, all checked; raises FetchFailure if refused."""
        host = host.strip("[]")
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is not None:
            addresses = [literal]
        else:
            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError) as exc:
                raise FetchFailure(FailureKind.UNREACHABLE, host, f"DNS: {exc}") from None
            addresses = []
            for *_, sockaddr in infos:
                ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
                if ip not in addresses:
                    addresses.append(ip)
        if not addresses:
            raise FetchFailure(FailureKind.UNREACHABLE, host, "no addresses")
        if self.allows_private(host):
            return addresses
        refused = [ip for ip in addresses if not is_public_address(ip)]
        if refused:
            # One private answer is enough to refuse: a rebinding resolver mixes them in.
            raise FetchFailure(FailureKind.REFUSED_ADDRESS, host, f"resolves to {refused[0]}")
        return addresses
