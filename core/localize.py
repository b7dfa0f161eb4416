"""Translating pages and snippets through wagtail-localize from known strings (seed, imports, tests)."""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


class MissingTranslationStrings(ValueError):
    """Raised when a source string has no translation in the mapping given."""


@transaction.atomic
def translate_with_strings(
    *, instance, locale: Locale, strings: Mapping[str, str], publish: bool = True, user=None
):
    """Create or update the wagtail-localize translation of ``instance`` into ``locale``.

    ``strings`` maps every source string (as wagtail-localize segments it: field values, rich
    text blocks, the slug) to its translation. The result is a real wagtail-localize translation,
    so translators can keep editing it in the admin. Returns the translated instance.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    entries = [entry for entry in po if not entry.obsolete]
    missing = [entry.msgid for entry in entries if entry.msgid not in strings]
    if missing:
        raise MissingTranslationStrings(f"No {locale.language_code} translation for: {missing!r}")
    for entry in entries:
        entry.msgstr = strings[entry.msgid]
    translation.import_po(po, user=user)
    if not isinstance(instance, Page):
        translation.save_target(user=user, publish=True)
        return instance.get_translation(locale)
    # wagtail-localize defers page publishing to on_commit, which inside a larger transaction
    # replays a revision taken before later children were added and resets the tree's numchild.
    translation.save_target(user=user, publish=False)
    target = instance.get_translation(locale)
    if publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
