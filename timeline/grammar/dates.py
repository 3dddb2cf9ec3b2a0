"""Dates with month names and years: 10 شباط 2018، العاشر من شباط، شباط الماضي، غرة رجب 1447 هـ، عام 2017، 2017م.

A rule family of the grammar: methods mixed into the parser (``recognize._Parser``), which
supplies the scan and the token helpers (``b``, ``s``, ``digits``, ``count``, ``point`` ...).
"""

from __future__ import annotations

import re

from .. import meaning as M
from ..lang import ar
from ..lang.ar_news import listed_past_verb
from ..calendars import days_in_month, is_valid_date
from .lexicon import (
    EQUIVALENT,
    LI_FORMS,
    DASHES,
    MA_WORD,
    SAME_AFTER,
    SAME_BEFORE,
    FEMININE_ORDINALS,
    WEEKDAYS,
    ANAPHORIC_DAYS,
    DEMONSTRATIVES,
    ORDINALS,
    THOUSANDS,
    _DAY_MONTH_CUES,
    _MONTH_CUES,
    MONTHS_DUAL,
    _MONTH_LENGTHS,
    AMBIGUOUS_MONTHS,
    CURRENT_MODS,
    NEW_MODS,
    DEMONSTRATIVE_CURRENT,
    DIGIT,
    EVENT_YEAR_CUES,
    FIRST_DAY_WORDS,
    PREP_YEAR_CUES,
    FIRST_OF_MONTH,
    FIRST_OF_MONTH_DAYS,
    GREGORIAN_MARKERS,
    HIJRI_MARKERS,
    MOD_PHRASES,
    MONTH_BY_MODIFIER,
    MONTH_FIRST_WORDS,
    MONTHS,
    HIJRI_MONTHS_SHORT,
    HIJRI_MONTHS_SHORT_AMBIGUOUS,
    NEXT_MODS,
    PAST_MODS,
    YEAR_WORDS,
    YEARS_WORDS,
    SEASON_YEAR_ADJECTIVES,
    SEASON_YEAR_NOUNS,
    SEASON_YEAR_WORDS,
    OPEN_QUOTES,
    CLOSE_QUOTES,
    W,
    _RANGE_TO,
)
from ..normalize import fold, without_proclitics
from .rule import INVALID, Match, _BareDay, year_direction


#: Words between an edition's name and a number that make the number no year ("في
#: الانتخابات على 1980 صوتا", "الموسم الماضي 2000 نقطة").
_NOT_EDITION_NAMES = {fold(w) for w in ("على", "في", "من", "الى", "إلى", "عن", "نحو", "حوالي", "قرابة", "اكثر",
                                        "أكثر", "اقل", "أقل", "الماضي", "الحالي", "المقبل", "الجاري", "الفائت", "الفارط", "الفارطة",
                                        "السابق", "الأخير", "الاخير", "بـ", "ب",
                                        # (and the feminine and other modifiers: "في الانتخابات
                                        # التشريعية الماضية 2000 من الأصوات" is a count)
                                        "الماضية", "السابقة", "الحالية", "المقبلة", "القادمة", "القادم",
                                        "الجارية", "الفائتة", "الأخيرة", "الاخيرة", "المنصرمة", "المنصرم")}
#: The duals of edition words (``lang/ar.EDITION_DUALS``: "ذهبيتي نسختي يوجين 2022 وبودابست 2023")
_DUAL_EDITION_CUES = {fold(w) for w in ar.EDITION_DUALS}
#: Whether a number of 1950-2030 after a preposition or part-of-time word (PREP_YEAR_CUES) is a
#: year before any word that cannot be the noun it counts: not a listed counted noun
#: (``ar.COUNTED_NOUNS``), a unit, "من", a word in م (the participles that name people:
#: "متسابق"), a verb of the news tables (judged by PREP_YEAR_VERB), nor a word with the ending of an indefinite
#: feminine, plural or accusative noun (ة، ات، ا، ين، ون: "في 2000 حالة", "2018 شخصا"): "انضم إلى
#: ريال في 2009 قادما من ليون"? no ("قادما"), but "الذي أُقر في 2001 لإحلال الاستقرار", "حكمت في 2007
#: بسجن الدرسي", "الصراع الذي اندلع في 2011 أكثر من 11 مليون" are years. Before, only the words
#: of ``_AFTER_EDITION`` and the listed verbs might follow (34 such years in the story sets were no
#: date).
PREP_YEAR_RELAXED = True
_COUNT_ENDINGS = ("ه", "ات", "ا", "ين", "ون")
#: ... the function words and particles that may follow such a year (PREP_YEAR_RELAXED; review 69)
_NO_COUNT_WORDS = {fold(w) for w in ("أكثر", "أعلى", "أقل", "أدنى", "كل", "هي", "هو", "هم", "ثم", "حين", "حينما",
                                     "عندما", "قبل", "بعد", "بعدما", "لما", "إذ", "لم", "لن", "ليس", "كما", "أي",
                                     "حيث", "لكن", "إلا", "أن", "إن", "أنه", "أنها", "التي", "الذي", "عبر", "وسط",
                                     "ضمن", "لدى", "عند", "بين", "ضد", "نحو", "منذ", "إثر", "بسبب", "قد", "كان", "كانت")}
#: Whether an edition's name between its cue and its year may be two words, or one in quotes:
#: "كأس أمم إفريقيا 2025", "انتخابات مجلس النواب 2025", "كأس العالم للأندية 2029", "بطولة
#: العالم بموسكو 2013", 'كأس العالم "قطر 2022"'. Before, only one word might stand between
#: ("أولمبياد طوكيو 2020", "كأس العالم 2022") and 108 of 184 such years in the story sets were
#: no date. What may follow the year is judged as before (no count: "2000 متفرج").
EDITION_TWO_WORD_NAME = True
_OPEN_QUOTES = {'"', "«", "“", "'"}
_CUE_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
#: ... and, with it, whether the cue may carry a clitic ("فاز بكأس أمم إفريقيا 2019",
#: "لانتخابات مجلس الشيوخ 2025", "للانتخابات البلدية 2022"), and whether the year of such an
#: edition (the cue not a preposition) may be followed by a definite word, also after و, ب or ل
#: ("2022 المقررة في الكاميرون", "2021 والمدججة بالنجوم", "2015 للكرة الطائرة": a count's noun is
#: indefinite), و and another cue ("2026 وكأس العالم"), or "إثر" / "عقب" / "بعدما", and a word
#: after ب or ل only with a stem of four letters or more, not in ة nor a counted noun ("2023
#: بهدفين"; "2000 بلاغ", "2000 لوحة", "2000 باحث" count; review 69).
_AFTER_EDITION_ONLY = {fold(w) for w in ("إثر", "اثر", "عقب", "بعدما")}
#: The cues added with EDITION_TWO_WORD_NAME (``ar.EVENT_YEAR_CUES``' census, budget, league ...
#: line): on their path, as on a two-word or quoted name's and after a cue with a clitic, "من"
#: after the year makes it a count ("حضر مهرجان جرش 2000 من الزوار", "شارك في بطولة العالم
#: للسباحة 2000 من السباحين"); the old one-word path keeps it ("نسخة 2022 من البطولة").
_NEW_EDITION_CUES = frozenset(map(fold, ar.NAMING_YEAR_CUES))


def _clitic_word(w, clitics) -> bool:
    """Whether the (folded) word ``w`` opens with a clitic of ``clitics`` before a stem of four
    letters or more, neither it nor the word a listed counted noun (``ar.COUNTED_NOUNS``): "بهدفين",
    "لإحلال", not "بلاغ", "لوحة", "باحث" (a count's noun with ب or ل of its own; review 69)."""
    return (len(w) >= 5 and w[:1] in clitics and w[1:].isalpha()
            and w not in _COUNTED_NOUNS and w[1:] not in _COUNTED_NOUNS)


def clitic_forms(w: str) -> list[str]:
    """The (folded) word ``w`` and its forms without a leading clitic ("بكاس" -> "كاس",
    "للانتخابات" -> "الانتخابات"): how a cue is looked up when it may carry one."""
    forms = [w] + [w[len(c):] for c in _CUE_CLITICS if w.startswith(c)]
    if w.startswith("لل"):
        forms.append("ال" + w[2:])
    return forms


def is_edition_cue(w) -> bool:
    """Whether the (folded) word ``w`` is an edition's cue, with a clitic before it when
    ``EDITION_TWO_WORD_NAME`` ("بكأس", "لانتخابات", "للانتخابات")."""
    if w in EVENT_YEAR_CUES:
        return True
    if not EDITION_TWO_WORD_NAME or not isinstance(w, str) or len(w) < 4:
        return False
    return any(f in EVENT_YEAR_CUES for f in clitic_forms(w)[1:])
#: Words that may follow an edition's year ("نسخة 1996 التي ...", "مونديال 2022 مع ميسي").
_AFTER_EDITION = {fold(w) for w in ("التي", "الذي", "في", "من", "على", "مع", "عن", "إلى", "الى", "حيث", "و",
                                    "بعد", "قبل", "عندما", "حين", "ضد", "أمام", "امام", "بين", "لكن", "كما", "ثم", "أو", "او")}


#: Whether a bare year after a preposition of time ("في 2014") is a year when a word of linking
#: (قد، إثر، بسبب، كان) follows, or a verb of the news tables (``ar_news.listed_past_verb``, also
#: with its suffix ت / وا) with a definite word after it: "وفي 2014 ألقي القبض عليها للمرة
#: الأولى", "في 2019 وقع الانفجار". A count is followed by its noun, and some of the tables'
#: verbs are nouns too ("في 2000 طالب وطالبة", "في 2000 سجل تجاري"): no year.
PREP_YEAR_VERB = True
#: Whether a bare year after a preposition of time is a year when "مقارنة مع / مقارنة بـ" (also
#: "بالمقارنة") follows: "وسجل التضخم 4,2 بالمئة في 2016 مقارنة مع 4,1 بالمئة في 2015" (economy
#: pages; a count's noun would follow it). The sixth engine check. Before: no mention of 2016.
PREP_YEAR_COMPARED = True
_COMPARED = frozenset(fold(w) for w in ("مقارنة", "بالمقارنة"))  # ("مقارنةً" folds to the first)
_WITH = fold("مع")
_BI = fold("ب")
_LINKS_AFTER_YEAR = {fold(w) for w in ("قد", "وقد", "فقد", "إثر", "اثر", "بسبب", "جراء", "كان", "كانت", "وكان",
                                       "وكانت", "لدى", "حينما", "عقب", "وسط")}


def _verb_or_link(s: str, after: str) -> bool:
    """Whether ``s`` (the word after a bare year) is a word of linking, or a listed verb in the
    past followed by ``after``, a definite word (see PREP_YEAR_VERB)."""
    if s in _LINKS_AFTER_YEAR:
        return True
    if not after.startswith(("ال", "وال", "بال", "لل")):
        return False
    for w in (s, s[1:] if s[:1] in ("و", "ف") else ""):
        if w and (listed_past_verb(w) or (w.endswith("ت") and listed_past_verb(w[:-1]))
                  or (w.endswith("وا") and listed_past_verb(w[:-2]))):
            return True  # "ألقي", "وقع", "ارتفعت" (a listed verb with its subject's suffix)
    return False


#: Whether an underscore joins the two names of one month as "/" does ("25 يوليو_تموز2013",
#: as some sites write the wire's pair): before, "25 يوليو" was read alone (placed by the
#: window around the reference, another year) and "تموز2013" as a month of its own. Measured:
#: one such date in the studied stories (Tunisia's constitution story), now 25 July 2013.
PAIRED_UNDERSCORE = True
#: Whether the number after "و" that follows a dual of the year's word and its first year is a
#: year whatever follows it: "في سنتي 2027 و2028 خاصة أن ..." (the fourteenth engine check; the
#: adverb "خاصة" ends in ة as a counted noun does). Before: only "2027" read, 2028 dropped.
DUAL_YEAR_LIST = True
#: Whether a number right after a noun that takes a rank, before "شهر" and a month ("الدورة 31
#: شهر يوليو", "صرف الدورة 12 شهر مارس": social-security payment cycles), is the noun's number,
#: no day: the month alone stays (as "الجولة 12 يوم السبت" is the weekday alone). Before: 31
#: July, 12 March (the fourteenth engine check).
RANK_NUMBER_BEFORE_MONTH_WORD = True
_RANK_NOUNS = frozenset(map(fold, ar.RANK_NOUNS))
_YEAR_DUALS = frozenset(map(fold, ar.YEAR_DUALS))


#: Whether a day number after a date cue and before الجاري / الحالي (الماضي / المنصرم /
#: الفائت, المقبل / القادم) is that day of the reference's month (the month before, after),
#: "الشهر" left out as news writes it: "يوم 17 الجاري", "الأحد 17 الجاري", "في 24 الماضي",
#: "الاثنين 31 الحالي". Before: no date (only the weekday). The cue (يوم، في، منذ، حتى،
#: بتاريخ، قبل، بعد or a weekday) keeps counts out ("المؤتمر 17 المقبل"). Measured: one such
#: date in the studied stories ("الاثنين 31 الحالي" = 31 October 2016, as the gold says).
DAY_OF_NAMED_MONTH_WORD = True

#: Whether a day number in digits right before "الشهر" and its modifier (الجاري / الحالي,
#: الماضي, المقبل ...), after a date cue (as DAY_OF_NAMED_MONTH_WORD's), a weekday or "الموافق
#: (لـ)", is that day of that month, "من" left out: "الأحد الموافق لـ 11 الشهر الجاري", "من 13
#: حتى 19 الشهر الجاري". Without the cue a number there is a rank or a count ("قمة مجموعة الـ20
#: الشهر الماضي", "الدورة 31 الشهر الجاري": the review of session 71). Before: the month
#: alone. Measured: 5 such dates in the studied stories (21 with "من").
DAY_BARE_OF_RELATIVE_MONTH = True
_MONTH_BY_MODIFIER = MONTH_BY_MODIFIER

#: Whether a year of three digits after عام / سنة is that year when an era marker follows
#: ("عام 711 م", "سنة 680 ميلادية": the whole phrase; before, "عام" was left out of the
#: mention, "711 م" alone) or when the clause ends after it ("في عام 680.", "عام 247"):
#: historical years, as news recalls them. "كل عام 300 شخص" (a count follows) stays none.
#: Measured: Recognizers-Text +1 row ("عام 247"); stories: found, dated, sharp +1 in both
#: modes ("عام 680." in an Arbaeen story).
SHORT_YEAR_AFTER_WORD = True
#: Whether a bare year after "من" / "منذ" and a range word before "اليوم" / "الآن" is a range
#: from that year to the reference day: "من 2013، وحتى اليوم", "في الفترة من 2015 إلى الآن"
#: (as "من عام 2013 حتى الآن" is). Before: the year was lost (a bare number), only "until today".
YEAR_TO_NOW = True
#: Whether the Hijri calendar's adjective between a year word and its number makes a Hijri
#: year: "بمناسبة بداية العام الهجري 1446", "رمضان للعام الهجري 1446", "السنة الهجرية 1446".
#: Before: no year read ("بداية العام" alone: the start of the Gregorian year).
HIJRI_WORD_BEFORE_YEAR = True
#: Whether years listed after a plural year word may be set apart by commas as well as by و,
#: and are years whatever word follows the list: "ساعات التغذية الكهربائية خلال الأعوام 2024،
#: 2025 و 2026 شهدت تحسنًا" = 2024, 2025 and 2026 (as "الأعوام 2024 و2025 و2026" was when
#: nothing but punctuation or a preposition followed). Only in a list a plural word opens
#: (الأعوام، السنوات): "عام 2024، 2025 شخصا" keeps its count. Before: «الأعوام 2024» alone.
PLURAL_YEAR_LIST = True
#: Whether an adjective of the current or the new year between the Hijri year word and its
#: number is passed over: "عن موعد استطلاع هلال شهر شعبان، للعام الهجري الحالي 1441" = Hijri
#: 1441, "العام الهجري الجديد 1442" (the number says the year). Only الحالي، الجاري، الجديد (and
#: their feminines). Before: no mention.
HIJRI_YEAR_ADJECTIVE = True
_CURRENT_NEW_ADJECTIVES = CURRENT_MODS | NEW_MODS
_LIST_COMMAS = frozenset(("،", ","))
#: Whether a day number in brackets before its month is that day, alone or in a list: "في (20)
#: و(21) من شهر نوفمبر", "(11) من شهر يناير" (Oman's holiday decrees and the papers quoting
#: them). Before: only the month was read ("نوفمبر", the whole month). The scan starts at "("
#: only when a number follows (``recognize._gates``).
BRACKETED_DAYS = True
#: Whether an ordinal day restated in digits in brackets before its month is that day: "يوم
#: الأربعاء العاشر (10) من ذي الحجة 1444هـ الموافق 28 جوان 2023م" = 28 June 2023, one mention (the
#: Algerian ministry's feast announcements). Before: "يوم الأربعاء العاشر" the 10th of the DCT's
#: month (with weekday-mismatch), and "(10) من ذي الحجة ..." a mention of its own.
ORDINAL_RESTATED_IN_BRACKETS = True
#: Whether Egypt's short Hijri month names, the adjective without its article ("جمادى أول",
#: "جمادى آخر", "ربيع آخر", as "ربيع أول" already was: ``lang/ar.HIJRI_MONTHS_SHORT``), are
#: the months 5, 6 and 4: "30 جمادى أول 1447 هـ" in a Cairo paper's page header. Before:
#: "أول 1447 هـ" was the start of the Hijri year 1447 and "5 ربيع آخر 1447" the end of the
#: Gregorian year 1447; "في شهر جمادى أول" was no date.
EGYPTIAN_SHORT_HIJRI = True
_HIJRI_ADJECTIVES = frozenset(fold(w) for w in ("الهجري", "الهجرية", "هجري", "هجرية"))
_YEAR_END_MARKS = frozenset((".", "،", ",", "؛", ";", ")", ":", "!", "؟"))
_WEEKDAY_WORDS = frozenset(WEEKDAYS)
#: Whether months in a list share the year or the modifier after the last ("مارس وأبريل
#: 2023", "شهري سبتمبر وأكتوبر الماضيين": rule ``month_list``, one range from the first to the
#: last). Before: the last alone took it, the first was read bare ("ديسمبر ويناير الماضيين" in
#: November 2024 gave December 2024 and January 2024; "يوليو وأغسطس المقبلين" July 2024), and
#: after "شهري" the first was no date at all.
MONTH_LIST = True
#: Whether a Hijri month's epithet ("رمضان الكريم / المبارك / المعظم", "محرم الحرام", "شوال
#: المكرم") lets a year number right after it be the month's ("طوال شهر رمضان الكريم 2018" =
#: Ramadan 1439; "رمضان المبارك لعام 1445هـ" keeps its year phrase apart, as before),
#: and names the month without another cue (رمضان is also a given name: "رمضان المبارك" is the
#: month). Before: the month alone after a cue, and nothing without one.
HIJRI_EPITHETS = True
_HIJRI_EPITHETS = frozenset(fold(w) for w in ("الكريم", "المبارك", "المعظم", "الفضيل", "الحرام", "المكرم", "الأغر"))
_SAFAR_EPITHETS = frozenset(fold(w) for w in ("الخير", "المظفر"))  # "صفر الخير"

_DAY_NUMBER_CUES = _DAY_MONTH_CUES | {fold(w) for w in ("قبل", "بعد")}  # the date cues, قبل and بعد
#: Whether a year word and its year after a comma belong to the day and month before them, as a
#: bare year after a comma does ("12 سبتمبر، 1974"): "يعود تاريخ تأسيس شركة أبل إلى الأول من نيسان،
#: عام 1976" = 1 April 1976, "توفي في 12 سبتمبر، عام 1974" (biographies, "this day in history").
#: Only a day with its month and a year of four digits. The ninth engine check. Before: the day
#: in the window around the DCT and "عام 1976" apart.
COMMA_YEAR_WORD = True
#: Whether a month name that is also a common word ("نيسان" the car maker, "آب", "أيار", "تموز",
#: "رمضان": ``ar.AMBIGUOUS_MONTHS``) with "و" right after another month's name is a month of the
#: list, as after a preposition: "بلغ الانخفاض 0.3% في أشهر كانون الثاني ونيسان وتشرين الأول", "في
#: آذار ونيسان" (each month a mention of its own, placed by the window). The ninth engine check
#: (Iraqi statistics). Before: no mention ("تويوتا ونيسان" is still none: no month before it).
MONTH_AFTER_MONTH_AND = True
#: Whether a number right after a month name (or its modifier) is a count, not the month's year,
#: when the text goes on as a count does: a number of three digits with no era marker after it
#: whose clause does not end there ("منذ يناير الماضي 382,718 إصابة", "مارس المقبل 450 طنا"),
#: and after a modifier a number of four digits a counted noun follows, as after a Hijri
#: month's epithet (``HIJRI_EPITHETS``: "منذ يناير الماضي 2000 إصابة"). The ninth engine check
#: (WHO cholera figures). Before: the month of the year 382 (2000), "منذ" reaching back to it.
COUNT_AFTER_MONTH = True
_COUNTED_NOUNS = frozenset(map(fold, ar.COUNTED_NOUNS))


#: Whether a feminine ordinal right after a definite feminine noun is that noun's attribute,
#: not a day of the month: "الحلقة الثانية من رمضان" (the second episode of Ramadan), "الجولة
#: الخامسة من مارس", "المرحلة الأولى من رمضان". A day of the month is masculine (اليوم الثاني,
#: "الثاني من رمضان"), so a feminine ordinal after such a noun counts that noun; before, each
#: was read as that day (2 Ramadan, 5 March). A weekday ("الجمعة الثانية", rule nth_weekday) and
#: "الليلة" (a night of the month) are left as they were; the month alone may still be read
#: ("رمضان 1439 هـ"). Measured: no mention of any studied story (nor dev, nor the article set)
#: changes; Duckling / Recognizers unchanged (no such rows).
ORDINAL_OF_A_NOUN = True
_NIGHT_WORDS = frozenset(fold(w) for w in ("الليلة", "ليلة", "بالليلة", "والليلة", "فالليلة", "لليلة"))
#: a definite word in ة (folded ه), clitics و / ف and ب / ك / ل allowed: "الحلقة", "بالجولة", "للمرحلة"
_DEFINITE_FEMININE = re.compile(r"^[وف]?(?:[بك]?ال|لل)\w{2,}ه$")


#: Whether a month (or a day and month) "من نفس العام / من العام نفسه / ذاته / من ذات العام / من
#: السنة نفسها" is of the year of the last date named before it (direction "same_year",
#: resolved against it as "في اليوم نفسه" is): "في مارس 2018، ثم في أكتوبر من نفس العام" =
#: October 2018. Before: the month in the window around the publication. Measured: see the
#: commit.
SAME_YEAR = True
#: Whether a month "من العام المقبل / الماضي" (السنة، القادم ...) with the year's number after it
#: is that month of that year, as "العام المقبل 2022" alone is the year it names
#: (``periods.NEIGHBOUR_YEAR_NAMED``), noted ``dct-mismatch`` when it is not the year after (before)
#: the DCT's: "في شهر نوفمبر من العام المقبل 2022 بمشاركة 32 منتخبا" = November 2022, one mention
#: (the fifteenth engine check). Before: "نوفمبر من العام المقبل", the number left out (November
#: 2021 in a 2020 article). Not before a counted noun with no clitic ("2000 إصابة": a count) nor a
#: second year ("2022/2023"), nor before a noun in the accusative of counting ("في مارس من العام
#: الماضي 1950 مريضا" = March 2019, 1950 a count; review 69b).
MONTH_OF_NEIGHBOUR_YEAR_NAMED = True
#: ... a word after the number opening with "ب / ل" and a noun in م ("بمشاركة", "بمناسبة", "لمدة")
#: is a preposition's phrase, no counted noun
_PREP_MIM_NOUN = ("بم", "لم")
#: ... nor before a bare noun in the accusative of counting, "ا / ًا", after a number ending in 11-99
#: ("1950 مريضا", "2022 مشاركا", "2015 قتيلا": the noun a count's last part takes; review 69b), but for
#: a past verb in "وا" and these adverbs ("العام المقبل 2022 أيضا")
_ACCUSATIVE_ADVERBS = frozenset(fold(w) for w in (
    "أيضا", "تقريبا", "حاليا", "رسميا", "مجددا", "سابقا", "لاحقا", "مثلا", "جدا", "هذا", "إذا", "لذا", "معا",
    "أولا", "أخيرا", "مبدئيا", "نهائيا", "فعليا", "أساسا", "عموما", "خصوصا", "تحديدا", "غدا", "حتما", "دائما"))
#: Whether "ما قبل الماضي / الماضية" is "قبل الماضي" (the one before last), for every rule that
#: reads it through ``_before_last_at``: "الليلة ما قبل الماضية", "الجمعة ما قبل الماضية",
#: "الأسبوع ما قبل الماضي"; only before الماضي / الفائت / المنصرم (not "ما قبل الأخير", the
#: second-to-last of something) and not before "من". Before: "الليلة" alone (tonight), the
#: bare weekday, nothing.
BEFORE_LAST_MA = True
_MA_WORD = MA_WORD
#: Whether a third name of the same month after a second slash is part of the month
#: ("13 نيسان/إبريل/أفريل من العام 1975": April 1975). Before: the third name left out, which
#: cut the day from its year (the day was read in the publication's year).
MONTH_TRIPLES = True
#: Whether "بعد المقبل / القادم" is the one after next, the mirror of "قبل الماضي" (read through
#: ``_after_next_at``): "الجمعة بعد المقبل" = a week after "الجمعة المقبل", "الأسبوع / الشهر /
#: العام بعد المقبل" = the second one after the current. Before: the bare weekday (the past
#: one) and nothing for the periods.
AFTER_NEXT = True
#: the past modifiers that "ما قبل" takes (ar.PAST_MODIFIERS without الأخير / السابق)
_MA_PAST = frozenset(fold(w) for w in ("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة"))


#: Whether a season, school or fiscal year named by two years in a row is both years:
#: "موسم 2024/2025", "للموسم الرياضي 2024-2025", "العام الدراسي 2024-2025", "السنة المالية
#: الجديدة 2025/2026", "موسم 2022-23" = [2024-01-01, 2026-01-01) (the season lies in them; where
#: in them, the body that keeps it says). Only a year and the next. Before: no mention, or the
#: first year alone ("موسم 2022-2023" = 2022).
SEASON_YEARS = True
#: Whether a masculine ordinal day right before a Hijri month, with no "من" between, is that
#: day of it: "اليوم السبت الخامس عشر رمضان المبارك" (Mauritanian and Iraqi Ramadan calendars) =
#: 15 Ramadan, checked against a weekday before it as any date is. Only after a date cue (a
#: weekday, يوم / اليوم, في ...) or with the month's epithet or year after it: the Hijri month
#: names are also men's names ("حل الثاني رمضان عبد الله"). The sixth engine check. Before: the
#: weekday and the ordinal a day of the DCT's month (weekday-mismatch) and the month apart.
ORDINAL_HIJRI_NO_MIN = True
#: Whether a masculine ordinal day right before a Gregorian month, with no "من" between, is
#: that day of it (Maghreb usage): "مجازر الثامن ماي 1945" = 8 May 1945, "في الخامس فبراير".
#: Only after a date cue (a weekday, يوم / اليوم, في ...; for a month name that is also a word,
#: "ماي", "مارس", with the year only) or with the year after the month, and then not after a
#: definite noun the ordinal may rank ("المؤتمر الخامس يونيو 2020", "القرن العشرين أغسطس 1990",
#: "بالأسبوع الثاني مارس 2024") but those of _ORDINAL_DAY_NOUNS ("عيد الاستقلال الخامس جويلية
#: 1962"): not "بملعب العشرين أوت" (a stadium). A day its month has not ("الثلاثين فبراير
#: 2021") leaves the month. Before: the month (and year) alone.
ORDINAL_GREGORIAN_NO_MIN = True
_ORDINAL_DAY_NOUNS = frozenset(fold(w) for w in ("الاستقلال", "النصر", "الثورة", "الشهداء", "العمال"))
#: Whether a season or school year written as two Hijri years with the Hijri marker after the
#: second ("العام الدراسي 1428 / 1429هـ", Saudi circulars) is both years, as "العام الدراسي
#: 2024-2025" is (SEASON_YEARS): 1 Muharram 1428 to the end of 1429. Only four-digit years of
#: 1300-1599, the second the year after the first, and the marker required. The seventh engine
#: check. Before: "1429هـ" alone.
HIJRI_SEASON_YEARS = True


class DateRules:
    RULES = ("month", "year_part", "date", "bare_day", "year", "month_list", "season_years")

    def season_years(self, i):
        """ "موسم 2024/2025", "العام الدراسي 2024-2025": the two years (``SEASON_YEARS``)."""
        if not SEASON_YEARS:
            return None
        k = i + 1
        if self.b(i) in YEAR_WORDS:
            if fold(self.s(k) or "") not in SEASON_YEAR_ADJECTIVES:
                return None  # "العام 2024-2025" is the year rule's
            k += 1
        elif fold(self.sur[i]) not in SEASON_YEAR_NOUNS:
            return None
        while k < min(self.n, i + 4) and fold(self.sur[k]) in SEASON_YEAR_WORDS:
            k += 1  # "الموسم الرياضي الجديد"
        q = k + 1 if self.s(k) in OPEN_QUOTES else k
        a = self.digits(q, 1900, 2099, width=(4,))
        if a is None and HIJRI_SEASON_YEARS:
            a = self.digits(q, 1300, 1599, width=(4,))
            if a is not None and self.s(q + 1) in ("/", "-", "–", "—", "ـ") \
                    and self.digits(q + 2, 1300, 1599, width=(4,)) == a + 1:
                j, cal = self._marker(q + 3, "gregorian")
                if cal == "hijri":  # "العام الدراسي 1428 / 1429هـ": the two Hijri years
                    return Match(i, j, "range", M.Range(M.CalendarDate(a, calendar="hijri"),
                                                        M.CalendarDate(a + 1, calendar="hijri")), "season_years")
            return None
        if a is None or self.s(q + 1) not in ("/", "-", "–", "—", "ـ"):
            return None
        z = self.digits(q + 2, 0, 2099, width=(2, 4))
        if z is None:
            return None
        if len(self.sur[q + 2]) == 2:
            z += a // 100 * 100 + (100 if z < a % 100 else 0)  # "2022-23", "1999/00"
        if z != a + 1:
            return None
        j = q + 3
        if q > k and self.s(j) in CLOSE_QUOTES:
            j += 1
        m = self._years(i, j, a, z)
        return m._replace(rule="season_years")

    def _ordinal_of_noun(self, i):
        """Whether the ordinal at i is a feminine attribute of the definite feminine noun
        before it ("الحلقة الثانية"), not a day (``ORDINAL_OF_A_NOUN``)."""
        if not ORDINAL_OF_A_NOUN or i < 1 or self.b(i) not in FEMININE_ORDINALS or self.pre[i] != "":
            return False
        prev = self.s(i - 1) or ""
        b = self.b(i - 1) or ""
        return (
            _DEFINITE_FEMININE.match(prev) is not None
            and b not in _WEEKDAY_WORDS and b not in _NIGHT_WORDS and prev not in _NIGHT_WORDS
        )

    def month(self, i):
        """(j, month, calendar, ambiguous) including paired forms "شباط/فبراير", "فبراير (شباط)"."""
        r = self._month1(i)
        if r is None:
            return None
        j, m, cal, amb = r
        sep = self.s(j)
        if sep in ("/", "(", "-", ",", "\\") or sep == "_" and PAIRED_UNDERSCORE:
            r2 = self._month1(j + 1)
            if r2 is not None and r2[1] == m:
                j = r2[0]
                amb = False
                if sep == "(" and self.s(j) == ")":
                    j += 1
                elif MONTH_TRIPLES and sep == "/" and self.s(j) == "/" and (r3 := self._month1(j + 1)) is not None \
                        and r3[1] == m:
                    j = r3[0]  # "نيسان/إبريل/أفريل": the Levant's, the Nile's and the Maghreb's names
        elif cal == "gregorian" and (r2 := self._month1(j)) is not None and r2[1] == m and r2[2] == "gregorian":
            j, amb = r2[0], False  # the wire's "3 أبريل نيسان 2019": the month in both systems
        return j, m, cal, amb

    def _month1(self, i):
        b = self.b(i)
        if b not in MONTH_FIRST_WORDS:
            return None
        for (
            length
        ) in _MONTH_LENGTHS:  # longest name first, whatever its number of words
            if length > 1 and i + length <= self.n:
                key = (b, *self.sur[i + 1 : i + length])
                if key in MONTHS:
                    m, sysname = MONTHS[key]
                    return (
                        i + length,
                        m,
                        "hijri" if sysname == "hijri" else "gregorian",
                        False,
                    )
        if EGYPTIAN_SHORT_HIJRI and (key := (b, self.sur[i + 1] if i + 1 < self.n else None)) in HIJRI_MONTHS_SHORT:
            # ("ربيع آخر" is also "another spring": flagged "short", it needs its day or "شهر")
            return i + 2, HIJRI_MONTHS_SHORT[key], "hijri", "short" if key in HIJRI_MONTHS_SHORT_AMBIGUOUS else False
        key = (b,)
        if key in MONTHS:
            m, sysname = MONTHS[key]
            return (
                i + 1,
                m,
                "hijri" if sysname == "hijri" else "gregorian",
                b in AMBIGUOUS_MONTHS,
            )
        return None

    def year_part(self, i, calendar, after_modifier=False):
        """An optional year after a month: (j, year, direction, calendar)."""
        k0 = i + 1 if self.s(i) == "," else i
        sp = self.spelled_number(k0) if self.b(k0) in THOUSANDS else None
        if sp is not None:  # "ألفين وتسعة عشر"
            j, cal = self._marker(sp[0], calendar)
            return j, sp[1], None, cal
        if (
            self.s(i) in (".", ",")
            and self.digits(i + 1, 1000, 2999, width=(4,)) is not None
        ):
            j, cal = self._marker(
                i + 2, calendar
            )  # "16. تشرين الثاني. 2016", "12 يناير, 2016"
            return j, int(self.sur[i + 1]), None, cal
        d = self.digits(i, 1, 3000, width=(3, 4))
        if d is not None:
            j, cal = self._marker(i + 1, calendar)
            if COUNT_AFTER_MONTH and j == i + 1 and self._count_after_month(i, after_modifier):
                return None  # "يناير الماضي 382 إصابة", "يناير الماضي 2000 إصابة": a count
            return j, d, None, cal
        k = i
        if SAME_YEAR and self.b(k) == W["min"]:
            # "أكتوبر من نفس العام", "9 يونيو من العام نفسه": the year of the last date named
            if self.s(k + 1) in SAME_BEFORE and self.b(k + 2) in YEAR_WORDS:
                return k + 3, None, ("year", "same"), calendar
            if self.b(k + 1) in YEAR_WORDS and self.s(k + 2) in SAME_AFTER:
                return k + 3, None, ("year", "same"), calendar
        if self.b(k) in (W["min"], W["fi"]) and self.b(k + 1) in YEAR_WORDS:  # "من العام 2018"
            k += 1
        if self.b(k) in YEAR_WORDS:
            d = self.digits(k + 1, 1, 3000)
            if d is not None:
                j, cal = self._marker(k + 2, calendar)
                return j, d, None, cal
            if (HIJRI_WORD_BEFORE_YEAR and calendar == "hijri" and self.b(k + 1) in _HIJRI_ADJECTIVES
                    and (d := self.digits(k + 2, 1300, 1600, width=(4,))) is not None):
                return self._marker(k + 3, "hijri")[0], d, None, "hijri"  # "رمضان للعام الهجري 1446"
            ma = self._mod_at(k + 1)
            if (
                ma is not None and self.b(k) != W["yawm"]
            ):  # "من العام الجاري", "يونيو العام المقبل"
                if (MONTH_OF_NEIGHBOUR_YEAR_NAMED and ma[0] in ("past", "next")
                        and (y := self.digits(ma[1], 1900, 2099, width=(4,))) is not None
                        and not (self._count_after_month(ma[1], True)
                                 and not (self.s(ma[1] + 1) or "").startswith(_PREP_MIM_NOUN))
                        and not self._year_pair_after(ma[1] + 1) and not self._accusative_count_after(ma[1])):
                    # "نوفمبر من العام المقبل 2022": that year, said to be the one after the DCT's
                    return ma[1] + 1, y, ("year", ma[0]), calendar
                return ma[1], None, ("year", ma[0]), calendar
        ma = self._mod_at(i)
        if ma is not None:
            mod, after = ma
            r = self.year_part(
                after, calendar, after_modifier=True
            )  # "الماضي عام 2017", "الجاري من العام 2018"
            if r is not None and r[1] is not None:
                return (
                    r[0],
                    r[1],
                    mod,
                    r[3],
                )  # "شباط الجاري من العام 2018": the claim is kept
            if r is not None and r[2] is not None:
                return r[0], None, r[2], r[3]
            return after, None, mod, calendar
        return None

    def _accusative_count_after(self, i):
        """Whether the number at i (its last two digits 11-99) is before a bare noun in the
        accusative of counting, "1950 مريضا", "2022 مشاركا" (``MONTH_OF_NEIGHBOUR_YEAR_NAMED``): a
        count, not the year (not a past verb in "وا", nor an adverb: "2022 أيضا")."""
        j = i + 1
        if j >= self.n or self.pre[j] not in ("", None) or not 11 <= int(self.sur[i]) % 100 <= 99:
            return False
        s = (self.s(j) or "").rstrip("ً")
        return len(s) > 3 and s.endswith("ا") and not s.endswith("وا") and s not in _ACCUSATIVE_ADVERBS \
            and s not in _NO_COUNT_WORDS

    def _count_after_month(self, i, after_modifier):
        """Whether the number at i, right after a month (``after_modifier``: after its modifier)
        with no era marker after it, is a count (``COUNT_AFTER_MONTH``): three digits before
        anything but the clause's end (a word, or a thousands group: "382,718"), or four digits
        after a modifier before a counted noun (a bare word that may not follow a year:
        "2000 إصابة", not "2024 في", "2024 حتى", "2024 للمسافرين", "2024 ارتفعت الأسعار")."""
        j = i + 1
        if len(self.sur[i]) == 3:
            if j >= self.n:
                return False
            if self.s(j) in _YEAR_END_MARKS:
                return self.s(j) in (",", "،") and self.base[j + 1 if j + 1 < self.n else j] is DIGIT \
                    and self.adjacent(i, j) and self.adjacent(j, j + 1)  # "382,718"
            return True
        if not after_modifier or j >= self.n or not (self.s(j) or "")[:1].isalpha():
            return False
        if 1900 <= int(self.sur[i]) <= 2100:
            # a year of the window is the month's year whatever follows ("أكتوبر الماضي 2023 قتل
            # الاحتلال", "... 2023 استشهد"), unless a counted noun follows it directly: a bare
            # word ending in ة (folded ه; a past verb does not: "2000 إصابة") or a listed noun
            # ("2000 شخص")
            s = self.s(j) or ""
            return not self._no_count_after(j) and (s.endswith("ه") or s in _COUNTED_NOUNS)
        return not (self._edition_after(j) or self._no_count_after(j) or W["hatta"] in (self.b(j), self.s(j))
                    or PREP_YEAR_VERB and _verb_or_link(self.s(j) or "", self.s(j + 1) or ""))

    def _marker(self, i, calendar):
        b = self.b(i)
        if b in HIJRI_MARKERS:
            return i + 1, "hijri"
        if b in GREGORIAN_MARKERS:
            return i + 1, "gregorian"
        return i, calendar

    def _before_last_at(self, i):
        """"قبل الماضي / الماضية" at i (the one before last): where it ends, or None."""
        if BEFORE_LAST_MA and self.b(i) == _MA_WORD and self.b(i + 1) == W["qabl"]:
            # "الجمعة ما قبل الماضية"; not "ما قبل الأخير" (the second-to-last: "الأسبوع ما قبل
            # الأخير من رمضان") nor a period of something ("... ما قبل الماضي من ...")
            if self.s(i + 2) not in _MA_PAST or self.b(i + 3) == W["min"]:
                return None
            i += 1
        if self.b(i) == W["qabl"] and self.pre[i] == "":
            ma = self._mod_at(i + 1)
            if ma is not None and ma[0] == "past":
                return ma[1]
        return None

    def _after_next_at(self, i):
        """"بعد المقبل / القادم" at i (the one after next): where it ends, or None."""
        if AFTER_NEXT and self.b(i) == _MA_WORD and self.b(i + 1) == W["bad"]:
            i += 1  # "الجمعة ما بعد المقبل", as "ما قبل الماضية"
        if AFTER_NEXT and self.b(i) == W["bad"] and self.pre[i] == "":
            ma = self._mod_at(i + 1)
            if ma is not None and ma[0] == "next":
                return ma[1]
        return None

    def _mod_at(self, i):
        """A modifier at i, one word or a phrase ("اللي فات"): (mod, end) or None."""
        if 0 <= i < self.n - 1:
            ph = MOD_PHRASES.get((self.base[i], self.sur[i + 1]))
            if ph is not None:
                return ph, i + 2
        mod = self._mod(i)
        return None if mod is None else (mod, i + 1)

    def _mod(self, i):
        b = self.b(i)
        if b in PAST_MODS:
            return "past"
        if b in CURRENT_MODS:
            return "current"
        if b in NEXT_MODS:
            return "next"
        return None

    def _date_from(self, i, j, day, month, cal, yp, weekday=None):
        """Build a CalendarDate (or INVALID) from parsed parts."""
        year, direction = None, None
        if yp is not None:
            j, year, dirn, cal2 = yp
            cal = cal2 if cal == "gregorian" and cal2 == "hijri" else cal
            direction = year_direction(dirn)  # "من العام الجاري": the month of the current year
        if day is not None:
            if cal == "hijri":
                if not 1 <= day <= 30:
                    return Match(i, j, "date", INVALID)
            elif year is not None:
                if not is_valid_date(year, month, day):
                    return Match(i, j, "date", INVALID)
            elif not 1 <= day <= days_in_month(2000, month):
                return Match(i, j, "date", INVALID)
        return Match(
            i, j, "date", M.CalendarDate(year, month, day, cal, direction, weekday)
        )

    def _ordinal_before_hijri_month(self, i, k, o):
        """Whether the ordinal o at k (starting the date at i) is a day of the Hijri month right
        after it, "من" left out (``ORDINAL_HIJRI_NO_MIN``)."""
        if self.pre[k] != "" or self.b(k) in FEMININE_ORDINALS or not 1 <= o[1] <= 30:
            return False
        mo = self._month1(o[0])
        if mo is None or mo[2] != "hijri":
            return False
        after = self.s(mo[0]) in _HIJRI_EPITHETS or self.year_part(mo[0], "hijri") is not None
        if mo[1] == 2:
            # "صفر" is zero too ("في اليوم الأول صفر إصابات"): Safar only with its epithet or year
            return after or self.s(mo[0]) in _SAFAR_EPITHETS
        prev = self.b(i - 1) if i > 0 else None
        if prev in _DAY_NUMBER_CUES or prev in _WEEKDAY_WORDS or prev in (W["yawm"], W["alyawm"]):
            return True
        return after

    def _ordinal_before_gregorian_month(self, i, k, o):
        """Whether the ordinal o at k (starting the date at i) is a day of the Gregorian month
        right after it, "من" left out (``ORDINAL_GREGORIAN_NO_MIN``)."""
        if self.pre[k] != "" or self.b(k) in FEMININE_ORDINALS or not 1 <= o[1] <= 31:
            return False
        mo = self._month1(o[0])
        if mo is None or mo[2] != "gregorian" or o[1] > days_in_month(2000, mo[1]):
            return False
        prev = self.b(i - 1) if i > 0 else None
        if not mo[3] and (prev in _DAY_NUMBER_CUES or prev in _WEEKDAY_WORDS or prev in (W["yawm"], W["alyawm"])):
            return True
        if self.year_part(mo[0], "gregorian") is None:
            return False
        if i == 0:
            return True
        forms = without_proclitics(fold(self.s(i - 1) or ""))
        definite = any(f.startswith(fold("ال")) for f in forms)
        return not definite or any(f in _ORDINAL_DAY_NOUNS for f in forms)

    def _bare_day_cue(self, i) -> bool:
        """Whether a date cue (يوم، في، منذ، حتى، بتاريخ، قبل، بعد ...), a weekday or a word of
        ar.EQUIVALENT ("الموافق", "المصادف"), with or without "لـ" after it, comes right before
        the day number at i (``DAY_BARE_OF_RELATIVE_MONTH``): not a rank or a count ("قمة
        مجموعة الـ20 الشهر الماضي", "الدورة 31 الشهر الجاري")."""
        if i == 0:
            return False
        prev = self.b(i - 1)
        if prev in _DAY_NUMBER_CUES or prev in _WEEKDAY_WORDS or prev in EQUIVALENT:
            return True
        return self.s(i - 1) in LI_FORMS and i > 1 and self.b(i - 2) in EQUIVALENT

    def _bracketed_day(self, k):
        """(day, end) of a day number in brackets at k, "(20)" (``BRACKETED_DAYS``), or None."""
        if self.s(k) == "(" and (d := self.digits(k + 1, 1, 31, width=(1, 2))) is not None and self.s(k + 2) == ")":
            return d, k + 3
        return None

    def date(self, i, allow_bare_month=False, weekday=None):
        """Day-month[-year] and month[-year] forms with month names."""
        k = i
        day = None
        joined = False  # the day joined to the month by "/", "-" or "."
        num_end = None  # the end of a day in digits
        r = self.count(k)
        if BRACKETED_DAYS and (bd := self._bracketed_day(k)) is not None:
            day, k = bd  # "(11) من شهر يناير"
            num_end = k
            if self.b(k) == W["min"]:
                k += 1
        elif (
            r is not None
            and r[1] is not None
            and self.base[k] in (DIGIT, W["al"])
            and 1 <= r[1] <= 99
        ):
            day, k = r[1], r[0]
            num_end = k
            if (RANK_NUMBER_BEFORE_MONTH_WORD and self.base[i] is DIGIT and self.b(k) == W["shahr"] and self.pre[k] == ""
                    and i > 0 and self.s(i - 1) in _RANK_NOUNS):
                return None  # "الدورة 31 شهر يوليو": cycle 31, then the month's word (July alone)
            if "\n" in self.t.gap(k):
                return None  # "فوز تونس 4-1\nمارس 2021": a line ends between number and month
            if self.b(k) == W["min"]:
                k += 1
            elif self.s(k) in (".", "/", "-") and self._month1(k + 1) is not None:
                k += 1  # "2/ أكتوبر", "16. تشرين الثاني. 2016"
                joined = True
        else:
            o = self.ordinal(k)
            bo = self._bracketed_day(o[0]) if ORDINAL_RESTATED_IN_BRACKETS and o is not None else None
            if bo is not None and bo[0] == o[1] and not self._ordinal_of_noun(k):
                # "يوم الأربعاء العاشر (10) من ذي الحجة": the ordinal restated in digits
                day, k = o[1], bo[1] + (1 if self.b(bo[1]) == W["min"] else 0)
            elif o is not None and self.b(o[0]) == W["min"] and not self._ordinal_of_noun(k):
                day, k = o[1], o[0] + 1
            elif ORDINAL_HIJRI_NO_MIN and o is not None and self._ordinal_before_hijri_month(i, k, o):
                day, k = o[1], o[0]  # "السبت الخامس عشر رمضان المبارك"
            elif ORDINAL_GREGORIAN_NO_MIN and o is not None and self._ordinal_before_gregorian_month(i, k, o):
                day, k = o[1], o[0]  # "مجازر الثامن ماي 1945"
            elif self.b(k) in FIRST_DAY_WORDS:  # "غرة رجب 1447 هـ", "الفاتح من شهر محرم"
                day, k = 1, k + 1
                if self.s(k) == W["min"]:
                    k += 1
            elif self.b(k) == FIRST_OF_MONTH and self.pre[k] == "":  # "أول (أيام) ذي الحجة"
                k2 = k + 1
                if self.s(k2) in FIRST_OF_MONTH_DAYS:
                    k2 += 1
                    if self.s(k2) in (W["min"], W["fi"]):
                        k2 += 1
                if self.b(k2) == W["shahr"] and self.pre[k2] == "":
                    k2 += 1
                if self._month1(k2) is not None:
                    day, k = 1, k2
        if (
            day is not None
            and self.b(k) == W["shahr"]
            and self._month1(k + 1) is not None
        ):
            k += 1  # "الأول من شهر آذار"
        mo = self.month(k)
        if mo is None and day is not None and self.b(k - 1) == W["min"]:
            mn = self._month_number(k)  # "الثالث من شهر عشرة", "27 من الشهر الثامن"
            if mn is not None:
                mo = (mn[0], mn[1], "gregorian", False)
        if mo is None:
            if (
                DAY_OF_NAMED_MONTH_WORD and day is not None and 1 <= day <= 31 and k == num_end
                and (off := _MONTH_BY_MODIFIER.get(self.b(k))) is not None and self.pre[k] == ""
                and (self.b(i - 1) in _DAY_NUMBER_CUES or self.b(i - 1) in _WEEKDAY_WORDS)
            ):
                # "يوم 17 الجاري", "الأحد 17 الجاري", "في 24 الماضي": of this (the last, the
                # next) month, the month's word left out
                return Match(i, k + 1, "date", M.DayOfMonth(day, M.RelativePeriod("month", off)), "day_of_this_month")
            if (DAY_BARE_OF_RELATIVE_MONTH and day is not None and 1 <= day <= 31 and k == num_end
                    and self.base[i] is DIGIT and self._bare_day_cue(i)
                    and self.b(k) == W["alshahr"] and self.pre[k] == ""
                    and (rp := self.relative_period(k)) is not None and rp.j > k + 1):
                # "الأحد الموافق لـ 11 الشهر الجاري", "حتى 19 الشهر الجاري": "من" left out
                return Match(i, rp.j, "date", M.DayOfMonth(day, rp.meaning), "day_of_this_month")
            if day is not None and 1 <= day <= 31 and self.b(k - 1) == W["min"]:
                # "12 من الشهر ذاته / نفسه", "من نفس الشهر": of the month of the last date
                # mentioned
                same = None
                if self.b(k) == W["alshahr"] and ANAPHORIC_DAYS.get(self.s(k + 1)) == 0:
                    same = k + 2
                elif self.s(k) in DEMONSTRATIVES and self.b(k + 1) == W["alshahr"] and self.s(k) != "ذلك":
                    same = k + 2
                if same is not None:
                    return Match(i, same, "date", M.DayOfMonth(day, M.AnaphoricPeriod("month", 0)), "day_of_same_month")
            if (
                day is not None
                and self.b(k - 1) == W["min"]
                and self.b(k) in DEMONSTRATIVE_CURRENT
                and self.b(k + 1) == W["alshahr"]
            ):
                return Match(
                    i,
                    k + 2,
                    "date",
                    M.DayOfMonth(day, M.RelativePeriod("month", 0)),
                    "day_of_this_month",
                )
            if (
                day is not None
                and 1 <= day <= 31
                and self.b(k - 1) == W["min"]
                and self.b(k) == W["alshahr"]
            ):
                rp = self.relative_period(k)  # "العاشر من الشهر الجاري"
                if rp is not None:
                    return Match(i, rp.j, "date", M.DayOfMonth(day, rp.meaning))
                # "اليوم الأول من الشهر": of the reference's month
                return Match(
                    i,
                    k + 1,
                    "date",
                    M.DayOfMonth(day, M.RelativePeriod("month", 0)),
                    "day_of_this_month",
                )
            return None
        j, month, cal, amb = mo
        yp = self.year_part(j, cal)
        epithet = HIJRI_EPITHETS and cal == "hijri" and self.s(j) in _HIJRI_EPITHETS
        if (yp is None and epithet and self.base[j + 1 if j + 1 < self.n else j] is DIGIT
                and (yp2 := self.year_part(j + 1, cal)) is not None and yp2[1] is not None
                and (yp2[0] > j + 2 or self._edition_after(yp2[0]) or self._no_count_after(yp2[0]))):
            # (a number a counted noun follows is a count: "خلال شهر رمضان المبارك 2000 سلة")
            yp = yp2  # "رمضان الكريم 2018", "شهر رمضان المبارك 1439 هـ" ("... لعام 1445هـ" stays apart)
        if (yp is None and COMMA_YEAR_WORD and day is not None and self.s(j) in _LIST_COMMAS
                and self.b(j + 1) in YEAR_WORDS and self.digits(j + 2, 1000, 2999, width=(4,)) is not None):
            yp = self.year_part(j + 1, cal)  # "الأول من نيسان، عام 1976"
        if yp is None and joined and self.s(j) in (".", "/", "-") and self.digits(j + 1, 1000, 2999, width=(4,)) is not None:
            jy, cal_y = self._marker(j + 2, cal)
            yp = (jy, int(self.sur[j + 1]), None, cal_y)  # "2/صفر/1445"
        if (
            day is None and yp is None
        ):  # month first: "يناير الثاني والعشرين، 2018", "سبتمبر10, 1901"
            bj = self.b(j)
            if bj is DIGIT:
                dd = self.digits(j, 1, 31, width=(1, 2))
                o = None if dd is None else (j + 1, dd)
            else:
                o = self.ordinal(j) if bj in ORDINALS else None
            if o is not None and 1 <= o[1] <= 31:
                yp2 = self.year_part(o[0], cal)
                if yp2 is not None and yp2[1] is not None:
                    return self._date_from(i, o[0], o[1], month, cal, yp2, weekday)
        if day is None:
            if amb and yp is None and not allow_bare_month and not self._month_cue(i) and not epithet:
                return None
            if amb == "short" and self.b(i - 1) != W["shahr"]:
                return None  # "نأمل في ربيع آخر", "إلى ربيع آخر في عام 2026": another spring
        elif joined and amb and yp is None:
            return None  # "بفوز نهضة بركان 2 / صفر", "2-صفر": a score (صفر is zero), no date
        if day is not None and day > 31:
            return Match(i, j, "date", INVALID)
        return self._date_from(i, j, day, month, cal, yp, weekday)

    def month_list(self, i):
        """Months in a list with one year or one modifier after the last, which holds for
        them all: "مارس وأبريل 2023", "(في) شهري سبتمبر وأكتوبر الماضيين", "يوليو وأغسطس
        المقبلين", "ديسمبر ويناير الماضيين" = from the first month to the last (a range,
        ``MONTH_LIST``); with a modifier and no year the first is counted back from the last
        ("أكتوبر ونوفمبر الماضيين").  Without a year or modifier after the last ("في شهري
        مارس وأبريل"), and for Hijri months without a year, each month stays a mention of its
        own.  A list runs forward over at most six months, at most one turn of the year
        (December then January)."""
        if not MONTH_LIST:
            return None
        k = i + 1 if self.b(i) == MONTHS_DUAL and self.pre[i] in ("", W["wa"]) else i
        firsts = []
        while True:
            mo = self.month(k)
            if mo is None or mo[3] and not firsts and k == i and not self._month_cue(i):
                return None  # an ambiguous first name ("صفر", "أيار"?) needs a cue or "شهري"
            j = mo[0]
            if j < self.n and self.pre[j] == W["wa"] and self._month1(j) is not None:
                firsts.append((mo[1], mo[2]))
                k = j
            else:
                break
        if not firsts:
            return None
        last = self.date(k, allow_bare_month=True)
        if last is None or last.meaning is INVALID or not isinstance(last.meaning, M.CalendarDate):
            return None
        z = last.meaning
        if z.day is not None or z.month is None or (z.year is None and z.direction is None):
            return None
        months = [m for m, _ in firsts] + [z.month]
        if any(cal != z.calendar for _, cal in firsts) or len(set(months)) < len(months):
            return None
        turns = sum(1 for a, b in zip(months, months[1:]) if b < a)
        span = (months[-1] - months[0]) % 12
        if turns > 1 or span > 6:
            return None  # "مارس وفبراير 2023" is no run of months
        if z.year is None and z.calendar != "gregorian":
            return None  # (Hijri months without a year: each its own mention, as before)
        if z.year is None:
            # "أكتوبر ونوفمبر الماضيين": the last month read by its modifier, the first counted
            # back from it (in November 2024: October-November 2023)
            return Match(i, last.j, "range", M.Range(M.ShiftFrom(span, "month", -1, z), z), "month_list")
        year = z.year - turns
        if year < 1:
            return None
        a = M.CalendarDate(year, months[0], None, z.calendar, None)
        return Match(i, last.j, "range", M.Range(a, z), "month_list")

    def _month_number(self, k, clitic=False):
        """A month by its number: "شهر 3", "شهر ثلاثة", "الشهر الثامن": (end, month) or None
        (``clitic``: also "بشهر عشرة", after a word that takes its month with ب)."""
        b = self.b(k)
        if b == W["shahr"] and (self.pre[k] == "" or clitic and self.pre[k] == "ب"):
            d = self.digits(k + 1, 1, 12, width=(1, 2))
            if d is not None:
                return k + 2, d
            r = self.count(k + 1)
            if (
                r is not None
                and r[1] is not None
                and 1 <= r[1] <= 12
                and self.base[k + 1] is not DIGIT
            ):
                return r
        elif b == W["alshahr"]:
            o = self.ordinal(k + 1)
            if o is not None and 1 <= o[1] <= 12:
                return o
        return None

    def _no_count_after(self, j):
        """Whether the word at j cannot be the noun a number of 1000 or more counts (which is
        genitive and bare: "2000 سلة"): it carries a clitic ("للمسافرين") or an accusative
        alif ("تخفيفا")."""
        if j >= self.n:
            return True
        s = (self.s(j) or "").rstrip("ً")
        return self.pre[j] not in ("", None) or s.endswith("ا") or s.startswith(("لل", "بال", "وال", "فال", "كال"))

    def _month_cue(self, i):
        """A bare month name counts after a preposition or "شهر" (and "شهر" is kept in the span),
        and after "شهري" when "و" and another month follow it ("شهري مارس وأبريل"; not the
        adjective "monthly": "نمو شهري صفر بالمئة"), and with "و" right after another month's
        name ("في آذار ونيسان", ``MONTH_AFTER_MONTH_AND``)."""
        if MONTH_AFTER_MONTH_AND and i > 0 and self.pre[i] == W["wa"] and any(
                (self.base[i - n], *self.sur[i - n + 1:i]) in MONTHS and self._read_as_month(i - n, n)
                for n in (1, 2, 3) if i - n >= 0) and not self._father_not_month(i):
            return True  # "في أشهر كانون الثاني ونيسان وتشرين الأول"
        if self.b(i - 1) == MONTHS_DUAL:
            mo = self._month1(i)
            return mo is not None and mo[0] < self.n and self.pre[mo[0]] == W["wa"] and self._month1(mo[0]) is not None
        return self.b(i - 1) in _MONTH_CUES or (
            i > 0 and self.sur[i - 1] in ("/", "(") and not (i > 1 and self.base[i - 2] is DIGIT))  # not "2 / صفر" (a score)

    def _read_as_month(self, k, n):
        """Whether the month name of n words at k is itself read as a month, as the one before
        "و" must be for the one after it (``MONTH_AFTER_MONTH_AND``): one that is no other word,
        or one with its own cue or a day before it ("اللاعبون محمد رجب ورمضان صبحي": names)."""
        if n > 1 or self.base[k] not in AMBIGUOUS_MONTHS:
            return True
        return self.b(k - 1) is DIGIT or self._month_cue(k)

    def _father_not_month(self, i):
        """"وأب" written with hamza is "and a father", never آب ("قتل في يناير وأب لأربعة أطفال")."""
        u = self.unfolded(i) or ""
        return u[1:2] == "أ" and self.b(i) == fold("آب")

    def bare_day(self, i):
        d = self.digits(i, 1, 31)
        if d is None:
            k = i + 1 if self.s(i) == W["al"] else i
            d = self.digits(k, 1, 31)
            if d is None:
                o = self.ordinal(i)
                if o is None:
                    return None
                return Match(i, o[0], "day", _BareDay(o[1]))
            return Match(i, k + 1, "day", _BareDay(d))
        return Match(i, i + 1, "day", _BareDay(d))

    def _event_year_cue(self, i):
        """A word naming an edition of an event (``EVENT_YEAR_CUES``) right before the year
        at i, or two words before with one name between ("أولمبياد طوكيو 2020", "كأس العالم
        2022")."""
        if i < 1:
            return False
        if self._is_cue(i - 1):
            cue = i - 1
        elif i >= 2 and self._is_cue(i - 2) and self._edition_name(i - 1):
            cue = i - 2
        elif EDITION_TWO_WORD_NAME and i >= 3 and self._edition_name(i - 1) and (
                (self._is_cue(i - 3) and self._edition_name(i - 2))
                or (self.s(i - 2) in _OPEN_QUOTES and self._is_cue(i - 3))):
            # "كأس أمم إفريقيا 2025", "انتخابات مجلس النواب 2025", "بطولة العالم بموسكو 2013",
            # 'كأس العالم "قطر 2022"' (an opening quote before the edition's name)
            cue = i - 3
        elif (EDITION_TWO_WORD_NAME and i >= 4 and self.s(i - 2) in _OPEN_QUOTES and self._edition_name(i - 1)
                and self._is_cue(i - 4) and self._edition_name(i - 3)):
            cue = i - 4
        else:
            return False
        if EDITION_TWO_WORD_NAME and i + 1 < self.n and (self.b(i + 1) == W["min"] or self.s(i + 1) == W["min"]) and (
                cue < i - 2 or not (self.b(cue) in EVENT_YEAR_CUES or self.s(cue) in EVENT_YEAR_CUES)
                or self.b(cue) in _NEW_EDITION_CUES or self.s(cue) in _NEW_EDITION_CUES):
            return False  # a new path before "من": a count ("مهرجان جرش 2000 من الزوار")
        if EDITION_TWO_WORD_NAME and i + 1 < self.n and (
                (w := self.s(i + 1) or "") in _AFTER_EDITION_ONLY
                or w.startswith(("ال", "وال", "بال", "لل", "فال")) and len(w) > 3
                or _clitic_word(w, "بل") and not w.endswith("ه")
                or w[:1] == "و" and is_edition_cue(w[1:])):
            # "2022 المقررة في الكاميرون", "2025 إثر خسارته", "2015 للكرة الطائرة", "2026 وكأس
            # العالم" (no bare word after ب or ل: "2000 بلاغ", "2000 لوحة", "2000 باحث" count; review 69)
            return True
        return self._edition_after(i + 1, dual=self.s(cue) in _DUAL_EDITION_CUES)

    def _no_count_noun(self, j):
        """Whether the word at j cannot be the noun a count of 1950-2030 counts (PREP_YEAR_RELAXED)."""
        w = self.s(j) or ""
        if not w.isalpha() or len(w) < 2 or self.b(j) == W["min"] or w == W["min"] or self.unit(j) is not None:
            return False  # (not "و" before another number: "في 2000 و2500 حالة" is judged as a list)
        if self.base[j + 1] is DIGIT if j + 1 < self.n else False:
            return False  # a number after it: counts side by side ("قتل في 2000 وأصيب 1950 آخرون")
        bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
        if w in _COUNTED_NOUNS or bare in _COUNTED_NOUNS or bare[:1] == "م":
            return False  # (and the participles that name people: "شارك في 2000 متسابق")
        if listed_past_verb(bare) or listed_past_verb(w):
            return False  # a listed verb that is a noun too is judged by PREP_YEAR_VERB ("في 2000 سجل تجاري")
        # only a word that cannot be a bare counted noun (review 69: "في 2000 حادث سير", "في 2000
        # طعن", "حتى 2000 شيكل" count): a function word, a listed verb with a suffix ("وقعت"), a
        # word with و / ف before it ("وأصبح"), or with ب / ل / ك before a stem of four letters or more
        if w in _NO_COUNT_WORDS or bare in _NO_COUNT_WORDS:
            return True
        for cut in (1, 2):  # "وقعت", "اندلعوا" -> a listed verb with its suffix
            if len(bare) > cut + 2 and bare.endswith(("ت", "وا")[cut - 1]) and listed_past_verb(bare[:-cut]):
                return True
        if w.endswith(_COUNT_ENDINGS):
            return False
        return bare != w or _clitic_word(w, "بلك")

    def _is_cue(self, k):
        return is_edition_cue(self.b(k)) or is_edition_cue(self.s(k))

    def _edition_name(self, k):
        """A word that may name an edition between its cue and its year: a word, not a number,
        a preposition or a word of time ("الماضي", "نحو")."""
        return (self.base[k] is not DIGIT and (self.s(k) or "")[:1].isalpha()
                and self.b(k) not in _NOT_EDITION_NAMES)

    def _edition_after(self, j, dual=False):
        """What may follow an edition's year: the end, punctuation, a preposition, a relative
        pronoun or a conjunction -- not a counted noun ("2000 متفرج", "1980 صوتا")."""
        if j >= self.n:
            return True
        s = self.s(j) or ""
        if s == W["wa"] and j + 1 < self.n and self.base[j + 1] is DIGIT:
            # "2014 و2017" is a list of years only if the number after و is one too ("في 2000
            # و2500 حالة" counts)
            return self.digits(j + 1, 1900, 2099, width=(4,)) is not None and self._edition_after(j + 2)
        if not s[:1].isalpha():
            return True
        if dual and s[:1] == W["wa"] and len(s) > 2 and self.digits(j + 1, 1900, 2099, width=(4,)) is not None:
            return True  # "نسختي يوجين 2022 وبودابست 2023": after a dual, the other edition follows
        return self.b(j) in _AFTER_EDITION or s in _AFTER_EDITION

    def _prep_year_after(self, j):
        """What may follow a year after a preposition: what may follow an edition's year, and
        "حتى" ("منذ 2011 حتى اليوم"), but not "من" ("شارك في 1990 من العدائين": a count)."""
        if j < self.n and (self.b(j) == W["min"] or self.s(j) == W["min"]):
            return False
        if j < self.n and (self.b(j) == W["hatta"] or self.s(j) == W["hatta"]):
            return True
        if PREP_YEAR_VERB and j < self.n and _verb_or_link(self.s(j) or "", self.s(j + 1) or ""):
            # "وفي 2014 ألقي القبض عليها", "في 2019 قد ...": a verb follows a year, not a count
            return True
        if PREP_YEAR_COMPARED and j + 1 < self.n and self.s(j) in _COMPARED and (
                self.s(j + 1) == _WITH or self.s(j + 1) == _BI
                or (self.s(j + 1) or "").startswith("ب") and self.pre[j + 1] is not None):
            # "في 2016 مقارنة مع 4,1 بالمئة في 2015", "مقارنة بعام 2015", and "مقارنة بـ 4,1",
            # "مقارنةً بـ2022" (the tatweel and the tanween folded away, "ب" a token of its own)
            return True
        if j >= 2 and self.b(j - 2) == W["mundh"] and (self.s(j) or "")[:1].isalpha() and self.unit(j) is None:
            # after "منذ" a number counts only a unit of time ("منذ 2000 عام"): any other
            # word follows a year ("منذ 2001 استيراد السيارات")
            return True
        return self._edition_after(j)

    _DASHES = DASHES

    def _year_span(self, i, a):
        """The year at i (value ``a``) runs to a later year after a dash ("عام 2015-2018",
        "(2009 – 2019)", "1999- 2019"): (end token, last year), else None.  Both are years of
        1900-2099 at most a century apart, and a counted noun does not follow ("2000-2500
        دولار" is a count)."""
        if self.s(i + 1) not in self._DASHES:
            return None
        z = self.digits(i + 2, 1900, 2099, width=(4,))
        if z is None or not a < z <= a + 100 or not self._edition_after(i + 3):
            return None
        return i + 3, z

    @staticmethod
    def _years(i, j, first, last):
        """Tokens i..j, the years ``first`` to ``last`` (rule ``year_range``)."""
        return Match(i, j, "range", M.Range(M.CalendarDate(first), M.CalendarDate(last)), "year_range")

    def year_pair(self, i):
        """Two bare years joined by a range word or a dash after "من"/"منذ"/"بين" ("من 2009
        إلى 2019", "ما بين 2021 و2022", "ما بين 1999- 2019"): a range of years (a count range has no later second year
        of 1900-2099, or a counted noun after it: "من 1500 إلى 2000 شخص")."""
        a = self.digits(i + 1, 1900, 2099, width=(4,))
        if a is None:
            return None
        j = i + 2
        if self.s(j) in self._DASHES:  # "ما بين 1999- 2019"
            pass
        elif self.b(i) == W["bayn"]:
            if self.s(j) != W["wa"]:
                return None
        elif self.b(j := self._to_word(j)) not in _RANGE_TO:  # (also "من 2013، وحتى 2024")
            return None
        z = self.digits(j + 1, 1900, 2099, width=(4,))
        if z is None and YEAR_TO_NOW and self.b(i) != W["bayn"] and self.s(j) not in self._DASHES:
            # "من 2013 وحتى اليوم", "في الفترة من 2015 إلى الآن": from that year to the reference day
            now = self.point(j + 1)
            if now is not None and (now.kind == "now" or now.kind == "relative_day"
                                    and isinstance(now.meaning, M.DayOffset) and now.meaning.days == 0):
                return Match(i, now.j, "range", M.Range(M.CalendarDate(a), now.meaning), "year_to_now")
        if z is None or not a < z <= a + 100 or not self._edition_after(j + 2):
            return None
        return self._years(i, j + 2, a, z)

    def _plural_list_head(self, k):
        """Whether the year's number at k opens, or is listed after, a plural year word ("الأعوام
        2024، 2025 و 2026": PLURAL_YEAR_LIST), going back over numbers and commas or و."""
        while k >= 1 and self.base[k] is DIGIT:
            if self.b(k - 1) in YEARS_WORDS:
                return True
            if k >= 2 and (self.s(k - 1) in _LIST_COMMAS or self.s(k - 1) == W["wa"]):
                k -= 2
            else:
                return False
        return False

    def _listed_year(self, i):
        """The number at i follows "و" after a year ("2014 و2017", "عامي 2010 و2013", "أعوام
        2020 و2022 و2025") and may end a year (what may follow an edition's year)."""
        plural = PLURAL_YEAR_LIST and i >= 2 and self._plural_list_head(i - 2)
        if DUAL_YEAR_LIST and i >= 3 and self.s(i - 1) == W["wa"] and (
                self.b(i - 3) in _YEAR_DUALS or self.s(i - 3) in _YEAR_DUALS):
            plural = True  # "في سنتي 2027 و2028 خاصة": the dual names two years, whatever follows
        if i < 2 or (self.s(i - 1) != W["wa"] and not (plural and self.s(i - 1) in _LIST_COMMAS)) \
                or self.base[i - 2] is not DIGIT or not (plural or self._edition_after(i + 1)):
            return False  # (after a plural year word the numbers are years, whatever follows)
        for k in (i - 2, i - 3):  # the year's number, or the word before it ("عامي 2010")
            m = self.year(k) if k >= 0 else None
            if m is not None and m.j == i - 1 and m.meaning is not INVALID:
                return True
        return False

    def year(self, i, allow_number=False):
        b = self.b(i)
        if b in YEAR_WORDS:
            sp = self.spelled_number(i + 1)
            if sp is not None:
                j, cal = self._marker(sp[0], "gregorian")
                return Match(
                    i, j, "year", M.CalendarDate(sp[1], calendar=cal), "year_spelled"
                )
            if HIJRI_WORD_BEFORE_YEAR and self.b(i + 1) in _HIJRI_ADJECTIVES:
                a = i + 2 + (HIJRI_YEAR_ADJECTIVE and self.s(i + 2) in _CURRENT_NEW_ADJECTIVES)
                if (d := self.digits(a, 1300, 1600, width=(4,))) is not None and (
                        a == i + 2 or self._marker(a + 1, "hijri")[0] > a + 1 or self._edition_after(a + 1)):
                    # (after an adjective, not a count: "العام الهجري الجديد 1500 شخص")
                    # "العام الهجري 1446", "للسنة الهجرية 1446": the calendar's word before the number
                    # (and its marker after it, if any: "العام الهجري 1446 هـ"); "العام الهجري
                    # الحالي 1441": an adjective of the current or new year between (HIJRI_YEAR_ADJECTIVE)
                    return Match(i, self._marker(a + 1, "hijri")[0], "year", M.CalendarDate(d, calendar="hijri"),
                                 "hijri_word_year")
            d = self.digits(i + 1, 1, 3000)
            if d is not None:
                j, cal = self._marker(i + 2, "gregorian")
                if cal == "gregorian" and not 1000 <= d <= 2200 and not (
                    SHORT_YEAR_AFTER_WORD and d <= 999 and (
                        j > i + 2  # "عام 711 م", "سنة 680 ميلادية": the marker says it
                        or (len(self.sur[i + 1]) == 3 and d >= 100 and not b.startswith("ال")  # not "المدير العام 250.", "عام 050."
                            and (j >= self.n or self.sur[j] in _YEAR_END_MARKS))
                    )
                ):
                    return None
                if j == i + 2 and 1900 <= d <= 2099 and (sp := self._year_span(i + 1, d)) is not None:
                    # "عام 2015-2018", "السنوات 2015-2018": a span of years
                    return self._years(i, sp[0], d, sp[1])
                return Match(i, j, "year", M.CalendarDate(d, calendar=cal))
            return None
        if b in YEARS_WORDS:
            d = self.digits(i + 1, 1900, 2099, width=(4,))
            if d is not None and (sp := self._year_span(i + 1, d)) is not None:
                return self._years(i, sp[0], d, sp[1])
            if d is not None and (self.s(i + 2) == W["wa"] or self._edition_after(i + 2)
                                  or PLURAL_YEAR_LIST and self.s(i + 2) in _LIST_COMMAS
                                  and self.digits(i + 3, 1900, 2099, width=(4,)) is not None):
                return Match(i, i + 2, "year", M.CalendarDate(d), "year_list")
            return None
        d = self.digits(i, 1, 3000, width=(3, 4))
        if d is not None:
            j, cal = self._marker(i + 1, None)
            if cal is None:
                if allow_number and 1000 <= d <= 2200:
                    return Match(i, i + 1, "year", M.CalendarDate(d))
                if 1900 <= d <= 2099 and self.s(i - 1) == "(" and (sp := self._year_span(i, d)) is not None \
                        and self.s(sp[0]) == ")":
                    # "(2009 – 2019)": a span of years in brackets (a tenure, a life)
                    return self._years(i, sp[0], d, sp[1])
                if 1900 <= d <= 2099 and self._event_year_cue(i):
                    # "نسخة 1996", "مونديال 2022", "أولمبياد طوكيو 2020": the year names an edition
                    return Match(i, i + 1, "year", M.CalendarDate(d), "event_year")
                if 1900 <= d <= 2099 and i >= 1 and self.b(i - 1) in PREP_YEAR_CUES and (
                        self._prep_year_after(i + 1)
                        or PREP_YEAR_RELAXED and 1950 <= d <= 2030 and self._no_count_noun(i + 1)):
                    # "منذ 2011", "في 2012.": a year after a preposition of time
                    return Match(i, i + 1, "year", M.CalendarDate(d), "prep_year")
                if 1900 <= d <= 2099 and self._listed_year(i):
                    # "في عامي 2010 و2013", "نهائي 2014 و2017": a year joined to a year
                    return Match(i, i + 1, "year", M.CalendarDate(d), "year_list")
                return None
            if cal == "gregorian" and not 1000 <= d <= 2200 and not (i >= 1 and self.b(i - 1) in YEAR_WORDS):
                return None  # "سباق 3000م موانع", "800م": metres, not a year (but "عام 622م")
            return Match(i, j, "year", M.CalendarDate(d, calendar=cal))
        return None
