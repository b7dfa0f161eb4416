"""ensure_roles: create or update the Editors, Moderators and Translators groups and the Moderation workflow."""

from django.core.management.base import BaseCommand

from core.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create or update the editorial groups and the Moderation workflow from core.roles. "
        "Run it again after adding a home or section page; it is idempotent."
    )

    def handle(self, *args, **options):
        groups = ensure_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles up to date: {', '.join(groups)}."))
