"""The peers' Arabic example corpora, scored with the settings their users already have.

    python benchmarks/peers.py            # from the project root; needs ../shared/peers/

Duckling's corpus is future-oriented with Monday weeks (``--week-start 0 --prefer future``),
Recognizers-Text's is scored with Saturday weeks; both with ``--lenient-vague`` (a range
flagged vague that holds the peer's single day counts).  Our conventions do not bend to
them: these are the settings a user of the other convention passes.  Prints one line per
corpus (resolved share) and the exact command behind it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "peers"
RUNS = [
    ("duckling_ar.jsonl", ["--week-start", "0", "--prefer", "future", "--lenient-vague"]),
    ("recognizers_ar_checked.jsonl", ["--lenient-vague"]),
]


def main() -> int:
    if not (PEERS / "score.py").exists():
        print(f"no peers' corpora at {PEERS}", file=sys.stderr)
        return 2
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for name, flags in RUNS:
        cmd = [sys.executable, str(PEERS / "score.py"), "--system", "timeline", *flags, str(PEERS / name)]
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout
        line = next(l for l in out.splitlines() if l.strip().startswith(str(PEERS / name)) or "resolve_acc" in l)
        acc = json.loads(line[line.index("{"):])
        print(f"{name:32s} resolved {acc['resolve_acc']:.1%} of {acc['resolve_n']}   "
              f"({' '.join(['score.py --system timeline', *flags, name])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
