"""The Greek UI translation is complete: no untranslated or fuzzy entries, and the .mo is compiled from it;
the admin strings Wagtail, wagtail-localize and wagtailmedia leave in English are translated in locale/admin."""

import importlib
import json
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

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


ADMIN_DIR = Path(settings.BASE_DIR) / "locale" / "admin" / "el" / "LC_MESSAGES"
# What Greek editors and readers meet: each package ships an English template catalogue listing its strings.
ADMIN_PACKAGES = {
    "django": ("conf", "contrib/auth"),
    "wagtail": ("",),
    "wagtail_localize": ("",),
    "wagtailmedia": ("",),
}


def package_catalogues(domain: str):
    """(English template, Greek catalogue or None) for every locale folder of those packages."""
    for package, folders in ADMIN_PACKAGES.items():
        root = Path(importlib.import_module(package).__file__).parent
        for english in sorted(
            path
            for folder in folders
            for path in (root / folder).glob(f"**/locale/en/LC_MESSAGES/{domain}.po")
        ):
            greek = english.parents[2] / "el" / "LC_MESSAGES" / f"{domain}.po"
            yield english, (greek if greek.exists() else None)


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_admin_catalogue_is_complete_and_compiled(domain):
    po = polib.pofile(str(ADMIN_DIR / f"{domain}.po"))
    assert len(po) > 0
    assert po.untranslated_entries() == [] and po.fuzzy_entries() == []
    checked = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(ADMIN_DIR / f"{domain}.po")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    compiled = {
        (entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(ADMIN_DIR / f"{domain}.mo"))
    }
    for entry in po:
        mo_entry = compiled.get((entry.msgctxt, entry.msgid))
        assert mo_entry is not None, f"stale {domain}.mo: {entry.msgid!r} missing"
        if entry.msgid_plural:
            forms = {int(index): text for index, text in mo_entry.msgstr_plural.items()}
            assert forms == entry.msgstr_plural, f"stale {domain}.mo for {entry.msgid!r}"
        else:
            assert mo_entry.msgstr == entry.msgstr, f"stale {domain}.mo for {entry.msgid!r}"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_admin_string_of_the_installed_packages_reads_in_greek(domain):
    """Upgrading Wagtail, wagtail-localize or wagtailmedia brings new strings: this lists those to translate."""
    ours = {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(ADMIN_DIR / f"{domain}.po"))
        if entry.translated()
    }
    missing = []
    for english, greek in package_catalogues(domain):
        upstream = set()
        if greek is not None:
            upstream = {(e.msgctxt, e.msgid) for e in polib.pofile(str(greek)) if e.translated()}
        for entry in polib.pofile(str(english)):
            key = (entry.msgctxt, entry.msgid)
            if not entry.obsolete and key not in upstream and key not in ours:
                missing.append(f"{english.parents[3].name}: {entry.msgid}")
    assert missing == [], f"{len(missing)} admin strings have no Greek translation: {missing[:20]}"


def test_greek_admin_uses_the_sites_words_for_publishing():
    """Upstream's "Έκδοση"/"Live"/"Draft" give way to the terms the rest of the Greek UI uses."""
    with translation.override("el"):
        assert translation.gettext("Publish") == "Δημοσίευση"
        assert translation.gettext("Live") == "Δημοσιευμένη"
        assert translation.gettext("Draft") == "Πρόχειρο"
        # strings only the supplementary catalogue translates, from wagtailmedia and from Django
        assert translation.gettext("Add audio") == "Προσθήκη ήχου"
        assert translation.ngettext("%(num)d minute", "%(num)d minutes", 5) % {"num": 5} == "5 λεπτά"
        # the project's own catalogue still wins over the supplementary one
        assert translation.gettext("Search media files") == "Αναζήτηση αρχείων πολυμέσων"


@pytest.mark.django_db
def test_admin_javascript_catalogues_carry_the_greek_strings(admin_client):
    """Wagtail's and wagtail-localize's JavaScript (sidebar, translation editor) read the same catalogue."""
    po = polib.pofile(str(ADMIN_DIR / "djangojs.po"))
    for url, package in (
        ("/admin/jsi18n/", "wagtail/admin"),
        ("/admin/localize/jsi18n/", "wagtail_localize"),
    ):
        catalogue = admin_client.get(url, headers={"accept-language": "el"}).content.decode()
        entries = [entry for entry in po if entry.tcomment == package and not entry.msgid_plural]
        assert entries
        missing = [entry.msgid for entry in entries if json.dumps(entry.msgstr) not in catalogue]
        assert missing == [], f"{url} lacks the Greek for {missing}"
