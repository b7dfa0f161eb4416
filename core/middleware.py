"""Locale routing: "/" goes to the visitor's language; an unknown language prefix is a plain 404."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

from core.views import healthz

LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2,3}(?:[-_][a-zA-Z]{2,4})?)(?:/|$)")
# Paths outside the language trees: a 404 there stays a 404 instead of a redirect to /el/<path>.
UNPREFIXED_PATHS = ("/admin/", "/api/", "/media/", "/static/", "/documents/")


class HubLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware would redirect /fr/ to /el/fr/ (Wagtail's catch-all makes every
    path look valid); a prefix in the shape of a language code we do not serve is a 404 instead."""

    def process_response(self, request, response):
        if response.status_code == 404:
            if request.path_info.startswith(UNPREFIXED_PATHS):
                return response
            match = LANGUAGE_PREFIX.match(request.path_info)
            supported = {code for code, _name in settings.LANGUAGES}
            if match and match.group(1).lower() not in supported:
                return response
        return super().process_response(request, response)


class HealthCheckMiddleware:
    """Answers /healthz before host validation and the HTTPS redirect, so that container and
    load-balancer probes (which call the container by IP, over HTTP) get the real answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            return healthz(request)
        return self.get_response(request)
