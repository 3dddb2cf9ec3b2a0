#!/usr/bin/env python3
"""Build /work/data/extract/real_ar.jsonl: a real-text evaluation set for timeline's date engine.

Each text is a re-worded excerpt (sentence by sentence) of a real Arabic web page whose publication day is
certain from the page; every temporal expression is kept verbatim.  Gold values follow
/work/shared/resolution-conventions.md and /work/main/docs/conventions.md.  Where the conventions give a value
that differs from what the text really means, "expected" keeps the conventions' value and "truth" records the
real one (tag "conv-diverges").  Where the conventions say nothing, "expected" is null and "note" explains
(tag "conv-silent"); such mentions still count for span detection in score.py.

Mentions are located by searching their text in the text (occ = which occurrence, 0-based, counting every
raw occurrence of the string).  Run:  python3 make_extract.py   (validates, writes real_ar.jsonl, prints stats)

Written without running the timeline library.
"""
import collections
import datetime as dt
import json
import re
import sys

from hijridate import Hijri

OUT = "/work/data/extract/real_ar.jsonl"
OUT_THIN = "/work/data/extract/real_ar_thin.jsonl"
# annotated, but too few mentions (2-3) for the main set, which prefers 6-15 per text: written to OUT_THIN
THIN = {"jo-watananews-2025-12-28", "ps-jareedeh-2026-01-04", "ly-almustaqbal-2022-07-14",
        "tn-alchourouk-2021-08-18", "lb-alahed-2022-05-30"}
D = dt.date
ONE = dt.timedelta(days=1)


# ------------------------------------------------------------------ value helpers
def _d(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def _iso(x):
    if isinstance(x, dt.datetime):
        return x.strftime("%Y-%m-%dT%H:%M:%S")
    return dt.datetime(x.year, x.month, x.day).strftime("%Y-%m-%dT%H:%M:%S")


def day(s):
    s = _d(s)
    return {"start": _iso(s), "end": _iso(s + ONE), "grain": "day"}


def days(s, e):
    """inclusive last day"""
    s, e = _d(s), _d(e)
    return {"start": _iso(s), "end": _iso(e + ONE), "grain": "day"}


def month(y, m, m2=None, y2=None):
    """month y-m, or months y-m .. y2-m2 inclusive"""
    y2 = y2 or y
    m2 = m2 or m
    ny, nm = (y2 + 1, 1) if m2 == 12 else (y2, m2 + 1)
    return {"start": _iso(D(y, m, 1)), "end": _iso(D(ny, nm, 1)), "grain": "month"}


def year(y, y2=None):
    return {"start": _iso(D(y, 1, 1)), "end": _iso(D((y2 or y) + 1, 1, 1)), "grain": "year"}


def hours(s, h1, h2, e=None):
    """[s h1:00, (e or s) h2:00); h2 may be 24; if e is None and h2 <= h1 the end is the next day"""
    s = _d(s)
    st = dt.datetime(s.year, s.month, s.day) + dt.timedelta(hours=h1)
    if e is None:
        e = s + ONE if h2 <= h1 else s
    e = _d(e)
    en = dt.datetime(e.year, e.month, e.day) + dt.timedelta(hours=h2)
    return {"start": _iso(st), "end": _iso(en), "grain": "hour"}


def minute(s, hm, e_hm=None, e=None):
    """one minute, or a minute range [s hm, (e or s) e_hm + 1 min)"""
    s = _d(s)
    h, m = map(int, hm.split(":"))
    st = dt.datetime(s.year, s.month, s.day, h, m)
    if e_hm is None:
        return {"start": _iso(st), "end": _iso(st + dt.timedelta(minutes=1)), "grain": "minute"}
    e = _d(e) if e else s
    h2, m2 = map(int, e_hm.split(":"))
    en = dt.datetime(e.year, e.month, e.day, h2, m2) + dt.timedelta(minutes=1)
    return {"start": _iso(st), "end": _iso(en), "grain": "minute"}


def dur(p):
    return {"duration": p}


def sset(p):
    return {"set": p}


def vague(v):
    v = dict(v)
    v["vague"] = True
    return v


def since(s, ref, grain):
    """'منذ <date>': from the start of the date to the end of the DCT's day"""
    return {"start": _iso(_d(s)), "end": _iso(_d(ref) + ONE), "grain": grain}


def hday(y, m, d):
    g = Hijri(y, m, d).to_gregorian()
    return D(g.year, g.month, g.day)


def hmonth(y, m):
    s = hday(y, m, 1)
    e = hday(y + (m == 12), 1 if m == 12 else m + 1, 1)
    return {"start": _iso(s), "end": _iso(e), "grain": "month"}


def hyear(y):
    return {"start": _iso(hday(y, 1, 1)), "end": _iso(hday(y + 1, 1, 1)), "grain": "year"}


NULL = None  # expected null: conventions silent (note says why)

# ------------------------------------------------------------------ data model
TEXTS = []
NEGATIVES = []


def M(text, expected, tags, occ=0, note=None, truth=None):
    m = {"text": text, "occ": occ, "expected": expected, "tags": list(tags)}
    if note:
        m["note"] = note
    if truth is not None:
        m["truth"] = truth
        if expected is not None and "conv-diverges" not in m["tags"]:
            m["tags"].append("conv-diverges")
    if expected is None and "conv-silent" not in m["tags"]:
        m["tags"].append("conv-silent")
    return m


def T(tid, url, country, register, ref, basis, text, mentions, note=None):
    TEXTS.append(dict(tid=tid, url=url, country=country, register=register, ref=ref, basis=basis,
                      text=text, mentions=mentions, note=note))


def N(text, ref, url, family, note):
    NEGATIVES.append(dict(text=text, ref=ref, url=url, family=family, note=note))


# ================================================================== TEXTS
# === BEGIN TEXTS ===
# ---------------------------------------------------------------- T01 Gaza (Palestine), official notice
T("ps-khbr-2019-02-05",
  "https://khbrpress.ps/post/188150/الداخلية-تصدر-تنويها-للمواطنين-في-المحافظة-الوسطى",
  "PS", "official-statement", "2019-02-05",
  "text: 'اليوم الثلاثاء' + 'غداً الأربعاء 6 فبراير 2019'",
  "أصدرت وزارة الداخلية والأمن الوطني في غزة تنويهاً لسكان المحافظة الوسطى. وأوضحت الوزارة في بيان "
  "تسلّمته وكالة \"خبر\" اليوم الثلاثاء أن السكان سيسمعون أصوات انفجارات وسيلاحظون حركة كثيفة لمركبات "
  "الشرطة والدفاع المدني والإسعاف وانتشاراً لقوى الأمن، وذلك غداً الأربعاء 6 فبراير 2019، لمدة ساعتين من "
  "الساعة 12:00 حتى 2:00 في المحافظة الوسطى. وأضافت أن ذلك جزء من مناورة تنفذها المؤسسات والأجهزة "
  "الحكومية لاختبار جاهزية الجبهة الداخلية في التعامل مع أوقات الأزمات والطوارئ.",
  [M("اليوم الثلاثاء", day("2019-02-05"), ["relative-day", "weekday"]),
   M("غداً الأربعاء 6 فبراير 2019", day("2019-02-06"), ["relative-day", "weekday", "month-date"]),
   M("لمدة ساعتين", dur("PT2H"), ["duration"]),
   M("من الساعة 12:00 حتى 2:00", minute("2019-02-06", "12:00", "14:00"), ["range", "clock"],
     note="2:00 read as 14:00 (a two-hour window), on the date before it; minute grain, end after the "
          "last minute per the range rule (the real window ends at 14:00)")])

# ---------------------------------------------------------------- T02 Mauritania, curfew
T("mr-mauritania13-2020-05-26", "http://mauritania13.com/node/13626", "MR", "news", "2020-05-26",
  "page dateline 'ثلاثاء, 2020-05-26 21:12'",
  "ثلاثاء, 2020-05-26 21:12\n"
  "أعلنت وزارة الداخلية الموريتانية أن حظر التجوال الجديد يبدأ يوم الثلاثاء من الساعة الثمنة مساء وحتي "
  "السادسة صباحا. وبيّنت الوزارة في بيانها أن الحظر سيبقى سارياً لمدة ثلاثة أسابيع. واستند البيان إلى المقرر "
  "رقم 356 الذي أصدره وزير الداخلية واللامركزية بتاريخ 21 مايو 2020 بشأن التدابير المرتبطة بتفشي فيروس "
  "كوفيد 19، وجاء فيه أن حظر التجول يسري ابتداء من اليوم عند الساعة الثامنة (20.00) مساء، وحتى السادسة "
  "(6:00) صباحا، وذلك لمدة ثلاثة أسابيع.",
  [M("ثلاثاء, 2020-05-26 21:12", minute("2020-05-26", "21:12"), ["numeric", "weekday", "clock", "dateline"]),
   M("يوم الثلاثاء", day("2020-05-26"), ["weekday"], note="bare weekday on a Tuesday DCT = the DCT"),
   M("من الساعة الثمنة مساء وحتي السادسة صباحا", hours("2020-05-26", 20, 7), ["range", "clock", "part-of-day"],
     note="misspellings الثمنة/وحتي kept; clock range after a day word, crossing midnight; hour grain so the "
          "end is after the 06:00 hour (the curfew really ends at 06:00)"),
   M("لمدة ثلاثة أسابيع", dur("P3W"), ["duration"], occ=0),
   M("21 مايو 2020", day("2020-05-21"), ["month-date"]),
   M("ابتداء من اليوم عند الساعة الثامنة (20.00) مساء، وحتى السادسة (6:00) صباحا",
     minute("2020-05-26", "20:00", "06:00", e="2020-05-27"), ["range", "clock", "relative-day"],
     note="clock words glossed with digits (20.00 with a dot, 6:00): minute grain; crosses midnight"),
   M("لمدة ثلاثة أسابيع", dur("P3W"), ["duration"], occ=1)])
N("بشأن التدابير المرتبطة بتفشي فيروس كوفيد 19", "2020-05-26", "http://mauritania13.com/node/13626",
  "number", "disease name with a number: not a date or clock time")

# ---------------------------------------------------------------- T03 arab48 weather (Arab Israeli / Palestinian)
T("ps-arab48-weather-2026-03-13",
  "https://www.arab48.com/محليات/حالة-الطقس/2026/03/13/طقس-مغبر-وارتفاع-طفيف-بالحرارة-الجمعة-والسبت-وأمطار-متوقعة-الأحد",
  "PS", "weather-bulletin", "2026-03-13", "URL date 2026/03/13 + 'اليوم الجمعة'",
  "توقعت دائرة الأرصاد الجوية أن يكون الطقس اليوم مغبراً أحياناً مع ارتفاع طفيف على درجات الحرارة، وأن "
  "تسود أجواء معتدلة نهاراً وباردة ليلاً مع احتمال هطول أمطار خفيفة متفرقة. ويستمر الغبار يوم السبت قبل "
  "أن تنخفض درجات الحرارة بشكل ملموس الأحد. وبحسب التوقعات، يكون الطقس اليوم الجمعة مغبراً وغائماً "
  "جزئياً إلى صافٍ، مع أجواء مستقرة ومشمسة في المناطق السهلية والساحلية والأغوار، وباردة ليلاً في المناطق "
  "الجبلية. أما يوم السبت، فيكون الطقس خماسينياً ومغبراً مع ارتفاع طفيف آخر على درجات الحرارة وفرصة "
  "لزخات محلية من المطر، بينما يسود ليلاً طقس بارد إلى شديد البرودة. وفي يوم الأحد يطرأ انخفاض ملموس "
  "على درجات الحرارة.",
  [M("اليوم", day("2026-03-13"), ["relative-day"], occ=0),
   M("يوم السبت", day("2026-03-07"), ["weekday"], occ=0, truth=day("2026-03-14"),
     note="forecast: present tense, no سـ/سوف/المقرر, so the conventions' past preference applies"),
   M("الأحد", day("2026-03-08"), ["weekday"], occ=0, truth=day("2026-03-15"),
     note="bare weekday in a forecast, past preference per conventions"),
   M("اليوم الجمعة", day("2026-03-13"), ["relative-day", "weekday"]),
   M("يوم السبت", day("2026-03-07"), ["weekday"], occ=1, truth=day("2026-03-14")),
   M("يوم الأحد", day("2026-03-08"), ["weekday"], truth=day("2026-03-15"))],
  note="bare adverbs نهاراً / ليلاً are not mentions (conventions)")

# ---------------------------------------------------------------- T04 Egypt football schedule
T("eg-elhadota-2019-11-22",
  "https://www.elhadota.com/2019/11/22/الدوري-المصري-يعود-غدًا-بعد-توقف-31-يوما/",
  "EG", "sports", "2019-11-22", "URL date 2019/11/22 + 'غدًا السبت' (23 Nov 2019 is a Saturday)",
  "الدوري المصري يعود غدًا بعد توقف 31 يوماً\n"
  "تعود عجلة الدوري المصري الممتاز إلى الدوران غدًا السبت بعد توقف دام 31 يوماً بسبب استضافة كأس الأمم "
  "الأفريقية تحت 23 سنه، إذ أقيمت آخر مباراة في 22 أكتوبر الماضي وجمعت وادي دجلة ومصر للمقاصة وانتهت "
  "بالتعادل 2 / 2. ونستعرض في السطور التالية مواعيد مباريات هذا الأسبوع: يلتقي غدًا في الثانية والنصف "
  "فريقا طنطا وطلائع الجيش، وعند الخامسة والنصف يلعب المقاولون العرب مع أسوان ضمن الجولة الرابعة. "
  "وتُستأنف المباريات يوم الإثنين 25 نوفمبر بمباراتين، تقام الأولى في الخامسة والنصف مساءاً بين الجونة "
  "والأهلي، والثانية في السابعة والنصف بين إنبي والزمالك. ويوم الثلاثاء 26 نوفمبر يلتقي نادي مصر مع وادي "
  "دجلة في الخامسة مساءاً. ويلعب طنطا مع سموحة الأربعاء 27 نوفمبر، بينما يلتقي الاتحاد السكندري "
  "والإسماعيلي الجمعة 29 نوفمبر.",
  [M("غدًا", day("2019-11-23"), ["relative-day"], occ=0),
   M("31 يوماً", dur("P31D"), ["duration"], occ=0),
   M("غدًا السبت", day("2019-11-23"), ["relative-day", "weekday"]),
   M("31 يوماً", dur("P31D"), ["duration"], occ=1),
   M("22 أكتوبر الماضي", day("2019-10-22"), ["month-date"]),
   M("هذا الأسبوع", {"start": "2019-11-16T00:00:00", "end": "2019-11-23T00:00:00", "grain": "week"},
     ["relative-week"], truth={"start": "2019-11-23T00:00:00", "end": "2019-11-30T00:00:00", "grain": "week"},
     note="on a Friday DCT the DCT's Saturday-Friday week ends that day; the schedule is the next week"),
   M("غدًا في الثانية والنصف", minute("2019-11-23", "14:30"), ["relative-day", "clock"],
     note="no AM/PM word; afternoon kick-off (14:30) assumed"),
   M("الخامسة والنصف", NULL, ["clock"], occ=0, truth=minute("2019-11-23", "17:30"),
     note="clock time with no part-of-day word and no adjacent day word: conventions put it on the DCT "
          "but say nothing on AM/PM; means 17:30 tomorrow"),
   M("يوم الإثنين 25 نوفمبر", day("2019-11-25"), ["weekday", "month-date"]),
   M("الخامسة والنصف مساءاً", minute("2019-11-25", "17:30"), ["clock", "part-of-day"],
     note="follows the date word of its sentence; spelling مساءاً"),
   M("السابعة والنصف", NULL, ["clock"], truth=minute("2019-11-25", "19:30"),
     note="no AM/PM word; 19:30 on 25 Nov in fact"),
   M("يوم الثلاثاء 26 نوفمبر", day("2019-11-26"), ["weekday", "month-date"]),
   M("الخامسة مساءاً", hours("2019-11-26", 17, 18), ["clock", "part-of-day"]),
   M("الأربعاء 27 نوفمبر", day("2019-11-27"), ["weekday", "month-date"]),
   M("الجمعة 29 نوفمبر", day("2019-11-29"), ["weekday", "month-date"])],
  note="'تحت 23 سنه' (under-23) is an age category, left unannotated")
N("وانتهت بالتعادل 2 / 2", "2019-11-22", "https://www.elhadota.com/2019/11/22/", "numeric",
  "a 2-2 football score written like a day/month numeric date")

# ---------------------------------------------------------------- T05 Egypt Dar al-Ifta, moon sighting (Shawwal 1442)
T("eg-elwatan-2021-05-10", "https://elwatannews.com/news/details/5485287", "EG", "religious-announcement",
  "2021-05-10", "text: 'اليوم الإثنين' + 'يوم غد الثلاثاء ... الموافق 11 مايو'",
  "حددت دار الإفتاء المصرية موعد استطلاع هلال شهر شوال 2021 ليكون غدا الثلاثاء، على أن يلقي المفتي الدكتور "
  "شوقي علام كلمة للمواطنين غدا عقب الاستطلاع لإعلان موعد عيد الفطر المبارك. وأوضح الدكتور إبراهيم نجم، "
  "مستشار المفتي، أن الدار ستتحرى هلال شهر شوال لعام 1442 هجرية يوم غد الثلاثاء 29 رمضان 1442هـ الموافق "
  "11 مايو الجاري من خلال لجانها الشرعية والعلمية المنتشرة في أنحاء الجمهورية. وشدد نجم، اليوم الإثنين، على "
  "أن دار الإفتاء هي الجهة الوحيدة المخولة بإعلان نتيجة الرؤية، داعياً المواطنين إلى عدم الالتفات إلى ما "
  "يُنشر من أخبار قبل موعد الرؤية.",
  [M("شهر شوال 2021", hmonth(1442, 10), ["hijri"],
     note="Hijri month named with a Gregorian year: the Shawwal that falls in 2021 (Shawwal 1442, Umm al-Qura)"),
   M("غدا الثلاثاء", day("2021-05-11"), ["relative-day", "weekday"]),
   M("غدا", day("2021-05-11"), ["relative-day"], occ=1),
   M("عيد الفطر المبارك", NULL, ["named-day"], truth=day("2021-05-13"),
     note="named holiday; conventions silent (1 Shawwal 1442 = 13 May 2021, Umm al-Qura and Egypt)"),
   M("شهر شوال لعام 1442 هجرية", hmonth(1442, 10), ["hijri"]),
   M("يوم غد الثلاثاء 29 رمضان 1442هـ الموافق 11 مايو الجاري", day("2021-05-11"),
     ["relative-day", "weekday", "hijri", "month-date"], note="الموافق joins the Hijri and Gregorian renderings"),
   M("اليوم الإثنين", day("2021-05-10"), ["relative-day", "weekday"])])

# ---------------------------------------------------------------- T06 Algeria (El Khabar), moon sighting
T("dz-elkhabar-2021-05-11", "http://elkhabar.com.dz/press/article/186200/", "DZ", "religious-announcement",
  "2021-05-11", "text: 'مساء اليوم الثلاثاء' + 'مساء الثلاثاء 29 رمضان' (1442 = 11 May 2021)",
  "تتحرى الدول العربية والإسلامية، مساء اليوم الثلاثاء، هلال شهر شوال لتحديد أول أيام عيد الفطر المبارك. "
  "وكانت المحكمة العليا السعودية قد دعت عموم المسلمين في أنحاء المملكة إلى تحري رؤية هلال شوال لهذا العام "
  "(1442 هجري) مساء الثلاثاء 29 رمضان، راجية ممن يراه بالعين المجردة أو بواسطة المناظير إبلاغ أقرب محكمة "
  "إليه وتسجيل شهادته لديها، أو الاتصال بأقرب مركز يساعده على الوصول إليها، وفق ما نقلته صحيفة \"عكاظ\" "
  "السعودية.",
  [M("مساء اليوم الثلاثاء", hours("2021-05-11", 18, 24), ["part-of-day", "relative-day", "weekday"]),
   M("شهر شوال", hmonth(1442, 10), ["hijri"], note="Hijri month without a year: the nearest one (Shawwal 1442)"),
   M("أول أيام عيد الفطر المبارك", NULL, ["named-day"], truth=day("2021-05-13"),
     note="named holiday, depends on the sighting; conventions silent"),
   M("شوال لهذا العام (1442 هجري)", hmonth(1442, 10), ["hijri"]),
   M("مساء الثلاثاء 29 رمضان", hours("2021-05-11", 18, 24), ["part-of-day", "weekday", "hijri"],
     note="Hijri day-month without a year: 29 Ramadan 1442 (Umm al-Qura) = 11 May 2021")])

# ---------------------------------------------------------------- T07 Egypt league matchday (Veto)
T("eg-vetogate-2025-11-22", "https://www.vetogate.com/5538768", "EG", "sports", "2025-11-22",
  "page metadata date 2025-11-22 + 'اليوم السبت'",
  "تنطلق اليوم السبت منافسات اليوم الأول من الجولة الرابعة عشرة في الموسم رقم 67 لدوري القسم الأول (دوري "
  "نايل). ويشهد اليوم إقامة 3 مباريات: يستقبل فاركو ضيفه سيراميكا كليوباترا على ملعب حرس الحدود بالمكس في "
  "الخامسة مساءً، وفي الثامنة مساءً يحتضن ملعب السلام لقاء مودرن سبورت والبنك الأهلي، وفي التوقيت نفسه "
  "يلتقي طلائع الجيش مع إنبي على ملعب جهاز الرياضة.\n"
  "مواعيد مباريات اليوم والقنوات الناقلة:\n"
  "فاركو ضد سيراميكا كليوباترا - 5:00 مساء - أون تايم سبورت 2\n"
  "طلائع الجيش ضد إنبي - 8:00 مساء - أون تايم سبورت 2\n"
  "مودرن سبورت ضد البنك الأهلي - 8:00 مساء - أون تايم سبورت 1",
  [M("اليوم السبت", day("2025-11-22"), ["relative-day", "weekday"]),
   M("اليوم", day("2025-11-22"), ["relative-day"], occ=2),
   M("الخامسة مساءً", hours("2025-11-22", 17, 18), ["clock", "part-of-day"]),
   M("الثامنة مساءً", hours("2025-11-22", 20, 21), ["clock", "part-of-day"]),
   M("التوقيت نفسه", NULL, ["anaphoric", "clock"], truth=hours("2025-11-22", 20, 21),
     note="'at the same time' = the 20:00 kick-off just mentioned; anaphora to a clock time, conventions silent"),
   M("اليوم", day("2025-11-22"), ["relative-day"], occ=3),
   M("5:00 مساء", minute("2025-11-22", "17:00"), ["clock", "part-of-day"]),
   M("8:00 مساء", minute("2025-11-22", "20:00"), ["clock", "part-of-day"], occ=0),
   M("8:00 مساء", minute("2025-11-22", "20:00"), ["clock", "part-of-day"], occ=1)],
  note="'اليوم الأول من الجولة' (first day of the round: a count, not a calendar day) is left unannotated; "
       "'أون تايم سبورت 2' is a channel name")
N("الموسم رقم 67 لدوري القسم الأول", "2025-11-22", "https://www.vetogate.com/5538768", "number",
  "season number, not a year")

# ---------------------------------------------------------------- T08 Egypt league round 1 (dotalkhalij)
T("eg-dotalkhalij-2025-08-09",
  "https://news.dotalkhalij.com/sport/29934301/4-مواجهات-قوية-في-استكمال-الجولة-الأولى-من-الدوري-المصري.html",
  "EG", "sports", "2025-08-09", "text: 'اليوم، السبت' + fixture list 'السبت – 9 أغسطس' (2025 season)",
  "تتواصل اليوم، السبت، منافسات الجولة الأولى من الدوري المصري الممتاز لموسم 2025–2026 بأربع مباريات، إذ "
  "يلتقي سموحة مع طلائع الجيش، والمقاولون العرب مع زد، والإسماعيلي مع بتروجت، فيما يواجه الأهلي مودرن "
  "سبورت. وقررت رابطة الأندية المحترفة في بيان رسمي تعديل مواعيد المباريات لتقام في السادسة والتاسعة مساءً "
  "بدلًا من الخامسة والثامنة، تلبية لطلب الأندية وحفاظاً على صحة اللاعبين والجماهير مع ارتفاع درجات الحرارة "
  "خلال أغسطس. ويضم الدوري هذا الموسم 21 فريقًا، بعدما توج الأهلي باللقب في الموسم الماضي متقدماً بنقطتين "
  "على بيراميدز بعد صراع امتد حتى الجولة الأخيرة.\n"
  "مباريات الجولة الأولى:\n"
  "السبت – 9 أغسطس\n"
  "سموحة × طلائع الجيش – 6 مساءً",
  [M("اليوم، السبت", day("2025-08-09"), ["relative-day", "weekday"]),
   M("موسم 2025–2026", NULL, ["season"], note="football season 2025-26 (Aug 2025 - mid 2026); conventions silent"),
   M("السادسة والتاسعة مساءً", NULL, ["clock", "part-of-day"],
     note="two coordinated clock times (18:00 and 21:00 on match days); conventions silent on coordination"),
   M("الخامسة والثامنة", NULL, ["clock"], note="coordinated clock times (17:00, 20:00), no part-of-day word"),
   M("أغسطس", month(2025, 8), ["month-name"], occ=0, note="bare month name, nearest (window) = Aug 2025"),
   M("هذا الموسم", NULL, ["season"], note="the current football season; conventions silent"),
   M("الموسم الماضي", NULL, ["season"], note="last football season (2024-25); conventions silent"),
   M("السبت – 9 أغسطس", day("2025-08-09"), ["weekday", "month-date"]),
   M("6 مساءً", hours("2025-08-09", 18, 19), ["clock", "part-of-day"])])

# ---------------------------------------------------------------- T09 Egypt (koraon), match preview
T("eg-koraon-2020-09-14",
  "https://h.koraon.com/كورة-مصرية/موعد-مباراة-مصر-المقاصة-ونادي-مصر-في-ال/",
  "EG", "sports", "2020-09-14", "text: 'مساء غداً، الثلاثاء، الموافق 15 سبتمبر' (season 2019-2020 => 2020)",
  "يستعد فريق مصر المقاصة لملاقاة ضيفه نادي مصر مساء غداً، الثلاثاء، الموافق 15 سبتمبر، ضمن منافسات الأسبوع "
  "27 من الدوري المصري الممتاز لموسم 2019-2020. وتقام المباراة في السادسة مساء بتوقيت القاهرة والسابعة "
  "بتوقيت السعودية على ستاد المقاولون العرب، وتنقلها قناة أون تايم سبورت. ويدخل المقاصة اللقاء في المركز "
  "الثامن برصيد 33 نقطة، بينما يحتل نادي مصر المركز السابع عشر برصيد 19 نقطة. ويطمح المقاصة إلى التقدم "
  "نحو المراكز المؤهلة للبطولات الأفريقية في الموسم المقبل، في حين يسعى نادي مصر إلى الابتعاد عن شبح الهبوط.",
  [M("مساء غداً، الثلاثاء، الموافق 15 سبتمبر", hours("2020-09-15", 18, 24),
     ["part-of-day", "relative-day", "weekday", "month-date"]),
   M("موسم 2019-2020", NULL, ["season"], note="football season; '2019-2020' is not a numeric date"),
   M("السادسة مساء", hours("2020-09-14", 18, 19), ["clock", "part-of-day"], truth=hours("2020-09-15", 18, 19),
     note="new sentence with no day word: conventions put a clock time on the DCT; the match is tomorrow"),
   M("السابعة", NULL, ["clock"], truth=hours("2020-09-15", 19, 20),
     note="hour word, no AM/PM, Saudi time zone gloss; conventions silent"),
   M("الموسم المقبل", NULL, ["season"], note="next football season; conventions silent")])
N("ضمن منافسات الأسبوع 27 من الدوري", "2020-09-14", "https://h.koraon.com/", "ordinal",
  "matchweek number, not a calendar week")

# ---------------------------------------------------------------- T10 Iraq, Eid al-Adha holiday
T("iq-baghdad24-2021-07-15", "https://baghdad24.news/?p=8702", "IQ", "official-statement", "2021-07-15",
  "text: 'اليوم الخميس 15 تموز 2021'",
  "الأمانة العامة لمجلس الوزراء تعطل الدوام الرسمي في العراق لمدة 7 أيام بدءاً من الأحد المقبل 18 / 7/ 2021 "
  "بمناسبة عيد الأضحى\n"
  "حددت الأمانة العامة لمجلس الوزراء عطلة عيد الأضحى المبارك، إذ تبدأ من يوم الأحد الموافق لـ ٢٠٢١/٧/١٨ "
  "وتنتهي في يوم السبت الموافق لـ ٢٠٢١/٧/٢٤. وأفاد البيان، الذي تلقت وكالة بغداد 24 نسخة منه اليوم الخميس "
  "15 تموز 2021، بأن الدوام الرسمي في دوائر الدولة كافة سيُستأنف يوم الأحد الموافق لـ ٢٠٢١/٧/٢٥.",
  [M("لمدة 7 أيام", dur("P7D"), ["duration"]),
   M("الأحد المقبل 18 / 7/ 2021", day("2021-07-18"), ["weekday", "numeric"]),
   M("عيد الأضحى", NULL, ["named-day"], occ=0, truth=day("2021-07-20"), note="named holiday (10 Dhu al-Hijja 1442)"),
   M("عيد الأضحى المبارك", NULL, ["named-day"], truth=day("2021-07-20"), note="named holiday"),
   M("يوم الأحد الموافق لـ ٢٠٢١/٧/١٨", day("2021-07-18"), ["weekday", "numeric", "arabic-digits"],
     note="year-first numeric date in Arabic-Indic digits"),
   M("يوم السبت الموافق لـ ٢٠٢١/٧/٢٤", day("2021-07-24"), ["weekday", "numeric", "arabic-digits"]),
   M("اليوم الخميس 15 تموز 2021", day("2021-07-15"), ["relative-day", "weekday", "month-date"]),
   M("يوم الأحد الموافق لـ ٢٠٢١/٧/٢٥", day("2021-07-25"), ["weekday", "numeric", "arabic-digits"])],
  note="'بدءاً من' (starting from) is left outside the span")
N("الذي تلقت وكالة بغداد 24 نسخة منه", "2021-07-15", "https://baghdad24.news/?p=8702", "number",
  "'بغداد 24' is an agency name; 24 is not an hour or a day")

# ---------------------------------------------------------------- T11 Iraq, Arbaeen holiday
T("iq-non14-2023-08-29", "https://non14.iq/amp/159732", "IQ", "official-statement", "2023-08-29",
  "page date '29 August 2023' + 'قرر مجلس الوزراء، الثلاثاء' (29 Aug 2023 is a Tuesday)",
  "تعطيل الدوام الرسمي بالعراق يومي الأربعاء والخميس من الأسبوع المقبل\n"
  "قرر مجلس الوزراء العراقي، الثلاثاء، تعطيل الدوام الرسمي يومي الأربعاء والخميس من الأسبوع المقبل، "
  "الموافقين 6 و 7 أيلول، لإحياء مراسم الزيارة الأربعينية. وأوضح المجلس في بيانه أن القرار يشمل الوزارات "
  "والدوائر الرسمية كافة، كما حدد يوم الأحد المقبل موعداً لعقد جلسته الاعتيادية.",
  [M("يومي الأربعاء والخميس من الأسبوع المقبل", days("2023-09-06", "2023-09-07"), ["weekday", "relative-week", "range"],
     occ=0, note="next Saturday-Friday week is 2-8 Sep 2023"),
   M("الثلاثاء", day("2023-08-29"), ["weekday"]),
   M("يومي الأربعاء والخميس من الأسبوع المقبل، الموافقين 6 و 7 أيلول", days("2023-09-06", "2023-09-07"),
     ["weekday", "relative-week", "range", "month-date"]),
   M("الزيارة الأربعينية", NULL, ["named-day"], truth=days("2023-09-06", "2023-09-07"),
     note="religious occasion (Arbaeen, 20 Safar 1445); conventions silent"),
   M("يوم الأحد المقبل", day("2023-09-03"), ["weekday"])])

# ---------------------------------------------------------------- T12 Iraq, Christmas holiday
T("iq-baghdadtoday-2024-12-24",
  "https://baghdadtoday.news/264567-مجلس-الوزراء-يصوت-على-اعتبار-يوم-غد-الأربعاء-عطلة-رسمية-بمناسبة-أعياد-الميلاد.html",
  "IQ", "official-statement", "2024-12-24", "page dateline '24-12-2024, 15:34' + 'اليوم الثلاثاء (24 كانون الأول 2024)'",
  "مجلس الوزراء يصوت على اعتبار يوم غد الأربعاء عطلة رسمية بمناسبة أعياد الميلاد\n"
  "24-12-2024, 15:34\n"
  "بغداد اليوم - بغداد\n"
  "صوّت مجلس الوزراء العراقي، اليوم الثلاثاء (24 كانون الأول 2024)، على جعل يوم غد الأربعاء عطلة رسمية في "
  "عموم البلاد. وذكر المكتب الإعلامي لرئيس الوزراء محمد شياع السوداني في بيان تلقته \"بغداد اليوم\" أن المجلس "
  "صوّت على اعتبار يوم غد الأربعاء 25 كانون الأول 2024 عطلة رسمية بمناسبة أعياد الميلاد المجيدة.",
  [M("يوم غد الأربعاء", day("2024-12-25"), ["relative-day", "weekday"], occ=0),
   M("أعياد الميلاد", NULL, ["named-day"], occ=0, truth=day("2024-12-25"), note="Christmas; conventions silent"),
   M("24-12-2024, 15:34", minute("2024-12-24", "15:34"), ["numeric", "clock", "dateline"]),
   M("اليوم الثلاثاء (24 كانون الأول 2024)", day("2024-12-24"), ["relative-day", "weekday", "month-date"]),
   M("يوم غد الأربعاء", day("2024-12-25"), ["relative-day", "weekday"], occ=1),
   M("يوم غد الأربعاء 25 كانون الأول 2024", day("2024-12-25"), ["relative-day", "weekday", "month-date"]),
   M("أعياد الميلاد المجيدة", NULL, ["named-day"], truth=day("2024-12-25"), note="Christmas; conventions silent")],
  note="'بغداد اليوم' (twice) is the outlet's name, not the DCT")
N("بغداد اليوم - بغداد", "2024-12-24", "https://baghdadtoday.news/264567", "relative-day",
  "newspaper name 'Baghdad Today': اليوم is not temporal here")

# ---------------------------------------------------------------- T13 Iraq, national day holiday
T("iq-baghdadtoday-2023-09-26",
  "https://baghdadtoday.news/231888-العراق-يعطل-الدوام-الرسمي-يوم-الثلاثاء-المقبل.html",
  "IQ", "official-statement", "2023-09-26", "page dateline '26-09-2023, 18:13' + 'اليوم الثلاثاء (26 ايلول 2023)'",
  "العراق يعطل الدوام الرسمي يوم الثلاثاء المقبل\n"
  "وجّه رئيس مجلس الوزراء محمد شياع السوداني، اليوم الثلاثاء (26 ايلول 2023)، بتعطيل الدوام الرسمي يوم "
  "الثلاثاء المقبل. وأوضحت الأمانة العامة لمجلس الوزراء في بيان مقتضب أن التعطيل سيكون يوم الثلاثاء، "
  "2023/10/3، في الوزارات ومؤسسات الدولة كافة احتفاءً بالعيد الوطني لجمهورية العراق. وكان مجلس الوزراء قد "
  "صوّت في عام 2020 على اعتماد الثالث من تشرين الاول يوماً وطنياً للعراق، وهو اليوم الذي نال فيه العراق "
  "استقلاله عن الانتداب البريطاني وانضم إلى عصبة الأمم عام 1932.",
  [M("يوم الثلاثاء المقبل", day("2023-10-03"), ["weekday"], occ=0),
   M("اليوم الثلاثاء (26 ايلول 2023)", day("2023-09-26"), ["relative-day", "weekday", "month-date"],
     note="ايلول without hamza"),
   M("يوم الثلاثاء المقبل", day("2023-10-03"), ["weekday"], occ=1),
   M("يوم الثلاثاء، 2023/10/3", day("2023-10-03"), ["weekday", "numeric"]),
   M("العيد الوطني", NULL, ["named-day"], truth=day("2023-10-03"), note="national day; conventions silent"),
   M("عام 2020", year(2020), ["year"]),
   M("الثالث من تشرين الاول", day("2023-10-03"), ["month-date", "ordinal-day"],
     note="ordinal day-month without year, window rule; in meaning a yearly date"),
   M("عام 1932", year(1932), ["year"])])

N("وهو اليوم الذي نال فيه العراق استقلاله", "2023-09-26",
  "https://baghdadtoday.news/231888-العراق-يعطل-الدوام-الرسمي-يوم-الثلاثاء-المقبل.html", "relative-day",
  "'the day on which Iraq gained independence' (3 Oct 1932): اليوم heads a relative clause, it is not the DCT")

# ---------------------------------------------------------------- T14 Sudan, gold traders (newspaper via blog)
T("sd-alragrag-2015-07-11",
  "https://alragrag.blogspot.com/search?max-results=7&reverse-paginate=true&updated-max=2015-07-11T15%3A57%3A00%2B03%3A00",
  "SD", "news", "2015-07-11", "blog post date 'السبت، 11 يوليو 2015' (newspaper item; 'أمس (الجمعة)' agrees)",
  "السبت، 11 يوليو 2015\n"
  "تجار ذهب بالخرطوم يلوّحون بإغلاق محلاتهم احتجاجاً على زيادة الرسوم\n"
  "تلوح في الأفق أزمة بين تجار الذهب في وسط الخرطوم وهيئة المواصفات والمقاييس، بعد أن رفعت الهيئة رسوم "
  "الدمغة من 100 جنيه إلى 350 جنيهاً. وهددت لجنة شكّلها التجار باللجوء إلى الإضراب إن فشل اجتماع مشترك مع "
  "الهيئة. وتواصلت حركة البيع أمس (الجمعة) في مجمع الذهب بالسوق العربي في انتظار نتائج الاجتماع المرتقب، "
  "ولم تتلق اللجنة حتى مثول الصحيفة للطبع أي رد من الهيئة، بعد أن تعذّر عقد الاجتماع في وقت مبكر من "
  "الظهيرة. وكانت اللجنة التي تشكلت في ساعة متأخرة من ليل الأربعاء قد عجزت عن لقاء مسؤولي الهيئة، إذ "
  "أُبلغت بأن المدير غير موجود.",
  [M("السبت، 11 يوليو 2015", day("2015-07-11"), ["weekday", "month-date", "dateline"]),
   M("أمس (الجمعة)", day("2015-07-10"), ["relative-day", "weekday"]),
   M("وقت مبكر من الظهيرة", NULL, ["part-of-day", "vague"], truth=hours("2015-07-10", 11, 14),
     note="'early in the noon hours' with no day word (yesterday implied); conventions need a day"),
   M("ساعة متأخرة من ليل الأربعاء", vague(hours("2015-07-08", 18, 6)), ["part-of-day", "weekday", "vague"],
     note="ليل الأربعاء = Wednesday 18:00 to Thursday 06:00; 'late hour of' narrows it, flagged vague")])
N("رسوم الدمغة من 100 جنيه إلى 350 جنيهاً", "2015-07-11", "https://alragrag.blogspot.com/", "range",
  "a range of amounts (من ... إلى ...) not of dates")

# ---------------------------------------------------------------- T15 Morocco (Hespress), village report
T("ma-hespress-2014-11-09", "http://www.hespress.com/زووم/245443.html", "MA", "feature", "2014-11-09",
  "page dateline 'الأحد 9 نونبر 2014 - 00:42'",
  "قرية أيت حساين .. موطن الهشاشة في منطقة فكّ عُزلتها المَلك\n"
  "الأحد 9 نونبر 2014 - 00:42\n"
  "يصل الزائر إلى القرية عبر طريق وعرة انطلاقاً من مكناس مروراً بعدد من الدواوير، أما الطريق القادمة من "
  "مولاي إدريس زرهون فأيسر بكثير. قبل سنوات قليلة كانت القرية تعيش عزلة تامة، إلى أن جاءت زيارة ملكية "
  "نفضت عنها الغبار، غير أن الهشاشة ما زالت تطبع جوانب كثيرة من حياتها. وهي القرية الأمازيغية الوحيدة وسط "
  "قرى المنطقة، وقد دق أبناؤها ناقوس الخطر منذ عقود طويلة، قبل أن يزورها الملك سنة 2007 ويطلق برامج "
  "لتزويد السكان بالماء والكهرباء وتبليط الأزقة ومد الطريق، لكن المعاناة مستمرة إلى حد الآن.",
  [M("الأحد 9 نونبر 2014 - 00:42", minute("2014-11-09", "00:42"), ["weekday", "month-date", "clock", "dateline"],
     note="Moroccan month name نونبر"),
   M("قبل سنوات قليلة", vague({"start": "2004-11-09T00:00:00", "end": "2012-11-10T00:00:00", "grain": "year"}),
     ["vague"], note="read as قبل سنوات: 2 to 10 years before the DCT"),
   M("منذ عقود طويلة", NULL, ["vague"], note="'for long decades'; conventions silent on vague decades"),
   M("سنة 2007", year(2007), ["year"]),
   M("إلى حد الآن", NULL, ["now"], note="'until now'; conventions say nothing on الآن")])

# ---------------------------------------------------------------- T16 Algeria, confinement hours
T("dz-annasr-2020-06-13",
  "https://www.annasronline.com/index.php/2014-08-09-10-33-20/2014-08-23-11-15-15/152595-19-19-29",
  "DZ", "official-statement", "2020-06-13", "text: 'بيان اليوم السبت' + 'يوم غد الأحد 14 جوان 2020'",
  "قررت الحكومة رفع الحجر المنزلي كلياً في 19 ولاية وتعديل مواقيته في بقية الولايات، في إطار مكافحة فيروس "
  "كورونا، وفق بيان صدر اليوم السبت عن مصالح الوزير الأول. ويشمل الرفع الكلي ولايات تمنراست وتندوف "
  "وإيليزي وسعيدة وغرداية والنعامة وغيرها، فيما يُعدَّل توقيت الحجر المنزلي ليصبح من الساعة الثامنة مساء "
  "إلى غاية الخامسة صباحا في 29 ولاية، من بينها الجزائر العاصمة وقسنطينة ووهران وسطيف. وتدخل هذه "
  "الإجراءات حيز التنفيذ يوم غد الأحد 14 جوان 2020.",
  [M("اليوم السبت", day("2020-06-13"), ["relative-day", "weekday"]),
   M("من الساعة الثامنة مساء إلى غاية الخامسة صباحا", NULL, ["range", "clock", "set"],
     note="a nightly window (20:00-05:00) applying every night from 14 June; conventions have no set form "
          "for a clock range"),
   M("يوم غد الأحد 14 جوان 2020", day("2020-06-14"), ["relative-day", "weekday", "month-date"],
     note="Algerian month name جوان")])

# ---------------------------------------------------------------- T17 Algeria, heat wave (live feed item)
T("dz-aljazair1-2019-07-07",
  "https://aljazair1.com/ارتفاع-محسوس-في-درجات-الحرارة-في-هذه-ا-2/", "DZ", "weather-bulletin", "2019-07-07",
  "feed item dateline '7 يوليو، 2019 - 10:02' + 'صبيحة اليوم الأحد'",
  "7 يوليو، 2019 - 10:02\n"
  "ارتفاع محسوس في درجات الحرارة في هذه المناطق\n"
  "حذّرت مصالح الأرصاد الجوية من موجة حر شديدة تضرب الولايات الساحلية، حيث تبلغ درجات الحرارة 40 درجة في "
  "ثلاث ولايات شمالية هي وهران ومستغانم وتيبازة. وحسب نشرية خاصة، تبدأ الموجة صبيحة اليوم الأحد وتستمر إلى "
  "غاية السادسة مساء. كما نبهت الأرصاد إلى استمرار الأجواء الحارة طيلة نهار اليوم في ولايات الجنوب، إذ "
  "تتجاوز الحرارة 47 درجة تحت الظل في الوادي وورقلة وتمنراست وأدرار.",
  [M("7 يوليو، 2019 - 10:02", minute("2019-07-07", "10:02"), ["month-date", "clock", "dateline"]),
   M("صبيحة اليوم الأحد", hours("2019-07-07", 6, 12), ["part-of-day", "relative-day", "weekday"],
     note="صبيحة read as صباح"),
   M("إلى غاية السادسة مساء", hours("2019-07-07", 18, 19), ["clock", "part-of-day", "until"],
     note="إلى غاية = حتى: the time's own interval (ON_OR_BEFORE)"),
   M("نهار اليوم", NULL, ["part-of-day", "relative-day"], truth=hours("2019-07-07", 6, 18),
     note="'daytime today'; نهار is not among the conventions' parts of day")])

# ---------------------------------------------------------------- T18 Algeria, presidential pardon (feed item)
T("dz-aljazair1-2019-07-06",
  "https://aljazair1.com/ارتفاع-محسوس-في-درجات-الحرارة-في-هذه-ا-2/", "DZ", "news", "2019-07-06",
  "feed item dateline '6 يوليو، 2019 - 20:58'",
  "6 يوليو، 2019 - 20:58\n"
  "الجزائر بلا عفو رئاسي\n"
  "تساءلت عائلات آلاف المساجين عن سبب مرور الذكرى الـ57 لعيد الاستقلال، المصادفة لـ 5 جويلية، دون صدور العفو "
  "الرئاسي الذي اعتاد الجزائريون صدوره كل عام لفائدة مئات المساجين غير المتورطين في جرائم القتل والإرهاب "
  "والخيانة العظمى. وأمس احتج سجناء في أحد سجون ولاية الأغواط وهددوا بالانتحار إن لم يشملهم العفو السنوي.",
  [M("6 يوليو، 2019 - 20:58", minute("2019-07-06", "20:58"), ["month-date", "clock", "dateline"]),
   M("5 جويلية", day("2019-07-05"), ["month-date"], note="day-month without year, window rule"),
   M("كل عام", sset("P1Y"), ["set"]),
   M("أمس", day("2019-07-05"), ["relative-day"])],
  note="the second item of the same feed page as dz-aljazair1-2019-07-07, with its own dateline; "
       "'الذكرى الـ57' (57th anniversary) and 'العفو السنوي' are left unannotated")
N("احتج سجناء في أحد سجون ولاية الأغواط", "2019-07-06", "https://aljazair1.com/", "weekday-word",
  "أحد = 'one of' (the prisons), not Sunday")

# ---------------------------------------------------------------- T19 Lebanon parliament budget debate
T("lb-shorouk-2026-01-28",
  "https://www.shorouknews.com/news/view.aspx?cdate=28012026&id=19d70e2e-3b6d-4e93-8f1b-dc75b61059e3",
  "LB", "news", "2026-01-28", "URL cdate=28012026 + metadata date + 'مساء اليوم الأربعاء'",
  "واصل مجلس النواب اللبناني، مساء اليوم الأربعاء، مناقشة موازنة العام 2026 في جلسة عامة يرأسها نبيه بري "
  "بحضور رئيس الحكومة نواف سلام والوزراء. وكان المجلس قد استأنف، قبل ظهر اليوم الأربعاء، الجلسة العامة "
  "المخصصة لمناقشة مشروع قانون الموازنة العامة للعام 2026 وإقراره. وتعاقب على الكلام في جلسة ما قبل ظهر "
  "اليوم 15 نائبا انتقدوا المشروع وأشاروا إلى ثغراته، كما انتقدوا أداء الحكومة بعد مرور سنة على تشكيلها. "
  "وكانت مناقشة الموازنة قد بدأت قبل ظهر أمس الثلاثاء وتبعتها جلسة مسائية، على أن تُستكمل قبل ظهر ومساء "
  "غد الخميس.",
  [M("مساء اليوم الأربعاء", hours("2026-01-28", 18, 24), ["part-of-day", "relative-day", "weekday"]),
   M("العام 2026", year(2026), ["year"], occ=0),
   M("قبل ظهر اليوم الأربعاء", NULL, ["part-of-day", "relative-day", "weekday"],
     note="'before noon' (forenoon) is not among the conventions' parts of day"),
   M("للعام 2026", year(2026), ["year"], note="لـ + العام fuse into للعام: the whole word is in the span"),
   M("ما قبل ظهر اليوم", NULL, ["part-of-day", "relative-day"], note="forenoon today; conventions silent"),
   M("سنة", dur("P1Y"), ["duration"], note="'after a year has passed since its formation'"),
   M("قبل ظهر أمس الثلاثاء", NULL, ["part-of-day", "relative-day", "weekday"], note="forenoon; conventions silent"),
   M("قبل ظهر ومساء غد الخميس", NULL, ["part-of-day", "relative-day", "weekday"],
     truth=hours("2026-01-29", 18, 24),
     note="coordination: forenoon and evening of tomorrow (only 'مساء غد الخميس' = 29 Jan 18:00-24:00 is "
          "covered by the conventions)")])
N("15 نائبا انتقدوا المشروع", "2026-01-28",
  "https://www.shorouknews.com/news/view.aspx?cdate=28012026", "number",
  "'15 نائبا' (15 MPs), follows اليوم in the text: a count, not a day of the month")

# ---------------------------------------------------------------- T20 Lebanon, presidential session
T("lb-thisislebanon-2025-01-07", "https://thisislebanon.com/lebanon/453128", "LB", "news", "2025-01-07",
  "page date '7 كانون الثاني, 2025' + 'اليوم الثلثاء'",
  "بالصور: مجلس النواب يستعد لجلسة الخميس\n"
  "لبنان\n"
  "7 كانون الثاني, 2025\n"
  "انطلقت اليوم الثلثاء داخل مقر مجلس النواب اللبناني في وسط بيروت التحضيرات للجلسة الرئاسية المحددة في "
  "التاسع من كانون الثاني، أي قبل يومين من موعدها. ويشرف على الترتيبات المدير العام للمجلس عدنان ضاهر "
  "ومستشار رئيس المجلس علي حمدان. ويترقب اللبنانيون ومعهم الخارج انتخاب رئيس جديد للجمهورية بعد أكثر من "
  "سنتين على شغور المنصب، في ظل غياب التوافق بين الكتل على اسم بعينه وتقدّم اسم قائد الجيش العماد جوزاف عون.",
  [M("الخميس", day("2025-01-02"), ["weekday"], truth=day("2025-01-09"),
     note="headline 'session of Thursday': bare weekday, past preference gives the Thursday before the DCT"),
   M("7 كانون الثاني, 2025", day("2025-01-07"), ["month-date", "dateline"]),
   M("اليوم الثلثاء", day("2025-01-07"), ["relative-day", "weekday"], note="Levantine spelling الثلثاء"),
   M("التاسع من كانون الثاني", day("2025-01-09"), ["month-date", "ordinal-day"]),
   M("قبل يومين", day("2025-01-07"), ["relative-day", "anaphoric"],
     note="'two days before its date' (the 9 January session): anchored on the session, not the DCT; "
          "a DCT-2 reading (5 Jan) would be wrong"),
   M("أكثر من سنتين", dur("P2Y"), ["duration"], note="'more than two years' (mod MORE_THAN)")])

# ---------------------------------------------------------------- T21 Tunisia, Hijri new year holiday
T("tn-touwensa-2023-07-17",
  "https://touwensa.com/national-affairs/29678-tlt-ras-alsnt-alhjryt-fy-twns-ywm-wahd-llahtfal-bmnasbt-al-am-aljdyd.html",
  "TN", "official-statement", "2023-07-17",
  "text: 'يوم غد الثلاثاء هو المتمم لشهر ذي الحجة 1444' with 'الأربعاء 19 يوليو 2023 هو الفاتح من محرم'",
  "عطلة رأس السنة الهجرية في تونس: يوم واحد للاحتفال بالعام الجديد\n"
  "أعلنت رئاسة الحكومة التونسية، استناداً إلى الأمر الرئاسي رقم 223 لعام 2021 المؤرخ في 7 ديسمبر 2021، أن "
  "أعوان الدولة والجماعات المحلية والمؤسسات العمومية ذات الصبغة الإدارية سيتمتعون بعطلة يوم واحد بمناسبة "
  "حلول رأس السنة الهجرية، على أن يكون هذا اليوم إما يوم الثلاثاء 18 يوليو أو يوم الأربعاء 19 يوليو 2023. "
  "وأعلن مفتي الجمهورية في بيان أن يوم غد الثلاثاء هو المتمم لشهر ذي الحجة 1444 هجريًا، وأن يوم الأربعاء "
  "19 يوليو 2023 هو الفاتح من شهر محرم لسنة 1445 هجريًا، متمنياً أن يكون العام الجديد عام خير وبركة على "
  "تونس وعلى سائر البلدان العربية والإسلامية.",
  [M("رأس السنة الهجرية", NULL, ["named-day", "hijri"], occ=0, truth=day("2023-07-19"),
     note="Hijri new year (1 Muharram 1445); conventions silent on named days"),
   M("يوم واحد", dur("P1D"), ["duration"], occ=0),
   M("العام الجديد", NULL, ["hijri"], occ=0, truth=hyear(1445),
     note="'the new year' = Hijri year 1445 here; conventions silent"),
   M("عام 2021", year(2021), ["year"]),
   M("7 ديسمبر 2021", day("2021-12-07"), ["month-date"]),
   M("يوم واحد", dur("P1D"), ["duration"], occ=1),
   M("رأس السنة الهجرية", NULL, ["named-day", "hijri"], occ=1, truth=day("2023-07-19"), note="named day"),
   M("هذا اليوم", NULL, ["anaphoric"], note="'this day' = the holiday just mentioned (18 or 19 July), not the DCT"),
   M("يوم الثلاثاء 18 يوليو", day("2023-07-18"), ["weekday", "month-date"]),
   M("يوم الأربعاء 19 يوليو 2023", day("2023-07-19"), ["weekday", "month-date"], occ=0),
   M("يوم غد الثلاثاء", day("2023-07-18"), ["relative-day", "weekday"]),
   M("شهر ذي الحجة 1444 هجريًا", hmonth(1444, 12), ["hijri"]),
   M("يوم الأربعاء 19 يوليو 2023", day("2023-07-19"), ["weekday", "month-date"], occ=1),
   M("الفاتح من شهر محرم لسنة 1445 هجريًا", day("2023-07-19"), ["hijri", "ordinal-day"],
     note="الفاتح = the first day"),
   M("العام الجديد", NULL, ["hijri"], occ=1, truth=hyear(1445), note="the new Hijri year; conventions silent")])

# ---------------------------------------------------------------- T22 Kuwait, Eid al-Fitr holiday
T("kw-alsumaria-2025-03-13",
  "https://www.alsumaria.tv/news/international/519308/الكويت-تحدد-عطلة-عيد-الفطر",
  "KW", "official-statement", "2025-03-13", "page dateline '2025-03-13 | 14:38' + 'اليوم الخميس'",
  "الكويت تحدد عطلة عيد الفطر\n"
  "2025-03-13 | 14:38\n"
  "حدد مجلس الوزراء الكويتي، الخميس، عطلة عيد الفطر بدءاً من الأحد 30 آذار الحالي. وجاء في بيان حكومي أن "
  "المجلس قرر في اجتماعه الاسبوعي الذي عقد اليوم الخميس تعطيل العمل في الوزارات والجهات الحكومية والهيئات "
  "والمؤسسات العامة ثلاثة أيام بمناسبة عيد الفطر السعيد إذا ثبت أن أول أيام العيد هو يوم الأحد 30 مارس "
  "الجاري، على أن يستأنف الدوام الرسمي يوم الأربعاء 2 أبريل المقبل. أما إذا ثبت أن أول أيام عيد الفطر السعيد "
  "هو يوم الاثنين 31 مارس الجاري، فتكون العطلة أيام الأحد 30 مارس (باعتباره المتمم لشهر رمضان للعام 1446 "
  "هـ) والاثنين 31 مارس والثلاثاء 1 أبريل والأربعاء 2 ابريل والخميس 3 أبريل (يوم راحة لوقوعه بين عطلتين)، "
  "ويستأنف الدوام الرسمي يوم الأحد 6 أبريل المقبل.",
  [M("عيد الفطر", NULL, ["named-day"], occ=0, truth=day("2025-03-30"), note="named holiday"),
   M("2025-03-13 | 14:38", minute("2025-03-13", "14:38"), ["numeric", "clock", "dateline"]),
   M("الخميس", day("2025-03-13"), ["weekday"], occ=0),
   M("عيد الفطر", NULL, ["named-day"], occ=1, truth=day("2025-03-30"), note="named holiday"),
   M("الأحد 30 آذار الحالي", day("2025-03-30"), ["weekday", "month-date"]),
   M("اليوم الخميس", day("2025-03-13"), ["relative-day", "weekday"]),
   M("ثلاثة أيام", dur("P3D"), ["duration"]),
   M("عيد الفطر السعيد", NULL, ["named-day"], occ=0, note="named holiday (date depends on the sighting)"),
   M("أول أيام العيد", NULL, ["named-day"], note="first day of Eid; conditional on the sighting"),
   M("يوم الأحد 30 مارس الجاري", day("2025-03-30"), ["weekday", "month-date"]),
   M("يوم الأربعاء 2 أبريل المقبل", day("2025-04-02"), ["weekday", "month-date"]),
   M("أول أيام عيد الفطر السعيد", NULL, ["named-day"], note="named holiday, conditional"),
   M("يوم الاثنين 31 مارس الجاري", day("2025-03-31"), ["weekday", "month-date"]),
   M("الأحد 30 مارس", day("2025-03-30"), ["weekday", "month-date"], occ=1),
   M("شهر رمضان للعام 1446 هـ", hmonth(1446, 9), ["hijri"]),
   M("الاثنين 31 مارس", day("2025-03-31"), ["weekday", "month-date"], occ=1),
   M("الثلاثاء 1 أبريل", day("2025-04-01"), ["weekday", "month-date"]),
   M("الأربعاء 2 ابريل", day("2025-04-02"), ["weekday", "month-date"], note="spelling ابريل"),
   M("الخميس 3 أبريل", day("2025-04-03"), ["weekday", "month-date"]),
   M("يوم الأحد 6 أبريل المقبل", day("2025-04-06"), ["weekday", "month-date"])],
  note="'اجتماعه الاسبوعي' (its weekly meeting) is an adjective, left unannotated")

# ---------------------------------------------------------------- T23 Kuwait, Eid al-Adha holiday
T("kw-q8hashtagat-2024-06-11",
  "https://q8hashtagat.com/مجلس-الوزراء-عطلة-عيد-الأضحى-من-الأحد-إ", "KW", "official-statement", "2024-06-11",
  "text: 'اليوم الثلاثاء' + 'الأحد المقبل 16 يونيو الجاري' (=> Tuesday 11 June 2024)",
  "مجلس الوزراء: عطلة عيد الأضحى من الأحد إلى الثلاثاء المقبلين\n"
  "عقد مجلس الوزراء اجتماعه الأسبوعي اليوم الثلاثاء برئاسة سمو الشيخ أحمد العبدالله رئيس مجلس الوزراء، "
  "وقرر تعطيل العمل في جميع الوزارات والجهات الحكومية والهيئات والمؤسسات العامة بمناسبة عيد الأضحى المبارك "
  "اعتبارا من يوم الأحد المقبل 16 يونيو الجاري وحتى يوم الثلاثاء 18 يونيو، على أن يستأنف الدوام يوم الأربعاء "
  "19 يونيو. وترك القرار للجهات ذات طبيعة العمل الخاصة تحديد عطلتها وفق ما تقتضيه المصلحة العامة.",
  [M("عيد الأضحى", NULL, ["named-day"], occ=0, truth=day("2024-06-16"), note="named holiday"),
   M("من الأحد إلى الثلاثاء المقبلين", days("2024-06-16", "2024-06-18"), ["range", "weekday"],
     note="plural المقبلين marks both ends as next"),
   M("اليوم الثلاثاء", day("2024-06-11"), ["relative-day", "weekday"]),
   M("عيد الأضحى المبارك", NULL, ["named-day"], truth=day("2024-06-16"), note="named holiday"),
   M("اعتبارا من يوم الأحد المقبل 16 يونيو الجاري وحتى يوم الثلاثاء 18 يونيو", days("2024-06-16", "2024-06-18"),
     ["range", "weekday", "month-date"]),
   M("يوم الأربعاء 19 يونيو", day("2024-06-19"), ["weekday", "month-date"])])

# ---------------------------------------------------------------- T24 Syria, anniversary of Assad's fall
T("sy-alwakeel-2025-12-08",
  "https://www.alwakeelnews.com/Section_11/عربي-ودولي/سوريا-تحيي-الذكرى-الأولى-لسقوط-الأسد_756496",
  "SY", "news", "2025-12-08", "page metadata date 2025-12-08 (anniversary day)",
  "سوريا تحيي الذكرى الأولى لسقوط الأسد\n"
  "تستعد ساحة الأمويين في دمشق لاحتفالات رسمية، وقد امتلأت بالفعل بحشود مبتهجة استعدادا للثامن من كانون "
  "الأول، فيما تقام احتفالات أخرى في مناطق مختلفة من البلاد. وكان الأسد قد فر من سوريا إلى روسيا قبل عام، "
  "حين سيطرت المعارضة بقيادة الرئيس الحالي أحمد الشرع على العاصمة وأطاحت به بعد حرب استمرت لأكثر من 13 "
  "عاما. وتشهد مناطق سورية احتفالات منذ عدة أيام، إذ امتلأت شوارع حماة بالآلاف يوم الجمعة إحياء لذكرى "
  "اليوم الذي دخلت فيه هيئة تحرير الشام المدينة خلال تقدمها السريع نحو دمشق.",
  [M("للثامن من كانون الأول", day("2025-12-08"), ["month-date", "ordinal-day"],
     note="لـ + الثامن fuse into للثامن: the whole word is in the span"),
   M("قبل عام", year(2024), ["relative-year"], truth=day("2024-12-08"),
     note="conventions: 'قبل N years' gives the calendar year DCT-N"),
   M("أكثر من 13 عاما", dur("P13Y"), ["duration"], note="'more than 13 years'"),
   M("منذ عدة أيام", vague({"start": "2025-12-01T00:00:00", "end": "2025-12-07T00:00:00", "grain": "day"}),
     ["vague"], note="read as منذ أيام: 2 to 7 days before the DCT"),
   M("يوم الجمعة", day("2025-12-05"), ["weekday"])],
  note="'الذكرى الأولى' (first anniversary) left unannotated")

# ---------------------------------------------------------------- T25 Saudi Arabia, Dhu al-Hijja 1442
T("sa-sayidaty-2021-07-10", "https://www.sayidaty.net/node/1246751/بلس/حياتنا/تاريخ-عيد-الأضحى-2021",
  "SA", "religious-announcement", "2021-07-10",
  "text: 'مساء يوم أمس الجمعة' + 'اليوم السبت هو المكمل للثلاثين من ذي القعدة 1442' (= 10 July 2021)",
  "أعلنت المحكمة العليا في السعودية مساء يوم أمس الجمعة عدم ثبوت رؤية هلال شهر ذي الحجة، استناداً إلى ما "
  "وردها من المحاكم والمراصد. ووفق ما نقلته وكالة الأنباء السعودية \"واس\"، فإن اليوم السبت هو المكمل "
  "للثلاثين من شهر ذي القعدة لهذا العام الهجري 1442، ويوم غد الأحد هو الأول من شهر ذي الحجة. وعليه يكون يوم "
  "الوقوف بعرفة لحجاج بيت الله الحرام الاثنين 19 يوليو، وأول أيام عيد الأضحى المبارك الثلاثاء 20 يوليو.",
  [M("مساء يوم أمس الجمعة", hours("2021-07-09", 18, 24), ["part-of-day", "relative-day", "weekday"]),
   M("شهر ذي الحجة", hmonth(1442, 12), ["hijri"], occ=0, note="Hijri month without year: the nearest one"),
   M("اليوم السبت", day("2021-07-10"), ["relative-day", "weekday"]),
   M("للثلاثين من شهر ذي القعدة لهذا العام الهجري 1442", day("2021-07-10"), ["hijri", "ordinal-day"],
     note="لـ + الثلاثين fuse into للثلاثين: the whole word is in the span; 30 Dhu al-Qa'da 1442 exists in "
          "Umm al-Qura"),
   M("يوم غد الأحد", day("2021-07-11"), ["relative-day", "weekday"]),
   M("الأول من شهر ذي الحجة", day("2021-07-11"), ["hijri", "ordinal-day"]),
   M("يوم الوقوف بعرفة", NULL, ["named-day"], truth=day("2021-07-19"), note="Day of Arafa; named day"),
   M("الاثنين 19 يوليو", day("2021-07-19"), ["weekday", "month-date"]),
   M("أول أيام عيد الأضحى المبارك", NULL, ["named-day"], truth=day("2021-07-20"), note="named holiday"),
   M("الثلاثاء 20 يوليو", day("2021-07-20"), ["weekday", "month-date"])])

# ---------------------------------------------------------------- T26 Saudi forum post, Dhu al-Hijja 1428 (tatweel)
T("sa-buraydah-forum-2007-12-10", "https://vb.buraydahcity.net/showpost.php?p=829466&postcount=1", "SA",
  "forum-post", "2007-12-10",
  "text: 'اليوم الإثنين هو أول أيام ذي الحجة لعام 1428' (Saudi announcement: Monday 10 Dec 2007; Arafa "
  "Tuesday 18 Dec, Eid Wednesday 19 Dec)",
  "صــدر بيــان مجلــس القضـــاء الأعلــى، ومفاده أن اليــوم الإثنيـــن هــو أوّل أيــام ذي الحجــة لعام 1428 هــ، "
  "وبذلك يكــون يــوم عــرفـــة يــوم الثــلاثـــاء والعيـــد الإربعـــاء بإذن الله.\n"
  "فلنغتنم العشـــر بالصيام والذكر، وأقل ذلك صيـــام يــوم عــرفـــة الذي يكفّر سنتيـــن: السابقة واللاحقة.\n"
  "تقبّل الله منا ومنكم صالح الأعمال، ولا تنسونا من صالح دعائكم في هذه الأيام المباركة.",
  [M("اليــوم الإثنيـــن", day("2007-12-10"), ["relative-day", "weekday", "tatweel"]),
   M("أوّل أيــام ذي الحجــة لعام 1428 هــ", day("2007-12-11"), ["hijri", "tatweel"], truth=day("2007-12-10"),
     note="Umm al-Qura puts 1 Dhu al-Hijja 1428 on 11 Dec 2007; the Saudi court's sighting made it Monday "
          "10 Dec (hijri-mismatch with the DCT's stated weekday)"),
   M("يــوم عــرفـــة", NULL, ["named-day", "tatweel"], occ=0, truth=day("2007-12-18"), note="Day of Arafa"),
   M("يــوم الثــلاثـــاء", day("2007-12-04"), ["weekday", "tatweel"], truth=day("2007-12-18"),
     note="bare weekday, no future marker (يكون is present tense): past preference"),
   M("الإربعـــاء", day("2007-12-05"), ["weekday", "tatweel"], truth=day("2007-12-19"),
     note="hamza spelling الإربعاء; bare weekday, past preference"),
   M("العشـــر", NULL, ["named-day", "tatweel"], truth=days("2007-12-10", "2007-12-19"),
     note="'the ten' = first ten days of Dhu al-Hijja; conventions silent"),
   M("يــوم عــرفـــة", NULL, ["named-day", "tatweel"], occ=1, truth=day("2007-12-18"), note="Day of Arafa"),
   M("سنتيـــن", dur("P2Y"), ["duration", "tatweel"]),
   M("هذه الأيام المباركة", NULL, ["vague"], note="'these blessed days' (the ten days); conventions silent")],
  note="forum register with heavy tatweel inside words, kept verbatim in the temporal expressions")

# ---------------------------------------------------------------- T27 Egypt (Masrawy), mid-Sha'ban night
T("eg-masrawy-2026-02-02",
  "https://www.masrawy.com/news/news_egypt/details/2026/2/2/2936228/متى-تبدأ-ليلة-النصف-من-شعبان-ومتى-تنتهي-أمين-الفتوى-يجيب",
  "EG", "religious-announcement", "2026-02-02", "URL date 2026/2/2 + dateline '06:33 م 02/02/2026' + 'اليوم الاثنين'",
  "متى تبدأ ليلة النصف من شعبان ومتى تنتهي؟.. أمين الفتوى يجيب\n"
  "06:33 م 02/02/2026\n"
  "أوضح الشيخ أحمد وسام، أمين الفتوى بدار الإفتاء المصرية، أن ليلة النصف من شعبان تبدأ بمجرد غروب شمس يوم "
  "الاثنين، وتمتد حتى مطلع الفجر، فتنتهي بأذان الفجر يوم الثلاثاء. وجاء ذلك في حلقة اليوم الاثنين من برنامج "
  "«فتاوى الناس» على قناة الناس، حيث أشار إلى أن الله حثنا على الدعاء في هذه الليلة المباركة، وأن النبي صلى "
  "الله عليه وسلم قال: «إذا كان ليلة النصف من شعبان فقوموا ليلها وصوموا نهارها».",
  [M("ليلة النصف من شعبان", NULL, ["named-day", "hijri"], occ=0,
     truth=hours("2026-02-02", 18, 6), note="named night (eve of 15 Sha'ban 1447 = 3 Feb 2026); conventions silent"),
   M("06:33 م 02/02/2026", minute("2026-02-02", "18:33"), ["numeric", "clock", "dateline"],
     note="م = مساءً (PM)"),
   M("ليلة النصف من شعبان", NULL, ["named-day", "hijri"], occ=1, truth=hours("2026-02-02", 18, 6), note="named night"),
   M("يوم الاثنين", day("2026-02-02"), ["weekday"], note="bare weekday on a Monday DCT = the DCT"),
   M("الفجر يوم الثلاثاء", hours("2026-01-27", 4, 7), ["part-of-day", "weekday"], truth=hours("2026-02-03", 4, 7),
     note="dawn of a bare Tuesday: past preference gives the Tuesday before the DCT"),
   M("اليوم الاثنين", day("2026-02-02"), ["relative-day", "weekday"]),
   M("ليلة النصف من شعبان", NULL, ["named-day", "hijri"], occ=2, note="generic, inside a hadith quotation")],
  note="'مطلع الفجر', 'هذه الليلة', 'ليلها', 'نهارها' have no day word and are left unannotated")

# ---------------------------------------------------------------- T28 UAE, exam timetable
T("ae-emaratalyoum-2025-08-29", "https://www.emaratalyoum.com/local-section/education/2025-08-29-1.1968567",
  "AE", "official-statement", "2025-08-29", "URL date 2025-08-29 + page metadata date",
  "أعلنت وزارة التربية والتعليم الجدول الزمني الرسمي لاختبارات الفترة الثالثة من العام الدراسي 2024/2025 "
  "لطلبة الصف الثاني عشر في برنامج التعليم المستمر المتكامل، إذ تنطلق الاختبارات يوم الاثنين 15 سبتمبر المقبل "
  "وتستمر حتى الأربعاء 24 من الشهر ذاته، وتقام جميعها في الفترة المسائية من الساعة السادسة حتى الثامنة "
  "مساءً. ويبدأ الطلبة بمادة الفيزياء يوم الاثنين 15 سبتمبر، تليها الدراسات الاجتماعية يوم الثلاثاء 16 سبتمبر، "
  "ثم اللغة العربية يوم الأربعاء 17 سبتمبر، والتربية الإسلامية يوم الخميس 18 سبتمبر. وبعد استراحة قصيرة "
  "يستأنف الطلاب الاختبارات يوم الاثنين 22 سبتمبر بمادة اللغة الإنجليزية، ثم الرياضيات يوم الثلاثاء 23 "
  "سبتمبر، على أن تختتم يوم الأربعاء 24 سبتمبر بمادتي الأحياء والكيمياء.",
  [M("العام الدراسي 2024/2025", NULL, ["school-year"],
     note="academic year 2024-25; '2024/2025' is not a numeric date; conventions silent"),
   M("يوم الاثنين 15 سبتمبر المقبل", day("2025-09-15"), ["weekday", "month-date"]),
   M("حتى الأربعاء 24 من الشهر ذاته", day("2025-09-24"), ["weekday", "month-date", "until", "anaphoric"],
     note="'of the same month' = September (anaphoric); حتى = the date's own interval"),
   M("من الساعة السادسة حتى الثامنة مساءً", NULL, ["range", "clock", "set"],
     truth=minute("2025-09-15", "18:00", "20:00"),
     note="daily exam window on every exam day (18:00-20:00); conventions have no set form for it"),
   M("يوم الاثنين 15 سبتمبر", day("2025-09-15"), ["weekday", "month-date"], occ=1),
   M("يوم الثلاثاء 16 سبتمبر", day("2025-09-16"), ["weekday", "month-date"]),
   M("يوم الأربعاء 17 سبتمبر", day("2025-09-17"), ["weekday", "month-date"]),
   M("يوم الخميس 18 سبتمبر", day("2025-09-18"), ["weekday", "month-date"]),
   M("يوم الاثنين 22 سبتمبر", day("2025-09-22"), ["weekday", "month-date"]),
   M("يوم الثلاثاء 23 سبتمبر", day("2025-09-23"), ["weekday", "month-date"]),
   M("يوم الأربعاء 24 سبتمبر", day("2025-09-24"), ["weekday", "month-date"])])
N("لطلبة الصف الثاني عشر", "2025-08-29", "https://www.emaratalyoum.com/local-section/education/2025-08-29-1.1968567",
  "ordinal", "twelfth grade, not a day of the month")

# ---------------------------------------------------------------- T29 Jordan, exams during a storm
T("jo-watananews-2025-12-28", "https://watananews.com/502206/", "JO", "official-statement", "2025-12-28",
  "page metadata date 2025-12-28 + 'اليوم الأحد'",
  "قال الناطق الإعلامي باسم وزارة التربية والتعليم محمود حياصات إن امتحانات الثانوية العامة (التكميلي) "
  "مستمرة في موعدها المحدد في الجدول، إذ تبدأ الجلسة الساعة الحادية عشرة صباحا. وأضاف أن الوزارة تنسق مع "
  "دائرة الأرصاد الجوية لمتابعة الحالة الجوية أولاً بأول، وأن القرار المناسب سيُتخذ في حينه إذا حالت الأحوال "
  "الجوية دون وصول الطلبة إلى القاعات. أما الاختبارات المدرسية في المدارس التي عُلّق دوامها اليوم الأحد، "
  "فستؤجل إلى ما بعد آخر اختبار مدرسي في جدول كل مدرسة.",
  [M("الساعة الحادية عشرة صباحا", hours("2025-12-28", 11, 12), ["clock", "part-of-day"],
     note="no day word: on the DCT per conventions (the session time of each exam day)"),
   M("اليوم الأحد", day("2025-12-28"), ["relative-day", "weekday"])],
  note="'أولاً بأول' and 'في حينه' are idioms, left unannotated")

# ---------------------------------------------------------------- T30 Sudan (Addiyar via klyoum), Port Sudan drones
T("sd-klyoum-2025-05-05",
  "https://www.klyoum.com/lebanon-news/ar/79-بعد-سيطرتها-على-مدينة-النهود-الدعم-السريع-هاجمت-بورتسودان-لأول-مرة",
  "SD", "news", "2025-05-05", "page 'نشر بتاريخ: ٥ أيار ٢٠٢٥'",
  "بعد سيطرتها على مدينة النهود.. الدعم السريع هاجمت بورتسودان لأول مرة\n"
  "نشر بتاريخ: ٥ أيار ٢٠٢٥\n"
  "أعلن الجيش السوداني أن قوات الدعم السريع شنت أمس أول هجوم بالطائرات المسيرة على قاعدة جوية ومنشآت أخرى "
  "قرب مطار بورتسودان. وقال الناطق باسم الجيش نبيل عبد الله إن قوات الدعم السريع استهدفت صباح أمس بمسيّرات "
  "انتحارية قاعدة عثمان دقنة الجوية ومستودعاً للبضائع وبعض المنشآت المدنية، مضيفاً أن المضادات الأرضية أسقطت "
  "عدداً منها. وهذه هي المرة الأولى التي تبلغ فيها هجمات الدعم السريع المدينة الساحلية. وفي الأيام الأخيرة، "
  "تقدمت هذه القوات في الجنوب، وأعلنت يوم الجمعة المنصرم إحكام سيطرتها على مدينة النهود في ولاية غرب "
  "كردفان، التي تحولت منذ تموز 2024 إلى العاصمة الإدارية المؤقتة للولاية.",
  [M("٥ أيار ٢٠٢٥", day("2025-05-05"), ["month-date", "arabic-digits", "dateline"]),
   M("أمس", day("2025-05-04"), ["relative-day"], occ=0),
   M("صباح أمس", hours("2025-05-04", 6, 12), ["part-of-day", "relative-day"]),
   M("في الأيام الأخيرة", vague({"start": "2025-04-28T00:00:00", "end": "2025-05-06T00:00:00", "grain": "day"}),
     ["vague"], note="listed idiom: the last 7 days through the DCT"),
   M("يوم الجمعة المنصرم", day("2025-05-02"), ["weekday"], note="المنصرم as a past marker"),
   M("منذ تموز 2024", since("2024-07-01", "2025-05-05", "month"), ["since", "month-date"])],
  note="'لأول مرة' / 'المرة الأولى' (for the first time) are not temporal expressions")
N("الدعم السريع هاجمت بورتسودان لأول مرة", "2025-05-05", "https://www.klyoum.com/lebanon-news/ar/79", "ordinal",
  "'for the first time': أول is not a date")

# ---------------------------------------------------------------- T31 Oman weather
T("om-sharqakhbar-2025-12-29",
  "https://sharqakhbar.com/news/oman-news/اليوم-فرص-لهطول-أمطار-متفرقة-على-3-محاف", "OM", "weather-bulletin",
  "2025-12-29", "text: 'صباح اليوم الإثنين' + 'الاثنين 29 ديسمبر' (=> Monday 29 Dec 2025)",
  "أفادت الأرصاد العمانية بأن طقس اليوم صحو إلى غائم جزئياً على معظم محافظات السلطنة، مع فرص لهطول أمطار "
  "متفرقة على مسندم وشمال الباطنة والبريمي وأجزاء من سواحل بحر العرب قد تكون رعدية أحياناً. وأوضحت في "
  "نشرتها الصادرة صباح اليوم الإثنين أن الخريطة الجوية تُظهر تدفق السحب على أجزاء من محافظة مسندم وتشكل "
  "الضباب على أجزاء من الشرقية والداخلية والظاهرة والوسطى وظفار. وفي وقت سابق، أشار المركز الوطني للإنذار "
  "المبكر من المخاطر المتعددة إلى تأثر أجواء السلطنة بأخدود من منخفض جوي خلال الفترة من اليوم الأحد وحتى "
  "الثلاثاء. وجاءت تفاصيل الحالة على النحو الآتي: الأحد 28 ديسمبر (المساء): بدء تشكل السحب على مسندم مع "
  "أمطار متفرقة تتراوح كمياتها بين 5 و10 ملم. الاثنين 29 ديسمبر: استمرار الأمطار على مسندم مع احتمال جريان "
  "الأودية وامتداد السحب إلى المحافظات الشمالية.",
  [M("اليوم", day("2025-12-29"), ["relative-day"], occ=0),
   M("صباح اليوم الإثنين", hours("2025-12-29", 6, 12), ["part-of-day", "relative-day", "weekday"]),
   M("في وقت سابق", NULL, ["vague"], note="'earlier' (vague past); conventions silent"),
   M("من اليوم الأحد وحتى الثلاثاء", NULL, ["range", "weekday", "relative-day"],
     truth=days("2025-12-28", "2025-12-30"),
     note="quoted from a Sunday statement: per conventions 'اليوم الأحد' is the DCT (Monday, weekday-mismatch) "
          "and a bare 'الثلاثاء' is 23 Dec, an inverted range; really 28-30 Dec"),
   M("الأحد 28 ديسمبر (المساء)", hours("2025-12-28", 18, 24), ["weekday", "month-date", "part-of-day"],
     note="part of day in parentheses after the date"),
   M("الاثنين 29 ديسمبر", day("2025-12-29"), ["weekday", "month-date"])])
N("أمطار متفرقة تتراوح كمياتها بين 5 و10 ملم", "2025-12-29", "https://sharqakhbar.com/news/oman-news/", "range",
  "'between 5 and 10 mm' looks like 'بين 3 و5 آذار' but is an amount")

# ---------------------------------------------------------------- T32 Morocco cup quarter-finals (Egyptian site)
T("ma-innfrad-2022-07-07", "https://www.innfrad.com/News/22/2734279/الرجاء-يواجه-الوداد-فى-ديربي-نارى-بكأس-الملك-ونهضة-بركان",
  "MA", "sports", "2022-07-07", "text: 'مساء اليوم الخميس 7 يوليو' (7 July 2022 is a Thursday)",
  "تقام مساء اليوم الخميس مواجهات ربع نهائي كأس العرش المغربي (كأس محمد السادس)، إذ يلتقي الرجاء غريمه "
  "التقليدي الوداد في ديربي ناري، ويحل نهضة بركان ضيفاً على جمعية المنصورية. ويحتضن ملعب العربي الزاولي "
  "الديربي بدلاً من مركب محمد الخامس بسبب استضافة كأس إفريقيا للسيدات، على أن ينطلق في السابعة مساء ومن "
  "دون جمهور نظراً لصغر سعة الملعب. ويستضيف فريق المنصورية نهضة بركان في تمام الساعة العاشرة مساء اليوم "
  "الخميس 7 يوليو بتوقيت القاهرة. ويسعى الرجاء إلى الثأر من الوداد بعد أن انتزع الأخير لقب الدوري في "
  "الجولات الأخيرة، لكنه سيفتقد أربعة لاعبين، بينهم زكرياء الوردي الذي غادر النادي بعد انتهاء عقده يوم 30 "
  "من يونيو الماضي.",
  [M("مساء اليوم الخميس", hours("2022-07-07", 18, 24), ["part-of-day", "relative-day", "weekday"], occ=0),
   M("السابعة مساء", hours("2022-07-07", 19, 20), ["clock", "part-of-day"]),
   M("الساعة العاشرة مساء اليوم الخميس 7 يوليو", hours("2022-07-07", 22, 23),
     ["clock", "part-of-day", "relative-day", "weekday", "month-date"]),
   M("يوم 30 من يونيو الماضي", day("2022-06-30"), ["month-date"])])
N("كأس العرش المغربي (كأس محمد السادس)", "2022-07-07", "https://www.innfrad.com/News/22/2734279/", "ordinal",
  "السادس is a regnal ordinal, not the 6th day")

# ---------------------------------------------------------------- T33 Morocco cup semi-final (Youm7)
T("ma-youm7-2023-07-09", "http://167.235.160.36:8031/story/2023/7/9/الوداد-يواجه-الرجاء-فى-الديربي-البيضاوي-لخطف-تذكرة-نهائي-كأس/6235300",
  "MA", "sports", "2023-07-09", "URL date 2023/7/9 + 'مساء اليوم الأحد'",
  "الوداد يواجه الرجاء فى الديربي البيضاوي لخطف تذكرة نهائي كأس العرش\n"
  "يلتقي الوداد الرياضي غريمه التقليدي الرجاء مساء اليوم الأحد في نصف نهائي كأس العرش المغربي للموسم الحالى "
  "2023، على أرضية المركب الرياضي محمد الخامس، في الساعة 7 مساءً بتوقيت القاهرة. ويطمح كل فريق إلى الفوز "
  "وبلوغ المباراة النهائية. وأسند الاتحاد المغربي إدارة اللقاء إلى الحكم جلال جيد، الذي أدار ربع نهائي الكأس "
  "في الموسم الماضي بين الفريقين وانتهى بفوز الوداد 2-0. ويبحث مدرب الوداد البلجيكي سفين فاندربروك عن لقب "
  "يعوض به لقبين أضاعهما خلال الموسم الكروي الجاري. وتواجه الفريقان في 151 مباراة، فاز الرجاء في 42 منها "
  "مقابل 40 انتصاراً للوداد.",
  [M("مساء اليوم الأحد", hours("2023-07-09", 18, 24), ["part-of-day", "relative-day", "weekday"]),
   M("للموسم الحالى 2023", NULL, ["season"], note="season 2022-23 named by its end year (لـ + الموسم fuse); conventions silent"),
   M("الساعة 7 مساءً", hours("2023-07-09", 19, 20), ["clock", "part-of-day"]),
   M("الموسم الماضي", NULL, ["season"], note="last season; conventions silent"),
   M("الموسم الكروي الجاري", NULL, ["season"], note="current football season; conventions silent")])
N("وانتهى بفوز الوداد 2-0", "2023-07-09", "http://167.235.160.36:8031/story/2023/7/9/", "numeric",
  "a 2-0 score, not a numeric date")

# ---------------------------------------------------------------- T34 Palestine, Ramallah
T("ps-jareedeh-2026-01-04", "https://jareedeh.com/article/1038", "PS", "news", "2026-01-04",
  "text: 'مساء اليوم الأحد (4 يناير 2026)'",
  "إصابة مستوطن بعملية دعس في رام الله.. والاحتلال يفرض طوقاً أمنياً شاملاً\n"
  "رام الله | أصيب مستوطن إسرائيلي بجروح، مساء اليوم الأحد (4 يناير 2026)، في عملية دعس نفّذها شاب فلسطيني "
  "بمركبته قرب مستوطنة \"عطيرت\" شمال رام الله، فيما أكدت إذاعة جيش الاحتلال انسحاب المنفذ. وفرضت قوات "
  "الاحتلال طوقاً مشدداً على رام الله ومحيطها وأغلقت معظم الحواجز المؤدية إلى رام الله والبيرة، كما اقتحمت "
  "بلدة بيرزيت بحثاً عن المركبة بغطاء من طائرات الاستطلاع. ويأتي ذلك وسط توتر أمني متصاعد تشهده الضفة "
  "الغربية مطلع عام 2026.",
  [M("مساء اليوم الأحد (4 يناير 2026)", hours("2026-01-04", 18, 24),
     ["part-of-day", "relative-day", "weekday", "month-date"]),
   M("مطلع عام 2026", vague(month(2026, 1, 4)), ["vague", "part-of-year"],
     note="early part of the year = January-April")])

# ---------------------------------------------------------------- T35 Libya, NOC statement
T("ly-almustaqbal-2022-07-14", "https://w.almustaqbal.ly/?p=60484", "LY", "news", "2022-07-14",
  "dateline 'طرابلس – 14 يوليو 2022م' + 'صباح اليوم الخميس'",
  "طرابلس – 14 يوليو 2022م (وام)\n"
  "أصدرت المؤسسة الوطنية للنفط صباح اليوم الخميس بياناً بشأن انتشار عدد من السيارات المسلحة في محيط مقرها "
  "الرئيس بطرابلس، موضحة أن ما كُتب عليها يشير إلى تبعيتها للغرفة الأمنية المشتركة مصراتة. وحمّل البيان "
  "رئيس الحكومة منتهية الولاية عبد الحميد الدبيبة وآمر القوة الموجودة قرب المبنى مسؤولية أي عرقلة لعمل "
  "الإدارات أو الموظفين، داعياً جميع الجهات السيادية إلى القيام بواجبها في حماية المؤسسة.",
  [M("14 يوليو 2022م", day("2022-07-14"), ["month-date", "dateline"]),
   M("صباح اليوم الخميس", hours("2022-07-14", 6, 12), ["part-of-day", "relative-day", "weekday"])])

# ---------------------------------------------------------------- T36 Saudi court, Dhu al-Hijja 1434
T("sa-akhbarelyom-2013-10-05",
  "https://akhbarelyom.com/news/newdetails/465929/1/غدا-الأحد-أول-ذي-الحجة-والوقوف-بعرفات-ال",
  "SA", "religious-announcement", "2013-10-05", "text: 'غداً الأحد ... يوم الاثنين 14 أكتوبر 2013' (Sunday = 6 Oct 2013)",
  "غدا الأحد أول ذي الحجة والوقوف بعرفات\n"
  "أعلنت المحكمة العليا في الرياض أن غداً الأحد هو أول أيام ذي الحجة، وأن الوقوف بعرفة سيكون يوم الاثنين "
  "14 أكتوبر 2013، على أن يكون عيد الأضحى المبارك يوم الثلاثاء 15 من أكتوبر 2013. ودعت المحكمة الحجاج إلى "
  "الاستعداد لأداء المناسك في مواعيدها.",
  [M("غدا الأحد", day("2013-10-06"), ["relative-day", "weekday"], note="headline, غدا without tanwin"),
   M("أول ذي الحجة", day("2013-10-06"), ["hijri", "ordinal-day"], occ=0,
     note="1 Dhu al-Hijja, year by the window: 1434 (Umm al-Qura 6 Oct 2013)"),
   M("غداً الأحد", day("2013-10-06"), ["relative-day", "weekday"]),
   M("أول أيام ذي الحجة", day("2013-10-06"), ["hijri", "ordinal-day"]),
   M("يوم الاثنين 14 أكتوبر 2013", day("2013-10-14"), ["weekday", "month-date"]),
   M("عيد الأضحى المبارك", NULL, ["named-day"], truth=day("2013-10-15"), note="named holiday"),
   M("يوم الثلاثاء 15 من أكتوبر 2013", day("2013-10-15"), ["weekday", "month-date"])],
  note="short text (< 300 characters of body); kept for its Hijri ordinal-day forms")

# ---------------------------------------------------------------- T37 Tunisia, weekly markets and Friday prayer
T("tn-alchourouk-2021-08-18",
  "https://www.alchourouk.com/article/تونس-الكبرى-استئناف-صلاة-الجمعة-و-نشاط-الأسواق-الاسبوعية",
  "TN", "official-statement", "2021-08-18", "page 'تاريخ النشر : 16:21 - 2021/08/18'",
  "تونس الكبرى: استئناف صلاة الجمعة ونشاط الأسواق الأسبوعية\n"
  "تاريخ النشر : 16:21 - 2021/08/18\n"
  "أعلن ولاة بن عروس وأريانة وتونس ومنوبة في بلاغ مشترك استئناف نشاط الأسواق الأسبوعية بداية من تاريخ 19 "
  "أوت 2021، مع دعوة البلديات المعنية إلى تنظيمها والسهر على احترام البروتوكولات الصحية الخاصة بها. كما تقرر "
  "استئناف أداء صلاة الجمعة بداية من تاريخ 20 أوت 2021 مع احترام البروتوكولات الصحية في الجوامع، في حين "
  "يتواصل منع لعب الورق واستعمال الشيشة في المقاهي.",
  [M("16:21 - 2021/08/18", minute("2021-08-18", "16:21"), ["numeric", "clock", "dateline"],
     note="clock before a year-first numeric date"),
   M("19 أوت 2021", day("2021-08-19"), ["month-date"], note="Tunisian month name أوت"),
   M("20 أوت 2021", day("2021-08-20"), ["month-date"])],
  note="'صلاة الجمعة' (Friday prayer, twice) and 'الأسواق الأسبوعية' (weekly markets) are not dates")
N("استئناف أداء صلاة الجمعة", "2021-08-18", "https://www.alchourouk.com/article/", "weekday-word",
  "'Friday prayer' as an institution: not a reference to a particular Friday")

# ---------------------------------------------------------------- T38 Lebanon (Al-Ahed), parliament speaker vote
T("lb-alahed-2022-05-30", "https://alahedlb.info/article.php?cid=113&id=42867", "LB", "news", "2022-05-30",
  "page date '30/05/2022'",
  "التحضيرات اكتملت والمجلس النيابي ينتظر رئيسه\n"
  "30/05/2022\n"
  "اكتملت التحضيرات في القاعة العامة بساحة النجمة استعداداً لجلسة انتخاب رئيس مجلس النواب ونائبه وأميني "
  "السر والمفوضين الثلاثة عملاً بأحكام المادة 44 من الدستور. وبعد انقطاع طويل عن المبنى الرئيسي للمجلس بسبب "
  "جائحة كورونا وانفجار مرفأ بيروت، يعود النشاط إلى البرلمان حيث تجري غدًا انتخابات رئاسته. وكان الرئيس نبيه "
  "بري قد وجّه قبل أيام قليلة برفع الإجراءات وتخفيف التدابير التي كانت متخذة سابقاً حول المجلس.",
  [M("30/05/2022", day("2022-05-30"), ["numeric", "dateline"]),
   M("غدًا", day("2022-05-31"), ["relative-day"]),
   M("قبل أيام قليلة", vague({"start": "2022-05-23T00:00:00", "end": "2022-05-29T00:00:00", "grain": "day"}),
     ["vague"], note="read as قبل أيام: 2 to 7 days before")])
N("عملاً بأحكام المادة 44 من الدستور", "2022-05-30", "https://alahedlb.info/article.php?cid=113&id=42867",
  "number", "article number of the constitution")

# ---------------------------------------------------------------- T39 Egyptian colloquial blog
T("eg-kalematy-blog-2010-07-28", "http://kalematy2010.blogspot.com/2010/07/blog-post_28.html", "EG",
  "blog-colloquial", "2010-07-28", "blog post date 'الأربعاء، 28 يوليو 2010' + URL 2010/07",
  "الأربعاء، 28 يوليو 2010\n"
  "كلام في النهار\n"
  "نخش في الموضوع على طول.. لما الواحد يقوم من النوم الصبح، لما كان فيه صبح.. دلوقتي ليلنا زي نهارنا، مبقاش "
  "فيه ليل ولا بقى فيه نهار. ربنا جعل الليل علشان الراحه والسكون، وجعل النهار علشان نشتغل ونسعى على رزقنا. "
  "وقال ايه الحكومه عاوزه ترشد استهلاك الكهربا وتقطع النور في الشوارع وتقفل المحلات الساعه سبعه.. نرجع.. لما "
  "الواحد يقوم من النوم الصبح، الصبح بتاعنا بقى الساعه كام؟ الصبح دلوقتي بقى الساعه اربعه أو خمسه بعد "
  "الظهر.. يعني مفيش صبح، ده حتى الديك دلوقتي ما بنسمعش صياحه.",
  [M("الأربعاء، 28 يوليو 2010", day("2010-07-28"), ["weekday", "month-date", "dateline"]),
   M("دلوقتي", NULL, ["now", "colloquial"], occ=0, note="Egyptian 'now'; conventions silent on now"),
   M("الساعه سبعه", NULL, ["clock", "colloquial", "set"],
     note="generic closing time (19:00 every day), ة written ه; no AM/PM word"),
   M("دلوقتي", NULL, ["now", "colloquial"], occ=1, note="'now'"),
   M("الساعه اربعه أو خمسه بعد الظهر", NULL, ["clock", "colloquial"],
     note="disjunction 'four or five in the afternoon' (16:00 or 17:00), generic"),
   M("دلوقتي", NULL, ["now", "colloquial"], occ=2, note="'now'")],
  note="generic الصبح / الليل / النهار are not mentions; 'الساعه كام' is a question, not a time")
N("الصبح بتاعنا بقى الساعه كام؟", "2010-07-28", "http://kalematy2010.blogspot.com/2010/07/blog-post_28.html",
  "clock", "'what time is our morning now?': a question, no time value")

# ---------------------------------------------------------------- T40 CNN Arabic, Syrian war timeline
T("sy-cnnarabic-2016-03-15", "http://arabic.cnn.com/middleeast/2016/03/15/me-150316-syria-explainer", "SY",
  "news-timeline", "2016-03-15", "URL date 2016/03/15 + 'نُشر يوم الثلاثاء, 15 مارس/آذار 2016; 12:51'",
  "في سنتها السادسة.. أبرز العلامات الفارقة في الحرب السورية\n"
  "نُشر يوم الثلاثاء, 15 مارس/آذار 2016; 12:51 (GMT +0400). آخر تحديث الأحد, 11 سبتمبر/ايلول 2016; 12:33 "
  "(GMT +0400).\n"
  "بدأت الحرب باعتقال عدد من الأطفال عام 2011، ومنذ ذلك الحين تفجّر الوضع ليصبح أكبر أزمة إنسانية يشهدها "
  "العالم منذ الحرب العالمية الثانية، إذ حصدت الحرب أرواح أكثر من 300 ألف شخص وأجبرت أكثر من 11 مليوناً على "
  "مغادرة منازلهم.\n"
  "فبراير/شباط 2011: مع انتشار المظاهرات المطالبة بإسقاط أنظمة في المنطقة، اعتقلت السلطات السورية أطفالاً "
  "في درعا بسبب عبارة كتبوها على سور مدرستهم، فخرجت مظاهرات قابلتها قوات النظام بإطلاق النار.\n"
  "يوليو/تموز 2011: انشق عدد من الضباط وشكّلوا \"الجيش السوري الحر\"، وبعد ثلاثة أشهر أُعلن تشكيل المجلس "
  "الوطني السوري.\n"
  "من ديسمبر/كانون ثاني 2011 لغاية فبراير/شباط 2012: قتل تفجير انتحاري في دمشق 44 شخصاً، وربطته السلطات "
  "بتنظيم القاعدة.",
  [M("سنتها السادسة", NULL, ["ordinal-year"],
     note="'its sixth year' (of the war, from March 2016); conventions silent"),
   M("يوم الثلاثاء, 15 مارس/آذار 2016; 12:51 (GMT +0400)", minute("2016-03-15", "12:51"),
     ["weekday", "month-date", "paired-month", "clock", "dateline"], note="time-zone gloss ignored (naive local)"),
   M("الأحد, 11 سبتمبر/ايلول 2016; 12:33 (GMT +0400)", minute("2016-09-11", "12:33"),
     ["weekday", "month-date", "paired-month", "clock"], note="update date, after the DCT; ايلول without hamza"),
   M("عام 2011", year(2011), ["year"]),
   M("منذ ذلك الحين", NULL, ["since", "anaphoric"], truth=since("2011-01-01", "2016-03-15", "year"),
     note="'since then' (since 2011); conventions' anaphora covers only 'the next day'-type phrases"),
   M("منذ الحرب العالمية الثانية", NULL, ["since", "named-event"], note="since an event; conventions silent"),
   M("فبراير/شباط 2011", month(2011, 2), ["month", "paired-month"]),
   M("يوليو/تموز 2011", month(2011, 7), ["month", "paired-month"]),
   M("بعد ثلاثة أشهر", month(2016, 6), ["relative-month"], truth=month(2011, 10),
     note="conventions: 'بعد N months' counts from the DCT; here it counts from July 2011 (anaphoric)"),
   M("من ديسمبر/كانون ثاني 2011 لغاية فبراير/شباط 2012", month(2011, 12, 2, 2012), ["range", "paired-month"],
     note="the source pairs ديسمبر with كانون ثاني (January): a mismatched pair; December taken (Gregorian "
          "name first); لغاية = until")])

# ---------------------------------------------------------------- T41 Jordan airline resumes Damascus flights
T("jo-alkhaleejalaan-2025-01-31", "https://alkhaleejalaan.com/NewsUpdate/news266370.html", "JO", "news",
  "2025-01-31", "page line 'اليوم الجمعة 31 يناير 2025 01:46 مساءً'",
  "الخطوط الملكية الأردنية تستأنف رحلاتها التجارية إلى دمشق بعد توقف 13 عاماً\n"
  "الجمعة 31 يناير 2025 01:46 مساءً\n"
  "أعلنت الخطوط الجوية الملكية الأردنية أنها استأنفت الجمعة رحلاتها التجارية المباشرة بين عمّان ودمشق، "
  "المتوقفة منذ 13 عاما، بواقع أربع رحلات أسبوعيا على أن ترفعها قريبا إلى سبع. وأقلعت طائرة الملكية في "
  "الساعة 07,20 (04:20 ت غ) من مطار الملكة علياء الدولي متجهة إلى مطار دمشق. وذكرت الشركة أنها سيّرت أولى "
  "رحلاتها إلى دمشق اليوم (الجمعة)، وأنها ستسيّر 4 رحلات اسبوعيا بين العاصمتين بعد توقف دام لسنوات. ونقل "
  "عن الرئيس التنفيذي سامر المجالي أن الشركة تخطط لزيادة الرحلات لتصبح بشكل يومي في أبريل المقبل. ويأتي ذلك "
  "بعد يومين من قرار لوزارة الداخلية الأردنية يسمح للأردنيين بالسفر جواً إلى مطاري دمشق وحلب.",
  [M("13 عاماً", dur("P13Y"), ["duration"]),
   M("الجمعة 31 يناير 2025 01:46 مساءً", minute("2025-01-31", "13:46"),
     ["weekday", "month-date", "clock", "dateline"]),
   M("الجمعة", day("2025-01-31"), ["weekday"], occ=1, note="bare weekday on a Friday DCT = the DCT"),
   M("منذ 13 عاما", year(2012), ["ago"], note="'منذ N years' = the calendar year DCT-N (suspended since 2012)"),
   M("أسبوعيا", sset("P1W"), ["set"], occ=0, note="four flights weekly (freq 4)"),
   M("قريبا", NULL, ["vague"], note="'soon' (vague future); conventions silent"),
   M("الساعة 07,20 (04:20 ت غ)", minute("2025-01-31", "07:20"), ["clock"],
     note="comma as the hour-minute separator; the UTC gloss 04:20 ت غ is part of the mention"),
   M("اليوم (الجمعة)", day("2025-01-31"), ["relative-day", "weekday"]),
   M("اسبوعيا", sset("P1W"), ["set"], note="spelling without hamza; 4 flights weekly"),
   M("سنوات", NULL, ["vague", "duration"], note="'a halt lasting years' (لسنوات); vague duration, conventions silent"),
   M("بشكل يومي", sset("P1D"), ["set"]),
   M("أبريل المقبل", month(2025, 4), ["month-name"]),
   M("بعد يومين", NULL, ["anaphoric"], truth=day("2025-01-31"),
     note="'two days after a decision' (decision date not given): relative to an event, not the DCT")])

# ---------------------------------------------------------------- T42 Iraqi Airways to Damascus
T("iq-tourismworld-2019-05-13", "http://www.tourismworld-seyaha.com/?p=9178", "IQ", "news", "2019-05-13",
  "text: 'اليوم الاثنين13-5-2019'",
  "الخطوط الجوية العراقية تستأنف رحلاتها إلى دمشق\n"
  "أعلن مصدر في الخطوط الجوية العراقية، اليوم الاثنين13-5-2019، أن الشركة ستستأنف خلال أيام معدودة رحلاتها "
  "إلى مطار العاصمة السورية دمشق. وقال المصدر إن \"من المقرر أن تعود الرحلات بعد غد الأربعاء، لكن قد تؤجل "
  "لأسباب لوجستية إلى بداية الأسبوع المقبل\". وأضاف أن الرحلات ستنطلق من مطاري بغداد والنجف بواقع رحلة من "
  "كل مطار يوميا. يذكر أن الأحداث التي شهدتها سوريا منذ العام 2011 أوقفت رحلات الخطوط العراقية إليها.",
  [M("اليوم الاثنين13-5-2019", day("2019-05-13"), ["relative-day", "weekday", "numeric"],
     note="no space between the weekday and the numeric date (verbatim)"),
   M("خلال أيام معدودة", NULL, ["vague"],
     note="'within a few days' (future); only خلال الأيام المقبلة is in the conventions"),
   M("بعد غد الأربعاء", day("2019-05-15"), ["relative-day", "weekday"]),
   M("بداية الأسبوع المقبل", NULL, ["relative-week", "vague"],
     truth=vague({"start": "2019-05-18T00:00:00", "end": "2019-05-21T00:00:00", "grain": "day"}),
     note="start of next week; the conventions define parts of months and years only"),
   M("يوميا", sset("P1D"), ["set"]),
   M("منذ العام 2011", since("2011-01-01", "2019-05-13", "year"), ["since", "year"])])

# ---------------------------------------------------------------- T43 Saudi airports reopening (Palestinian site)
T("sa-alkofiya-2021-03-11", "https://alkofiya.org/index.php/ar/post/103966", "SA", "news", "2021-03-11",
  "page 'نشر بتاريخ: 2021/03/11' + 'اليوم الخميس'",
  "نشر بتاريخ: 2021/03/11 ( آخر تحديث: 2021/03/11 الساعة: 14:29 )\n"
  "السعودية: فتح المطارات أمام الرحلات الجوية 17 مايو المقبل\n"
  "كشفت الهيئة العامة للطيران المدني السعودية، اليوم الخميس، عن تعديل موعد السماح للمواطنين بالسفر إلى الخارج "
  "ورفع تعليق رحلات الطيران الدولي بشكل كامل. وأوضحت في بيان أن فتح مطارات المملكة أمام الرحلات الدولية "
  "سيبدأ من الساعة الواحدة من صباح يوم الاثنين الموافق 17 من شهر مايو/ أيار المقبل، مؤكدة ضرورة الالتزام "
  "بالضوابط التي تضعها اللجنة المعنية بالإجراءات الاحترازية لمنع تفشي وباء كورونا في المملكة.",
  [M("2021/03/11", day("2021-03-11"), ["numeric", "dateline"], occ=0),
   M("2021/03/11 الساعة: 14:29", minute("2021-03-11", "14:29"), ["numeric", "clock"]),
   M("17 مايو المقبل", day("2021-05-17"), ["month-date"]),
   M("اليوم الخميس", day("2021-03-11"), ["relative-day", "weekday"]),
   M("الساعة الواحدة من صباح يوم الاثنين الموافق 17 من شهر مايو/ أيار المقبل", hours("2021-05-17", 1, 2),
     ["clock", "part-of-day", "weekday", "month-date", "paired-month"],
     note="'one o'clock in the morning of Monday 17 May'; the span excludes the preceding 'من'")])

# ---------------------------------------------------------------- T44 Bahrain, national day holiday
T("bh-bahrainmirror-2014-12-13", "http://bahrainmirror.collegefan.org/news/20917.html", "BH", "official-statement",
  "2014-12-13", "page dateline '2014-12-13 - 9:46 م'",
  "عطلة عيد جلوس الملك الثلاثاء والأربعاء 16 و17 ديسمبر\n"
  "2014-12-13 - 9:46 م\n"
  "أصدر رئيس الوزراء الأمير خليفة بن سلمان آل خليفة تعميماً بشأن عطلة العيد الوطني المجيد لمملكة البحرين وعيد "
  "الجلوس الخامس عشر، جاء فيه أن جميع الوزارات والأجهزة الحكومية وهيئاتها ومؤسساتها تُعطَّل يومي الثلثاء "
  "والأربعاء الموافقين للسادس عشر والسابع عشر من شهر ديسمبر/ كانون الأول 2014. ويشار إلى أن تاريخ استقلال "
  "البحرين الحقيقي يصادف 14 من شهر أغسطس من كل عام، غير أن السلطات لا تحتفل به، بينما تحيي ذكراه قوى سياسية "
  "وشعبية معارضة.",
  [M("الثلاثاء والأربعاء 16 و17 ديسمبر", days("2014-12-16", "2014-12-17"), ["weekday", "month-date", "range"]),
   M("2014-12-13 - 9:46 م", minute("2014-12-13", "21:46"), ["numeric", "clock", "dateline"], note="م = PM"),
   M("العيد الوطني المجيد", NULL, ["named-day"], truth=day("2014-12-16"), note="national day; conventions silent"),
   M("يومي الثلثاء والأربعاء الموافقين للسادس عشر والسابع عشر من شهر ديسمبر/ كانون الأول 2014",
     days("2014-12-16", "2014-12-17"), ["weekday", "ordinal-day", "month-date", "paired-month", "range"],
     note="coordinated ordinal days; الثلثاء spelling"),
   M("14 من شهر أغسطس من كل عام", sset("XXXX-08-14"), ["set", "month-date"])])
N("وعيد الجلوس الخامس عشر", "2014-12-13", "http://bahrainmirror.collegefan.org/news/20917.html", "ordinal",
  "'the fifteenth accession day' (anniversary count), not the 15th of a month")

# ---------------------------------------------------------------- T45 Bahrain, reopening of gyms
T("bh-bahrainmirror-2020-07-25", "http://bahrainmirror.com/news/58197.html", "BH", "news", "2020-07-25",
  "page dateline '2020-07-25 - 3:47 ص'",
  "إعادة فتح الصالات الرياضية والملاعب الخارجية وبرك السباحة ابتداء من 6 أغسطس\n"
  "ولي العهد سلمان بن حمد آل خليفة مترأساً اجتماع اللجنة التنسيقية عبر الفيديو - 23 يوليو 2020\n"
  "2020-07-25 - 3:47 ص\n"
  "قررت اللجنة التنسيقية برئاسة ولي العهد إعادة افتتاح عدد من المنشآت التي أُغلقت بعد تفشي فيروس كورونا "
  "«كوفيد 19». ووفق بيان رسمي، قررت اللجنة في اجتماعها (الخميس 23 يوليو 2020) السماح بإعادة افتتاح الصالات "
  "الرياضية والملاعب الخارجية وبرك السباحة ابتداء من 6 أغسطس، على أن يُعلن لاحقاً عن الاشتراطات الصحية "
  "الواجب اتباعها فيها.",
  [M("6 أغسطس", day("2020-08-06"), ["month-date"], occ=0),
   M("23 يوليو 2020", day("2020-07-23"), ["month-date"], occ=0),
   M("2020-07-25 - 3:47 ص", minute("2020-07-25", "03:47"), ["numeric", "clock", "dateline"], note="ص = AM"),
   M("الخميس 23 يوليو 2020", day("2020-07-23"), ["weekday", "month-date"]),
   M("6 أغسطس", day("2020-08-06"), ["month-date"], occ=1),
   M("لاحقاً", NULL, ["vague"], note="'later' (vague future); conventions silent")])

# ---------------------------------------------------------------- T46 Algerian teachers' forum, school holidays
T("dz-djelfa-forum-2011-10-26", "https://www.djelfa.info/vb/showpost.php?p=7685254&postcount=1", "DZ",
  "forum-post", "2011-10-26", "forum post timestamp 'قديم 2011-10-26, 06:29'",
  "عطلة الخريف من 31 أكتوبر إلى مابعد عيد الأضحى / منشور وزاري\n"
  "قديم 2011-10-26, 06:29\n"
  "السلام عليكم ورحمة الله وبركاته\n"
  "حددت وزارة التربية الوطنية عطلة الخريف هذه السنة من 31 أكتوبر إلى ما بعد عيد الأضحى، لتتمم بذلك رزنامة "
  "العطل المدرسية للسنة الجارية. وأرسلت الوزارة إلى مديرياتها الولائية قرارا مؤرخا في 20 أكتوبر الجاري يحدد "
  "عطلة الخريف، المسماة ''عطلة أول نوفمبر''، لجميع المناطق ابتداء من 31 أكتوبر إلى يوم 12 ذي الحجة المصادف "
  "إما ليوم 8 أو 9 نوفمبر حسب تاريخ عيد الأضحى. ويكمل هذا القرار القرار المؤرخ في 19 جوان المنصرم والمتضمن "
  "رزنامة العطل للسنة الدراسية الحالية، إذ تكون عطلة الشتاء من 15 ديسمبر 2011 إلى 02 جانفي 2012 لولايات "
  "الشمال، ومن 22 ديسمبر إلى 02 جانفي للجنوب والهضاب العليا. أما عطلة الربيع فتمتد لولايات الجنوب من 22 "
  "مارس 2012 إلى 01 أفريل، ومن 15 مارس إلى 01 أفريل لبقية المناطق.",
  [M("من 31 أكتوبر إلى مابعد عيد الأضحى", NULL, ["range", "named-day"],
     note="range whose end is 'after Eid al-Adha' (مابعد written as one word); conventions silent"),
   M("2011-10-26, 06:29", minute("2011-10-26", "06:29"), ["numeric", "clock", "dateline"]),
   M("هذه السنة", year(2011), ["relative-year"], note="this year (the autumn break of 2011)"),
   M("من 31 أكتوبر إلى ما بعد عيد الأضحى", NULL, ["range", "named-day"], note="as in the title"),
   M("للسنة الجارية", year(2011), ["relative-year"], truth=NULL,
     note="conventions: the DCT's year; in fact the school year 2011-2012"),
   M("20 أكتوبر الجاري", day("2011-10-20"), ["month-date"]),
   M("أول نوفمبر", NULL, ["named-day", "month-date"],
     note="holiday name 'the First of November break' (a date inside a name); conventions silent"),
   M("ابتداء من 31 أكتوبر إلى يوم 12 ذي الحجة", days("2011-10-31", "2011-11-08"), ["range", "hijri", "month-date"],
     note="12 Dhu al-Hijja 1432 = 8 Nov 2011 (Umm al-Qura); the text says '8 or 9 November'"),
   M("يوم 8 أو 9 نوفمبر", NULL, ["month-date"], note="disjunction of two days; conventions silent"),
   M("عيد الأضحى", NULL, ["named-day"], occ=2, truth=day("2011-11-06"), note="named holiday"),
   M("19 جوان المنصرم", day("2011-06-19"), ["month-date"], note="Algerian جوان with المنصرم"),
   M("للسنة الدراسية الحالية", NULL, ["school-year"], note="current school year 2011-2012; conventions silent"),
   M("من 15 ديسمبر 2011 إلى 02 جانفي 2012", days("2011-12-15", "2012-01-02"), ["range", "month-date"]),
   M("من 22 ديسمبر إلى 02 جانفي", days("2011-12-22", "2012-01-02"), ["range", "month-date"],
     note="no years: each end by the window (Dec 2011, Jan 2012)"),
   M("من 22 مارس 2012 إلى 01 أفريل", days("2012-03-22", "2012-04-01"), ["range", "month-date"],
     note="the year is on the FIRST end; conventions only describe carrying the last end's year"),
   M("من 15 مارس إلى 01 أفريل", days("2011-03-15", "2011-04-01"), ["range", "month-date"],
     truth=days("2012-03-15", "2012-04-01"),
     note="no years; the past-leaning window (DCT-9 months .. DCT+3 months) puts March-April in 2011")])

# ---------------------------------------------------------------- T47 Morocco, school holiday list 2018-2019
T("ma-agora-2018-09-03",
  "https://cdn.agora.ma/2018/09/03/وزارة-التربية-الوطنية-الكشف-عن-لائحة-ا", "MA", "official-statement",
  "2018-09-03", "URL date 2018/09/03 + 'بعد غد الأربعاء 5 شتنبر' (5 Sep 2018 is a Wednesday)",
  "مع العودة من العطلة الصيفية والاستعداد للدخول المدرسي الجديد، كشفت وزارة التربية الوطنية والتكوين المهني "
  "والتعليم العالي والبحث العلمي عن لائحة العطل المدرسية للسنة الدراسية 2018ـ 2019، التي تنطلق بعد غد "
  "الأربعاء 5 شتنبر. وتقرر هذه السنة منح عطلة بعد كل سبعة أسابيع من الدراسة، مع مراعاة فترات التحضير "
  "للامتحانات، ليبلغ مجموع أيام العطل 43 يوما. وفي ما يلي اللائحة الرسمية لموسم 2018- 2019:\n"
  "– فاتح محرم: يوم فاتح محرم 1440 (يوم واحد)\n"
  "– الفترة البينية الأولى وذكرى المسيرة الخضراء: من يوم الأحد 28 أكتوبر إلى يوم الثلاثاء 06 نونبر (10 أيام)\n"
  "– عيد المولد النبوي الشريف: يومي 12 و13 ربيع الأول 1440 (يومين)\n"
  "– فاتح السنة الميلادية: يوم الثلاثاء فاتح يناير 2019 (يوم واحد)\n"
  "– ذكرى تقديم وثيقة الاستقلال: يوم الجمعة 11 يناير 2019 (يوم واحد)\n"
  "– عطلة منتصف السنة الدراسية: من يوم الأحد 20 يناير 2019 إلى يوم الأحد 27 يناير 2019 (8أيام)",
  [M("للسنة الدراسية 2018ـ 2019", NULL, ["school-year"], note="school year with a tatweel dash; conventions silent"),
   M("بعد غد الأربعاء 5 شتنبر", day("2018-09-05"), ["relative-day", "weekday", "month-date"],
     note="Moroccan month name شتنبر"),
   M("هذه السنة", year(2018), ["relative-year"], truth=NULL, note="in fact the school year"),
   M("كل سبعة أسابيع", sset("P7W"), ["set"]),
   M("43 يوما", dur("P43D"), ["duration"]),
   M("موسم 2018- 2019", NULL, ["school-year"], note="school season; conventions silent"),
   M("فاتح محرم", day("2018-09-11"), ["hijri", "named-day"], occ=0,
     note="1 Muharram without year: nearest (1440) = 11 Sep 2018 (Umm al-Qura)"),
   M("يوم فاتح محرم 1440", day("2018-09-11"), ["hijri"]),
   M("يوم واحد", dur("P1D"), ["duration"], occ=0),
   M("من يوم الأحد 28 أكتوبر إلى يوم الثلاثاء 06 نونبر", days("2018-10-28", "2018-11-06"),
     ["range", "weekday", "month-date"]),
   M("10 أيام", dur("P10D"), ["duration"]),
   M("يومي 12 و13 ربيع الأول 1440", days("2018-11-20", "2018-11-21"), ["hijri", "range"],
     note="12-13 Rabi' I 1440 (Umm al-Qura)"),
   M("يومين", dur("P2D"), ["duration"]),
   M("فاتح السنة الميلادية", NULL, ["named-day"], truth=day("2019-01-01"), note="New Year's Day, named"),
   M("يوم الثلاثاء فاتح يناير 2019", day("2019-01-01"), ["weekday", "month-date", "ordinal-day"]),
   M("يوم واحد", dur("P1D"), ["duration"], occ=1),
   M("يوم الجمعة 11 يناير 2019", day("2019-01-11"), ["weekday", "month-date"]),
   M("يوم واحد", dur("P1D"), ["duration"], occ=2),
   M("منتصف السنة الدراسية", NULL, ["school-year"], note="middle of the school year; conventions silent"),
   M("من يوم الأحد 20 يناير 2019 إلى يوم الأحد 27 يناير 2019", days("2019-01-20", "2019-01-27"),
     ["range", "weekday", "month-date"]),
   M("8أيام", dur("P8D"), ["duration"], note="no space between number and noun")],
  note="'الفترة البينية الأولى' (first inter-term period) is an ordinal, not a date")

# ---------------------------------------------------------------- T48 Yemen (Aden), festival postponed
T("ye-sawtalasima-2025-02-23", "https://www.sawt-alasima.net/news/74122", "YE", "announcement", "2025-02-23",
  "page dateline 'الأحد - 23 فبراير 2025 - 10:24 م'",
  "اللجنة التحضيرية لمهرجان عدن الدولي للشعوب والتراث تقرر تأجيله إلى بعد عيد الفطر\n"
  "الأحد - 23 فبراير 2025 - 10:24 م\n"
  "أعلنت اللجنة التحضيرية لمهرجان عدن الدولي للشعوب والتراث تأجيل المهرجان إلى ما بعد إجازة عيد الفطر "
  "المبارك بسبب قرب حلول شهر رمضان، مؤكدة أن التحضيرات متواصلة لتقديم نسخة مميزة برعاية محافظ عدن أحمد "
  "حامد لملس. وأوضحت في بيانها أن القرار جاء تقديراً للظروف الراهنة التي تمر بها المدينة من تحديات لوجستية، "
  "إضافة إلى اقتراب شهر رمضان المبارك، معربة عن أسفها واعتذارها لكافة الدول والمحافظات المشاركة.",
  [M("بعد عيد الفطر", NULL, ["named-day"], note="'after Eid al-Fitr' (open interval after a holiday); conventions silent"),
   M("الأحد - 23 فبراير 2025 - 10:24 م", minute("2025-02-23", "22:24"), ["weekday", "month-date", "clock", "dateline"]),
   M("ما بعد إجازة عيد الفطر المبارك", NULL, ["named-day"], note="after the Eid holiday; conventions silent"),
   M("شهر رمضان", hmonth(1446, 9), ["hijri"], occ=0, note="Hijri month without year: nearest = Ramadan 1446"),
   M("شهر رمضان المبارك", hmonth(1446, 9), ["hijri"])])

# ---------------------------------------------------------------- T49 Egypt (Al-Masry Al-Youm), trial adjourned
T("eg-almasryalyoum-2016-10-20", "https://www.almasryalyoum.com/news/detailsamp/1027542", "EG", "news",
  "2016-10-20", "byline 'الخميس 20-10-2016 14:40'",
  "تأجيل محاكمة «مرسى» و24 آخرين بـ«إهانة القضاء» لـ6 نوفمبر\n"
  "كتب: فاطمة أبو شنب الخميس 20-10-2016 14:40\n"
  "أجلت محكمة جنايات القاهرة المنعقدة بأكاديمية الشرطة، الخميس، برئاسة المستشار حمادة شكري، جلسات محاكمة "
  "الرئيس الأسبق محمد مرسي و24 متهمًا آخرين، بينهم إعلاميون ومحامون ونشطاء، في قضية إهانة السلطة القضائية "
  "والإساءة إلى رجالها، إلى جلسة 6 نوفمبر المقبل لاستكمال المرافعة. وكان عصام سلطان قد طلب من المحكمة قبل "
  "صدور القرار تمكينه من الاطلاع على أوراق القضية استعداداً للمرافعة.",
  [M("6 نوفمبر", day("2016-11-06"), ["month-date"], occ=0, note="after the clitic لـ"),
   M("الخميس 20-10-2016 14:40", minute("2016-10-20", "14:40"), ["weekday", "numeric", "clock", "dateline"]),
   M("الخميس", day("2016-10-20"), ["weekday"], occ=1),
   M("6 نوفمبر المقبل", day("2016-11-06"), ["month-date"])])
N("محمد مرسي و24 متهمًا آخرين", "2016-10-20", "https://www.almasryalyoum.com/news/detailsamp/1027542", "number",
  "a count of defendants, not an hour or day")

# === END TEXTS ===


# ================================================================== build + validate
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
DUR = re.compile(r"^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$")
GRAINS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade"}
WEEKDAYS = {"السبت": 5, "الأحد": 6, "الاحد": 6, "الإثنين": 0, "الاثنين": 0, "الثلاثاء": 1, "الثلثاء": 1,
            "الأربعاء": 2, "الاربعاء": 2, "الإربعاء": 2, "الخميس": 3, "الجمعة": 4}


def check_value(v, where):
    if v is None:
        return
    assert isinstance(v, dict), where
    if v.get("none"):
        return
    if "duration" in v:
        assert DUR.match(v["duration"]) and v["duration"] != "P", (where, v)
        return
    if "set" in v:
        assert isinstance(v["set"], str) and v["set"], (where, v)
        return
    s, e = v.get("start"), v.get("end")
    assert s or e, (where, v)
    for x in (s, e):
        assert x is None or ISO.match(x), (where, x)
    if s and e:
        assert dt.datetime.fromisoformat(s) < dt.datetime.fromisoformat(e), (where, v)
    assert v.get("grain") in GRAINS, (where, v)


def nth(text, sub, occ):
    i = -1
    for _ in range(occ + 1):
        i = text.find(sub, i + 1)
        if i < 0:
            return -1
    return i


def strip_tatweel(s):
    return s.replace("\u0640", "").replace(" ", "")


def build():
    lines, thin, warn = [], [], []
    tag_count = collections.Counter()
    n_m = 0
    k_main = k_thin = 0
    for t in TEXTS:
        text, ref = t["text"], t["ref"]
        assert 250 <= len(text) <= 1600 or t.get("note"), (t["tid"], len(text))
        refdt = _d(ref)
        ments = []
        for m in t["mentions"]:
            i = nth(text, m["text"], m["occ"])
            assert i >= 0, (t["tid"], m["text"], m["occ"])
            out = {"start": i, "end": i + len(m["text"]), "text": m["text"], "expected": m["expected"],
                   "tags": m["tags"]}
            for key in ("note", "truth"):
                if key in m:
                    out[key] = m[key]
            assert text[out["start"]:out["end"]] == out["text"]
            check_value(m["expected"], (t["tid"], m["text"]))
            if "truth" in m:
                check_value(m["truth"], (t["tid"], m["text"], "truth"))
            if m["expected"] is None:
                assert m.get("note"), (t["tid"], m["text"], "null needs a note")
            # weekday sanity: a day-grain single day whose mention names a weekday must fall on it
            v = m["expected"]
            if v and v.get("grain") == "day" and v.get("start") and v.get("end"):
                s = dt.datetime.fromisoformat(v["start"]).date()
                if (dt.datetime.fromisoformat(v["end"]).date() - s).days == 1:
                    for w, num in WEEKDAYS.items():
                        if w in strip_tatweel(m["text"]) and s.weekday() != num and "weekday-mismatch" not in m["tags"]:
                            warn.append(f"{t['tid']}: {m['text']!r} -> {s} is not {w}")
            ments.append(out)
        ments.sort(key=lambda x: x["start"])
        for a, b in zip(ments, ments[1:]):
            assert a["end"] <= b["start"], (t["tid"], "overlap", a["text"], b["text"])
        if t["tid"] in THIN:
            k_thin += 1
            cid = f"real-ar-thin-{k_thin:02d}"
        else:
            k_main += 1
            cid = f"real-ar-{k_main:03d}"
            n_m += len(ments)
            for m in ments:
                tag_count.update(set(m["tags"]))
        case = {"id": cid, "source": t["url"], "mode": "extract", "text": text,
                "reference": _iso(refdt), "reference_truth": refdt.isoformat(),
                "reference_basis": t["basis"], "country": t["country"], "register": t["register"],
                "mentions": ments}
        if t.get("note"):
            case["note"] = t["note"]
        (thin if t["tid"] in THIN else lines).append(case)
    for k, n in enumerate(NEGATIVES, 1):
        assert n["text"] in " ".join(x["text"] for x in TEXTS) or n.get("url"), n
        case = {"id": f"real-ar-neg-{k:02d}", "source": n["url"], "mode": "resolve", "text": n["text"],
                "reference": _iso(_d(n["ref"])) if n["ref"] else None, "expected": {"none": True},
                "tags": ["negative", n["family"]], "note": n["note"]}
        lines.append(case)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in lines:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(OUT_THIN, "w", encoding="utf-8") as f:
        for c in thin:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    return lines, tag_count, n_m, warn


if __name__ == "__main__":
    lines, tags, n_m, warn = build()
    n_t = sum(1 for c in lines if c["mode"] == "extract")
    print(f"texts {n_t}  mentions {n_m}  negatives {len(NEGATIVES)}")
    nul = sum(1 for c in lines if c["mode"] == "extract" for m in c["mentions"] if m["expected"] is None)
    print(f"null (conv-silent) {nul}   scored values {n_m - nul}")
    for tg, c in tags.most_common():
        print(f"  {tg:16s} {c}")
    fam = collections.Counter(m["tags"][0] for c in lines if c["mode"] == "extract" for m in c["mentions"])
    print("primary family (first tag):", dict(fam.most_common()))
    per = [len(c["mentions"]) for c in lines if c["mode"] == "extract"]
    print("mentions per text: min", min(per), "max", max(per), "mean", round(sum(per) / len(per), 1))
    print("countries", collections.Counter(c["country"] for c in lines if c["mode"] == "extract"))
    print("registers", collections.Counter(c["register"] for c in lines if c["mode"] == "extract"))
    for w in warn:
        print("WARN", w)
    if "-v" in sys.argv:
        for c in lines:
            if c["mode"] != "extract":
                continue
            print("=" * 10, c["id"], c["reference"][:10], c["source"][:60])
            for m in c["mentions"]:
                e = m["expected"]
                print(f"   [{m['start']:4d}] {m['text']!r:55s} {json.dumps(e, ensure_ascii=False)[:110] if e else 'NULL'}")
