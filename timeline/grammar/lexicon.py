"""The grammar's lexicon: every word table of :mod:`timeline.lang.ar` (and its dialect
overrides, :mod:`timeline.lang.ar_dialects`) folded the way text is, the surface -> base
lexicon with clitics, the tokenizer, and the phrase indexes the rules look words up in.
Data only: no rule here.
"""

from __future__ import annotations

import re

from ..lang import ar, ar_dialects
from ..normalize import fold

# ----------------------------------------------------------------------------------------
# Lexicon
# ----------------------------------------------------------------------------------------
_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "لل")
_BLOCKED_SURFACES = {
    fold(w) for w in ("باب", "بعده", "بعدة", "لست", "وست", "فست", "كست", "لسبع")
}


#: Whether the ordinals of the nth-day rules ("ثاني", "ثالث", "رابع", "خامس", "ثان") are split from
#: their proclitics as "أول" and "آخر" are ("وثاني أيام عيد الفطر" = the feast's second day;
#: before, "وثاني" was one unknown word and the whole feast was read).
NTH_CLITICS = True
#: Whether the "starting from" words (``lang/ar.STARTING_FROM``) carry their proclitics as
#: other compound words do ("وابتداء من الأحد يسري القرار" = from the coming Sunday, as
#: "ابتداء من الأحد"; it was the last Sunday, its "from" lost).  Read by the rule when it
#: runs (``recognize._Parser.top``), so it can be switched at run time.
FROM_CLITICS = True


def _f(words):
    return {fold(w) for w in words}


def nisba(word: str) -> bool:
    """Whether a folded word has the shape of a definite adjective of relation ("الكوري",
    "الهجريه"): the article, and ي or يه (ية folded) at its end."""
    return word.startswith("ال") and word.endswith(("ي", "يه"))


def _fd(d):
    return {fold(k): v for k, v in d.items()}


MONTHS: dict[tuple[str, ...], tuple[int, str]] = {}
for _w, _m, _sys in ar.GREGORIAN_MONTHS:
    MONTHS[tuple(fold(_w).split())] = (_m, _sys)
for _w, _m in ar.HIJRI_MONTHS:
    MONTHS[tuple(fold(_w).split())] = (_m, "hijri")
#: Egypt's short Hijri names ("جمادى أول"), kept apart for the switch dates.EGYPTIAN_SHORT_HIJRI
HIJRI_MONTHS_SHORT = {tuple(fold(_w).split()): _m for _w, _m in ar.HIJRI_MONTHS_SHORT}
HIJRI_MONTHS_SHORT_AMBIGUOUS = {tuple(fold(_w).split()) for _w in ar.HIJRI_MONTHS_SHORT_AMBIGUOUS}
MONTH_FIRST_WORDS = {k[0] for k in MONTHS} | {k[0] for k in HIJRI_MONTHS_SHORT}
AMBIGUOUS_MONTHS = _f(ar.AMBIGUOUS_MONTHS)
WEEKDAYS = _fd(dict(ar.WEEKDAYS))
AMBIGUOUS_WEEKDAYS = _f(ar.AMBIGUOUS_WEEKDAYS)
RELATIVE_DAYS = _fd({**ar.RELATIVE_DAYS, **ar_dialects.RELATIVE_DAYS})
VERBS_LIKE_DAY_WORDS = _f(ar.VERBS_LIKE_DAY_WORDS)
RELATIVE_DAY_PHRASES = {
    tuple(fold(k).split()): v
    for k, v in {**ar.RELATIVE_DAY_PHRASES, **ar_dialects.RELATIVE_DAY_PHRASES}.items()
}
_RELATIVE_PHRASE_LENGTHS = sorted({len(k) for k in RELATIVE_DAY_PHRASES}, reverse=True)
PREVIOUS_DAY_WORDS = _f(ar.PREVIOUS_DAY_WORDS)
NOW_WORDS = {tuple(fold(w).split()): True for w in (*ar.NOW_WORDS, *ar_dialects.NOW_WORDS)}
DEICTIC_FALLBACK = _f(ar.DEICTIC_FALLBACK)
FIRST_DAY_WORDS = _f(ar.FIRST_DAY_WORDS)
FIRST_OF_MONTH = fold(ar.FIRST_OF_MONTH)
EQUIVALENT_PLURAL = _f(ar.EQUIVALENT_PLURAL)
DAY_LIST_WORDS = _f(ar.DAY_LIST_WORDS)
FIRST_OF_MONTH_DAYS = _f(ar.FIRST_OF_MONTH_DAYS)
WEEKDAYS_BARE = _fd(ar.WEEKDAYS_BARE)
NAMED_DAYS = {
    tuple(fold(k).split()): (fold(k), v)
    for k, v in sorted(ar.NAMED_DAYS.items(), key=lambda kv: -len(kv[0].split()))
}
NIGHT_DAYS = _f(ar.NIGHT_DAYS)
HAJJ_DAY_NAMES = _f(ar.HAJJ_DAYS)
EASTER_DAY_NAMES = _f(ar.EASTER_DAYS)
EASTER_NOT_AFTER = _f(ar.EASTER_NOT_AFTER)
SPAN_ONLY_DAYS = _f(ar.SPAN_ONLY_DAYS)
OTHER_NEW_YEARS = _f(ar.OTHER_NEW_YEARS)
OTHER_NEW_YEARS_NO_DAY = _f(ar.OTHER_NEW_YEARS_NO_DAY)
#: a named new year -> (lowest, highest, years to add) of its own era (ar.OTHER_NEW_YEAR_ERAS,
#: keyed by the name's last word or the whole name)
OTHER_NEW_YEAR_ERAS = {
    fold(name): next(v for k, v in ar.OTHER_NEW_YEAR_ERAS.items() if k == name or name.endswith(" " + k))
    for name in ar.OTHER_NEW_YEARS
    if any(k == name or name.endswith(" " + k) for k in ar.OTHER_NEW_YEAR_ERAS)
}
NAMED_DAY_ADJECTIVES = _f(ar.NAMED_DAY_ADJECTIVES)
HOLIDAY_SPAN_WORDS = _f(ar.HOLIDAY_SPAN_WORDS)
THOUSANDS = _fd(ar.THOUSANDS)
HUNDREDS = _fd(ar.HUNDREDS)
HALF_WORDS = _fd(ar.HALF_WORDS)
WHOLE_WORDS = _f(ar.WHOLE_WORDS)
EVERY = fold(ar.EVERY)
FREQUENCY_ADVERBS = {tuple(fold(k).split()): v for k, v in ar.FREQUENCY_ADVERBS.items()}
OFFSET_FROM = _f(ar.OFFSET_FROM)
EVENT_ANCHORS = _f(ar.EVENT_ANCHORS)
CLAUSE_BREAKS = _f(ar.CLAUSE_BREAKS)
_RELATIVE_PHRASE_FIRST = {k[0] for k in RELATIVE_DAY_PHRASES}
DEMONSTRATIVES = _f(ar.DEMONSTRATIVES)
#: demonstratives that make "اليوم" the day last mentioned: "ذلك اليوم", "نفس اليوم", "ذات اليوم"
SAME_DAY_DEMONSTRATIVES = DEMONSTRATIVES - _f({"تلك"})
ANAPHORIC_DAYS = _fd(ar.ANAPHORIC_DAYS)
ANAPHORIC_FOLLOWING = {(fold(a), fold(b)): n for (a, b), n in ar.ANAPHORIC_FOLLOWING.items()}
ANAPHORIC_PERIOD_NEXT = _f(ar.ANAPHORIC_PERIOD_NEXT)
MAGHREB_FOLLOWING_WORDS = _f(ar.MAGHREB_FOLLOWING_WORDS)
DAY_NAME_ADJECTIVES = _f(ar.DAY_NAME_ADJECTIVES)
NUMBER_WORDS = _fd(ar.NUMBER_WORDS)
TEEN_FIRST = _fd(ar.TEEN_FIRST)
TEEN_SECOND = _f(ar.TEEN_SECOND)
VAGUE_COUNTS = _f(ar.VAGUE_COUNTS)
APPROXIMATORS = _f(ar.APPROXIMATORS)
MORE_THAN = _f(ar.MORE_THAN)
APPROX_PHRASES = {tuple(fold(w) for w in k): v for k, v in ar.APPROX_PHRASES.items()}
SHORT_WHILE = _f(ar.SHORT_WHILE)
ORDINALS = _fd(ar.ORDINALS)
#: the feminine ordinals ("الثانية", "الأولى"): a day of the month is masculine
FEMININE_ORDINALS = frozenset(fold(w) for w in ar.ORDINALS if w.endswith(("ة", "ى")))
#: the ordinals one to ten by gender (ar.ORDINAL_PAIRS): "الخميس الأول", "الجمعة الثانية"
MASCULINE_ORDINALS_TO_TEN = {fold(m): n for n, m, _ in ar.ORDINAL_PAIRS}
FEMININE_ORDINALS_TO_TEN = {fold(f): n for n, _, f in ar.ORDINAL_PAIRS}
#: ... and the masculine ones from two without their article, in the construct state before
#: a noun: "ثالث يوم من شهر عشرة", "عاشر يوم من رمضان"
CONSTRUCT_ORDINALS = {w[2:]: n for w, n in MASCULINE_ORDINALS_TO_TEN.items() if n >= 2}
ORDINAL_TEEN_SECOND = _f(ar.ORDINAL_TEEN_SECOND)
ORDINAL_TENS = _fd(ar.ORDINAL_TENS)
UNITS = _fd(ar.UNITS)
PLURAL_UNITS = _f(ar.PLURAL_UNITS)
DURATION_CUES = _f(ar.DURATION_CUES)
LASTING_VERBS = _f(ar.LASTING_VERBS)
_ALL_PAST = ar.PAST_MODIFIERS | ar_dialects.PAST_MODIFIERS
_ALL_NEXT = ar.NEXT_MODIFIERS | ar_dialects.NEXT_MODIFIERS
PAST_MODS = _f(w for w in _ALL_PAST if " " not in w)
CURRENT_MODS = _f(ar.CURRENT_MODIFIERS)
NEW_MODS = _f(ar.NEW_MODIFIERS)
NEXT_MODS = _f(w for w in _ALL_NEXT if " " not in w)
#: the masculine singular modifiers (one word), as a month's ("الشهر" left out: "يوم 17 الجاري",
#: "في 24 الماضي"): word -> the month's offset from the reference's
MONTH_BY_MODIFIER = {
    w: off for mods, off in ((PAST_MODS, -1), (CURRENT_MODS, 0), (NEXT_MODS, 1))
    for w in mods if not w.endswith(("ه", "ين", "ان"))  # not الماضية، الماضيين، الماضيتين، الماضيان
    and w != fold("الأخير")  # the last one of something: "في 2 الأخير"
}
# multi-word modifiers ("اللي فات"): word tuple -> "past" / "next"
MOD_PHRASES = {tuple(fold(w).split()): "past" for w in _ALL_PAST if " " in w}
MOD_PHRASES.update({tuple(fold(w).split()): "next" for w in _ALL_NEXT if " " in w})
DEMONSTRATIVE_CURRENT = _f(ar.DEMONSTRATIVE_CURRENT)
PERIOD_NOUNS = _fd(ar.PERIOD_NOUNS)
PART_WORDS = _fd(ar.PART_WORDS)
DAY_PARTS = {tuple(fold(k).split()): v for k, v in ar.DAY_PARTS.items()}
CLOCK_PERIODS = {
    tuple(fold(k).split()): v
    for k, v in {**ar.CLOCK_PERIODS, **ar_dialects.CLOCK_PERIODS}.items()
}
CLOCK_WORDS = _f(ar.CLOCK_WORDS)
CLOCK_FRACTIONS = {tuple(fold(k).split()): v for k, v in ar.CLOCK_FRACTIONS.items()}
TONIGHT = _f(ar.TONIGHT)
YEAR_WORDS = _f(ar.YEAR_WORDS)
YEARS_WORDS = _f(ar.YEARS_WORDS)
# the season nouns with their clitics, as written ("لموسم", "للموسم", "والموسم"): not lexicon bases,
# which would make them an edition's cue ("لموسم 2025") for the year rule too
SEASON_YEAR_NOUNS = frozenset(
    p + n for n in _f(ar.SEASON_YEAR_NOUNS) for p in ("", "و", "ف", "ب", "وب", "فب")
) | frozenset(p + n[2:] for n in _f(ar.SEASON_YEAR_NOUNS) if n.startswith("ال") for p in ("لل", "ولل", "فلل")) \
  | frozenset(p + n for n in _f(ar.SEASON_YEAR_NOUNS) if not n.startswith("ال") for p in ("ل", "ول", "فل"))
SEASON_YEAR_WORDS = _f(ar.SEASON_YEAR_ADJECTIVES) | _f(ar.SEASON_YEAR_MODIFIERS)
SEASON_YEAR_ADJECTIVES = _f(ar.SEASON_YEAR_ADJECTIVES)
OTHER_CALENDAR_YEAR_ADJECTIVES = _f(ar.OTHER_CALENDAR_YEAR_ADJECTIVES)
EVENT_YEAR_CUES = _f(ar.EVENT_YEAR_CUES)
PREP_YEAR_CUES = _f(ar.PREP_YEAR_CUES)
#: "the same" before or after العام / السنة / الشهر ("نفس العام", "العام نفسه", "السنة ذاتها")
SAME_BEFORE = _f(ar.SAME_YEAR_BEFORE)
SAME_AFTER = _f(ar.SAME_YEAR_AFTER)
SEASON_WORDS = _fd(ar.SEASON_WORDS)
SEASON_NOUN = fold(ar.SEASON_NOUN)
HIJRI_MARKERS = _f(ar.HIJRI_MARKERS)
GREGORIAN_MARKERS = _f(ar.GREGORIAN_MARKERS)
DECADES = _fd(ar.DECADES)
AGE_WORDS = frozenset(fold(w) for w in ar.AGE_WORDS)
PERSON_NOUNS = frozenset(fold(w) for w in ar.PERSON_NOUNS)
GENERAL_TITLES = frozenset(fold(w) for w in ar.GENERAL_TITLES)
NAMING_NOUNS = frozenset(fold(w) for w in ar.NAMING_NOUNS)
NAMING_EVENTS = frozenset(fold(w) for w in ar.NAMING_EVENTS)
NAMING_EVENTS_ANY_DAY = frozenset(fold(w) for w in ar.NAMING_EVENTS_ANY_DAY)
NAMING_EVENT_DAYS = frozenset(ar.NAMING_EVENT_DAYS)
NAMING_COUNTERPARTS = frozenset(fold(w) for w in ar.NAMING_COUNTERPARTS)
#: Quotation marks that open and close a quoted word ("«"الغد"»", "بعد سنوات من "الإخفاء القسري"").
OPEN_QUOTES = frozenset({'"', "«", "“"})
CLOSE_QUOTES = frozenset({'"', "»", "”"})
NAMING_PLACES = frozenset(fold(w) for w in ar.NAMING_PLACES)
NAMING_ORDINALS = frozenset(fold(w) for w in ar.NAMING_ORDINALS)
NAMING_DISTRICTS = frozenset(fold(w) for w in ar.NAMING_DISTRICTS)
NAMING_POLICE = frozenset(fold(w) for w in ar.NAMING_POLICE)
CASE_NAME_CUES = frozenset(fold(w) for w in ar.CASE_NAME_CUES)
SINGULAR_DAY_MODIFIERS = frozenset(fold(w) for w in ar.SINGULAR_DAY_MODIFIERS)
WATCH_TRADE_NOUNS = frozenset(fold(w) for w in ar.WATCH_TRADE_NOUNS)
WATCH_MAKER_NOUNS = frozenset(fold(w) for w in ar.WATCH_MAKER_NOUNS)
NAMING_QUARTER = frozenset(fold(w) for w in ar.NAMING_QUARTER)
NAMING_QUARTER_FORMS = frozenset(fold(w) for w in ar.NAMING_QUARTER_FORMS)
NAMING_QUARTER_YEAR_FORMS = frozenset(fold(w) for w in ar.NAMING_QUARTER_YEAR_FORMS)
NAMING_QUARTER_AFTER = frozenset(fold(w) for w in ar.NAMING_QUARTER_AFTER)
ANNIVERSARY_WORDS = frozenset(fold(w) for w in ar.ANNIVERSARY_WORDS)
DECADES.update({k[2:]: v for k, v in list(DECADES.items()) if k.startswith("ال")})
CENTURY = fold(ar.CENTURY_WORD)
EQUIVALENT = _f(ar.EQUIVALENT)
CALENDAR_GLOSS_PREPS = _f(ar.CALENDAR_GLOSS_PREPS)
CALENDAR_GLOSS_NOUNS = _f(ar.CALENDAR_GLOSS_NOUNS)
CALENDAR_GLOSS_NAMES = frozenset(tuple(fold(w).split()) for w in ar.CALENDAR_GLOSS_NAMES)
CALENDAR_ADVERBS = _f(ar.CALENDAR_ADVERBS)
ZONE_ABBREVIATIONS = frozenset(tuple(fold(w).split()) for w in ar.ZONE_ABBREVIATIONS)
CLOCK_HOUR_MARKS = _f(ar.CLOCK_HOUR_MARKS)
CLOCK_MINUTE_MARKS = _f(ar.CLOCK_MINUTE_MARKS)
DAY_PART_ADVERBS = {
    tuple(fold(k).split()): tuple(fold(v).split())
    for k, v in ar.DAY_PART_ADVERBS.items()
}
DAY_PART_PERIOD = {tuple(fold(k).split()): v for k, v in ar.DAY_PART_PERIOD.items()}
SPAN_FILLERS = _f(ar.SPAN_FILLERS)
YEAR_FRACTION_WORDS = _fd(ar.YEAR_FRACTION_WORDS)
YEAR_FRACTION_ORDINALS = _fd(ar.YEAR_FRACTION_ORDINALS)
CLOCK_HOUR_ORDINALS = {
    k: v for k, v in ORDINALS.items() if k.endswith("ه") and v <= 12
}  # الخامسة
FUTURE_WORDS = _f(ar.FUTURE_WORDS)
EXPECTED_WORDS = _f(ar.EXPECTED_WORDS)
BALL_FORMS = _f(ar_dialects.BALL_FORMS)
BALL_ADJECTIVES = _f(ar_dialects.BALL_ADJECTIVES)
BALL_GAMES = _f(ar_dialects.BALL_GAMES)
BALL_GAMES_WITH_TEAM = _f(ar_dialects.BALL_GAMES_WITH_TEAM)
BALL_TEAM_STEMS = tuple(fold(w) for w in ar_dialects.BALL_TEAM_STEMS)
NOT_FUTURE_S = tuple(fold(w) for w in ar.NOT_FUTURE_S)
NOT_FUTURE_WORDS = frozenset(fold(w) for w in ar.NOT_FUTURE_WORDS)
W = {k: fold(v) for k, v in ar.FUNCTION_WORDS.items()}

_ALA, _HADI, _ISHRIN, _ALSAA = (
    fold("على"),
    fold("الحادي"),
    fold("العشرين"),
    fold("الساعة"),
)
_MADA = _f(("مدى", "مدار"))
_ONE = _f(("واحد", "واحدة", "واحدا"))  # ("يوما واحدا": the accusative)
_PLURAL_ADJECTIVES = _f(ar.PLURAL_ADJECTIVES)
_DAY_ADJECTIVES = _f(w for w in ar.DAY_ADJECTIVES if " " not in w)
_AN = fold("أن")
_DAY_MONTH_CUES = _f(ar.DAY_MONTH_CUES)
_DATE_WORD_CUES = _f(ar.DATE_WORD_CUES)
_NUMERAL_CONTEXT = _f(("بين", "كلا", "كلتا", "هذين", "هذان", "أن", "إن", "لكن"))
_NUMERAL_AFTER = _f(("معا", "معًا", "كليهما", "منهما"))
_RANGE_TO = {W["ila"], W["hatta"], W["lighayat"]}
# dashes between the ends of a range or around a dateline's outlet ("2015- 2018", "-الغد-")
DASHES = ("-", "–", "—")
MA_WORD = fold("ما")
# the preposition ل written apart before a number ("الموافق لـ17", "الموافق ل 17")
LI_FORMS = frozenset({"ل", "لـ"})
_AGO = {W["qabl"], W["mundh"]}
_WITHIN = _f(ar.WITHIN)
#: the dual construct of "شهر" before two months: "(بين) شهري مارس وأبريل" (dates.MONTH_LIST; a
#: month cue only before such a list: dates._month_cue)
MONTHS_DUAL = fold("شهري")
_MONTH_CUES = _f(("في", "خلال", "منذ", "حتى", "قبل", "بعد", "شهر", "لغاية")) | {
    fold(w) for w in ar.PART_WORDS
}

# Every base form the parsers look up; the lexicon maps each surface with clitics to it.
_BASES: set[str] = set()
for _d in (
    WEEKDAYS,
    RELATIVE_DAYS,
    ANAPHORIC_DAYS,
    NUMBER_WORDS,
    TEEN_FIRST,
    ORDINALS,
    ORDINAL_TENS,
    UNITS,
    PERIOD_NOUNS,
    PART_WORDS,
    DECADES,
    YEAR_FRACTION_WORDS,
    SEASON_WORDS,
):
    _BASES.update(_d)
for _s in (
    ANAPHORIC_PERIOD_NEXT,
    DAY_NAME_ADJECTIVES,
    VAGUE_COUNTS,
    APPROXIMATORS,
    MORE_THAN,
    DURATION_CUES,
    PAST_MODS,
    CURRENT_MODS,
    NEXT_MODS,
    DEMONSTRATIVE_CURRENT,
    CLOCK_WORDS,
    TONIGHT,
    YEAR_WORDS,
    HIJRI_MARKERS,
    GREGORIAN_MARKERS,
    EQUIVALENT,
    MONTH_FIRST_WORDS,
    {SEASON_NOUN},
):
    _BASES.update(_s)
for _k in (
    list(RELATIVE_DAY_PHRASES)
    + list(DAY_PARTS)
    + list(CLOCK_PERIODS)
    + list(NOW_WORDS)
    + list(MOD_PHRASES)
):
    _BASES.add(_k[0])
_BASES.update(
    PREVIOUS_DAY_WORDS | DEICTIC_FALLBACK | FIRST_DAY_WORDS | set(WEEKDAYS_BARE)
)
_BASES.update(
    {k[0] for k in NAMED_DAYS}
    | {k[0] for k in FREQUENCY_ADVERBS}
    | HOLIDAY_SPAN_WORDS
    | NAMED_DAY_ADJECTIVES
)
_BASES.update(set(THOUSANDS) | set(HUNDREDS) | set(HALF_WORDS) | WHOLE_WORDS | {EVERY})
# the ordinals of "ثاني أيام العيد", "ثالث جمعة من رمضان": with their clitics too ("وثاني أيام
# عيد الفطر" is the ordinal with و; before, only "أول" / "آخر", which other tables hold, were split)
if NTH_CLITICS:
    _BASES.update(fold(k) for k in ar.NTH_WORDS)
_BASES.update(W.values())
_BASES.update(DAY_LIST_WORDS | EQUIVALENT_PLURAL | {MONTHS_DUAL})
_BASES.update(_f(("مدى", "مدار", "على")))
_BASES.update(_f(("غداة", "عشية")))  # "وغداة تعليق الرحلات" (rule eve_morrow)
_BASES.update(_f(ar.ANNIVERSARY_NOUNS))  # "والذكرى الخامسة", "بالذكرى 62" (rule anniversary)
# "وابتداء من الأحد", "واعتبارا من 1 يناير", "فبدءا من الغد": "starting from" with its و / ف
# (the rule reads the clitic forms only with FROM_CLITICS, checked when it runs)
_BASES.update(_f(ar.STARTING_FROM))
# words whose definite forms (with ال) are also looked up: numbers and units ("الأيام الثلاثة")
_DEFINABLE = set(NUMBER_WORDS) | set(UNITS) | set(TEEN_FIRST)

LEXICON: dict[str, tuple[str, str]] = {}  # surface -> (base, prefix)


def _add(surface: str, base: str, prefix: str) -> None:
    if surface in _BLOCKED_SURFACES or len(surface) < 2:
        return
    LEXICON.setdefault(surface, (base, prefix))


for _b in sorted(_BASES):
    LEXICON[_b] = (_b, "")
# Clitic forms of words that carry the article come first, so "فالأسبوع" is الأسبوع with ف
# rather than the unit أسبوع with فال.
for _b in sorted(_BASES):
    if _b.startswith("ال"):
        for _c in ("و", "ف", "ب", "ك", "وب", "فب", "وك"):
            _add(_c + _b, _b, _c)
        for _c in ("ل", "ول", "فل"):
            _add(_c + _b[1:], _b, _c)  # ل + ال -> لل
for _b in sorted(_BASES):
    if not _b.startswith("ال") and len(_b) >= 2:
        for _c in _CLITICS[:-1]:
            _add(_c + _b, _b, _c)
        if _b in _DEFINABLE:
            for _c in ("ال", "وال", "بال", "فال", "لل", "ولل"):
                _add(_c + _b, _b, _c)

DIGIT = "\x00#"  # base of a digit token (no token can have this surface)
_BASE_OF = {surface: base for surface, (base, _prefix) in LEXICON.items()}
# Arabic letter runs; digits; other-script letter runs (kept apart from Arabic ones); any
# other single non-space character.  The classes are disjoint, so the order of the
# alternatives and the possessive "++" (no backtracking into a run) change nothing but
# the speed: the commonest token is tried first and its run is never re-scanned.
TOKEN_RE = re.compile(
    r"[\u0621-\u064a\u066e-\u06d3]++|[0-9]++|[^\W\d_\u0600-\u06ff]++|\S"
)
# For re.split, with the tokens captured.  The leading "(?! )" matches nothing new (no
# token starts with a space) but lets the engine pass over the commonest gap, one space,
# without trying each alternative: a quarter less time on news text.
_SPLIT_RE = re.compile("(?! )(" + TOKEN_RE.pattern + ")")


def _by_first(table: dict) -> dict:
    """A phrase table (word tuple -> value) indexed by its first word, in table order:
    first word -> ((rest of the words, value), ...)."""
    index: dict = {}
    for key, v in table.items():
        index.setdefault(key[0], []).append((key[1:], v))
    return {first: tuple(entries) for first, entries in index.items()}


_DAY_PART_ADVERBS_AT = _by_first(DAY_PART_ADVERBS)
_CLOCK_FRACTIONS_AT = _by_first(CLOCK_FRACTIONS)
_CLOCK_PERIODS_AT = _by_first(CLOCK_PERIODS)
_NOW_AT = _by_first(NOW_WORDS)
_NAMED_AT = _by_first(NAMED_DAYS)  # longest names first (NAMED_DAYS is sorted so)
_FREQUENCY_AT = _by_first(FREQUENCY_ADVERBS)
_COUNT_FIRST = (
    {DIGIT, W["al"]} | set(NUMBER_WORDS) | set(TEEN_FIRST) | VAGUE_COUNTS
)  # see count()


_MONTH_LENGTHS = sorted({len(k) for k in MONTHS}, reverse=True)

NTH_WORDS = {fold(k): v for k, v in ar.NTH_WORDS.items()}
STARTING_FROM = _f(ar.STARTING_FROM)
_RELATIVE_PHRASES_AT = _by_first(dict(sorted(RELATIVE_DAY_PHRASES.items(), key=lambda kv: -len(kv[0]))))
__all__ = [
    n
    for n in list(globals())
    if not n.startswith("__")
    and n not in ("annotations", "re", "ar", "ar_dialects", "fold")
]
