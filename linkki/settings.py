"""Settings for Linkki, read from environment variables.

The defaults run on a bare machine: SQLite, Celery tasks in-process, e-mail to the console.
Production differs by environment only (see README.md, "Configuration").
"""

import ipaddress
import os
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from linkki import production

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=""):
    return os.environ.get(name, default)


ENV_TRUE = {"1", "true", "yes", "on"}
ENV_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name, default=False):
    """On or off from the environment; a value that is neither (a typo such as "ture") stops the start
    rather than quietly reading as off."""
    value = os.environ.get(name)
    if value is None:
        return default
    word = value.strip().lower()
    if word in ENV_TRUE:
        return True
    if word in ENV_FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={value!r} is neither on (1, true, yes, on) nor off (0, false, no, off, or empty)."
    )


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_proxies(name):
    """A number of proxies in front of Linkki, or their networks (comma-separated); 0 when unset."""
    value = env(name).strip()
    if not value or value.isdigit():
        return int(value or 0)
    try:
        return [ipaddress.ip_network(item, strict=False) for item in env_list(name)]
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a number of proxies or their networks: {error}") from error


# Production takes nothing from the development defaults: each variable below must be set (see the end).
PRODUCTION = env_bool("PRODUCTION", False)
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY", "" if PRODUCTION else production.DEVELOPMENT_SECRET_KEY)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else ",".join(production.DEVELOPMENT_HOSTS))
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_celery_beat",
    "axes",
    "common",
    "accounts",
    "courses",
    "assessments",
    "h5p",
    "mentoring",
    "certificates",
    "roster",
    "reports",
    "overview",
    "offline",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the H5P isolation, so an answer that carries its own policy (H5P content) keeps it.
    "csp.middleware.CSPMiddleware",
    "h5p.middleware.ContentIsolationMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "common.text.ComposedTextMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "common.middleware.RefuseNulCharactersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    # Innermost: sees the view's own redirect, before the messages and the session are stored.
    "offline.middleware.FormChangeMiddleware",
]

ROOT_URLCONF = "linkki.urls"
WSGI_APPLICATION = "linkki.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "csp.context_processors.nonce",
                "accounts.context_processors.roles",
                "offline.context_processors.offline",
            ],
        },
    },
]

FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        # A kept connection is checked before a request reuses it, so a database restart costs no request
        # beyond those made while it is down.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A web server has several writers at once. WAL lets readers go on while one writes; a writing
    # transaction takes the write lock when it begins (IMMEDIATE), so a second writer waits up to the
    # timeout for its turn instead of failing with "database is locked" halfway through.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
if env("DATABASE_TEST_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": env("DATABASE_TEST_NAME")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # Counts failed logins per account and per client address, and refuses a locked-out login.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own: an account, or an address
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "accounts.views.login_name"
AXES_CLIENT_IP_CALLABLE = "accounts.views.login_client_address"
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
# At most this many password-reset e-mails per address, and reset requests per client, in an hour.
PASSWORD_RESET_EMAILS_PER_HOUR = int(env("PASSWORD_RESET_EMAILS_PER_HOUR", "3"))
PASSWORD_RESET_REQUESTS_PER_HOUR = int(env("PASSWORD_RESET_REQUESTS_PER_HOUR", "20"))
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Helsinki"
USE_TZ = True

# Languages curriculum content can be written in; the first is the fallback.
CONTENT_LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
    ("se", _("North Sámi")),
    ("smn", _("Inari Sámi")),
    ("sms", _("Skolt Sámi")),
]
# For each interface language, the content languages a text is looked up in, in order, until a trainer
# sets another order (common.models.ContentFallback).
CONTENT_FALLBACK_ORDERS = {
    "fi": ("fi", "sv", "en"),
    "sv": ("sv", "fi", "en"),
    "en": ("en", "fi", "sv"),
}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static", ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist")]
MEDIA_URL = "media/"
# The column separator of CSV downloads. Finnish Excel splits columns at a semicolon (its decimal mark is
# the comma); with ";" numbers get a decimal comma, with any other separator a decimal point.
CSV_DELIMITER = env("CSV_DELIMITER", ";")
if len(CSV_DELIMITER) != 1 or CSV_DELIMITER in '"\r\n':
    raise ImproperlyConfigured("CSV_DELIMITER must be a single character other than a quote or a line break.")

MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": env("DEFAULT_FILE_STORAGE", "django.core.files.storage.FileSystemStorage")},
    # Personal-data exports: outside MEDIA_ROOT and never given a public address (see accounts.views).
    "private": {
        "BACKEND": env("PRIVATE_FILE_STORAGE", "django.core.files.storage.FileSystemStorage"),
        "OPTIONS": {"location": env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private"))}
        if not env("PRIVATE_FILE_STORAGE")
        else {},
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and env_bool("STATIC_MANIFEST", False)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# An S3-compatible object store: DEFAULT_FILE_STORAGE=storages.backends.s3.S3Storage, installed with
# `pip install ".[s3]"`; credentials come from the usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
AWS_DEFAULT_ACL = None

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Linkki <linkki@localhost>")

CELERY_BROKER_URL = env("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND") or None
# Without a broker every task runs in-process, so a bare machine needs no Redis.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A bulk certificate job that shows no sign of life for this long is taken over by the next sweep.
BULK_JOB_STALE_SECONDS = int(env("BULK_JOB_STALE_SECONDS", "120"))

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # JSON only, composed to NFC like every other text that comes in.
    "DEFAULT_PARSER_CLASSES": ["common.text.ComposedJSONParser"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Linkki API",
    "DESCRIPTION": "Roster of certified link workers for the welfare referral system.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The docs page loads Swagger UI from our own static files, never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "roster.schema.add_error_components"],
}

# Short socket timeouts: a cache that stops answering must not hold a request (the rate limiter falls back).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("CACHE_URL"),
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    if env("CACHE_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

SESSION_COOKIE_HTTPONLY = True
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_TLS_PROXY else None
# Whom to believe in X-Forwarded-For for the client's address (per-address limits); unset: nobody.
TRUSTED_PROXIES = env_proxies("TRUSTED_PROXIES")
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# Static files are found in place when they have not been collected (development, tests).
WHITENOISE_USE_FINDERS = True

# Personal data: how long a finished export stays downloadable, and after how many months without a
# login an account that never certified is removed (0 keeps every account).
DATA_EXPORT_HOURS = int(env("DATA_EXPORT_HOURS", "72"))
DATA_EXPORTS_PER_DAY = int(env("DATA_EXPORTS_PER_DAY", "5"))
INACTIVE_ACCOUNT_MONTHS = int(env("INACTIVE_ACCOUNT_MONTHS", "24"))

# The address people reach Linkki at, for links in e-mails sent outside a request (reminders).
SITE_URL = env("SITE_URL", "" if PRODUCTION else "http://127.0.0.1:8000")

# The coordinator's home: expected referrals a year per 1,000 residents (the Lapland model's planning
# figure is about 10), and the months a link worker walks alongside one client on average, which turns
# a worker's places into clients a year.
REFERRALS_PER_1000_RESIDENTS = Decimal(env("REFERRALS_PER_1000_RESIDENTS", "10"))
REFERRAL_SUPPORT_MONTHS = Decimal(env("REFERRAL_SUPPORT_MONTHS", "3"))

# Webhooks to the referral system: hosts of the organisation's own network allowed on purpose (names,
# addresses or networks such as 10.20.0.0/16; everything else must be a public address), the CA file
# that verifies the receivers (empty: the system's), time limits in seconds and the most of an answer read.
WEBHOOK_ALLOWED_INTERNAL_HOSTS = env_list("WEBHOOK_ALLOWED_INTERNAL_HOSTS")
WEBHOOK_CA_FILE = env("WEBHOOK_CA_FILE")
WEBHOOK_CONNECT_TIMEOUT = float(env("WEBHOOK_CONNECT_TIMEOUT", "5"))
WEBHOOK_READ_TIMEOUT = float(env("WEBHOOK_READ_TIMEOUT", "10"))
WEBHOOK_MAX_RESPONSE_BYTES = int(env("WEBHOOK_MAX_RESPONSE_BYTES", str(64 * 1024)))
# Without a broker, a thread of each web process sends due deliveries; with one, the workers do.
WEBHOOK_IN_PROCESS_SENDER = env_bool("WEBHOOK_IN_PROCESS_SENDER", not CELERY_BROKER_URL)

# H5P: limits on uploaded packages and on what the player posts, and where content is served from.
H5P_MAX_PACKAGE_BYTES = int(env("H5P_MAX_PACKAGE_BYTES", str(100 * 1024 * 1024)))
H5P_MAX_EXPANDED_BYTES = int(env("H5P_MAX_EXPANDED_BYTES", str(300 * 1024 * 1024)))
H5P_MAX_PACKAGE_MEMBERS = int(env("H5P_MAX_PACKAGE_MEMBERS", "5000"))
H5P_MAX_COMPRESSION_RATIO = float(env("H5P_MAX_COMPRESSION_RATIO", "100"))
H5P_MAX_STATEMENT_BYTES = int(env("H5P_MAX_STATEMENT_BYTES", str(64 * 1024)))
H5P_MAX_STATE_BYTES = int(env("H5P_MAX_STATE_BYTES", str(64 * 1024)))
H5P_CONTENT_TOKEN_MAX_AGE = int(env("H5P_CONTENT_TOKEN_MAX_AGE", str(8 * 3600)))
# Uploads: a file up to FILE_UPLOAD_MAX_MEMORY_SIZE stays in memory, a larger one streams to a temporary
# file, and none may pass H5P_MAX_PACKAGE_BYTES (refused from the declared length or while streaming).
FILE_UPLOAD_MAX_MEMORY_SIZE = int(env("FILE_UPLOAD_MAX_MEMORY_SIZE", str(2_621_440)))
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "h5p.uploads.SizeLimitedUploadHandler",
]
# A virus scanner run on every uploaded package: a ClamAV daemon (unix:///run/clamav/clamd.ctl or
# tcp://127.0.0.1:3310) or a command given the file on its standard input; empty: none.
VIRUS_SCANNER = env("VIRUS_SCANNER")
VIRUS_SCANNER_TIMEOUT = float(env("VIRUS_SCANNER_TIMEOUT", "120"))
# Empty: content is served from this site under /h5p-content/. In production it may be a host of its own.
H5P_CONTENT_ORIGIN = env("H5P_CONTENT_ORIGIN")
# Hosts whose video players H5P content may embed: YouTube's privacy-enhanced host and Vimeo.
H5P_VIDEO_HOSTS = env_list("H5P_VIDEO_HOSTS", "https://www.youtube-nocookie.com,https://player.vimeo.com")
# Every page's Content-Security-Policy: our own files only, and a nonce for what must stay inline
# (templates write nonce="{{ CSP_NONCE }}"). H5P content answers with a policy of its own, which is kept.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *([H5P_CONTENT_ORIGIN.rstrip("/")] if H5P_CONTENT_ORIGIN else [])],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Certificates: the organisation and signer printed on them, the signature image (a PNG path; empty
# draws the project's own flourish), a TrueType font override, and the Open Badges keys: the current
# signing key and the public keys of retired ones, which stay published (formats in certificates/keys.py).
CERTIFICATE_ISSUER_NAME = env("CERTIFICATE_ISSUER_NAME", "Lapin hyvinvointialue – Linkki")
CERTIFICATE_SIGNER_NAME = env("CERTIFICATE_SIGNER_NAME", "Linkki-koulutuksen vastuuhenkilö")
CERTIFICATE_SIGNATURE_IMAGE = env("CERTIFICATE_SIGNATURE_IMAGE")
CERTIFICATE_FONT = env("CERTIFICATE_FONT")
CERTIFICATE_FONT_BOLD = env("CERTIFICATE_FONT_BOLD")
CERTIFICATE_VERIFY_RATE = int(env("CERTIFICATE_VERIFY_RATE", "60"))
OPEN_BADGES_PRIVATE_KEY = env("OPEN_BADGES_PRIVATE_KEY")
OPEN_BADGES_PREVIOUS_PUBLIC_KEYS = env("OPEN_BADGES_PREVIOUS_PUBLIC_KEYS")

if PRODUCTION and (
    refused := production.problems(
        secret_key=SECRET_KEY,
        open_badges_private_key=OPEN_BADGES_PRIVATE_KEY,
        site_url=SITE_URL,
        allowed_hosts=ALLOWED_HOSTS,
        debug=DEBUG,
    )
):
    raise ImproperlyConfigured(production.refusal(refused))
