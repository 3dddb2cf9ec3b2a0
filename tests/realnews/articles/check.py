#!/usr/bin/env python3
"""Validate articles.jsonl: unique ids, ISO dates, text length 300-1500, states_date bool, required fields."""
import json, sys, datetime, re
from collections import Counter

path = sys.argv[1] if len(sys.argv) > 1 else "/work/data/articles/articles.jsonl"
REQ = ["id", "source", "published", "published_how", "states_date", "country", "domain", "text"]
errors, ids = [], Counter()
rows = []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}"); continue
        rows.append(o)
        for k in REQ:
            if k not in o:
                errors.append(f"line {n}: missing {k}")
        ids[o.get("id")] += 1
        try:
            d = datetime.date.fromisoformat(o.get("published", ""))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", o["published"]):
                raise ValueError
            if not o.get("id", "").endswith(d.strftime("%Y%m%d")):
                errors.append(f"line {n}: id date != published")
        except (ValueError, TypeError):
            errors.append(f"line {n}: published not ISO YYYY-MM-DD: {o.get('published')!r}")
        t = o.get("text", "")
        if not isinstance(t, str) or not (300 <= len(t) <= 1500):
            errors.append(f"line {n}: text length {len(t) if isinstance(t, str) else 'n/a'} outside 300-1500")
        if not isinstance(o.get("states_date"), bool):
            errors.append(f"line {n}: states_date not bool")
        for k in ("source", "published_how", "country", "domain"):
            if not isinstance(o.get(k), str) or not o.get(k).strip():
                errors.append(f"line {n}: empty {k}")
for i, c in ids.items():
    if c > 1:
        errors.append(f"duplicate id {i} x{c}")
print(f"{len(rows)} articles, {sum(1 for r in rows if not r.get('states_date'))} with states_date=false")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
