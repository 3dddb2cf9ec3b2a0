"""The long fuzz run: a million inputs or more through extract/resolve and the readers.

    python benchmarks/fuzz.py                       # 1 000 000 inputs, all CPUs
    python benchmarks/fuzz.py --inputs 20000        # a quick look
    python benchmarks/fuzz.py --edges               # also references at the calendar's ends
    python benchmarks/fuzz.py --json fuzz.json      # the figures as JSON, with the first failures

Inputs are drawn by a seeded ``random.Random`` (the same ``--seed`` gives the same
inputs), from the test vocabulary of ``timeline.lang.ar_testing`` (month names of five
systems, digits in three scripts, number words, weekdays, relative days, Hijri dates,
clock times...) mixed with random Unicode, control characters, lone surrogates, long runs
and empty strings.  Kinds (shares of ``--inputs``):

``extract``  (49%)  ``timeline.extract(text, reference=...)`` with no reference, a date, a
                    datetime or a range of days; checked: offsets point into the text
                    (``text[m.start:m.end] == m.text``), mentions in order, every anchored
                    value has ``start < end``; one in 50 is run twice and must be equal.
``resolve``  (25%)  ``timeline.resolve(text, reference=...)``: a Value or None.
``records``  (20%)  one article record (random keys and values: text, id, published,
                    source, url, title of any JSON type) through the readers' row reader
                    (what from_jsonl/from_csv/from_dataframe share).
``tables``   (4%)   a small JSONL or CSV file (1-20 random lines) through from_path.
``folders``  (1%)   a folder of random files (odd names, .TXT, bytes, JSON side files,
                    corpus.json / corpus.csv, dangling symlinks, loops, folders named x.txt)
                    through from_dir.
``build``    (1%)   the whole pipeline: ``timeline.build`` on 1-5 Documents whose texts are
                    news-like sentences (event verbs: قتل، أعلن، قال ... إن، اندلع حريق، فاز،
                    وصل ...) dated in every way the vocabulary writes (full dates of five
                    month systems, Hijri, numeric, relative days, weekdays, ago/since,
                    clock times, years 1 and 9999, datelines) or random Unicode, each
                    published None, a date, a datetime, a string, a range of days, or a
                    day at the calendar's ends (0001-01-01, 9999-12-31); then every output:
                    to_json and its load round trip, the three CSV tables, to_dataframe,
                    TimeML (parsed as XML), EDTF strings, the text table, the HTML chart
                    (one in 5, as a string) and the PNG chart (one in 20).  Checked: every
                    value has ``start < end``, every document is in the JSON, the JSON
                    reads back to the same text.

A crash is any exception other than the documented ones (a reader's
``timeline.errors.InputError``); a failure is a broken invariant.  ``--edges`` adds a
kind ``edges``: extract/resolve with references in years 1 and 9999 (the calendar's ends,
issue 12 item 4, counted apart).  ``--kinds`` runs some kinds only, their shares scaled
to fill ``--inputs`` (``--inputs 5000 --kinds build`` is 5 000 builds).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402
from timeline.errors import InputError  # noqa: E402
import timeline.readers  # noqa: E402,F401 - imported before the workers fork
from timeline.lang import ar_testing as V  # noqa: E402
from timeline.values import Value  # noqa: E402

SHARES = {"extract": 0.49, "resolve": 0.25, "records": 0.20, "tables": 0.04, "folders": 0.01, "build": 0.01}
CHUNK = {"extract": 500, "resolve": 1000, "records": 2000, "tables": 100, "folders": 20, "build": 50}


# -- vocabulary --------------------------------------------------------------------------------
def _strings(x, out):
    if isinstance(x, str):
        out.append(x)
    elif isinstance(x, dict):
        for k, v in x.items():
            _strings(k, out)
            _strings(v, out)
    elif isinstance(x, (tuple, list, set, frozenset)):
        for v in x:
            _strings(v, out)


def _vocabulary() -> list[str]:
    out: list[str] = []
    for name in dir(V):
        if name.isupper():
            _strings(getattr(V, name), out)
    words = [w for w in out if w and "{" not in w]
    words += ["أمس", "اليوم", "غدا", "قبل", "يومين", "أيام", "الماضي", "شباط", "فبراير", "فيفري", "2018", "١٣",
              "۱۳", "13", "/", "-", "هـ", "الساعة", "صباحا", "مساء", "منذ", "حتى", "بين", "و", "من", "إلى"]
    return sorted(set(words))


WORDS = _vocabulary()
ODD = ["\x00", "\x01", "\x0b", "\u200f", "\u200e", "\u0640", "\ufeff", "\ud800", "\udfff", "\ufffe", "\U0001F600",
       "\u064b", "\u0670", "٫", "٬", "،", "\n", "\r\n", "\t", " " * 5, "9" * 30, "٩" * 12]


def text_of(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.02:
        return ""
    if r < 0.06:
        return "".join(chr(rng.randrange(0x20, 0x10FFFF)) for _ in range(rng.randrange(1, 40))).replace(
            "\x00", "")
    n = rng.randrange(1, 30)
    parts = []
    for _ in range(n):
        q = rng.random()
        if q < 0.80:
            parts.append(rng.choice(WORDS))
        elif q < 0.90:
            parts.append(str(rng.randrange(0, 10000)))
        else:
            parts.append(rng.choice(ODD))
    text = rng.choice([" ", " ", " ", "", "،", "\n"]).join(parts)
    if rng.random() < 0.01:
        text = text * rng.randrange(2, 50)
    return text


def reference_of(rng: random.Random, edges: bool = False):
    r = rng.random()
    if edges:
        y = rng.choice([1, 2, 9998, 9999])
        d = date(y, rng.randrange(1, 13), rng.randrange(1, 29))
        if r < 0.4:
            return d
        if r < 0.6:
            return datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60))
        days = min(rng.randrange(1, 40), (date.max - d).days)  # the last day of 9999 ends at 10000-01-01
        return Value.interval(d, d + timedelta(days=max(days, 1)), "day", uncertain=True)
    if r < 0.15:
        return None
    d = date(rng.randrange(1950, 2030), rng.randrange(1, 13), rng.randrange(1, 29))
    if r < 0.70:
        return d
    if r < 0.85:
        return datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60))
    return Value.interval(d, d + timedelta(days=rng.randrange(2, 15)), "day", uncertain=True)


def json_value(rng: random.Random, depth: int = 0):
    r = rng.random()
    if r < 0.25:
        return rng.choice(["2018-02-13", "13/02/2018", "2018-02-13T10:30", "١٣ شباط ٢٠١٨", "9999-12-31",
                           "0001-01-01", "", " ", "2018-13-45"])
    if r < 0.45:
        return text_of(rng)[:40]
    if r < 0.55:
        return rng.choice([None, True, False, 0, -1, 2**70, 1.5, float("inf")])
    if r < 0.60 and depth < 2:
        return [json_value(rng, depth + 1) for _ in range(rng.randrange(3))]
    if r < 0.65 and depth < 2:
        return {rng.choice(["published", "id", "x"]): json_value(rng, depth + 1)}
    return rng.choice(["a", "b", "x y", "http://x", "=cmd", "é" * 200, "\ud800"])


KEYS = ["text", "id", "published", "source", "url", "title", "publised", "date", "body", "file", "x"]


def record_of(rng: random.Random) -> dict:
    rec = {}
    if rng.random() < 0.9:
        rec["text"] = text_of(rng) if rng.random() < 0.9 else json_value(rng)
    for _ in range(rng.randrange(0, 5)):
        rec[rng.choice(KEYS)] = json_value(rng)
    return rec


# -- one kind each -----------------------------------------------------------------------------
class Stats:
    def __init__(self):
        self.count = Counter()
        self.crash = Counter()
        self.fail = Counter()
        self.refused = Counter()
        self.examples: list[dict] = []

    def bad(self, kind: str, what: str, detail: str, sample) -> None:
        lines = [ln.strip() for ln in detail.strip().splitlines() if ln.strip()]
        where = next((ln for ln in reversed(lines) if ln.startswith("File ")), "")
        key = f"{kind}: {lines[-1][:100] if lines else '?'}" + (f" at {where[5:][:120]}" if where else "")
        (self.crash if what == "crash" else self.fail)[key] += 1
        if len(self.examples) < 40:
            self.examples.append({"kind": kind, "what": what, "detail": detail[-2000:], "input": repr(sample)[:600]})


def _check_mentions(text, ms):
    last = -1
    for m in ms:
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end)
        assert text[m.start:m.end] == m.text, "offsets"
        assert m.start >= last, "order"
        last = m.start
        v = m.value
        if v is not None and v.start is not None:
            assert v.start < v.end, "empty value"


def run_extract(rng, n, stats, kind="extract", edges=False):
    for i in range(n):
        text = text_of(rng)
        ref = None
        try:
            ref = reference_of(rng, edges)  # Value.interval itself is under test at the calendar's ends
            ms = timeline.extract(text, reference=ref)
        except Exception:  # noqa: BLE001
            stats.bad(kind, "crash", traceback.format_exc(), (text, locals().get("ref")))
            continue
        finally:
            stats.count[kind] += 1
        try:
            _check_mentions(text, ms)
            if i % 50 == 0:
                assert timeline.extract(text, reference=ref) == ms, "not deterministic"
        except AssertionError as exc:
            stats.bad(kind, "fail", f"AssertionError: {exc}", (text, ref))


def run_resolve(rng, n, stats, kind="resolve", edges=False):
    for _ in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 5))) if rng.random() < 0.8 else text_of(rng)
        ref = None
        try:
            ref = reference_of(rng, edges)
            v = timeline.resolve(text, reference=ref)
            if v is not None:
                assert isinstance(v, Value) and (v.start is None or v.start < v.end), "bad value"
        except AssertionError as exc:
            stats.bad(kind, "fail", f"AssertionError: {exc}", (text, ref))
        except Exception:  # noqa: BLE001
            stats.bad(kind, "crash", traceback.format_exc(), (text, ref))
        stats.count[kind] += 1


def run_records(rng, n, stats):
    from timeline.readers import read_records

    for _ in range(n):
        rec = record_of(rng)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                docs = read_records([("row 0", rec)], name="fuzz")
            for d in docs:
                assert isinstance(d.text, str) and isinstance(d.id, str), "bad document"
        except InputError:
            stats.refused["records"] += 1
        except AssertionError as exc:
            stats.bad("records", "fail", f"AssertionError: {exc}", rec)
        except Exception:  # noqa: BLE001
            stats.bad("records", "crash", traceback.format_exc(), rec)
        stats.count["records"] += 1


def _table_text(rng) -> tuple[str, str]:
    lines = []
    if rng.random() < 0.5:
        for _ in range(rng.randrange(1, 20)):
            r = rng.random()
            if r < 0.8:
                lines.append(json.dumps(record_of(rng), ensure_ascii=rng.random() < 0.5))
            elif r < 0.9:
                lines.append(json.dumps(json_value(rng)))
            else:
                lines.append(text_of(rng)[:30])
        return ".jsonl", "\n".join(lines)
    cols = rng.sample(KEYS, rng.randrange(1, 5))
    if rng.random() < 0.7 and "text" not in cols:
        cols[0] = "text"
    lines.append(",".join(cols))
    for _ in range(rng.randrange(0, 20)):
        k = len(cols) if rng.random() < 0.9 else rng.randrange(0, len(cols) + 2)
        cells = []
        for _ in range(k):
            c = str(json_value(rng))
            cells.append('"' + c.replace('"', '""') + '"' if rng.random() < 0.5 else c)
        lines.append(",".join(cells))
    return ".csv", "\n".join(lines)


def run_tables(rng, n, stats, tmp: Path):
    for i in range(n):
        suffix, text = _table_text(rng)
        p = tmp / f"t{i % 10}{suffix}"
        data = text.encode("utf-8", "surrogatepass")
        p.write_bytes(data)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                timeline.Corpus.from_path(p)
        except InputError:
            stats.refused["tables"] += 1
        except Exception:  # noqa: BLE001
            stats.bad("tables", "crash", traceback.format_exc(), data[:400])
        stats.count["tables"] += 1


def _folder(rng, root: Path) -> Path:
    d = Path(tempfile.mkdtemp(dir=root))
    for _ in range(rng.randrange(0, 7)):
        name = rng.choice(["a", "b", "B", "corpus", "é" * 60, "x y", ".h", "٠١", "a.b", text_of(rng)[:12]])
        name = "".join(c for c in name if not "\ud800" <= c <= "\udfff").replace("/", "_").replace("\x00", "") or "n"
        suffix = rng.choice([".txt", ".txt", ".TXT", ".json", ".csv", ""])
        p = d / (name + suffix)
        if os.path.lexists(p) or len(os.fsencode(p.name)) > 255:
            continue
        kind = rng.random()
        try:
            if kind < 0.75:
                r = rng.random()
                if r < 0.5:
                    data = text_of(rng).encode("utf-8", "surrogatepass")
                elif r < 0.8:
                    data = json.dumps(json_value(rng)).encode()
                else:
                    data = bytes(rng.randrange(256) for _ in range(rng.randrange(40)))
                p.write_bytes(data)
            elif kind < 0.85:
                p.mkdir()
            elif kind < 0.93:
                os.symlink("no-such-target", p)
            else:
                os.symlink(p.name, p)
        except OSError:
            continue
    if rng.random() < 0.3 and not os.path.lexists(d / "corpus.json"):
        (d / "corpus.json").write_text(json.dumps([record_of(rng) for _ in range(rng.randrange(3))]
                                                  if rng.random() < 0.7 else json_value(rng)))
    if rng.random() < 0.3 and not os.path.lexists(d / "corpus.csv"):
        (d / "corpus.csv").write_bytes(_table_text(rng)[1].encode("utf-8", "surrogatepass"))
    return d


def run_folders(rng, n, stats, tmp: Path):
    for _ in range(n):
        d = _folder(rng, tmp)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                c = timeline.Corpus.from_dir(d)
            assert len({x.id for x in c}) == len(c), "duplicate ids"
        except InputError:
            stats.refused["folders"] += 1
        except AssertionError as exc:
            stats.bad("folders", "fail", f"AssertionError: {exc}", sorted(os.listdir(d)))
        except Exception:  # noqa: BLE001
            stats.bad("folders", "crash", traceback.format_exc(), sorted(os.listdir(d)))
        finally:
            shutil.rmtree(d, ignore_errors=True)
        stats.count["folders"] += 1


# -- whole builds --------------------------------------------------------------------------------
VERBS = ["قتل", "قتل 5 أشخاص", "أعلن الجيش", "أعلنت الحكومة", "اندلع حريق", "اندلعت اشتباكات", "فاز الفريق",
         "وصل الوفد", "وصل الرئيس", "أسرت الفصائل 400 عنصر", "سيطر التنظيم على القرية", "انفجرت سيارة مفخخة",
         "اعتقلت الشرطة 3 أشخاص", "أصيب 12 مدنيا", "توفي", "وقع زلزال", "افتتح الوزير", "زار الملك", "التقى الوزير",
         "استقال رئيس الوزراء", "هاجم مسلحون", "سقط صاروخ", "غادر", "عقد اجتماع", "أطلق سراح"]
REPORTERS = ["قال المتحدث إن", "قال مصدر إن", "وقال الناطق باسم الجيش إن", "أفاد المرصد بأن", "ذكرت الوكالة أن"]
OBJECTS = ["في ريف إدلب", "في الغابة", "إلى بغداد", "في المباراة", "من داعش", "في القاهرة", "على الحدود",
           "قرب دمشق", "", "", ""]
YEARS = [1, 2, 99, 1000, 1400, 1439, 1950, 2000, 2017, 2018, 2019, 2030, 9998, 9999, 10000, 0]


def _digits(rng, n) -> str:
    script = rng.choice(list(V.DIGIT_SCRIPTS.values()))
    return "".join(script[int(c)] for c in str(n))


def _month(rng, m) -> str:
    systems = [s for s in V.MONTHS.values() if m in s]
    return rng.choice(rng.choice(systems)[m])


def date_phrase(rng: random.Random) -> str:
    """A date expression of the kinds the vocabulary writes, years 1 and 9999 included."""
    r = rng.random()
    y = rng.choice(YEARS) if rng.random() < 0.5 else rng.randrange(1950, 2031)
    m, d = rng.randrange(1, 13), rng.randrange(1, 32)
    if r < 0.25:  # a full date: day, month (five systems, or an ordinal day), year
        day = rng.choice(V.ORDINAL_DAYS[d]) + " من" if rng.random() < 0.15 else _digits(rng, d)
        year = rng.choice(V.YEAR_AFTER_MONTH).format(y=_digits(rng, y))
        out = f"{day} {_month(rng, m)} {year}"
        if rng.random() < 0.3:
            out = rng.choice(V.WEEKDAYS[rng.randrange(7)]) + " " + out
        return out
    if r < 0.35:  # numeric
        sep = rng.choice(["/", "-", " / ", "."])
        parts = [_digits(rng, d), _digits(rng, m), _digits(rng, y)]
        return sep.join(parts if rng.random() < 0.7 else parts[::-1])
    if r < 0.42:  # Hijri
        hy = rng.choice([1, 2, 1439, 1440, 9999, rng.randrange(1, 1500)])
        return f"{_digits(rng, d)} {rng.choice(V.HIJRI_MONTHS[m])} {_digits(rng, hy)}{rng.choice(V.HIJRI_SUFFIXES)}"
    if r < 0.55:  # relative days
        return rng.choice(rng.choice(list(V.RELATIVE_DAYS.values())))
    if r < 0.65:  # weekdays
        w = rng.choice(V.WEEKDAYS[rng.randrange(7)])
        q = rng.random()
        if q < 0.3:
            return f"يوم {w}"
        if q < 0.6:
            return f"{w} {rng.choice(V.WEEKDAY_PAST + V.WEEKDAY_NEXT)}"
        return f"{rng.choice(['اليوم', 'أمس', 'غدا'])} {w}"
    if r < 0.77:  # ago / since / later
        unit = rng.choice(list(V.UNITS.values()))
        n = rng.choice([1, 2, 3, 7, 10, 11, 30, 365, 5000, 3650000])
        form = unit["dual_gen"] if n == 2 else unit["plural"] if n <= 10 else unit["acc"]
        lead = rng.choice(V.AGO_WORDS + V.LATER_WORDS)
        return f"{lead} {_digits(rng, n) if n != 2 else ''} {rng.choice(form)}".replace("  ", " ")
    if r < 0.84:  # clock times
        h = rng.randrange(1, 12)
        return f"الساعة {V.CLOCK_HOURS[h]} {rng.choice(list(V.CLOCK_PERIODS))}" + rng.choice(["", " أمس", " اليوم"])
    if r < 0.90:  # a year alone, a month and year
        if rng.random() < 0.5:
            return rng.choice(V.YEAR_ALONE).format(y=_digits(rng, y))
        return f"{_month(rng, m)} {_digits(rng, y)}"
    if r < 0.95:  # a range
        a, b = rng.choice(V.RANGE_LINKS)
        return f"{a} {_digits(rng, d)} {b} {_digits(rng, min(31, d + rng.randrange(1, 5)))} {_month(rng, m)} {_digits(rng, y)}"
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 4)))


def sentence_of(rng: random.Random) -> str:
    parts = [rng.choice(VERBS), rng.choice(OBJECTS)]
    if rng.random() < 0.8:
        parts.insert(rng.choice([1, 2]), date_phrase(rng))
    if rng.random() < 0.2:
        parts.append(date_phrase(rng))
    s = " ".join(p for p in parts if p)
    if rng.random() < 0.25:
        s = f"{rng.choice(REPORTERS)} {s}"
    return s + rng.choice([".", "،", "", "\n"])


def article_of(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.08:
        return text_of(rng)
    lines = []
    if rng.random() < 0.3:  # a dateline
        lines.append(date_phrase(rng) + rng.choice(["", " | 05:45", " بتوقيت حلب"]))
    lines.append(" ".join(sentence_of(rng) for _ in range(rng.randrange(1, 6))))
    if rng.random() < 0.15:
        lines.append(text_of(rng))
    return "\n".join(lines)


def published_of(rng: random.Random):
    r = rng.random()
    if r < 0.35:
        return None
    if r < 0.50:
        return rng.choice([date(1, 1, 1), date(9999, 12, 31), date(1, 1, 2), date(9999, 12, 30),
                           datetime(9999, 12, 31, 23, 59), datetime(1, 1, 1, 0, 1), datetime(9999, 12, 31)])
    d = date(rng.randrange(1950, 2031), rng.randrange(1, 13), rng.randrange(1, 29))
    if r < 0.65:
        return d
    if r < 0.75:
        return datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60))
    if r < 0.82:
        return rng.choice(["2018-02-13", "9999-12-31", "0001-01-01", "13/02/2018", "2018-02-13T10:30",
                           "9999-12-31T23:59", "١٣ شباط ٢٠١٨"])
    if rng.random() < 0.3:  # a range of days at an end of the calendar
        a = rng.choice([date(9999, 12, rng.randrange(1, 31)), date(1, 1, 1)])
        n = rng.randrange(1, 40)
        end = datetime.max if a.year == 9999 else a + timedelta(days=n)
        return Value.interval(a, end, "day", uncertain=True)
    return Value.interval(d, d + timedelta(days=rng.randrange(1, 30)), "day", uncertain=True)


def _check_value(v, what):
    if v is None:
        return
    assert isinstance(v, Value), f"{what}: not a Value"
    if v.start is not None:
        assert v.start < v.end, f"{what}: empty value {v!r}"
        assert v.edtf, f"{what}: no EDTF"


def _check_build(tl, docs, rng, tmp: Path):
    import xml.etree.ElementTree as ET

    from timeline.render import format_table, to_csv, to_dataframe
    from timeline.render.timeml import timeml_files

    ids = {d.id for d in docs}
    assert {d.id for d in tl.documents} == ids, "documents lost"
    for e in tl.events + tl.hidden:
        _check_value(e.when, f"event {e.id}")
        assert e.when is not None and e.when.start is not None, f"event {e.id} has no range"
        for src in e.sources:
            assert src.document_id in ids, "source of an unknown document"
            _check_value(src.when, f"source of {e.id}")
    for d in tl.documents:
        _check_value(d.published, f"published of {d.id}")
        if d.published_how == "inferred" and d.published_days:  # the range is the credible days' span
            last = (d.published.end - timedelta(microseconds=1)).date()
            assert (d.published.start.date(), last) == (min(d.published_days), max(d.published_days)), \
                f"published range of {d.id} is not its days' span"
    text = tl.to_json()
    payload = json.loads(text)
    assert {d["id"] for d in payload["documents"]} == ids, "documents missing from the JSON"
    assert timeline.load(text).to_json() == text, "JSON round trip"
    assert timeline.Timeline.from_json(text).to_json() == text, "from_json round trip"
    for what in ("events", "sources", "documents"):
        to_csv(tl, what=what)
        to_dataframe(tl, what=what)
    for _name, tml in timeml_files(tl, documents=docs):
        ET.fromstring(tml.encode("utf-8"))
    format_table(tl)
    tl.format()
    if rng.random() < 0.2:
        from timeline.render.html import to_html

        assert isinstance(to_html(tl), str)
    if rng.random() < 0.05:
        from timeline.render import save_plot

        save_plot(tl, tmp / "t.png", dpi=30)


def run_build(rng, n, stats, tmp: Path):
    for _ in range(n):
        docs, sample = [], []
        try:
            for i in range(rng.randrange(1, 6)):
                text, pub = article_of(rng), published_of(rng)
                sample.append((text, pub))
                doc_id = f"d{i}" if rng.random() < 0.9 else f"{text_of(rng)[:10]}#{i}"
                try:
                    docs.append(timeline.Document(text, id=doc_id, published=pub))
                except ValueError:
                    if not isinstance(pub, str):
                        raise
                    stats.refused["build"] += 1  # an unparseable string: refused where the Document is made
                    docs.append(timeline.Document(text, id=doc_id))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tl = timeline.build(docs)
                _check_build(tl, docs, rng, tmp)
        except AssertionError as exc:
            stats.bad("build", "fail", f"AssertionError: {exc}\n{traceback.format_exc()}", sample)
        except Exception:  # noqa: BLE001
            stats.bad("build", "crash", traceback.format_exc(), sample)
        stats.count["build"] += 1


def run_chunk(task) -> dict:
    kind, seed, n = task
    rng = random.Random(f"{kind}:{seed}")
    stats = Stats()
    tmp = Path(tempfile.mkdtemp(prefix="timeline-fuzz-"))
    try:
        if kind == "extract":
            run_extract(rng, n, stats)
        elif kind == "resolve":
            run_resolve(rng, n, stats)
        elif kind == "records":
            run_records(rng, n, stats)
        elif kind == "tables":
            run_tables(rng, n, stats, tmp)
        elif kind == "folders":
            run_folders(rng, n, stats, tmp)
        elif kind == "build":
            run_build(rng, n, stats, tmp)
        elif kind == "edges":
            run_extract(rng, n // 2, stats, "edges", edges=True)
            run_resolve(rng, n - n // 2, stats, "edges", edges=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"count": stats.count, "crash": stats.crash, "fail": stats.fail, "refused": stats.refused,
            "examples": stats.examples}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=1_000_000, help="total inputs (default 1 000 000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=0, help="processes (0: one per CPU)")
    ap.add_argument("--edges", action="store_true", help="also references in years 1 and 9999 (counted apart)")
    ap.add_argument("--json", metavar="FILE", help="write the figures and the first failures as JSON")
    ap.add_argument("--kinds", default=",".join(SHARES),
                    help=f"comma-separated kinds to run (default all: {','.join(SHARES)}); 'edges' alone with --edges")
    args = ap.parse_args(argv)
    kinds = {k.strip() for k in args.kinds.split(",") if k.strip()}

    tasks = []
    chosen = sum(share for kind, share in SHARES.items() if kind in kinds)  # shares of the kinds run
    for kind, share in SHARES.items():
        if kind not in kinds:
            continue
        total = max(1, round(args.inputs * share / chosen))
        for k, start in enumerate(range(0, total, CHUNK[kind])):
            tasks.append((kind, args.seed * 1_000_003 + k, min(CHUNK[kind], total - start)))
    if args.edges:
        total = max(1, args.inputs // 20)
        tasks += [("edges", args.seed * 1_000_003 + k, min(500, total - s)) for k, s in enumerate(range(0, total, 500))]
    random.Random(args.seed).shuffle(tasks)
    workers = args.workers or os.cpu_count() or 1
    t0 = time.time()
    count, crash, fail, refused = Counter(), Counter(), Counter(), Counter()
    examples: list[dict] = []
    done = 0
    if workers == 1:
        results = map(run_chunk, tasks)
    else:
        import multiprocessing as mp

        pool = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn").Pool(workers)
        results = pool.imap_unordered(run_chunk, tasks)
    for r in results:
        count.update(r["count"])
        crash.update(r["crash"])
        fail.update(r["fail"])
        refused.update(r["refused"])
        examples += r["examples"][: max(0, 40 - len(examples))]
        done += 1
        if sys.stderr.isatty():
            print(f"\r{done}/{len(tasks)} chunks, {sum(count.values())} inputs, "
                  f"{sum(crash.values())} crashes, {time.time() - t0:.0f} s", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    secs = time.time() - t0
    total = sum(count.values())
    print(f"timeline fuzz: {total} inputs in {secs:.0f} s ({total / max(secs, 1e-9):.0f}/s, {workers} processes), "
          f"seed {args.seed}, Python {sys.version.split()[0]}")
    print(f"{'kind':<9} {'inputs':>9} {'refused':>8} {'crashes':>8} {'failures':>9}")
    for kind in list(SHARES) + (["edges"] if args.edges else []):
        c = sum(v for k, v in crash.items() if k.startswith(kind + ":"))
        f = sum(v for k, v in fail.items() if k.startswith(kind + ":"))
        print(f"{kind:<9} {count[kind]:>9} {refused[kind]:>8} {c:>8} {f:>9}")
    for title, counter in (("crashes", crash), ("failures", fail)):
        if counter:
            print(f"\n{title}:")
            for k, v in counter.most_common(20):
                print(f"  {v:>7}  {k}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "inputs": total, "seconds": round(secs, 1), "workers": workers, "seed": args.seed,
            "count": count, "refused": refused, "crashes": crash, "failures": fail, "examples": examples,
        }, ensure_ascii=False, indent=1), encoding="utf-8")
    core = [k for k in list(crash) + list(fail) if not k.startswith("edges:")]
    return 1 if core else 0


if __name__ == "__main__":
    sys.exit(main())
