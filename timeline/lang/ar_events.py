"""Arabic data for the event stage: predicates, place/group cues, clause markers.

Pure data, no logic (the logic is in :mod:`timeline.events`).  Every word is written
here in ordinary Arabic spelling; :func:`timeline.events.fold_word` folds it (hamza
and alef forms, diacritics, alef maqsura) before lookup, the same way it folds the
article text.  Clitics (و ف ب ل ك, the article ال) are stripped at lookup time, so the
tables list bare forms only.
"""

# --------------------------------------------------------------------------------------
# Event predicates.  label -> inflected forms (perfect 3rd person sg/pl/fem, imperfect
# where it reports an event, the verbal noun (masdar), forms with object pronouns).
# Forms that are ambiguous in unvocalized text with a frequent non-event word are left
# out on purpose (تقدم "progress/advanced", عبر "via", يسيطر "controls").
PREDICATES: dict[str, tuple[str, ...]] = {
    "capture": (
        "أسر", "أسرت", "أسروا", "أسرتهم", "أسرهم", "أسرها", "أسرنا", "أسره", "تأسر", "يأسرون",
        "اعتقل", "اعتقلت", "اعتقلوا", "اعتقال", "اعتقالهم", "يعتقل",
    ),
    "surrender": (
        "استسلم", "استسلمت", "استسلموا", "يستسلم", "يستسلمون", "تستسلم", "استسلام", "استسلامهم",
        "استسلامه",
    ),
    "seize": (
        "سيطر", "سيطرت", "سيطروا", "استولى", "استولت", "استولوا", "استيلاء",
    ),
    "enter": ("دخل", "دخلت", "دخلوا", "يدخل", "يدخلون", "دخول", "دخولهم", "إدخالهم", "إدخال"),
    "arrive": ("وصل", "وصلت", "وصلوا", "وصول", "وصولهم", "وصولها"),
    "infiltrate": ("تسلل", "تسللت", "تسللوا", "تسللهم", "يتسلل", "يتسللون"),
    "cross": ("عبور", "عبورهم", "عبروا", "انتقال", "الانتقال", "نقل", "اندفاع"),
    "advance": ("تقدموا", "تقدمت"),
    "announce": (
        "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "إعلان", "معلنة", "معلنا", "معلنين",
    ),
    "end": ("ينتهي", "انتهى", "انتهاء", "إنهاء", "نهاية", "إنهائه"),
    "clash": (
        "اشتباكات", "اشتباك", "اشتبك", "اشتبكت", "اشتبكوا", "الاشتباك", "معارك", "معركة",
        "مواجهات", "اقتتال", "المعارك",
    ),
    "attack": (
        "هجوم", "هجوما", "هجمات", "هجماته", "هاجم", "هاجمت", "هاجموا", "شن", "شنت", "شنوا",
        "شنه", "شنها", "شنتها", "ينفذ", "تنفيذ", "بمهاجمتهم", "مهاجمة", "الهجوم",
    ),
    "kill": (
        "قتل", "قتلت", "قتلوا", "قتلهم", "مقتل", "قضى", "يقتل", "قتلى", "مصرع",
    ),
    "withdraw": ("انسحب", "انسحبت", "انسحبوا", "انسحاب", "انسحابه", "انسحابها", "ينسحب"),
    "shell": (
        "قصف", "قصفت", "قصفوا", "يقصف", "قصفها", "قصفه", "قصفها", "استهدف", "استهدفت",
        "استهدفوا", "استهداف", "استهدافهم",
    ),
    "form": ("شكلت", "شكلوا", "شكلتها", "تشكيل", "تشكلت", "أسست", "أسسوا", "تأسيس"),
    "besiege": ("حاصر", "حاصرت", "حاصرها", "حاصروا", "حصار", "حصارها", "أطبقت"),
}

# Multi-word predicates: (label, first word forms, words that must follow within 3 words).
PHRASES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("surrender", ("سلموا", "سلمت", "سلم", "تسليم", "يسلموا", "تسليمهم"), ("أنفسهم", "أنفسه", "نفسه")),
    ("open_corridor", ("فتح", "فتحت", "فتحوا", "يفتح", "منح", "منحت", "منحته", "منحوه", "منحه", "منحها", "منحهم", "منحوهم"),
     ("ممر", "ممرا", "ممرات", "طريق", "طريقا", "الطريق", "ممرًا", "معبر")),
    ("seize", ("سيطرة", "السيطرة", "سيطرته", "سيطرتهم"), ("على",)),
    ("kill", ("لقي", "لقوا"), ("مصرعه", "مصرعهم", "حتفه", "حتفهم")),
    ("capture", ("ألقت", "ألقى", "ألقوا"), ("القبض",)),
)

# How far (words before, words after) a phrase's second part may be from its first.
PHRASE_WINDOWS: dict[str, tuple[int, int]] = {"open_corridor": (2, 6)}
DEFAULT_PHRASE_WINDOW: tuple[int, int] = (0, 3)

# Predicate classes: which labels may denote the same real event (merging compares
# classes).  The label is kept as the event's ``predicate``.
CLASSES: dict[str, str] = {
    "capture": "capture", "surrender": "capture",
    "seize": "seize",
    "enter": "enter", "arrive": "enter", "infiltrate": "enter", "cross": "enter",
    "open_corridor": "enter", "advance": "enter",
    "announce": "announce", "end": "announce",
    "clash": "fight", "attack": "fight",
    "kill": "kill", "withdraw": "withdraw", "shell": "shell", "form": "form",
    "besiege": "besiege",
}

# Classes whose events are punctual (one capture, one seizure, one corridor): their
# mentions in different articles can be merged on identity alone and used to infer
# publication dates.  Fighting, shelling and killing recur day after day at the same
# places: across articles they merge only when both mentions are dated and overlap.
PUNCTUAL_CLASSES: tuple[str, ...] = ("capture", "seize", "enter", "announce", "form", "besiege")

# Classes that join both sides of one happening (capture/surrender: the captor and the
# captured; enter: the regime opening a corridor and ISIS crossing it), so the actor is
# not compared when merging.
AGENT_FREE_CLASSES: tuple[str, ...] = ("capture", "enter")

# A predicate followed (within two words) by one of these is not the event it looks like
# ("الوصول إلى اتفاق" is reaching an agreement, not arriving).
CANCEL_FOLLOWERS: dict[str, tuple[str, ...]] = {
    "arrive": ("اتفاق", "حل", "تسوية", "نتيجة", "مرحلة"),
    "enter": ("حيز", "مرحلة"),
    "end": ("المطاف",),
}

# A predicate with one of these within the two words before it is negated ("لم يتمكن
# الأهالي من صد هجوم", "دون اشتباك"): not an event.
NEGATIONS: tuple[str, ...] = ("لم", "لن", "دون", "بدون", "عدم", "ليس", "ليست", "لا")

# When a clause holds several predicates of one class, the event is named by the first
# of these labels present (a corridor opened and fighters arriving through it).
LABEL_PRIORITY: tuple[str, ...] = (
    "surrender", "capture", "open_corridor", "enter", "arrive", "infiltrate", "cross", "advance",
    "announce", "end", "clash", "attack",
)

# A predicate right after one of these words reports an attempt or an aim, not an event.
ATTEMPT_WORDS: tuple[str, ...] = (
    "محاولة", "محاولات", "محاولته", "محاولتهم", "محاولتها", "يحاول", "تحاول", "يحاولون",
    "حاول", "حاولت", "حاولوا", "لمنع", "منعا", "منعه", "يسعى", "تسعى", "بهدف", "لتوسيع",
    "خطة", "مخطط", "إمكانية", "أجل",
)

# Topics that identify an event beyond places and groups (a corridor, the end of a group).
TOPICS: dict[str, tuple[str, ...]] = {
    "corridor": ("ممر", "ممرا", "ممرات", "ممرًا", "معبر"),
    "end": ("نهاية", "إنهاء", "انتهاء", "ينتهي", "انتهى", "إنهائه"),
}
# Predicates that imply a topic.
PREDICATE_TOPICS: dict[str, str] = {"open_corridor": "corridor", "end": "end"}

# --------------------------------------------------------------------------------------
# Groups: surface form (possibly several words) -> (canonical name, side).  Sides let two
# mentions whose actors are on opposite sides be kept apart.  Longest forms first at
# lookup time.
GROUPS: dict[str, tuple[str, str]] = {
    "داعش": ("داعش", "isis"),
    "تنظيم الدولة": ("داعش", "isis"),
    "الدولة الإسلامية": ("داعش", "isis"),
    "تنظيم الدولة الإسلامية": ("داعش", "isis"),
    "قوات النظام": ("النظام", "regime"),
    "قوات الأسد": ("النظام", "regime"),
    "نظام الأسد": ("النظام", "regime"),
    "قوات نظام الأسد": ("النظام", "regime"),
    "النظام السوري": ("النظام", "regime"),
    "النظام": ("النظام", "regime"),
    "ميليشيات النظام": ("النظام", "regime"),
    "طيران الأسد": ("النظام", "regime"),
    "طائرات الأسد": ("النظام", "regime"),
    "الأسد": ("النظام", "regime"),
    "روسيا": ("روسيا", "regime"),
    "الروس": ("روسيا", "regime"),
    "الجيش السوري الحر": ("الجيش الحر", "opposition"),
    "الجيش الحر": ("الجيش الحر", "opposition"),
    "جيش النصر": ("الجيش الحر", "opposition"),
    "فيلق الشام": ("الجيش الحر", "opposition"),
    "دحر الغزاة": ("دحر الغزاة", "opposition"),
    "المعارضة": ("المعارضة", "opposition"),
    "فصائل المعارضة": ("المعارضة", "opposition"),
    "قوات المعارضة": ("المعارضة", "opposition"),
    "الفصائل": ("المعارضة", "opposition"),
    "فصائل": ("المعارضة", "opposition"),
    "الثوار": ("المعارضة", "opposition"),
    "الكتائب الإسلامية": ("المعارضة", "opposition"),
    "هيئة تحرير الشام": ("هيئة تحرير الشام", "opposition"),
    "تحرير الشام": ("هيئة تحرير الشام", "opposition"),
    "جبهة النصرة": ("هيئة تحرير الشام", "opposition"),
    "هتش": ("هيئة تحرير الشام", "opposition"),
    "الحزب الإسلامي التركستاني": ("الحزب التركستاني", "opposition"),
}
# "التنظيم" (the organization) refers back to the organization the article names.
ORGANIZATION_ANAPHORS: tuple[str, ...] = ("التنظيم",)
ORGANIZATION_ANAPHOR_PREFIX: str = "تنظيم"

# Words that stand between a verb and its subject group ("سيطر عناصر التنظيم").
AGENT_FILLERS: tuple[str, ...] = (
    "عناصر", "مقاتلو", "مقاتلي", "قوات", "فصائل", "مجموعات", "مجموعة", "قيادات", "تنظيم",
    "غرفة", "عمليات", "قرابة", "حوالي", "نحو", "أكثر", "من", "التابعة", "ميليشيات",
)

# --------------------------------------------------------------------------------------
# Places.  A cue word introduces a place name ("قرية الخوين", "بلدتي رويضة وشطيب").
PLACE_CUES: tuple[str, ...] = (
    "قرية", "قريتي", "قرى", "بلدة", "بلدتي", "مدينة", "منطقة", "ناحية", "مطار", "قاعدة",
    "محافظة", "محافظات", "حي", "جبل", "وادي", "معبر",
)
# Cues that introduce a list ("قرى الخلاخيل والزرزور والخوين").
PLURAL_PLACE_CUES: tuple[str, ...] = ("قريتي", "قرى", "بلدتي", "محافظات", "مناطق")
# First words of two-word names.
NAME_PREFIXES: tuple[str, ...] = ("أم", "أبو", "ابو", "دير", "معرة", "رأس", "تل", "جسر", "عين", "كفر", "أرض", "خان", "وادي", "بئر", "مطار", "قاعدة")
# Words that follow a cue but are not names.
PLACE_STOP: tuple[str, ...] = (
    "خفض", "سيطرة", "نفوذ", "المنطقة", "الجديدة", "المحررة", "المحاصرة", "الواقعة", "واسعة",
    "أخرى", "صغيرة", "عدة", "الجنوبي", "الشرقي", "الشمالي", "الغربي", "جنوب", "شمال", "شرق",
    "غرب", "التي", "الذي", "في", "من", "على", "إلى", "عن", "مع", "المحيطة", "بها", "القريبة",
    "المجاورة", "المذكورة", "هذه", "ذات", "العمليات", "عمليات", "الحدود", "المتبقي", "مناطق",
    "الممتدة", "مشارف", "محيط", "الاستراتيجية", "كاملة", "كامل", "العسكري", "الجوية", "العسكرية",
    "بين", "الحمرا",
)
# Regions too large to identify an event alone (they count, but weakly).
GENERIC_PLACES: dict[str, tuple[str, ...]] = {
    "إدلب": ("إدلب", "ادلب", "لإدلب", "الإدلبي"),
    "حماة": ("حماة", "حماه"),
    "حلب": ("حلب",),
    "سوريا": ("سوريا", "سورية"),
    "دمشق": ("دمشق",),
    "الرقة": ("الرقة",),
    "دير الزور": ("دير الزور",),
}
# Spelling variants of the same place (transliteration and typos seen in the news):
# variant -> canonical spelling.
PLACE_VARIANTS: dict[str, str] = {
    "هوين": "الخوين", "الهوين": "الخوين", "خوين": "الخوين",
    "أم حلاحل": "أم الخلاخيل", "حلاحل": "أم الخلاخيل", "الخلاخيل": "أم الخلاخيل",
    "أم الخلاخيل": "أم الخلاخيل",
    "الزروزو": "الزرزور", "زرزور": "الزرزور", "أرض الزرزور": "الزرزور",
    "أبو ظهور": "أبو الظهور", "أبو الضهور": "أبو الظهور",
}

# --------------------------------------------------------------------------------------
# Numbers.  Nouns after a number that count people (so 300 and 400 fighters compare).
PEOPLE_NOUNS: tuple[str, ...] = (
    "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "شخص", "شخصا", "أشخاص", "جريح",
    "جريحا", "جرحى", "قتيل", "قتيلا", "قتلى", "أسير", "أسيرا", "أسرى", "مدني", "مدنيا",
    "مدنيين", "معنصر", "عنصرًا", "مسلح", "مسلحا", "مسلحين", "إرهابي", "إرهابيا", "من",
)
# Number words.
NUMBER_WORDS: dict[str, int] = {
    "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5,
    "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10, "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "خمسين": 50, "مئة": 100,
    "مائة": 100, "ألف": 1000, "ألفي": 2000, "ألفين": 2000,
}
# Dual nouns of people: "عنصرين" = 2 fighters.
DUAL_PEOPLE: tuple[str, ...] = ("عنصرين", "مقاتلين", "شخصين", "جريحين", "قتيلين", "أسيرين")
# Vague counts: word -> (low, high).
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "العشرات": (10, 99), "عشرات": (10, 99), "المئات": (100, 999), "مئات": (100, 999),
    "الآلاف": (1000, 9999), "آلاف": (1000, 9999),
}

# --------------------------------------------------------------------------------------
# Clauses.  Words that open a new clause inside a sentence.
SUBORDINATORS_AFTER: tuple[str, ...] = ("بعد أن", "بعدما", "بعد", "عقب", "إثر", "اثر")
SUBORDINATORS_BEFORE: tuple[str, ...] = ("قبل أن", "قبيل")
RELATIVE_MARKERS: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي")
CLAUSE_OPENERS: tuple[str, ...] = ("حيث", "فيما", "بينما", "في حين", "ثم", "كما أن", "إلا أن", "غير أن", "لكن", "ولكن")

# Future markers (سوف, المقرر, سـ + verb) are the date grammar's: timeline.lang.ar.FUTURE_WORDS
# and NOT_FUTURE_S, used through timeline.recognize.is_future_marker.
