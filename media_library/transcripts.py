"""Reading WebVTT and SRT transcripts into cues, and writing cues back as WebVTT."""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass

from django.utils.translation import gettext as _

MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024

_VTT_TIME = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_SRT_TIME = r"(\d{1,}):([0-5]\d):([0-5]\d)[,.](\d{1,3})"
VTT_TIMING = re.compile(rf"^{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?$")
SRT_TIMING = re.compile(rf"^{_SRT_TIME}[ \t]*-->[ \t]*{_SRT_TIME}(?:[ \t].*)?$")
VOICE = re.compile(r"^<v(?:\.[^\s>]*)?[ \t]+([^>]+)>")
TAG = re.compile(r"<[^>]*>")


class TranscriptProblem(ValueError):
    """The transcript cannot be read; the message (with a line number) is for editors."""


@dataclass(frozen=True)
class Cue:
    """One timed piece of text: start and end in seconds, the words, and who speaks them."""

    start: float
    end: float
    text: str
    speaker: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def clock(self) -> str:
        return format_clock(self.start)


def _seconds(hours: str | None, minutes: str, seconds: str, fraction: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(fraction.ljust(3, "0")) / 1000


def decode_transcript(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is allowed); anything else is refused with advice."""
    if len(data) > MAX_TRANSCRIPT_BYTES:
        raise TranscriptProblem(_("The transcript is larger than 5 MB."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TranscriptProblem(
            _(
                "The transcript is not UTF-8 text. Save it again as UTF-8 (in most editors: “Save as” → encoding)."
            )
        ) from error
    return text.replace("\r\n", "\n").replace("\r", "\n")


def detect_format(text: str) -> str:
    """ "vtt" when the text starts with the WEBVTT signature, otherwise "srt"."""
    first_line = text.split("\n", 1)[0]
    return "vtt" if re.match(r"^WEBVTT(?:[ \t].*)?$", first_line) else "srt"


def plain_text(payload: str) -> tuple[str, str]:
    """(text without markup, speaker from a <v> voice tag) of a cue's payload."""
    match = VOICE.match(payload)
    speaker = html.unescape(match.group(1).strip()) if match else ""
    text = html.unescape(TAG.sub("", payload))
    return " ".join(text.split()), speaker


def parse_webvtt(text: str) -> list[Cue]:
    """The cues of a WebVTT file; raises TranscriptProblem naming the first bad line."""
    lines = text.split("\n")
    if detect_format(text) != "vtt":
        raise TranscriptProblem(_("A WebVTT file must start with the line “WEBVTT”."))
    cues: list[Cue] = []
    index = 1
    while index < len(lines) and lines[index].strip():
        index += 1  # header lines after the signature
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        block_start = index
        block = []
        while index < len(lines) and lines[index].strip():
            block.append(lines[index])
            index += 1
        if re.match(r"^(NOTE|STYLE|REGION)(?:[ \t]|$)", block[0]):
            continue
        timing_at = 1 if "-->" not in block[0] and len(block) > 1 and "-->" in block[1] else 0
        match = VTT_TIMING.match(block[timing_at].strip())
        if not match:
            raise TranscriptProblem(
                _("Line %(line)d: expected a cue timing such as “00:01.000 --> 00:04.000”.")
                % {"line": block_start + timing_at + 1}
            )
        cues.append(_cue(match, block[timing_at + 1 :], block_start + timing_at + 1, cues))
    return _checked(cues)


def parse_srt(text: str) -> list[Cue]:
    """The cues of a SubRip (.srt) file; raises TranscriptProblem naming the first bad line."""
    lines = text.split("\n")
    cues: list[Cue] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        block_start = index
        block = []
        while index < len(lines) and lines[index].strip():
            block.append(lines[index])
            index += 1
        timing_at = 1 if block[0].strip().isdigit() and len(block) > 1 else 0
        match = SRT_TIMING.match(block[timing_at].strip())
        if not match:
            raise TranscriptProblem(
                _(
                    "Line %(line)d: expected a cue number and a timing such as “00:00:01,000 --> 00:00:04,000”."
                )
                % {"line": block_start + timing_at + 1}
            )
        cues.append(_cue(match, block[timing_at + 1 :], block_start + timing_at + 1, cues))
    return _checked(cues)


def _cue(match: re.Match, payload_lines: list[str], line: int, previous: list[Cue]) -> Cue:
    groups = match.groups()
    start, end = _seconds(*groups[:4]), _seconds(*groups[4:8])
    if end <= start:
        raise TranscriptProblem(_("Line %(line)d: the cue ends before it starts.") % {"line": line})
    if previous and start < previous[-1].start:
        raise TranscriptProblem(
            _("Line %(line)d: cues must be in time order; this one starts before the previous one.")
            % {"line": line}
        )
    text, speaker = plain_text("\n".join(payload_lines))
    return Cue(start=round(start, 3), end=round(end, 3), text=text, speaker=speaker)


def _checked(cues: list[Cue]) -> list[Cue]:
    if not cues:
        raise TranscriptProblem(_("The transcript contains no cues."))
    return cues


def parse_transcript(data: bytes) -> tuple[str, str, list[Cue]]:
    """(source format "vtt"/"srt", decoded text, cues) of an uploaded transcript."""
    text = decode_transcript(data)
    source_format = detect_format(text)
    cues = parse_webvtt(text) if source_format == "vtt" else parse_srt(text)
    return source_format, text, cues


def format_timestamp(seconds: float, *, always_hours: bool = True) -> str:
    """WebVTT timestamp: 01:02:03.450 (or 02:03.450 without hours)."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    if hours or always_hours:
        return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"
    return f"{minutes:02d}:{secs:02d}.{millis:03d}"


def format_clock(seconds: float) -> str:
    """A reader's clock: 4:05 or 1:02:03."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def to_webvtt(cues: list[Cue]) -> str:
    """A WebVTT document for the cues; text is escaped and the speaker kept as a voice tag."""
    blocks = ["WEBVTT"]
    for cue in cues:
        payload = html.escape(cue.text, quote=False)
        if cue.speaker:
            payload = f"<v {html.escape(cue.speaker, quote=False)}>{payload}"
        blocks.append(f"{format_timestamp(cue.start)} --> {format_timestamp(cue.end)}\n{payload}")
    return "\n\n".join(blocks) + "\n"
