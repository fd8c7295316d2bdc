"""End-to-end throughput and memory of `dateline extract`, beside the floor a user would otherwise write.

- the 240 web pages of ../shared/corpus/html/pages: `--jobs 1` and `--jobs 2` (identical output checked) against
  `trafilatura.bare_extraction(html, with_metadata=True)` + `langdetect.detect` on the same pages;
- peak RSS (largest process) for generated JSON-lines inputs of 1,000 and 10,000 articles, and for a generated
  WARC file (BENCH_WARC_MB, default 100; `BENCH_WARC_MB=1024 make bench` for the 1 GB check).

Each run is a fresh process, timed from start to end (interpreter start and imports included for both sides).
"""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "corpus" / "html" / "pages"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
CLI = [sys.executable, "-c", "from dateline.cli import main; main()", "extract"]
MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""
FLOOR = """
import gzip, sys
from pathlib import Path
import trafilatura
from langdetect import DetectorFactory, detect
DetectorFactory.seed = 0
for path in sorted(Path(sys.argv[1]).glob("*.html.gz")):
    result = trafilatura.bare_extraction(gzip.decompress(path.read_bytes()), with_metadata=True)
    text = (result.text if result is not None else "") or ""
    try:
        detect(text[:2000] or "-")
    except Exception:
        pass
"""
PLACES = ("Odesa", "Gdansk", "Varna", "Trieste", "Piraeus", "Hamburg", "Rotterdam", "Constanta")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, largest process of the tree) of `command` run to its end."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds, rss_kb, code = done.stdout.split()
    if code not in ("0", "1"):
        raise SystemExit(f"failed ({code}): {' '.join(command)}")
    return float(seconds), int(rss_kb) / 1024


def median_run(results: list[tuple[float, float]]) -> tuple[float, float]:
    """The run of median wall time (its own peak RSS with it)."""
    return sorted(results)[len(results) // 2]


def article(n: int) -> str:
    """A generated plain-text article (a few paragraphs, dated sentences)."""
    place, month, day = PLACES[n % len(PLACES)], MONTHS[n % len(MONTHS)], n % 27 + 1
    return (
        f"Shipping resumes at {place} after {n % 9 + 2} weeks\n\n"
        f"On {month} {day}, 2024 the first ship with {n % 50 + 10},000 tonnes of grain left {place}, "
        "the port authority said in a statement.\n\n"
        f"Officials said on {MONTHS[(n + 3) % 10]} {day}, 2024 that {n % 7 + 2} more ships were expected "
        "before the end of the year, as repairs to the cranes continue.\n\n"
        "Traders welcomed the news, although insurance costs for the route remain high, according to several "
        "companies that operate in the region and asked not to be named.\n"
    )


def write_jsonl(path: Path, count: int) -> None:
    with open(path, "wb") as fh:
        for n in range(count):
            record = {"id": n, "text": article(n), "lang": "en", "published": "2024-11-22"}
            fh.write(orjson.dumps(record) + b"\n")


def write_warc(path: Path, megabytes: int, pages: list[Path]) -> int:
    """A gzipped WARC of the corpus pages, repeated until `megabytes` of HTML; the number of records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    written, records = 0, 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        while written < megabytes * 1024 * 1024:
            for page in pages:
                html = gzip.decompress(page.read_bytes()) + f"<!-- copy {records} -->".encode()
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                uri = f"https://example.org/{records}/{page.name}"
                writer.write_record(
                    writer.create_warc_record(uri, "response", payload=io.BytesIO(html), http_headers=headers)
                )
                written += len(html)
                records += 1
                if written >= megabytes * 1024 * 1024:
                    break
    return records


def row(name: str, seconds: float, rss: float, docs: int, megabytes: float) -> None:
    print(f"| {name} | {seconds:.1f} | {docs / seconds:.1f} | {megabytes / seconds:.2f} | {rss:.0f} |")


def main() -> int:
    if not PAGES.is_dir():
        print("../shared/corpus/html/pages is absent: skipped")
        return 0
    pages = sorted(PAGES.glob("*.html.gz"))
    megabytes = sum(len(gzip.decompress(p.read_bytes())) for p in pages) / 1e6
    print(f"{len(pages)} pages, {megabytes:.1f} MB of HTML, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}\n")
    print("| run | seconds | docs/s | MB/s | peak RSS MB |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        out1, out2 = Path(tmp, "j1.jsonl"), Path(tmp, "j2.jsonl")
        commands = {
            "floor: trafilatura.bare_extraction + langdetect": [sys.executable, "-c", FLOOR, str(PAGES)],
            "dateline extract --jobs 1": [*CLI, str(PAGES), "--jobs", "1", "-q", "-o", str(out1)],
            "dateline extract --jobs 2": [*CLI, str(PAGES), "--jobs", "2", "-q", "-o", str(out2)],
        }
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(ROUNDS):  # interleaved rounds: each command once per round, so load changes hit all alike
            for name, command in commands.items():
                runs[name].append(measure(command))
        middle = {name: median_run(results) for name, results in runs.items()}
        for name, result in middle.items():
            row(name, *result, len(pages), megabytes)
        floor, one, two = middle.values()
        same = out1.read_bytes() == out2.read_bytes()
        ratios = sorted(
            a[0] / b[0]
            for a, b in zip(runs["dateline extract --jobs 1"], runs["dateline extract --jobs 2"], strict=True)
        )
        print(f"\n--jobs 1 / floor time: {one[0] / floor[0]:.2f} (goal <= 1.0)")
        print(
            f"--jobs 2 speed-up over --jobs 1: {one[0] / two[0]:.2f}x median"
            f" (per round {ratios[0]:.2f}-{ratios[-1]:.2f}x; goal >= 1.6)"
        )
        print(f"--jobs 2 output identical to --jobs 1: {same}")
        print(f"(median of {ROUNDS} interleaved rounds; load now {os.getloadavg()[0]:.2f})\n")

        print("| streamed input | seconds | docs/s | MB/s | peak RSS MB |")
        print("|---|---|---|---|---|")
        for count in (1_000, 10_000):
            path = Path(tmp, f"articles{count}.jsonl")
            write_jsonl(path, count)
            size = path.stat().st_size / 1e6
            row(f"{count:,} JSON-lines articles, --jobs 2", *measure([*CLI, str(path), "-q", "-j", "2"]), count, size)
        warc_mb = int(os.environ.get("BENCH_WARC_MB", "100"))
        if warc_mb:
            path = Path(tmp, "crawl.warc.gz")
            records = write_warc(path, warc_mb, pages)
            result = measure([*CLI, str(path), "-q", "-j", "2"])
            row(f"WARC, {warc_mb} MB of HTML ({records} records), --jobs 2", *result, records, warc_mb)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
