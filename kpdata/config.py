"""Source configuration: ``datasets/sources/<id>/source.yml`` validated into a :class:`SourceConfig`.

A source says what to harvest for one KPSS process: the territory (ČSÚ code), the lead body, the start
URLs, the scope (hosts and path prefixes), crawl limits, which document types to record, the
expectations the build checks, and pages imported by hand (snapshots)::

    >>> from kpdata.config import load_source
    >>> load_source("opava").territory            # doctest: +SKIP
    '505927'

A bad file gives a :class:`SourceConfigError` naming the file, the field and the problem.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from kpdata.errors import KpdataError, NotFoundError
from kpdata.models.validators import HttpUrl, Ico, Slug, check_csu_code

__all__ = [
    "DEFAULT_DOCUMENT_TYPES",
    "Expectation",
    "Expectations",
    "Scope",
    "SnapshotEntry",
    "SourceConfig",
    "SourceConfigError",
    "list_sources",
    "load_source",
    "parse_source",
    "source_ids",
    "url_in_scope",
]

SOURCE_FILE = "source.yml"
DEFAULT_DOCUMENT_TYPES = ("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "rtf")
_EXPECTATION_KEY = re.compile(r"(min|max)_[a-z][a-z0-9_]*|has_[a-z][a-z0-9_]*")
_HOST = re.compile(r"(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?")


class SourceConfigError(KpdataError):
    """A ``source.yml`` is missing a field, has a wrong value, or is not YAML."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Scope(_Strict):
    """Where the crawler may go: hosts (``*.example.cz`` for subdomains) and path prefixes (empty = all)."""

    hosts: list[str] = Field(default_factory=list)
    path_prefixes: list[str] = Field(default_factory=list)

    @field_validator("hosts")
    @classmethod
    def _hosts(cls, hosts: list[str]) -> list[str]:
        for host in hosts:
            if not _HOST.fullmatch(host):
                raise ValueError(f"{host!r} is not a lowercase host name (like 'www.opava-city.cz')")
        return hosts

    @field_validator("path_prefixes")
    @classmethod
    def _prefixes(cls, prefixes: list[str]) -> list[str]:
        for prefix in prefixes:
            if not prefix.startswith("/"):
                raise ValueError(f"path prefix {prefix!r} must start with '/'")
        return prefixes


class Expectation(_Strict):
    """One assertion about the build's summary of a source: ``min_<n>``, ``max_<n>`` or ``has_<flag>``.

    Written in YAML as a one-key mapping, e.g. ``{min_working_groups: 3}`` or ``{has_current_plan: true}``.
    """

    key: str
    value: int | bool

    @model_validator(mode="before")
    @classmethod
    def _from_mapping(cls, data):
        if isinstance(data, dict) and set(data) != {"key", "value"}:
            if len(data) != 1:
                raise ValueError(
                    f"an expectation is a one-key mapping like {{min_working_groups: 3}}: {data}"
                )
            ((key, value),) = data.items()
            data = {"key": key, "value": value}
        if isinstance(data, dict) and not isinstance(data.get("value"), int):
            key, value = data.get("key"), data.get("value")
            raise ValueError(f"expectation {key!r} takes a whole number or true/false, got {value!r}")
        return data

    @model_validator(mode="after")
    def _shape(self) -> Expectation:
        if not _EXPECTATION_KEY.fullmatch(self.key):
            raise ValueError(f"expectation {self.key!r} must be named min_<count>, max_<count> or has_<flag>")
        is_flag = self.key.startswith("has_")
        if is_flag != isinstance(self.value, bool):
            kind = "true or false" if is_flag else "a whole number"
            raise ValueError(f"expectation {self.key!r} takes {kind}, got {self.value!r}")
        return self

    @property
    def metric(self) -> str:
        """The summary key this expectation reads (``working_groups`` for ``min_working_groups``)."""
        return self.key if self.key.startswith("has_") else self.key[4:]

    def check(self, summary: dict[str, int | bool]) -> list[str]:
        """Failure messages (empty when the summary satisfies this expectation)."""
        if self.metric not in summary:
            return [f"{self.key}: the summary has no {self.metric!r} (known: {', '.join(sorted(summary))})"]
        actual = summary[self.metric]
        failed = {
            "min": lambda: actual < self.value,
            "max": lambda: actual > self.value,
            "has": lambda: bool(actual) != self.value,
        }[self.key[:3]]()
        return [f"{self.key}: expected {self.value}, found {actual}"] if failed else []


class Expectations(RootModel[list[Expectation]]):
    """The list of a source's expectations; :meth:`check` returns every failure message."""

    model_config = ConfigDict(frozen=True)

    def __iter__(self):
        return iter(self.root)

    def __len__(self) -> int:
        return len(self.root)

    def check(self, summary: dict[str, int | bool]) -> list[str]:
        return [message for item in self.root for message in item.check(summary)]


class SnapshotEntry(_Strict):
    """A page saved by hand: ``file`` (relative to the source folder, or ``shared:<path>`` for a file in
    the shared data folder beside the checkout) and the ``url`` it was saved from (default: the source's
    first start URL)."""

    file: str
    url: HttpUrl | None = None


class SourceConfig(_Strict):
    """One source: ``datasets/sources/<id>/source.yml``."""

    # fields are validated in this order: checks that read another field come after it
    id: Slug
    title: str = Field(min_length=1)
    territory_kind: Literal["obec", "orp", "okres", "kraj", "mestska_cast"]
    territory: str
    level: Literal["obec", "orp", "kraj", "mestska_cast", "dso", "mas", "other"]
    lead_body: str = Field(min_length=1)
    lead_body_ico: Ico | None = None
    scope: Scope = Field(default_factory=Scope)
    start_urls: list[HttpUrl] = Field(min_length=1)
    max_depth: int = Field(3, ge=0, le=20)
    max_pages: int = Field(200, ge=1, le=100_000)
    document_types: list[Annotated[str, Field(pattern=r"^[a-z0-9]{1,8}$")]] = Field(
        default_factory=lambda: list(DEFAULT_DOCUMENT_TYPES)
    )
    delay_seconds: float = Field(2.0, ge=0, le=600)
    expectations: Expectations = Field(default_factory=lambda: Expectations([]))
    snapshots: list[SnapshotEntry] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("territory", mode="before")
    @classmethod
    def _territory_text(cls, value):
        return str(value) if isinstance(value, int) else value

    @field_validator("territory")
    @classmethod
    def _territory_code(cls, value: str, info: ValidationInfo) -> str:
        kind = info.data.get("territory_kind")
        return check_csu_code(kind, value) if kind else value

    @field_validator("start_urls")
    @classmethod
    def _start_in_scope(cls, urls: list[str], info: ValidationInfo) -> list[str]:
        scope = info.data.get("scope") or Scope()
        hosts = scope.hosts or sorted({urlsplit(u).netloc.lower() for u in urls})
        for url in urls:
            if not url_in_scope(url, hosts=hosts, path_prefixes=scope.path_prefixes):
                raise ValueError(
                    f"start URL {url} is outside the scope (hosts {hosts}, {scope.path_prefixes})"
                )
        return urls

    def allowed_hosts(self) -> list[str]:
        """The scope's hosts, or the hosts of the start URLs when the scope names none."""
        return self.scope.hosts or sorted({urlsplit(u).netloc.lower() for u in self.start_urls})

    def in_scope(self, url: str) -> bool:
        """True when ``url`` is on an allowed host and under an allowed path prefix."""
        return url_in_scope(url, hosts=self.allowed_hosts(), path_prefixes=self.scope.path_prefixes)


def url_in_scope(url: str, *, hosts, path_prefixes) -> bool:
    """True when ``url``'s host matches one of ``hosts`` (``*.x.cz`` for subdomains) and its path starts
    with one of ``path_prefixes`` (any path when there are none)."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    if not any(_host_matches(pattern, host) for pattern in hosts):
        return False
    return not path_prefixes or any((parts.path or "/").startswith(p) for p in path_prefixes)


def _host_matches(pattern: str, host: str) -> bool:
    if pattern.startswith("*."):
        return host == pattern[2:] or host.endswith(pattern[1:])
    return host == pattern


def parse_source(text: str, *, path: Path, expected_id: str | None = None) -> SourceConfig:
    """Validate the YAML text of a source file; errors name ``path``, the field and the problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourceConfigError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise SourceConfigError(f"{path}: expected a mapping of fields, got {type(data).__name__}")
    try:
        config = SourceConfig.model_validate(data)
    except ValidationError as exc:
        raise SourceConfigError(_describe(path, exc)) from None
    if expected_id is not None and config.id != expected_id:
        raise SourceConfigError(
            f"{path}: field 'id': {config.id!r} must equal the folder name {expected_id!r}"
        )
    return config


def _describe(path: Path, exc: ValidationError) -> str:
    lines = [f"{path}: {exc.error_count()} problem(s):"]
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"]) or "(file)"
        message = error["msg"].removeprefix("Value error, ")
        lines.append(f"  field '{field}': {message}")
    return "\n".join(lines)


def _root(root: Path | str | None) -> Path:
    if root is not None:
        return Path(root)
    from kpdata.paths import sources_dir

    return sources_dir()


def source_ids(*, root: Path | str | None = None) -> list[str]:
    """Ids of every source folder that holds a ``source.yml``, sorted."""
    base = _root(root)
    if not base.is_dir():
        return []
    return sorted(p.parent.name for p in base.glob(f"*/{SOURCE_FILE}"))


def load_source(source_id: str, *, root: Path | str | None = None) -> SourceConfig:
    """Load and validate ``<root>/<source_id>/source.yml`` (root: ``kpdata.paths.sources_dir()``)."""
    path = _root(root) / source_id / SOURCE_FILE
    if not path.is_file():
        known = ", ".join(source_ids(root=root)) or "none"
        raise NotFoundError(f"no source {source_id!r}: {path} does not exist (known sources: {known})")
    return parse_source(path.read_text(encoding="utf-8"), path=path, expected_id=source_id)


def list_sources(*, root: Path | str | None = None) -> list[SourceConfig]:
    """Every source under ``root``, loaded and validated, sorted by id."""
    return [load_source(source_id, root=root) for source_id in source_ids(root=root)]
