"""The client's address behind trusted proxies: X-Forwarded-For is read from the right, never from a forger."""

import ipaddress

import pytest
from django.test import RequestFactory
from django.urls import reverse

from common.ratelimit import client_ip

PROXY = "10.0.0.5"
INNER_PROXY = "10.0.0.6"


def address_of(settings, trusted, remote, forwarded=None):
    settings.TRUSTED_PROXIES = trusted
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **headers))


def networks(*values):
    return [ipaddress.ip_network(value) for value in values]


def test_without_trusted_proxies_the_header_is_ignored(settings):
    assert address_of(settings, 0, PROXY, "203.0.113.7") == PROXY


@pytest.mark.parametrize(
    "forwarded, client",
    [
        ("203.0.113.7", "203.0.113.7"),
        ("198.51.100.1, 203.0.113.7", "203.0.113.7"),  # a forged first hop is left of the real one
        ("evil, 198.51.100.1,203.0.113.7", "203.0.113.7"),
        ("203.0.113.7:50122", "203.0.113.7"),  # some proxies add the client's port
        ("[2001:db8::7]:50122", "2001:db8::7"),
        ("2001:db8::7", "2001:db8::7"),
        ("", PROXY),  # no header: the proxy itself
    ],
)
def test_one_trusted_proxy_gives_the_rightmost_forwarded_address(settings, forwarded, client):
    assert address_of(settings, 1, PROXY, forwarded) == client


def test_two_trusted_proxies_give_the_address_the_outer_one_saw(settings):
    assert address_of(settings, 2, INNER_PROXY, f"198.51.100.1, 203.0.113.7, {PROXY}") == "203.0.113.7"


def test_a_proxy_count_never_takes_an_unparsable_hop(settings):
    assert address_of(settings, 1, PROXY, "not-an-address") == PROXY


@pytest.mark.parametrize(
    "forwarded, client",
    [
        (f"198.51.100.1, 203.0.113.7, {PROXY}", "203.0.113.7"),  # the rightmost hop outside the networks
        ("203.0.113.7", "203.0.113.7"),
        (f"198.51.100.1, {PROXY}", "198.51.100.1"),
        (f"{PROXY}, {INNER_PROXY}", PROXY),  # only proxies: the farthest one
        (f"203.0.113.7, garbage, {PROXY}", PROXY),  # never past what a proxy could not have written
    ],
)
def test_trusted_networks_give_the_rightmost_untrusted_hop(settings, forwarded, client):
    assert address_of(settings, networks("10.0.0.0/8"), INNER_PROXY, forwarded) == client


def test_a_request_from_outside_the_trusted_networks_keeps_its_own_address(settings):
    assert address_of(settings, networks("10.0.0.0/8"), "203.0.113.99", "198.51.100.1") == "203.0.113.99"


def test_trusted_networks_cover_ipv4_addresses_written_as_ipv6(settings):
    assert address_of(settings, networks("10.0.0.0/8"), "::ffff:10.0.0.5", "203.0.113.7") == "203.0.113.7"


@pytest.mark.django_db
def test_verification_limit_counts_each_client_behind_the_proxy_apart(client, settings):
    settings.TRUSTED_PROXIES = 1
    settings.CERTIFICATE_VERIFY_RATE = 2
    url = reverse("certificates:verify_json", args=["A" * 12])

    def verify(forwarded):
        return client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded).status_code

    assert [verify("203.0.113.7") for _ in range(2)] == [404, 404]
    assert verify("203.0.113.7") == 429
    assert verify("198.51.100.1, 203.0.113.7") == 429  # a forged hop does not buy a fresh limit
    assert verify("203.0.113.8") == 404  # another visitor behind the same proxy is not blocked


@pytest.mark.django_db
def test_without_trusted_proxies_a_forged_header_does_not_buy_a_fresh_limit(client, settings):
    settings.TRUSTED_PROXIES = 0
    settings.CERTIFICATE_VERIFY_RATE = 1
    url = reverse("certificates:verify_json", args=["A" * 12])
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 404
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 429
