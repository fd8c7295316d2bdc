"""Bytes to text: encoding detection that never raises on bad bytes."""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 64 * 1024
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))  # not in text (tab, newlines, ESC are)


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes or many control bytes in its head."""
    head = data[:_SNIFF]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS[2:]):
        return False  # UTF-16/32 text carries NUL bytes legitimately
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL))
    return control / len(head) > 0.05


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode `data`: BOM, then the declared charset, then UTF-8, then detection; lossy only at the end."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detect(data[:_SNIFF]) or ("cp1252" if _decodes(data, "cp1252") else "latin-1")
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


def _detect(head: bytes) -> str | None:
    """The detected encoding when the detector recognised a language; between equals, cp1252 wins.

    cp1252 is the web's commonest legacy encoding (HTML's default for latin-1); without a recognised language the
    caller falls back to it, since a detector guessing on a few accented letters picks hp_roman8 or big5 as often.
    """
    from charset_normalizer import from_bytes  # only for bytes that are no UTF-8: most inputs never need it

    matches = [m for m in from_bytes(head) if m.coherence > 0]
    if not matches:
        return None
    top = max(m.coherence for m in matches)
    best = [m.encoding for m in matches if m.coherence >= top - 0.1]
    return "cp1252" if "cp1252" in best else best[0]


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
