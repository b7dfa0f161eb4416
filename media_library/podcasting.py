"""Podcast standards the shows follow: Apple's category list, podcast:guid, JSON chapters."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

# https://podcasters.apple.com/support/1691-apple-podcasts-categories (names are not translated:
# they are identifiers that directories match exactly).
APPLE_CATEGORIES: dict[str, list[str]] = {
    "Arts": ["Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"],
    "Business": ["Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit"],
    "Comedy": ["Comedy Interviews", "Improv", "Stand-Up"],
    "Education": ["Courses", "How To", "Language Learning", "Self-Improvement"],
    "Fiction": ["Comedy Fiction", "Drama", "Science Fiction"],
    "Government": [],
    "History": [],
    "Health & Fitness": [
        "Alternative Health",
        "Fitness",
        "Medicine",
        "Mental Health",
        "Nutrition",
        "Sexuality",
    ],
    "Kids & Family": ["Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"],
    "Leisure": [
        "Animation & Manga",
        "Automotive",
        "Aviation",
        "Crafts",
        "Games",
        "Hobbies",
        "Home & Garden",
        "Video Games",
    ],
    "Music": ["Music Commentary", "Music History", "Music Interviews"],
    "News": [
        "Business News",
        "Daily News",
        "Entertainment News",
        "News Commentary",
        "Politics",
        "Sports News",
        "Tech News",
    ],
    "Religion & Spirituality": [
        "Buddhism",
        "Christianity",
        "Hinduism",
        "Islam",
        "Judaism",
        "Religion",
        "Spirituality",
    ],
    "Science": [
        "Astronomy",
        "Chemistry",
        "Earth Sciences",
        "Life Sciences",
        "Mathematics",
        "Natural Sciences",
        "Nature",
        "Physics",
        "Social Sciences",
    ],
    "Society & Culture": [
        "Documentary",
        "Personal Journals",
        "Philosophy",
        "Places & Travel",
        "Relationships",
    ],
    "Sports": [
        "Baseball",
        "Basketball",
        "Cricket",
        "Fantasy Sports",
        "Football",
        "Golf",
        "Hockey",
        "Rugby",
        "Running",
        "Soccer",
        "Swimming",
        "Tennis",
        "Volleyball",
        "Wilderness",
        "Wrestling",
    ],
    "Technology": [],
    "True Crime": [],
    "TV & Film": ["After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"],
}
CATEGORY_SEPARATOR = " > "


def apple_category_choices() -> list[tuple[str, str]]:
    """Every category and "Category > Subcategory" pair, as form choices."""
    choices = []
    for category, subcategories in APPLE_CATEGORIES.items():
        choices.append((category, category))
        choices.extend((f"{category}{CATEGORY_SEPARATOR}{sub}",) * 2 for sub in subcategories)
    return choices


def split_category(value: str) -> tuple[str, str | None]:
    """("Business", "Non-Profit") for "Business > Non-Profit"; ("History", None) for "History"."""
    category, _separator, subcategory = value.partition(CATEGORY_SEPARATOR)
    return category, subcategory or None


# podcast:guid namespace (Podcasting 2.0): https://podcastindex.org/namespace/1.0#guid
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


def podcast_guid(feed_url: str) -> str:
    """UUIDv5 of the feed URL without its scheme and trailing slashes (podnews.net/rss → 9b024349-…)."""
    address = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, address))


def new_item_guid() -> str:
    """A fresh, random GUID for an episode (RSS <guid isPermaLink="false">)."""
    return str(uuid.uuid4())


def chapters_document(chapters: Iterable[dict]) -> dict:
    """A Podcasting 2.0 JSON chapters document (version 1.2.0) from dicts of startTime/title/url/img."""
    items = []
    for chapter in sorted(chapters, key=lambda c: c["startTime"]):
        item = {"startTime": round(float(chapter["startTime"]), 3), "title": chapter["title"]}
        for key in ("url", "img"):
            if chapter.get(key):
                item[key] = chapter[key]
        items.append(item)
    return {"version": "1.2.0", "chapters": items}
