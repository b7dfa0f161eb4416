"""URL entry points that Wagtail's page routing cannot express on its own."""

from wagtail.views import serve


def episode_chapters(request, path: str):
    """``<EpisodePage url>chapters.json``: Wagtail's page URLs end in a slash, so hand the route to the page."""
    return serve(request, f"{path}chapters.json/")
