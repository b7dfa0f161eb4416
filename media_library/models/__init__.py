"""Media models: images, audio/video assets and transcripts, and the Radio/TV page types."""

from media_library.models.episodes import EpisodeChapter, EpisodePage, EpisodePageQuerySet, EpisodeType
from media_library.models.images import CustomImage, CustomRendition
from media_library.models.media import MediaAsset, MediaTranscript
from media_library.models.shows import Medium, ShowIndexPage, ShowPage, ShowType

__all__ = [
    "CustomImage",
    "CustomRendition",
    "EpisodeChapter",
    "EpisodePage",
    "EpisodePageQuerySet",
    "EpisodeType",
    "MediaAsset",
    "MediaTranscript",
    "Medium",
    "ShowIndexPage",
    "ShowPage",
    "ShowType",
]
