"""Errors that kpdata raises for bad input: each says what is wrong, where, and how to fix it."""

from __future__ import annotations

__all__ = ["KpdataError", "NotFoundError", "ValidationFailed"]


class KpdataError(Exception):
    """Base of every error kpdata reports to a user; the CLI prints it and exits non-zero."""

    exit_code = 2


class NotFoundError(KpdataError):
    """A named thing (source, territory, release, file) does not exist."""


class ValidationFailed(KpdataError):
    """Input data failed validation; nothing was written."""

    exit_code = 1
