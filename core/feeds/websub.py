"""WebSub publishing: tell the configured hub that feeds changed when pages are published or unpublished.

Apps say which feeds a page appears in through the Wagtail hook ``websub_feed_urls``:
``@hooks.register("websub_feed_urls") def f(page) -> list[str]`` (absolute feed URLs, or [] when the
page is not theirs). Hub failures are logged, never raised: publishing must not fail because of them.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from collections.abc import Sequence
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from wagtail import hooks
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger(__name__)

PING_TIMEOUT_SECONDS = 5.0
HOOK_NAME = "websub_feed_urls"


def ping_hub(*, feed_urls: Sequence[str], hub_url: str = "", timeout: float = PING_TIMEOUT_SECONDS) -> int:
    """POST ``hub.mode=publish`` for each feed URL to the hub; returns how many the hub accepted."""
    hub_url = hub_url or settings.WEBSUB_HUB_URL
    if not hub_url:
        return 0
    accepted = 0
    for feed_url in dict.fromkeys(feed_urls):
        data = urlencode({"hub.mode": "publish", "hub.url": feed_url}).encode()
        request = urllib.request.Request(
            hub_url,
            data=data,
            method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            logger.warning("WebSub hub %s refused %s: HTTP %s", hub_url, feed_url, error.code)
            continue
        except (OSError, ValueError) as error:
            logger.warning("WebSub hub %s unreachable for %s: %s", hub_url, feed_url, error)
            continue
        if 200 <= status < 300:
            accepted += 1
        else:
            logger.warning("WebSub hub %s answered %s for %s", hub_url, status, feed_url)
    return accepted


def feed_urls_for(page) -> list[str]:
    """Every feed URL the apps' ``websub_feed_urls`` hooks list for ``page``."""
    urls: list[str] = []
    for hook in hooks.get_hooks(HOOK_NAME):
        urls.extend(hook(page) or [])
    return list(dict.fromkeys(urls))


def _announce(sender, instance, **kwargs) -> None:
    if not settings.WEBSUB_HUB_URL:
        return
    try:
        urls = feed_urls_for(instance.specific)
    except Exception:
        # A broken hook must not turn an editor's publish into an error page.
        logger.exception("Could not work out the feeds of page %s for WebSub", instance.pk)
        return
    if urls:
        transaction.on_commit(lambda: ping_hub(feed_urls=urls))


def connect() -> None:
    """Announce feed changes to the hub whenever a page is published or unpublished."""
    page_published.connect(_announce, dispatch_uid="core.feeds.websub.published")
    page_unpublished.connect(_announce, dispatch_uid="core.feeds.websub.unpublished")
