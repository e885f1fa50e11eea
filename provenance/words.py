"""How many words a line holds, in scripts written with spaces between words and without; and
the article a name or a title opens with, which the claims' readers drop before they read it."""

from __future__ import annotations

import re

__all__ = ["ARTICLES", "LEADING_ARTICLE", "PARAGRAPH_WORDS", "word_count", "word_counts"]

PARAGRAPH_WORDS = 12  # a paragraph of a text, not a caption, a heading or a label
_SPACED_ENOUGH = 15  # words counted by spaces: no need to look at the script

# Scripts written without spaces between words: Chinese and Japanese (about two characters a
# word) and Thai, Lao, Khmer, Burmese (about four).
_HAN_KANA_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SOUTHEAST_ASIAN_RANGES = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_HAN_KANA = re.compile(f"[{_HAN_KANA_RANGES}]")
_SOUTHEAST_ASIAN = re.compile(f"[{_SOUTHEAST_ASIAN_RANGES}]")
_UNSPACED = re.compile(f"[{_HAN_KANA_RANGES}{_SOUTHEAST_ASIAN_RANGES}]")


def word_count(text: str) -> int:
    """About how many words a line holds: its spaces, or in a script written without them
    its characters ("港务局表示，……连续第三周缩短。" is a paragraph)."""
    spaced = text.count(" ") + 1  # counted in C: most lines stop here
    if spaced >= _SPACED_ENOUGH or len(text) < 2 * PARAGRAPH_WORDS or not _UNSPACED.search(text):
        return spaced
    return _unspaced_count(text, spaced)


def _unspaced_count(text: str, spaced: int) -> int:
    """The words of a line written partly without spaces: its Han and kana characters two
    a word, its Southeast Asian ones four, or its spaces where they count more."""
    return max(spaced, len(_HAN_KANA.findall(text)) // 2 + len(_SOUTHEAST_ASIAN.findall(text)) // 4)


def word_counts(texts: list[str]) -> list[int]:
    """word_count of each text: the spaces of all counted first, and the script looked at
    only for the short-spaced lines that may be written without spaces (a page's every line
    goes through here once, and a call per line was most of the cost)."""
    counts = [text.count(" ") + 1 for text in texts]
    for i, text in enumerate(texts):
        spaced = counts[i]
        if spaced < _SPACED_ENOUGH and len(text) >= 2 * PARAGRAPH_WORDS and not text.isascii() and _UNSPACED.search(text):
            counts[i] = _unspaced_count(text, spaced)
    return counts


# The article a newspaper's title or an organisation's name opens with: "The Quayside
# Examiner", "Le Monde", "El País", "Il Post", "De Telegraaf", "Het Parool", "O Globo", "Die
# Zeit", "Los Andes". ARTICLES for a reader that needs a word or two more (claims/issuer.py).
ARTICLES = r"the|le|la|les|l['’]|el|il|lo|de|het|o|a|die|der|das|los|las"
LEADING_ARTICLE = re.compile(rf"^(?:{ARTICLES})\s+", re.I)
