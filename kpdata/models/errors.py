"""Turn pydantic's validation errors into messages that name the record, field, value and rule."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from kpdata.errors import ValidationFailed
from kpdata.models.base import Record

__all__ = ["RecordError", "describe", "validate_record"]


class RecordError(ValidationFailed):
    """A record failed validation; ``problems`` lists one message per failing field."""

    def __init__(self, where: str, problems: list[str]):
        self.where = where
        self.problems = problems
        super().__init__(f"{where}: " + "; ".join(problems))


def describe(exc: ValidationError, *, record: dict[str, Any]) -> list[str]:
    """One line per error: ``field = value: rule``."""
    lines = []
    for err in exc.errors(include_url=False):
        field = ".".join(str(p) for p in err["loc"]) or "(record)"
        value = record.get(str(err["loc"][0])) if err["loc"] else None
        message = err["msg"].removeprefix("Value error, ")
        lines.append(f"{field} = {value!r}: {message}" if err["loc"] else message)
    return lines


def validate_record(model: type[Record], data: dict[str, Any], *, where: str | None = None) -> Record:
    """Validate ``data`` as ``model``; on failure raise RecordError naming table, id and fields."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        label = where or f"{model.__table__.name}[{data.get(model.__table__.primary_key, '?')}]"
        raise RecordError(label, describe(exc, record=data)) from None
