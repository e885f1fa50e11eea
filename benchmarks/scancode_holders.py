"""ScanCode's copyright holders for HTML files, one JSON line per file: run by
bench_holders.py in ScanCode's own environment (scancode-toolkit-mini pins an older
pluggy than pytest accepts, so it lives in a virtual environment of its own).

    .venv-scancode/bin/python benchmarks/scancode_holders.py FILE...
"""

from __future__ import annotations

import json
import sys
import time

from cluecode.copyrights import detect_copyrights


def main() -> int:
    for path in sys.argv[1:]:
        start = time.perf_counter()
        holders = [d.holder for d in detect_copyrights(path, include_copyrights=False, include_holders=True, include_authors=False)]
        print(json.dumps({"path": path, "holders": holders, "seconds": time.perf_counter() - start}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
