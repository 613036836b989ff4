"""A short form a story sets after a body's name, in brackets or between commas, and then
uses, is that body, whatever its letters; never a place, another body's name or a slip.
Short articles written for these tests."""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry


def _mentions(*paragraphs: str) -> dict[str, list[str]]:
    article = annotate(paragraphs_article(*paragraphs), Registry())
    text = article.text
    return {e.name: [text[m.start : m.end] for m in e.mentions] for e in article.entities}


def test_a_short_form_in_another_language_is_the_body():
    found = _mentions(
        "The National Grain Intervention Office (OBIC) cut its forecast of wheat exports, "
        "an official said.",
        "OBIC said stocks would be higher at the end of the season.",
    )
    assert sorted(found["National Grain Intervention Office"]) == [
        "National Grain Intervention Office",
        "OBIC",
        "OBIC",
    ]
    assert "OBIC" not in found


def test_a_short_form_after_the_wires_company_brackets_is_the_company():
    found = _mentions(
        "<Warrego Flats Pty Ltd> (WFV) said it sold its stake in a gold project.",
        "WFV in turn is owned by a group of local investors.",
    )
    assert "WFV" in found["Warrego Flats Pty Ltd"]
    assert "WFV" not in found


def test_a_short_word_of_its_own_is_the_body():
    found = _mentions(
        "Petroleos Andinos Nacionales (Olandina) signed a loan with Japanese banks.",
        "Olandina said the loan would finance a pipeline.",
    )
    assert "Olandina" in found["Petroleos Andinos Nacionales"]


def test_a_short_form_between_commas_after_the_body_is_the_body():
    found = _mentions(
        "The National Office for Disasters, ONADE, said no damage was reported.",
        "ONADE said roads in the north remained open.",
    )
    assert "ONADE" in found["National Office for Disasters"]


def test_a_place_or_a_listed_firm_after_a_body_is_no_short_form():
    found = _mentions(
        "In a filing with the Securities and Exchange Commission, TWA, which is controlled "
        "by a financier, said it held 15 pct. TWA <TWA> said talks would go on.",
        "Harwick Securities (Japan) said it would lead the issue. Japan was quiet.",
    )
    assert found["Securities and Exchange Commission"] == ["Securities and Exchange Commission"]
    assert "Japan" in found


def test_one_short_form_for_two_bodies_is_a_slip():
    found = _mentions(
        "The Lakeside Grain Exchange (LGX) and the Lakeside Options Board (LGX) will meet.",
        "An LGX spokesman declined to comment.",
    )
    assert "LGX" not in found.get("Lakeside Options Board", [])
