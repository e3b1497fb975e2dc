"""The HTTP client of webhooks: https only, public addresses only, no redirects, bounded in time and bytes.

An address is checked when a coordinator registers it and again at every delivery. A delivery resolves
the host once, checks every address the name resolves to, and connects to a checked address itself,
giving the name in the Host header and in TLS SNI (the certificate is verified for the name). A name
that resolves elsewhere a moment later (DNS rebinding) is therefore never connected to.

Hosts inside the organisation's own network can be allowed on purpose with the
WEBHOOK_ALLOWED_INTERNAL_HOSTS setting: host names, addresses or networks.
"""

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3
from django.conf import settings
from django.utils.translation import gettext_lazy as _

USER_AGENT = "Linkki-Webhooks/1"
# A name may resolve to many addresses; a delivery tries this many of them, every one checked.
MAX_ADDRESSES_TRIED = 3
READ_CHUNK = 8192

KINDS = {
    "loopback": _("a loopback address"),
    "private": _("a private network address"),
    "link_local": _("a link-local address"),
    "shared": _("a carrier-grade NAT address"),
    "multicast": _("a multicast address"),
    "reserved": _("a reserved address"),
    "unspecified": _("an unspecified address"),
    "unique_local": _("a unique local address"),
}

_V4 = [
    ("0.0.0.0/32", "unspecified"),
    ("0.0.0.0/8", "reserved"),
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "shared"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link_local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "reserved"),
    ("192.0.2.0/24", "reserved"),
    ("192.88.99.0/24", "reserved"),
    ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "reserved"),
    ("198.51.100.0/24", "reserved"),
    ("203.0.113.0/24", "reserved"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
]
_V6 = [
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("::/96", "reserved"),  # IPv4-compatible, deprecated
    ("64:ff9b:1::/48", "private"),
    ("100::/64", "reserved"),
    ("2001::/23", "reserved"),
    ("2001:db8::/32", "reserved"),
    ("3fff::/20", "reserved"),
    ("5f00::/16", "reserved"),
    ("fc00::/7", "unique_local"),
    ("fe80::/10", "link_local"),
    ("fec0::/10", "private"),
    ("ff00::/8", "multicast"),
]
REFUSED_NETWORKS = [(ipaddress.ip_network(net), kind) for net, kind in _V4 + _V6]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")
# inet_aton's shorthand forms (127.1, 0x7f000001, 017700000001) are addresses too, as getaddrinfo reads them.
_NUMERIC_V4 = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$")


class AddressRefused(Exception):
    """The address may not be posted to; `message` says why, in the reader's language."""

    def __init__(self, message, code):
        super().__init__(message)
        self.message = message
        self.code = code


class SendFailed(Exception):
    """Nothing answered, or the answer could not be read."""


@dataclass(frozen=True)
class Target:
    """A checked address: where to connect and what to say in the request."""

    host: str  # the name (or address) of the URL, sent as Host and SNI
    port: int
    path: str
    addresses: tuple  # the checked IP addresses, in the resolver's order
    is_ip_literal: bool

    @property
    def host_header(self):
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == 443 else f"{host}:{self.port}"


@dataclass(frozen=True)
class Answer:
    status: int
    location: str


def resolve(host, port):
    """Every address `host` resolves to, in order, once. Tests replace this with a stub."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def embedded_ipv4(ip):
    """The IPv4 address that an IPv6 address carries (mapped, translated, NAT64, 6to4), if any."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _IPV4_TRANSLATED or ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour


def refusal_kind(ip):
    """Why `ip` is not a public address (a key of KINDS), or None when it is one."""
    inner = embedded_ipv4(ip)
    if inner is not None:
        return refusal_kind(inner)
    for network, kind in REFUSED_NETWORKS:
        if ip.version == network.version and ip in network:
            return kind
    if ip.is_multicast:
        return "multicast"
    if not ip.is_global:
        return "reserved"
    return None


def _allowed_on_purpose(host, ip):
    """Whether WEBHOOK_ALLOWED_INTERNAL_HOSTS names `host`, or a network holding `ip`."""
    candidates = [ip] + [inner for inner in [embedded_ipv4(ip)] if inner is not None]
    for entry in settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS:
        entry = entry.strip().lower().rstrip(".")
        try:
            network = ipaddress.ip_network(entry.strip("[]"), strict=False)
        except ValueError:
            if entry == host:
                return True
            continue
        if any(c.version == network.version and c in network for c in candidates):
            return True
    return False


def _literal(host):
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if _NUMERIC_V4.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def check(url):
    """The Target of `url` once every address it names is public or allowed on purpose.

    Raises AddressRefused with a message for the coordinator otherwise.
    """
    try:
        parts = urlsplit(url)
        port = parts.port or 443
    except ValueError:
        raise AddressRefused(_("Enter a valid address."), "invalid") from None
    if parts.scheme.lower() != "https":
        raise AddressRefused(_("Only https:// addresses are accepted."), "https_only")
    if "@" in parts.netloc:
        raise AddressRefused(
            _("Leave the user name and password out of the address: the signature tells the receiver who sent it."),
            "credentials",
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise AddressRefused(_("Enter a valid address."), "invalid")
    literal = _literal(host)
    if literal is not None:
        host = str(literal)
        addresses = [literal]
    else:
        try:
            host = host.encode("idna").decode("ascii").lower()
            addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolve(host, port)]
        except (OSError, UnicodeError, ValueError):
            addresses = []
        if not addresses:
            raise AddressRefused(_("The host %(host)s was not found.") % {"host": host}, "not_found")
    for ip in addresses:
        kind = refusal_kind(ip)
        if kind is not None and not _allowed_on_purpose(host, ip):
            values = {"host": host, "address": ip, "kind": KINDS[kind]}
            if literal is not None:
                message = _("%(address)s is %(kind)s: status changes are sent to public addresses only.") % values
            else:
                message = (
                    _("%(host)s resolves to %(address)s, %(kind)s: status changes are sent to public addresses only.")
                    % values
                )
            raise AddressRefused(message, kind)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(
        host=host, port=port, path=path, addresses=tuple(str(ip) for ip in addresses), is_ip_literal=literal is not None
    )


def post(target, body, headers):
    """POST `body` (bytes) to a checked Target, connecting only to its checked addresses.

    Never follows a redirect: a 3xx comes back as the Answer with its Location. Reads at most
    WEBHOOK_MAX_RESPONSE_BYTES of the answer's body and gives up on it after WEBHOOK_READ_TIMEOUT.
    Raises SendFailed when nothing answers.
    """
    timeout = urllib3.Timeout(connect=settings.WEBHOOK_CONNECT_TIMEOUT, read=settings.WEBHOOK_READ_TIMEOUT)
    headers = {**headers, "Host": target.host_header, "User-Agent": USER_AGENT}
    failure = None
    for address in target.addresses[:MAX_ADDRESSES_TRIED]:
        pool = urllib3.HTTPSConnectionPool(
            address,
            target.port,
            timeout=timeout,
            retries=False,
            maxsize=1,
            cert_reqs="CERT_REQUIRED",
            ca_certs=settings.WEBHOOK_CA_FILE or None,
            server_hostname=None if target.is_ip_literal else target.host,
        )
        try:
            response = pool.urlopen(
                "POST",
                target.path,
                body=body,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=False,
                assert_same_host=False,
            )
        except urllib3.exceptions.NewConnectionError as error:
            failure = error  # this address does not answer; the next checked one may
            pool.close()
            continue
        except (urllib3.exceptions.HTTPError, OSError) as error:
            pool.close()
            raise SendFailed(_describe(error)) from error
        try:
            _drain(response)
        finally:
            response.release_conn()
            pool.close()
        return Answer(status=response.status, location=response.headers.get("location", "")[:2000])
    raise SendFailed(_describe(failure))


def _drain(response):
    """Read the answer's body up to the byte cap and the read deadline, and let it go."""
    cap = settings.WEBHOOK_MAX_RESPONSE_BYTES
    deadline = time.monotonic() + settings.WEBHOOK_READ_TIMEOUT
    read = 0
    try:
        while read < cap and time.monotonic() < deadline:
            chunk = response.read(min(READ_CHUNK, cap - read), decode_content=False)
            if not chunk:
                break
            read += len(chunk)
    except (urllib3.exceptions.HTTPError, OSError):
        pass  # the status line came; a broken body changes nothing about the attempt


def _describe(error):
    return (str(error) or error.__class__.__name__)[:500]
