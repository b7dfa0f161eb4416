"""The kinds of content a reader can narrow a search to, named by model label (content apps are not imported)."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    """A search filter (``?kind=news``) and the page types it covers."""

    key: str
    label: str | Promise
    model_labels: tuple[str, ...]


KINDS = (
    Kind("news", _("News"), ("news.ArticlePage",)),
    Kind("guides", _("Guides"), ("guides.GuidePage",)),
    Kind("episodes", _("Radio and TV"), ("media_library.EpisodePage", "media_library.ShowPage")),
)
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}

# What one result is, for the JSON of the autocomplete ("kind") and the label beside a result;
# the keys match the ``kind`` of the import format (CONTRACTS §4).
RESULT_KINDS: dict[str, tuple[str, str | Promise]] = {
    "news.articlepage": ("article", _("News")),
    "guides.guidepage": ("guide", _("Guide")),
    "media_library.episodepage": ("episode", _("Episode")),
    "media_library.showpage": ("show", _("Show")),
}
PAGE_KIND = ("page", _("Page"))


def kind_models(kind: Kind) -> list[type[models.Model]]:
    """The installed models of a kind; a page type not written yet is simply absent."""
    found = []
    for label in kind.model_labels:
        try:
            found.append(apps.get_model(label))
        except LookupError:
            continue
    return found


def kind_content_types(kind: Kind) -> list[ContentType]:
    return list(ContentType.objects.get_for_models(*kind_models(kind)).values())


def topic_models() -> list[type[models.Model]]:
    """Searchable page types that have a ``topics`` relation."""
    found = []
    for kind in KINDS:
        for model in kind_models(kind):
            if any(field.name == "topics" for field in model._meta.get_fields()):
                found.append(model)
    return found


def result_kind(content_type: ContentType) -> tuple[str, str | Promise]:
    """(key, label) of a result's page type: ("article", "News"), or ("page", "Page") for the rest."""
    return RESULT_KINDS.get(f"{content_type.app_label}.{content_type.model}", PAGE_KIND)
