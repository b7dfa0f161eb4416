"""seed_demo_content: a small deterministic bilingual demo site; running it again changes nothing."""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail import hooks
from wagtail.models import Locale

from core.demo import SeedContext


class Command(BaseCommand):
    help = "Build the demo site (Greek, with English translations). Idempotent."

    def handle(self, *args, **options):
        with transaction.atomic():
            el, _ = Locale.objects.get_or_create(language_code="el")
            en, _ = Locale.objects.get_or_create(language_code="en")
            context = SeedContext(stdout=self.stdout, el=el, en=en)
            for step in hooks.get_hooks("seed_demo_content"):
                step(context)
        if context.created:
            summary = ", ".join(f"{label}: {n}" for label, n in sorted(context.created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created ({summary})."))
        else:
            self.stdout.write("Demo content already present; nothing to do.")
