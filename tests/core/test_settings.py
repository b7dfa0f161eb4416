"""Settings are safe by default: production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def run_with_production_settings(env_overrides: dict[str, str]) -> subprocess.CompletedProcess:
    unwanted = {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in unwanted}
    env.update({"DJANGO_SETTINGS_MODULE": "hub.settings.production", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_with_production_settings({"ALLOWED_HOSTS": "hub.example.org"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_with_production_settings({"SECRET_KEY": "x" * 60})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set in production" in result.stderr


def test_production_passes_the_deploy_checks_with_its_secrets():
    result = run_with_production_settings(
        {"SECRET_KEY": "a-long-random-production-secret-" + "k7Qz9" * 10, "ALLOWED_HOSTS": "hub.example.org"}
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_base_settings_are_safe_by_default():
    from hub.settings import base

    assert base.DEBUG is False
    assert base.LANGUAGE_CODE == "el"
    assert [code for code, _ in base.LANGUAGES] == ["el", "en"]


def test_tests_run_without_debug():
    assert settings.DEBUG is False
