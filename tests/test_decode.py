"""Bytes to text: legacy encodings come out right, and nothing ever raises."""

from __future__ import annotations

import pytest

from dateline.decode import decode, looks_binary


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Der Preis für Öl stieg.", "latin-1"),
        ("Le café est très bon à Paris, a déclaré le maire.", "cp1252"),
        ("Привет, как дела? Сегодня хорошая погода в Москве, сказал он.", "cp1251"),
        ("Grüße aus Köln – „Zitat“ und 5 €.", "utf-8"),
    ],
)
def test_legacy_encodings_decode_to_the_original_text(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_declared_charset_wins_and_a_wrong_declaration_is_survived() -> None:
    assert decode("Ärger".encode("latin-1"), "iso-8859-1") == "Ärger"
    assert decode("Ärger".encode("latin-1"), "no-such-charset") == "Ärger"


def test_boms_and_binary() -> None:
    assert decode("hallo".encode("utf-16")) == "hallo"
    assert not looks_binary("hallo".encode("utf-16"))
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert decode(bytes(range(256))) != ""
