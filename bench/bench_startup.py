"""Start-up cost of `dateline` as a shell loop over files pays it: fresh processes, beside `python -c pass`.

- `dateline --version` (goal < 0.3 s), `dateline schema`;
- one small article with `--lang` (goal < 0.8 s) and without it, language detected (goal < 1.2 s).

Runs are interleaved (one of each command per round) and the median of BENCH_STARTUP_ROUNDS (default 9) is reported,
with the ratio to `python -c pass` measured in the same rounds, and the CPU seconds (user + system) the process used:
on a machine busy with other work the wall time grows while the CPU time stays what the command costs.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = int(os.environ.get("BENCH_STARTUP_ROUNDS", "9"))
BIN = Path(sys.executable).parent
DATELINE = [str(BIN / "dateline")] if (BIN / "dateline").exists() else [sys.executable, "-m", "dateline"]
ARTICLE = """Grain shipments resume at the port of Odesa

On March 7, 2024 the first ship loaded with 30,000 tonnes of wheat left the port, the harbour authority said.

The authority said that four more ships were expected before June 30, 2024, as repairs to the cranes continue.
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of `command`, run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp, "article.txt")
        article.write_text(ARTICLE, encoding="utf-8")
        commands = {
            "python -c pass": ([sys.executable, "-c", "pass"], None),
            "dateline --version": ([*DATELINE, "--version"], 0.3),
            "dateline schema": ([*DATELINE, "schema"], None),
            "one small article, --lang en": ([*DATELINE, "extract", str(article), "--lang", "en", "-q"], 0.8),
            "one small article, language detected": ([*DATELINE, "extract", str(article), "-q"], 1.2),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(ROUNDS):
            for name, (command, _goal) in commands.items():
                wall, used = timed(command)
                times[name].append(wall)
                cpu[name].append(used)
    floor = statistics.median(times["python -c pass"])
    print(f"{ROUNDS} interleaved rounds, medians; {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}\n")
    print("| command | wall s (median) | min–max | × python -c pass | CPU s (median) | goal (wall) |")
    print("|---|---|---|---|---|---|")
    for name, (_command, goal) in commands.items():
        median = statistics.median(times[name])
        verdict = "" if goal is None else f"< {goal} s " + ("met" if median < goal else "not met")
        print(
            f"| {name} | {median:.3f} | {min(times[name]):.3f}–{max(times[name]):.3f} | {median / floor:.1f}"
            f" | {statistics.median(cpu[name]):.3f} | {verdict} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
