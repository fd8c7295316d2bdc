"""The README and `--help` stay in step with the command line."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from dateline.cli import app

from .conftest import ROOT

COMMANDS = ["extract", "clean", "dates", "schema"]


def test_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[: readme.index("\n## ", readme.index("make test"))]
    assert "make run" in head and "make test" in head


def test_every_command_has_help_ending_with_examples_and_exit_codes() -> None:
    runner = CliRunner()
    for command in COMMANDS:
        result = runner.invoke(app, [command, "-h"])
        assert result.exit_code == 0, command
        examples = result.stdout.split("Examples:")[1].split("Exit codes:")[0]
        assert sum(line.strip().startswith("dateline ") or "| dateline" in line for line in examples.splitlines()) >= 2
        assert "\n    0  " in result.stdout.split("Exit codes:")[1], command


def test_readme_mentions_every_option_of_extract() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    help_text = CliRunner().invoke(app, ["extract", "--help"], terminal_width=200).stdout
    options = set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}
    missing = sorted(o for o in options if o not in readme)
    assert not missing, f"README does not document {missing}"


def test_make_targets_named_in_readme_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make (\w+)`", readme)):
        assert re.search(rf"^{target}:", makefile, re.M), target
