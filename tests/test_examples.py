"""Every script in examples/ runs, in a fresh working folder, and makes what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))

#: Files a script must leave in its working folder, and text its output must contain.
EXPECTED_FILES = {
    "seed_timeline.py": ["seed_timeline.png", "seed_timeline.json"],
    "custom_chart.py": ["custom_chart.png"],
}
EXPECTED_OUTPUT = {
    "seed_timeline.py": ["Articles (5)", "Events (", "wrote seed_timeline.png"],
    "resolve_expressions.py": ["2018-02-12", "PAST_REF", "2018-W06", "2018-02-10?/2018-02-12?"],
    "custom_chart.py": ["wrote custom_chart.png"],
}


def test_there_are_examples():
    names = {p.name for p in EXAMPLES}
    assert {"seed_timeline.py", "resolve_expressions.py", "custom_chart.py"} <= names


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(script, tmp_path):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["MPLBACKEND"] = "Agg"
    env["PYTHONIOENCODING"] = "utf-8"
    p = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, timeout=900)
    stdout = p.stdout.decode("utf-8", "replace")
    assert p.returncode == 0, f"{script.name} exited {p.returncode}\n{stdout[-2000:]}\n{p.stderr.decode()[-3000:]}"
    for name in EXPECTED_FILES.get(script.name, []):
        f = tmp_path / name
        assert f.is_file() and f.stat().st_size > 0, f"{script.name} did not write {name}"
        if name.endswith(".png"):
            assert f.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for text in EXPECTED_OUTPUT.get(script.name, []):
        assert text in stdout, f"{script.name}: {text!r} not in its output"
