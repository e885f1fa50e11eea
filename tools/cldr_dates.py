"""Write rules/dates-cldr.toml: month and weekday names from the Unicode CLDR (through
Babel) for every language the built-in packs do not spell out by hand.

    pip install babel && python tools/cldr_dates.py

The pack it writes is data like any other; this script is run by a person when the list
of languages changes, never by the auditor. Months keep every CLDR form: wide and
abbreviated, in their formatting context (the genitive of Russian "5 марта", Finnish
"maaliskuuta") and standing alone ("март"). A spelling that another language already
gives to a different month is left out, earlier languages first (rules/dates.toml's,
then this list's order): a flat vocabulary cannot read "listopad" as November in Polish
and October in Croatian, so it reads it the way more of the languages do.
"""

from __future__ import annotations

import sys
from pathlib import Path

import tomllib
from babel.dates import get_day_names, get_month_names

ROOT = Path(__file__).resolve().parents[1]
# Languages, most-read first where two disagree on a spelling. Regional variants add the
# month names their region uses (the Levant's كانون الثاني, the Maghreb's جانفي).
LOCALES = [
    "ru", "pl", "nl", "tr", "cs", "uk", "sv", "da", "nb", "nn", "fi", "hu", "ro", "el", "bg", "sk", "sl", "hr",
    "sr", "sr_Latn", "bs", "mk", "sq", "lt", "lv", "et", "is", "ca", "gl", "eu", "id", "ms", "vi", "tl",
    "sw", "az", "kk", "uz", "ka", "hy", "be", "ar", "ar_SY", "ar_IQ", "ar_LB", "ar_TN", "ar_DZ", "ar_MA",
    "fa", "ur", "he", "hi", "bn", "mr", "ta", "te", "gu", "kn", "ml", "pa", "ne", "si", "th", "km", "lo", "my",
    "am", "ti", "af", "fy", "cy", "ga", "mt", "lb", "fo", "mn", "ky", "tg", "tk", "ps", "ckb", "ug", "so", "ha", "zu",
    "or", "as", "jv",
]
OUT = ROOT / "rules" / "dates-cldr.toml"


def spellings(names: list[str]) -> list[str]:
    """Lower-cased, without a closing dot, longest first. A month written as a number
    counts only as a phrase ("tháng 3"), not run together ("3月", read by its own form);
    two letters are a name in other scripts ("मई", "آب") but too short an abbreviation
    in the Latin one."""
    out = {n.lower().strip().rstrip(".") for n in names if n and (" " in n.strip() or not any(c.isdigit() for c in n))}
    return sorted((n for n in out if len(n) >= (3 if n.isascii() or max(n) <= "\u024f" else 2)), key=lambda n: (-len(n), n))


def month_forms(locale: str) -> list[list[str]]:
    forms: list[list[str]] = [[] for _ in range(12)]
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context=context, locale=locale).items():
                forms[number - 1].append(name)
                if locale == "he":
                    forms[number - 1].append("ב" + name)  # "5 במרץ 2021": "in March", the preposition joined
    return [spellings(f) for f in forms]


def day_forms(locale: str) -> list[list[str]]:
    forms: list[list[str]] = [[] for _ in range(7)]
    for context in ("format", "stand-alone"):
        for number, name in get_day_names("wide", context=context, locale=locale).items():
            forms[number].append(name)  # Babel counts from Monday, as the packs do
    return [spellings(f) for f in forms]


def main() -> int:
    hand = tomllib.loads((ROOT / "rules" / "dates.toml").read_text(encoding="utf-8"))
    taken: dict[str, int] = {n: i for spelled in hand["months"].values() for i, names in enumerate(spelled) for n in names}
    days_taken = {n for table in hand["weekdays"].values() for key in ("names", "abbreviations") for names in table.get(key, []) for n in names}
    lines = [
        "# Month and weekday names from the Unicode CLDR, written by tools/cldr_dates.py (see its",
        "# docstring): do not edit by hand, run the script. The hand-kept languages are in dates.toml.",
        "# Weekday names here are `written`: they count beside a date (\"вторник, 5 марта 2021\"),",
        "# not as bare mentions in running text, which are read in the hand-kept languages only.",
        "# A spelling another language gives to another month is left out (noted per language).",
        "",
    ]
    for locale in LOCALES:
        months = month_forms(locale)
        dropped = sorted({n for i, names in enumerate(months) for n in names if taken.get(n, i) != i})
        months = [[n for n in names if taken.get(n, i) == i] for i, names in enumerate(months)]
        if all(not names for names in months):
            print(f"{locale}: every month taken by other languages; left out", file=sys.stderr)
            continue
        for i, names in enumerate(months):
            for n in names:
                taken.setdefault(n, i)
        days = [[n for n in names if n not in days_taken and n not in taken] for names in day_forms(locale)]
        key = locale.replace("_", "-").lower()
        lines.append(f"months.{key} = [")
        for names in months:
            lines.append("  [" + ", ".join(f'"{n}"' for n in names) + "],")
        lines.append("]")
        if dropped:
            lines.append(f"# {key}: left out, another language's other month: {', '.join(dropped)}")
        if all(days):
            days_taken.update(n for names in days for n in names)
            lines.append(f"weekdays.{key}.written = [" + ", ".join("[" + ", ".join(f'"{n}"' for n in names) + "]" for names in days) + "]")
        lines.append("")
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT} ({len(LOCALES)} languages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
