"""Core demo content: the organisation's contact details in both languages, and the dev admin user."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model

from core.demo import SeedContext
from core.localize import translate_with_strings
from core.models import OrganisationDetails

DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = os.environ.get("DEV_ADMIN_PASSWORD", "pesko-dev-admin")

ORGANISATION_EL = {
    "name": "Πανελλήνια Ένωση Συμπράξεων Κοινωνικής Οικονομίας",
    "short_name": "ΠΕΣΚΟ",
    "tagline": "Δίκτυο συμπράξεων και οργανώσεων της κοινωνικής οικονομίας σε όλη την Ελλάδα",
    "address": "Φειδίου 7\n106 78 Αθήνα",
    "phone": "210 3300080",
    "fax": "210 3300081",
    "email": "pesko.info@gmail.com",
}
ORGANISATION_EN = {
    ORGANISATION_EL["name"]: "Panhellenic Union of Social Economy Partnerships",
    ORGANISATION_EL["short_name"]: "PESKO",
    ORGANISATION_EL["tagline"]: "A network of social economy partnerships and organisations across Greece",
    "Φειδίου 7<br/>106 78 Αθήνα": "7 Feidiou Street<br/>106 78 Athens, Greece",
}


def seed_organisation(context: SeedContext) -> None:
    details, created = OrganisationDetails.objects.get_or_create(locale=context.el, defaults=ORGANISATION_EL)
    context.count("organisation details", created)
    if not OrganisationDetails.objects.filter(locale=context.en).exists():
        translate_with_strings(instance=details, locale=context.en, strings=ORGANISATION_EN)
        context.count("organisation details", True)


def seed_admin_user(context: SeedContext) -> None:
    """A superuser for local development only; never created outside DEBUG."""
    if not settings.DEBUG:
        return
    User = get_user_model()
    if User.objects.filter(username=DEV_ADMIN_USERNAME).exists():
        return
    User.objects.create_superuser(
        username=DEV_ADMIN_USERNAME,
        email="admin@example.org",
        password=DEV_ADMIN_PASSWORD,
        first_name="Διαχειριστής",
    )
    context.count("admin user", True)
