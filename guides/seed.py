"""Demo knowledge base: the guide index in both languages, categories, nine guides, four translations."""

from __future__ import annotations

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.demo import SeedContext
from core.demo_content import demo_image
from core.localize import translate_with_strings
from core.models import Topic
from core.slugs import slugify_greek
from guides.demo_content import (
    CATEGORIES,
    GUIDE_INDEX,
    GUIDE_INDEX_EN,
    GUIDES,
    TOPICS,
    DemoDownload,
    DemoGuide,
)
from guides.models import GuideCategory, GuideIndexPage, GuidePage, GuideTopic, RelatedGuide, RelatedNews


def seed_guides(context: SeedContext) -> None:
    categories = {name: seed_category(context, name, *details) for name, details in CATEGORIES.items()}
    topics = {name: Topic.objects.get(locale=context.el, slug=slugify_greek(name)) for name in TOPICS}
    index = context.section(GuideIndexPage, fields=GUIDE_INDEX, english=GUIDE_INDEX_EN)
    guides = {demo.slug: seed_guide(context, index, demo, categories, topics) for demo in GUIDES}
    for demo in GUIDES:
        link_related(guides[demo.slug], demo, guides, context)
    for demo in GUIDES:
        if demo.english and not guides[demo.slug].has_translation(context.en):
            translate_guide(context, guides[demo.slug], demo)


def seed_category(
    context: SeedContext,
    name: str,
    slug: str,
    name_en: str,
    slug_en: str,
    description: str,
    description_en: str,
) -> GuideCategory:
    category = GuideCategory.objects.filter(locale=context.el, slug=slug).first()
    if category is None:
        position = list(CATEGORIES).index(name) + 1
        category = GuideCategory.objects.create(
            locale=context.el, name=name, slug=slug, description=description, sort_order=position * 10
        )
        context.count("guide categories", True)
    if not category.has_translation(context.en):
        strings = {name: name_en, slug: slug_en, description: description_en}
        translate_with_strings(instance=category, locale=context.en, strings=strings)
        context.count("guide categories", True)
    return category


def seed_guide(
    context: SeedContext,
    index: GuideIndexPage,
    demo: DemoGuide,
    categories: dict[str, GuideCategory],
    topics: dict[str, Topic],
) -> GuidePage:
    guide = GuidePage.objects.child_of(index).filter(slug=demo.slug).first()
    if guide is not None:
        return guide
    image = None
    if demo.picture:
        start, end, shape = demo.picture
        image = demo_image(
            title=demo.title,
            description=f"Αφηρημένο σχέδιο για τον οδηγό «{demo.title}»",
            start=start,
            end=end,
            shape=shape,
        )
    guide = GuidePage(
        title=demo.title,
        slug=demo.slug,
        summary=demo.summary,
        category=categories[demo.category],
        audience=demo.audience,
        last_reviewed=demo.last_reviewed,
        featured=demo.featured,
        listing_image=image,
        body=[stream_block(entry) for entry in demo.body],
        downloads=[("document", {"document": demo_document(d), "label": d.label}) for d in demo.downloads],
        first_published_at=demo.published,
        topic_links=[GuideTopic(topic=topics[name]) for name in demo.topics],
    )
    index.add_child(instance=guide)
    guide.save_revision().publish()
    context.count("pages", True)
    return guide


def demo_document(download: DemoDownload):
    """The generated document with this title, made on first use."""
    Document = get_document_model()
    document = Document.objects.filter(title=download.title).first()
    if document is None:
        document = Document(title=download.title)
        document.file.save(download.filename, ContentFile(download.content.encode("utf-8")), save=False)
        document.save()
    return document


def link_related(
    guide: GuidePage, demo: DemoGuide, guides: dict[str, GuidePage], context: SeedContext
) -> None:
    """Add the editors' picks once; a guide that already has some keeps them."""
    if not (demo.related_guides or demo.related_news):
        return
    if guide.related_guide_links.exists() or guide.related_news_links.exists():
        return
    articles = Page.objects.filter(
        locale=context.el, slug__in=demo.related_news, content_type__app_label="news"
    )
    article_ids = {page.slug: page.pk for page in articles}
    guide = guide.get_latest_revision_as_object()
    guide.related_guide_links = [RelatedGuide(guide=guides[slug]) for slug in demo.related_guides]
    guide.related_news_links = [
        RelatedNews(article_id=article_ids[slug]) for slug in demo.related_news if slug in article_ids
    ]
    guide.save_revision().publish()


def translate_guide(context: SeedContext, guide: GuidePage, demo: DemoGuide) -> None:
    english = demo.english
    strings = {
        demo.title: english["title"],
        demo.slug: english["slug"],
        demo.summary: english["summary"],
        demo.audience: english["audience"],
    }
    for greek, translated in zip(demo.body, english["body"], strict=True):
        if greek[0] == "ul":
            strings.update(zip(greek[1], translated[1], strict=True))
        else:
            strings.update(zip(greek[1:], translated[1:], strict=True))
    for download in demo.downloads:
        strings[download.label] = download.label_en
    translation = translate_with_strings(instance=guide, locale=context.en, strings=strings)
    # A demo translation appears on the same day as its original.
    GuidePage.objects.filter(pk=translation.pk).update(first_published_at=demo.published)
    context.count("pages", True)


def stream_block(entry: tuple) -> tuple[str, object]:
    """A demo body entry as StreamField data."""
    kind, content, *rest = entry
    if kind in ("h2", "h3"):
        return ("heading", {"text": content, "level": kind})
    if kind == "quote":
        return ("quote", {"quote": content, "attribution": rest[0] if rest else ""})
    if kind == "ul":
        return ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in content) + "</ul>")
    return ("paragraph", f"<p>{content}</p>")
