"""Admin page forms shared by the content apps."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class DistinctLinksPageForm(WagtailAdminPageForm):
    """A page form that refuses the same topic or the same person twice in one inline panel."""

    # Child relation → the field that must not repeat; a topic listed twice would list the page twice.
    distinct_links = {"topic_links": "topic", "author_links": "person"}

    def clean(self):
        cleaned_data = super().clean()
        for relation, field in self.distinct_links.items():
            formset = self.formsets.get(relation)
            if formset is None or not formset.is_valid():
                continue
            seen = set()
            for form in formset.forms:
                value = form.cleaned_data.get(field)
                if value is None or form.cleaned_data.get("DELETE"):
                    continue
                if value.pk in seen:
                    form.add_error(field, _("This is already in the list."))
                seen.add(value.pk)
        return cleaned_data
