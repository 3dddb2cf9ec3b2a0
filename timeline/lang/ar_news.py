"""Arabic words of the event stage, as data: predicates by news domain, reporting verbs,
clause markers, tense words, and words that carry no content.

Format: ``PREDICATES`` maps a class name to ``(English name, Arabic name, frames)``, where
``frames`` maps a frame (a kind of event within the class: "verdict", "arrest") to its
words; reports of one event share a frame more often than a class.  A word
is a stem as written in news (no clitics, no article): the event stage matches it on the
folded bases of a word (:func:`timeline.text.bases`), exactly or followed by a common
inflection suffix (ت، وا، ات، ين، ون ...), and for verbs also after an imperfect prefix
(ي، ت، ن).  Users extend the lexicon with :func:`timeline.events.Lexicon.extended`.

Example line: ``"disaster": ("disaster", "كارثة طبيعية", {"flood": ["فيضان", ...], ...})``
makes "الفيضانات" a predicate of class ``disaster``, frame ``flood``.
"""

from __future__ import annotations

from . import ar as _ar
from ..normalize import fold

PREDICATES: dict[str, tuple[str, str, dict[str, list[str]]]] = {
    "attack": ("attack", "هجوم", {
        "strike": ["غاره", "غارات", "قصف", "استهداف", "استهدف", "قذيفه", "قذائف", "صاروخ", "صواريخ", "مسيره",
                   "مسيرات", "طائره مسيره", "رشق"],
        "bombing": ["تفجير", "فجر", "انفجار", "انفجر", "انتحاري", "عبوه ناسفه", "مفخخه"],
        "assassination": ["اغتيال", "اغتال"],
        "clash": ["هجوم", "هاجم", "مهاجمه", "كمين", "اطلاق نار", "اطلاق النار", "اطلق النار", "اطلقت النار", "اطلقوا النار", "عدوان", "اعتداء", "اشتباك", "اشتباكات", "معارك",
                  "معركه", "توغل", "اقتحام", "اقتحم", "اجتياح"],
        "siege": ["حصار"],
    }),
    "control": ("control", "سيطرة", {
        "seize": ["سيطره", "سيطر", "استعاده", "استعاد", "تحرير", "حرر", "سقوط"],
        "withdraw": ["انسحاب", "انسحب"],
        "capture": ["اسر", "اسري", "استسلام", "استسلم"],
        "evacuate": ["ممر", "اخلاء", "اجلاء"],
    }),
    "casualties": ("casualties", "ضحايا", {
        "killed": ["قتل", "مقتل", "قتلي", "قتيل", "مصرع", "لقي حتفه", "لقوا حتفهم", "ضحايا", "ضحيه", "حصيله",
                   "وفيات", "استشهاد", "استشهد", "شهداء", "قضوا", "قضي نحبه", "مجزره", "مجازر",
                   "اودي بحياه", "اودت بحياه", "حصد ارواح", "حصدت ارواح",
                   "لقي حتفهم", "لقيت حتفها", "لقيت حتفهن"],
        "injured": ["جرحي", "جريح", "اصابه", "اصابات", "اصيب", "مصاب", "مصابين", "حالات اختناق", "حالات الاختناق", "حاله اختناق"],
        "missing": ["مفقود", "مفقودين", "ناجين"],
    }),
    "death": ("death", "وفاة", {
        "death": ["وفاه", "توفي", "توفوا", "توفيت", "رحيل", "رحل", "نعي", "نعت", "نعا", "فارق الحياه", "فارقت الحياه"],
        "funeral": ["تشييع", "شيع", "جنازه", "جنازات", "جثمان", "جثامين", "نعش", "دفن", "مواراه", "ووري", "يواري"],
        "mourning": ["عزاء", "حداد", "تابين", "تنكيس"],
    }),
    "disaster": ("disaster", "كارثة طبيعية", {
        "quake": ["زلزال", "هزه ارضيه", "هزات", "هزه"],
        "flood": ["فيضان", "فيضانات", "سيول", "سيل", "امطار", "عاصفه", "اعصار", "عواصف", "غمرت", "انجراف"],
        "fire": ["حريق", "حرائق", "نيران", "اندلاع", "اندلع", "اخماد", "اخمد", "احتواء", "احتراق", "احترق", "تفحم",
                 "اضرام", "اضرم", "احراق", "احرق"],
        "weather": ["جفاف", "موجه حر", "موجه برد", "ثلوج", "تساقط", "منخفض جوي", "عاصفه ترابيه", "غبار", "صقيع"],
        "collapse": ["انهيار", "انهار"],
    }),
    "accident": ("accident", "حادث", {
        "accident": ["حادث", "حادثه", "اصطدام", "اصطدم", "تصادم", "انقلاب", "انقلب", "غرق", "تحطم", "سقوط طائره", "دهس", "انحراف",
                     "جنوح", "جنحت", "تسرب غاز", "تسرب الغاز", "تسربت كميات", "تسرب نفطي", "خروج قطار"],
    }),
    "government": ("government", "حكم وسياسة", {
        "resign": ["استقاله", "استقال"],
        "appoint": ["تعيين", "تكليف", "كلف", "تولي", "خلافه"],
        "oath": ["اداء اليمين", "ادي اليمين", "ادت اليمين", "ادوا اليمين"],
        "dismiss": ["اقاله", "اقال", "اعفاء", "اعفي"],
        "decide": ["مرسوم", "قرار", "قرر", "اقر", "مصادقه", "اصدار", "اصدر", "امر ملكي", "حاله الطوارئ"],
        "meet": ["اجتماع", "اجتمع", "ترؤس", "ترأس", "جلسه", "مؤتمر صحفي", "انعقاد"],
        "form": ["تشكيل"],
        "suspend": ["تعليق", "علق", "الغاء", "الغي", "تمديد", "مدد"],
        "postpone": ["تاجيل", "ارجاء", "ارجا"],
        "launch": ["اطلاق", "اطلق"],
    }),
    "election": ("election", "انتخابات", {
        "vote": ["انتخابات", "انتخاب", "انتخب", "اقتراع", "تصويت", "صوت", "ناخب", "ناخبين", "استفتاء"],
        "candidacy": ["مرشح", "ترشح", "حمله انتخابيه"],
        "turnout": ["نسبه المشاركه", "نسبه الاقبال", "نسبه التصويت"],
        "count": ["فرز"],
        "results": ["نتائج", "مقاعد"],
    }),
    "court": ("court", "قضاء", {
        "verdict": ["حكم", "احكام", "قضت", "ادانه", "تبرئه", "براءه", "سجن", "حبس", "اعدام", "عقوبه",
                    "غرامه"],
        "arrest": ["اعتقال", "اعتقل", "توقيف", "اوقف", "القبض", "قبض", "تفكيك خليه", "تفكيك شبكه"],
        "trial": ["محكمه", "استئناف", "محاكمه", "متهم", "متهمين", "تحقيق", "احاله", "احال", "دعوي", "جلسه"],
        "release": ["افراج", "افرج", "اطلاق سراح"],
        "seizure": ["صادرت", "مصادره الاموال", "مصادره اموال"],
    }),
    "economy": ("economy", "اقتصاد وأسعار", {
        "rise": ["رفع", "ارتفاع", "ارتفع", "زياده", "زاد"],
        "cut": ["خفض", "تخفيض", "انخفاض", "انخفض"],
        "freeze": ["تثبيت", "ثبت"],
        "prices": ["اسعار", "سعر", "تضخم", "فائده", "بنزين", "سولار", "وقود", "تعريفه", "اجره"],
        "finance": ["موازنه", "ميزانيه", "عجز", "صادرات", "واردات", "بورصه", "عمله", "قرض", "استثمار", "تداول"],
    }),
    "health": ("health", "صحة", {
        "outbreak": ["وباء", "فيروس", "كورونا", "عدوي", "تفشي", "حالات"],
        "care": ["لقاح", "تطعيم", "مستشفي", "علاج"],
    }),
    "sport": ("sport", "رياضة", {
        "match": ["مباراه", "مباريات", "نهائي", "نصف النهائي", "تعادل"],
        "win": ["فوز", "فاز", "انتصار", "انتصر", "لقب", "تتويج", "توج", "احرز", "تاهل", "تغلب", "هزم"],
        "loss": ["هزيمه", "خساره", "خسر", "اقصاء"],
        "goal": ["اهداف", "ركله", "ركلات"],
        "tournament": ["بطوله", "اولمبياد", "الالعاب الاولمبيه", "سباق"],
    }),
    "religion": ("religion", "دين", {
        "rite": ["صلاه", "مناسك", "حجاج", "عرفه", "اعتكاف", "عمره", "اضحيه"],
        "calendar": ["عيد", "رمضان", "هلال", "رؤيه الهلال", "صيام", "مولد"],
    }),
    "protest": ("protest", "احتجاج", {
        "protest": ["احتجاج", "احتجاجات", "احتج", "مظاهره", "مظاهرات", "تظاهرات", "تظاهر", "اعتصام", "اعتصم", "موجه غضب",
                    "وقفه احتجاجيه", "عصيان"],
        "strike": ["اضراب", "اضرب"],
    }),
    "diplomacy": ("diplomacy", "دبلوماسية", {
        "visit": ["زياره", "زار", "استقبل", "استقبال", "جوله"],
        "meet": ["قمه", "لقاء", "التقي", "محادثات", "مفاوضات", "اتصال", "اتصالا", "وساطه"],
        "agree": ["توقيع", "اتفاق", "اتفاقيه", "هدنه", "هدن", "وقف اطلاق النار", "مبادره", "وافق", "موافقه"],
        "message": ["بعث", "رساله"],
    }),
    "science": ("science", "علوم وفضاء", {
        "astronomy": ["خسوف", "كسوف", "انخسف", "ينخسف", "مذنب", "نيزك", "كويكب", "ظاهره فلكيه"],
        "space": ["قمر صناعي", "مسبار", "اطلاق صاروخ", "رحله فضائيه", "التحام", "الالتحام"],
        "discovery": ["اكتشاف", "اكتشف"],
    }),
    "other_action": ("action", "إجراء", {
        "start": ["افتتاح", "افتتح", "انطلاق", "انطلق", "انطلقت", "بدء", "بدا", "استئناف"],
        "end": ["انتهاء", "انتهي", "اختتام", "اختتم"],
        "move": ["وصول", "وصل", "مغادره", "غادر", "عوده", "عاد", "توجه"],
        "hand": ["تسليم", "سلم", "تسلم"],
        "close": ["اغلاق", "اغلق", "منع", "حظر", "تعطيل", "عطل", "انقطاع", "انقطع"],
        "find": ["عثور", "عثر"],
        "rescue": ["انقاذ", "انقذ", "انتشال", "انتشل"],
        "open": ["فتح"],
        "announce": ["اعلان"],
        "celebrate": ["احتفال", "احتفالات", "احتفل", "مهرجان", "معرض"],
        "list": ["ادراج", "ادرج", "ادرجت"],
        "fly": ["رحله", "رحلات", "رحله جويه", "هبوط", "هبطت", "اقلاع", "اقلعت"],
        "speech": ["القي كلمه", "القي خطابا", "القي خطاب", "القت كلمه", "القت خطابا"],
    }),
}

#: Classes whose words mean something else outside their field ("خسارة التنظيم لأكثر من
#: 80 قرية" is no lost match, "الأهداف العسكرية" no goals, "سباق التسلح" no race): a word
#: of the class names a clause's event only in an article that also has one of these
#: words of the field; elsewhere its words stay predicates of the fallback class named
#: here (English, Arabic): a win or a loss, a target, a race of no sport.
CLASS_CONTEXT = {
    "sport": (("outcome", "outcome", "نتيجة"), ["مباراه", "مباريات", "منتخب", "منتخبات", "نادي", "اندية", "دوري", "ملعب", "لاعب", "لاعبين",
              "لاعبو", "لاعبي", "مدرب", "كره", "كاس", "بطوله", "اولمبياد", "اولمبي", "اولمبيه", "ميداليه",
              "مونديال", "فيفا", "الفيفا", "شوط", "هداف", "جماهير", "مشجعين", "رياضه", "رياضي", "رياضيه"]),
}

#: Verbs that open a lexicon phrase whose rest may follow their subject: "لقي تسعة ركاب
#: حتفهم", "أدّى الأمير الجديد اليمين", "أودت العاصفة بحياة 20", "ألقى البابا كلمة".
GAPPED_HEADS = ["لقي", "لقيت", "لقوا", "ادي", "ادت", "اودي", "اودت", "حصد", "حصدت", "فارق", "فارقت",
                "القي", "القت", "قضي", "اطلق", "اطلقت", "اطلقوا"]

#: Common verbs of news in the third person masculine perfect that no verb shape tells
#: (three letters, or a weak last letter): a clause that opens with one tells something
#: happening.  Not the ones that are as often nouns ("حل", "قدم", "طلب", "وضع", "ظهر",
#: "آثار"), copulas ("بقي") or reporting idioms ("مضى قائلا"), nor "أدى" ("وادي" is a valley).
PAST_VERBS = [
    "شهد", "عقد", "نظم", "حضر", "شارك", "منح", "حقق", "نال", "بلغ", "خرج", "دخل", "ضرب", "هز", "اصاب",
    "اعاد", "انهي", "اقلع", "هبط", "رصد", "عاش", "ترك", "رفض", "اجري", "اقام", "ارسل",
    "اوقف", "لقي", "قضي", "نجا", "جاء", "صعد", "عزز", "القي", "سقط", "نفذ", "وقع",
    # افتعل of doubled roots, four letters as written: the shape test leaves them out, as
    # "التي", "انتم" have that shape too
    "امتد", "اهتز", "احتل", "اشتد", "اعتد", "اهتم",
    # scored / recorded: "وسجل هدفي الوداد اللاعب زهير المترجي"
    "سجل",
    # became, welcomed, won ("أدى" folds to "وادي" with و, a valley: left out)
    "اصبح", "رحب", "ظفر",
    # فاعل (form III) verbs, which the shape test leaves out as nouns share it (كاتب، عامل)
    "قاطع", "غادر", "وافق", "ناقش", "حاول", "واصل", "طالب", "ودع", "قصد", "صافح",
    # jumped, wrote, appeared, hung over: mostly verbs where a clause opens with them
    "قفز", "كتب", "ظهر", "خيم",
]
#: More verbs of news that no shape tells (events.PAST_VERBS_MORE: wherever a verb's shape is
#: asked, as for PAST_VERBS: a clause's opening verb, its tense, a verb before a weekday):
#: sport, elections, courts, economy, disasters, visits.  Left out as for PAST_VERBS: words
#: as often nouns or particles (حكم، قبل، رفع، خفض، عرض، نشر، كشف، فتح، منع، عين، شكل،
#: خلف، هنا، فقد، أجل، بحث، طعن، سجن، التهم).
PAST_VERBS_MORE = [
    "نجح", "فشل", "فاز", "خسر", "هزم", "احرز", "حصل", "اضاع", "اهدر", "مرر", "سدد", "اقصي", "اطلق",
    "مات", "غرق", "دمر", "هدم", "اصيب", "اسعف", "شفي", "غمر", "اخمد", "سيطر", "حاصر", "عثر", "انقذ", "اخلي",
    "هاجم", "افرج", "خطف", "سرق", "فر", "هرب", "عاد", "وصل", "زار", "التقي", "رافق", "دشن", "سافر", "رحل",
    "هاجر", "غاب", "انضم", "اختار", "اختير",
    "صادق", "اقر", "اصدر", "قرر", "امر", "ادان", "اتهم", "احال", "اودع", "غرم", "لاحق", "اقسم", "ادلي",
    "دعا", "ناشد", "حذر", "هدد", "الغي", "مدد", "علق", "زاد", "قلص", "ضخ", "ابقي", "اكمل", "انجز", "ابرم", "جدد",
    "اقال", "اغلق", "سمح", "اتاح", "انشا", "شيد", "اظهر", "احيا", "شيع", "اشاد", "اسفر", "حث", "اوصي",
]

#: Yet more verbs of news that no shape tells (events.PAST_VERBS_EXTRA): form IV verbs
#: (أفعل, which names and elatives share as a shape: "أحمد", "أكبر"), hollow and weak ones.
#: Not "أثنى" ("اثني عشر" folds to it), "أحدث" / "أقدم" (newest, oldest).
PAST_VERBS_EXTRA = [
    "ابدى", "اشعل", "اخرج", "اسند", "اناب", "افصح", "ادعى", "اعقب", "احيل", "اوكل", "امضى", "اغرق", "احرق",
    "اسقط", "اعدم", "اطاح", "ارجا", "احبط", "اوقع", "جال", "تلا", "روى", "قرا", "كسا", "غرد", "قام", "لجا",
    "قاد", "جرى",
    # form III (فاعل), whose shape active participles share ("عامل", "كاتب", "قاتل"): only
    # verbs that news seldom uses as a noun
    "بايع", "راسل", "داهم", "فاوض", "ساهم", "ساند", "واجه", "خاطب", "عاين", "حاور", "باشر",
]

#: The first predicate word of a clause names its class (Arabic puts the verb first),
#: unless it belongs to one of these general classes and a more specific word follows
#: ("أعلن إطلاق سراح" is a court event, "قرر رفع الأسعار" an economic one).
WEAK_CLASSES = frozenset({"other_action", "government"})
#: Of the government class only these frames are weak: a resignation, an appointment or a
#: meeting is its own event ("استقالة حكومته على خلفية انفجار المرفأ" is no explosion).
STRONG_FRAMES = frozenset({"resign", "appoint", "oath", "dismiss", "meet", "form"})

#: Given names that read as an imperfect verb of the lexicon ("ياسر" as يأسر, "نجلاء" as
#: إجلاء; not "يسري", which is also the verb "يسري القرار"): never a verb ("في قاعة الرئيس
#: الشهيد ياسر عرفات" is no capture).
NAMES_NOT_VERBS = ["ياسر", "نسرين", "نجلاء", "نزار"]

#: Spellings of one word that outlets use in turn (the first is kept): a merge term is
#: written one way whichever way the article wrote it ("الهجوم الكيماوي" / "الهجوم الكيميائي",
#: "الأميركي" / "الأمريكي").  Parts of words, folded, replaced inside a word.
SPELLING_VARIANTS = [
    ("كيميائ", "كيماو"), ("امريك", "اميرك"), ("تلفزيون", "تليفزيون"), ("فيروس", "فايروس"),
    ("ميغاواط", "ميجاوات"), ("ميغاواط", "ميغاوات"), ("انترنت", "انترنيت"),
]

#: Words that open a cause: what follows explains the event, it does not name its class
#: ("... على خلفية فاجعة انفجار مرفأ بيروت", "بسبب الأمطار").
CAUSES = ["بسبب", "جراء", "خلفيه", "اثر", "نتيجه", "وطاه", "مناقشه", "لبحث", "تداعيات", "تبعات",
          # "خلية متورطة في تفجير الكنيسة": what they were involved in is another event
          "متورط", "متورطه", "متورطين", "متورطون"]

#: Classes that often report one another's event (a flood and its toll).
RELATED_CLASSES = [
    {"casualties", "attack", "disaster", "accident", "control"},
    {"death", "religion"},
    {"government", "election", "court", "economy", "other_action", "diplomacy"},
]

#: Reporting verbs: they date the statement, not what it reports.
REPORTING = [
    "قال", "قالت", "يقول", "تقول", "اعلن", "اعلنت", "يعلن", "تعلن", "افاد", "افادت", "ذكر", "ذكرت", "اكد",
    "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "صرح", "صرحت", "لفت", "لفتت", "نقل", "نقلت",
    "اضاف", "اضافت", "تابع", "تابعت", "شدد", "شددت", "كشف", "كشفت", "اعتبر", "اعتبرت", "نفي", "نفت",
    "اوردت", "اورد", "افادت", "اعلنت", "نشرت", "نشر", "بث", "بثت", "تحدث", "نوه", "نوهت", "دعا", "دعت",
    "طالب", "طالبت", "حذر", "حذرت", "رجح", "رجحت", "توقع", "توقعت", "يتوقع",
]

#: Words that open the content of a reported statement.
COMPLEMENTIZERS = ["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"]

#: Words and pairs that open a subordinate clause.
SUBORDINATORS = [
    "بعد ان", "بعدما", "قبل ان", "حيث", "فيما", "بينما", "اذ", "كما", "وذلك", "عقب", "اثر", "منذ ان", "حين", "عندما", "لكن", "الا ان", "غير ان", "وسط", "في حين",
    "على ان", "ثم", "في اعقاب",
]

#: Past-tense verbs of deciding or announcing: "قرر ... تعطيل المدارس غدا" reports two events, the
#: decision (made by the publication) and what it decides (on the later day).  The bare
#: "أمر", "وجه" are mostly nouns (a matter, a face: "على وجه السرعة"): verbs only with a
#: بـ after them ("أمر خادم الحرمين باعتبار ...", "وجّه بإعلان ...", see DECISION_NEEDS_BI).
DECISION_VERBS = [
    "قرر", "قررت", "قرروا", "اصدر", "اصدرت", "اقر", "اقرت", "وجه", "وجهت", "اعلن", "اعلنت", "امر", "امرت",
    "اعتمد", "اعتمدت", "وافق", "وافقت", "اتخذ", "اتخذت",
    # a call, a postponement, a date set, a notice issued: what they name comes later
    # ("دعت الاتحادات إلى أوسع تحرك صباح غد", "صدرت برقية تنبيه بتنفيذ إضراب أيام 15 و16
    # سبتمبر", "أرجأت ناسا عودة الرواد إلى الأحد")
    "أرجأ", "أرجأت", "أرجأوا", "حدد", "حددت", "صدر", "صدرت",
]

#: Extra future words for clauses (beside the date grammar's FUTURE_WORDS, which the clause
#: test reads too): the relative days and the negated future.
FUTURE = ["غدا", "غد", "لن", *_ar.EXPECTED_WORDS]

#: Words that introduce a place name ("قرية الخوين", "مدينة الكوت", "ولاية ...").
PLACE_CUES = [
    "قريه", "قري", "بلده", "مدينه", "منطقه", "ناحيه", "مطار", "قاعده", "محافظه", "ولايه", "اقليم", "حي",
    "جبل", "وادي", "معبر", "ريف", "مخيم", "قضاء", "العاصمه", "ميناء", "سجن", "مستشفي", "ملعب", "مسجد",
    "كنيسه", "جامعه", "شارع", "ساحه", "سوق", "مركز",
]
#: Words after a place cue that are not names.
PLACE_STOP = [
    "التي", "الذي", "في", "من", "على", "الي", "عن", "مع", "هذه", "هذا", "ذات", "بين", "عده", "اخري",
    "المنطقه", "الجديده", "الواقعه", "المحيطه", "القريبه", "المجاوره", "جنوب", "شمال", "شرق", "غرب",
    "الجنوبي", "الشرقي", "الشمالي", "الغربي", "كامله", "كامل", "واسعه", "صغيره", "كبيره",
    # prepositions and adverbs of place ("في ذات المنطقة تحت مسمى", "المدينة خلال")
    "تحت", "فوق", "قرب", "بالقرب", "داخل", "خارج", "حول", "ضمن", "امام", "خلف", "وراء", "عند", "لدي",
    "خلال", "منذ", "حتي", "اثر", "عقب", "بعد", "قبل", "اليوم", "امس",
]

NEGATIONS = ["لم", "لا", "لن", "ما", "ليس", "ليست", "دون", "بدون", "نفي", "نفت"]
#: Verbs of denial: they negate what their clause tells, but the denial itself is told
#: (``events.DENIALS_REPORTED``); the two perfect forms are negations above too.
DENIAL_VERBS = ["نفى", "نفت", "نفوا", "نفيا", "ينفي", "تنفي", "ينفون"]

#: Words that carry no content for linking reports (function words, reporting, time words).
STOPWORDS = [
    "في", "من", "الى", "على", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "ان", "انه",
    "انها", "بان", "كان", "كانت", "يكون", "تكون", "قد", "لقد", "ثم", "او", "ام", "بل", "لا", "لم", "لن",
    "ما", "كل", "بعض", "غير", "بين", "عند", "حتي", "منذ", "خلال", "بعد", "قبل", "امس", "اليوم", "غدا",
    "يوم", "ايام", "شهر", "عام", "سنه", "الساعه", "صباح", "مساء", "ليله", "فجر", "ظهر", "حيث", "فيما",
    "بينما", "كما", "وذلك", "هو", "هي", "هم", "نحو", "حوالي", "اكثر", "اقل", "وقت", "اطار", "اجل", "عبر",
    "لدي", "لها", "له", "لهم", "به", "بها", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "اي", "ايضا",
    "وفق", "وفقا", "حسب", "بحسب", "اضافه", "الاضافه", "جانب", "الجاري", "الماضي", "المقبل", "الحالي",
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "بيان", "تصريح", "تصريحات",
    "مصدر", "مصادر", "وكاله", "انباء", "نقلا", "وسائل", "اعلام", "الرسمي", "الرسميه",
] + REPORTING


def _folded(words) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


#: Event nouns that a verb of another root looks like once its imperfect prefix is
#: taken off: "يعيد" (brings back) is not "عيد" (a feast), "يحصل" not "حصيله".
NOUN_STEMS = ["عيد", "حصيله", "هلال", "مولد", "زلزال", "سيل"]

#: Nouns of a series whose members news tells apart by an ordinal ("المرحلة الأولى" and "المرحلة
#: الثالثة" of a race, "الجولة الثانية" of an election, "الدفعة الأولى" of aid, "القراءة الثانية"
#: of a bill): two reports naming one of them with different ordinals tell two events
#: (``merge.SERIES_CLASH``). Not the halves of a match ("الشوط الثاني"): parts of one event.
SERIES_NOUNS = ["مرحلة", "جولة", "جلسة", "دورة", "نسخة", "طبعة", "دفعة", "رحلة", "قافلة", "شحنة",
                "حلقة", "قراءة", "مباراة", "ليلة", "أسبوع", "موجة", "فوج", "دور"]
SERIES_NOUNS_FOLDED = _folded(SERIES_NOUNS)
#: the ordinals that number them (one to ten, masculine and feminine, folded)
SERIES_ORDINALS = {**{fold(w): n for n, m, f in _ar.ORDINAL_PAIRS for w in (m, f)},
                   fold("الإعادة"): 2}  # "جولة الإعادة": the run-off, an election's second round

REPORTING_FOLDED = _folded(REPORTING)
COMPLEMENTIZERS_FOLDED = _folded(COMPLEMENTIZERS)
SUBORDINATORS_FOLDED = _folded(SUBORDINATORS)
FUTURE_FOLDED = _folded(FUTURE)
DECISION_VERBS_FOLDED = _folded(DECISION_VERBS)
DECISION_NEEDS_BI = _folded(["امر", "وجه"])
NEGATIONS_FOLDED = _folded(NEGATIONS)
DENIAL_VERBS_FOLDED = _folded(DENIAL_VERBS)
CAUSES_FOLDED = _folded(CAUSES)
GAPPED_HEADS_FOLDED = _folded(GAPPED_HEADS)
PAST_VERBS_MORE_FOLDED = _folded(PAST_VERBS_MORE)
PAST_VERBS_EXTRA_FOLDED = _folded(PAST_VERBS_EXTRA)
#: Verbs of news that are as often nouns on their own ("طلب" a request, "كشف" a list, "نشر"
#: publishing) but verbs where a clause opens with them after و / ف ("وطلب المحامي",
#: "وكشف المصدر", "ونشر الجيش"): counted as verbs only there (events.PAST_VERBS_WITH_WA).
#: "نفى" and "هنأ" only as written with their last letter (ى, أ): "ونفي" is a noun, "وهنا"
#: "and here".  Not "طلب" nor "حل": "وطلب المساعدة أمر طبيعي", "وحل" (mud).
PAST_VERBS_WITH_WA = ["نفى", "هنأ", "قدم", "عرض", "نشر", "كشف", "فتح", "منع", "رفع", "خفض", "شكل",
                      "بحث", "وضع", "عين", "نقل", "بث", "طعن", "وجه", "اجل"]
PAST_VERBS_WITH_WA_FOLDED = _folded(PAST_VERBS_WITH_WA)
#: ... those of them whose spelling must keep its last letter (folding merges ى/ي and أ/ا)
PAST_VERBS_WITH_WA_SPELLED = {fold(w): w[-1] for w in ("نفى", "هنأ")}

PAST_VERBS_FOLDED = _folded(PAST_VERBS)

#: Verbs of form II whose last root letter is ه, a verb only with its shadda written ("وجّه
#: رئيس الوزراء", "نبّه الوزير", "نوّه العاهل"): unmarked, or as a doubled root with the
#: pronoun ("جدّه", "حقّه", "عمّه"), the word is a noun (events.SHADDA_HA_VERBS).
HA_ROOT_VERBS = ["وجه", "نبه", "نوه", "شبه", "نزه"]
HA_ROOT_VERBS_FOLDED = _folded(HA_ROOT_VERBS)


def listed_past_verb(f: str, more: bool = True, extra: bool = True) -> bool:
    """Whether a folded word is one of the verb tables: PAST_VERBS, and PAST_VERBS_MORE /
    PAST_VERBS_EXTRA when asked (``events`` asks as its switches say)."""
    return f in PAST_VERBS_FOLDED or (more and f in PAST_VERBS_MORE_FOLDED) or (extra and f in PAST_VERBS_EXTRA_FOLDED)


STOPWORDS_FOLDED = _folded(STOPWORDS)
PLACE_CUES_FOLDED = _folded(PLACE_CUES)
PLACE_STOP_FOLDED = _folded(PLACE_STOP)
NOUN_STEMS_FOLDED = _folded(NOUN_STEMS)
NAMES_NOT_VERBS_FOLDED = _folded(NAMES_NOT_VERBS)
SPELLING_VARIANTS_FOLDED = [(fold(keep), fold(other)) for keep, other in SPELLING_VARIANTS]
