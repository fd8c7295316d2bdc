"""Claims are sentences of running prose: table rows, listings, citations, copyright lines are not claims."""

from __future__ import annotations

import pytest

from dateline.claims import is_claim_sentence

CLAIMS = [
    ("de", "Die Regierung kündigte am 3. Mai neue Hilfen für die Landwirte an."),
    ("de", "1998 übernahm die Stadt das Gebäude vom Land."),
    ("de", "Der Umsatz liege laut Firma im März bei 40 Millionen Euro."),
    ("en", "The ministry said on Friday that 300 people had been evacuated."),
    ("en", "Last year the plant produces more power than it did in 2019."),
    ("en", "She doesn't expect a decision before June 2025."),
    ("fr", "Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux."),
    ("fr", "Depuis 2010, la population de la ville augmente chaque année."),
    ("es", "El ministro aseguró el lunes que la reforma llegará en mayo."),
    ("es", "Desde 2007 existe un decreto que protege la zona."),
    ("it", "Il governo ha approvato giovedì il decreto sulle pensioni."),
    ("it", "Nel 2019 sono nati più cuccioli che negli anni precedenti."),
    ("nl", "De minister zei dinsdag dat de regeling in april ingaat."),
    ("nl", "In 2020 werden er meer fietsen verkocht dan ooit."),
]

NOT_CLAIMS = [
    ("de", "Video verfügbar bis: 14.10.2020 ∙ 14:00 Uhr"),  # media listing
    ("de", "12.11.2022 - Ina Berg - Stadthalle Nord"),  # programme listing
    ("de", "Mo. bis Fr. sowie feiertags: 10:00 - 17:00 Uhr"),  # opening hours
    ("de", "Berlin, 29. November 2022."),  # place and date line
    ("en", "Springer; 1980. p. 263–267."),  # bibliography
    ("en", "J Clin Med. 2011;12(3):44–51."),  # journal citation
    ("en", "Copyright © 2019 by Jane Roe."),  # copyright line
    ("en", "9:00 AM | Leaves the house and walks to the museum."),  # table row
    ("en", "— Jane Roe (@janeroe) March 14, 2020"),  # an embedded post's signature
    ("fr", "8 juin 2016 : Article Le Quotidien du Soir"),  # press review listing
    ("es", "Domingo 24 de abril del 2022"),  # date line
    ("it", "Neve sopra i 1400 metri da domenica 4 maggio."),  # forecast in note form
    ("nl", "Foto: Jan de Vries | 4 mei 2021"),  # caption
]


@pytest.mark.parametrize(("lang", "sentence"), CLAIMS)
def test_prose_with_a_finite_verb_is_a_claim(lang: str, sentence: str) -> None:
    assert is_claim_sentence(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), NOT_CLAIMS)
def test_rows_listings_and_citations_are_not_claims(lang: str, sentence: str) -> None:
    assert not is_claim_sentence(sentence, lang)


def test_language_without_verb_data_keeps_prose() -> None:
    assert is_claim_sentence("Xyz abc def ghi 2020 jkl.", "sv")
    assert not is_claim_sentence("Xyz | abc def | 2020", "sv")


QUESTIONS_AND_LABELS = [
    ("de", "Wer hat am Montag eigentlich die Rechnung bezahlt?"),
    ("en", "What did the council decide on Tuesday?"),
    ("fr", "Qu'a décidé le conseil mardi dernier ?"),
    ("es", "¿Qué decidió el consejo el martes?"),
    ("it", "Che cosa ha deciso il consiglio martedì?"),
    ("nl", "Wat heeft de raad dinsdag besloten?"),
    ("es", "Publicado: Jueves, 21 Abril 2022 04:45"),
    ("es", "Sábado 23 de abril del 2022"),
    ("it", "Comunicato Stampa n. 03/2020 del Parco"),
    ("fr", "11 décembre 2019 : Le Quotidien « Comment seront versés les dons ? »"),
    ("en", "March 14, 2020: Evening News report on the closures"),
]


@pytest.mark.parametrize(("lang", "sentence"), QUESTIONS_AND_LABELS)
def test_questions_labels_and_dated_list_entries_are_not_claims(lang: str, sentence: str) -> None:
    assert not is_claim_sentence(sentence, lang)


def test_a_sentence_may_begin_with_its_verb() -> None:
    assert is_claim_sentence("Walked to the old market on Monday with the children.", "en")
    assert not is_claim_sentence("Walked: Monday, 4 May 2020, 10 km", "en")  # a label, then fields


SERVICE_TEXT = [
    ("de", "Hier kommen zwölf Dinge, die du im November unbedingt tun solltest."),
    ("de", "Im Januar haben wir für euch die besten Rezepte gesammelt."),
    ("en", "To support the campaign, send your letter to the council before 4 May."),
    ("fr", "Vous pouvez visiter l'exposition jusqu'au 3 mai."),
    ("es", "Usted puede visitar la exposición hasta el 3 de mayo."),
    ("it", "Potete visitare la mostra fino al 3 maggio con i vostri figli."),
    ("nl", "Jullie kunnen de tentoonstelling tot 3 mei bezoeken."),
    ("de", "Der Minister sagte am Montag:"),  # a lead-in: the claim is in what follows
    ("de", "Die Texte stehen seit 2008 unter der GNU-Lizenz für freie Dokumentation."),
    ("de", "₂ Umweltbericht (2021): Flächen und Böden, abrufbar unter https://example.org/bericht."),
    ("en", "Statistics office, report of May 2021, available at https://example.org/report."),
]


@pytest.mark.parametrize(("lang", "sentence"), SERVICE_TEXT)
def test_text_addressed_to_the_reader_lead_ins_and_licences_are_not_claims(lang: str, sentence: str) -> None:
    assert not is_claim_sentence(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "“You will not be disappointed,” the mayor told residents on Monday."),
        ("de", "„Ihr werdet staunen“, sagte der Bürgermeister am Montag."),
        ("de", "Die Regierungschefin hat ihr Team am Montag vorgestellt."),
    ],
)
def test_a_quoted_or_third_person_pronoun_is_no_address(lang: str, sentence: str) -> None:
    assert is_claim_sentence(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "Lors du procès, le 27 février 2009, l'avocat avait attaqué la cour lors d'une envolée : « C'est vous ! »",
        ),
        ("de", "Am Montag rief der Bürgermeister den Demonstranten zu: „Geht nach Hause!“"),
        ("en", "On Monday the minister asked reporters: “Who will pay for this?”"),
    ],
)
def test_a_quoted_cry_or_question_at_the_end_of_a_sentence_is_the_speakers(lang: str, sentence: str) -> None:
    assert is_claim_sentence(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "C'est la fin d'une époque pour le port depuis 2010."),
        ("it", "L'ha detto il ministro nel 2019 davanti ai sindacati."),
        ("fr", "Le Forum court jusqu'à vendredi prochain."),  # a form the verb tables know
    ],
)
def test_an_elided_pronoun_does_not_hide_the_verb(lang: str, sentence: str) -> None:
    assert is_claim_sentence(sentence, lang)


FRAGMENTS = [
    # a short noun phrase and a relative clause that runs to the end: a caption, no main clause
    ("de", "Malerin aus Belgien, die im 18. Jahrhundert lebte."),
    ("en", "A fisherman from Cork, who died in 1921."),
    ("fr", "Peintre de Lyon, qui a vécu au XIXe siècle jusqu'en 1870."),
    ("es", "Pintora de Sevilla, que vivió en el siglo XVIII hasta 1790."),
    ("it", "Pittrice di Napoli, che visse fino al 1790."),
    ("nl", "Schilder uit Gent, die in 1870 overleed."),
    # a non-finite verb and a question word, no main clause: a list item of an explainer ("Explaining why …")
    ("en", "Explaining why the council approved the plan in 2019 without a vote."),
    ("es", "Explicando cómo el consejo aprobó el plan en 2019 sin votación."),
    ("it", "Spiegando perché il consiglio ha approvato il piano nel 2019."),
    # a link to a wiki category: navigation
    ("de", "Die Protokolle bis Oktober 2019 stehen unter Kategorie:Protokoll Stammtisch."),
    ("en", "Minutes up to October 2019 are listed in Category:Meeting minutes."),
    # a name and a noun phrase, no verb (a photo caption): a possessive "'s" is no verb ending
    ("en", "Ibrahim Salamov, last year's winner."),
]

MAIN_CLAUSES = [
    ("de", "Der Mann, der dort lebte, starb am 3. Mai in Berlin."),
    ("de", "Am Montag traf der Minister die Malerin, die im Mai gewonnen hatte."),
    ("en", "He met Anna, who lived in Paris, on Monday."),
    ("en", "The mayor resigned on Monday, which surprised nobody."),
    ("fr", "Le maire a rencontré mardi les habitants, qui attendaient depuis 2019."),
    ("es", "El ministro visitó el lunes la fábrica, que cerró en 2019."),
    ("it", "Il sindaco ha incontrato martedì i residenti, che aspettavano dal 2019."),
    ("nl", "De burgemeester sprak dinsdag met de bewoners, die sinds 2019 wachten."),
    ("en", "Speaking on Monday, the minister said why the plan failed."),
    ("en", "Boeing delivered 30 planes in March, the company said."),
    ("en", "During the war the city was bombed in 1943 and rebuilt."),
    # a pronoun opens a clause, not a noun phrase; a list of noun phrases before its verb is no relative clause
    ("en", "We visit Anna, who lives in Paris since 2019."),
    ("de", "Auch die Lage, das Niveau der Schule und die Preise werden am 3. Mai geprüft."),
    ("nl", "Wij bezoeken Anna, die sinds 2019 in Parijs woont."),
    # a contraction is a verb all the same
    ("en", "Here's what the council decided in 2019."),
    ("en", "Who's running the city since May 2019."),
]


@pytest.mark.parametrize(("lang", "sentence"), FRAGMENTS)
def test_captions_explainer_items_and_wiki_navigation_are_not_claims(lang: str, sentence: str) -> None:
    assert not is_claim_sentence(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), MAIN_CLAUSES)
def test_a_relative_clause_or_gerund_beside_a_main_clause_keeps_the_claim(lang: str, sentence: str) -> None:
    assert is_claim_sentence(sentence, lang)


def test_a_pronoun_ending_like_a_gerund_is_no_explainer_item() -> None:
    assert is_claim_sentence("Nothing that the council said in 2019 was true.", "en")
