"""GuideCategory: the sections of the knowledge base, managed by editors and translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.search_fields import AnalysedAutocompleteField, AnalysedSearchField
from core.slugs import slugify_greek


class GuideCategory(TranslatableMixin, models.Model):
    """A section of the knowledge base, such as "Founding and legal form" or "Funding"."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        blank=True,
        allow_unicode=False,
        help_text=_(
            "Latin letters, digits and hyphens; used in the category's web address. Filled in from the name if left empty."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("One or two sentences shown on the knowledge base's front page."),
    )
    sort_order = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("Categories are listed from the lowest number to the highest.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    search_fields = [
        AnalysedSearchField("name"),
        AnalysedAutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("guide category")
        verbose_name_plural = _("guide categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="guides_category_unique_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_greek(self.name)
        super().save(*args, **kwargs)
