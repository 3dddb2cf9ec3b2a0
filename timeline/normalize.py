"""Text normalization with an offset map back to the original text.

Arabic news spells the same word many ways.  Before recognition we fold:

- alef forms أ إ آ ٱ -> ا, alef maqsura ى -> ي, ta marbuta ة -> ه;
- Arabic-Indic (٠-٩) and Persian (۰-۹) digits -> ASCII digits;
- Arabic comma/semicolon/percent to their ASCII forms, fancy dashes/slashes to - and /;

and we delete diacritics (harakat, tanween, shadda, sukun, superscript alef), tatweel
(ـ) and invisible format characters.  Substitutions keep the length; deletions are
recorded so that every offset in the normalized text maps back to the original one.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

import attrs

_SUBSTITUTE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    "ی": "ي", "ک": "ك", "ە": "ه", "ھ": "ه",  # Persian/Urdu letter forms in Arabic copy
    "،": ",", "؛": ";", "٪": "%", "–": "-", "—": "-", "−": "-", "⁄": "/", "／": "/",
    "٫": ".", "٬": ",",
}
for _i in range(10):
    _SUBSTITUTE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _SUBSTITUTE[chr(0x06F0 + _i)] = str(_i)  # Persian (Extended Arabic-Indic)

# diacritics U+064B-U+065F, superscript alef U+0670, Quranic marks U+06D6-U+06ED, tatweel,
# and format characters (ZWNJ, ZWJ, LRM, RLM, ALM, BOM, bidi embeddings/isolates)
_REMOVE_CHARS = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_REMOVE_RE = re.compile("[" + "".join(re.escape(c) for c in _REMOVE_CHARS) + "]")
_SUBSTITUTE_ITEMS = tuple(_SUBSTITUTE.items())
_TABLE = str.maketrans({**_SUBSTITUTE, **{c: None for c in _REMOVE_CHARS}})


@attrs.frozen
class Normalized:
    """A normalized text and the map back to the original.

    ``removed`` holds, for each deleted character, the normalized offset it was deleted
    at (non-decreasing).  Use :meth:`to_original` for offsets.
    """

    original: str
    text: str
    removed: tuple[int, ...] = ()

    def to_original(self, i: int) -> int:
        """Map a normalized offset to the original text.

        Deleted characters sitting at the offset (a diacritic after the last letter of a
        word, a tatweel before the next letter) are counted as before it, so a span's
        start skips them and a span's end includes them.
        """
        if not self.removed:
            return i
        return i + bisect.bisect_right(self.removed, i)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span to the original text (start skips leading deletions)."""
        return self.to_original(start), self.to_original(end)


def fold(word: str) -> str:
    """Normalize a word or phrase (used for language tables too)."""
    return word.translate(_TABLE)


def without_proclitics(form: str) -> tuple[str, ...]:
    """A folded word and the word without a leading و / ف and then ب / ل / ك ("وبمدينه" ->
    "مدينه", "لثوره" -> "ثوره", "للذكري" -> "الذكري"); suffixes stay ("ذهابه" is not "ذهاب")."""
    out = [form]
    if len(form) > 3 and form[0] in "وف":
        form = form[1:]
        out.append(form)
    if len(form) > 3 and form[0] in "بلك":
        out.append("ا" + form[1:] if form.startswith("لل") else form[1:])
    return tuple(out)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` (see the module docstring)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    # One C-level scan per character to substitute (skipped when absent) is much faster on
    # Arabic text than str.translate with a dict table; no substitution feeds another.
    folded = text
    for k, v in _SUBSTITUTE_ITEMS:
        if k in folded:
            folded = folded.replace(k, v)
    # One split at the deleted characters gives both the text without them and, summing
    # the pieces' lengths, the normalized offset each was deleted at.
    pieces = _REMOVE_RE.split(folded)
    if len(pieces) == 1:
        return Normalized(text, folded)
    return Normalized(text, "".join(pieces), tuple(accumulate(map(len, pieces[:-1]))))
