"""The HTML timeline in a real headless browser (Debian's chromium, driven by Selenium): it loads from a file://
URL without console errors or network requests, draws one mark per item, and its filters change what is shown.

Skipped, with the reason, where chromium, chromedriver or selenium is missing (`.ci/run` installs them).
`UPDATE_SCREENSHOT=1 pytest tests/test_timeline_browser.py` also refreshes docs/timeline.png for the README.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from dateline.timeline import item, ordered
from dateline.timeline_html import render

from .conftest import ROOT

ITEMS = ROOT / "tests" / "golden" / "timeline" / "items.jsonl"
SCREENSHOT = ROOT / "docs" / "timeline.png"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--window-size=1280,760",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless chromium with browser and performance (network) logs; skips when none is installed."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    if not CHROMIUM or not DRIVER:
        pytest.skip("no chromium/chromedriver on PATH (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="dateline-chromium-")
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    try:
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    except WebDriverException as err:  # installed but unable to start here: not a fault of the page
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"chromium did not start: {err.msg or err}".splitlines()[0])
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def page(tmp_path: Path, records: list[dict[str, object]]) -> str:
    path = tmp_path / "timeline.html"
    path.write_text(render(ordered(item(r) for r in records)), encoding="utf-8")
    return path.as_uri()


def fixture_records() -> list[dict[str, object]]:
    return [orjson.loads(line) for line in ITEMS.read_bytes().splitlines()]


def synthetic(count: int, seed: int = 7) -> list[dict[str, object]]:
    """Claim-shaped records over three months, with events, actors, languages and a few multi-source groups."""
    rng = random.Random(seed)
    events = ["troop_deployment", "arms_transfer", "diplomacy", "sanctions", "casualties", "energy", ""]
    actors = ["RUS", "UKR", "DEU", "FRA", "USA", "PRK", "KOR", "CHN", "NATO"]
    start = date(2024, 9, 1)
    out: list[dict[str, object]] = []
    for n in range(count):
        day = start + timedelta(days=rng.randrange(92))
        who = rng.sample(actors, rng.randrange(0, 3))
        event = rng.choice(events)
        lang = rng.choice(["de", "en", "fr", "nl", "es", "it"])
        text = f"Report {n}: {' and '.join(who) or 'officials'} on {day.isoformat()}."
        common = {
            "date": day.isoformat(),
            "range": [day.isoformat()] * 2,
            "actors": who,
            "event": [event] if event else [],
        }
        if n % 9 == 0:
            sources = [
                {
                    "doc_id": f"{n:08x}{k:08x}",
                    "source": f"s{k}",
                    "url": f"https://example.org/{n}/{k}",
                    "title": None,
                    "site": f"site{k}",
                    "lang": rng.choice(["de", "en", "nl"]),
                    "published": day.isoformat(),
                    "attribution": None,
                }
                for k in range(rng.randrange(2, 7))
            ]
            out.append(
                {
                    "group": f"g{n}",
                    **common,
                    "quantities": [],
                    "claims": [f"{n:016x}"],
                    "sources": sources,
                    "languages": sorted({s["lang"] for s in sources}),
                    "first_reported": day.isoformat(),
                    "n_sources": len(sources),
                    "text": text,
                }
            )
        else:
            out.append(
                {
                    "id": f"{n:016x}",
                    "doc_id": f"{n:016x}",
                    "source": f"s{n}",
                    "url": None,
                    "title": None,
                    "lang": lang,
                    "published": day.isoformat(),
                    "text": text,
                    "span": [0, len(text)],
                    "dates": [],
                    "attribution": None,
                    "quantities": [],
                    "modality": "asserted",
                    "score": 0.5,
                    **common,
                }
            )
    return out


def network_requests(driver: Any) -> list[str]:
    """URLs the page asked the network for (anything but file:, data:, about: and the browser's own chrome:)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return [u for u in urls if not u.startswith(("file:", "data:", "about:", "chrome:", "chrome-"))]


def load(driver: Any, url: str) -> None:
    driver.get_log("performance")  # forget what happened before this page
    driver.get_log("browser")
    driver.get(url)
    deadline = time.monotonic() + 20
    while driver.execute_script("return document.body && document.body.dataset.ready") != "true":
        assert time.monotonic() < deadline, "the page script did not finish"
        time.sleep(0.05)


def marks(driver: Any) -> tuple[int, int]:
    """(all marks, marks shown)."""
    return tuple(  # type: ignore[return-value]
        driver.execute_script(
            "return [document.querySelectorAll('.mark').length, document.querySelectorAll('.mark:not(.hidden)').length]"
        )
    )


def errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_page_loads_offline_with_a_mark_per_item_and_working_filters(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    records = fixture_records()
    load(browser, page(tmp_path, records))
    assert errors(browser) == []
    assert network_requests(browser) == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert marks(browser) == (len(records), len(records))
    assert browser.find_element(By.ID, "count").text == f"{len(records)} items"

    legend = browser.find_element(By.CSS_SELECTOR, "#legend li[data-category='diplomacy']")
    legend.click()  # hide one event category
    assert marks(browser) == (len(records), len(records) - 2)
    assert browser.find_element(By.ID, "count").text == f"{len(records) - 2} of {len(records)} items"
    legend.click()
    assert marks(browser)[1] == len(records)

    legend.click()  # hidden again, and cleared below with the other filters
    Select(browser.find_element(By.ID, "f-actor")).select_by_value("UKR")
    assert marks(browser)[1] == 4  # none of the four is about diplomacy
    Select(browser.find_element(By.ID, "f-lang")).select_by_value("nl")
    assert marks(browser)[1] == 2
    browser.execute_script(  # a date picked in the From field (typing depends on the browser's locale)
        "var f = document.getElementById('f-from'); f.value = '2024-11-20';"
        " f.dispatchEvent(new Event('change', {bubbles: true}));"
    )
    assert marks(browser)[1] == 1  # the week 2024-W47 reaches past the 20th; Monday the 18th does not
    browser.find_element(By.ID, "f-reset").click()
    time.sleep(0.1)
    assert marks(browser)[1] == len(records)

    troops = browser.find_element(By.CSS_SELECTOR, f".mark[data-index='{group_index(records, 'g-troops-1118')}']")
    troops.click()
    detail = browser.find_element(By.ID, "detail").text
    assert "Mehr als 3.000 Soldaten" in detail and "sources disagree" in detail and "dagkrant" in detail
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#detail a")]
    assert "https://example.org/de/grenze" in links
    browser.find_element(By.ID, "zoom-in").click()
    assert int(browser.find_element(By.ID, "axis").get_attribute("width")) > 1200
    assert errors(browser) == [] and network_requests(browser) == []


def group_index(records: list[dict[str, object]], group: str) -> int:
    ids = [i.id for i in ordered(item(r) for r in records)]
    return ids.index(group)


def test_a_few_thousand_items_load_and_filter_quickly(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    records = synthetic(3000)
    started = time.monotonic()
    load(browser, page(tmp_path, records))
    assert time.monotonic() - started < 10
    assert errors(browser) == [] and network_requests(browser) == []
    assert marks(browser) == (3000, 3000)
    browser.find_element(By.CSS_SELECTOR, "#legend li[data-category='energy']").click()
    shown = marks(browser)[1]
    assert 0 < shown < 3000


def test_screenshot_for_the_readme(browser: Any, tmp_path: Path) -> None:
    """A PNG of the page as a person sees it: docs/timeline.png with UPDATE_SCREENSHOT=1, else a temporary file."""
    from selenium.webdriver.common.by import By

    records = fixture_records() + synthetic(240, seed=3)
    load(browser, page(tmp_path, records))
    troops = browser.find_element(By.CSS_SELECTOR, f".mark[data-index='{group_index(records, 'g-troops-1118')}']")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", troops)
    target = SCREENSHOT if os.environ.get("UPDATE_SCREENSHOT") else tmp_path / "timeline.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert errors(browser) == []
