"""Documents, corpora and stated publication dates (inference: tests/test_publication.py)."""

import json
from datetime import date, datetime, timedelta

import pytest

import timeline
from timeline.documents import (
    Corpus,
    Document,
    parse_published,
    published_offset,
    stated_publication,
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


# -- metadata dates: our own reader first, months and years stay ranges, relative refused -----
def _span(v):
    return (v.start, v.end, v.grain)


@pytest.mark.parametrize("text, day", [
    ("١٣ شباط ٢٠١٨", date(2018, 2, 13)),                  # Syriac month, Arabic-Indic digits
    ("الثلاثاء 13 كانون الثاني 2015", date(2015, 1, 13)),
    ("13 فيفري 2018", date(2018, 2, 13)),                  # Maghreb month name
    ("28 جمادى الأولى 1439 هـ", date(2018, 2, 14)),        # Hijri (Umm al-Qura)
    ("نشر بتاريخ 5 يوليو 2020", date(2020, 7, 5)),
])
def test_published_arabic_forms_read_by_our_own_resolver(text, day):
    assert Document("x", published=text).published == Value.day(day)


def test_published_clock_time_after_the_day_gives_its_minute():
    v = parse_published("13 فيفري 2018 على الساعة 14:05")
    assert _span(v) == (datetime(2018, 2, 13, 14, 5), datetime(2018, 2, 13, 14, 6), "minute")


@pytest.mark.parametrize("text", ["February 2018", "شباط 2018", "فبراير ٢٠١٨", "2018-02"])
def test_published_month_stays_the_month(text):
    assert _span(parse_published(text)) == (datetime(2018, 2, 1), datetime(2018, 3, 1), "month")


@pytest.mark.parametrize("text", ["2018", "عام 2018", "٢٠١٨"])
def test_published_year_stays_the_year(text):
    assert _span(parse_published(text)) == (datetime(2018, 1, 1), datetime(2019, 1, 1), "year")


@pytest.mark.parametrize("text", ["أمس", "اليوم الثلاثاء", "قبل يومين", "13 شباط", "yesterday", "2 days ago", "today"])
def test_published_relative_is_refused_without_a_reference(text):
    with pytest.raises(ValueError, match="relative"):
        Document("x", published=text)


def test_published_relative_with_a_reference():
    ref = date(2018, 2, 14)
    assert parse_published("أمس", reference=ref) == Value.day(date(2018, 2, 13))
    assert parse_published("yesterday", reference=ref) == Value.day(date(2018, 2, 13))
    assert parse_published("قبل يومين", reference=ref) == Value.day(date(2018, 2, 12))
    with pytest.raises(TypeError):
        parse_published("أمس", reference="2018-02-14")


def test_published_other_languages_through_dateparser():
    assert parse_published("13 février 2018") == Value.day(date(2018, 2, 13))
    assert parse_published("Feb 13, 2018") == Value.day(date(2018, 2, 13))
    v = parse_published("le 13 février 2018 à 10h30")
    assert _span(v) == (datetime(2018, 2, 13, 10, 30), datetime(2018, 2, 13, 10, 31), "minute")


@pytest.mark.parametrize("text, hours", [
    ("2018-02-13T10:30+03:00", 3), ("2018-02-13 10:30:00Z", 0), ("Tue, 13 Feb 2018 10:30:00 GMT", 0),
    ("13 Feb 2018 10:30 +0300", 3), ("13/02/2018 - 10:30 GMT+3", 3), ("2018-02-13T10:30-04:30", -4.5),
    ("13 Feb 2018 10:30:00.123+0300", 3), ("13 Feb 2018 10:30:00.12+0300", 3), ("13 Feb 2018 10:30 +3", 3),
])
def test_published_utc_offset_keeps_wall_time_and_is_recorded(text, hours):
    d = Document("x", published=text)
    assert _span(d.published) == (datetime(2018, 2, 13, 10, 30), datetime(2018, 2, 13, 10, 31), "minute")
    assert d.published_offset == timedelta(hours=hours) == published_offset(text)


@pytest.mark.parametrize("text", ["13-02-2018", "١٣-٠٢-٢٠١٨", "13-2-2018 +0300"])
def test_a_year_after_a_dash_is_no_utc_offset(text):
    # "-2018" after a date is its year, not an offset of -20:18 (an offset follows a clock time)
    d = Document("x", published=text)
    assert d.published == Value.day(date(2018, 2, 13)) and d.published_offset is None


def test_evolve_takes_the_offset_of_the_new_date():
    import attrs

    d = Document("x", published="2018-02-13T10:30+03:00")
    assert attrs.evolve(d, published="2018-02-13").published_offset is None
    assert attrs.evolve(d, published="2018-02-13T10:30+05:00").published_offset == timedelta(hours=5)
    assert attrs.evolve(d, text="y").published_offset == timedelta(hours=3)


def test_a_metadata_date_whose_weekday_is_wrong_keeps_the_note():
    assert "weekday-mismatch" in parse_published("الثلاثاء 14 شباط 2018").notes  # a Wednesday


def test_published_without_offset_records_none():
    assert Document("x", published="2018-02-13 10:30").published_offset is None
    assert Document("x", published="2018-02-13").published_offset is None
    assert published_offset("13 شباط 2018") is None


def test_published_offset_reaches_the_timeline_json():
    import json

    doc = Document("قتل خمسة أشخاص في قصف على المدينة.", id="a", published="2018-02-13T10:30+03:00")
    info = timeline.build([doc]).documents[0]
    assert info.published_offset == "+03:00"
    assert json.loads(timeline.build([doc]).to_json())["documents"][0]["published_offset"] == "+03:00"


def test_metadata_contradicted_by_the_text_is_reported():
    header = Document("الثلاثاء 13 شباط 2018\nقتل خمسة أشخاص في قصف على المدينة.", id="h",
                      published=date(2018, 3, 1))
    weekday = Document("قتل خمسة أشخاص اليوم الثلاثاء في قصف على المدينة.", id="w", published=date(2018, 3, 1))
    fine = Document("قتل خمسة أشخاص اليوم الخميس في قصف على المدينة.", id="f", published=date(2018, 3, 1))
    both_ways = Document("8/4/2021\nقتل خمسة أشخاص في قصف على المدينة.", id="b", published=date(2021, 8, 4))
    info = {d.id: d for d in timeline.build([header, weekday, fine, both_ways]).documents}
    assert any("2018-02-13" in c for c in info["h"].published_conflicts)
    assert any("اليوم الثلاثاء" in c and "Thursday" in c for c in info["w"].published_conflicts)
    assert info["f"].published_conflicts == ()
    assert info["b"].published_conflicts == ()  # a numeric date that reads both ways
    assert all(i.published_how == "metadata" for i in info.values())  # the metadata date stays
    assert info["h"].published == Value.day(date(2018, 3, 1))


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


@pytest.mark.parametrize("line, day", [
    ("تاريخ النشر: 18th, September 2023 GMT", date(2023, 9, 18)),
    ("Sunday, August 5, 2012", date(2012, 8, 5)),
    ("December 18, 2023", date(2023, 12, 18)),
    ("Jul ٠٧, ٢٠١٧ ١٠:١١ UTC", date(2017, 7, 7)),
    ("20-July-2020", date(2020, 7, 20)),
    ("Saturday 14 December 2019 الساعة 04:54 pm", date(2019, 12, 14)),
    ("le 12 mars 2019", date(2019, 3, 12)),
])
def test_a_page_stamp_in_latin_script_is_the_stated_date(line, day):
    # many Arabic sites print their stamp with Latin month names; the text under it
    # reports a term that begins months later ("3 أبريل 2024"): without the stamp the
    # article was placed in 2024
    text = f"{line}\nالسيسي بعد فوزه بفترة رئاسية ثالثة\nأعلنت الهيئة فوزه، على أن تبدأ الولاية في 3 أبريل 2024."
    s = stated_publication(text)
    assert s is not None and s.line == 1 and s.value == Value.day(day)
    assert text[s.start:s.end] == s.text and s.text in line


def test_a_latin_stamp_whose_weekday_is_wrong_or_without_a_day_is_not_read(monkeypatch):
    assert stated_publication("Tuesday January 16, 2012\nنص الخبر") is None  # the 16th was a Monday
    assert stated_publication("May 2019\nنص الخبر") is None
    assert stated_publication("February 30, 2019\nنص الخبر") is None
    import timeline.documents as D
    monkeypatch.setattr(D, "LATIN_DATELINES", False)
    assert stated_publication("December 18, 2023\nنص الخبر") is None


def test_a_year_first_machine_stamp_is_the_stated_date(monkeypatch):
    # Xinhua's Arabic service prints "2021:10:26.09:18" above its dateline of the day before
    text = "2021:10:26.09:18\nالرئيس يعلن إنهاء حالة الطوارئ\nالقاهرة 25 أكتوبر 2021 (شينخوا) أعلن الرئيس اليوم (الإثنين) ..."
    s = stated_publication(text)
    assert s is not None and s.line == 1 and s.value == Value.day(date(2021, 10, 26))
    assert text[s.start:s.end] == s.text == "2021:10:26.09:18"
    # not a stamp with words around it, nor a day that does not exist
    assert stated_publication("2021:13:26.09:18\nنص الخبر") is None
    assert stated_publication("المباراة 2021:10:26.09:18\nنص الخبر") is None
    import timeline.documents as D
    monkeypatch.setattr(D, "STAMP_DATELINES", False)
    assert stated_publication("2021:10:26.09:18\nنص الخبر") is None


def test_relative_or_month_only_line_is_not_a_dateline():
    assert stated_publication("عنوان\nاليوم الثلاثاء\nنص الخبر") is None
    assert stated_publication("عنوان\nشباط 2018\nنص الخبر") is None


# -- constraints from the text ---------------------------------------------------------------------
