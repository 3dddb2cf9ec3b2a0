"""Event stage: sentences, clauses, predicates, numbers, key terms, dating.

Dating tests use hand-built Mentions/Values (not the engine) so that they test how a
clause picks the expression that governs it; expected values are worked out by hand.
"""

from datetime import date, datetime

import pytest

from timeline.events import (
    extract_numbers,
    find_frames,
    find_predicates,
    fold_word,
    frame_value,
    future_context,
    learn_places,
    split_segments,
    split_sentences,
    tokenize,
)
from timeline.values import Mention, Value


def _mention(text, sub, value, kind="relative_day", occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(sub, start + 1)
    return Mention(start, start + len(sub), sub, kind, None, value)


def _labels(text):
    return [h.label for h in find_predicates(tokenize(text))]


# -- folding and tokens -------------------------------------------------------------------
def test_fold_word_hamza_diacritics_digits_keep_ta_marbuta():
    assert fold_word("أسرت") == "اسرت"
    assert fold_word("شنَّ") == "شن"
    assert fold_word("٣٠٠") == "300"
    assert fold_word("أسرة") == "اسرة"  # "family" stays apart from أسره "captured him"


# -- sentences and segments -----------------------------------------------------------------
def test_sentences_split_on_periods_and_newlines_not_inside_dates_or_numbers():
    text = "وصلوا أمس. ثم قتل 2.5 منهم\nسطر آخر"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["وصلوا أمس", "ثم قتل 2.5 منهم", "سطر آخر"]


def test_sentences_never_cut_a_protected_span():
    text = "في 19. 2. 2018 وصلوا"
    spans = split_sentences(text, protect=[(3, 14)])
    assert [text[s:e] for s, e in spans] == [text]


def test_segments_cut_at_commas_and_clause_openers():
    text = "سيطر التنظيم على القرية، بعد أن فتح النظام ممرا الذي يصل إلى إدلب"
    segs = split_segments(text, 0, len(text))
    got = [(text[s.start : s.end], s.kind) for s in segs]
    assert got == [
        ("سيطر التنظيم على القرية", "main"),
        ("بعد أن فتح النظام ممرا", "after"),
        ("الذي يصل إلى إدلب", "relative"),
    ]


def test_fima_baad_is_not_an_after_clause():
    text = "يقوم التنظيم بتسليم القرى فيما بعد للنظام"
    assert [s.kind for s in split_segments(text, 0, len(text))] == ["main"]


def test_split_sentences_rejects_non_str():
    with pytest.raises(TypeError):
        split_sentences(b"bytes")


# -- predicates -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,label",
    [
        ("أسرت قوات المعارضة 400 عنصر", "capture"),
        ("وأسروا عشرة", "capture"),  # conjunction clitic
        ("قمنا بأسر حوالي 400 عنصر", "capture"),  # preposition clitic on the masdar
        ("استسلم قرابة 300 مقاتل", "surrender"),
        ("٣٠٠ عنصر من داعش يستسلمون", "surrender"),
        ("قام أكثر من 400 مقاتل بتسليم أنفسهم", "surrender"),  # phrase
        ("سيطر عناصر التنظيم على قرى", "seize"),
        ("أن السيطرة على الخوين جاءت", "seize"),  # masdar + على
        ("فتحت له قوات النظام طريقا", "open_corridor"),  # verb + object 3 words on
        ("الذين منحوه ممراً في الأمس", "open_corridor"),
        ("الذين وصلوا المنطقة بالأمس", "arrive"),
        ("أعلنت الفصائل", "announce"),
        ("تجددت الاشتباكات صباح اليوم", "clash"),
        ("انسحب النظام منها", "withdraw"),
        ("شكّلتها فصائل الجيش الحر", "form"),
    ],
)
def test_predicates_with_inflections_and_clitics(text, label):
    assert label in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "مناطق سيطرة الأسد",  # a noun of state, not a seizure
        "بشكل كامل",  # بـ + شكل "manner", not "formed"
        "الوصول إلى اتفاق",  # reaching an agreement is not arriving
        "خلال محاولتهم دخول المنطقة",  # an attempt
        "لم يستسلم المقاتلون",  # negated
        "دون اشتباك بينهم",
        "تنظيم الدولة عبر ممرات",  # عبر "via" is not a crossing
    ],
)
def test_not_predicates(text):
    assert _labels(text) == []


# -- numbers ------------------------------------------------------------------------------------
def test_numbers_arabic_indic_and_people_counts():
    numbers, counts = extract_numbers(tokenize("٣٠٠ عنصر من داعش بينهم 80 جريحا وممر بطول 30 كيلو"))
    assert numbers == [300, 80, 30]
    assert counts == [(300, 300), (80, 80)]  # 30 km is not a count of people


def test_numbers_words_duals_and_vague_counts():
    numbers, counts = extract_numbers(tokenize("أسرت عنصرين وقتلت ثلاثة وأسر العشرات وثمانية عناصر"))
    assert 2 in numbers and 3 in numbers and 8 in numbers
    assert (2, 2) in counts and (8, 8) in counts and (10, 99) in counts


def test_number_followed_by_min_and_a_people_noun_is_a_count():
    _, counts = extract_numbers(tokenize("قتل ما لا يقل عن 15 من عناصر التنظيم"))
    assert counts == [(15, 15)]


# -- future context --------------------------------------------------------------------------------
def test_future_context():
    t = "ستجرى الانتخابات في 10 آذار 2018"
    assert future_context(t, 0, len(t))
    t2 = "سيطر التنظيم على القرية في 10 شباط 2018"  # سيطر is not a future verb
    assert not future_context(t2, 0, len(t2))


# -- frames: key terms and dating ---------------------------------------------------------------------
def test_places_variants_share_a_key_and_groups_normalize():
    t1 = "وأوضح أنهم سيطروا خلال العملية على قرى \"أم حلاحل\" و\"هوين\" و\"الزرزور\" في الريف الجنوبي من إدلب."
    t2 = "سيطر عناصر تنظيم الدولة على قرى الخلاخيل والزرزور والخوين في ريف إدلب."
    f1 = find_frames(t1, [])[0]
    f2 = find_frames(t2, [])[0]
    assert set(f1.place_keys) == set(f2.place_keys)  # هوين = الخوين, أم حلاحل = الخلاخيل
    assert len(f1.place_keys) == 3
    assert f2.groups == ("داعش",)  # تنظيم الدولة is داعش
    assert f1.regions == ("إدلب",) and f2.regions == ("إدلب",)


def test_learned_places_are_found_bare_elsewhere():
    known = learn_places("سيطر التنظيم على قرية الخوين.")
    t = 'أن السيطرة على "الخوين" جاءت بعد معارك.'
    f = find_frames(t, [], known_places=known)[0]
    assert f.predicate == "seize" and f.places == ("الخوين",)


def test_organization_anaphor_refers_to_the_named_organization():
    t = "دخل عناصر تنظيم داعش إلى المنطقة. ثم سيطر عناصر التنظيم على قرية الخوين."
    frames = find_frames(t, [])
    seize = [f for f in frames if f.predicate == "seize"][0]
    assert "داعش" in seize.groups and seize.agent == "isis"


def test_dating_own_expression_in_the_clause():
    t = "أسرت قوات المعارضة اليوم الثلاثاء، 400 عنصرا من داعش."
    tue = Value.day(date(2018, 2, 13))
    m = _mention(t, "اليوم الثلاثاء", tue)
    f = find_frames(t, [m], "d")[0]
    assert (f.predicate, f.dating, f.date_text) == ("capture", "own", "اليوم الثلاثاء")
    assert f.numbers == (400,) and f.counts == ((400, 400),)  # the number past the comma belongs to it
    v, lo, hi = frame_value(f, {(m.start, m.end): m}, date(2018, 2, 13))
    assert v == tue and (lo, hi) == (tue.start, tue.end)


def test_dating_inherited_from_the_main_clause_of_the_sentence():
    t = "شن تنظيم داعش اليوم الاثنين هجوما جديدا على مناطق في ريف إدلب، وسيطر على قرية في المنطقة."
    mon = Value.day(date(2018, 2, 12))
    m = _mention(t, "اليوم الاثنين", mon)
    frames = find_frames(t, [m])
    seize = [f for f in frames if f.predicate == "seize"][0]
    assert seize.dating == "inherited" and seize.date_span == (m.start, m.end)


def test_dating_after_clause_gives_a_lower_bound():
    # "the seizure came after infiltration attempts since Sunday-Monday night": the
    # seizure is after Sunday 18:00 and by the publication day (Monday 12 Feb)
    t = "أن السيطرة على قرية الخوين جاءت، عقب محاولات تسلل منذ ليل الأحد - الاثنين."
    since = Value.interval(datetime(2018, 2, 11, 18), datetime(2018, 2, 13), "day")
    m = _mention(t, "منذ ليل الأحد - الاثنين", since, kind="since")
    f = find_frames(t, [m])[0]
    assert (f.predicate, f.dating) == ("seize", "after")
    v, lo, hi = frame_value(f, {(m.start, m.end): m}, date(2018, 2, 12))
    assert (lo, hi) == (datetime(2018, 2, 11, 18), datetime(2018, 2, 13))


def test_date_in_a_later_relative_clause_is_not_the_events_own():
    t = "وتتركز المعارك الآن في محيط قرية الزرزور، التي شهدت محاولات للتقدم قبل يومين."
    m = _mention(t, "قبل يومين", Value.day(date(2018, 2, 10)), kind="ago")
    f = find_frames(t, [m])[0]
    assert f.predicate == "clash" and f.dating == "undated"


def test_undated_clause_is_by_the_publication_day_with_recency():
    t = "استسلم قرابة 300 مقاتل من تنظيم داعش في جنوب شرق إدلب."
    f = find_frames(t, [])[0]
    assert f.dating == "undated" and f.counts == ((300, 300),)
    v, lo, hi = frame_value(f, {}, date(2018, 2, 19), recency_days=30)
    assert (v.start, v.end) == (datetime(2018, 1, 20), datetime(2018, 2, 20))  # 30 days before, through the 19th
    assert v.vague
    assert lo is None and hi == datetime(2018, 2, 20)  # hard bound: not after the publication day


def test_one_event_per_class_in_a_clause():
    t = "الذين وصلوا المنطقة بالأمس عبر ممر منحته لهم قوات النظام."
    frames = find_frames(t, [])
    assert [f.predicate for f in frames] == ["open_corridor"]
    assert frames[0].topics == ("corridor",)


def test_find_frames_rejects_non_str():
    with pytest.raises(TypeError):
        find_frames(None, [])
