"""Wagtail search backends that analyse queries the way core.search_fields analyses the index."""
