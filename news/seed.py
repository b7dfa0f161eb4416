"""Demo news: the news index in both languages, twelve Greek articles and six English translations."""

from __future__ import annotations

from wagtailmedia import get_media_model

from core.demo import SeedContext
from core.demo_content import demo_image, ensure_person, ensure_topic
from core.localize import translate_with_strings
from core.models import Person, Topic
from news.demo_content import ARTICLES, NEWS_INDEX, NEWS_INDEX_EN, PEOPLE, TOPICS, DemoArticle
from news.models import ArticleAuthor, ArticlePage, ArticleTopic, NewsIndexPage, RelatedArticle


def seed_news(context: SeedContext) -> None:
    topics = {
        name: ensure_topic(
            context, name=name, name_en=en, description=description, description_en=description_en
        )
        for name, (en, description, description_en) in TOPICS.items()
    }
    people = {
        name: ensure_person(context, name=name, role=role, name_en=name_en, role_en=role_en)
        for name, (role, name_en, role_en) in PEOPLE.items()
    }
    index = context.section(NewsIndexPage, fields=NEWS_INDEX, english=NEWS_INDEX_EN)
    articles = {demo.slug: seed_article(context, index, demo, topics, people) for demo in ARTICLES}
    for demo in ARTICLES:
        link_related(articles[demo.slug], [articles[slug] for slug in demo.related])
    for demo in ARTICLES:
        if demo.english and not articles[demo.slug].has_translation(context.en):
            translate_article(context, articles[demo.slug], demo)


def seed_article(
    context: SeedContext,
    index: NewsIndexPage,
    demo: DemoArticle,
    topics: dict[str, Topic],
    people: dict[str, Person],
) -> ArticlePage:
    article = ArticlePage.objects.child_of(index).filter(slug=demo.slug).first()
    if article is not None:
        return article
    picture = demo.picture
    image = (
        demo_image(
            title=picture.title,
            description=picture.alt,
            start=picture.start,
            end=picture.end,
            shape=picture.shape,
        )
        if picture
        else None
    )
    article = ArticlePage(
        title=demo.title,
        slug=demo.slug,
        summary=demo.summary,
        body=[stream_block(entry) for entry in demo.body],
        hero_image=image,
        hero_alt_text=picture.alt if picture else "",
        hero_caption=picture.caption if picture else "",
        listing_image=image,
        first_published_at=demo.published,
        topic_links=[ArticleTopic(topic=topics[name]) for name in demo.topics],
        author_links=[ArticleAuthor(person=people[name]) for name in demo.authors],
    )
    index.add_child(instance=article)
    article.save_revision().publish()
    context.count("pages", True)
    return article


def link_related(article: ArticlePage, related: list[ArticlePage]) -> None:
    """Add the editors' picks once; an article that already has some keeps them."""
    if not related or article.related_article_links.exists():
        return
    article = article.get_latest_revision_as_object()
    article.related_article_links = [RelatedArticle(article=other) for other in related]
    article.save_revision().publish()


def translate_article(context: SeedContext, article: ArticlePage, demo: DemoArticle) -> None:
    english = demo.english
    strings = {demo.title: english["title"], demo.slug: english["slug"], demo.summary: english["summary"]}
    for greek, translated in zip(demo.body, english["body"], strict=True):
        strings.update(zip(greek[1:], translated[1:], strict=True))
    if demo.picture:
        strings[demo.picture.alt] = demo.picture.alt_en
        strings[demo.picture.caption] = demo.picture.caption_en
    translation = translate_with_strings(instance=article, locale=context.en, strings=strings)
    # A demo translation appears on the same day as its original.
    ArticlePage.objects.filter(pk=translation.pk).update(first_published_at=demo.published)
    context.count("pages", True)


def stream_block(entry: tuple[str, ...]) -> tuple[str, object]:
    """A demo body entry as StreamField data."""
    kind, text, *rest = entry
    if kind == "h2":
        return ("heading", {"text": text, "level": "h2"})
    if kind == "quote":
        return ("quote", {"quote": text, "attribution": rest[0] if rest else ""})
    return ("paragraph", f"<p>{text}</p>")


# The general assembly article plays the TV recording of the assembly (the media library's demo).
RECORDED_ARTICLE = "geniki-synelefsi-2026"
RECORDING_TITLE = "Η ετήσια συνέλευση των μελών"
# language → (player title, caption); media files have one title, in Greek, so English names its own.
RECORDING_TEXT = {
    "el": ("", "Η βιντεοσκόπηση της συνέλευσης"),
    "en": ("Partnerships in Action: the annual members' meeting", "The recording of the assembly"),
}


def seed_article_recording(context: SeedContext) -> None:
    """Runs after the media library's demo: an audio/video block in one article, in both languages."""
    recording = get_media_model().objects.filter(title__endswith=RECORDING_TITLE).first()
    greek = ArticlePage.objects.filter(locale=context.el, slug=RECORDED_ARTICLE).first()
    if recording is None or greek is None:
        return
    for version in [
        greek,
        *ArticlePage.objects.filter(translation_key=greek.translation_key, locale=context.en),
    ]:
        if any(block.block_type == "media" for block in version.body):
            continue
        title, caption = RECORDING_TEXT[version.locale.language_code]
        version.body.append(("media", {"media": recording, "title": title, "caption": caption}))
        version.save_revision().publish()
