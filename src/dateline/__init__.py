"""dateline: turn news articles into JSON lines of dated claims."""

from dateline.api import extract_record, extract_text
from dateline.group import group

__version__ = "0.1.0"
__all__ = ["__version__", "extract_record", "extract_text", "group"]
