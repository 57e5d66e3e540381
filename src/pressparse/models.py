"""The output contract: pydantic models of one pressparse record.

Takes nothing, gives the classes. ``Release`` is the record of one document;
``Release.model_dump(mode="json")`` is the JSON that the CLI prints; ``ErrorRecord`` is
the record of an input that failed; ``record_schema()`` (what ``pressparse schema``
prints) describes both.

Every extracted item carries ``span: [start, end]``: character offsets into the
decoded input such that ``input[start:end]`` is the item as printed (equal up to
white space where a field joins wrapped lines, e.g. a two-line headline).
``../shared/eval/GUIDELINES.md`` defines what each field means.

Importing this module must stay cheap: no spaCy, no dateparser.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from pressparse.textspan import Span

# one record as JSON data: a ``Release`` or ``ErrorRecord`` dumped (``model_dump(mode="json")``)
Record = dict[str, Any]

SCHEMA_VERSION = "1.0"  # the record schema: bump on any change of a field (also in every record's provenance)
SCHEMA_ID = f"urn:pressparse:schema:record:{SCHEMA_VERSION}"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Model):
    """Where the document came from and how it was decoded."""

    path: str | None = Field(None, description="the input path as given; null for text passed in memory")
    sha256: str = Field(description="SHA-256 of the input bytes")
    bytes: int = Field(description="size of the input in bytes")
    encoding: str = Field(
        description="encoding used to decode the bytes: utf-8, utf-8-sig, utf-16, cp1252, latin-1, "
        "or a legacy encoding detected (cp1251, shift_jis, gb2312, ...)"
    )
    confidence: float | None = Field(
        None, description="how sure the detection of a legacy encoding is, 0 to 1; null when not guessed"
    )
    format: str = Field("text", description='"text", or "html": spans index the text read from the page')
    text_sha256: str | None = Field(
        None, description="SHA-256 of the text the spans index (UTF-8), when it is not the input bytes"
    )
    meta: dict[str, str] | None = Field(
        None, description="the page's own metadata (title, og:title, published_time): cues, not fields"
    )


class Wrapper(_Model):
    """The blog or web site around the release, when there is one."""

    platform: str | None = Field(None, description="blogger, wordpress, typepad, tumblr, website, or null")
    posted: str | None = Field(None, description="the blog post's date (ISO), never the release date")
    span: Span | None = Field(None, description="span of the post date as printed")


class ReleaseInfo(_Model):
    """The release's own header: when, what kind, from whom."""

    date: str | None = Field(None, description="release date, ISO YYYY-MM-DD")
    time: str | None = Field(None, description="release time, HH:MM:SS")
    timezone: str | None = Field(None, description="time zone as printed (EDT, ET, GMT)")
    datetime: str | None = Field(None, description="ISO date-time with UTC offset when the zone is known")
    type: str | None = Field(None, description='"immediate", "embargoed until ...", "media advisory", ...')
    issuer: str | None = Field(None, description="the issuing office as printed")
    date_span: Span | None = None
    type_span: Span | None = None
    issuer_span: Span | None = None


class Dateline(_Model):
    """The place (and date) that opens the body."""

    location: str = Field(description="the place as printed, without date, wire name or dash")
    date: str | None = Field(None, description="the dateline's date, ISO, when it carries one")
    span: Span


class Contact(_Model):
    """One media contact person or desk."""

    name: str | None = None
    title: str | None = None
    organization: str | None = None
    phones: list[str] = Field(default_factory=list, description="every phone as printed")
    e164: list[str | None] = Field(
        default_factory=list,
        description="each phone in E.164 ('+3222991382'), in the order of phones; null where the printed "
        "number does not give its country or is not a valid number",
    )
    emails: list[str] = Field(default_factory=list)
    span: Span


class Speaker(_Model):
    """Who a quote is attributed to, resolved to the fullest name the release uses."""

    name: str
    title: str | None = None
    mention: str = Field(description='the attribution as printed ("Secretary Napolitano", "she")')
    span: Span = Field(description="span of the mention")


class Quote(_Model):
    """One direct quotation."""

    text: str = Field(description="the quoted words, without the outer marks")
    span: Span = Field(description="span of the quoted words, without the outer marks")
    speaker: Speaker | None = None
    cue: str | None = Field(None, description='the attribution verb or cue ("said", "according to", "—")')


class Person(_Model):
    """One person the release names, by their fullest name."""

    name: str
    title: str | None = None
    span: Span = Field(description="span of the fullest mention")
    mentions: list[Span] = Field(default_factory=list)


class Program(_Model):
    """A named program, initiative, operation, law, declaration, report, ..."""

    name: str
    kind: str
    span: Span
    mentions: list[Span] = Field(default_factory=list)


class Acronym(_Model):
    """An acronym the release defines, with its expansion."""

    acronym: str
    expansion: str
    span: Span = Field(description="span of the whole definition, expansion and acronym")
    mentions: list[Span] = Field(default_factory=list, description="later bare uses of the acronym")


class Organization(_Model):
    """An agency, office or company the release names."""

    name: str
    acronym: str | None = None
    span: Span
    mentions: list[Span] = Field(default_factory=list)


class Figure(_Model):
    """A number that measures an amount."""

    text: str = Field(description="as printed, with its qualifier, without the counted noun")
    span: Span
    value: float
    max: float | None = Field(None, description="upper bound of a range")
    unit: str | None = Field(
        None, description="ISO 4217 code, percent, unit symbol, time unit, or null for a count"
    )
    qualifier: str | None = None
    kind: str = Field(description="money, percent, measure, duration, count")
    counted: str | None = Field(None, description="what a count counts")
    normalized: float | None = Field(None, description="value in the SI base unit where one exists")
    normalized_unit: str | None = None
    same_as: int | None = Field(
        None, description="index of the figure this one restates (a paired conversion)"
    )


class DateMention(_Model):
    """A calendar date the release mentions."""

    text: str
    span: Span
    value: str = Field(description="ISO at the precision printed: YYYY-MM-DD, YYYY-MM or YYYY")
    granularity: str = Field(description="day, month or year")


class Provenance(_Model):
    """What made the record: the pressparse version, the mode and model, the schema version."""

    pressparse: str = Field(description="pressparse version")
    mode: str = Field(description='"model" (spaCy pipeline and rules) or "rules" (rules only)')
    model: str | None = Field(None, description="the spaCy pipeline's name, e.g. en_core_web_sm")
    model_version: str | None = Field(None, description="the spaCy pipeline's version")
    schema_version: str = Field(description="version of this record schema")


class ErrorInfo(_Model):
    """What went wrong with one input."""

    type: str = Field(
        description="the kind of failure: FileNotFoundError, PermissionError, IsADirectoryError, NotAFile, "
        "LinkOutsideTree, InputTooLarge, UnsupportedFormat, UnsupportedArchive, DocumentTimeout, "
        "WorkerDied, InvalidRecord, or the name of an unexpected exception"
    )
    message: str = Field(description="the input's path and what went wrong, for a person to read")


class Release(_Model):
    """One pressparse record: the structured reading of one document."""

    source: Source
    wrapper: Wrapper = Field(default_factory=Wrapper)
    headline: str | None = None
    release: ReleaseInfo = Field(default_factory=ReleaseInfo)
    dateline: Dateline | None = None
    contacts: list[Contact] = Field(default_factory=list)
    body: str = ""
    about: str | None = None
    spans: dict[str, Span] = Field(
        default_factory=dict, description="spans of the document-level fields: headline, body, about"
    )
    quotes: list[Quote] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)
    acronyms: list[Acronym] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    provenance: Provenance | None = Field(None, description="what made this record")


class ErrorRecord(_Model):
    """What the CLI writes for an input it could not read or parse."""

    source: dict[str, str | int | None] = Field(description='where the input came from: {"path": ...}')
    error: ErrorInfo


def record_schema() -> dict[str, Any]:
    """The JSON Schema of every record pressparse writes: a ``Release`` or an ``ErrorRecord``."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(Release | ErrorRecord).json_schema(ref_template="#/$defs/{model}")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "version": SCHEMA_VERSION,
        "title": "pressparse record",
        "description": "One record per input: a Release, or an ErrorRecord for an input that failed.",
        "oneOf": schema["anyOf"],
        "$defs": schema["$defs"],
    }
