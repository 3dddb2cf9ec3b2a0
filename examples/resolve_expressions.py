"""Resolve Arabic temporal expressions against a publication date.

Run:  python examples/resolve_expressions.py

Each expression is read against the article's publication date (the DCT), here
Tuesday 13 February 2018.  A value is a half-open interval [start, end) with a grain,
a TIMEX3 value and an EDTF string; vague expressions are ranges flagged vague, and a
DCT known only as a range makes every value anchored on it uncertain.
"""

from datetime import date

import timeline
from timeline.render import describe
from timeline.values import Value

DCT = date(2018, 2, 13)  # a Tuesday

EXPRESSIONS = [
    "أمس",                       # yesterday
    "قبل يومين",                 # two days ago
    "يوم الخميس",                # (last) Thursday
    "الأسبوع الماضي",            # last week (Saturday to Friday)
    "قبل أيام",                  # a few days ago: vague
    "مطلع الشهر",                # early this month: vague, mod START
    "19 / 2 / 2018",             # a numeric date
    "١٥ فبراير ٢٠١٨",            # Arabic-Indic digits
    "28 جمادى الأولى 1439 هـ",   # Hijri (Umm al-Qura)
    "خلال الأربعة أيام الأخيرة",  # an anchored duration
    "ثلاثة أيام",                # an unanchored duration
]

print(f"reference (publication date): {DCT:%A %Y-%m-%d}\n")
print(f"{'range':<28} {'timex':<12} {'edtf':<26} expression")
for text in EXPRESSIONS:
    v = timeline.resolve(text, reference=DCT)
    if v is None:
        print(f"{'(unresolved)':<28} {'':<12} {'':<26} {text}")
        continue
    print(f"{describe(v):<28} {v.timex:<12} {v.edtf or '':<26} {text}")

# All the expressions of a text, with their offsets:
text = "أسرت الفصائل أمس 400 عنصر، بعد معارك بدأت قبل أيام في ريف إدلب."
print("\nextract():")
for m in timeline.extract(text, reference=DCT):
    assert text[m.start:m.end] == m.text
    print(f"  {m.start:>3}-{m.end:<3} {m.kind:<12} {m.text:<10} -> {describe(m.value)}")

# A publication date known only as a range (inferred: sometime 11-13 February):
# "yesterday" is then sometime 10-12 February, flagged uncertain (EDTF '?').
dct_range = Value.interval(date(2018, 2, 11), date(2018, 2, 14), uncertain=True)
v = timeline.resolve("أمس", reference=dct_range)
print(f"\nأمس with a publication date of 11-13 Feb: {describe(v)}  (EDTF {v.edtf})")
