"""Write `src/dateline/data/<lang>/timex.gate.json`: what the timex grammar learns from a language's rules about
where a match can begin (see `dateline.timex.patterns.Gate`), kept so that `dateline dates` need not learn it again
at every start. Run `python tools/gen_gates.py` after editing a `timex.toml` or `timex/patterns.py`; a test fails
while a file is out of date (the grammar then learns the gate itself, slower but alike)."""

from __future__ import annotations

import sys

import orjson

from dateline.resources import DATA, languages
from dateline.timex.patterns import GATE_FILE, gate_record


def render(lang: str) -> bytes:
    """The file's content for `lang`: JSON, a group of heads a line (a changed rule changes a few lines)."""
    record = gate_record(lang)
    fields = [b'"%s": %s' % (name.encode(), orjson.dumps(value)) for name, value in record.items() if name != "heads"]
    heads = b",\n".join(orjson.dumps(group) for group in record["heads"])
    return b"{\n" + b",\n".join(fields) + b',\n"heads": [\n' + heads + b"\n]}\n"


def main() -> int:
    """Write the file of every language with timex rules; print those that changed."""
    for lang in languages("timex"):
        path = DATA / lang / GATE_FILE
        content = render(lang)
        if not path.is_file() or path.read_bytes() != content:
            path.write_bytes(content)
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
