"""Settings, driven by environment variables (see .env.example for every one).

The helpers are strict on purpose: a malformed value stops the process with the
variable's name, rather than silently meaning False or a default.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true or false)")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be at least {minimum}")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def database_from_url(url: str) -> dict:
    """postgres://user:pass@host:port/name, or a socket: postgresql://user@/name?host=/dir."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ImproperlyConfigured(f"DATABASE_URL must be a postgresql:// URL, not {parts.scheme}://")
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ImproperlyConfigured("DATABASE_URL names no database")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    # Names the connection in pg_stat_activity, so web, workers and tests can be told apart.
    query.setdefault("application_name", env_str("DATABASE_APPLICATION_NAME", "tracker"))
    # Name search tolerates a typo ("Sakolov" finds Sokolov): pg_trgm's word similarity
    # threshold, 0.6 by default, is lowered for the tracker's connections (the GIN index
    # still serves `%>`). cases.filters.names_matching relies on it.
    try:
        similarity = min(max(float(env_str("TRACKER_NAME_SIMILARITY", "0.45")), 0.1), 1.0)
    except ValueError:
        raise ImproperlyConfigured("TRACKER_NAME_SIMILARITY must be a number between 0.1 and 1") from None
    trgm = f"-c pg_trgm.word_similarity_threshold={similarity}"
    query["options"] = f"{query.get('options', '')} {trgm}".strip()
    try:
        port = parts.port
    except ValueError:
        raise ImproperlyConfigured("DATABASE_URL has a malformed port") from None
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": query.pop("host", None) or parts.hostname or "",
        "PORT": str(port or ""),
        "OPTIONS": query,
        # Reuse connections across requests, but check them first, so that a
        # restarted PostgreSQL is reconnected to rather than failing a request.
        "CONN_MAX_AGE": env_int("DATABASE_CONN_MAX_AGE", 60),
        "CONN_HEALTH_CHECKS": True,
    }


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is false (production mode)"
        )
    SECRET_KEY = "development-only-insecure-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI and ReDoc served from our static files, not a CDN
    "cases",
]

MIDDLEWARE = [
    "cases.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "cases.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cases.middleware.SignInThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

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
            ],
        },
    },
]

# Without DATABASE_URL (e.g. `manage.py extract_cases` on a fresh checkout) Django gets
# its dummy backend, which raises a clear error only if something touches the database.
DATABASE_URL = env_str("DATABASE_URL")
DATABASES = {"default": database_from_url(DATABASE_URL)} if DATABASE_URL else {}
if DATABASES and env_str("TRACKER_DATABASE_NAME"):
    # Tests point a worker subprocess at the test database that pytest-django created.
    DATABASES["default"]["NAME"] = env_str("TRACKER_DATABASE_NAME")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cases.cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tracker",
            # Fail fast when Redis is down: pages must not hang on a throttle counter.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# ModelBackend, reading the signed-in user with their permissions in one query (cases/backends.py).
AUTHENTICATION_BACKENDS = ["cases.backends.PermissionBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
# Sign-in failures allowed per (account, client address) in LOGIN_LOCKOUT_SECONDS
# (cases.signin: the sign-in page, the admin and the API token).
LOGIN_MAX_FAILURES = env_int("LOGIN_MAX_FAILURES", 5, minimum=1)
LOGIN_LOCKOUT_SECONDS = env_int("LOGIN_LOCKOUT_SECONDS", 900, minimum=1)
# Failures from one client address, over all accounts, before that address is locked too.
# API tokens stop working this many days after they were issued (cases.tokens).
API_TOKEN_DAYS = env_int("API_TOKEN_DAYS", 90, minimum=1)
LOGIN_MAX_FAILURES_PER_ADDRESS = env_int("LOGIN_MAX_FAILURES_PER_ADDRESS", 50, minimum=1)
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
# The interface is in English only: without the translation machinery every request and
# every label is cheaper (Django's documented switch). Turn it on with the first translation.
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Uploads bigger than this are refused before they reach a view.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DJANGO_DATA_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE

# Database sessions, read with one fixed statement (cases/sessions.py).
SESSION_ENGINE = "cases.sessions"

# Security: production defaults are strict; each can be relaxed behind a trusted proxy.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
# HSTS preload is a one-way commitment for the whole domain: a deployment opts in with
# DJANGO_SECURE_HSTS_PRELOAD, so the check that nags about it is silenced.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Celery: Redis is broker and result backend. Tasks are sent after commit and take ids.
CELERY_BROKER_URL = REDIS_URL or "redis://127.0.0.1:6379/0"
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = timedelta(days=1)
# Callers never wait on results (the database is the record), and subscribing to a result
# would make sending a task fail while Redis is down; a task may still opt in.
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "cases.tasks.article_fetch_task": {"queue": "ingest"},
    "cases.tasks.source_poll_task": {"queue": "ingest"},
    "cases.tasks.sources_poll_due_task": {"queue": "ingest"},
    "cases.tasks.article_extract_task": {"queue": "extract"},
    "cases.tasks.article_reextract_task": {"queue": "extract"},
}
# Slow work: take one message at a time, so a long task does not hold others hostage.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300, minimum=1)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240, minimum=1)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Sending a task while Redis is down fails within about a second instead of hanging a
# request; the article stays queued and `articles_requeue_task` sends it again later.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 5}
# Celery's Django fixup closes the database connection around every task unless told to
# reuse it: a new PostgreSQL connection per task cost the ingest benchmark ~40%. Reused
# connections are health-checked before each task instead (tracker/celery.py).
CELERY_DB_REUSE_MAX = env_int("CELERY_DB_REUSE_MAX", 200)
CELERY_BEAT_SCHEDULE = {
    "poll-due-sources": {"task": "cases.tasks.sources_poll_due_task", "schedule": crontab()},
    "requeue-stalled-articles": {
        "task": "cases.tasks.articles_requeue_task",
        "schedule": crontab(minute="*/5"),
    },
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "cases.tokens.ExpiringTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "cases.api.pagination.SafeCursorPagination",
    "DEFAULT_PARSER_CLASSES": [
        "cases.api.parsers.DepthLimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "cases.api.errors.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_THROTTLE_ANON", "60/minute"),
        "user": env_str("API_THROTTLE_USER", "1200/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Desertion and asylum case tracker API",
    "DESCRIPTION": "Cases of desertion, draft evasion and defection, their sources and review.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # The reject reason appears in a model field and a request serializer: one enum name.
    "ENUM_NAME_OVERRIDES": {"RejectReasonEnum": "cases.models.CaseProposal.RejectReason"},
}

# The tool's own settings.
# A public, name-free view of cases marked public; off unless a deployment opts in.
TRACKER_PUBLIC_VIEW = env_bool("TRACKER_PUBLIC_VIEW", False)
# Pages count matches exactly up to this many; past it they say "about N" (PostgreSQL's
# estimate) and offer the exact count on request. Exports and reports are always exact.
TRACKER_EXACT_COUNT_BELOW = env_int("TRACKER_EXACT_COUNT_BELOW", 2_000, minimum=1)
# Ingestion limits.
TRACKER_FETCH_MAX_BYTES = env_int("TRACKER_FETCH_MAX_BYTES", 5 * 1024 * 1024, minimum=1024)
TRACKER_FETCH_TIMEOUT = env_int("TRACKER_FETCH_TIMEOUT", 15, minimum=1)
TRACKER_FETCH_CONNECT_TIMEOUT = env_int("TRACKER_FETCH_CONNECT_TIMEOUT", 5, minimum=1)
# A whole fetch, redirects and body included: a server dripping bytes cannot hold a worker.
TRACKER_FETCH_TOTAL_TIMEOUT = env_int("TRACKER_FETCH_TOTAL_TIMEOUT", 60, minimum=1)
TRACKER_FETCH_MAX_REDIRECTS = env_int("TRACKER_FETCH_MAX_REDIRECTS", 5)
TRACKER_FETCH_ALLOW_PRIVATE = env_bool("TRACKER_FETCH_ALLOW_PRIVATE", False)
TRACKER_USER_AGENT = env_str("TRACKER_USER_AGENT", "DesertionCaseTracker/1.0 (+https://example.org/tracker)")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
