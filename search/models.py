"""What readers search for: one row per normalised query and language, for the editors' report."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

MAX_RECORDED_LENGTH = 200


class SearchTerm(models.Model):
    """A query typed into the site search in one language, how often, and whether it found anything."""

    locale = models.ForeignKey(Locale, verbose_name=_("language"), on_delete=models.CASCADE, related_name="+")
    query = models.CharField(
        _("normalised query"),
        max_length=MAX_RECORDED_LENGTH,
        help_text=_("Lower case without accents, so that different spellings of one query count together."),
    )
    typed_as = models.CharField(_("query"), max_length=MAX_RECORDED_LENGTH, help_text=_("As last typed."))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    hits_without_results = models.PositiveIntegerField(_("searches without results"), default=0)
    last_result_count = models.PositiveIntegerField(_("results last time"), default=0)
    first_searched_at = models.DateTimeField(_("first searched"), auto_now_add=True)
    last_searched_at = models.DateTimeField(_("last searched"), db_index=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        ordering = ["-hits", "query"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "query"], name="search_searchterm_unique_per_locale"),
        ]

    def __str__(self) -> str:
        return self.typed_as or self.query

    @property
    def found_nothing(self) -> bool:
        return self.last_result_count == 0
