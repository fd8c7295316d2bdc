"""Reporting verbs are generated from lemmas by each language's inflection rules and irregular table."""

from __future__ import annotations

import pytest

from dateline.extract.inflect import Inflection
from dateline.resources import load


@pytest.mark.parametrize(
    ("lang", "lemma", "alone", "split"),
    [
        ("en", "reply", {"reply", "replies", "replied", "replying"}, set()),
        ("en", "say", {"say", "says", "said", "saying"}, set()),
        ("de", "berichten", {"berichten", "berichtet", "berichtete", "berichteten"}, set()),
        ("de", "melden", {"melden", "meldet", "meldete", "meldeten", "gemeldet"}, set()),
        ("de", "mit|teilen", {"mitteilen", "mitteilt", "mitteilte", "mitteilten", "mitgeteilt"}, {"teilt", "teilte"}),
        ("fr", "déclarer", {"déclare", "déclarent", "a déclaré", "ont déclaré"}, set()),
        ("es", "afirmar", {"afirmó", "afirmaron", "afirma", "ha afirmado"}, set()),
        ("it", "dichiarare", {"dichiara", "dichiarano", "ha dichiarato", "dichiarò"}, set()),
        ("en", "call for", {"call for", "calls for", "called for", "calling for"}, set()),
        ("en", "point out", {"points out", "pointed out", "pointing out"}, set()),
        ("fr", "appeler à", {"appelle à", "appellent à", "a appelé à", "ont appelé à"}, set()),
    ],
)
def test_forms_from_lemmas(lang: str, lemma: str, alone: set[str], split: set[str]) -> None:
    table = Inflection.load(load(lang, "cues")["inflection"])
    forms, separable = table.forms(lemma)
    assert alone <= set(forms) and split <= set(separable)
