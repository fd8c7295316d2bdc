"""The timeline as one self-contained HTML page: a Jinja template with the package's CSS and JS inlined and the
items as one JSON block the page script reads. Nothing is fetched: no CDN, no web font, no image."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from importlib.resources import files

import orjson
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from dateline import __version__
from dateline.timeline import Item

_ENV = Environment(
    loader=PackageLoader("dateline", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def script_json(data: object) -> str:
    """JSON safe inside a <script> element: every `<` escaped, so no `</script>` or `<!--` can end it early."""
    return orjson.dumps(data).decode("utf-8").replace("<", "\\u003c")


def render(items: Sequence[Item], title: str = "dateline timeline") -> str:
    """The page for items (already in the order wanted)."""
    templates = files("dateline") / "templates"
    events = Counter(e for i in items for e in (i.event[:1] or [""]))
    data = {
        "items": [i.as_dict() for i in items],
        "categories": [name for name, _ in sorted(events.items(), key=lambda kv: (-kv[1], kv[0]))],
    }
    return _ENV.get_template("timeline.html.j2").render(
        title=title,
        version=__version__,
        count=len(items),
        css=(templates / "timeline.css").read_text(encoding="utf-8"),
        js=(templates / "timeline.js").read_text(encoding="utf-8"),
        data=script_json(data),
    )
