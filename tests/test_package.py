"""The installed distribution: its name, version, dependencies and command."""

from __future__ import annotations

import re
from importlib import metadata

import pytest

import quotekit
from quotekit.cli import main

DISTRIBUTION = "quotekit-ar"


@pytest.fixture(scope="module")
def dist() -> metadata.Distribution:
    try:
        return metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pytest.skip(f"{DISTRIBUTION} is not installed (tests run from a bare source tree)")


def test_the_version_is_the_distributions(dist: metadata.Distribution) -> None:
    assert quotekit.__version__ == dist.version


def test_the_runtime_dependencies_are_regex_pyarabic_attrs(dist: metadata.Distribution) -> None:
    runtime = [r for r in dist.requires or () if "extra ==" not in r]
    names = sorted(re.split(r"[^A-Za-z0-9_.-]", r, maxsplit=1)[0].lower() for r in runtime)
    assert names == ["attrs", "pyarabic", "regex"]


def test_the_engines_are_optional_extras(dist: metadata.Distribution) -> None:
    extras = set(dist.metadata.get_all("Provides-Extra") or ())
    assert {"dask", "spark"} <= extras


def test_the_distribution_installs_the_quotekit_command(dist: metadata.Distribution) -> None:
    scripts = {e.name: e.value for e in dist.entry_points if e.group == "console_scripts"}
    assert scripts == {"quotekit": "quotekit.cli:main"}


def test_version_option_names_the_version(
    dist: metadata.Distribution, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"quotekit {dist.version}\n"
