"""Documents, corpora, stated publication dates, and the article's own date clues."""

import json
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import (
    Corpus,
    DayConstraints,
    Document,
    describe_days,
    parse_published,
    stated_publication,
    text_constraints,
)
from timeline.values import Value


def _days(first, last):
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


# -- Document -----------------------------------------------------------------------------------
def test_document_published_forms():
    assert Document("x", published=date(2018, 2, 15)).published == Value.day(date(2018, 2, 15))
    assert Document("x", published="2018-02-15").published == Value.day(date(2018, 2, 15))
    assert Document("x", published="15 février 2018").published == Value.day(date(2018, 2, 15))
    assert Document("x", published="١٥ فبراير ٢٠١٨").published == Value.day(date(2018, 2, 15))
    assert Document("x", published="19/2/2018").published == Value.day(date(2018, 2, 19))  # day first
    v = Document("x", published=datetime(2018, 2, 19, 5, 45)).published
    assert (v.start, v.end, v.grain) == (datetime(2018, 2, 19, 5, 45), datetime(2018, 2, 19, 5, 46), "minute")


def test_document_bad_input():
    with pytest.raises(TypeError):
        Document(b"bytes")
    with pytest.raises(TypeError):
        Document(None)
    with pytest.raises(ValueError, match="cannot parse"):
        Document("x", published="not a date at all xyz")
    with pytest.raises(ValueError):
        Document("x", published="")
    with pytest.raises(TypeError):
        Document("x", published=12)


def test_document_default_id_is_stable_hash():
    assert Document("نص").id == Document("نص").id
    assert Document("نص").id != Document("نص آخر").id
    assert Document("نص", id="a").id == "a"


def test_parse_published_none_and_value():
    assert parse_published(None) is None
    v = Value.interval(date(2018, 2, 11), date(2018, 2, 14))
    assert parse_published(v) is v


# -- Corpus ---------------------------------------------------------------------------------------
def test_corpus_from_dir_with_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("أسرت الفصائل أمس 400 عنصر", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2018-02-13", "source": "S"}), encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "c.txt").write_text("نص ثالث", encoding="utf-8")
    (tmp_path / "corpus.csv").write_text("id,published,url\nb,2018-02-15,http://x\n", encoding="utf-8")
    corpus = Corpus.from_dir(tmp_path)
    assert [d.id for d in corpus] == ["a", "b", "c"]
    assert corpus["a"].published == Value.day(date(2018, 2, 13)) and corpus["a"].source == "S"
    assert corpus["b"].published == Value.day(date(2018, 2, 15)) and corpus["b"].url == "http://x"
    assert corpus["c"].published is None


def test_corpus_json_list(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "corpus.json").write_text(json.dumps([{"file": "a.txt", "published": "2018-02-01"}]), encoding="utf-8")
    assert Corpus.from_dir(tmp_path)["a"].published == Value.day(date(2018, 2, 1))


def test_corpus_from_dir_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="not found"):
        Corpus.from_dir(tmp_path / "missing")
    (tmp_path / "bad.txt").write_bytes("نص".encode("cp1256"))
    with pytest.raises(ValueError, match="bad.txt"):
        Corpus.from_dir(tmp_path)


def test_corpus_binary_file_and_bad_metadata(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"abc\x00def")
    with pytest.raises(ValueError, match="x.txt"):
        Corpus.from_dir(tmp_path)
    (tmp_path / "x.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "x.json").write_text('{"published": "xyz not a date"}', encoding="utf-8")
    with pytest.raises(ValueError, match="x.txt"):
        Corpus.from_dir(tmp_path)
    (tmp_path / "x.json").write_text("{bad json", encoding="utf-8")
    with pytest.raises(ValueError, match="x.json"):
        Corpus.from_dir(tmp_path)


def test_corpus_from_python_objects():
    c = Corpus([Document("a", id="1"), Document("b", id="2")])
    assert len(c) == 2 and c[1].id == "2"
    with pytest.raises(ValueError, match="duplicate"):
        Corpus([Document("a", id="1"), Document("b", id="1")])
    with pytest.raises(TypeError):
        Corpus(["just a string"])


# -- stated publication date ---------------------------------------------------------------------------
def test_stated_dateline_with_weekday_time_and_city():
    text = "الإثنين 19 / 2 / 2018 | 05:45 بتوقيت حلب\n\nآخر الأخبار\n\nاستسلم قرابة 300 مقاتل."
    s = stated_publication(text)
    assert s is not None and s.line == 1
    assert s.value.start == datetime(2018, 2, 19, 5, 45)


def test_stated_date_alone_under_the_headline_arabic_indic():
    text = "رغم دعم النظام.. نهاية داعش\n\n\n١٥ فبراير ٢٠١٨\n\nرؤية - محمود سعيد\n\nأعلنت الفصائل ..."
    s = stated_publication(text)
    assert s is not None and s.value == Value.day(date(2018, 2, 15)) and s.text == "١٥ فبراير ٢٠١٨"


def test_date_inside_the_story_is_not_a_publication_date():
    text = (
        "عنوان الخبر\n\nقالت المصادر إن الفصائل سيطرت على القرية في 10 شباط 2018 بعد معارك عنيفة "
        "استمرت عدة أيام مع عناصر التنظيم في ريف إدلب الجنوبي الشرقي."
    )
    assert stated_publication(text) is None


def test_relative_or_month_only_line_is_not_a_dateline():
    assert stated_publication("عنوان\nاليوم الثلاثاء\nنص الخبر") is None
    assert stated_publication("عنوان\nشباط 2018\nنص الخبر") is None


# -- constraints from the text ---------------------------------------------------------------------
def test_weekday_today_keeps_only_that_weekday():
    window = _days(date(2018, 2, 1), date(2018, 2, 28))
    c = text_constraints("أسرت قوات المعارضة اليوم الثلاثاء 400 عنصر.", window)
    assert c.days == {date(2018, 2, 6), date(2018, 2, 13), date(2018, 2, 20), date(2018, 2, 27)}
    assert any("اليوم الثلاثاء" in e for e in c.evidence)


def test_current_month_keeps_that_month():
    window = _days(date(2018, 1, 1), date(2018, 3, 31))
    c = text_constraints("شكلتها الفصائل مطلع شباط الجاري.", window)
    assert c.days == _days(date(2018, 2, 1), date(2018, 2, 28))


def test_reported_past_date_bounds_from_below_unless_future():
    window = _days(date(2018, 2, 1), date(2018, 2, 28))
    c = text_constraints("سيطر التنظيم على القرية في 10 شباط 2018.", window)
    assert min(c.days) == date(2018, 2, 10) and max(c.days) == date(2018, 2, 28)
    c2 = text_constraints("ستجرى الانتخابات في 10 شباط 2018.", window)
    assert c2.days == window  # a future announcement says nothing about the publication


def test_since_date_bounds_from_below():
    window = _days(date(2018, 2, 1), date(2018, 2, 28))
    c = text_constraints("شهدت المنطقة معارك منذ فجر يوم السبت الـ 10 من شباط / فبراير الجاري من العام 2018.", window)
    assert min(c.days) == date(2018, 2, 10)


def test_conflicting_clues_are_reported_not_applied():
    window = _days(date(2018, 2, 1), date(2018, 3, 31))
    # a Tuesday in February ... and "آذار الجاري" (March): the March clue contradicts
    text = "أسرت الفصائل اليوم الثلاثاء 400 عنصر. وكانت قد تشكلت مطلع شباط الجاري. وفي آذار الجاري قتل 5."
    c = text_constraints(text, window)
    assert c.days and all(d.weekday() == 1 for d in c.days)
    assert c.days <= _days(date(2018, 2, 1), date(2018, 2, 28))
    assert c.conflicts and "آذار الجاري" in c.conflicts[0]


def test_day_constraints_apply_and_conflict():
    c = DayConstraints({date(2018, 2, d) for d in range(10, 15)})
    assert c.apply({date(2018, 2, 12), date(2018, 2, 13)}, "clue A", "a meaning")
    assert c.days == {date(2018, 2, 12), date(2018, 2, 13)}
    assert not c.apply({date(2018, 2, 20)}, "clue B", "b meaning")
    assert c.days == {date(2018, 2, 12), date(2018, 2, 13)}
    assert "clue B" in c.conflicts[0] and "clue A" in c.conflicts[0]


def test_describe_days():
    assert describe_days([date(2018, 2, 13)]) == "2018-02-13"
    assert describe_days(_days(date(2018, 2, 10), date(2018, 2, 11))) == "2018-02-10..2018-02-11 (2 days)"
    assert describe_days([date(2018, 2, 6), date(2018, 2, 13)]).startswith("Tuesdays")


# -- property: the inferred range keeps every day consistent with the clues -----------------------------
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]


@settings(max_examples=40, deadline=None)
@given(
    truth=st.dates(min_value=date(2017, 3, 1), max_value=date(2019, 10, 1)),
    use_weekday=st.booleans(),
    use_month=st.booleans(),
    past_days=st.one_of(st.none(), st.integers(min_value=0, max_value=60)),
)
def test_inferred_days_contain_every_day_consistent_with_the_clues(truth, use_weekday, use_month, past_days):
    parts = []
    if use_weekday:
        parts.append(f"أسرت الفصائل اليوم {WEEKDAYS[truth.weekday()]} عشرة عناصر.")
    if use_month:
        parts.append(f"وتشكلت الغرفة مطلع {MONTHS[truth.month - 1]} الجاري.")
    past = None
    if past_days is not None:
        past = truth - timedelta(days=past_days)
        parts.append(f"وسيطر التنظيم على القرية في {past.day} {MONTHS[past.month - 1]} {past.year}.")
    text = " ".join(parts) or "نص بلا تاريخ."
    window = _days(truth - timedelta(days=120), truth + timedelta(days=120))
    got = text_constraints(text, window).days
    # every day that satisfies the clues by calendar arithmetic must be kept
    consistent = {
        d
        for d in window
        if (not use_weekday or d.weekday() == truth.weekday())
        and (not use_month or (d.year, d.month) == (truth.year, truth.month))
        and (past is None or d >= past)
    }
    assert truth in got
    assert consistent <= got
    # and the clues are used: nothing inconsistent is kept
    assert got == consistent
