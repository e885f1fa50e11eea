"""Bad inputs never give a traceback: each becomes a `failed` entry with a clear reason,
and the other inputs of the same run are still audited."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import provenance
from provenance.cli import app
from provenance.document import decode
from provenance.load import DEFAULT_MAX_BYTES

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
NAME = "María José Lázaro Núñez"

runner = CliRunner()


def audit_json(*paths: Path) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["audit", *map(str, paths), "--format", "json", "--as-of", "2024-01-01"])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, json.loads(result.stdout), result.stderr


def by_name(report: dict) -> dict[str, dict]:
    return {Path(d["source"]["path"]).name: d for d in report["documents"]}


def assert_good_audited(docs: dict[str, dict]) -> None:
    good = docs["good.txt"]
    assert good["status"] == "audited"
    assert good["error"] is None
    assert len(good["chain"]) == 2
    assert good["chain"][0]["publisher"] == "Bloomberg"
    assert {f["rule"] for f in good["findings"]} >= {"PRV201", "PRV302"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory holding a copy of the seed as good.txt."""
    directory = tmp_path / "corpus"
    directory.mkdir()
    (directory / "good.txt").write_bytes(SEED.read_bytes())
    return directory


# --- one bad file beside the good one --------------------------------------------------------

BAD_FILES: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "empty": ("empty.txt", lambda: b"", "empty"),
    "whitespace-only": ("blank.txt", lambda: b"  \n\t\n\r\n   ", "empty"),
    "binary": ("x.txt", lambda: bytes(range(256)) * 100, "binary"),
    "binary-html": ("page.html", lambda: b"<html>\x00\x01\x02" + bytes(range(256)) * 10, "binary"),
    "control-garbage": ("garbage.txt", lambda: bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15] * 2000), "undecodable"),
    "bad-bom": ("bom.txt", lambda: b"\xff\xfe" + b"\x00\xd8" + b"a", "undecodable"),
    "random-bytes": ("noise.txt", lambda: bytes(random.Random(1234).choices(range(1, 256), k=20000)), "undecodable"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_fails_and_others_are_audited(corpus: Path, case: str):
    name, make, word = BAD_FILES[case]
    (corpus / name).write_bytes(make())
    code, report, stderr = audit_json(corpus)
    assert code == 2
    docs = by_name(report)
    assert set(docs) == {"good.txt", name}
    assert_good_audited(docs)
    bad = docs[name]
    assert bad["status"] == "failed"
    assert word in bad["error"].lower(), bad["error"]
    assert bad["findings"] == [] and bad["chain"] == [] and bad["title"] is None
    assert report["summary"]["audited"] == 1 and report["summary"]["failed"] == 1
    assert f"{name}: {bad['error']}" in stderr


def test_control_garbage_fails_as_binary_or_undecodable(corpus: Path):
    (corpus / "garbage.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15] * 2000))
    code, report, _ = audit_json(corpus)
    error = by_name(report)["garbage.txt"]["error"]
    assert code == 2
    assert "binary" in error and "control characters" in error


def test_short_control_garbage_fails(corpus: Path):
    (corpus / "tiny.txt").write_bytes(bytes([1, 2, 3, 4, 5]))
    code, report, _ = audit_json(corpus)
    tiny = by_name(report)["tiny.txt"]
    assert tiny["status"] == "failed"
    assert "control characters" in (tiny["error"] or "")
    assert code == 2


def test_too_large_file_fails(corpus: Path):
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    (corpus / "big.txt").write_bytes(b"All work and no play makes Jack a dull boy.\n" * (20 * 1024 * 1024 // 44 + 1))
    assert (corpus / "big.txt").stat().st_size > 20 * 1024 * 1024
    code, report, stderr = audit_json(corpus)
    assert code == 2
    docs = by_name(report)
    assert_good_audited(docs)
    big = docs["big.txt"]
    assert big["status"] == "failed"
    assert "too large" in big["error"]
    assert "is over the limit of 10,485,760 bytes (10 MiB) (--max-bytes)" in big["error"]
    assert "big.txt" in stderr


def test_max_bytes_option_changes_the_limit(corpus: Path):
    seed_size = SEED.stat().st_size
    result = runner.invoke(app, ["audit", str(corpus), "--format", "json", "--max-bytes", str(seed_size - 1)])
    assert result.exit_code == 2
    (good,) = json.loads(result.stdout)["documents"]
    assert good["status"] == "failed" and "too large" in good["error"]
    result = runner.invoke(app, ["audit", str(corpus), "--format", "json", "--max-bytes", str(seed_size)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["status"] == "audited"


def test_directory_with_no_documents_fails(corpus: Path, tmp_path: Path):
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    (empty / "notes.md").write_text("# not a document type we audit\n", encoding="utf-8")
    (empty / ".hidden.txt").write_text("hidden files are skipped\n", encoding="utf-8")
    code, report, stderr = audit_json(corpus, empty)
    assert code == 2
    docs = by_name(report)
    assert set(docs) == {"good.txt", "nothing-here"}
    assert_good_audited(docs)
    failed = docs["nothing-here"]
    assert failed["status"] == "failed"
    assert failed["source"]["path"] == str(empty)
    assert "no documents" in failed["error"]
    assert "nothing-here" in stderr


def test_missing_path_fails(corpus: Path, tmp_path: Path):
    missing = tmp_path / "does-not-exist.txt"
    code, report, stderr = audit_json(missing, corpus)
    assert code == 2
    docs = by_name(report)
    assert_good_audited(docs)
    gone = docs["does-not-exist.txt"]
    assert gone["status"] == "failed"
    assert "no such file" in gone["error"]
    assert gone["source"]["sha256"] is None
    # inputs keep the order they were given in
    assert [Path(d["source"]["path"]).name for d in report["documents"]] == ["does-not-exist.txt", "good.txt"]
    assert "does-not-exist.txt" in stderr


def test_all_bad_inputs_at_once(corpus: Path, tmp_path: Path):
    for name, make, _ in BAD_FILES.values():
        (corpus / name).write_bytes(make())
    (tmp_path / "empty-dir").mkdir()
    code, report, _ = audit_json(corpus, tmp_path / "empty-dir", tmp_path / "missing.html")
    assert code == 2
    docs = by_name(report)
    assert_good_audited(docs)
    failed = {n for n, d in docs.items() if d["status"] == "failed"}
    assert failed == {n for n, _, _ in BAD_FILES.values()} | {"empty-dir", "missing.html"}
    assert report["summary"] == {
        "documents": len(BAD_FILES) + 3, "seen": len(BAD_FILES) + 3, "audited": 1, "failed": len(BAD_FILES) + 2,
        "skipped": 0, "baselined": 0,
        "findings": {"error": 0, "warning": 2, "info": 2},  # good.txt's; a failed input has none
    }
    for doc in docs.values():
        if doc["status"] == "failed":
            assert doc["error"] and doc["error"].strip()


def test_bad_inputs_in_a_real_process_give_no_traceback(corpus: Path, tmp_path: Path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "x.txt").write_bytes(bytes(range(256)) * 100)
    proc = subprocess.run(
        [sys.executable, "-m", "provenance", "audit", str(corpus), str(tmp_path / "missing.txt"), "--format", "json"],
        capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    docs = by_name(json.loads(proc.stdout))
    assert_good_audited(docs)
    assert docs["empty.txt"]["status"] == docs["x.txt"]["status"] == docs["missing.txt"]["status"] == "failed"
    assert len(proc.stderr.strip().splitlines()) == 3


# --- encodings: decoded, not failed -----------------------------------------------------------

LATIN1_TEXT = (
    "Nota de prensa\n"
    "\n"
    f"La abogada {NAME} presentó hoy una demanda ante el tribunal de Madrid por la detención de su cliente.\n"
    "\n"
    f"Según {NAME}, la detención no respetó las garantías del procedimiento y será recurrida ante la Audiencia.\n"
)


def test_latin1_text_is_audited_with_name_decoded(corpus: Path):
    data = LATIN1_TEXT.encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    (corpus / "latin.txt").write_bytes(data)
    code, report, _ = audit_json(corpus)
    assert code == 0
    docs = by_name(report)
    assert_good_audited(docs)
    latin = docs["latin.txt"]
    assert latin["status"] == "audited" and latin["error"] is None
    guessed = [f for f in latin["findings"] if f["rule"] == "PRV901"]
    assert len(guessed) == 1
    assert guessed[0]["severity"] == "info"
    assert NAME in guessed[0]["evidence"]
    assert guessed[0]["line"] == 3


def test_latin1_text_decodes_in_the_python_api():
    result = provenance.audit_document(LATIN1_TEXT.encode("latin-1"), path="latin.txt")
    assert result.status == "audited"
    texts = [line.text for line in result.document.lines]
    assert any(NAME in t for t in texts), texts
    assert not any("\ufffd" in t or "Ã" in t for t in texts)
    assert result.document.encoding in ("windows-1252", "cp1252", "iso-8859-1", "latin-1")
    assert result.document.encoding_declared is False
    assert "PRV901" in {f.rule for f in result.findings}


def test_utf8_text_has_no_encoding_finding():
    result = provenance.audit_document(LATIN1_TEXT.encode("utf-8"), path="utf8.txt")
    assert result.status == "audited"
    assert any(NAME in line.text for line in result.document.lines)
    assert "PRV901" not in {f.rule for f in result.findings}


HTML = (
    "<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n{meta}"
    "<title>Entrevista con Núñez</title>\n</head>\n<body>\n"
    "<p>El periodista Núñez habló con la prensa sobre la situación política del país y sus “consecuencias”.</p>\n"
    "</body>\n</html>\n"
)


def test_html_declared_windows_1252_decodes(corpus: Path):
    page = HTML.format(meta='<meta charset="windows-1252">\n').encode("cp1252")
    result = provenance.audit_document(page, path="page.html")
    assert result.status == "audited"
    assert result.document.encoding == "windows-1252"
    assert result.document.encoding_declared is True
    assert any("Núñez habló" in line.text and "“consecuencias”" in line.text for line in result.document.lines)
    assert "PRV901" not in {f.rule for f in result.findings}

    (corpus / "page.html").write_bytes(page)
    code, report, _ = audit_json(corpus)
    assert code == 0
    doc = by_name(report)["page.html"]
    assert doc["status"] == "audited"
    assert doc["title"] == "Entrevista con Núñez"


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1"])
def test_html_declared_latin1_reads_as_windows_1252(label: str):
    page = HTML.format(meta=f'<meta http-equiv="Content-Type" content="text/html; charset={label}">\n').encode("cp1252")
    result = provenance.audit_document(page, path="page.html")
    assert result.status == "audited"
    assert result.document.encoding == "windows-1252"
    assert any("“consecuencias”" in line.text for line in result.document.lines)


def test_html_undeclared_cp1252_decodes(corpus: Path):
    page = HTML.format(meta="").encode("cp1252")
    result = provenance.audit_document(page, path="page.html")
    assert result.status == "audited"
    assert result.document.encoding_declared is False
    assert any("Núñez habló" in line.text and "“consecuencias”" in line.text for line in result.document.lines)
    guessed = [f for f in result.findings if f.rule == "PRV901"]
    assert len(guessed) == 1 and "Núñez" in guessed[0].evidence

    (corpus / "page.htm").write_bytes(page)
    code, report, _ = audit_json(corpus)
    assert code == 0
    doc = by_name(report)["page.htm"]
    assert doc["status"] == "audited"
    assert doc["title"] == "Entrevista con Núñez"


def test_html_wrong_declaration_falls_back_to_the_bytes():
    page = HTML.format(meta='<meta charset="no-such-charset">\n').encode("utf-8")
    result = provenance.audit_document(page, path="page.html")
    assert result.status == "audited"
    assert result.document.encoding == "utf-8"
    assert any("Núñez habló" in line.text for line in result.document.lines)


def test_decode_rejects_binary_and_garbage():
    from provenance.document import InputError

    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 100, is_html=False)
    with pytest.raises(InputError, match="control characters"):
        decode(bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15] * 2000), is_html=False)
    assert decode("Núñez".encode(), is_html=False).text == "Núñez"
    assert decode(b"\xef\xbb\xbfN\xc3\xba\xc3\xb1ez", is_html=False).text == "Núñez"


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("Â© 2021 Harbour Times Verlag GmbH", "Harbour Times Verlag GmbH"),  # the sign decoded twice
        ("© 2021 Harbour Times Verlag GmbH", "Harbour Times Verlag GmbH"),  # a clean page is left as it is
    ],
)
def test_text_decoded_twice_on_its_way_is_mended_before_reading(footer: str, holder: str):
    # UTF-8 read as windows-1252 upstream ("kÃ¶nnen", "Â©"): the lines showing it are
    # mended, so the words and the sign read as the page meant them.
    body = "Die Fähre wird im Mai geschlossen, sagte die Hafenbehörde, und viele Pendler kÃ¶nnen dann nicht mehr übersetzen."
    html = f"<html><body><p>{body}</p><footer>{footer}</footer></body></html>"
    result = provenance.audit_document(html.encode("utf-8"), path="page.html", content_type="html")
    assert result.rights.holder == holder
    assert [line.text for line in result.document.lines] == [body.replace("kÃ¶nnen", "können"), footer.replace("Â©", "©")]
