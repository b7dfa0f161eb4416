"""For tests that assert English message text: an English-speaking browser and an English UI."""

import pytest
from django.test import Client
from django.utils import translation


class EnglishClient(Client):
    """A test client whose browser asks for English (the admin and non-prefixed URLs follow it)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("HTTP_ACCEPT_LANGUAGE", "en")
        super().__init__(*args, **kwargs)


@pytest.fixture
def english_ui():
    """Messages built outside a request (services, commands) in English."""
    with translation.override("en"):
        yield
