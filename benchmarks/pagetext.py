"""Read a saved page as a person labelling it would: its metadata, then its visible text.

    python benchmarks/pagetext.py PAGE.html [--head N]

For labelling benchmark pages by hand. It uses lxml directly, not provenance, so that a
label comes from the page and not from what the auditor makes of it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lxml import html


def _decoded(data: bytes) -> str | bytes:
    """The page as text when it is valid UTF-8: libxml2 guesses Latin-1 for a page that
    declares no charset, and a labeller then reads "Â©" for "©". Other bytes go to lxml as
    they are, for it to read their declared charset."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    # lxml refuses a str that still declares its encoding in an XML prolog.
    return text.split("?>", 1)[1] if text.lstrip().startswith("<?xml") else text


_SKIP = {"script", "style", "noscript", "template", "svg"}
_BLOCK = set(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul".split()
)
_META_KEYS = (
    "og:site_name", "og:url", "og:title", "author", "article:author", "article:published_time",
    "article:modified_time", "date", "pubdate", "publish-date", "dc.date", "dc.rights", "dc.source",
    "dc.publisher", "dcterms.rightsholder", "copyright", "original-source", "syndication-source",
    "og:updated_time", "parsely-pub-date", "sailthru.date", "news_keywords",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--head", type=int, default=0, help="print only the first N text lines")
    args = parser.parse_args()
    root = html.fromstring(_decoded(args.page.read_bytes()))
    print("== metadata")
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in _META_KEYS or "date" in key or "author" in key or "copyright" in key:
            print(f"meta {key}: {el.get('content')}")
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() in ("canonical", "license", "author"):
            print(f"link {el.get('rel')}: {el.get('href')}")
    for el in root.iter("script"):
        if "ld+json" in (el.get("type") or "") and el.text:
            try:
                data = json.loads(el.text)
            except ValueError:
                continue
            print("json-ld:", json.dumps(data, ensure_ascii=False)[:1500])
    for el in root.iter("time"):
        print(f"time datetime={el.get('datetime')!r} text={' '.join(el.text_content().split())[:60]!r}")
    print("== text (source line: text)")
    lines: list[tuple[int, str]] = []
    pieces: list[str] = []
    first = [0]

    def close() -> None:
        text = " ".join("".join(pieces).split())
        if text:
            lines.append((first[0], text))
        pieces.clear()

    def walk(el: html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP or not tag:
            if el.tail:
                pieces.append(el.tail)
            return
        if tag in _BLOCK:
            close()
        if el.text:
            if not pieces:
                first[0] = el.sourceline or 0
            pieces.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK:
            close()
        if el.tail:
            if not pieces:
                first[0] = el.sourceline or 0
            pieces.append(el.tail)

    sys.setrecursionlimit(10000)
    walk(root)
    close()
    for number, text in lines[: args.head or None]:
        print(f"{number:>5}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
