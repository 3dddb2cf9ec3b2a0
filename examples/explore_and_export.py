"""Build the seed timeline once, then: an interactive chart to explore in a browser, a
JSON file that reloads exactly, and tables of events and of every source mention.

Run from anywhere:  python examples/explore_and_export.py
Writes into the current folder: seed_timeline.html (needs plotly:
pip install 'arabic-timeline[html]'), seed_timeline.json, seed_events.csv and
seed_sources.csv.
"""

import csv
from pathlib import Path

import timeline
from timeline.render import to_csv

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
tl = timeline.build(timeline.Corpus.from_dir(SEEDS))

# 1. The interactive chart: one offline HTML file (hover a bar for its sources).
try:
    timeline.to_html(tl, "seed_timeline.html", title="ISIS in southern Idlib, February 2018")
    print("wrote seed_timeline.html: open it in a browser")
except ImportError as exc:
    print(f"no HTML chart: {exc}")

# 2. JSON that reloads to the same timeline (with schema_version and a JSON Schema).
Path("seed_timeline.json").write_text(tl.to_json(), encoding="utf-8")
again = timeline.load("seed_timeline.json")
assert again.to_json() == tl.to_json()
print(f"wrote seed_timeline.json and read it back: {len(again)} events, same JSON")

# 3. Tables: one row per event, and one row per mention of an event in an article.
to_csv(tl, "seed_events.csv")
to_csv(tl, "seed_sources.csv", what="sources")
with open("seed_sources.csv", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
shared = [e for e in tl.events if len(e.documents) > 1]
print(f"wrote seed_events.csv ({len(tl.events)} events) and seed_sources.csv ({len(rows)} mentions)")
print(f"{len(shared)} events are reported by more than one article, for example:")
e = shared[0]
print(f"  {e.id} {e.when.edtf} {e.predicate}:")
for r in rows:
    if r["event"] == e.id:
        print(f"    {r['document'][:3]} [{r['span_start']}:{r['span_end']}] {r['value']:<24} {r['text'][:60]}")
