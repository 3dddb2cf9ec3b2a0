"""What the builders of the story sets share (stories/make_stories.py, stories2/make_stories.py):
the record helpers, the checks and the writer.  A builder holds its texts and gold and calls
``main(A, __file__)``."""
import datetime as dt
import json
import os
from collections import Counter, defaultdict


def D(s):
    return dt.date.fromisoformat(s)


def ev(key, phrase, start, how, end=None):
    end = end or (D(start) + dt.timedelta(days=1)).isoformat()
    return {"key": key, "phrase": phrase, "start": start, "end": end, "how": how}


def articles():
    """A list of articles and the ``art`` function that appends one to it."""
    A = []

    def art(story, source, published, published_how, states_date, text, events):
        n = sum(1 for a in A if a["story"] == story) + 1
        A.append({"story": story, "id": f"{story}-{n}", "source": source, "published": published,
                  "published_how": published_how, "states_date": states_date,
                  "text": text.strip(), "events": events})

    return A, art


def validate(A, strict=False, forbidden=()):
    """The checks of the dev builder; ``strict`` adds: at least 2 articles on at least 2 days
    within about a week, no outlet twice in a story, no story already used (``forbidden``)."""
    ids = Counter(a["id"] for a in A)
    assert all(v == 1 for v in ids.values())
    bad = []
    keys = defaultdict(lambda: defaultdict(set))
    for a in A:
        t = a["text"]
        if not (300 <= len(t) <= 1500):
            bad.append(f"{a['id']}: length {len(t)}")
        if not (2 <= len(a["events"]) <= 6):
            bad.append(f"{a['id']}: {len(a['events'])} events")
        for e in a["events"]:
            if t.count(e["phrase"]) != 1:
                bad.append(f"{a['id']}: phrase found {t.count(e['phrase'])}x: {e['phrase']}")
            if not D(e["start"]) < D(e["end"]):
                bad.append(f"{a['id']}: end <= start for {e['key']}")
            keys[a["story"]][e["key"]].add(a["id"])
        D(a["published"])
        if a["story"] in forbidden:
            bad.append(f"{a['id']}: story already used in the project")
    for s, ks in keys.items():
        shared = [k for k, v in ks.items() if len(v) >= 2]
        n = [a for a in A if a["story"] == s]
        und = sum(1 for a in n if not a["states_date"])
        days = sorted({a["published"] for a in n})
        print(f"{s}: {len(n)} articles, {und} undated, days {days[0]}..{days[-1]} ({len(days)}), shared keys {shared}")
        if strict:
            outlets = {a["source"].split("/")[2].replace("www.", "") for a in n}
            if len(n) < 2:
                bad.append(f"{s}: fewer than 2 articles")
            if len(days) < 2:
                bad.append(f"{s}: articles on only one day")
            if (D(days[-1]) - D(days[0])).days > 8:
                bad.append(f"{s}: days span more than about a week")
            if len(outlets) < len(n):
                bad.append(f"{s}: two articles from the same outlet")
        if len(shared) < 2:
            bad.append(f"{s}: only {len(shared)} shared keys")
        if und < 1:
            bad.append(f"{s}: no undated article")
    for b in bad:
        print("PROBLEM", b)
    return not bad


def story_sets(realnews_dir=None):
    """The project's story sets on disk, in order: set folder name ("stories", "stories2",
    ...) -> its stories.jsonl path.  The benchmarks read the sets from here, so that a new
    set needs no edit to them."""
    here = realnews_dir or os.path.dirname(os.path.abspath(__file__))
    found = {}
    for d in os.listdir(here):
        rest = d[len("stories"):]
        p = os.path.join(here, d, "stories.jsonl")
        if d.startswith("stories") and (rest == "" or rest.isdigit()) and os.path.isfile(p):
            found[d] = p
    return dict(sorted(found.items(), key=lambda kv: int(kv[0][len("stories"):] or 1)))


def used_story_names(builder_file, sets):
    """The stories of the sets built before this one (folders beside the builder's, and the
    shared dev set when present): a new set may not reuse them."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(builder_file)))
    paths = [os.path.join(here, d, "stories.jsonl") for d in sets]
    paths.append(os.path.join(here, "..", "..", "..", "shared", "dev-stories", "stories.jsonl"))
    names = set()
    for p in paths:
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                names.update(json.loads(line)["story"] for line in f if line.strip())
    return names


def main(A, builder_file, **checks):
    """Validate, then write stories.jsonl beside the builder (refuses on a failed check)."""
    if not validate(A, **checks):
        raise SystemExit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(builder_file)), "stories.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for a in A:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print("wrote", os.path.basename(out), len(A), "articles,",
          sum(len(a["events"]) for a in A), "gold events,",
          sum(1 for a in A if not a["states_date"]), "undated")
