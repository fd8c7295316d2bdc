"""The claim score and `analyze` end to end."""

from __future__ import annotations

from dateline.extract import Lexicon, analyze, score
from dateline.model import Anatomy, Attribution, Quantity, Timex

DAY = Timex(0, 10, "7. März", "DATE", "2024-03-07")


def test_bounds_and_order() -> None:
    empty = score(Anatomy(), [])
    full = score(
        Anatomy(
            attribution=Attribution("BBC", "berichtete"),
            actors=["RUS", "PRK"],
            quantities=[Quantity("43 Fahrten", 43, "=", "Fahrten", 0, 10)],
            event=["energy"],
            modality="reported",
        ),
        [DAY],
    )
    assert 0 <= empty < 0.2 and full == 1.0
    assert score(Anatomy(), [DAY]) > score(Anatomy(), [Timex(0, 4, "2023", "DATE", "2023")]) > empty
    assert score(Anatomy(modality="hedged"), []) < score(Anatomy(), [])


def test_analyze_sentence_in_article() -> None:
    text = (
        "Titel\nVorher. Russland lieferte am 7. März 2024 mehr als 13.000 Container Munition nach Nordkorea, "
        "sagte Kim.\n"
    )
    start = text.index("Russland")
    end = text.index("\n", start)
    t0 = text.index("am 7.")
    timex = Timex(t0, t0 + len("am 7. März 2024"), "am 7. März 2024", "DATE", "2024-03-07")
    a = analyze(text, start, end, "de", [timex], Lexicon())
    assert a.attribution == Attribution("Kim", "sagte", "Kim")
    assert [(q.value, q.op, q.unit) for q in a.quantities] == [(13000, ">", "Container")]
    assert a.actors == ["RUS", "PRK"] and a.modality == "reported" and "arms_transfer" in a.event
    assert score(a, [timex]) >= 0.9
