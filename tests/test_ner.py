"""The statistical recogniser (generator/annotate/ner.py): tokens, sentences, and what the
rest of an article tells the model about a name (invented articles throughout)."""

from __future__ import annotations

from generator.annotate import ner


def _words(text: str) -> list[list[str]]:
    return [[t.text for t in sentence] for sentence in ner.sentences(ner.tokenize(text))]


def test_a_decimal_number_is_one_token_and_ends_no_sentence() -> None:
    text = "Brenlow Mining rose 5.5 pct to 1,250.75 crowns. Its chairman spoke."
    assert _words(text) == [
        ["Brenlow", "Mining", "rose", "5.5", "pct", "to", "1,250.75", "crowns", "."],
        ["Its", "chairman", "spoke", "."],
    ]
    # a race time in a results row stays whole as well
    assert [t.text for t in ner.tokenize("Ilse Varga 3:31.526")][-1] == "3:31.526"


def test_document_evidence_comes_from_the_body_not_from_a_shouted_headline() -> None:
    document = ner.Document(
        _words("DORNVALE WINS ORDER FOR TURBINES.\nThe order went to Dornvale Corp of Ohio.")
    )
    headline = ["DORNVALE", "WINS", "ORDER", "FOR", "TURBINES", "."]
    features = document.features(headline, 0, shouted=True)
    # the body writes it mid-sentence with "Corp" after it; the headline adds nothing
    assert "d:mid" in features and "d1=Cap" in features
    assert not any(f.startswith("d-1=<s>") for f in features)
    assert document.features(["Kelso", "said"], 0, shouted=False) == []
