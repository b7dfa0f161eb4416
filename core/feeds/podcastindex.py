"""feedgen extension for the Podcasting 2.0 namespace (https://podcastindex.org/namespace/1.0)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

from core.feeds.text import xml_safe

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
MEDIUMS = frozenset(
    {"podcast", "music", "video", "film", "audiobook", "newsletter", "blog", "publisher", "course"}
)
CHAPTERS_TYPE = "application/json+chapters"


@dataclass(frozen=True)
class Funding:
    """A podcast:funding link: where listeners can support the show."""

    url: str
    text: str


@dataclass(frozen=True)
class Transcript:
    """A podcast:transcript file of an episode."""

    url: str
    mime_type: str
    language: str = ""
    captions: bool = False


@dataclass(frozen=True)
class Credit:
    """A podcast:person credited on an episode (role and group from the namespace's taxonomy)."""

    name: str
    role: str = "guest"
    group: str = "cast"
    href: str = ""
    img: str = ""


def _text(parent, tag: str, value: object, **attributes: str):
    element = xml_elem(f"{{{PODCAST_NS}}}{tag}", parent)
    element.text = xml_safe(value) or None
    for name, attribute in attributes.items():
        if attribute:
            element.set(name, xml_safe(attribute))
    return element


class PodcastIndexExtension(BaseExtension):
    """Channel tags: podcast:guid, podcast:locked, podcast:medium, podcast:funding."""

    def __init__(self):
        self._guid: str | None = None
        self._locked: tuple[bool, str] | None = None
        self._medium: str | None = None
        self._funding: list[Funding] = []

    def extend_ns(self):
        return {"podcast": PODCAST_NS}

    def extend_rss(self, feed):
        channel = feed[0]
        if self._guid:
            _text(channel, "guid", self._guid)
        if self._locked is not None:
            locked, owner = self._locked
            _text(channel, "locked", "yes" if locked else "no", owner=owner)
        if self._medium:
            _text(channel, "medium", self._medium)
        for funding in self._funding:
            _text(channel, "funding", funding.text, url=funding.url)
        return feed

    def extend_atom(self, feed):
        return feed

    def podcast_guid(self, guid: str) -> None:
        self._guid = str(uuid.UUID(str(guid)))

    def podcast_locked(self, locked: bool, owner: str = "") -> None:
        self._locked = (bool(locked), owner)

    def podcast_medium(self, medium: str) -> None:
        if medium not in MEDIUMS:
            raise ValueError(f"Unknown podcast:medium {medium!r}")
        self._medium = medium

    def podcast_funding(self, funding: Funding) -> None:
        self._funding.append(funding)


class PodcastIndexEntryExtension(BaseEntryExtension):
    """Item tags: podcast:transcript, podcast:chapters, podcast:person, podcast:season, podcast:episode."""

    def __init__(self):
        self._transcripts: list[Transcript] = []
        self._chapters: str | None = None
        self._people: list[Credit] = []
        self._season: tuple[int, str] | None = None
        self._episode: tuple[int | float, str] | None = None

    def extend_ns(self):
        return {"podcast": PODCAST_NS}

    def extend_rss(self, item):
        for transcript in self._transcripts:
            _text(
                item,
                "transcript",
                "",
                url=transcript.url,
                type=transcript.mime_type,
                language=transcript.language,
                rel="captions" if transcript.captions else "",
            )
        if self._chapters:
            _text(item, "chapters", "", url=self._chapters, type=CHAPTERS_TYPE)
        for person in self._people:
            _text(
                item,
                "person",
                person.name,
                role=person.role,
                group=person.group,
                href=person.href,
                img=person.img,
            )
        if self._season is not None:
            number, name = self._season
            _text(item, "season", number, name=name)
        if self._episode is not None:
            number, display = self._episode
            _text(item, "episode", number, display=display)
        return item

    def extend_atom(self, entry):
        return entry

    def podcast_transcript(self, transcript: Transcript) -> None:
        self._transcripts.append(transcript)

    def podcast_chapters(self, url: str) -> None:
        self._chapters = url

    def podcast_person(self, person: Credit) -> None:
        self._people.append(person)

    def podcast_season(self, number: int, name: str = "") -> None:
        self._season = (int(number), name)

    def podcast_episode(self, number: int | float, display: str = "") -> None:
        self._episode = (number, display)
