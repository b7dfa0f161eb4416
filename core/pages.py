"""Finding each language's home page and making the per-language index pages content apps hang off it."""

from __future__ import annotations

from wagtail.models import Locale, Page, Site


def home_page_for(locale: Locale) -> Page | None:
    """The default site's root page in ``locale`` (its translation), if there is one."""
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        return None
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return root.get_translations().filter(locale=locale).first()


def ensure_index_page(
    *,
    model: type[Page],
    locale: Locale,
    titles: dict[str, tuple[str, str]],
    publish: bool,
    kind: dict | None = None,
    defaults: dict | None = None,
) -> Page:
    """The ``model`` index page of a language, created under its home page when missing.

    ``titles``: language code → (title, slug). ``kind`` tells apart several indexes of one model (a
    ShowIndexPage's ``medium``) and is set on a new one, with ``defaults``."""
    # A new index outside the default language shares the default index's translation key, so the
    # language switcher and hreflang pair them.
    kind = kind or {}
    existing = model.objects.filter(locale=locale, **kind).order_by("path").first()
    if existing is not None:
        if publish and not existing.live and existing.get_latest_revision() is not None:
            existing.get_latest_revision().publish()
            existing.refresh_from_db()
        return existing
    home = home_page_for(locale)
    if home is None:
        raise LookupError(f"There is no home page in {locale.language_code}.")
    default = Locale.get_default()
    original = None
    if locale.pk != default.pk and home_page_for(default) is not None:
        original = ensure_index_page(
            model=model, locale=default, titles=titles, publish=publish, kind=kind, defaults=defaults
        )
    title, slug = titles.get(locale.language_code, titles["en"])
    page = model(title=title, slug=slug, locale=locale, live=False, **kind, **(defaults or {}))
    if original is not None:
        page.translation_key = original.translation_key
    home.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def in_reader_language(candidates, chosen_ids: list[int], locale_id: int) -> list[Page]:
    """The chosen pages (ids, in editor order) among ``candidates``, each in the reader's language if it can be."""
    keys = dict(candidates.model.objects.filter(pk__in=chosen_ids).values_list("pk", "translation_key"))
    ordered_keys = [keys[pk] for pk in chosen_ids if pk in keys]
    picked = {}
    for version in candidates.filter(translation_key__in=ordered_keys):
        if version.locale_id == locale_id:
            picked[version.translation_key] = version
        elif version.pk in chosen_ids:
            picked.setdefault(version.translation_key, version)
    return [picked[key] for key in dict.fromkeys(ordered_keys) if key in picked]
