"""Arabic language data for the date engine: words only, no logic.

Everything here is written in ordinary Arabic spelling; the engine normalizes it with the
same function it applies to text (alef/hamza forms, ya/alef maqsura, ta marbuta,
diacritics), so a spelling variant that normalization already folds need not be listed.
A new dialect's month names or vague words are additions to these tables.
"""

# --- months ---------------------------------------------------------------------------
# (spelling, month number, system). Multi-word names are space separated.
GREGORIAN_MONTHS = [
    # Syriac (Levant, Iraq)
    ("كانون الثاني", 1, "syriac"), ("كانون ثاني", 1, "syriac"), ("كانون 2", 1, "syriac"),
    ("شباط", 2, "syriac"), ("آذار", 3, "syriac"), ("نيسان", 4, "syriac"), ("أيار", 5, "syriac"),
    ("حزيران", 6, "syriac"), ("تموز", 7, "syriac"), ("آب", 8, "syriac"), ("أيلول", 9, "syriac"),
    ("تشرين الأول", 10, "syriac"), ("تشرين أول", 10, "syriac"), ("تشرين 1", 10, "syriac"),
    ("تشرين الثاني", 11, "syriac"), ("تشرين ثاني", 11, "syriac"), ("تشرين 2", 11, "syriac"),
    ("كانون الأول", 12, "syriac"), ("كانون أول", 12, "syriac"), ("كانون 1", 12, "syriac"),
    # Egyptian / Gulf
    ("يناير", 1, "egyptian"), ("فبراير", 2, "egyptian"), ("مارس", 3, "egyptian"),
    ("أبريل", 4, "egyptian"), ("ابريل", 4, "egyptian"), ("مايو", 5, "egyptian"),
    ("يونيو", 6, "egyptian"), ("يونيه", 6, "egyptian"), ("يوليو", 7, "egyptian"), ("يوليه", 7, "egyptian"),
    ("أغسطس", 8, "egyptian"), ("أغسطوس", 8, "egyptian"), ("سبتمبر", 9, "egyptian"),
    ("أكتوبر", 10, "egyptian"), ("نوفمبر", 11, "egyptian"), ("ديسمبر", 12, "egyptian"),
    ("ديسيمبر", 12, "egyptian"), ("ديمسبر", 12, "egyptian"),  # common misspellings in news copy
    # Maghrebi (Algeria, Tunisia)
    ("جانفي", 1, "maghrebi"), ("فيفري", 2, "maghrebi"), ("أفريل", 4, "maghrebi"), ("ماي", 5, "maghrebi"),
    ("جوان", 6, "maghrebi"), ("جويلية", 7, "maghrebi"), ("جويليه", 7, "maghrebi"), ("أوت", 8, "maghrebi"),
    # Maghrebi (Morocco)
    ("يوليوز", 7, "maghrebi"), ("غشت", 8, "maghrebi"), ("شتنبر", 9, "maghrebi"),
    ("نونبر", 11, "maghrebi"), ("دجنبر", 12, "maghrebi"),
]

HIJRI_MONTHS = [
    ("محرم", 1), ("المحرم", 1), ("صفر", 2), ("ربيع الأول", 3), ("ربيع أول", 3), ("ربيع الثاني", 4), ("ربيع الآخر", 4),
    ("ربيع ثاني", 4), ("جمادى الأولى", 5), ("جمادى الأول", 5), ("جمادى الثانية", 6), ("جمادى الآخرة", 6),
    ("جمادى الثاني", 6), ("جمادى الآخر", 6), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
]
# Egypt's short names, the adjective without its article as in "ربيع أول" ("30 جمادى أول 1447 هـ"
# in a Cairo paper's page header); read when `grammar.dates.EGYPTIAN_SHORT_HIJRI` is on. "ربيع
# آخر" is also "another spring": it needs the cues of an ambiguous month (a day, a year, شهر).
HIJRI_MONTHS_SHORT = [("جمادى أول", 5), ("جمادى آخر", 6), ("ربيع آخر", 4)]
HIJRI_MONTHS_SHORT_AMBIGUOUS = {"ربيع آخر"}

# Month words that are also ordinary words (a verb, a car maker, "father", "zero", names):
# they count as months only next to a day, a year, a month modifier or the word "شهر".
AMBIGUOUS_MONTHS = {"مارس", "نيسان", "آب", "ماي", "صفر", "رجب", "شعبان", "رمضان", "محرم", "أيار", "تموز", "جوان"}

# --- weekdays (Python numbering: Monday = 0) -------------------------------------------
WEEKDAYS = [
    ("الاثنين", 0), ("الإثنين", 0), ("الاتنين", 0), ("الثلاثاء", 1), ("الثلاثا", 1), ("الثلثاء", 1),
    ("الأربعاء", 2), ("الاربعا", 2), ("الخميس", 3), ("الجمعة", 4), ("السبت", 5), ("الأحد", 6),
]
# Weekday words that are also other words ("بين الاثنين" = between the two; الجمعة = the
# congregation): they need a cue (يوم, اليوم, a part of the day, a modifier, a date after).
AMBIGUOUS_WEEKDAYS = {"الاثنين", "الجمعة"}
# the singular pronouns after an ambiguous weekday that make it a day, not "the two" (whose
# pronoun is هما): "أعلنت المحكمة العليا أن الاثنين هو المكمل لشهر ذي الحجة" (read with
# grammar.days.WEEKDAY_AFTER_AN)
DAY_PRONOUNS = {"هو", "هي"}
# weekday names without the article, recognized only right before a relative week:
# "أحد الأسبوع الماضي" (Sunday of last week), "اثنين الأسبوع الحالي"
WEEKDAYS_BARE = {"أحد": 6, "اثنين": 0, "إثنين": 0, "ثلاثاء": 1, "أربعاء": 2, "أربعا": 2, "خميس": 3, "جمعة": 4, "سبت": 5}

# --- relative days -----------------------------------------------------------------------
# single words -> day offset from the publication date
RELATIVE_DAYS = {"اليوم": 0, "أمس": -1, "الأمس": -1, "البارحة": -1, "غدا": 1, "الغد": 1, "غد": 1}
# words that fold to a clitic + a day word of RELATIVE_DAYS but are verbs: "لامس" (touched: "لامس
# الذهب مستوى 2000 دولار", as ل + أمس; yesterday after ل takes the article, "للأمس") with و / ف
# (read only with grammar.days.VERB_NOT_YESTERDAY on)
VERBS_LIKE_DAY_WORDS = {"لامس", "ولامس", "فلامس"}
# two- or three-word phrases -> offset
RELATIVE_DAY_PHRASES = {
    "أول أمس": -2, "أول من أمس": -2, "أول البارحة": -2, "أمس الأول": -2, "بعد غد": 2, "بعد الغد": 2,
    "قبل أمس": -2, "قبل الأمس": -2, "قبل البارحة": -2, "يوم قبل أمس": -2, "يوم بعد غد": 2,
    # "الأول من أمس" (the first before yesterday, as "أول من أمس"): read as أمس it was a day late
    "الأول من أمس": -2, "الأول من الأمس": -2, "أول من الأمس": -2,
}
# "اليوم الماضي / المنصرم / الفائت" = yesterday ("اليوم السابق" is anaphoric, see ANAPHORIC_DAYS)
PREVIOUS_DAY_WORDS = {"الماضي", "المنصرم", "الفائت"}
# "now": the reference itself (TIMEX3 PRESENT_REF); phrases are space separated
NOW_WORDS = {
    "الآن", "حاليا", "حالا", "راهنا", "هذه اللحظة", "اللحظة الراهنة", "اللحظة الحالية", "الوقت الحالي",
    "الوقت الراهن",
}
# words that make a following "اليوم" not the publication day (ذلك اليوم = that day);
# "هذا اليوم" / "في هذا اليوم" is today
DEMONSTRATIVES = {"ذلك", "تلك", "نفس", "ذات"}
# adjectives that make "اليوم" the name of a day, not today: "اليوم الوطني", "اليوم العالمي
# للمرأة", "اليوم الدولي للسلام", "اليوم الدراسي", "اليوم الختامي" (of a conference)
DAY_NAME_ADJECTIVES = {"الوطني", "العالمي", "الدولي", "العربي", "الأممي", "الدراسي", "الختامي", "الافتتاحي",
                       "المفتوح", "التضامني", "التدريبي", "التحسيسي", "الإعلامي"}
# news outlets whose names hold a day word ("قناة الغد", "صحيفة المصري اليوم"): the nouns
# that name an outlet before its name, and the names of two words that end in "اليوم"
# ("روسيا اليوم", "بغداد اليوم", "اليوم 24" is matched by its digits)
MEDIA_NOUNS = {"قناة", "فضائية", "صحيفة", "جريدة", "موقع", "إذاعة", "اذاعة", "تلفزيون", "مجلة", "وكالة",
               "شبكة", "يومية"}
# the nouns of a work (and of its name) right before a quoted title holding a day word: 'فيلم "بكرا"',
# 'أوبريت "الليلة الكبيرة"', 'تحت اسم "بكرة"' (days.QUOTED_TITLES; a quote after a verb or a colon stays a date)
TITLE_NOUNS = {"برنامج", "فيلم", "أغنية", "اغنية", "مسلسل", "أوبريت", "اوبريت", "مسرحية", "حلقة", "كتاب", "رواية",
               "ألبوم", "البوم", "عرض", "قصيدة", "اسم", "عنوان", "شعار", "فيديو", "كليب", "نشيد", "معرض", "مهرجان"}
# beginnings of the verbs of watching or hearing a work before a day word quoted alone: "شاهدوا «بكرا»!"
# (the song; days.QUOTED_TITLES: after another verb the quote is the adverb, "سيوقع «غداً»")
WATCHING_VERB_BEGINNINGS = ("شاهد", "يشاهد", "تشاهد", "نشاهد", "استمع", "يستمع", "تستمع", "نستمع")
OUTLET_NAMES_TODAY = {"المصري", "روسيا", "بغداد", "فلسطين", "أخبار", "الشرق"}
# further first words of a two-word outlet ending in "اليوم" that open a dateline before a dash or a
# colon at a line's start only (days.DATELINE_TODAY_NAMES): "وطنا اليوم – توقف ..." (the Jordanian
# site), "مصر اليوم -" (egypt-today.com)
DATELINE_NAMES_TODAY = {"وطنا", "مصر"}
# the media nouns that do not take such a two-word name before "اليوم" as an outlet's: a place
# after them is the broadcaster's ("تلفزيون فلسطين اليوم" = Palestine TV, today)
MEDIA_NOUNS_NOT_BEFORE_NAMES = {"إذاعة", "اذاعة", "تلفزيون", "مجلة", "يومية"}
# words of saying (their beginnings, clitics and all) before "لروسيا اليوم، ..." (told to the outlet)
SAYING_BEGINNINGS = ("تصريح", "وتصريح", "حديث", "وحديث", "قال", "وقال", "أضاف", "وأضاف", "أكد", "وأكد",
                     "أوضح", "وأوضح", "صرح", "وصرح", "مقابلة", "لقاء", "أفاد", "وأفاد")
# anaphoric days: resolved against the last date mentioned before them
ANAPHORIC_DAYS = {"التالي": 1, "اللاحق": 1, "الموالي": 1, "السابق": -1, "نفسه": 0, "ذاته": 0}
# the Maghreb's "following" ("اليوم الموالي", "الأسبوع الموالي", "السنة الموالية"), as التالي / التالية
# (read only with grammar.days.MAGHREB_FOLLOWING on)
MAGHREB_FOLLOWING_WORDS = {"الموالي", "الموالية"}
# "the same" before or after العام / السنة: "من نفس العام", "من العام نفسه", "من السنة ذاتها"
# (a month of the year of the last date named; the masculine after-words are ANAPHORIC_DAYS' 0)
SAME_YEAR_BEFORE = {"نفس", "ذات"}
SAME_YEAR_AFTER = {w for w, n in ANAPHORIC_DAYS.items() if n == 0} | {"نفسها", "ذاتها"}
# "الذي يليه / التي تليه" (that follows it), "الذي سبقه / التي سبقته" (that preceded it):
# after اليوم the day after / before the last date mentioned; after الأسبوع، الشهر، العام
# (also "التالي"، "اللاحق") the period after the one holding it
ANAPHORIC_FOLLOWING = {("الذي", "يليه"): 1, ("التي", "تليه"): 1, ("الذي", "تلاه"): 1, ("التي", "تلته"): 1,
                       ("الذي", "سبقه"): -1, ("التي", "سبقته"): -1}
ANAPHORIC_PERIOD_NEXT = {"التالي", "التالية", "اللاحق", "اللاحقة", "الموالي", "الموالية"}
# anaphoric days that, with no earlier date to lean on, count from the publication date:
# "اليوم السابق" alone is yesterday
DEICTIC_FALLBACK = {"السابق"}

# --- numbers -------------------------------------------------------------------------------
NUMBER_WORDS = {
    "واحد": 1, "واحدة": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
    "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئة": 100, "مائة": 100,
}
# 11-19: first word (units, any case/gender) + "عشر"/"عشرة"
TEEN_FIRST = {
    "أحد": 1, "إحدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
    "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
}
TEEN_SECOND = {"عشر", "عشرة"}
# vague counts: "a few", "several"
VAGUE_COUNTS = {"بضعة", "بضع", "عدة"}
# words allowed between a preposition and its count: "قبل نحو ثلاثة أيام"
APPROXIMATORS = {"نحو", "حوالي", "قرابة", "زهاء", "قرابه", "حوالى"}
# "more than" before a count: "قبل أكثر من ستة أشهر", "لأكثر من 13 عاما" (followed by من);
# "أزيد من" is the Maghrebi press's form ("منذ أزيد من شهر", "بعد أزيد من 16 ساعة")
MORE_THAN = {"أكثر", "اكثر", "أزيد", "ازيد"}
# phrases of two to four words that do the same before a count: "منذ ما يقرب من أسبوع", "قبل ما
# يقارب عامين" (about), "منذ ما يزيد عن أسبوع", "منذ ما لا يقل عن عشر سنوات" (more than)
# (a longer phrase is tried before a shorter one it begins with: "ما يقارب من" before "ما يقارب")
APPROX_PHRASES = {
    ("ما", "يقرب", "من"): "APPROX", ("ما", "يقارب", "من"): "APPROX", ("ما", "يقارب"): "APPROX",
    ("ما", "يناهز"): "APPROX",
    ("ما", "يزيد", "عن"): "MORE_THAN", ("ما", "يزيد", "على"): "MORE_THAN", ("ما", "يربو", "على"): "MORE_THAN",
    ("ما", "لا", "يقل", "عن"): "MORE_THAN",
}
# "a short while" after قبل / منذ / بعد: "قبل قليل", "منذ لحظات", "بعد قليل" (read as "قبل دقائق")
SHORT_WHILE = {"قليل", "لحظات", "برهة", "هنيهة"}

# --- ordinals (day of month and clock hours) --------------------------------------------
# The ordinals one to ten, masculine and feminine: the one table the ordinal forms are made
# from (ORDINALS, YEAR_FRACTION_ORDINALS, NTH_WORDS here; the grammar's construct forms
# "ثالث يوم", its weekday ordinals "الخميس الأول", "الجمعة الثانية")
ORDINAL_PAIRS = (
    (1, "الأول", "الأولى"), (2, "الثاني", "الثانية"), (3, "الثالث", "الثالثة"), (4, "الرابع", "الرابعة"),
    (5, "الخامس", "الخامسة"), (6, "السادس", "السادسة"), (7, "السابع", "السابعة"), (8, "الثامن", "الثامنة"),
    (9, "التاسع", "التاسعة"), (10, "العاشر", "العاشرة"),
)
ORDINALS = {
    **{w: n for n, m, f in ORDINAL_PAIRS for w in (m, f)},
    "الواحدة": 1, "الحادي": 1, "الحادية": 1, "العشرين": 20, "الثلاثين": 30,
}
# ordinal units used in compounds: "الحادي عشر", "الثاني والعشرين"
ORDINAL_TEEN_SECOND = {"عشر", "عشرة"}
ORDINAL_TENS = {"والعشرين": 20, "والثلاثين": 30, "العشرين": 20, "الثلاثين": 30}
#: Whether the tens of a compound ordinal day may be nominative, as the subject of a clause or
#: after a nominative noun ("الثالث والعشرون من أكتوبر" = the 23rd; before: no date). Measured:
#: Duckling's corpus +1 row; in the studied stories 6 false clock times go ("القمة العربية
#: الحادية والثلاثون" was 01:30, "الدورة السادسة والثلاثون" 06:30: the hour rule read the tens
#: as minutes).
NOMINATIVE_TENS = True
if NOMINATIVE_TENS:
    ORDINAL_TENS.update({"والعشرون": 20, "والثلاثون": 30})
# clock fractions after an hour word
CLOCK_FRACTIONS = {
    "والنصف": 30, "والربع": 15, "إلا ربعا": -15, "إلا ربع": -15, "ونصف": 30, "وربع": 15, "وثلث": 20,
    "إلا ثلث": -20, "إلا ثلثا": -20,
}

# --- units ----------------------------------------------------------------------------------
# spelling -> (unit, count) ; count 2 for duals, None for singular/plural
UNITS = {
    "دقيقة": ("minute", 1), "دقيقتين": ("minute", 2), "دقيقتان": ("minute", 2), "دقائق": ("minute", None),
    "ساعة": ("hour", 1), "ساعتين": ("hour", 2), "ساعتان": ("hour", 2), "ساعات": ("hour", None),
    "يوم": ("day", 1), "يوما": ("day", 1), "يومين": ("day", 2), "يومان": ("day", 2), "أيام": ("day", None),
    "أسبوع": ("week", 1), "أسبوعا": ("week", 1), "أسبوعين": ("week", 2), "أسبوعان": ("week", 2),
    "أسابيع": ("week", None),
    "شهر": ("month", 1), "شهرا": ("month", 1), "شهرين": ("month", 2), "شهران": ("month", 2),
    "أشهر": ("month", None), "شهور": ("month", None),
    "سنة": ("year", 1), "سنين": ("year", None), "سنتين": ("year", 2), "سنتان": ("year", 2),
    "سنوات": ("year", None), "عام": ("year", 1), "عاما": ("year", 1), "عامين": ("year", 2),
    "عامان": ("year", 2), "أعوام": ("year", None),
    "عقد": ("decade", 1), "عقدين": ("decade", 2), "عقود": ("decade", None),
}
# plural forms (the vague "قبل أيام")
PLURAL_UNITS = {w for w, (u, c) in UNITS.items() if c is None}
# ISO-8601 duration letters
DURATION_CODES = {"minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y"}
# verbs of lasting: a lone unit word after them is one such unit ("استمرت أسبوعا" = P1W,
# "امتدت نحو أسبوع"), as after لمدة (spans.LASTED_ONE)
LASTING_VERBS = {
    "دام", "دامت", "استمر", "استمرت", "امتد", "امتدت", "تواصل", "تواصلت", "استغرق", "استغرقت",
    "يدوم", "تدوم", "يستمر", "تستمر", "يمتد", "تمتد", "يستغرق", "تستغرق",
}
# words introducing a bare duration: "لمدة أسبوع", "طوال شهر"
DURATION_CUES = {"لمدة", "مدة", "طوال", "طيلة", "مدى", "مدار", "غضون"}  # "في غضون 3 أيام"

# --- modifiers --------------------------------------------------------------------------------
PAST_MODIFIERS = {
    "الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة",
    "الأخير", "الأخيرة", "المنقضي", "المنقضية", "الفائتين", "الماضيين", "الأخيرين",
    "الماضيتين", "الأخيرتين", "الفائتتين", "المنصرمين", "المنصرمتين", "السابقين", "السابقتين",
    # the nominative duals ("اليومان الماضيان", "الجمعة والسبت الماضيان")
    "الماضيان", "الماضيتان", "الأخيران", "الأخيرتان", "الفائتان", "الفائتتان", "المنصرمان",
    "المنصرمتان", "السابقان", "السابقتان",
    # the Maghrebi (Tunisian, Algerian) "last": "يوم الأربعاء الفارط", "شهر جويلية الفارط",
    # "السنة الفارطة"
    "الفارط", "الفارطة", "الفارطين", "الفارطتين",
}
# "العام الجديد" / "السنة الجديدة": the coming year late in a year, else the current one
# (`grammar.periods.NEW_YEAR`)
NEW_MODIFIERS = {"الجديد", "الجديدة"}
CURRENT_MODIFIERS = {"الجاري", "الجارية", "الحالي", "الحالية"}
NEXT_MODIFIERS = {
    "المقبل", "المقبلة", "القادم", "القادمة", "الآتي", "الآتية", "المقبلين", "القادمين",
    "المقبلتين", "القادمتين", "المقبلان", "القادمان", "المقبلتان", "القادمتان",
}
# The singular modifiers that, after the last of two weekdays of a range, agree with it alone:
# "من الجمعة إلى الأحد المقبل" (the next Sunday, the Friday before it; a plural is shared:
# "من الأحد إلى الثلاثاء المقبلين"; recognize.RANGE_WEEKDAY_SINGULAR_LAST); the feminine too, the
# usual agreement of الجمعة: "من الأربعاء إلى الجمعة المقبلة" (review 68)
SINGULAR_DAY_MODIFIERS = {"المقبل", "القادم", "الآتي", "الماضي", "المنصرم", "الفائت", "الفارط", "السابق",
                          "المقبلة", "القادمة", "الآتية", "الماضية", "المنصرمة", "الفائتة", "الفارطة", "السابقة"}
# "ساعات" as watches, not hours (spans.WATCHES_NOT_HOURS): after a noun of trade ("مزاد ساعات
# جينيف", "معرض ساعات") or before a maker's noun or a watch's adjective ("ساعات شركة روليكس",
# "ساعات ماركة", "ساعات فاخرة", "ساعات يد"; not "دار", most often the verb "took place" there:
# "استمر الاجتماع ساعات دار خلالها نقاش" keeps PTXH)
WATCH_TRADE_NOUNS = {"مزاد", "مزادات", "معرض", "متجر", "محل", "محلات", "مصنع", "مصانع", "صناعة", "تجارة",
                     "صانع", "صانعي", "صانعو", "تاجر", "تجار", "بائع"}
WATCH_MAKER_NOUNS = {"شركة", "شركات", "ماركة", "ماركات", "علامة", "فاخرة", "يد", "اليد", "ذكية",
                     "سويسرية", "رولكس", "روليكس"}
DEMONSTRATIVE_CURRENT = {"هذا", "هذه"}

# adjectives that may stand between a plural unit and its modifier: "الأيام القليلة الماضية"
SPAN_FILLERS = {"القليلة", "المعدودة"}
# adjectives after a bare plural unit, kept in its (vague) duration: "ساعات قليلة"
PLURAL_ADJECTIVES = {"قليلة", "معدودة", "عديدة", "طويلة"}
# adjectives that make "يوم" after قبل/بعد a day of something, not a count of one day: "بعد
# يوم حافل بالدبلوماسية" (after a busy day), "بعد يوم طويل من المفاوضات"
DAY_ADJECTIVES = {"حافل", "طويل", "عصيب", "دام", "دامٍ", "شاق", "حاسم", "تاريخي", "استثنائي", "مرهق", "صعب"}

# period nouns for "الشهر الماضي" etc. -> unit
PERIOD_NOUNS = {"الشهر": "month", "العام": "year", "السنة": "year", "الأسبوع": "week", "العقد": "decade"}

# --- parts of periods ---------------------------------------------------------------------------
PART_WORDS = {
    "مطلع": "START", "أوائل": "START", "بداية": "START", "بدايات": "START", "مستهل": "START", "أول": "START",
    "منتصف": "MID", "أواسط": "MID", "وسط": "MID",
    "أواخر": "END", "نهاية": "END", "نهايات": "END", "أخر": "END", "ختام": "END",
    # Tunisia's "موفى" (the end of): "مع موفى أوت 2023", "موفى السنة الحالية"
    "موفى": "END",
}
# days of the month per part; parts of a year in months
MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
YEAR_PARTS = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
# days of a week per part (1 = its first day, Saturday by default): each part three days,
# the middle one overlapping both ("مطلع الأسبوع المقبل" Saturday-Monday, "منتصف" Monday-
# Wednesday, "نهاية" Wednesday-Friday); a week is too short for three disjoint parts
WEEK_PARTS = {"START": (1, 3), "MID": (3, 5), "END": (5, 7)}

# quarters and halves of a year: "الربع الأول من 2018", "النصف الثاني من العام الماضي"
# (the Maghreb's "السداسي الأول" is a half, "الثلاثي الثالث" a quarter: "السداسي الثاني من العام
# الجاري 2025", "خلال الثلاثي الأول من سنة 2024")
YEAR_FRACTION_WORDS = {"الربع": "quarter", "النصف": "half", "السداسي": "half", "الثلاثي": "quarter"}
# seasons of a year ("صيف 2021", "شتاء العام الماضي", "فصل الصيف من عام 2019"): index 1-4 =
# spring (March-May), summer (June-August), autumn (September-November), winter (December
# of the year before to February), meteorological seasons of the northern hemisphere
SEASON_WORDS = {"ربيع": 1, "الربيع": 1, "صيف": 2, "الصيف": 2, "خريف": 3, "الخريف": 3, "شتاء": 4, "الشتاء": 4}
SEASON_NOUN = "فصل"
YEAR_FRACTION_ORDINALS = {**{m: n for n, m, _ in ORDINAL_PAIRS if n <= 4}, "الأخير": -1}  # الأول ... الرابع
# a month by its number: "شهر 3", "شهر ثلاثة", "الشهر الثامن" (after "من" or a part word)
MONTH_BY_NUMBER = "شهر"

# --- parts of the day: word -> (start hour, end hour (may exceed 24), TIMEX suffix) ----------
DAY_PARTS = {
    "فجر": (4, 7, "MO"), "صباح": (6, 12, "MO"), "ظهر": (11, 14, "AF"), "عصر": (12, 18, "AF"),
    "بعد الظهر": (12, 18, "AF"), "بعد ظهر": (12, 18, "AF"), "مساء": (18, 24, "EV"), "ليل": (18, 30, "NI"), "ليلة": (18, 30, "NI"),
    # "صبيحة اليوم الأحد" (the morning of), and the definite forms before a day: "الفجر يوم الثلاثاء"
    "صبيحة": (6, 12, "MO"), "الفجر": (4, 7, "MO"), "الصباح": (6, 12, "MO"), "الظهر": (11, 14, "AF"),
    "العصر": (12, 18, "AF"), "المساء": (18, 24, "EV"),
    # noon's other word: "ظهيرة اليوم", "بعد ظهيرة الأحد"
    "ظهيرة": (11, 14, "AF"), "بعد ظهيرة": (12, 18, "AF"),
    # (not the Maghreb's "زوال اليوم": read as the afternoon, it moved three events of the real
    # stories off their day through the merge, session 64; the day alone stays the mention)
}
# adverbs after a clock time: which half of the day
CLOCK_PERIODS = {
    "صباحا": "am", "صباح": "am", "فجرا": "am", "فجر": "am", "ظهرا": "noon", "ظهر": "noon",
    "عصرا": "pm", "عصر": "pm", "مساء": "pm", "مساءا": "pm", "ليلا": "night", "ليل": "night",
    "بعد الظهر": "pm",
    # A.M./P.M. marks after a clock time: "الساعة 3:15 م", "10:40 ص"
    "ص": "am", "م": "pm", "am": "am", "pm": "pm", "AM": "am", "PM": "pm",
    "العصر": "pm", "المساء": "pm", "الظهر": "noon", "بعد العصر": "pm", "قبل الظهر": "am", "بعد المغرب": "pm",
    "العشاء": "pm", "الفجر": "am",
    # the Maghreb's "زوالا" (at midday, in the afternoon): "على الساعة الثالثة زوالا" = 15:00
    "زوالا": "noon", "الزوال": "noon", "بعد الزوال": "pm",
    # after midnight: the small hours of the next day ("الساعة 1.28 من بعد منتصف الليل")
    "بعد منتصف الليل": "am", "من بعد منتصف الليل": "am",
    # midnight itself: "الساعة الثانية عشرة منتصف الليل" = 00:00 (grammar.clock.CLOCK_MIDNIGHT)
    "منتصف الليل": "midnight", "عند منتصف الليل": "midnight",
}
# the prayers after a clock time: before / after a prayer names its half of the day ("الساعة
# الخامسة إلا ثلثا قبل المغرب" = 16:40, "الرابعة قبيل صلاة الفجر" = 04:00); the value is the
# half prefixed "prayer_" (grammar.clock.PRAYER_PERIODS switches them); after العشاء the night
# ("الواحدة بعد صلاة العشاء" = 01:00, "الثامنة" = 20:00)
PRAYER_CLOCK_PERIODS = {}
for _when in ("قبل", "قبيل", "بعد", "عقب"):  # (not "بعيد": "بعيد الفطر" is ب + عيد)
    for _prayer, _half in (("الفجر", "am"), ("الظهر", "pm"), ("العصر", "pm"), ("المغرب", "pm"), ("العشاء", "night")):
        if _prayer == "الظهر" and _when in ("قبل", "قبيل"):
            continue  # "قبل الظهر" is the morning (CLOCK_PERIODS), "قبل صلاة الظهر" too near noon to say
        PRAYER_CLOCK_PERIODS[f"{_when} صلاة {_prayer}"] = "prayer_" + _half
        if _prayer != "الظهر":  # ("بعد الظهر" is the afternoon, CLOCK_PERIODS)
            PRAYER_CLOCK_PERIODS[f"{_when} {_prayer}"] = "prayer_" + _half
for _k, _v in list(PRAYER_CLOCK_PERIODS.items()):
    if _k in CLOCK_PERIODS:  # "بعد المغرب", "بعد العصر" were there before
        del PRAYER_CLOCK_PERIODS[_k]
CLOCK_PERIODS.update(PRAYER_CLOCK_PERIODS)
CLOCK_WORDS = {"الساعة", "ساعة"}
# a part of the day named after a day or a clock time ("أمس بعد الظهر", "الخميس مساء",
# "الساعة الخامسة من مساء أمس"): word -> the DAY_PARTS entry it stands for
DAY_PART_ADVERBS = {
    "صباحا": "صباح", "صباح": "صباح", "فجرا": "فجر", "فجر": "فجر", "ظهرا": "ظهر", "ظهر": "ظهر",
    "عصرا": "عصر", "عصر": "عصر", "مساء": "مساء", "مساءا": "مساء", "ليلا": "ليل", "ليل": "ليل",
    "بعد الظهر": "بعد الظهر", "بعد الظهيرة": "بعد الظهر",
    # definite forms after a day, as in a dateline's "الأحد 28 ديسمبر (المساء)"
    "المساء": "مساء", "الصباح": "صباح", "الفجر": "فجر", "الظهر": "ظهر", "العصر": "عصر",
}
# the half of the day a part of the day puts a clock time in
DAY_PART_PERIOD = {
    "فجر": "am", "صباح": "am", "ظهر": "noon", "عصر": "pm", "بعد الظهر": "pm", "مساء": "pm", "ليل": "night", "ليلة": "night",
    "صبيحة": "am", "الفجر": "am", "الصباح": "am", "الظهر": "noon", "العصر": "pm", "المساء": "pm",
}
# "الليلة" = tonight
TONIGHT = {"الليلة"}

# --- years, calendars, decades ------------------------------------------------------------------
YEAR_WORDS = {"عام", "العام", "سنة", "السنة", "عامي", "سنتي"}
# a plural before a four-digit year lists years: "أعوام 2020 و2022 و2025", "في سنوات 1992 و2017"
YEARS_WORDS = {"أعوام", "الأعوام", "سنوات", "السنوات"}
# nouns that take a rank or a number: "الدورة 31 شهر يوليو" is cycle 31, July (dates.RANK_NUMBER_BEFORE_MONTH_WORD)
RANK_NOUNS = {"الجولة", "المرة", "الدورة", "النسخة", "المرتبة", "المرحلة", "الحلقة", "الجلسة", "الدفعة"}
# the duals of the year's word: the two numbers after them are years whatever follows (dates.DUAL_YEAR_LIST)
YEAR_DUALS = {"عامي", "سنتي", "العامين", "السنتين"}
# a season, school or fiscal year named by two years (grammar.dates.SEASON_YEARS): "موسم
# 2024/2025", "الموسم الرياضي 2024-2025", "العام الدراسي 2024-2025", "السنة المالية 2025/2026"
SEASON_YEAR_NOUNS = {"موسم", "الموسم"}
SEASON_YEAR_ADJECTIVES = {
    "الدراسي", "الدراسية", "الجامعي", "الجامعية", "المالي", "المالية", "الرياضي", "الرياضية",
    "الكروي", "الزراعي", "الزراعية", "القضائي", "القضائية", "التشريعي", "التشريعية",
}
# the adjective of another calendar after a bare "العام" / "السنة" (grammar.periods.OTHER_CALENDAR_YEAR):
# "أول شهر في السنة القبطية", "بداية السنة الأمازيغية الجديدة" are no part of the Gregorian year
OTHER_CALENDAR_YEAR_ADJECTIVES = {
    "القبطية", "القبطي", "الفرعونية", "الفرعوني", "الأمازيغية", "الأمازيغي", "الامازيغية", "الامازيغي",
    "الهجرية", "الهجري", "القمرية", "القمري", "الصينية", "الصيني", "العبرية", "العبري", "اليهودية",
    "الفارسية", "الفارسي", "الإيرانية", "الإيراني", "الكردية", "الكردي", "الإثيوبية", "الإثيوبي",
    "الآشورية", "الآشوري", "البابلية", "البابلي",
}
SEASON_YEAR_MODIFIERS = {
    "الجديد", "الجديدة", "الحالي", "الحالية", "الجاري", "الجارية", "المقبل", "المقبلة", "القادم",
    "القادمة", "الماضي", "الماضية", "المنصرم", "المنصرمة", "السابق", "السابقة", "الفائت", "الفائتة",
}
# Words that name an edition of an event: a four-digit year (1900-2099) right after one (or
# after one and a name) is that year: "نسخة 1996", "مونديال 2022", "أولمبياد طوكيو 2020",
# "كأس العالم 2022" (a count after them is rare: "بطولة 2019" is not 2019 championships)
EVENT_YEAR_CUES = {"نسخة", "النسخة", "دورة", "الدورة", "أولمبياد", "الأولمبياد", "اولمبياد", "الاولمبياد",
                   "أولمبياد", "مونديال", "المونديال", "كأس", "بطولة", "البطولة", "موسم", "الموسم", "إكسبو",
                   "اكسبو", "انتخابات", "الانتخابات"}
# ... their duals of construct, after which the year may be followed by و + the other edition's
# name and year ("ذهبيتي نسختي يوجين 2022 وبودابست 2023")
EDITION_DUALS = {"نسختي", "دورتي", "بطولتي", "موسمي"}
EVENT_YEAR_CUES |= EDITION_DUALS
# ... and words that name a historical event by its year: "خلال انتفاضة 2011", "بعد حرب 1967",
# "دستور 2014", "منذ انقلاب 2021" (the year dates the event the word names)
# (indefinite only: after a definite subject or object a number is mostly a count, "وأجبرت الحرب
# 1900 من العائلات على النزوح", "حصيلة ضحايا الزلزال 2000")
EVENT_YEAR_CUES |= {"ثورة", "انتفاضة", "حرب", "انقلاب", "زلزال", "فيضانات", "استفتاء", "دستور", "أحداث", "احداث",
                    "احتجاجات", "حراك", "قمة", "رئاسيات", "تشريعيات", "أزمة", "ازمة", "مجزرة", "نكبة", "نكسة"}
# ... and words that name by its year a census, a budget, a league or tour, a fair or festival,
# an exam session, a plan, or a person's birth: "تعداد 2017", "موازنة 2024", "دوري أبطال آسيا
# 2014", "طواف الجزائر الدولي 2025", "معرض الكتاب 2025", "مهرجان قرطاج 2024", "بكالوريا 2016",
# "رؤية 2030", "من مواليد 1992" (indefinite, as above)
NAMING_YEAR_CUES = {"تعداد", "موازنة", "ميزانية", "دوري", "طواف", "معرض", "مهرجان", "بكالوريا", "رؤية", "مواليد"}
EVENT_YEAR_CUES |= NAMING_YEAR_CUES
# Of the edition cues, those of a contest, fair or festival, whose current edition's year dates
# no past clause (events.NAMING_YEAR_CURRENT: "أولمبياد طوكيو 2020" was held in 2021), and those
# of a budget or plan, whose year names what the clause passes or launches (events.NAMING_YEAR_OBJECT)
EDITION_CONTEST_CUES = {"نسخة", "النسخة", "دورة", "الدورة", "أولمبياد", "الأولمبياد", "اولمبياد", "الاولمبياد",
                        "مونديال", "المونديال", "كأس", "بطولة", "البطولة", "موسم", "الموسم", "إكسبو", "اكسبو",
                        "دوري", "الدوري", "طواف", "معرض", "المعرض", "مهرجان", "المهرجان", "نسختي", "دورتي",
                        "بطولتي", "موسمي"}
EDITION_OBJECT_CUES = {"موازنة", "الموازنة", "ميزانية", "الميزانية", "رؤية", "الرؤية"}
# **Our choice:** a preposition or part-of-time word right before a four-digit number 1900-2099
# is a cue for a year, with what may follow an edition's year after it ("منذ 2011"، "في 2012."،
# "حتى 1988،"، "بداية 2025"): in the real stories every such number was a year
PREP_YEAR_CUES = {"في", "منذ", "حتى", "قبل", "بعد", "خلال", "مطلع", "أواخر", "اواخر", "أوائل", "اوائل",
                  "نهاية", "بداية", "منتصف", "بحلول"}
HIJRI_MARKERS = {"هـ", "ه", "هجري", "هجرية", "للهجرة", "هجريا"}
# the first day of a month: "غرة رجب 1447 هـ" = 1 Rajab 1447; Maghrebi "فاتح محرم",
# "الفاتح من شهر محرم" (an optional من follows these)
FIRST_DAY_WORDS = {"غرة", "فاتح", "الفاتح"}
# "أول" before a month name (or "أول أيام"/"أول يوم" + month) is its first day: "أول ذي الحجة",
# "أول أيام شهر رمضان"; before anything else it is a part ("أول الشهر") or an nth weekday
FIRST_OF_MONTH = "أول"
FIRST_OF_MONTH_DAYS = {"أيام", "يوم"}
GREGORIAN_MARKERS = {"م", "ميلادي", "ميلادية", "للميلاد", "ميلاديا"}
DECADES = {
    "العشرينيات": 20, "العشرينات": 20, "الثلاثينيات": 30, "الثلاثينات": 30, "الأربعينيات": 40,
    "الأربعينات": 40, "الخمسينيات": 50, "الخمسينات": 50, "الستينيات": 60, "الستينات": 60,
    "السبعينيات": 70, "السبعينات": 70, "الثمانينيات": 80, "الثمانينات": 80, "التسعينيات": 90,
    "التسعينات": 90,
}
CENTURY_WORD = "القرن"
# "في الخمسينيات من عمره", "في الثلاثينات من العمر": after a decade, an age (no mention)
AGE_WORDS = {"العمر", "عمره", "عمرها", "عمرهم", "عمرهما", "عمرهن", "عمري", "عمرك", "عمرنا",
             "أعمارهم", "أعمارهن", "أعمارهما", "الأعمار"}  # "شبان في العشرينات من أعمارهم"
# ... and after "في" right after an indefinite noun of a person: "توفي شاب في العشرينات بمديرية"
PERSON_NOUNS = {"شاب", "شابة", "رجل", "امرأة", "سيدة", "فتاة", "فتى", "شخص", "مواطن", "مواطنة",
                "مسن", "مسنة", "عاملة", "سائق", "طالبة", "مريض", "مريضة"}  # not طالب، عامل: verbs too ("طالب في السبعينيات بإلغاء")
# Masculine nouns a number of 1000 or more counts (bare, singular) that end in no ة: after
# "<month> الماضي" a year of 1900-2100 is a count only before one of these or a word in ة
# ("منذ يناير الماضي 2000 شخص"; dates.COUNT_AFTER_MONTH). No verb: "قتل", "صدر" stay out.
COUNTED_NOUNS = PERSON_NOUNS | set(UNITS) | {
    "طن", "قتيل", "شهيد", "جريح", "مصاب", "طفل", "لاجئ", "نازح", "معتقل", "أسير", "جندي", "مقاتل",
    "فلسطيني", "دولار", "دينار", "درهم", "ريال", "جنيه", "يورو", "متفرج", "مشجع", "زائر", "حاج",
    "معتمر", "مسافر", "موظف", "عامل", "طالب", "منزل", "مبنى", "صاروخ", "هكتار", "كيلومتر", "كيلو",
    "متر", "لتر", "برميل", "سائح", "مهاجر", "ناخب", "صوت", "مصل", "ميغاواط", "سهم", "مشروع",
    # (and those a count of 1950-2030 after "في" may count: dates.PREP_YEAR_RELAXED)
    "مسكن", "بيت", "عنصر", "مسلح", "فرد", "رأس", "موقع", "محل", "مصنع", "متجر", "مقعد", "جهاز",
    "مستوطن", "كيلوغرام", "ميل", "مدني", "قرص", "كيس", "مليون", "ألف", "الف",
    # (and those with a ب or ل of their own, no clitic: dates.EDITION_TWO_WORD_NAME; review 69)
    "بلاغ", "باحث", "لوحة", "بطاقة", "بئر", "باب", "برنامج", "بحث", "لقاء", "لغم", "بند",
    # (and bare masculine nouns a count after "في" / "حتى" may take: dates.PREP_YEAR_RELAXED; review 69)
    "حادث", "طعن", "فدان", "شيكل", "سنتيم", "طلب", "حريق", "صندوق", "فرع", "سباق", "عدد", "ملف",
    "قرار", "حكم", "نزاع", "اعتداء", "انتهاك", "هجوم", "بلد", "فندق", "مستشفى", "كتاب", "مقال",
}

# Titles that "العام" (general) follows as an adjective: "الأمين العام السابق" is the former
# secretary-general, "القنصل العام الحالي" the present consul-general, not last or next year
GENERAL_TITLES = {"الأمين", "المدير", "النائب", "المدعي", "المفتش", "المراقب", "المنسق", "القائد",
                  "المرشد", "المستشار", "الوكيل", "الكاتب", "المندوب", "المفوض", "المقرر", "المحاسب",
                  "القنصل", "الحاكم", "المشرف"}

# Nouns a date names, in the construct before a day and month (or a month) with no year:
# places ("جسر السادس من أكتوبر", "كوبري أكتوبر", "مدينة 6 أكتوبر", "شارع 26 يوليو") and
# movements or wars named by the day they began ("حركة 20 فبراير", "ثورة 17 تشرين", "حراك 22
# فبراير", "حرب أكتوبر", "قوى 14 آذار"). The date is part of the name, not a date of the text
# (the year it names is not told). A movement with a year ("ثورة 25 يناير 2011") is a date
# again; a place is not (NAMING_PLACES).
# Places a date names (not "حي": as often "alive" or "live", "بث حي 15 مارس"; see NAMING_QUARTER).
# A place keeps its name with the year too: "ملعب 5 جويلية 1962", "جامعة 20 أوت 1955", "بحي 5
# يوليو 1962" (a movement's year dates it: "ثورة 25 يناير 2011"; see NAMING_NOUNS).
NAMING_PLACES = {
    "جسر", "كوبري", "كبري", "شارع", "ميدان", "مدينة", "جامعة", "مدرسة", "مستشفى", "محور", "نفق",
    "ساحة", "طريق", "ملعب", "مطار", "محطة", "قرية", "ضاحية", "معهد", "كلية", "ثانوية", "حديقة", "منتزه",
    "مسجد", "مجمع", "استاد", "ستاد", "قاعة", "مخيم", "جزيرة", "نادي",
    # cemeteries, and the police districts and courts of a city named by a date ("مقابر أكتوبر",
    # "قسم أول أكتوبر", "محكمة جنح أول أكتوبر": 6th of October City)
    "مقبرة", "مقابر", "قسم", "جنح",
}
# ... and (recognize.DATE_IN_NAME_DISTRICT, the twelfth engine check) the districts of Egypt's
# satellite cities: "بمنطقة 15 مايو", "بمنطقة السادس من أكتوبر", set off in quotes too: "بمنطقة «15
# مايو»" (not in NAMING_PLACES: a switch, which reads them in both forms)
NAMING_DISTRICTS = {"منطقة"}
# ... a police station's "شرطة" between its noun and the date: "بدائرة قسم شرطة 15 مايو"
NAMING_POLICE = {"شرطة"}
# ... and a case known in the media by a quoted name that a date closes: "القضية المعروفة
# إعلاميًا بـ«عنف 15 مايو»", "باسم «أحداث 6 أكتوبر»" (the word before "بـ«", or "باسم" itself)
CASE_NAME_CUES = {"إعلاميا", "اعلاميا", "المعروفة", "المعروف", "الشهيرة", "الشهير", "باسم"}
NAMING_NOUNS = NAMING_PLACES | {
    # movements, risings and wars
    "ثورة", "حركة", "انتفاضة", "حراك", "حرب", "قوى", "تيار", "تحالف", "ائتلاف", "جبهة", "تنسيقية",
    # newspapers named by a day ("صحيفة 26 سبتمبر", "صحيفتي 26 سبتمبر واليمن", "صحيفة 14
    # أكتوبر": Yemen's army and Aden dailies named by their revolutions)
    "صحيفة", "صحيفتي", "صحيفتا", "جريدة", "جريدتي", "مجلة",
    # clubs named by a day ("فريق 25 أبريل")
    "فريق", "فريقي",
}
# ... and (recognize.DATE_IN_NAME_EVENTS, the fifteenth engine check) the events named by their day:
# "نصر أكتوبر" (the 1973 war), "أحداث / هجمات الحادي عشر من سبتمبر" (a direction dates them again:
# "أحداث 25 أكتوبر الماضي")
NAMING_EVENTS = {"نصر", "أحداث", "هجمات"}
# ... "نصر" before any day or month; "أحداث / هجمات" only before a day and month of this table, the
# historic days named so (review 69b: "أحداث 25 أكتوبر" in November 2021, "منذ هجمات 7 أكتوبر" in
# November 2023 are the last weeks' days, dates): 11 September, 25 January, 30 June, 6 October, 16 May
NAMING_EVENTS_ANY_DAY = {"نصر"}
NAMING_EVENT_DAYS = {(11, 9), (25, 1), (30, 6), (6, 10), (16, 5)}
# ... and the opponent named as "its counterpart", when a nationality follows the date: "يواجه
# العهد نظيره 25 ابريل الكوري الشمالي" (not "يلتقي الأهلي منافسه 12 مايو في النهائي")
NAMING_COUNTERPARTS = {"نظيره", "نظيرهم", "منافسه", "ضيفه", "مضيفه"}
# ... and through the ordinal of a district ("قسم ثان أكتوبر", "قسم شرطة أول أكتوبر")
NAMING_ORDINALS = {"أول", "ثان", "ثاني", "ثالث"}
# A quarter ("حي 5 جويلية") only with a preposition on or before it ("بحي 5 جويلية", "في حي 20
# أوت"): bare "حي" is as often "alive" or "live" ("بث حي 15 مارس").
NAMING_QUARTER = {"حي"}
NAMING_QUARTER_FORMS = {"بحي", "وبحي", "لحي", "ولحي"}
# ... and "وحي" after another place, before a full date only: "بالمركب الرياضي وحي 5 يوليو 1962"
# ("نقل مباشر وحي 15 مارس" is a live broadcast)
NAMING_QUARTER_YEAR_FORMS = {"وحي"}
NAMING_QUARTER_AFTER = {"في", "وفي", "من", "إلى", "الى", "داخل", "سكان", "أهالي", "قاطني"}
# ... unless an anniversary is spoken of, before the name or right after the date: "في الذكرى
# الثانية لثورة 25 يناير", "عيد ثورة 23 يوليو", "ثورة 25 يناير في ذكراها الثانية" (the day of
# this year's anniversary)
ANNIVERSARY_WORDS = {"ذكرى", "الذكرى", "ذكراها", "ذكراه", "عيد", "العيد", "احتفالات", "الاحتفال", "إحياء",
                     "يحيي", "تحيي"}

# --- function words -------------------------------------------------------------------------------
# The words the grammar names in its rules, by role: قبل/منذ N (ago, since), بعد N (later),
# من ... إلى/حتى/لغاية ... and بين ... و ... (ranges), خلال/في (spans), يوم/اليوم (days),
# "الـ 24" (the article left alone after tatweel removal).
FUNCTION_WORDS = {
    "qabl": "قبل", "mundh": "منذ", "bad": "بعد", "khilal": "خلال", "fi": "في", "min": "من", "bayn": "بين",
    "ila": "إلى", "hatta": "حتى", "lighayat": "لغاية", "bihulul": "بحلول", "wa": "و", "yawm": "يوم", "alyawm": "اليوم",
    "shahr": "شهر", "al": "ال", "alshahr": "الشهر", "alam": "العام", "alsana": "السنة", "alusbu": "الأسبوع",
}
# words before a count that make it a span in the past or future: "خلال 3 أيام", "على مدى"
WITHIN = ("خلال", "في", "طوال", "طيلة", "على مدى", "على مدار")
EQUIVALENT = {"الموافق", "الموافقة", "الموافق ل",
              # Iraqi "المصادف" for الموافق: "يوم الاثنين المصادف 2019/3/11" (names the same day)
              "المصادف", "المصادفة"}
# a calendar's name between a date and "الموافق", or an adverb of the calendar after it (Saudi
# official style: "30 / 12 / 1445هـ ـ حسب تقويم أم القرى ـ الموافق 6 / 7 / 2024م", "20 / 9 / 1443هـ،
# الموافق ميلاديًا 21 أبريل"; "تقوم" is a common typo; read with recognize.CALENDAR_GLOSS_EQUIVALENT)
CALENDAR_GLOSS_PREPS = {"حسب", "بحسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً"}
CALENDAR_GLOSS_NOUNS = {"تقويم", "التقويم", "تقوم", "لتقويم", "للتقويم"}
CALENDAR_GLOSS_NAMES = {"أم القرى", "الهجري", "الميلادي", "الهجري الرسمي"}
CALENDAR_ADVERBS = {"ميلاديا", "ميلادياً", "ميلادي", "هجريا", "هجرياً"}
# a time zone's abbreviation in a clock time's gloss in parentheses ("السادسة مساء (17:00 ت غ)",
# "(06:00 GMT)"; tokens spaced; read with clock.ZONE_GLOSS_ANY_HOUR, which reads "بتوقيت غرينتش",
# "ت.غ" as recognize's zones)
ZONE_ABBREVIATIONS = {"ت غ", "ت . غ", "GMT", "UTC"}
# the Algerian civil protection's clock marks after an hour in digits: "سا" the hours, "د" the
# minutes ("على الساعة 01سا45د" = 01:45; read with clock.HOUR_MINUTE_MARKS)
CLOCK_HOUR_MARKS = {"سا"}
CLOCK_MINUTE_MARKS = {"د", "دق"}
# the plural and dual of الموافق before a list of days: "يومي الأربعاء والخميس الموافقين 6 و7 أيلول"
EQUIVALENT_PLURAL = {"الموافقين", "الموافقان", "الموافقتين", "الموافقة", "المصادفين"}
# words that announce a list of days: "يومي 12 و13 ربيع الأول", "أيام 15 و16 و17 ديسمبر"
DAY_LIST_WORDS = {"يومي", "يوما", "يومى", "أيام"}

# Future-tense cues: a particle or word before a weekday (and, for the event layer, in a
# clause) that makes it an announcement of what will happen; plus the prefix سـ on a verb.
FUTURE_WORDS = {
    "سوف", "المقرر", "مقرر", "مقررة", "المرتقب", "المرتقبة", "يرتقب", "المزمع", "المزمعة", "المقبل",
    "المقبلة", "القادم", "القادمة", "يعتزم", "تعتزم", "ينوي", "تنوي", "موعد", "سيتم", "ستتم",
    # (intend: the dual, the plural and "we" too)
    "يعتزمون", "يعتزمان", "تعتزمان", "نعتزم", "ينوون", "ينويان", "تنويان", "ننوي",
    "سيكون", "ستكون", "سيعقد", "ستعقد", "ستجرى", "سيجري", "ستنطلق", "سينطلق",
    # "so that ... be": "ليكون الأحد أول أيام العيد" (announced on the Saturday)
    "ليكون", "لتكون",
}
# an anniversary: "الذكرى الأربعين لمجزرة صبرا وشاتيلا", "في ذكرى مرور 80 عاما على المجازر"
# (grammar.spans.ANNIVERSARY); "السنوية" may follow ("الذكرى السنوية الثانية لانفجار المرفأ")
ANNIVERSARY_NOUNS = {"الذكرى", "ذكرى"}
# words before an anniversary that mark it on its day ("أحيت ... الذكرى", "احتفالا بالذكرى",
# "وتحل اليوم الذكرى"; and "في" right before it: "استعراض عسكري في الذكرى"); after any other
# ("بالتزامن مع الذكرى", "عشية الذكرى", "بمناسبة مرور 10 أعوام") the anniversary may be the
# year's, not the day's
ANNIVERSARY_ON_THE_DAY = {
    "أحيا", "أحيت", "أحيوا", "يحيي", "تحيي", "يحيون", "تحييان", "يحييان", "نحيي", "إحياء", "إحياءً", "لإحياء", "ستحيي", "سيحيي",
    "احتفل", "احتفلت", "يحتفل", "تحتفل", "يحتفلون", "احتفال", "احتفالا", "احتفالاً", "احتفالًا", "الاحتفال", "الاحتفالات", "احتفاء",
    "احتفاءً", "احتفاءا", "تحتفي", "يحتفي", "تخليدا", "تخليدًا", "تخليداً", "المخلدة", "المخلد", "تخلد", "يخلد", "تستذكر",
    "يستذكر", "حلول", "تحل", "يحل", "حلت", "يوافق", "توافق", "يصادف", "تصادف",
}
ANNIVERSARY_YEARLY = {"السنوية"}
# words before "مرور" that make the passing of years an anniversary: "بمناسبة مرور 100 عام على
# ميلاده", "احتفالا بمرور 50 عاما على تأسيسها" (on its day only after a word of the table above)
ANNIVERSARY_OCCASIONS = {"بمناسبة", "لمناسبة", "احتفالا", "احتفالاً", "إحياء"}
# "expected": future before أن only ("من المنتظر أن ينطلق الموكب السبت", "يتوقع أن تصل
# الأحد"), not as an adjective before a weekday ("الرئيس المنتظر وصل السبت")
EXPECTED_WORDS = {"المنتظر", "المنتظرة", "منتظر", "يتوقع", "متوقع", "المتوقع", "المتوقعة"}
#: "ينتظر / تنتظر" (awaits; "يُنتظر", is expected): what is awaited lies ahead, unless the verb is
#: told in the past or as ongoing (text.AWAITED_AHEAD)
AWAITED_WORDS = {"ينتظر", "تنتظر", "ينتظرون", "تنتظرون"}
#: words before it that tell its waiting as past or ongoing ("كان ينتظر الركاب", "بينما كان ينتظر")
AWAITED_PAST_LEADS = {"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "ظل", "ظلت", "ظلوا", "وظل", "وظلت",
                      "بينما", "وبينما", "عندما", "حين", "وهو", "وهي", "فيما"}
# beginnings of words that start with سـ + an imperfect prefix but are not future verbs
# (سيطر = controlled, سيارة = car, ستة = six ...)
NOT_FUTURE_S = (
    "سيطر", "سيار", "سياس", "سيد", "سينا", "سينم", "سير", "سيف", "سيول", "سياد", "سياق", "سياج",
    "ستار", "ستراتيج", "سنة", "سنوات", "سنين", "سنوي", "سنجار", "سلاح", "سكان", "ساحة", "ساعة",
    "ساعات", "سابق", "سوري", "سجن", "سبب", "ستين", "ستون", "ستة", "سبت",
    # stadiums, studios, Senegal, centimetres, Sydney, symphonies, cigarettes, Sierra Leone,
    # Stockholm, dresses (فستان)
    "ستاد", "ستوديو", "سنغال", "سنتيم", "سنترال", "سيدني", "سيمفون", "سيجار", "سيراليون",
    "ستوكهولم", "سيكولوج", "سنيور", "ستان",
    # tourism (سياحي، السياح), bad (سيئة، سيئون), cyber, Stephen / Stephanie
    "سياح", "سيئ", "سيبران", "ستيف",
)
#: Whole words that open with سي / ست / سن and are no future verb, where a prefix would also
#: shut out a verb ("سيتي" of Manchester City, not "سيتيح"): "لا سيما" (especially), two
#: years, women, bonds, "سنحت" (a past verb: the chance arose).
NOT_FUTURE_WORDS = (
    "سيما", "سيتي", "سنتين", "سنتان", "سيدات", "سيدتين", "سيدتان", "سندات", "سنحت",
    "سيئون", "سيئات", "سيئين",
    # names news often carries: players and coaches (Sergej, Simakan, Simeone, Silva, Simon),
    # Stalin, Sennar (a Sudanese state), Singapore, Sigma (a Tunisian pollster)
    "سيرجي", "سيرغي", "سيرجيو", "سيماكان", "سيميوني", "سيلفا", "سيمون", "ستالين", "سنار", "سنغافورة",
    "سيغما",
)

# --- words that add nothing to a whole expression -------------------------------------------
# resolve() returns a value only when the expression it recognized explains the whole input
# apart from these words (with a clitic و/ف/ب/ل, alone or in any order) and punctuation:
# "في 10/2/2018", "يوم 19 فبراير", "في شهر آذار", "بتاريخ 5-6-2017", "على مدى 3 أشهر",
# "في هذا اليوم", "حوالي الساعة 3".  Anything else left over (another temporal word, a
# verb, a name) makes resolve() return None; timeline.explain() shows what was left.
RESOLVE_FILLERS = {
    "في", "على", "عند", "خلال", "تمام", "تاريخ", "بتاريخ", "يوم", "شهر",
    "هذا", "هذه", "لمدة", "مدة", "مدى", "مدار", "طوال", "طيلة", "نحو", "حوالي", "حوالى",
    "قرابة", "زهاء", "تقريبا", "بحدود", "حدود", "وقت", "الوقت", "غضون", "الفترة",
}

# --- named days -------------------------------------------------------------------------------
# name -> (calendar, month, day, days the holiday lasts). The name alone is its (first) day;
# "أيام / عطلة <name>" is the whole holiday. Without a year, the occurrence in the window
# around the publication date (as a day and month with no year); "<name> 2020" the one in
# that Gregorian year; "<name> 1439 هـ" the one in that Hijri year.
NAMED_DAYS = {
    "رأس السنة": ("gregorian", 1, 1, 1), "رأس السنة الميلادية": ("gregorian", 1, 1, 1),
    "عيد الميلاد": ("gregorian", 12, 25, 1), "عيد الميلاد المجيد": ("gregorian", 12, 25, 1),
    "الكريسماس": ("gregorian", 12, 25, 1), "كريسماس": ("gregorian", 12, 25, 1),
    "عيد العمال": ("gregorian", 5, 1, 1), "يوم العمال": ("gregorian", 5, 1, 1), "عيد الحب": ("gregorian", 2, 14, 1),
    "عيد الأم": ("gregorian", 3, 21, 1),
    "عيد الفطر": ("hijri", 10, 1, 3), "عيد الأضحى": ("hijri", 12, 10, 4), "يوم عرفة": ("hijri", 12, 9, 1),
    "يوم عرفات": ("hijri", 12, 9, 1), "المولد النبوي": ("hijri", 3, 12, 1), "المولد النبوي الشريف": ("hijri", 3, 12, 1),
    "رأس السنة الهجرية": ("hijri", 1, 1, 1), "ليلة القدر": ("hijri", 9, 27, 1),
    # Ashura (10 Muharram), the Arbaeen (20 Safar, forty days after it), the eve of Arafat, the
    # Night Journey (27 Rajab): the Shia and Sunni occasions the news dates by
    "عاشوراء": ("hijri", 1, 10, 1), "يوم عاشوراء": ("hijri", 1, 10, 1),
    "زيارة الأربعين": ("hijri", 2, 20, 1), "زيارة الأربعين الحسيني": ("hijri", 2, 20, 1),
    "أربعينية الإمام الحسين": ("hijri", 2, 20, 1), "وقفة عرفات": ("hijri", 12, 9, 1), "وقفة عرفة": ("hijri", 12, 9, 1),
    "الإسراء والمعراج": ("hijri", 7, 27, 1), "ليلة الإسراء والمعراج": ("hijri", 7, 27, 1),
}
# occasions kept by the local sighting of the month (Iraq's and Lebanon's Shia authorities), which
# often falls a day after Umm al-Qura's: the Umm al-Qura day and the next, uncertain
# (grammar.holidays.SIGHTED_OCCASIONS)
SIGHTED_OCCASIONS = {"عاشوراء", "يوم عاشوراء", "زيارة الأربعين", "زيارة الأربعين الحسيني", "أربعينية الإمام الحسين"}
# national days, whose date depends on the country: named with it ("عيد الاستقلال الأردني",
# "عيد استقلال الجزائر", "اليوم الوطني السعودي"); alone ("العيد الوطني") they name no day
_NATIONAL = {
    # country adjective, country name: (month, day) of independence / the national day
    ("الأردني", "الأردن"): (5, 25), ("الجزائري", "الجزائر"): (7, 5), ("المغربي", "المغرب"): (11, 18),
    ("اللبناني", "لبنان"): (11, 22), ("التونسي", "تونس"): (3, 20), ("السوداني", "السودان"): (1, 1),
    ("الليبي", "ليبيا"): (12, 24), ("الموريتاني", "موريتانيا"): (11, 28), ("الكويتي", "الكويت"): (2, 25),
    ("القطري", "قطر"): (12, 18), ("البحريني", "البحرين"): (12, 16), ("الإماراتي", "الإمارات"): (12, 2),
    ("السعودي", "السعودية"): (9, 23), ("العراقي", "العراق"): (10, 3), ("السوري", "سوريا"): (4, 17),
}
for (_adj, _name), (_m, _d) in _NATIONAL.items():
    for _head in ("عيد الاستقلال", "اليوم الوطني", "العيد الوطني"):
        NAMED_DAYS[f"{_head} {_adj}"] = ("gregorian", _m, _d, 1)
    NAMED_DAYS[f"عيد استقلال {_name}"] = ("gregorian", _m, _d, 1)
    NAMED_DAYS[f"ذكرى استقلال {_name}"] = ("gregorian", _m, _d, 1)
    NAMED_DAYS[f"اليوم الوطني {_name}"] = ("gregorian", _m, _d, 1)
NAMED_DAYS.update({
    "عيد الجلاء": ("gregorian", 4, 17, 1), "عيد التحرير الكويتي": ("gregorian", 2, 26, 1),
    "عيد الاتحاد": ("gregorian", 12, 2, 1), "يوم التأسيس": ("gregorian", 2, 22, 1),
    "عيد الوحدة اليمنية": ("gregorian", 5, 22, 1), "عيد العرش": ("gregorian", 7, 30, 1),
})
# the days of the Hajj named by their rite: يوم التروية (8 Dhu al-Hijja), يوم النحر (10, the
# first day of عيد الأضحى, which عيد النحر also names), أيام التشريق (11-13, named only with
# أيام: "التشريق" alone is no day); grammar.holidays.HAJJ_DAYS switches them
HAJJ_DAYS = {
    "يوم التروية": ("hijri", 12, 8, 1), "يوم النحر": ("hijri", 12, 10, 1), "عيد النحر": ("hijri", 12, 10, 4),
    "التشريق": ("hijri", 12, 11, 3),
}
NAMED_DAYS.update(HAJJ_DAYS)
# Christian feasts counted from Easter Sunday: calendar "easter" (Western, Gregorian computus)
# or "easter_orthodox" (Eastern: the Julian computus, as Copts and the Orthodox churches keep
# it), month 0, day = days from that Sunday. "عيد الفصح" alone is the Western one; the
# Egyptian "عيد القيامة" and "شم النسيم" (the Monday after) and the Holy Fire's "سبت النور"
# are the Eastern one; "الفصح اليهودي" (Passover) is no day (EASTER_NOT_AFTER).
# grammar.holidays.EASTER_DAYS switches them
EASTER_DAYS = {
    "عيد الفصح": ("easter", 0, 0, 1), "الفصح": ("easter", 0, 0, 1), "أحد الفصح": ("easter", 0, 0, 1),
    "عيد الفصح الغربي": ("easter", 0, 0, 1), "الفصح الغربي": ("easter", 0, 0, 1),
    "عيد الفصح الأرثوذكسي": ("easter_orthodox", 0, 0, 1), "الفصح الأرثوذكسي": ("easter_orthodox", 0, 0, 1),
    "عيد الفصح الشرقي": ("easter_orthodox", 0, 0, 1), "الفصح الشرقي": ("easter_orthodox", 0, 0, 1),
    "عيد القيامة": ("easter_orthodox", 0, 0, 1), "شم النسيم": ("easter_orthodox", 0, 1, 1),
    "سبت النور": ("easter_orthodox", 0, -1, 1), "الجمعة العظيمة": ("easter", 0, -2, 1),
    "أحد الشعانين": ("easter", 0, -7, 1), "أحد السعف": ("easter", 0, -7, 1),
}
NAMED_DAYS.update(EASTER_DAYS)
# a word after a feast's name that makes it another people's feast: "عيد الفصح اليهودي"
EASTER_NOT_AFTER = {"اليهودي", "اليهودية", "العبري", "لليهود"}
# The new years of other calendars, named by "رأس السنة" and the calendar's adjective, and
# Nowruz: (calendar, month, day, days), always the whole span (the day differs by country
# or year: Yennayer 12 January in Algeria, 13-14 in Morocco; Coptic and Ethiopian 11 or 12
# September; Nowruz 20 or 21 March). The adjective of a calendar whose new year moves against
# the Gregorian one ("الصينية", "العبرية") names no day (OTHER_NEW_YEARS_NO_DAY).
OTHER_NEW_YEARS = {
    "رأس السنة الأمازيغية": ("gregorian", 1, 12, 3), "رأس السنة الامازيغية": ("gregorian", 1, 12, 3),
    "رأس السنة الأمازيغية الجديدة": ("gregorian", 1, 12, 3), "السنة الأمازيغية الجديدة": ("gregorian", 1, 12, 3),
    "رأس السنة القبطية": ("gregorian", 9, 11, 2), "عيد النيروز": ("gregorian", 9, 11, 2),
    # the Coptic year as Egyptian papers call it, "the Pharaonic year" (grammar.periods.OTHER_CALENDAR_YEAR)
    "رأس السنة الفرعونية": ("gregorian", 9, 11, 2),
    "رأس السنة الإثيوبية": ("gregorian", 9, 11, 2),
    "رأس السنة الفارسية": ("gregorian", 3, 20, 2), "رأس السنة الإيرانية": ("gregorian", 3, 20, 2),
    "رأس السنة الكردية": ("gregorian", 3, 20, 2), "عيد النوروز": ("gregorian", 3, 20, 2),
    "عيد نوروز": ("gregorian", 3, 20, 2), "عيد نيروز": ("gregorian", 3, 20, 2),
    "رأس السنة الآشورية": ("gregorian", 4, 1, 1), "رأس السنة البابلية": ("gregorian", 4, 1, 1),
}
NAMED_DAYS.update(OTHER_NEW_YEARS)
OTHER_NEW_YEARS_NO_DAY = {"الصينية", "العبرية", "اليهودية", "القمرية", "البوذية", "الهندوسية", "الفيتنامية",
                          "الكورية", "التايلاندية",
                          # a school's, a budget's year: no calendar's new year
                          "الدراسية", "المالية", "الجامعية", "الضريبية", "الزراعية", "القضائية"}
# A year written in the calendar's own era after its new year: (lowest, highest, years to add
# to make it the Gregorian year in which that new year falls). Yennayer 2974 = January 2024;
# Coptic 1741 (Nayrouz) = September 2024; Ethiopian 2017 = September 2024 (always the
# Ethiopian era: its years overlap the Gregorian ones); Nowruz 1403 = March 2024.
OTHER_NEW_YEAR_ERAS = {
    "الأمازيغية": (2900, 3200, -950), "الامازيغية": (2900, 3200, -950),
    "القبطية": (1600, 1799, 283), "عيد النيروز": (1600, 1799, 283),
    "الإثيوبية": (1900, 2200, 7),
    "الفارسية": (1300, 1500, 621), "الإيرانية": (1300, 1500, 621), "الكردية": (2600, 2800, -700),
    "عيد النوروز": (1300, 1500, 621), "عيد نوروز": (1300, 1500, 621), "عيد نيروز": (1300, 1500, 621),
}
# names that are a day only after أيام / عطلة ("أيام التشريق")
SPAN_ONLY_DAYS = {"التشريق"}
# night holidays: the night before the day (18:00 of the day before to 06:00 of the day)
NIGHT_DAYS = {"ليلة القدر", "ليلة الإسراء والمعراج"}
# adjectives after a holiday name that add nothing: "عيد الأضحى المبارك"
NAMED_DAY_ADJECTIVES = {"المبارك", "السعيد", "المجيد", "الشريف"}
# words before a holiday name that mean the whole holiday: "أيام عيد الفطر", "عطلة عيد الأضحى"
HOLIDAY_SPAN_WORDS = {"أيام", "عطلة", "إجازة"}

# --- spelled-out numbers (years) ----------------------------------------------------------------
THOUSANDS = {"ألف": 1000, "ألفا": 1000, "ألفين": 2000, "ألفان": 2000}
HUNDREDS = {
    "مائة": 100, "مئة": 100, "مئتين": 200, "مائتين": 200, "مئتان": 200, "مائتان": 200,
    "ثلاثمائة": 300, "ثلاثمئة": 300, "أربعمائة": 400, "أربعمئة": 400, "خمسمائة": 500, "خمسمئة": 500,
    "ستمائة": 600, "ستمئة": 600, "سبعمائة": 700, "سبعمئة": 700, "ثمانمائة": 800, "ثمانمئة": 800,
    "ثمانيمائة": 800, "تسعمائة": 900, "تسعمئة": 900,
}

# --- durations -----------------------------------------------------------------------------------
# "نصف ساعة" = PT0.5H; "شهر ونصف" = P1.5M; "ربع ساعة" = PT0.25H
HALF_WORDS = {"نصف": 0.5, "نص": 0.5, "ربع": 0.25}
AND_HALF = {"ونصف": 0.5, "ونص": 0.5, "وربع": 0.25}
# "يوم كامل" = P1D
WHOLE_WORDS = {"كامل", "كاملة", "كاملا", "بأكمله", "بأكملها", "بكامله", "بكاملها"}

# --- sets (TIMEX3 SET) ----------------------------------------------------------------------------
EVERY = "كل"
# adverbs of frequency -> (TIMEX3 value, grain)
FREQUENCY_ADVERBS = {
    "يوميا": ("P1D", "day"), "أسبوعيا": ("P1W", "week"), "شهريا": ("P1M", "month"), "سنويا": ("P1Y", "year"),
    "عاما بعد عام": ("P1Y", "year"), "يوما بعد يوم": ("P1D", "day"),
    "بشكل يومي": ("P1D", "day"), "بشكل أسبوعي": ("P1W", "week"), "بشكل شهري": ("P1M", "month"),
    "بشكل سنوي": ("P1Y", "year"), "بصورة يومية": ("P1D", "day"), "بصورة أسبوعية": ("P1W", "week"),
    "بصورة شهرية": ("P1M", "month"), "بصورة سنوية": ("P1Y", "year"),
}

# --- durations anchored on something else ---------------------------------------------------------
# "قبل 72 ساعة من الموعد", "بعد ثلاثة أيام من الحادثة": counted from the event named after
# these words, not from the publication date ("من الآن" / "من اليوم" is the publication date;
# a date after them is the anchor: "بعد يومين من 10 شباط"). "من"/"على" after "قبل يومين" is
# most often the verb's own preposition ("انسحبت قبل يومين من المدينة", "سيطر قبل يومين على
# القرية"), so only the event nouns below (with or without the article) make an anchor.
OFFSET_FROM = {"من", "على"}
EVENT_ANCHORS = {
    "الموعد", "موعد", "الحادثة", "الحادث", "الهجوم", "الانتخابات", "الاجتماع", "بدء", "بداية", "انطلاق",
    "انتهاء", "نهاية", "وقوع", "الزلزال", "الانفجار", "التفجير", "الاستفتاء", "المباراة", "القمة", "العملية",
    "الإعلان", "إعلان", "اندلاع", "رحيل", "وفاة", "مقتل", "اغتيال", "اختفاء", "الاتفاق", "توقيع", "المؤتمر",
    "الانقلاب", "الحرب", "الاحتجاجات", "الثورة", "الكارثة", "الحريق", "وصول", "مغادرة", "عودة", "افتتاح",
    "إطلاق", "تنفيذ", "الجريمة", "الواقعة", "الاقتراع", "التصويت", "الجولة", "الزيارة", "زيارة", "ولادة",
    # what the text just told: "بعد 10 دقائق من الأول", "قبل يومين من ذلك"
    "الأول", "الأولى", "ذلك", "تلك",
    # more events news counts from: "قبل 6 أيام من المواجهة المرتقبة", "قبل 24 ساعة من الدفن",
    # "قبل أيام من حلول شهر رمضان", "قبل 3 ساعات من غلق مكاتب الاقتراع"
    "المواجهة", "مواجهة", "اللقاء", "لقاء", "النهائي", "الجلسة", "جلسة", "المحاكمة", "الحفل", "حفل",
    "الاحتفال", "احتفال", "الاحتفالية", "المهرجان", "البطولة", "السباق", "الإضراب", "الامتحانات", "الامتحان",
    "الجنازة", "الدفن", "دفن", "تشييع", "انعقاد", "إجراء", "حلول", "انقضاء", "صدور", "إقرار", "إغلاق", "غلق",
    "خطاب", "الخطاب", "العرض", "انهيار", "الانهيار", "النهاية", "إنجاز", "إعادة",
}

# --- the clause of a weekday ---------------------------------------------------------------------
# A future marker up to FUTURE_WINDOW words before a weekday makes it look forward, unless one
# of these words (a new clause: a relative pronoun, a verb of saying) stands between them.
FUTURE_WINDOW = 10
CLAUSE_BREAKS = {
    "الذي", "التي", "الذين", "اللذين", "اللتين", "عندما", "حين", "بينما", "لكن", "قال", "وقال", "أعلن",
    "وأعلن", "أكد", "وأكد", "أضاف", "وأضاف", "ذكر", "وذكر", "أوضح", "وأوضح", "بعدما", "منذ",
    # a past clause: an auxiliary or a past time word between the marker and the weekday
    "كان", "كانت", "وكان", "وكانت", "قد", "وقد", "لقد", "أمس", "الأمس", "البارحة", "الماضي", "الماضية",
}

# The date cues, one table for the numeric rules: words that name a date before a bare
# day/month ("يوم 22/4", "بتاريخ 22-4", "الموافق 22/4") or a day number ("يوم 17 الجاري");
# they alone (with a weekday) make "22-4" a date, a dash between small numbers being far
# more often a score ("تقدم في 2-1")
DATE_WORD_CUES = {"يوم", "تاريخ", "بتاريخ", "الموافق"}
# ... and prepositions that do too before "22/4" (elsewhere a fraction or a file number) and
# a day number: "في 22/4", "منذ 22/4", "حتى 17 الجاري"
DATE_PREPOSITION_CUES = {"في", "منذ", "حتى", "لغاية"}
DAY_MONTH_CUES = DATE_WORD_CUES | DATE_PREPOSITION_CUES

# the nth weekday of a month: "أول جمعة من رمضان", "آخر اثنين من شهر آذار", "ثالث ثلاثاء في أيلول 2014"
# (the masculine ordinals without their article, as in "ثالث يوم": أول، ثاني، ثالث، رابع، خامس)
NTH_WORDS = {**{m[2:]: n for n, m, _ in ORDINAL_PAIRS if n <= 5}, "ثان": 2, "آخر": -1}

# "starting from": "اعتبارا من الأول من آذار", "ابتداء من يوم غد" = the date, mod ON_OR_AFTER;
# "بداية من" is the Maghreb's form ("بداية من يوم الأحد"), read only before "من"
STARTING_FROM = {"اعتبارا", "ابتداء", "بدءا", "انطلاقا", "بداية"}
