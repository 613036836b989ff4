"""A company named in full and then by the start of its name is one company, in one story
and across the archive; its unit, or a name that only looks like a short form, is not.
Every article is invented."""

from __future__ import annotations

from test_entity_pieces import _articles_of
from test_entity_resolution import _pages, _tagged_index

from generator.annotate.article import annotate
from generator.annotate.entities.aliases import company_base
from generator.annotate.registry import Registry
from generator.read import read_source


def _mentions(body: str) -> dict[str, list[str]]:
    text = "LENDERS REPORT RESULTS\n\nHARTFORD, Conn., March 3 - " + body
    article = annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)
    return {e.name: [m.text for m in e.mentions] for e in article.entities}


def test_a_short_name_after_the_full_name_is_that_company_in_the_story() -> None:
    found = _mentions(
        "Corrabee Valley Financial Management Corp said profits rose. Corrabee Valley "
        "Financial said the gain came from fees.\n\n"
        "Tandle Loving Hearth Care Services Inc said it agreed to merge. Tandle Loving "
        "Hearth said the deal was worth five mln dlrs.\n"
    )
    assert found["Corrabee Valley Financial Management Corp"] == [
        "Corrabee Valley Financial Management Corp",
        "Corrabee Valley Financial",
    ], found
    assert len(found["Tandle Loving Hearth Care Services Inc"]) == 2, found
    assert "Corrabee Valley Financial" not in found
    assert "Tandle Loving Hearth" not in found


def test_a_unit_keeps_apart_from_its_parent_named_by_the_short_name() -> None:
    found = _mentions(
        "Pellmore Minerals American Inc, a unit of Pellmore Ltd, opened a mine. Pellmore "
        "said output would rise.\n\n"
        "Vostrand Motor America Inc said sales rose. Vostrand Motor said it would build "
        "a plant.\n"
    )
    assert found["Pellmore Minerals American Inc"] == ["Pellmore Minerals American Inc"]
    assert found["Vostrand Motor America Inc"] == ["Vostrand Motor America Inc"], found


def test_a_firm_written_with_s_is_the_firm_not_a_persons_surname() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Pardoe's Ratings Service Inc cut Orland Corp's debt.",
                [("Pardoe's Ratings Service Inc", "organization"), ("Orland Corp", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Pardoe's said it may cut Kestrel Inc's bonds.",
                [("Pardoe's", "organization"), ("Kestrel Inc", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Anna Pardoe, a lawyer, said the court would rule.",
                [("Anna Pardoe", "person")],
            ),
        }
    )
    pages = _pages(index)
    assert "Pardoe's" not in pages, pages
    assert _articles_of(index, "Pardoe's Ratings Service Inc") == {"a-03.txt", "b-04.txt"}
    assert pages["Anna Pardoe"] == "person"


def test_a_country_in_a_company_name_is_no_legal_form() -> None:
    assert company_base("Air U.K. Ltd") == "Air U.K."
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Skyway UK Ltd bought two jets.",
                [("Skyway UK Ltd", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Skyway Group Inc said traffic rose.",
                [("Skyway Group Inc", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Skyway UK said it would fly to Oslo.",
                [("Skyway UK", "organization")],
            ),
        }
    )
    assert _articles_of(index, "Skyway Group Inc") == {"b-04.txt"}, _pages(index)


def test_a_surname_beside_a_body_named_after_the_person_is_the_person() -> None:
    found = _mentions(
        "Marla Quennell founded Quennell University. Quennell said Quennell University would "
        "grow. Dorsey Mills Co hired Ann Dorsey; Dorsey said sales rose.\n"
    )
    assert found["Marla Quennell"] == ["Marla Quennell", "Quennell"], found
    assert found["Quennell University"] == ["Quennell University", "Quennell University"]
    assert found["Dorsey Mills Co"] == ["Dorsey Mills Co", "Dorsey"]  # a company: its name


def test_a_firms_name_without_a_legal_form_is_its_full_name_unless_a_company_has_one() -> None:
    found = _mentions(
        "Brisco Freight Services agreed to buy a rival. Brisco Freight said the price was "
        "fair.\n\nDunmore Holdings Corp said its Dunmore Securities unit grew. Dunmore said "
        "profits rose.\n"
    )
    assert found["Brisco Freight Services"] == ["Brisco Freight Services", "Brisco Freight"]
    assert found["Dunmore Holdings Corp"] == ["Dunmore Holdings Corp", "Dunmore"], found


def test_a_place_and_a_trade_before_a_firms_word_is_no_description_of_that_word() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "U.S. Wheat Associates said wheat sales rose and wheat prices fell.",
                [("U.S. Wheat Associates", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Kestrel Associates said it hired staff. Associates said more would follow.",
                [("Associates", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Associates" not in pages or _articles_of(index, "Associates") == {"b-04.txt"}, pages


def _story(title: str, body: str) -> dict[str, list[str]]:
    text = f"{title}\n\nHARTFORD, Conn., March 3 - {body}\n"
    article = annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)
    return {e.name: [m.text for m in e.mentions] for e in article.entities}


def test_a_name_with_one_word_left_out_is_the_firm_in_the_story() -> None:
    found = _story(
        "CASINO OPERATOR RESTRUCTURING SEEN",
        "Analysts at Bellamy Scott Montgomery Inc expect a restructuring. Bellamy Montgomery"
        " said the plan was near.",
    )
    assert found["Bellamy Scott Montgomery Inc"] == [
        "Bellamy Scott Montgomery Inc",
        "Bellamy Montgomery",
    ], found


def test_a_body_owned_by_another_or_a_bodys_committee_is_no_short_name() -> None:
    found = _story(
        "LENDER GETS DEPOSITS",
        "The government deposited funds with the troubled <Cooperative Central Bank Bhd>, a"
        " minister said. Mirovia's Central Bank rescued two banks last year. The Senate"
        " Banking Committee will hold hearings, and the Senate will vote in May.",
    )
    assert found["Cooperative Central Bank Bhd"] == ["Cooperative Central Bank Bhd"], found
    assert found.get("Senate Banking Committee") == ["Senate Banking Committee"], found


def test_a_name_before_a_country_in_brackets_and_a_legal_form_is_a_firm() -> None:
    article = annotate(
        read_source(
            b"INSURER SETS SHARE ISSUE\n\nTORONTO, March 3 - Underwriters are Wood Bellamy Inc"
            b" and Dean Waller Reynolds (Canada) Inc, the company said.\n",
            "content/1987/03/t.txt",
        ),
        Registry(),
        1987,
    )
    kinds = {e.name: e.type for e in article.entities}
    assert kinds.get("Dean Waller Reynolds") != "person", kinds


def test_a_companys_short_name_is_not_its_unit_in_one_country() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Pellmark U.K. Ltd said its dockers ended their strike.",
                [("Pellmark U.K. Ltd", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Pellmark bought wheat futures, traders said.",
                [("Pellmark", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Pellmark sold corn as prices fell.",
                [("Pellmark", "organization")],
            ),
        }
    )
    assert _articles_of(index, "Pellmark U.K. Ltd") == {"a-03.txt"}
    assert _articles_of(index, "Pellmark") == {"b-04.txt", "c-05.txt"}
