"""The Greek UI translation is complete: no untranslated or fuzzy entries, and the .mo is compiled from it."""

from pathlib import Path

import polib
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale" / "el" / "LC_MESSAGES"


def test_every_ui_string_has_a_greek_translation():
    po = polib.pofile(str(LOCALE_DIR / "django.po"))
    assert len(po) > 0
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"untranslated in locale/el: {untranslated}"
    assert fuzzy == [], f"fuzzy in locale/el: {fuzzy}"


def test_compiled_catalogue_matches_the_po_file():
    po = polib.pofile(str(LOCALE_DIR / "django.po"))
    mo = polib.mofile(str(LOCALE_DIR / "django.mo"))
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == entry.msgstr, (
            f"stale django.mo for {entry.msgid!r}"
        )
