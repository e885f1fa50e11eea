"""Make a labelled copy corpus for `--link`: real pages, and copies of their article text
made the way republishers make them, with the true original of each copy known.

    python benchmarks/make_copy_corpus.py ../shared/bench/dates-dev ../shared/bench/news-dev -o benchmarks/copy-corpus

Every real page goes in as it is. For a seeded choice of them, copies are written into the
templates of six invented republishing sites (navigation, a sidebar of other headlines, a
footer, each site's own): the whole text, or cut to its first paragraphs; with a credit
line naming the original's site, or none; with another headline; with a few sentences
edited or the quoted sentences removed. Each copy is dated 0 to 7 days after its original's
labelled date; the copies of a page without a labelled date (the news-dev pages) show no date.
Negatives: pages of an original's own site holding only its boilerplate (the article's
paragraphs removed). `truth.json` names each file's original (null for an original and a
negative). The article text comes from trafilatura (benchmark-only, never imported by the
package). The directory is gitignored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import trafilatura
from lxml import html as lhtml

SITES = [
    ("The Daily Relay", "dailyrelay.example", "semantic"),
    ("Newsfront Hub", "newsfronthub.example", "divs"),
    ("World Pulse Blog", "worldpulse.example", "semantic"),
    ("Kurier Digital", "kurier-digital.example", "divs"),
    ("Le Fil Quotidien", "lefil.example", "semantic"),
    ("Aggregated Times", "aggtimes.example", "divs"),
]
VARIANTS = ["template", "cut", "credit", "credit-cut", "headline-edit", "quotes-removed", "template", "cut"]


def source_pages(directories: list[Path]) -> list[tuple[Path, str | None, str | None]]:
    """(page, url, labelled date) of every page in the bench directories."""
    pages = []
    for directory in directories:
        labels: dict[str, dict[str, str]] = {}
        if (directory / "labels.json").exists():
            labels = json.loads((directory / "labels.json").read_text())
        urls: dict[str, str] = json.loads((directory / "urls.json").read_text()) if (directory / "urls.json").exists() else {}
        for page in sorted((directory / "pages").glob("*.html")):
            label = labels.get(page.name, {})
            pages.append((page, label.get("url") or urls.get(page.name), label.get("date")))
    return pages


def paragraphs_of(page: Path) -> tuple[str, list[str]] | None:
    raw = page.read_bytes()
    extracted = trafilatura.bare_extraction(raw.decode("utf-8", "replace"), with_metadata=True, include_comments=False)
    if not extracted:
        return None
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else extracted
    text = data.get("text") or ""
    paragraphs = [p.strip() for p in text.split("\n") if len(p.split()) >= 8]
    if sum(len(p.split()) for p in paragraphs) < 150:
        return None
    return data.get("title") or paragraphs[0][:80], paragraphs


def site_name(url: str | None, page: Path) -> str:
    root = lhtml.fromstring(page.read_bytes())
    named = root.xpath('//meta[@property="og:site_name"]/@content')
    if named and named[0].strip():
        return str(named[0].strip())
    host = urlparse(url or "").netloc
    return host.removeprefix("www.") or "an unnamed site"


def sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s]


def edit(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A few sentences reworded, one dropped: what an editor does to a wire story."""
    out = [sentences(p) for p in paragraphs]
    flat = [(i, j) for i, s in enumerate(out) for j in range(len(s))]
    for i, j in rng.sample(flat, min(3, len(flat))):
        words = out[i][j].split()
        if len(words) > 6:
            words[len(words) // 2] = "reportedly"
            out[i][j] = " ".join(reversed(words[:3])) + " " + " ".join(words[3:])
    if flat:
        i, j = rng.choice(flat)
        out[i][j] = ""
    return [" ".join(s for s in p if s) for p in out if any(p)]


def without_quotes(paragraphs: list[str]) -> list[str]:
    kept = [" ".join(s for s in sentences(p) if not re.search(r"[\"“”„«»]", s)) for p in paragraphs]
    return [p for p in kept if p]


def render(site: tuple[str, str, str], title: str, paragraphs: list[str], date: dt.date | None, credit: str | None, slug: str, others: list[str]) -> str:
    name, host, style = site
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    credit_html = f"<p><em>{html.escape(credit)}</em></p>" if credit else ""
    sidebar = "".join(f"<li><a href='/{k}'>{html.escape(t)}</a></li>" for k, t in enumerate(others))
    nav = "<a href='/'>Home</a> <a href='/world'>World</a> <a href='/politics'>Politics</a> <a href='/business'>Business</a> <a href='/subscribe'>Subscribe</a>"
    footer = (
        f"About {name} · Contact · Privacy policy · Terms of use · © {name} Media Group. All rights reserved. "
        "Sign up for our newsletter to get the day's top stories."
    )
    head = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)} | {name}</title>"
        f"<meta property='og:site_name' content='{name}'><meta property='og:url' content='https://{host}/{slug}'>"
        f"<link rel='canonical' href='https://{host}/{slug}'>"
        + (f"<meta property='article:published_time' content='{date.isoformat()}T09:00:00Z'>" if date else "")
        + "</head><body>"
    )
    stamp = f"<p class='date'>Published {date.strftime('%B')} {date.day}, {date.year}</p>" if date else ""
    if style == "semantic":
        return (
            f"{head}<header><nav>{nav}</nav></header><main><article><h1>{html.escape(title)}</h1>{stamp}{body}{credit_html}</article></main>"
            f"<aside><h3>Most read</h3><ul>{sidebar}</ul></aside><footer><p>{footer}</p></footer></body></html>"
        )
    return (
        f"{head}<div class='top'><div class='menu'>{nav}</div></div><div class='wrap'><div class='content'><h1>{html.escape(title)}</h1>{stamp}"
        f"{body}{credit_html}</div><div class='sidebar'><h3>Most read</h3><ul>{sidebar}</ul></div></div>"
        f"<div class='bottom'><p>{footer}</p></div></body></html>"
    )


def boilerplate_only(page: Path) -> str | None:
    """The page with its article removed (paragraphs, headings, captions, list items and any
    other element whose own text runs to 8 words): what the site prints on every page."""
    root = lhtml.fromstring(page.read_bytes())
    removed = 0
    for el in list(root.iter()):
        skipped = ("head", "title", "meta", "script", "style")
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in skipped:
            continue
        own = " ".join([el.text or "", *(child.tail or "" for child in el)])
        if el.tag in ("p", "h1", "h2", "h3", "figcaption", "blockquote") or len(own.split()) >= 8:
            el.drop_tree()
            removed += 1
    return lhtml.tostring(root, encoding="unicode") if removed >= 3 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", type=Path, nargs="+")
    parser.add_argument("-o", "--output", type=Path, default=Path(__file__).parent / "copy-corpus")
    parser.add_argument("--originals", type=int, default=300, help="how many pages get copies")
    parser.add_argument("--negatives", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = args.output / "pages"
    if args.output.exists():
        shutil.rmtree(args.output)
    out.mkdir(parents=True)
    truth: dict[str, dict[str, object]] = {}
    usable = []
    for page, url, date in source_pages(args.directories):
        name = f"orig-{page.name}"
        shutil.copyfile(page, out / name)
        truth[name] = {"original": None, "kind": "original", "site": urlparse(url or "").netloc.removeprefix("www."), "date": date}
        extracted = paragraphs_of(page)
        if extracted:
            usable.append((page, url, dt.date.fromisoformat(date) if date else None, *extracted))
    rng.shuffle(usable)
    headlines = [u[3] for u in usable[:40]]
    for n, (page, url, date, title, paragraphs) in enumerate(usable[: args.originals]):
        original = f"orig-{page.name}"
        for k in range(rng.choice([1, 1, 2, 3])):
            variant = rng.choice(VARIANTS)
            site = rng.choice(SITES)
            text, headline, credit = paragraphs, title, None
            if "cut" in variant:
                text = paragraphs[: rng.randint(2, 4)]
            if variant.startswith("credit"):
                credit = rng.choice(["This article first appeared on {}.", "Source: {}", "Originally published by {}."]).format(site_name(url, page))
            if variant == "headline-edit":
                headline, text = "Opinion: " + " ".join(reversed(title.split())), edit(paragraphs, rng)
            if variant == "quotes-removed":
                text = without_quotes(paragraphs)
            if sum(len(p.split()) for p in text) < 40:
                continue
            copied = date + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3, 7])) if date else None
            name = f"copy-{n:03d}-{k}-{variant}.html"
            others = rng.sample(headlines, 8)
            (out / name).write_text(render(site, headline, text, copied, credit, f"story-{n}-{k}", others), encoding="utf-8")
            truth[name] = {"original": original, "kind": "copy", "variant": variant, "site": site[1], "date": copied and copied.isoformat(), "credit": credit}
    for n, (page, url, _date, _title, _paragraphs) in enumerate(usable[args.originals : args.originals + args.negatives]):
        empty = boilerplate_only(page)
        if empty:
            name = f"boiler-{n:03d}.html"
            (out / name).write_text(empty, encoding="utf-8")
            truth[name] = {"original": None, "kind": "negative", "site": urlparse(url or "").netloc.removeprefix("www."), "of": f"orig-{page.name}"}
    (args.output / "truth.json").write_text(json.dumps(truth, indent=1, sort_keys=True))
    kinds = [t["kind"] for t in truth.values()]
    print(f"{args.output}: {kinds.count('original')} originals, {kinds.count('copy')} copies, {kinds.count('negative')} boilerplate-only negatives")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
