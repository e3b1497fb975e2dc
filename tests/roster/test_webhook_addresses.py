"""Webhook addresses that could turn Linkki against its own network are refused, when a coordinator
registers them and again when a delivery is made. Every name resolves through the stub resolver."""

import ipaddress

import pytest
from django.core.exceptions import ValidationError

from roster import webhook_client
from roster.models import WebhookEndpoint
from tests import factories as f

from .conftest import PUBLIC_ADDRESS

pytestmark = pytest.mark.django_db

REFUSED_ADDRESSES = {
    "127.0.0.1": "loopback",
    "127.1.2.3": "loopback",
    "[::1]": "loopback",
    "10.0.0.1": "private",
    "172.16.5.4": "private",
    "192.168.1.1": "private",
    "169.254.169.254": "link_local",
    "100.64.0.1": "shared",
    "100.127.255.254": "shared",
    "224.0.0.251": "multicast",
    "[ff02::1]": "multicast",
    "240.0.0.1": "reserved",
    "255.255.255.255": "reserved",
    "192.0.2.10": "reserved",
    "0.0.0.0": "unspecified",
    "[::]": "unspecified",
    "[fd12:3456::1]": "unique_local",
    "[fe80::1]": "link_local",
    # IPv4 inside IPv6: mapped, translated, NAT64, 6to4 and the deprecated IPv4-compatible form.
    "[::ffff:127.0.0.1]": "loopback",
    "[::ffff:10.0.0.1]": "private",
    "[::ffff:169.254.169.254]": "link_local",
    "[::ffff:0:a9fe:a9fe]": "link_local",
    "[64:ff9b::a9fe:a9fe]": "link_local",
    "[2002:7f00:1::]": "loopback",
    "[2002:0a00:0001::1]": "private",
    "[::127.0.0.1]": "reserved",
    # The shorthand forms that the C library reads as addresses.
    "127.1": "loopback",
    "2130706433": "loopback",
    "0x7f000001": "loopback",
    "017700000001": "loopback",
}


@pytest.mark.parametrize("host, kind", REFUSED_ADDRESSES.items())
def test_an_address_outside_the_public_internet_is_refused(host, kind):
    with pytest.raises(webhook_client.AddressRefused) as refusal:
        webhook_client.check(f"https://{host}/hook")
    assert refusal.value.code == kind


@pytest.mark.parametrize("address", ["127.0.0.1", "::1", "10.1.2.3", "100.100.0.1", "fd00::5", "::ffff:192.168.0.9"])
def test_a_name_resolving_to_an_internal_address_is_refused(dns, address):
    dns.records["hooks.referrals.example"] = [address]
    with pytest.raises(webhook_client.AddressRefused):
        webhook_client.check("https://hooks.referrals.example/linkki")


def test_a_name_is_refused_when_any_of_its_addresses_is_internal(dns):
    dns.records["hooks.referrals.example"] = [PUBLIC_ADDRESS, "2a00:1450:4001::1", "10.0.0.8"]
    with pytest.raises(webhook_client.AddressRefused) as refusal:
        webhook_client.check("https://hooks.referrals.example/linkki")
    assert "10.0.0.8" in refusal.value.message


def test_localhost_is_refused(dns):
    dns.records["localhost"] = ["127.0.0.1", "::1"]
    with pytest.raises(webhook_client.AddressRefused):
        webhook_client.check("https://localhost/hook")


@pytest.mark.parametrize(
    "url",
    [
        "https://user:secret@referrals.example.fi/hook",
        "https://user@referrals.example.fi/",
        "https://referrals.example.fi@127.0.0.1/hook",
    ],
)
def test_an_address_with_a_user_name_or_password_is_refused(url):
    with pytest.raises(webhook_client.AddressRefused) as refusal:
        webhook_client.check(url)
    assert refusal.value.code == "credentials"


def test_a_public_address_is_accepted_with_every_address_it_resolves_to(dns):
    dns.records["hooks.referrals.example"] = [PUBLIC_ADDRESS, "2a00:1450:4001::1"]
    target = webhook_client.check("https://Hooks.Referrals.Example:8443/linkki?v=1")
    assert target.addresses == (PUBLIC_ADDRESS, "2a00:1450:4001::1")
    assert (target.host, target.port, target.path, target.host_header) == (
        "hooks.referrals.example",
        8443,
        "/linkki?v=1",
        "hooks.referrals.example:8443",
    )


def test_a_name_that_does_not_resolve_is_refused():
    with pytest.raises(webhook_client.AddressRefused) as refusal:
        webhook_client.check("https://nowhere.invalid/hook")
    assert refusal.value.code == "not_found"


def test_internal_hosts_and_networks_can_be_allowed_on_purpose(settings, dns):
    dns.records["hooks.lapha.internal"] = ["10.20.1.5"]
    dns.records["other.lapha.internal"] = ["10.30.0.2"]
    settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS = ["hooks.lapha.internal", "10.40.0.0/16"]
    assert webhook_client.check("https://hooks.lapha.internal/hook").addresses == ("10.20.1.5",)
    assert webhook_client.check("https://10.40.3.4/hook").addresses == ("10.40.3.4",)
    with pytest.raises(webhook_client.AddressRefused):
        webhook_client.check("https://other.lapha.internal/hook")
    with pytest.raises(webhook_client.AddressRefused):
        webhook_client.check("https://10.41.0.1/hook")


def test_every_special_purpose_network_of_the_registries_is_refused():
    # Addresses taken from IANA's IPv4 and IPv6 special-purpose address registries (not global).
    for address in [
        "192.0.0.8",
        "198.18.0.1",
        "198.51.100.1",
        "203.0.113.9",
        "192.88.99.1",
        "100::1",
        "2001:db8::1",
        "2001::1",
        "3fff::1",
        "fec0::1",
        "64:ff9b:1::1",
    ]:
        assert webhook_client.refusal_kind(ipaddress.ip_address(address)) is not None, address
    for address in [PUBLIC_ADDRESS, "2a00:1450:4001::1", "::ffff:93.184.216.34", "64:ff9b::5db8:d822"]:
        assert webhook_client.refusal_kind(ipaddress.ip_address(address)) is None, address


# Registration: the coordinator's form


@pytest.fixture
def coordinator_client(client):
    client.force_login(f.coordinator())
    return client


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/hook",
        "https://localhost/hook",
        "https://[::1]/hook",
        "https://10.0.0.1/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://user:pass@referrals.example.fi/hook",
    ],
)
def test_the_coordinator_cannot_register_an_internal_address_or_credentials(coordinator_client, dns, url):
    dns.records["localhost"] = ["127.0.0.1"]
    client, _raw = f.api_client()
    response = coordinator_client.post(
        f"/roster/clients/{client.pk}/webhooks/",
        {f"c{client.pk}-url": url, f"c{client.pk}-event_types": ["worker.revoked"]},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "julkisiin osoitteisiin" in page or "käyttäjätunnus ja salasana" in page
    assert not WebhookEndpoint.objects.exists()


def test_the_refusal_is_in_the_coordinators_language(coordinator_client):
    client, _raw = f.api_client()
    response = coordinator_client.post(
        f"/roster/clients/{client.pk}/webhooks/",
        {f"c{client.pk}-url": "https://169.254.169.254/", f"c{client.pk}-event_types": ["worker.revoked"]},
        HTTP_ACCEPT_LANGUAGE="sv",
    )
    assert response.status_code == 400
    assert "169.254.169.254 är en länklokal adress" in response.content.decode()


def test_the_model_refuses_an_internal_address_wherever_it_is_saved_from(dns):
    client, _raw = f.api_client()
    dns.records["intranet.example"] = ["192.168.10.10"]
    with pytest.raises(ValidationError) as error:
        WebhookEndpoint(client=client, url="https://intranet.example/hook").full_clean()
    assert error.value.error_dict["url"][0].code == "private"
