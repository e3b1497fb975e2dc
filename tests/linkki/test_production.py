"""Production fails closed: the settings refuse to load, and `check --deploy` reports, what is missing."""

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core import checks

from linkki.production import DEVELOPMENT_SECRET_KEY

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_VARIABLES = {
    "PRODUCTION",
    "DEBUG",
    "SECRET_KEY",
    "OPEN_BADGES_PRIVATE_KEY",
    "SITE_URL",
    "ALLOWED_HOSTS",
    "VIRUS_SCANNER",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def badge_key():
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return base64.b64encode(raw).decode()


def complete_production_environment():
    return {
        "PRODUCTION": "1",
        "SECRET_KEY": "p8Vq2-production-secret-key-with-enough-entropy-0123456789-zX",
        "OPEN_BADGES_PRIVATE_KEY": badge_key(),
        "SITE_URL": "https://linkki.example.fi",
        "ALLOWED_HOSTS": "linkki.example.fi",
        "VIRUS_SCANNER": "unix:///run/clamav/clamd.ctl",
    }


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in PRODUCTION_VARIABLES}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_with_nothing_set_refuses_to_load_and_names_every_missing_variable():
    result = run_manage("check", PRODUCTION="1")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    for variable, check_id in [
        ("SECRET_KEY", "linkki.E001"),
        ("OPEN_BADGES_PRIVATE_KEY", "linkki.E002"),
        ("SITE_URL", "linkki.E003"),
        ("ALLOWED_HOSTS", "linkki.E004"),
    ]:
        assert f"{variable} must" in result.stderr and check_id in result.stderr


@pytest.mark.parametrize(
    "variable, value, check_id",
    [
        ("SECRET_KEY", DEVELOPMENT_SECRET_KEY, "linkki.E001"),
        ("SECRET_KEY", "", "linkki.E001"),
        ("OPEN_BADGES_PRIVATE_KEY", "", "linkki.E002"),
        ("OPEN_BADGES_PRIVATE_KEY", "not-a-key", "linkki.E002"),
        ("SITE_URL", "http://linkki.example.fi", "linkki.E003"),
        ("SITE_URL", "https://", "linkki.E003"),
        ("ALLOWED_HOSTS", "", "linkki.E004"),
        ("ALLOWED_HOSTS", "*", "linkki.E004"),
        ("DEBUG", "1", "linkki.E005"),
    ],
)
def test_production_refuses_one_bad_variable_and_names_only_it(variable, value, check_id):
    result = run_manage("check", **{**complete_production_environment(), variable: value})
    assert result.returncode != 0
    assert check_id in result.stderr and f"{variable} must" in result.stderr
    assert result.stderr.count("(linkki.E") == 1


def test_complete_production_settings_pass_the_deploy_check_without_warnings(tmp_path):
    # The schema check reads reference codes from the database, so the check runs on a migrated one.
    environment = {**complete_production_environment(), "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}"}
    assert run_manage("migrate", "--noinput", **environment).returncode == 0
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **environment)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_turn_on_https_redirects_secure_cookies_and_hsts():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0)",
        **complete_production_environment(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True", "True"]


def test_deploy_check_reports_each_broken_production_rule_as_an_error_with_its_id(settings):
    settings.PRODUCTION = True
    settings.DEBUG = True
    settings.SECRET_KEY = DEVELOPMENT_SECRET_KEY
    settings.OPEN_BADGES_PRIVATE_KEY = ""
    settings.SITE_URL = "http://127.0.0.1:8000"
    settings.ALLOWED_HOSTS = ["*"]
    errors = [
        m
        for m in checks.run_checks(include_deployment_checks=True, tags=[checks.Tags.security])
        if m.id.startswith("linkki.")
    ]
    assert sorted(m.id for m in errors) == ["linkki.E001", "linkki.E002", "linkki.E003", "linkki.E004", "linkki.E005"]
    assert all(m.level == checks.ERROR for m in errors)


def test_deploy_check_says_nothing_of_production_rules_outside_production(settings):
    settings.PRODUCTION = False
    messages = checks.run_checks(include_deployment_checks=True, tags=[checks.Tags.security])
    assert not [m for m in messages if m.id.startswith("linkki.")]


def proxy_warnings():
    return [
        m
        for m in checks.run_checks(include_deployment_checks=True, tags=[checks.Tags.security])
        if m.id == "linkki.W001"
    ]


def test_deploy_check_warns_behind_a_tls_proxy_without_trusted_proxies():
    result = run_manage("check", "--deploy", BEHIND_TLS_PROXY="1", TRUSTED_PROXIES="")
    assert "linkki.W001" in result.stderr + result.stdout
    assert "BEHIND_TLS_PROXY is on but TRUSTED_PROXIES is not set" in result.stderr + result.stdout


@pytest.mark.parametrize("trusted", [1, ["10.0.0.0/8"]])
def test_deploy_check_is_quiet_behind_a_tls_proxy_with_trusted_proxies(settings, trusted):
    settings.BEHIND_TLS_PROXY = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = trusted
    assert proxy_warnings() == []


def test_deploy_check_warns_of_trusted_proxies_only_behind_a_tls_proxy(settings):
    settings.BEHIND_TLS_PROXY = False
    settings.SECURE_PROXY_SSL_HEADER = None
    settings.TRUSTED_PROXIES = 0
    assert proxy_warnings() == []
    settings.BEHIND_TLS_PROXY = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    [warning] = proxy_warnings()
    assert warning.level == checks.WARNING
