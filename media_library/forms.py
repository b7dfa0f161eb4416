"""Admin forms: media uploads checked by content (wagtailmedia's base form) and transcript uploads."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.images.widgets import AdminImageChooser
from wagtailmedia.forms import BaseMediaForm

from media_library.formats import MediaProblem
from media_library.services import (
    apply_media_facts,
    inspect_media_file,
    max_upload_bytes,
    prepare_transcript,
    save_transcript,
)
from media_library.transcripts import TranscriptProblem


class MediaAssetForm(BaseMediaForm):
    """wagtailmedia's add/edit/chooser-upload form (WAGTAILMEDIA["MEDIA_FORM_BASE"]).

    The file is identified and measured before anything is stored, so a refused upload leaves no file behind.
    """

    class Meta(BaseMediaForm.Meta):
        widgets = {**BaseMediaForm.Meta.widgets, "poster": AdminImageChooser}

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            try:
                facts = inspect_media_file(file=file, filename=file.name, max_bytes=max_upload_bytes())
            except MediaProblem as problem:
                raise ValidationError(str(problem), code="invalid_media") from problem
            apply_media_facts(asset=self.instance, facts=facts)
        return file


class TranscriptForm(WagtailAdminModelForm):
    """Adds or replaces a transcript; SRT is converted to WebVTT for the player."""

    upload = forms.FileField(
        label=_("Transcript file"),
        required=False,
        help_text=_(
            "A WebVTT (.vtt) or SubRip (.srt) file saved as UTF-8. Leave empty to keep the current file."
        ),
        widget=forms.FileInput(attrs={"accept": ".vtt,.srt,text/vtt"}),
    )

    prepared = None

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload is None:
            if not self.instance.pk:
                raise ValidationError(_("Choose a transcript file to upload."), code="required")
            return None
        try:
            self.prepared = prepare_transcript(data=upload.read(), filename=upload.name)
        except TranscriptProblem as problem:
            raise ValidationError(str(problem), code="invalid_transcript") from problem
        return upload

    def save(self, commit=True):
        transcript = super().save(commit=False)
        if not commit:
            return transcript
        transcript = save_transcript(transcript=transcript, prepared=self.prepared)
        self.save_m2m()
        return transcript
