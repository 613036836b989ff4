"""A surname and the body a person works for, which the model reads as one organization's
name ("Williams of Bankers Trust"): the person and the body. Short articles written for
these tests."""

from __future__ import annotations

from quote_fixtures import paragraphs_article

from generator.annotate.article import annotate
from generator.annotate.registry import Registry


def _entities(*paragraphs: str) -> dict[str, str]:
    article = annotate(paragraphs_article(*paragraphs), Registry())
    return {entity.name: entity.type for entity in article.entities}


def test_a_surname_of_a_person_the_story_names_before_of_is_that_person():
    entities = _entities(
        "The Federal Reserve is unlikely to move this week, economists said.",
        '"Policy is at dead center," said John Hollis of Bankers Trust Co.',
        '"Discount window borrowings were low," said Hollis of Bankers Trust.',
    )
    assert "Hollis of Bankers Trust" not in entities
    assert entities["John Hollis"] == "person"
    assert entities["Bankers Trust"] == "organization"


def test_one_of_the_people_a_plural_noun_stands_for_is_a_person():
    entities = _entities(
        "Canadian shares should rise next month, analysts said.",
        "Analysts such as Walsh of First Marathon Securities were cautious.",
    )
    assert entities.get("Walsh") == "person"
    assert entities.get("First Marathon Securities") == "organization"


def test_a_firm_of_a_country_and_a_bank_of_a_nation_stay_whole():
    entities = _entities(
        "Allis-Chalmers sold its farm equipment operations to Deutz of West Germany.",
        "The Bank of Japan said it would hold rates, as did firms such as Deutz of Italy.",
    )
    assert entities["Bank of Japan"] == "organization"
    assert [name for name, kind in entities.items() if kind == "person"] == []


def test_a_name_listed_between_people_is_a_person_unless_it_is_a_bodys():
    entities = _entities(
        "The Supreme Court ruled against the shipping company on Monday.",
        "The dissent was signed by Justices Lewis Powell, Byron White, Ruth Carrow and"
        " Milo Ashdane.",
        "Speakers included Ruth Carrow, Asia Society and the trade group.",
    )
    assert entities.get("Byron White") == "person", entities
    assert entities.get("Asia Society") != "person", entities


def test_a_common_word_opening_a_sentence_is_no_person_and_no_speaker():
    article = annotate(
        paragraphs_article(
            "Britain profited from its autumn support of the pound, Chancellor Nigel Lawson said.",
            "Hindsight had shown him wise to wait for a rate rise, he said.",
            'In a debate on the budget, he said that "the dollars were all bought back."',
        ),
        Registry(),
    )
    assert "Hindsight" not in {entity.name for entity in article.entities}
    assert article.quotes[-1].speaker == "Nigel Lawson"
