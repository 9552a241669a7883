"""Score the coder on PETRARCH's own unit-test suite, with PETRARCH's own validation dictionaries.

    python bench/petrarch_validation.py [--records PATH] [--dictionaries DIR] [--no-failures]

Imports the PETR.Validate.* dictionaries that sit beside the records file (PETRARCH2's
PETR.UnitTest.records.xml; by default the copy in ../shared/reference/petrarch2/validation)
into a temporary folder, unless --dictionaries names one already imported, codes every record
and prints how many give exactly the expected events, a table by category, and each failure
with what the coder found. Those files are read for this comparison only; nothing of them is
kept.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coder.lexicon import load  # noqa: E402
from coder.petrarch_suite import format_result, import_validation, read_suite, run_suite  # noqa: E402

SHARED = Path(os.environ.get("CODER_SHARED") or ROOT.parent / "shared")
RECORDS = SHARED / "reference" / "petrarch2" / "validation" / "PETR.UnitTest.records.xml"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=Path, default=RECORDS, help="PETR.UnitTest.records.xml")
    parser.add_argument("--dictionaries", type=Path, default=None,
                        help="an imported dictionary folder (default: import PETR.Validate.* beside the records)")
    parser.add_argument("--no-failures", action="store_true", help="print the score and the table only")
    args = parser.parse_args(argv)
    if not args.records.exists():
        print(f"no records file at {args.records}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        lexicon = load(args.dictionaries) if args.dictionaries else import_validation(args.records, tmp).lexicon
        result = run_suite(read_suite(args.records), lexicon)
    print(format_result(result, failures=not args.no_failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
