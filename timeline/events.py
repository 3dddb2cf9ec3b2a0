"""Event mentions: what a dated clause of an article reports.

An article is split into sentences, sentences into segments (at commas and at words that
open a clause: بعد أن، عقب، الذي/التي ...), and segments are grouped into *units*: a
segment holding an event predicate from the lexicon (:mod:`timeline.lang.ar_events`)
opens a unit, segments without one (the arguments: "400 عنصرا من داعش") join the unit
before them.  Each predicate of a unit is an event mention.

A mention's date comes from the temporal expressions that govern it:

- ``own``: an expression inside its unit (the one in the predicate's own segment first);
- ``inherited``: else the nearest dated main unit of the same sentence;
- ``after``: else, when a "بعد/عقب" clause of the sentence is dated, the event is no
  earlier than that date and no later than the publication day;
- ``undated``: else it happened by the publication date.  For display it gets a recency
  window (``recency_days`` before the publication day, a setting); as a hard bound, used
  to infer other dates, only "not after the publication day" is kept.

The structure (:class:`Frame`) does not depend on the publication date; its value does,
so :func:`frame_value` evaluates a frame against the mentions the date engine found for
one candidate publication day.  :func:`find_events` does both for a known date.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from datetime import date, datetime, timedelta
from typing import Iterable, Sequence

import attrs

from .lang import ar_events as L
from .recognize import FUTURE_WORDS, is_future_marker
from .values import Mention, Value, as_datetime

__all__ = [
    "EventMention",
    "Frame",
    "fold_word",
    "split_sentences",
    "split_segments",
    "find_frames",
    "frame_value",
    "find_events",
    "frame_bounds",
    "extract_numbers",
    "learn_places",
    "future_context",
]

# -- folding ---------------------------------------------------------------------------
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "و", "ئ": "ي"}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)
_DELETE = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"]
_TABLE = str.maketrans({**_FOLD, **{c: None for c in _DELETE}})


@functools.lru_cache(maxsize=262144)
def fold_word(word: str) -> str:
    """Fold spelling variation: hamza/alef forms, alef maqsura, diacritics, tatweel,
    Arabic-Indic digits.  Ta marbuta is kept (أسرة "family" is not أسره "captured him")."""
    return word.translate(_TABLE)


_TOKEN_RE = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")


@attrs.define(unsafe_hash=True)
class Token:
    """A word of the text: its span and its folded form.  Slotted but not frozen (a
    frozen attrs ``__init__`` costs ~2x, and a corpus makes millions of tokens); treat
    it as immutable."""

    start: int
    end: int
    text: str  # folded


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    fold, find, pos = fold_word, text.find, start
    # each word's offset by str.find from the end of the previous one: only non-word
    # characters lie between two matches, so the first occurrence is the match itself
    return [
        Token(s := find(w, pos), (pos := s + len(w)), fold(w)) for w in _TOKEN_RE.findall(text, start, end)
    ]


@functools.lru_cache(maxsize=262144)
def _bare_forms(word: str) -> tuple[str, ...]:
    """The word and its forms with clitics stripped (و ف, then ب ل ك, then ال / لل)."""
    out = [word]
    stage = [word]
    if len(word) > 2 and word[0] in "وف":
        stage.append(word[1:])
    nxt = []
    for w in stage:
        if len(w) > 2 and w[0] in "بلك" and not w.startswith("لل"):
            nxt.append(w[1:])
        if w.startswith("لل") and len(w) > 3:
            nxt.append("ال" + w[2:])
            nxt.append(w[2:])
    stage += nxt
    for w in list(stage):
        if w.startswith("ال") and len(w) > 3:
            stage.append(w[2:])
    for w in stage:
        if w not in out:
            out.append(w)
    return tuple(out)


def _folded_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words)


def _strip_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


# -- tables, folded once -----------------------------------------------------------------
_PRED_FORMS: dict[str, str] = {}
for _label, _forms in L.PREDICATES.items():
    for _f in _forms:
        _PRED_FORMS.setdefault(fold_word(_f), _label)
_PHRASES = [
    (label, _folded_set(first), _folded_set(follow)) for label, first, follow in L.PHRASES
]
_PHRASE_FIRST = frozenset().union(*(first for _, first, _ in _PHRASES))
_ATTEMPT = _folded_set(L.ATTEMPT_WORDS)
_CANCEL = {k: _folded_set(v) for k, v in L.CANCEL_FOLLOWERS.items()}
_NEGATIONS = _folded_set(L.NEGATIONS)
_PRIORITY = {label: i for i, label in enumerate(L.LABEL_PRIORITY)}
_TOPIC_WORDS: dict[str, str] = {}
_TOPIC_PHRASES: list[tuple[tuple[str, ...], str]] = []
for _topic, _words in L.TOPICS.items():
    for _w in _words:
        _parts = tuple(fold_word(_w).split())
        if len(_parts) == 1:
            _TOPIC_WORDS[_parts[0]] = _topic
        else:
            _TOPIC_PHRASES.append((_parts, _topic))
_GROUPS = sorted(
    ((tuple(fold_word(k).split()), v) for k, v in L.GROUPS.items()), key=lambda kv: -len(kv[0])
)
_ANAPHORS = _folded_set(L.ORGANIZATION_ANAPHORS)
_ORG_PREFIX = fold_word(L.ORGANIZATION_ANAPHOR_PREFIX)
_FILLERS = _folded_set(L.AGENT_FILLERS)
_PLACE_CUES = _folded_set(L.PLACE_CUES)
_PLURAL_CUES = _folded_set(L.PLURAL_PLACE_CUES)
_NAME_PREFIXES = _folded_set(L.NAME_PREFIXES)
_PLACE_STOP = _folded_set(L.PLACE_STOP)
_GENERIC: dict[tuple[str, ...], str] = {}
for _canon, _forms in L.GENERIC_PLACES.items():
    for _f in _forms:
        _GENERIC[tuple(fold_word(_f).split())] = _canon
_GENERIC_BY_FIRST: dict[str, list] = {}
for _phrase, _canon in sorted(_GENERIC.items(), key=lambda kv: -len(kv[0])):
    _GENERIC_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _canon))
_VARIANTS = {fold_word(k): v for k, v in L.PLACE_VARIANTS.items()}
_PEOPLE = _folded_set(L.PEOPLE_NOUNS)
_NUMBER_WORDS = {fold_word(k): v for k, v in L.NUMBER_WORDS.items()}
_DUALS = _folded_set(L.DUAL_PEOPLE)
_VAGUE_COUNTS = {fold_word(k): v for k, v in L.VAGUE_COUNTS.items()}
_AFTER = [tuple(fold_word(w).split()) for w in L.SUBORDINATORS_AFTER]
_BEFORE = [tuple(fold_word(w).split()) for w in L.SUBORDINATORS_BEFORE]
_RELATIVE = _folded_set(L.RELATIVE_MARKERS)
_OPENERS = [tuple(fold_word(w).split()) for w in L.CLAUSE_OPENERS]
_FUTURE = FUTURE_WORDS  # the date grammar's table (timeline.lang.ar), folded


def predicate_class(label: str) -> str:
    return L.CLASSES.get(label, label)


# -- sentences and segments --------------------------------------------------------------
_SENT_END = re.compile(r"(?<!\d)[.!?؟…]+|[.!?؟…]+(?!\d)|\n+")
_SEG_PUNCT = re.compile(r"[،,؛;:]")
_MAX_SENTENCE = 3000  # characters; longer runs without a full stop are cut


class _Spans:
    """Protected spans (temporal expressions) indexed for "is this position strictly
    inside one of them" in O(log n): spans sorted by start, with the running maximum of
    their ends (so overlapping or unsorted input gives the same answer as a scan)."""

    __slots__ = ("starts", "max_ends")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        pairs = sorted((s, e) for s, e in spans)
        self.starts = [s for s, _ in pairs]
        ends = []
        hi = None
        for _, e in pairs:
            hi = e if hi is None or e > hi else hi
            ends.append(hi)
        self.max_ends = ends

    def __bool__(self) -> bool:
        return bool(self.starts)

    def inside(self, pos: int) -> bool:
        k = bisect.bisect_left(self.starts, pos) - 1  # spans with start < pos
        return k >= 0 and self.max_ends[k] > pos


def _spans(protect) -> _Spans:
    return protect if isinstance(protect, _Spans) else _Spans(protect)


def _inside(pos: int, spans) -> bool:
    if isinstance(spans, _Spans):
        return spans.inside(pos)
    return any(s < pos < e for s, e in spans)


def split_sentences(text: str, protect: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``; never cuts inside a protected span
    (a temporal expression)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    protect = _spans(protect)
    spans = []
    last = 0
    for m in _SENT_END.finditer(text):
        if _inside(m.start(), protect):
            continue
        if text[last : m.start()].strip():
            spans.append(_trim(text, last, m.start()))
        last = m.end()
    if text[last:].strip():
        spans.append(_trim(text, last, len(text)))
    out = []
    for s, e in spans:  # a run-on "sentence" (no full stops at all) is cut into pieces
        while e - s > _MAX_SENTENCE:
            cut = max(text.rfind("،", s, s + _MAX_SENTENCE), text.rfind(",", s, s + _MAX_SENTENCE),
                      text.rfind(" ", s, s + _MAX_SENTENCE))
            if cut <= s or _inside(cut, protect):
                cut = s + _MAX_SENTENCE
                while cut < e and _inside(cut, protect):
                    cut += 1
            out.append(_trim(text, s, cut))
            s = cut + 1 if cut < e and not text[cut].isalnum() else cut
        if e > s and text[s:e].strip():
            out.append(_trim(text, s, e))
    return [x for x in out if x[1] > x[0]]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@attrs.frozen
class Segment:
    start: int
    end: int
    kind: str  # "main", "after", "before", "relative", "other"


_MARKER_FIRST = (
    {p[0] for p in _AFTER} | {p[0] for p in _BEFORE} | {p[0] for p in _OPENERS} | set(_RELATIVE)
)


# words after a marker that decide its kind (the longest marker phrase, at least one)
_MARKER_AHEAD = max([2] + [len(p) for p in _AFTER + _BEFORE + _OPENERS]) - 1


def _marker_at(tokens: list[Token], i: int) -> str | None:
    """The clause kind a marker word at token i opens, or None."""
    prev = tokens[i - 1].text if i > 0 else ""
    return _marker_kind(prev, tokens[i].text, tuple(t.text for t in tokens[i + 1 : i + 1 + _MARKER_AHEAD]))


@functools.lru_cache(maxsize=262144)
def _marker_kind(prev: str, w: str, ahead: tuple[str, ...]) -> str | None:
    """:func:`_marker_at` for the word ``w`` between ``prev`` and the words ``ahead``."""
    bare = w[1:] if len(w) > 3 and w[0] in "وف" else w
    if w not in _MARKER_FIRST and bare not in _MARKER_FIRST:
        return None

    def seq(words):
        for phrase in words:
            n = len(phrase)
            cand = [bare] + list(ahead[: n - 1])
            if tuple(cand) == phrase or tuple([w] + cand[1:]) == phrase:
                return True
        return False

    if bare in _RELATIVE or w in _RELATIVE:
        return "relative"
    if seq(_BEFORE):
        return "before"
    if seq(_AFTER):
        nxt = ahead[0] if ahead else ""
        if prev in ("فيما", "من") or nxt in ("ذلك", "الان"):
            return None
        return "after"
    if seq(_OPENERS):
        if "فيما" in (w, bare) and ahead and ahead[0] == "بعد":
            return None  # فيما بعد "later"
        return "other"
    return None


def split_segments(
    text: str, start: int, end: int, protect: Sequence[tuple[int, int]] = (), tokens: list[Token] | None = None
) -> list[Segment]:
    """Segments of the sentence ``text[start:end]``: cut at commas/semicolons/colons and
    before clause-opening words, never inside a protected span."""
    cuts: list[tuple[int, str]] = [(start, "main")]
    protect = _spans(protect)
    for m in _SEG_PUNCT.finditer(text, start, end):
        p = m.start()
        if _inside(p, protect) or (0 < p < len(text) - 1 and text[p - 1].isdigit() and text[p + 1].isdigit()):
            continue
        cuts.append((m.end(), "main"))
    if tokens is None:
        tokens = tokenize(text, start, end)
    for i, t in enumerate(tokens):
        w = t.text
        if w not in _MARKER_FIRST and (len(w) <= 3 or w[0] not in "وف" or w[1:] not in _MARKER_FIRST):
            continue  # not a marker word (the first test of _marker_at)
        if i == 0 or (protect and _inside(t.start, protect)):
            continue
        kind = _marker_at(tokens, i)
        if kind:
            cuts.append((t.start, kind))
    cuts.sort()
    segs: list[Segment] = []
    for k, (s, kind) in enumerate(cuts):
        e = cuts[k + 1][0] if k + 1 < len(cuts) else end
        s2, e2 = _trim(text, s, e)
        while e2 > s2 and text[e2 - 1] in "،,؛;:":
            e2 -= 1
        if e2 > s2:
            if segs and segs[-1].end >= s2:  # adjacent cuts
                continue
            segs.append(Segment(s2, e2, kind))
    return segs


# -- lexical look-ups ----------------------------------------------------------------------
@attrs.frozen
class Hit:
    label: str
    index: int  # token index of the trigger
    start: int
    end: int


def find_predicates(tokens: list[Token]) -> list[Hit]:
    """Predicate triggers among ``tokens`` (attempts excluded)."""
    hits: list[Hit] = []
    used: set[int] = set()
    for i, t in enumerate(tokens):
        forms = _bare_forms(t.text)
        for label, first, follow in (_PHRASES if not _PHRASE_FIRST.isdisjoint(forms) else ()):
            if any(f in first for f in forms):
                back, ahead = L.PHRASE_WINDOWS.get(label, L.DEFAULT_PHRASE_WINDOW)
                window = range(max(0, i - back), min(len(tokens), i + ahead + 1))
                for j in window:
                    if j != i and any(f in follow for f in _bare_forms(tokens[j].text)):
                        hits.append(Hit(label, i, t.start, max(t.end, tokens[j].end) if j > i else t.end))
                        used.update({i, j})
                        break
                if i in used:
                    break
        if i in used:
            continue
        for f in forms:
            label = _PRED_FORMS.get(f)
            if label:
                hits.append(Hit(label, i, t.start, t.end))
                used.add(i)
                break
    out = []
    for h in hits:
        prev = {tokens[j].text for j in range(max(0, h.index - 2), h.index)}
        prev |= {b for p in prev for b in _bare_forms(p)}
        if prev & _ATTEMPT:
            continue
        if {tokens[j].text for j in range(max(0, h.index - 3), h.index)} & _NEGATIONS:
            continue
        cancel = _CANCEL.get(h.label)
        if cancel:
            nxt = {b for j in range(h.index + 1, min(len(tokens), h.index + 3)) for b in _bare_forms(tokens[j].text)}
            if nxt & cancel:
                continue
        out.append(h)
    return out


@attrs.frozen
class GroupHit:
    name: str
    side: str
    index: int  # first token
    last: int  # last token
    organization: bool  # written "تنظيم X"


_GROUPS_BY_FIRST: dict[str, list] = {}
for _phrase, _gv in _GROUPS:
    _GROUPS_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _gv))


@functools.lru_cache(maxsize=262144)
def _group_candidates(word: str) -> tuple:
    """The group phrases a word can start (over its bare forms, in order)."""
    return tuple(x for f in _bare_forms(word) for x in _GROUPS_BY_FIRST.get(f, ()))


def find_groups(tokens: list[Token]) -> list[GroupHit]:
    hits: list[GroupHit] = []
    i = 0
    while i < len(tokens):
        matched = None
        cands = _group_candidates(tokens[i].text)
        if not cands:
            i += 1
            continue
        for f in _bare_forms(tokens[i].text):
            for phrase, (name, side) in _GROUPS_BY_FIRST.get(f, ()):
                n = len(phrase)
                words = [t.text for t in tokens[i : i + n]]
                if len(words) == n and tuple(words[1:]) == phrase[1:]:
                    matched = (n, name, side)
                    break
            if matched:
                break
        if matched:
            n, name, side = matched
            org = i > 0 and _ORG_PREFIX in _bare_forms(tokens[i - 1].text)
            hits.append(GroupHit(name, side, i, i + n - 1, org))
            i += n
        else:
            i += 1
    return hits


@functools.lru_cache(maxsize=262144)
def _strict_name(name: str) -> str:
    """A place name with the spelling variants table applied and no article (exact
    otherwise): used to find a known name written bare, where the looser key of
    :func:`_place_key` would confuse it with ordinary words."""
    folded = fold_word(name)
    folded = fold_word(_VARIANTS.get(folded, folded))
    return " ".join(_strip_al(w) for w in folded.split())


_CONFUSABLE = str.maketrans({"خ": "ح", "ه": "ح", "ض": "ظ", "ة": "ه", "ث": "س"})


@functools.lru_cache(maxsize=262144)
def _place_key(name: str) -> str:
    """A spelling-tolerant key: variants table, no article, confusable letters merged,
    inner long vowels dropped."""
    name = _VARIANTS.get(name, name)
    words = [_strip_al(w) for w in fold_word(name).split()]
    if len(words) > 1 and words[0] in _NAME_PREFIXES:
        words = words[1:]
    s = "".join(words)
    s = s.translate(_CONFUSABLE)
    return s[:1] + re.sub("[اوي]", "", s[1:]) if s else s


@attrs.frozen
class PlaceHit:
    name: str  # display (canonical variant or as written)
    key: str
    index: int
    last: int


def _is_name(tok: str) -> bool:
    return (
        len(tok) > 1
        and not tok.isdigit()
        and tok not in _PLACE_STOP
        and _strip_al(tok) not in _PLACE_STOP
        and not (tok.startswith("ال") and tok.endswith("ي") and len(tok) > 5)
    )


@functools.lru_cache(maxsize=262144)
def _place_word(word: str) -> tuple[tuple, str | None]:
    """(generic-place phrases the word can start, over its bare forms in order; the
    place cue it is, when it introduces a name), cached per word."""
    forms = _bare_forms(word)
    gen = tuple(x for f in forms for x in _GENERIC_BY_FIRST.get(f, ()))
    cue = next((f for f in forms if f in _PLACE_CUES and not f.startswith("ال")), None)
    if cue and (word.startswith("ال") or (word[:1] in "وفبل" and word[1:3] == "ال")):
        cue = None
    return gen, cue


@functools.lru_cache(maxsize=262144)
def _strict_forms(word: str) -> tuple[tuple[str, str], ...]:
    return tuple((f, _strict_name(f)) for f in _bare_forms(word))


def find_places(text: str, tokens: list[Token], known: dict[str, str] | None = None) -> tuple[list[PlaceHit], list[str]]:
    """Specific places (after a cue word, or already known) and generic regions."""
    places: list[PlaceHit] = []
    generic: list[str] = []
    taken: set[int] = set()
    n = len(tokens)

    def name_at(j: int) -> tuple[str, int] | None:
        if j >= n or not _is_name(tokens[j].text):
            return None
        w = tokens[j].text
        if w in _NAME_PREFIXES and j + 1 < n and re.fullmatch(r"[\s\"“”'«»]*", text[tokens[j].end : tokens[j + 1].start]):
            return text[tokens[j].start : tokens[j + 1].end], j + 1
        return text[tokens[j].start : tokens[j].end], j

    for i, t in enumerate(tokens):
        gen_cands, cue = _place_word(t.text)
        if not gen_cands and cue is None:
            continue
        gen = None
        for phrase, canon in gen_cands:
            k = len(phrase)
            if i + k <= n and tuple(x.text for x in tokens[i + 1 : i + k]) == phrase[1:]:
                gen = canon
                break
        if gen:
            if gen not in generic:
                generic.append(gen)
            taken.add(i)
            continue
        if cue:
            got = name_at(i + 1)
            while got:
                raw, last = got
                folded = fold_word(raw)
                if tuple(folded.split()) in _GENERIC or any(
                    tuple([f]) in _GENERIC for f in _bare_forms(folded)
                ):
                    break
                disp = _VARIANTS.get(folded, raw)
                places.append(PlaceHit(disp, _place_key(folded), i + 1, last))
                taken.update(range(i + 1, last + 1))
                if cue not in _PLURAL_CUES:
                    break
                nxt = last + 1
                if nxt + 1 < n and tokens[nxt].text == "و":  # و"هوين": the conjunction alone
                    nxt += 1
                    gap_ok = "," not in text[tokens[last].end : tokens[nxt].start] and "،" not in text[tokens[last].end : tokens[nxt].start]
                    w = tokens[nxt].text
                    if gap_ok and _is_name(w):
                        if w in _NAME_PREFIXES and nxt + 1 < n:
                            got = (text[tokens[nxt].start : tokens[nxt + 1].end], nxt + 1)
                        else:
                            got = (text[tokens[nxt].start : tokens[nxt].end], nxt)
                        continue
                    break
                if nxt < n and tokens[nxt].text.startswith("و") and "," not in text[tokens[last].end : tokens[nxt].start] and "،" not in text[tokens[last].end : tokens[nxt].start]:
                    w = tokens[nxt].text[1:]
                    if not _is_name(w):
                        break
                    if w in _NAME_PREFIXES and nxt + 1 < n:
                        raw2, last2 = text[tokens[nxt].start + 1 : tokens[nxt + 1].end], nxt + 1
                    else:
                        raw2, last2 = text[tokens[nxt].start + 1 : tokens[nxt].end], nxt
                    got = (raw2, last2)
                    i = nxt - 1
                else:
                    break
    if known:
        for i, t in enumerate(tokens):
            if i in taken:
                continue
            for f, strict in _strict_forms(t.text):
                if strict in known and len(strict) >= 3:
                    places.append(PlaceHit(known[strict], _place_key(f), i, i))
                    break
    return places, generic


def extract_numbers(tokens: list[Token]) -> tuple[list[int], list[tuple[int, int]]]:
    """Numbers (ints) and people counts as (low, high) ranges among ``tokens``."""
    numbers: list[int] = []
    counts: list[tuple[int, int]] = []
    n = len(tokens)

    def people_after(j: int) -> bool:
        for k in range(j + 1, min(n, j + 3)):
            if _is_people(tokens[k].text):
                return True
            if tokens[k].text not in ("من", "معظمهم", "بينهم"):
                return False
        return False

    for j, t in enumerate(tokens):
        info = _number_info(t.text)
        if info is None:
            continue
        kind, val = info
        if kind == "number":
            numbers.append(val)
            if people_after(j):
                counts.append((val, val))
        elif kind == "dual":
            numbers.append(2)
            counts.append((2, 2))
        else:
            counts.append(val)
    return numbers, counts


@functools.lru_cache(maxsize=262144)
def _is_people(word: str) -> bool:
    return any(f in _PEOPLE for f in _bare_forms(word))


@functools.lru_cache(maxsize=262144)
def _number_info(w: str):
    """What a word says for :func:`extract_numbers`: ("number", n), ("dual", 2),
    ("vague", (low, high)) or None."""
    val = None
    if w.isdigit():
        val = int(w)
    elif w in _NUMBER_WORDS or (len(w) > 3 and w[0] == "و" and w[1:] in _NUMBER_WORDS):
        val = _NUMBER_WORDS.get(w, _NUMBER_WORDS.get(w[1:]))
    if val is not None:
        return "number", val
    if w in _DUALS or (w[:1] == "و" and w[1:] in _DUALS):
        return "dual", 2
    for f in _bare_forms(w):
        if f in _VAGUE_COUNTS or ("ال" + f) in _VAGUE_COUNTS:
            return "vague", _VAGUE_COUNTS.get(f) or _VAGUE_COUNTS["ال" + f]
    return None


def _future_context(tokens: list[Token]) -> bool:
    for t in tokens:
        if is_future_marker(t.text) or any(f in _FUTURE for f in _bare_forms(t.text)):
            return True
    return False


def future_context(text: str, start: int, end: int) -> bool:
    """True when the clause around ``text[start:end]`` speaks of the future (سوف, من
    المقرر, a سـ-prefixed verb ...)."""
    return _future_context(tokenize(text, start, end))


# -- frames -------------------------------------------------------------------------------
@attrs.frozen
class Frame:
    """An event mention's structure, independent of the publication date."""

    document_id: str
    start: int
    end: int
    text: str
    predicate: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: tuple[int, int]
    numbers: tuple[int, ...]
    counts: tuple[tuple[int, int], ...]
    places: tuple[str, ...]
    place_keys: tuple[str, ...]
    regions: tuple[str, ...]
    groups: tuple[str, ...]
    topics: tuple[str, ...]
    agent: str | None  # side of the acting group, when it can be told
    dating: str  # "own", "inherited", "after", "undated"
    date_span: tuple[int, int] | None  # the governing temporal expression
    date_text: str | None

    @property
    def predicate_class(self) -> str:
        return predicate_class(self.predicate)


@attrs.frozen
class EventMention:
    """A frame with its date: ``when`` for display (an undated mention gets the recency
    window), ``bound`` the hard range (start None = unbounded in the past)."""

    frame: Frame
    when: Value
    bound_start: datetime | None
    bound_end: datetime
    uncertain: bool = False




for _name in [a.name for a in attrs.fields(Frame)] + ["predicate_class"]:
    # the frame's fields read through (a property is much faster than __getattr__)
    setattr(EventMention, _name, property(operator.attrgetter("frame." + _name)))


_DATE_KINDS_SKIP = {"duration"}


def _usable(m: Mention) -> bool:
    return m.kind not in _DATE_KINDS_SKIP


def _unit_date(unit_segs, pred_seg_index, hit_start, mentions) -> tuple[Mention | None, str]:
    """The mention dating a unit and how: in the predicate's segment first (nearest),
    then the unit's other main segments after the predicate, then before ("own"); a date
    in a later "بعد/عقب" clause of the unit bounds the event from below ("after")."""
    best = None
    best_key = None
    for m in mentions:
        for k, seg in enumerate(unit_segs):
            if seg.start <= m.start < seg.end:
                if k == pred_seg_index:
                    key = (0, abs(m.start - hit_start))
                elif k > pred_seg_index and seg.kind in ("main", "other"):
                    key = (1, m.start)
                elif k > pred_seg_index and seg.kind == "after":
                    key = (3, m.start)
                elif k > pred_seg_index:
                    continue  # a date inside a later relative clause is its own
                else:
                    key = (2, -m.start)
                if best_key is None or key < best_key:
                    best, best_key = m, key
    if best is None:
        return None, "undated"
    return best, ("after" if best_key[0] == 3 else "own")


def find_frames(
    text: str,
    mentions: Sequence[Mention],
    document_id: str = "",
    known_places: dict[str, str] | None = None,
) -> list[Frame]:
    """Event frames of an article, given the temporal mentions the engine found in it
    (their spans; the values are not used here)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    tmentions = sorted((m for m in mentions if _usable(m)), key=lambda m: m.start)
    tm_starts = [m.start for m in tmentions]
    protect_list = [(m.start, m.end) for m in mentions]
    protect = _Spans(protect_list)
    frames: list[Frame] = []
    doc_tokens = tokenize(text)
    starts = [t.start for t in doc_tokens]
    inside: set[int] = set()  # starts of tokens inside a temporal expression
    for a, b in protect_list:
        for k in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
            inside.add(starts[k])
    doc_groups = find_groups(doc_tokens)
    prev_sentence_groups: list[GroupHit] = []
    last_org: str | None = None
    org_names = [g.name for g in doc_groups if g.organization]
    side_of: dict[str, str] = {}  # a group's side, from its first mention in the article
    for g in doc_groups:
        side_of.setdefault(g.name, g.side)
    default_org = org_names[0] if org_names else None

    for s_start, s_end in split_sentences(text, protect):
        sent_tokens = doc_tokens[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
        segs = split_segments(text, s_start, s_end, protect, tokens=sent_tokens)
        sent_groups = find_groups(sent_tokens)
        # resolve the organization anaphor (التنظيم) to the organization last named
        group_pos: list[tuple[int, GroupHit]] = []
        for g in sent_groups:
            if g.organization:
                last_org = g.name
            group_pos.append((sent_tokens[g.index].start, g))
        for t in sent_tokens:
            if _is_anaphor(t.text):
                org = last_org or default_org
                if org:
                    side = side_of.get(org, "other")
                    group_pos.append((t.start, GroupHit(org, side, -1, -1, True)))
        group_pos.sort(key=lambda x: x[0])

        # units: (segments, hits)
        units: list[dict] = []
        pending: list[Segment] = []
        # predicates over the whole sentence (a verb's object may sit past a comma:
        # "فتحت له قوات النظام قبل أيام، طريقا"), then assigned to their segments
        all_hits = find_predicates([t for t in sent_tokens if t.start not in inside])
        for seg in segs:
            hits = [h for h in all_hits if seg.start <= h.start < seg.end]
            cur = units[-1] if units else None
            classes = {predicate_class(h.label) for h in hits}
            if hits and not (
                cur is not None
                and seg.kind == "main"
                and classes <= {predicate_class(h.label) for h, _ in cur["hits"]}
                and len(cur["segs"]) == 1
            ):
                units.append({"segs": pending + [seg], "hits": [(h, len(pending)) for h in hits], "kind": seg.kind})
                pending = []
            elif cur is not None:
                cur["segs"].append(seg)
                for h in hits:
                    cur["hits"].append((h, len(cur["segs"]) - 1))
            else:
                pending.append(seg)
        # date of each unit from its own mentions
        for u in units:
            u_start, u_end = u["segs"][0].start, u["segs"][-1].end
            u["ms"] = tmentions[bisect.bisect_left(tm_starts, u_start) : bisect.bisect_left(tm_starts, u_end)]
            u["start"], u["end"] = u_start, u_end
            h0, k0 = u["hits"][0]
            u["date"], u["dating"] = _unit_date(u["segs"], k0, h0.start, u["ms"])
            if u["dating"] != "own":
                u["date"] = None
        for ui, u in enumerate(units):
            seen: set[str] = set()
            u_tokens = [t for t in sent_tokens if u["start"] <= t.start < u["end"] and t.start not in inside]
            numbers, counts = extract_numbers(u_tokens)
            places, regions = find_places(text, u_tokens, known_places)
            topics = _topics(u_tokens)
            groups = [g for p, g in group_pos if u["start"] <= p < u["end"]]
            if u["kind"] == "relative":  # the antecedent's group
                ante = [g for p, g in group_pos if s_start <= p < u["start"]]
                if ante:
                    groups = [ante[-1]] + groups
            # one event per predicate class in a unit, named by the preferred label
            by_class: dict[str, list] = {}
            for h, seg_index in u["hits"]:
                by_class.setdefault(predicate_class(h.label), []).append((h, seg_index))
            chosen = []
            for cls, hs in by_class.items():
                hs.sort(key=lambda x: (_PRIORITY.get(x[0].label, 99), x[0].start))
                chosen.append(hs[0])
            chosen.sort(key=lambda x: x[0].start)
            # what the unit's frames share: one copy each (memory of a corpus's frames)
            u_text = text[u["start"] : u["end"]]
            u_numbers, u_counts, u_regions = tuple(numbers), tuple(counts), tuple(regions)
            u_places = tuple(dict.fromkeys(p.name for p in places))
            u_groups = tuple(dict.fromkeys(g.name for g in groups))
            sentence = (s_start, s_end)
            for h, seg_index in chosen:
                label = h.label
                if label in seen:
                    continue
                seen.add(label)
                tps = set(topics)
                if label in L.PREDICATE_TOPICS:
                    tps.add(L.PREDICATE_TOPICS[label])
                m, dating = _unit_date(u["segs"], seg_index, h.start, u["ms"])
                if m is None:
                    m, dating = _inherit(units, ui)
                agent = _agent(h, sent_tokens, group_pos, prev_sentence_groups, u)
                if agent is None and u["kind"] == "relative" and groups:
                    agent = groups[0].side  # "مجموعات داعش التي تسللت ... وسيطرت": the antecedent
                after_trigger = [p for p in places if u_tokens[p.index].start >= h.start] if places else []
                primary = (after_trigger or places)[0].key if places else None
                frames.append(
                    Frame(
                        document_id=document_id,
                        start=u["start"],
                        end=u["end"],
                        text=u_text,
                        predicate=label,
                        trigger=_shared(text[h.start : h.end]),
                        trigger_start=h.start,
                        trigger_end=h.end,
                        sentence=sentence,
                        numbers=u_numbers,
                        counts=u_counts,
                        places=u_places,
                        place_keys=tuple(dict.fromkeys([primary] + [p.key for p in places])) if places else (),
                        regions=u_regions,
                        groups=u_groups,
                        topics=_shared(tuple(sorted(tps))),
                        agent=agent,
                        dating=dating,
                        date_span=(m.start, m.end) if m is not None else None,
                        date_text=m.text if m is not None else None,
                    )
                )
        if group_pos:
            prev_sentence_groups = [g for _, g in group_pos]
    return frames


@functools.lru_cache(maxsize=65536)
def _shared(x):
    """One object for equal short values repeated across a corpus's frames (trigger
    words, topic tuples)."""
    return x


@functools.lru_cache(maxsize=262144)
def _is_anaphor(word: str) -> bool:
    return any(f in _ANAPHORS for f in _bare_forms(word))


def _inherit(units: list[dict], ui: int):
    """Date of the nearest dated main unit before it in the sentence; else a lower bound
    from a dated "after" clause that follows it in the sentence."""
    u = units[ui]
    if u["kind"] in ("main", "other", "relative"):
        order = list(range(ui - 1, -1, -1))  # the main clause before it (a later one is a new report)
        for k in order:
            v = units[k]
            if v["kind"] in ("main", "other") and v["date"] is not None:
                return v["date"], "inherited"
        for k in range(ui + 1, len(units)):
            v = units[k]
            if v["kind"] == "after" and v["date"] is not None:
                return v["date"], "after"
    return None, "undated"


def _topics(tokens: list[Token]) -> list[str]:
    out = []
    words = [t.text for t in tokens]
    for i, w in enumerate(words):
        for f in _bare_forms(w):
            if f in _TOPIC_WORDS:
                out.append(_TOPIC_WORDS[f])
                break
        for phrase, topic in _TOPIC_PHRASES:
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase or (
                phrase[0] in _bare_forms(w) and tuple(words[i + 1 : i + n]) == phrase[1:]
            ):
                out.append(topic)
    return sorted(set(out))


def _agent(h: Hit, sent_tokens, group_pos, prev_groups, unit) -> str | None:
    """Side of the group doing the action: right after the verb (VSO, skipping
    عناصر/قوات ...), else just before it (SVO), else the first group of the sentence
    before the verb, else the first group of the previous sentence."""
    idx = next((k for k, t in enumerate(sent_tokens) if t.start == h.start), None)
    if idx is None:
        return None
    pos_to_k = {t.start: k for k, t in enumerate(sent_tokens)}
    ks = [(pos_to_k.get(p), g) for p, g in group_pos]
    ks = [(k, g) for k, g in ks if k is not None]
    for k, g in ks:
        if idx < k <= idx + 5 and all(
            sent_tokens[j].text in _FILLERS or sent_tokens[j].text.isdigit() or _strip_al(sent_tokens[j].text) in _FILLERS
            for j in range(idx + 1, k)
        ):
            return g.side
    for k, g in reversed(ks):
        if idx - 3 <= k < idx:
            return g.side
    before = [g for k, g in ks if k < idx and sent_tokens[k].start >= unit["start"]]
    if before:
        return before[0].side
    if not ks and prev_groups:
        return prev_groups[0].side
    return None


# -- values ------------------------------------------------------------------------------
def frame_value(
    frame: Frame,
    mentions_by_span: dict[tuple[int, int], "Mention | Value | None"],
    dct: date,
    recency_days: int = 30,
) -> tuple[Value, datetime | None, datetime]:
    """(display value, hard start or None, hard end) of a frame for publication day
    ``dct``, from the mentions (or their values) resolved against that day, keyed by
    span."""
    start, end = frame_bounds(frame, mentions_by_span, dct)
    if start is None:  # undated: its article's recency window
        return Value.interval(as_datetime(dct) - timedelta(days=recency_days), end, "day", vague=True), None, end
    if frame.dating != "after":
        return _frame_date(frame, mentions_by_span), start, end
    # after a dated clause: from that date up to the publication day
    grain = "day" if (end - start) >= timedelta(days=1) else _frame_date(frame, mentions_by_span).grain
    return Value.interval(start, end, grain, vague=True), start, end


def _frame_date(frame: Frame, mentions_by_span: dict) -> Value | None:
    """The anchored value of the mention that dates a frame, if any."""
    if frame.date_span is None:
        return None
    m = mentions_by_span.get(frame.date_span)
    v = m.value if isinstance(m, Mention) else m
    return v if v is not None and v.start is not None else None


def frame_bounds(
    frame: Frame, mentions_by_span: dict, dct: date
) -> tuple[datetime | None, datetime]:
    """The hard (start or None, end) of a frame for publication day ``dct``: what
    :func:`frame_value` returns beside the display value (the fast path of merging)."""
    day_end = datetime(dct.year, dct.month, dct.day) + timedelta(days=1)
    v = _frame_date(frame, mentions_by_span)
    if v is not None:
        if frame.dating == "after":
            if v.start < day_end:
                return v.start, day_end
        else:
            return v.start, v.end
    return None, day_end


def hull_values(values: Sequence[Value]) -> Value:
    """The hull of values (the first one when they are all the same interval)."""
    first = values[0]
    s = min(v.start for v in values)
    e = max(v.end for v in values)
    if (s, e) == (first.start, first.end):
        return first
    from .values import grain_rank

    grain = max((v.grain for v in values), key=grain_rank)
    if grain in ("minute", "hour") and e - s > timedelta(days=1):
        grain = "day"
    return Value.interval(
        s, e, grain, vague=any(v.vague for v in values), uncertain=True,
        mod=first.mod if all(v.mod == first.mod for v in values) else None,
        notes=tuple(dict.fromkeys(n for v in values for n in v.notes)),
    )


def find_events(
    text: str,
    published: date | datetime,
    document_id: str = "",
    *,
    recency_days: int = 30,
    prefer: str = "past",
) -> list[EventMention]:
    """Event mentions of one article with a known publication day."""
    from .resolution import extract

    mentions = extract(text, reference=published, prefer=prefer)
    frames = find_frames(text, mentions, document_id)
    by_span = {(m.start, m.end): m for m in mentions}
    day = published.date() if isinstance(published, datetime) else published
    out = []
    for f in frames:
        v, bs, be = frame_value(f, by_span, day, recency_days)
        out.append(EventMention(f, v, bs, be))
    return out


def learn_places(text: str, protect: Sequence[tuple[int, int]] = ()) -> dict[str, str]:
    """Place names an article introduces with a cue word ("قرية الخوين"), as {name
    without article: display name}; used to find the same names written bare elsewhere
    in the corpus ("السيطرة على "الخوين""). One-word names only (a bare two-word name
    is found by its cue)."""
    protect = list(protect)
    all_tokens = tokenize(text)
    starts = [t.start for t in all_tokens]
    inside: set[int] = set()  # token indices starting inside a protected span
    for a, b in protect:
        inside.update(range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)))
    if inside:
        tokens = [t for k, t in enumerate(all_tokens) if k not in inside]
        starts = [t.start for t in tokens]
    else:
        tokens = all_tokens
    out: dict[str, str] = {}
    for s, e in split_sentences(text, _Spans(protect)):
        toks = tokens[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        places, _ = find_places(text, toks, None)
        for p in places:
            strict = _strict_name(p.name)
            if " " not in strict:
                out.setdefault(strict, p.name)
    return out
