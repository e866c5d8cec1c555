"""Fixtures of the release tests: the invented sources of tests/build/fixtures, copied to a tmp folder."""

from build_fixtures import inputs, options, sample

__all__ = ["inputs", "options", "sample"]
