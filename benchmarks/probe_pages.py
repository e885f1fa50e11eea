"""What the probes that write into real pages share (probe_transplant, probe_footer,
probe_distractors, probe_date_distractors, probe_renamed): the tuning half's pages as text (or
the held-out half's, for a figure only), the places in their own markup where a probe writes
(the article's paragraphs, the page's footer, the top of <body>), and the tally each prints per form."""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
from devpages import held_out, labelled_page
from lxml import etree

from provenance.model import RawInput

_NOT_ARTICLE = {"script", "template", "noscript", "style", "nav", "header", "footer", "aside", "form", "figcaption", "li", "blockquote", "table"}
_NOT_FOOTER = {"html", "body", "script", "template", "style", "noscript"}


def half_argument(parser: argparse.ArgumentParser) -> None:
    """The probes' --half: the tuning half by default; the held-out half for its figures alone."""
    parser.add_argument(
        "--half", choices=["tuning", "held-out"], default="tuning",
        help="the pages to probe; the held-out half gives its figures only, never its pages",
    )


def probed_half(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """The half asked for; a held-out half's misses are refused (they may not be read)."""
    if args.half == "held-out" and args.misses:
        parser.error("--misses lists pages of the tuning half only")
    return str(args.half)


def in_half(name: str, half: str) -> bool:
    """Whether a page (its file name) is in that half of its labelled set."""
    return held_out(name) == (half == "held-out")


def labelled_pages(
    bench: Path, labels: dict[str, dict[str, Any]], half: str = "tuning"
) -> Iterator[tuple[str, dict[str, Any], RawInput, str]]:
    """Each labelled page of the tuning half (or, with half="held-out", of the held-out half, whose
    probes print a figure and never a page) as key, label, raw input and text; pages not written
    in UTF-8 are left out (a line written in UTF-8 would be mojibake there)."""
    for key, label in sorted(labels.items()):
        if not in_half(key.split("/", 1)[1], half):
            continue
        raw = labelled_page(bench, key, label.get("url"))
        try:
            yield key, label, raw, (raw.data or b"").decode("utf-8")
        except UnicodeDecodeError:
            continue


def parsed(page: str) -> etree._ElementTree | None:
    try:
        return lxml.html.fromstring(page).getroottree()
    except (etree.ParserError, ValueError):
        return None


def serialised(tree: etree._ElementTree) -> str:
    return etree.tostring(tree, method="html", encoding="unicode", doctype=tree.docinfo.doctype)


def article_paragraphs(page: str) -> tuple[etree._ElementTree, etree._Element, etree._Element] | None:
    """The page's tree, and the first and last paragraph of its article: of the `<p>` elements
    with 80 or more characters of text outside scripts, navigation, footers and lists, those of
    the one element that holds the most of their text."""
    tree = parsed(page)
    if tree is None:
        return None

    def long_enough(p: etree._Element) -> bool:
        outside = not any(a.tag in _NOT_ARTICLE for a in p.iterancestors() if isinstance(a.tag, str))
        return outside and len(" ".join(p.text_content().split())) >= 80

    # The article is the element whose own paragraphs hold the most text (readability's rule of thumb).
    held: dict[etree._Element, list[etree._Element]] = {}
    for p in tree.iter("p"):
        if p.getparent() is not None and long_enough(p):
            held.setdefault(p.getparent(), []).append(p)
    if not held:
        return None
    paragraphs = max(held.values(), key=lambda ps: sum(len(p.text_content()) for p in ps))
    return tree, paragraphs[0], paragraphs[-1]


def page_footer(root: etree._Element) -> etree._Element | None:
    """The page's own footer: the last <footer> outside an <article> (not a teaser card's or a
    comment's), else the last element (not a script or a template) whose class or id says
    footer, else a new <footer> at the end of <body>; None with no <body>."""
    footer = next((f for f in reversed(list(root.iter("footer"))) if next(f.iterancestors("article"), None) is None), None)
    if footer is None:
        marked = [
            el for el in root.iter(etree.Element)
            if isinstance(el.tag, str) and el.tag not in _NOT_FOOTER and "footer" in f"{el.get('class', '')} {el.get('id', '')}".lower()
        ]
        footer = marked[-1] if marked else None
    if footer is None:
        body = next(root.iter("body"), None)
        if body is None:
            return None
        footer = etree.SubElement(body, "footer")
    return footer


def written_in(page: str, markup: str, place: str) -> str | None:
    """The page, serialised by lxml, with `markup` written in at `place`: "top" (first in
    <body>), "before-last" (before the article's last paragraph), "after-article" (after the
    element holding the article's paragraphs) or "footer" (last in the page's footer); None
    where the page has no such place."""
    found = article_paragraphs(page) if place in ("before-last", "after-article") else None
    tree = found[0] if found else parsed(page)
    if tree is None or (found is None and place in ("before-last", "after-article")):
        return None
    elements = lxml.html.fragments_fromstring(markup)
    if found is not None and place == "before-last":
        for element in elements:
            found[2].addprevious(element)
    elif found is not None:
        holder = found[2].getparent()
        for element in reversed(elements):
            holder.addnext(element)
    elif place == "top":
        body = next(tree.getroot().iter("body"), None)
        if body is None:
            return None
        for element in reversed(elements):
            body.insert(0, element)
    else:
        footer = page_footer(tree.getroot())
        if footer is None:
            return None
        for element in elements:
            footer.append(element)
    return serialised(tree)


@dataclass
class Tally:
    """Per form, how often the answer was as meant, and the pages where it was not."""

    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    wrong: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def record(self, form: str, ok: bool, what: str) -> None:
        if ok:
            self.right[form] += 1
        else:
            self.wrong[form].append(what)

    def print(self, title: str, forms: list[str], misses: bool, missed: str = "missed on", total: bool = True) -> None:
        """The title, a line per form (right/tried), the sum, and with `misses` the pages."""
        print(title)
        for name in forms:
            tried = self.right[name] + len(self.wrong[name])
            share = f"{self.right[name] / tried:.2f}" if tried else "-"
            print(f"  {name:26} {self.right[name]:>4}/{tried:<4} = {share}")
        if total:
            right = sum(self.right[name] for name in forms)
            tried = right + sum(len(self.wrong[name]) for name in forms)
            print(f"  {'all':26} {right:>4}/{tried:<4} = {right / max(tried, 1):.3f}")
        if misses:
            for name in forms:
                if self.wrong[name]:
                    print(f"\n{name}: {missed} {len(self.wrong[name])}")
                    for line in self.wrong[name]:
                        print("  " + line)
