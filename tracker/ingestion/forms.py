"""Forms of the "Add news" page."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tracker.directives.models import Language
from tracker.ingestion.readers import FORMATS

LANG_CHOICES = [("", _("Detect")), *Language.choices]
FORMAT_LABELS = {
    "auto": _("Recognise from the content"),
    "dump": _("News-list dump (DD.MM.YYYY, HH:MM lines)"),
    "jsonl": _("JSON Lines"),
    "text": _("One plain-text article"),
    "rss": _("RSS or Atom feed file"),
}


class PasteForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=500, required=False)
    published = forms.DateField(
        label=_("Publication date"), initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    lang = forms.ChoiceField(label=_("Language"), choices=LANG_CHOICES, required=False)
    url = forms.URLField(
        label=_("Link to the article"), max_length=1000, required=False, assume_scheme="https"
    )
    source_name = forms.CharField(label=_("Source"), max_length=200, required=False)
    text = forms.CharField(
        label=_("Text"), max_length=1_000_000, strip=True,
        widget=forms.Textarea(attrs={"rows": 14}),
    )


class UploadForm(forms.Form):
    file = forms.FileField(label=_("File"), allow_empty_file=True)
    format = forms.ChoiceField(
        label=_("Format"), choices=[(f, FORMAT_LABELS[f]) for f in FORMATS], initial="auto"
    )
    published = forms.DateField(
        label=_("Publication date"), required=False,
        help_text=_("Needed for a plain-text article."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    lang = forms.ChoiceField(label=_("Language"), choices=LANG_CHOICES, required=False)
    source_name = forms.CharField(label=_("Source"), max_length=200, required=False)
