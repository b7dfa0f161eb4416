"""System checks: every page type indexes analysed text, or Greek queries miss it."""

from django.core import checks
from wagtail.models import Page, get_page_models
from wagtail.search import index

from core.search_fields import unanalysed_fields


def _filter_field_keys(fields) -> set[tuple[str, str]]:
    return {
        (type(field).__name__, field.field_name) for field in fields if isinstance(field, index.FilterField)
    }


@checks.register(checks.Tags.models)
def check_page_search_fields(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """search.W001 (Page's filter fields kept) replaces wagtailsearch.W001; search.W002 (text analysed)."""
    messages: list[checks.CheckMessage] = []
    required = _filter_field_keys(Page.search_fields)
    for model in get_page_models():
        if model is Page or not model.search_fields:
            continue
        if app_configs is not None and model._meta.app_config not in app_configs:
            continue
        missing = required - _filter_field_keys(model.get_search_fields())
        if missing:
            messages.append(
                checks.Warning(
                    "Page filter fields missing in `search_fields`: "
                    + ", ".join(sorted(name for _, name in missing)),
                    hint=f"Build {model.__name__}.search_fields on BasePage.search_fields.",
                    obj=model,
                    id="search.W001",
                )
            )
        plain = unanalysed_fields(model)
        if plain:
            messages.append(
                checks.Warning(
                    "Text indexed without Greek/English analysis: "
                    + ", ".join(f"{type(field).__name__}('{field.field_name}')" for field in plain),
                    hint="Use core.search_fields.AnalysedSearchField / AnalysedAutocompleteField "
                    "(same arguments as index.SearchField / index.AutocompleteField).",
                    obj=model,
                    id="search.W002",
                )
            )
    return messages
