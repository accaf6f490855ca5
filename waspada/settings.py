"""Waspada settings: everything comes from the environment (see docs/settings.md)."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from waspada.core.env import database_from_url, env_bool, env_int, env_list, env_str

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
WASPADA_BIND = env_str("WASPADA_BIND", "127.0.0.1")
WASPADA_PORT = env_int("PORT", 8000, minimum=1)
WASPADA_WEB_WORKERS = env_int("WASPADA_WEB_WORKERS", 2, minimum=1)
WASPADA_TASK_WORKERS = env_int("WASPADA_TASK_WORKERS", 1, minimum=1)
WASPADA_LOAD_DEMO = env_bool("WASPADA_LOAD_DEMO", True)
WASPADA_DEMO_PASSWORD = env_str("WASPADA_DEMO_PASSWORD", "waspada-demo")
WASPADA_ANALYSIS_RETRY_SECONDS = env_int("WASPADA_ANALYSIS_RETRY_SECONDS", 120, minimum=5)
WASPADA_TRUSTED_PROXY = env_bool("WASPADA_TRUSTED_PROXY", False)
WASPADA_TIP_LIMIT_PER_HOUR = env_int("WASPADA_TIP_LIMIT_PER_HOUR", 10, minimum=1)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("WASPADA_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
