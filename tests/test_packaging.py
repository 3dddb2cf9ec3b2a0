"""Packaging metadata: the distribution name, one version source, the SPDX license and
its file, extras that match the optional imports, and an sdist manifest that carries
what the tests read (tests/corpus, seeds, examples, benchmarks, docs).

Building the sdist itself and running its tests is a release check (docs/releasing.md), not
part of the suite: it needs the network for the build backend."""

import re
import tomllib
from pathlib import Path

import timeline

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]


def test_distribution_name_and_one_version_source():
    assert PROJECT["name"] == "arabic-timeline"
    assert "version" not in PROJECT and PROJECT["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "timeline.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", timeline.__version__)
    # the version is written once in the package
    hits = [p for p in (ROOT / "timeline").rglob("*.py") if re.search(r"__version__\s*=", p.read_text(encoding="utf-8"))]
    assert [p.name for p in hits] == ["__init__.py"]


def test_spdx_license_and_its_file():
    assert PROJECT["license"] == "MIT" and PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_extras_match_use():
    extras = PROJECT["optional-dependencies"]
    names = {k: {re.split(r"[<>=\[ ]", r)[0] for r in v} for k, v in extras.items()}
    assert names["html"] == {"plotly"} and names["pandas"] == {"pandas"}
    assert names["parquet"] == {"pandas", "pyarrow"} and names["testing"] == {"hypothesis"}
    assert {"pytest", "jsonschema", "edtf", "selenium", "arabic-timeline"} <= names["test"]
    assert "arabic-timeline[pandas,parquet,html,testing]" in extras["test"]
    assert any(d.startswith("matplotlib") for d in PROJECT["dependencies"])  # charts stay core


def test_sdist_manifest_carries_what_the_tests_read():
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    for folder in ("tests", "seeds", "examples", "benchmarks", "docs"):
        assert re.search(rf"^graft {folder}$", manifest, re.M), folder
    assert "LICENSE" in manifest and "CHANGELOG.md" in manifest
    assert "schema/*.json" in PYPROJECT["tool"]["setuptools"]["package-data"]["timeline"]
