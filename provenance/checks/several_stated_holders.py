"""PRV206 several-stated-holders: the page states more than one holder for its own text.

Example: a wire story whose text closes "© 2021 The Associated Press", on a page whose
footer reads "© 2021 Paddock Publications, Inc." The report takes one as `rights.holder`
(the line in the text, the copy's original, or the site's own line); this finding names
the others, each with its line, so that whoever records the rights sees every statement.
Names of one outlet or one house ("Example Times" and "The Example Times Ltd", a brand and
its parent in the registry) are one holder, not several.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Notice, Related
from ..packs import RuleDoc
from ..registry import bare_name, fold, same_outlet
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV206",
    name="several-stated-holders",
    severity="info",
    category="rights",
    summary="The page states more than one copyright holder for its own text (in the text, the footer or the metadata); the report takes one and lists the others.",
    why="A catalogue record names one holder. Where a page states several (a wire agency's line over the site's footer, a parent company in the metadata, "
    "an author's line inside the text), the one the report takes is a judgement: the others are where to look before recording the rights.",
    example="Copyright 2021 The Associated Press. All rights reserved.   (in the text)   /   © 2021 Paddock Publications, Inc.   (in the footer)",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    holder, evidence = ctx.rights.holder, ctx.rights.holder_evidence
    if holder is None or evidence is None:
        return
    others: dict[str, Notice] = {}
    for notice in ctx.claims.notices:
        name = notice.holder
        if notice.kind != "copyright" or notice.scope != "page" or not name or fold(name) in others:
            continue
        if not _one_holder(name, holder, ctx) and not any(_one_holder(name, seen.holder or "", ctx) for seen in others.values()):
            others[fold(name)] = notice
    if not others:
        return
    listed = ", ".join(f"{n.holder} ({_place(n)})" for n in others.values())
    yield make_finding(
        RULE,
        f"the page states {holder} as the text's holder, and also {listed}",
        evidence,
        suggestion=f"check which holder covers the text before recording the rights: the report takes {holder} ({ctx.rights.basis})",
        related=[Related(n.evidence.line, n.evidence.text if n.evidence.where == "text" else f"{n.evidence.where}: {n.evidence.text}") for n in others.values()],
    )


def _one_holder(a: str, b: str, ctx: Context) -> bool:
    """Whether two stated names are one holder: one outlet, one house in the registry, or one
    name within the other ("The Quay Times" and "Quay Times Media Ltd.")."""
    x, y = bare_name(a), bare_name(b)
    return same_outlet(a, b) or ctx.packs.registry.same_house(a, b) or (bool(x) and bool(y) and (x in y or y in x))


def _place(notice: Notice) -> str:
    where = notice.evidence.where
    return f"line {notice.evidence.line}" if where == "text" else where
