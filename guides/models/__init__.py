"""The knowledge base: categories, the GuideIndexPage of each language and the GuidePages under it."""

from guides.models.categories import GuideCategory
from guides.models.guide import GuidePage, GuidePageQuerySet, GuideTopic, RelatedGuide, RelatedNews
from guides.models.index import GuideIndexPage

__all__ = [
    "GuideCategory",
    "GuideIndexPage",
    "GuidePage",
    "GuidePageQuerySet",
    "GuideTopic",
    "RelatedGuide",
    "RelatedNews",
]
