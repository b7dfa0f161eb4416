"""Tests: fast and quiet; a file SQLite database so --reuse-db works."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import BASE_DIR, LOGGING

SECRET_KEY = "test-only-key"
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise.")]  # noqa: F405
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="hub-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

if "DATABASE_URL" not in os.environ:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "db.sqlite3",
            "TEST": {"NAME": os.environ.get("TEST_DB_NAME") or str(BASE_DIR / "test-db.sqlite3")},
        }
    }

LOGGING = {
    **LOGGING,
    "loggers": {
        "django": {"level": "ERROR", "handlers": ["console"], "propagate": False},
        "wagtail": {"level": "ERROR", "handlers": ["console"], "propagate": False},
        "hub": {"level": "ERROR", "handlers": ["console"], "propagate": False},
    },
}
