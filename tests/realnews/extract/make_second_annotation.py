"""Second, independent annotation of /work/data/extract2/texts.jsonl (inter-annotator check).

Each mention is (mention_text, occurrence_index, expected[, note]); the span is found by searching
mention_text in the text (the occurrence_index-th hit). Values follow FORMAT.md and the resolution
conventions (weeks from Saturday, bare weekday = most recent on/before the DCT, parts of day, vague pasts).
Where the conventions are silent the value is null with a "note".
Writes second.jsonl next to this file.
"""
import datetime as dt
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


# ------------------------------------------------------------------ value builders
def _iso(x):
    if isinstance(x, str):
        if len(x) == 10:
            x += "T00:00:00"
        elif len(x) == 16:
            x += ":00"
        return x
    return x.isoformat()


def day(s, e=None):
    """A day, or a day range [s, e] with e inclusive."""
    d0 = dt.date.fromisoformat(s)
    d1 = dt.date.fromisoformat(e) if e else d0
    return {"start": _iso(d0.isoformat()), "end": _iso((d1 + dt.timedelta(days=1)).isoformat()), "grain": "day"}


def rng(s, e, grain, **kw):
    v = {"start": _iso(s) if s else None, "end": _iso(e) if e else None, "grain": grain}
    v.update(kw)
    return v


def month(y, m):
    e = (y + 1, 1) if m == 12 else (y, m + 1)
    return rng(f"{y:04d}-{m:02d}-01", f"{e[0]:04d}-{e[1]:02d}-01", "month")


def year(y):
    return rng(f"{y:04d}-01-01", f"{y + 1:04d}-01-01", "year")


def dur(p):
    return {"duration": p}


def sett(p):
    return {"set": p}


NULL = None  # expected null: always with a note


# ------------------------------------------------------------------ annotations
A = {}

# ref 2025-03-13 (Thursday)
A["real-ar-022"] = [
    ("عيد الفطر", 0, NULL, "holiday (title 'عطلة عيد الفطر'); conventions silent on holidays. Eid al-Fitr 1446 = 1 Shawwal 1446 = 2025-03-30 (Umm al-Qura); the text itself leaves 30 or 31 March open"),
    ("2025-03-13", 0, day("2025-03-13"), "dateline date; the clock time after ' | ' is annotated separately"),
    ("14:38", 0, rng("2025-03-13T14:38", "2025-03-13T14:39", "minute"), "dateline time, on the date before it"),
    ("الخميس", 0, day("2025-03-13"), "bare weekday = most recent Thursday on or before the DCT = the DCT"),
    ("عيد الفطر", 1, NULL, "holiday ('عطلة عيد الفطر'); conventions silent; Eid al-Fitr 1446 = 2025-03-30 (Umm al-Qura)"),
    ("بدءاً من الأحد 30 آذار الحالي", 0, rng("2025-03-30", None, "day"),
     "'starting from Sunday 30 March (current)': open interval from 2025-03-30; span keeps 'بدءاً من' (changes meaning) -- doubtful, could be just the day"),
    ("الاسبوعي", 0, sett("P1W"), "'اجتماعه الاسبوعي' (weekly meeting): adjectival set, doubtful whether it is a mention"),
    ("اليوم الخميس", 0, day("2025-03-13")),
    ("ثلاثة أيام", 0, dur("P3D")),
    ("عيد الفطر", 2, NULL, "holiday ('بمناسبة عيد الفطر السعيد'); conventions silent; 1 Shawwal 1446 = 2025-03-30"),
    ("أول أيام العيد", 0, NULL, "first day of Eid al-Fitr (conditional clause); conventions silent on holidays; 2025-03-30 by Umm al-Qura, text allows 2025-03-31"),
    ("يوم الأحد 30 مارس الجاري", 0, day("2025-03-30")),
    ("يوم الأربعاء 2 أبريل المقبل", 0, day("2025-04-02")),
    ("أول أيام عيد الفطر", 0, NULL, "first day of Eid al-Fitr (conditional); conventions silent; 2025-03-30 (Umm al-Qura)"),
    ("يوم الاثنين 31 مارس الجاري", 0, day("2025-03-31")),
    ("الأحد 30 مارس", 1, day("2025-03-30"), "list item 'أيام الأحد 30 مارس ...'; each day is its own mention"),
    ("شهر رمضان للعام 1446 هـ", 0, rng("2025-03-01", "2025-03-30", "month"), "Ramadan 1446 (Umm al-Qura 29 days)"),
    ("الاثنين 31 مارس", 1, day("2025-03-31")),
    ("الثلاثاء 1 أبريل", 0, day("2025-04-01")),
    ("الأربعاء 2 ابريل", 0, day("2025-04-02")),
    ("الخميس 3 أبريل", 0, day("2025-04-03")),
    ("يوم الأحد 6 أبريل المقبل", 0, day("2025-04-06")),
]

# ref 2023-07-09 (Sunday)
A["real-ar-032"] = [
    ("مساء اليوم الأحد", 0, rng("2023-07-09T18:00", "2023-07-10T00:00", "hour")),
    ("لموسم الحالى 2023", 0, NULL, "span drops only the preposition ل of 'للموسم' (the article's lam stays). Sports season labelled 2023 ('للموسم الحالى 2023'); conventions silent on seasons (calendar year 2023 if read as a year)"),
    ("الساعة 7 مساءً", 0, rng("2023-07-09T19:00", "2023-07-09T20:00", "hour"),
     "followed by 'بتوقيت القاهرة' (Cairo time), left out of the span; naive value on the DCT"),
    ("الموسم الماضي", 0, NULL, "previous sports season; conventions silent on seasons"),
    ("الموسم الكروي الجاري", 0, NULL, "current football season; conventions silent on seasons"),
]

# ref 2014-11-09 (Sunday)
A["real-ar-015"] = [
    ("الأحد 9 نونبر 2014", 0, day("2014-11-09"), "dateline date; the time after ' - ' is separate"),
    ("00:42", 0, rng("2014-11-09T00:42", "2014-11-09T00:43", "minute")),
    ("قبل سنوات قليلة", 0, rng("2004-11-09", "2012-11-10", "year", vague=True),
     "'a few years ago' read as قبل سنوات: 2 to 10 years before the DCT, vague"),
    ("منذ عقود طويلة", 0, NULL, "'for long decades': vague past in decades; conventions silent"),
    ("سنة 2007", 0, year(2007)),
    ("إلى حد الآن", 0, NULL, "'up to now' (PRESENT_REF, i.e. until the DCT 2014-11-09); conventions silent on الآن"),
]

# ref 2020-06-13 (Saturday)
A["real-ar-016"] = [
    ("اليوم السبت", 0, day("2020-06-13")),
    ("من الساعة الثامنة مساء إلى غاية الخامسة صباحا", 0, NULL,
     "daily recurring curfew hours 20:00 to 05:00 (next day) in force from 14 June 2020: a recurring time-of-day range, conventions silent (one night by the range rule would be [2020-06-14T20:00, 2020-06-15T06:00))"),
    ("يوم غد الأحد 14 جوان 2020", 0, day("2020-06-14")),
]

# ref 2023-08-29 (Tuesday); DCT week = Sat 26 Aug - Fri 1 Sep, next week = Sat 2 - Fri 8 Sep
A["real-ar-011"] = [
    ("يومي الأربعاء والخميس من الأسبوع المقبل", 0, day("2023-09-06", "2023-09-07"), "title"),
    ("الثلاثاء", 0, day("2023-08-29"), "bare weekday = the DCT"),
    ("يومي الأربعاء والخميس من الأسبوع المقبل، الموافقين 6 و 7 أيلول", 0, day("2023-09-06", "2023-09-07"),
     "full الموافق chain; both renderings agree"),
    ("يوم الأحد المقبل", 0, day("2023-09-03")),
]

# ref 2025-02-23 (Sunday)
A["real-ar-043"] = [
    ("بعد عيد الفطر", 0, NULL, "'after Eid al-Fitr' (title); holiday, conventions silent; Eid al-Fitr 1446 = 2025-03-30 (Umm al-Qura), so an open interval after it"),
    ("الأحد - 23 فبراير 2025", 0, day("2025-02-23"), "dateline; the time after ' - ' is separate"),
    ("10:24 م", 0, rng("2025-02-23T22:24", "2025-02-23T22:25", "minute"), "م = PM here (dateline)"),
    ("بعد إجازة عيد الفطر", 0, NULL, "'(إلى ما) بعد إجازة عيد الفطر المبارك': after the Eid al-Fitr holiday; conventions silent on holidays"),
    ("شهر رمضان", 0, rng("2025-03-01", "2025-03-30", "month"), "Ramadan with no year -> Ramadan 1446 (in the DCT window)"),
    ("شهر رمضان", 1, rng("2025-03-01", "2025-03-30", "month"), "Ramadan 1446"),
]

# ref 2024-12-24 (Tuesday)
A["real-ar-012"] = [
    ("يوم غد الأربعاء", 0, day("2024-12-25"), "title"),
    ("أعياد الميلاد", 0, NULL, "Christmas (title); conventions silent on holidays; 2024-12-25"),
    ("24-12-2024", 0, day("2024-12-24"), "dateline date; the time after ', ' is separate"),
    ("15:34", 0, rng("2024-12-24T15:34", "2024-12-24T15:35", "minute")),
    ("اليوم الثلاثاء (24 كانون الأول 2024)", 0, day("2024-12-24"), "day plus its parenthesised date, one chain"),
    ("يوم غد الأربعاء", 1, day("2024-12-25")),
    ("يوم غد الأربعاء 25 كانون الأول 2024", 0, day("2024-12-25")),
    ("أعياد الميلاد", 1, NULL, "Christmas; conventions silent on holidays; 2024-12-25"),
]
# note: 'بغداد اليوم' (twice) is the outlet's name, not a temporal expression

# ref 2019-07-07 (Sunday)
A["real-ar-017"] = [
    ("7 يوليو، 2019", 0, day("2019-07-07"), "dateline date; the time after ' - ' is separate"),
    ("10:02", 0, rng("2019-07-07T10:02", "2019-07-07T10:03", "minute")),
    ("صبيحة اليوم الأحد", 0, rng("2019-07-07T06:00", "2019-07-07T12:00", "hour"), "صبيحة read as صباح (06:00-12:00)"),
    ("إلى غاية السادسة مساء", 0, rng("2019-07-07T18:00", "2019-07-07T19:00", "hour"),
     "'until 6 pm' read as حتى <time>: the time's own interval (mod ON_OR_BEFORE)"),
    ("طيلة نهار اليوم", 0, NULL, "'throughout today's daytime' (نهار, roughly 06:00-18:00 on 2019-07-07); نهار is not among the conventions' parts of day"),
]

# ref 2021-07-10 (Saturday)
A["real-ar-025"] = [
    ("مساء يوم أمس الجمعة", 0, rng("2021-07-09T18:00", "2021-07-10T00:00", "hour")),
    ("شهر ذي الحجة", 0, rng("2021-07-11", "2021-08-09", "month"), "Dhu al-Hijja with no year -> 1442 (Umm al-Qura)"),
    ("اليوم السبت", 0, day("2021-07-10")),
    ("لثلاثين من شهر ذي القعدة لهذا العام الهجري 1442", 0, day("2021-07-10"), "span drops only the preposition ل of 'للثلاثين'. 30 Dhu al-Qa'da 1442 = 2021-07-10 (Umm al-Qura)"),
    ("يوم غد الأحد", 0, day("2021-07-11")),
    ("الأول من شهر ذي الحجة", 0, day("2021-07-11"), "1 Dhu al-Hijja, year 1442 from the window/context"),
    ("يوم الوقوف بعرفة", 0, NULL, "named day (Day of Arafah = 9 Dhu al-Hijja 1442 = 2021-07-19); conventions silent on named days"),
    ("الاثنين 19 يوليو", 0, day("2021-07-19")),
    ("أول أيام عيد الأضحى", 0, NULL, "first day of Eid al-Adha (10 Dhu al-Hijja 1442 = 2021-07-20); conventions silent on holidays"),
    ("الثلاثاء 20 يوليو", 0, day("2021-07-20")),
]

# ref 2018-09-03 (Monday)
A["real-ar-042"] = [
    ("لسنة الدراسية 2018ـ 2019", 0, NULL, "span drops only the preposition ل of 'للسنة'. School year 2018-2019 (about Sep 2018 - Jul 2019); conventions silent on school years"),
    ("بعد غد الأربعاء 5 شتنبر", 0, day("2018-09-05")),
    ("هذه السنة", 0, year(2018), "'this year' = the DCT's year by the conventions; in context it may mean this school year"),
    ("كل سبعة أسابيع", 0, sett("P7W"), "'(بعد) كل سبعة أسابيع من الدراسة': a holiday every seven weeks of study; set"),
    ("43 يوما", 0, dur("P43D")),
    ("موسم 2018- 2019", 0, NULL, "school season 2018-2019; conventions silent on school years"),
    ("فاتح محرم", 0, day("2018-09-11"), "list heading: فاتح = the 1st; 1 Muharram with no year -> 1440 (window) = 2018-09-11 (Umm al-Qura)"),
    ("يوم فاتح محرم 1440", 0, day("2018-09-11"), "1 Muharram 1440 = 2018-09-11 (Umm al-Qura)"),
    ("يوم واحد", 0, dur("P1D")),
    ("ذكرى المسيرة الخضراء", 0, NULL, "named national day (Green March anniversary, 6 November); conventions silent on named days"),
    ("من يوم الأحد 28 أكتوبر إلى يوم الثلاثاء 06 نونبر", 0, day("2018-10-28", "2018-11-06")),
    ("10 أيام", 0, dur("P10D")),
    ("عيد المولد النبوي", 0, NULL, "holiday (Mawlid, 12 Rabi al-Awwal); conventions silent on holidays; the dates follow"),
    ("يومي 12 و13 ربيع الأول 1440", 0, day("2018-11-20", "2018-11-21"), "12-13 Rabi al-Awwal 1440 = 2018-11-20..21 (Umm al-Qura)"),
    ("يومين", 0, dur("P2D")),
    ("فاتح السنة الميلادية", 0, NULL, "list heading: New Year's Day (1 January, here 2019); conventions silent on named days"),
    ("يوم الثلاثاء فاتح يناير 2019", 0, day("2019-01-01"), "فاتح = the 1st"),
    ("يوم واحد", 1, dur("P1D")),
    ("ذكرى تقديم وثيقة الاستقلال", 0, NULL, "named national day (11 January); conventions silent on named days"),
    ("يوم الجمعة 11 يناير 2019", 0, day("2019-01-11")),
    ("يوم واحد", 2, dur("P1D")),
    ("منتصف السنة الدراسية", 0, NULL, "middle of the school year (here 20-27 January 2019); conventions define parts of calendar years only"),
    ("من يوم الأحد 20 يناير 2019 إلى يوم الأحد 27 يناير 2019", 0, day("2019-01-20", "2019-01-27")),
    ("8أيام", 0, dur("P8D")),
]


# ------------------------------------------------------------------ build + validate
DUR = re.compile(r"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$")
GRAINS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade"}


def find(text, sub, occ):
    i = -1
    for _ in range(occ + 1):
        i = text.find(sub, i + 1)
        if i < 0:
            raise ValueError(f"occurrence {occ} of {sub!r} not found")
    return i


def check_expected(e, note):
    if e is None:
        assert note, "a null value needs a note"
        return
    if "duration" in e:
        assert DUR.match(e["duration"]), e
        return
    if "set" in e:
        assert isinstance(e["set"], str) and e["set"], e
        return
    assert e["grain"] in GRAINS, e
    s = dt.datetime.fromisoformat(e["start"]) if e["start"] else None
    t = dt.datetime.fromisoformat(e["end"]) if e["end"] else None
    for x, raw in ((s, e["start"]), (t, e["end"])):
        if x is not None:
            assert x.isoformat() == raw, raw  # naive, full seconds form
    assert s or t, e
    if s and t:
        assert s < t, e


def main():
    cases = [json.loads(l) for l in open(os.path.join(HERE, "texts.jsonl"), encoding="utf-8") if l.strip()]
    assert set(A) == {c["id"] for c in cases}, set(A) ^ {c["id"] for c in cases}
    out = []
    for c in cases:
        text = c["text"]
        ms = []
        for item in A[c["id"]]:
            sub, occ, exp = item[:3]
            note = item[3] if len(item) > 3 else None
            i = find(text, sub, occ)
            m = {"start": i, "end": i + len(sub), "text": sub, "expected": exp}
            if note:
                m["note"] = note
            assert text[m["start"]:m["end"]] == m["text"]
            check_expected(exp, note)
            ms.append(m)
        ms.sort(key=lambda m: m["start"])
        for a, b in zip(ms, ms[1:]):
            assert a["end"] <= b["start"], (c["id"], a["text"], b["text"])
        # spans must not start/end inside a word
        for m in ms:
            assert m["start"] == 0 or not text[m["start"] - 1].isalnum() or text[m["start"] - 1] in "وبلف", (c["id"], m["text"])
            assert m["end"] == len(text) or not text[m["end"]].isalnum() or m["text"][-1].isdigit() and not text[m["end"]].isdigit(), (c["id"], m["text"], text[m["end"]])
        o = dict(c)
        o["mode"] = "extract"
        o.setdefault("source", "real-news")
        o.setdefault("reference_truth", c["reference"][:10] if c.get("reference") else None)
        o["mentions"] = ms
        out.append(o)
    with open(os.path.join(HERE, "second.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for o in out:
        n = len(o["mentions"])
        nn = sum(m["expected"] is None for m in o["mentions"])
        print(f"{o['id']}: {n} mentions ({nn} null)")
    print("total", sum(len(o["mentions"]) for o in out))


if __name__ == "__main__":
    main()
