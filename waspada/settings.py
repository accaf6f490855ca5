"""Waspada settings: everything comes from the environment (see docs/settings.md)."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from waspada.core.env import (
    ImproperlyConfiguredEnv,
    database_from_url,
    env_bool,
    env_int,
    env_list,
    env_str,
    parse_time_range,
)

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("WASPADA_DATA_DIR", str(BASE_DIR / "var"))).resolve()


def _secret_key() -> str:
    configured = env_str("WASPADA_SECRET_KEY", "")
    if configured:
        return configured
    # Embedded mode: one random key per installation, kept beside the database so sessions survive restarts.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()


def _seal_key() -> str:
    configured = env_str("WASPADA_SEAL_KEY", "")
    if configured:
        return configured
    # Reporter contacts are encrypted with this key; like the secret key, generated once beside the data.
    from cryptography.fernet import Fernet

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "seal_key"
    if not key_file.exists():
        key_file.write_bytes(Fernet.generate_key())
        key_file.chmod(0o600)
    return key_file.read_text().strip()


WASPADA_SEAL_KEY = _seal_key()
DEBUG = env_bool("WASPADA_DEBUG", False)
ALLOWED_HOSTS = env_list("WASPADA_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("WASPADA_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "waspada.core",
    "waspada.accounts",
    "waspada.audit",
    "waspada.regions",
    "waspada.intake",
    "waspada.analysis",
    "waspada.issues",
    "waspada.alerts",
    "waspada.cases",
    "waspada.monitoring",
    "waspada.dashboard",
    "waspada.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "waspada.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "waspada.urls"
WSGI_APPLICATION = "waspada.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "waspada.dashboard.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'waspada.sqlite3'}"), base_dir=BASE_DIR
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "login"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env_str("WASPADA_LANGUAGE", "id")
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "waspada" / "locale"]
USE_I18N = True
TIME_ZONE = env_str("WASPADA_TIME_ZONE", "Asia/Makassar")
USE_TZ = True

MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "media/"

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("WASPADA_SESSION_HOURS", 12, minimum=1) * 3600
SESSION_COOKIE_SECURE = env_bool("WASPADA_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Shared by every process on the machine, and touches no database: a flood of public submissions is
    # counted without slowing the staff's pages.
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "cache" / "ratelimit"),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}

# Waspada's own settings.
WASPADA_HOME_REGION = env_str("WASPADA_HOME_REGION", "64")
# Admiralty grading of reports: "6x6" (A–F × 1–6) or "5x5" (A–E × 1–5); see waspada/core/grading.py.
WASPADA_GRADING_SCALE = env_str("WASPADA_GRADING_SCALE", "6x6")
if WASPADA_GRADING_SCALE not in ("6x6", "5x5"):
    raise ImproperlyConfiguredEnv(f"WASPADA_GRADING_SCALE={WASPADA_GRADING_SCALE!r} must be 6x6 or 5x5")
WASPADA_BIND = env_str("WASPADA_BIND", "127.0.0.1")
WASPADA_PORT = env_int("PORT", 8000, minimum=1)
WASPADA_WEB_WORKERS = env_int("WASPADA_WEB_WORKERS", 2, minimum=1)
WASPADA_WEB_THREADS = env_int("WASPADA_WEB_THREADS", 1, minimum=1)
WASPADA_TASK_WORKERS = env_int("WASPADA_TASK_WORKERS", 1, minimum=1)
WASPADA_LOAD_DEMO = env_bool("WASPADA_LOAD_DEMO", True)
WASPADA_DEMO_PASSWORD = env_str("WASPADA_DEMO_PASSWORD", "waspada-demo")
WASPADA_ANALYSIS_RETRY_SECONDS = env_int("WASPADA_ANALYSIS_RETRY_SECONDS", 120, minimum=5)
WASPADA_TRUSTED_PROXY = env_bool("WASPADA_TRUSTED_PROXY", False)
# "default": the model trained on Waspada's seed corpus (or whichever version `waspada model activate` chose);
# "none": the lexicon rules alone.
WASPADA_TEXT_MODEL = env_str("WASPADA_TEXT_MODEL", "default")
WASPADA_MODEL_DIR = Path(env_str("WASPADA_MODEL_DIR", str(DATA_DIR / "models")))
WASPADA_TIP_LIMIT_PER_HOUR = env_int("WASPADA_TIP_LIMIT_PER_HOUR", 10, minimum=1)

# Messaging channels (docs/channels.md): each is off until switched on, and an enabled one refuses to start
# without the secret that proves a webhook call comes from its provider.
WASPADA_SMS_ENABLED = env_bool("WASPADA_SMS_ENABLED", False)
WASPADA_SMS_SECRET = env_str("WASPADA_SMS_SECRET", "")
WASPADA_SMS_MAX_SKEW_SECONDS = env_int("WASPADA_SMS_MAX_SKEW_SECONDS", 300, minimum=10)
WASPADA_SMS_SEND_URL = env_str("WASPADA_SMS_SEND_URL", "")
WASPADA_TELEGRAM_ENABLED = env_bool("WASPADA_TELEGRAM_ENABLED", False)
WASPADA_TELEGRAM_WEBHOOK_SECRET = env_str("WASPADA_TELEGRAM_WEBHOOK_SECRET", "")
WASPADA_TELEGRAM_BOT_TOKEN = env_str("WASPADA_TELEGRAM_BOT_TOKEN", "")
WASPADA_TELEGRAM_API_BASE = env_str("WASPADA_TELEGRAM_API_BASE", "https://api.telegram.org")
WASPADA_WHATSAPP_ENABLED = env_bool("WASPADA_WHATSAPP_ENABLED", False)
WASPADA_WHATSAPP_APP_SECRET = env_str("WASPADA_WHATSAPP_APP_SECRET", "")
WASPADA_WHATSAPP_VERIFY_TOKEN = env_str("WASPADA_WHATSAPP_VERIFY_TOKEN", "")
WASPADA_WHATSAPP_ACCESS_TOKEN = env_str("WASPADA_WHATSAPP_ACCESS_TOKEN", "")
WASPADA_WHATSAPP_PHONE_NUMBER_ID = env_str("WASPADA_WHATSAPP_PHONE_NUMBER_ID", "")
WASPADA_WHATSAPP_API_BASE = env_str("WASPADA_WHATSAPP_API_BASE", "https://graph.facebook.com/v21.0")
# A sender above this many messages in an hour still has every message stored, but gets no report and no reply.
WASPADA_CHANNEL_SENDER_LIMIT_PER_HOUR = env_int("WASPADA_CHANNEL_SENDER_LIMIT_PER_HOUR", 20, minimum=1)


def _require_when_enabled(flag: str, enabled: bool, **values: str) -> None:
    missing = [name for name, value in values.items() if not value]
    if enabled and missing:
        raise ImproperlyConfiguredEnv(f"{flag} is on but {', '.join(missing)} is empty (see docs/channels.md)")


_require_when_enabled("WASPADA_SMS_ENABLED", WASPADA_SMS_ENABLED, WASPADA_SMS_SECRET=WASPADA_SMS_SECRET)
_require_when_enabled(
    "WASPADA_TELEGRAM_ENABLED",
    WASPADA_TELEGRAM_ENABLED,
    WASPADA_TELEGRAM_WEBHOOK_SECRET=WASPADA_TELEGRAM_WEBHOOK_SECRET,
)
_require_when_enabled(
    "WASPADA_WHATSAPP_ENABLED",
    WASPADA_WHATSAPP_ENABLED,
    WASPADA_WHATSAPP_APP_SECRET=WASPADA_WHATSAPP_APP_SECRET,
    WASPADA_WHATSAPP_VERIFY_TOKEN=WASPADA_WHATSAPP_VERIFY_TOKEN,
)
if WASPADA_TELEGRAM_WEBHOOK_SECRET and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", WASPADA_TELEGRAM_WEBHOOK_SECRET):
    # Telegram's setWebhook accepts only these characters; a secret it refuses would leave the bot deaf.
    raise ImproperlyConfiguredEnv("WASPADA_TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256)")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("WASPADA_LOG_LEVEL", "INFO")},
    # httpx logs every request URL at INFO, and the Telegram bot token is part of its URLs.
    "loggers": {"django.db.backends": {"level": "WARNING"}, "httpx": {"level": "WARNING"}},
}

# News monitoring (waspada.monitoring): the only outbound HTTP for news; see docs/channels.md.
WASPADA_MONITORING_ENABLED = env_bool("WASPADA_MONITORING_ENABLED", True)
WASPADA_MONITORING_CONTACT_URL = env_str("WASPADA_MONITORING_CONTACT_URL", "")
WASPADA_MONITORING_CONNECT_TIMEOUT = float(env_int("WASPADA_MONITORING_CONNECT_TIMEOUT", 10, minimum=1))
WASPADA_MONITORING_READ_TIMEOUT = float(env_int("WASPADA_MONITORING_READ_TIMEOUT", 20, minimum=1))
WASPADA_MONITORING_TOTAL_TIMEOUT = float(env_int("WASPADA_MONITORING_TOTAL_TIMEOUT", 60, minimum=1))
WASPADA_MONITORING_MAX_BYTES = env_int("WASPADA_MONITORING_MAX_MB", 5, minimum=1) * 1024 * 1024
WASPADA_MONITORING_MAX_ITEMS_PER_POLL = env_int("WASPADA_MONITORING_MAX_ITEMS_PER_POLL", 30, minimum=1)
WASPADA_MONITORING_MAX_AGE_DAYS = env_int("WASPADA_MONITORING_MAX_AGE_DAYS", 7, minimum=1)
WASPADA_MONITORING_MAX_BACKOFF_MINUTES = env_int("WASPADA_MONITORING_MAX_BACKOFF_MINUTES", 360, minimum=5)
WASPADA_MONITORING_ALLOW_PRIVATE_ADDRESSES = env_bool("WASPADA_MONITORING_ALLOW_PRIVATE_ADDRESSES", False)

# Alert lifecycle (docs/alert-lifecycle.md): an alert nobody acknowledges climbs the escalation chain
# (0 regional staff of the kab/kota → 1 analis provinsi → 2 pimpinan), one step per missed deadline.
WASPADA_ALERT_ACK_MINUTES = env_int("WASPADA_ALERT_ACK_MINUTES", 60, minimum=1)
WASPADA_ALERT_ESCALATION_MAX = env_int("WASPADA_ALERT_ESCALATION_MAX", 2, minimum=0)


def _ack_minutes_by_level(entries: list[str]) -> dict[str, int]:
    levels = {"waspada", "siaga", "awas"}
    minutes: dict[str, int] = {}
    for entry in entries:
        level, _sep, value = entry.partition("=")
        level = level.strip().lower()
        if level not in levels or not value.strip().isdigit() or int(value) < 1:
            raise ImproperlyConfiguredEnv(
                f"WASPADA_ALERT_ACK_MINUTES_BY_LEVEL: {entry!r} is not level=minutes (e.g. siaga=30,awas=15)"
            )
        minutes[level] = int(value)
    return minutes


WASPADA_ALERT_ACK_MINUTES_BY_LEVEL = _ack_minutes_by_level(
    env_list("WASPADA_ALERT_ACK_MINUTES_BY_LEVEL", ["siaga=30", "awas=15"])
)
if WASPADA_ALERT_ESCALATION_MAX > 2:
    raise ImproperlyConfiguredEnv("WASPADA_ALERT_ESCALATION_MAX must be 0, 1 or 2 (the chain has three steps)")

# Notifications and public warnings (waspada.alerts, docs/notifications.md).
WASPADA_SITE_URL = env_str("WASPADA_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", WASPADA_SITE_URL):
    # Every notification links back to the site: a wrong base would send people to nowhere.
    raise ImproperlyConfiguredEnv(f"WASPADA_SITE_URL={WASPADA_SITE_URL!r} must be an http:// or https:// URL")
WASPADA_NOTIFY_QUIET_HOURS = parse_time_range(
    "WASPADA_NOTIFY_QUIET_HOURS", env_str("WASPADA_NOTIFY_QUIET_HOURS", "22:00-06:00")
)
WASPADA_NOTIFY_DIGEST_HOUR = env_int("WASPADA_NOTIFY_DIGEST_HOUR", 7, minimum=0)
if WASPADA_NOTIFY_DIGEST_HOUR > 23:
    raise ImproperlyConfiguredEnv(f"WASPADA_NOTIFY_DIGEST_HOUR={WASPADA_NOTIFY_DIGEST_HOUR} must be 0-23")
WASPADA_NOTIFY_MAX_ATTEMPTS = env_int("WASPADA_NOTIFY_MAX_ATTEMPTS", 8, minimum=1)
WASPADA_WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env_bool("WASPADA_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", False)
WASPADA_WHATSAPP_ALERT_TEMPLATE = env_str("WASPADA_WHATSAPP_ALERT_TEMPLATE", "")
WASPADA_WHATSAPP_ALERT_TEMPLATE_LANGUAGE = env_str("WASPADA_WHATSAPP_ALERT_TEMPLATE_LANGUAGE", "id")

# Email leaves through SMTP; with no host, the email channel is off (not offered to subscribers).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env_str("WASPADA_EMAIL_HOST", "")
EMAIL_PORT = env_int("WASPADA_EMAIL_PORT", 587, minimum=1)
EMAIL_HOST_USER = env_str("WASPADA_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = env_str("WASPADA_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("WASPADA_EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = env_str("WASPADA_EMAIL_FROM", "Waspada <waspada@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
