"""PRV201 fair-use-claim: the republisher claims a fair-use exemption for its copy."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV201",
    name="fair-use-claim",
    severity="warning",
    category="notice",
    summary="A notice claims the fair-use exemption (17 U.S.C. § 107) for the site's copies of others' material, or promises to take copies down when their owner objects.",
    why="Fair use is a defence the republisher may raise for its own use, not a licence: it passes no rights to an archive or corpus that takes the copy. The text stays In Copyright, held by the original publisher.",
    example="In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit to those who have expressed a prior interest in receiving the included information for research and educational purposes.",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    holder = ctx.rights.holder if len(ctx.chain) > 1 else None
    for notice in ctx.claims.notices:
        if notice.kind != "fair-use":
            continue
        purposes = f" for {', '.join(notice.purposes)}" if notice.purposes else ""
        reach = " for the whole site" if notice.scope == "site" else ""
        message = (
            f"the site promises to take copied material down when its owner objects{reach}: it republishes others' work "
            "without a licence, and the promise grants no reuse rights"
            if notice.family == "takedown"
            else f"the republisher claims a fair-use exemption ({notice.basis}){reach}{purposes}; "
            "fair use is not a licence and grants no reuse rights"
        )
        yield make_finding(
            RULE,
            message,
            notice.evidence,
            suggestion=(
                f"treat as In Copyright (holder: {holder}); reuse needs {holder}'s permission"
                if holder
                else "treat as In Copyright; reuse needs the copyright holder's permission"
            ),
        )
