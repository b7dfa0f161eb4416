"""Local development: DEBUG on, a throwaway secret, any local host."""

from .base import *  # noqa: F403
from .base import ENV_ALLOWED_HOSTS, ENV_SECRET_KEY

DEBUG = True
SECRET_KEY = ENV_SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
