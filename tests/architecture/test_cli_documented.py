"""Every command is documented: a help text with an example, and a mention in the README."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kpdata.cli import build_parser, command_modules

README = Path(__file__).resolve().parents[2] / "README.md"


def commands() -> list[str]:
    return [module.COMMAND for module in command_modules()]


def test_every_command_the_readme_names_exists():
    named = set(re.findall(r"(?:^|\s|`)kpdata ([a-z]+)\b", README.read_text(encoding="utf-8")))
    assert named, "the README names no command"
    assert named <= set(commands()), f"README names commands that do not exist: {named - set(commands())}"


@pytest.mark.parametrize("command", commands())
def test_command_help_has_an_example(command):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    text = sub.choices[command].format_help()
    assert "Example" in text and f"kpdata {command}" in text, f"`kpdata {command} --help` lacks an example"


@pytest.mark.parametrize("command", commands())
def test_command_is_in_the_readme(command):
    assert f"kpdata {command}" in README.read_text(encoding="utf-8"), (
        f"README does not mention kpdata {command}"
    )


def test_python_m_kpdata_runs():
    result = subprocess.run([sys.executable, "-m", "kpdata", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("kpdata ")
