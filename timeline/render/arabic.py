"""Arabic text for display: shaping, right-to-left ordering and shortening.

Matplotlib before 3.11 draws a string glyph by glyph, left to right, with no shaping.
Arabic letters must then first be given their joined (initial/medial/final) forms,
which ``arabic_reshaper`` does, and be put in visual order, right to left, with digits
and Latin runs kept left to right, which ``python-bidi`` does.

Matplotlib 3.11 and later lay text out with libraqm, which shapes and reorders by
itself: there, pre-shaped text would be reversed a second time and come out backwards,
so :func:`shape` returns the text as it is.  :data:`NATIVE_SHAPING` records which case
holds (detected once; set it to force one).

The result of :func:`shape` is a string meant only for drawing: never store it or
compare it with the source text.
"""

from __future__ import annotations

import re

import arabic_reshaper

try:  # python-bidi >= 0.5 exposes get_display at the top level
    from bidi import get_display as _get_display
except ImportError:  # pragma: no cover - older python-bidi
    from bidi.algorithm import get_display as _get_display

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_SPACES = re.compile(r"\s+")
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": True}
)

#: Font families tried, in order, for text with Arabic letters.  DejaVu Sans ships with
#: matplotlib and covers the Arabic block and its presentation forms.
ARABIC_FONTS = ("DejaVu Sans", "Noto Sans Arabic", "Arial")


def _detect_native() -> bool:
    try:
        from matplotlib import ft2font
    except ImportError:  # pragma: no cover - matplotlib is a dependency
        return False
    return bool(getattr(ft2font, "__libraqm_version__", None))


#: True when matplotlib shapes and reorders complex scripts itself (libraqm, >= 3.11).
NATIVE_SHAPING: bool = _detect_native()


def has_arabic(text: str) -> bool:
    """True when ``text`` holds at least one Arabic letter."""
    return bool(_ARABIC.search(text))


def shape(text: str, native: bool | None = None) -> str:
    """``text`` ready to be drawn by matplotlib.

    With a renderer that does not shape (``native=False``; the default is
    :data:`NATIVE_SHAPING`) the letters are reshaped into their joined presentation forms
    and put in visual right-to-left order; with one that does (matplotlib >= 3.11) the
    text is left in reading order.  Text without Arabic letters is returned unchanged.
    Lines are shaped one by one; whitespace runs within a line become one space.
    """
    if not isinstance(text, str):
        raise TypeError(f"shape() expects a str, got {type(text).__name__}")
    if "\n" in text:
        return "\n".join(shape(line, native) for line in text.split("\n"))
    text = _SPACES.sub(" ", text).strip()
    if native is None:
        native = NATIVE_SHAPING
    if native or not has_arabic(text):
        return text
    return visual(text)


def visual(text: str) -> str:
    """Always reshape + reorder (arabic_reshaper then python-bidi), whatever the renderer:
    the visual-order string a plain left-to-right glyph renderer needs."""
    return _get_display(_RESHAPER.reshape(text), base_dir="R")


def shorten(text: str, limit: int = 48, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis.

    Works on the logical (reading-order) text, so call it BEFORE :func:`shape`.
    """
    if limit < 2:
        raise ValueError(f"limit must be at least 2, got {limit}")
    text = _SPACES.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ،,.:;-–") + ellipsis


def label(text: str, limit: int = 48, native: bool | None = None) -> str:
    """Shortened, then shaped: what a chart shows for an Arabic summary."""
    return shape(shorten(text, limit), native)
