"""Company names as wire copy writes them: partners' names joined by "and" are one firm where
the copy says so (Reuters brackets company names; a firm word may follow), not a person and a
town; a credit rating is no company. Every article is invented."""

from __future__ import annotations

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.read import read_source


def _entities(body: str) -> set[tuple[str, str]]:
    text = "ENGINE MAKERS WIN ORDERS\n\nHARTFORD, Conn., March 3 - " + body
    article = annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)
    return {(e.type, e.name) for e in article.entities}


def test_partners_in_brackets_or_before_a_firm_word_are_one_firm() -> None:
    found = _entities(
        "Orland Corp's Crayle and Whitney unit won an engine order, and the offering "
        "was led by <Harwood, Lufkin and Benbow Securities Corp>.\n"
    )
    assert ("organization", "Crayle and Whitney") in found
    assert ("organization", "Harwood, Lufkin and Benbow Securities Corp") in found
    assert not {name for _, name in found} & {"Whitney", "Lufkin", "Crayle", "Benbow"}


def test_two_firms_a_country_or_a_longer_name_are_not_joined() -> None:
    found = _entities(
        "Marlow Minerals Ltd and Cambrook Inc agreed, Canada and Pearwood Plc said. "
        "Sumitomo Trust and Banking Co lent to Frank's Nursery and Crafts unit.\n"
    )
    names = {name for _, name in found}
    assert "Canada and Pearwood Plc" not in names
    assert not any(name.startswith(("Trust and", "Nursery and")) for name in names)
    assert ("organization", "Marlow Minerals Ltd") in found


def test_a_credit_rating_is_no_organization_but_initials_in_capitals_stay() -> None:
    found = _entities(
        "Moody's Investors Service Inc said it upgraded Orland Corp to Aaa from Aa-1. "
        "The CCC accepted the bid.\n"
    )
    names = {name for _, name in found}
    assert not names & {"Aaa", "Aa-1"}
    assert "CCC" in names


def test_a_law_firm_of_partners_is_one_firm_and_a_saints_name_no_person() -> None:
    found = _entities(
        "He worked at the law firm of Corbin, Weiland, Rathe and Garrow. Orland Corp "
        "borrowed from First National Bank of St. Paul.\n"
    )
    assert ("organization", "Corbin, Weiland, Rathe and Garrow") in found
    assert ("organization", "First National Bank of St. Paul") in found
    assert not [name for kind, name in found if kind == "person"], found


def test_a_name_opening_with_mount_or_fort_is_no_person() -> None:
    found = _entities(
        "Growers around Mount Orlandi and Fort Kestrel sold coffee. Anthony Lake said so.\n"
    )
    assert not {name for kind, name in found if kind == "person"} & {
        "Mount Orlandi",
        "Fort Kestrel",
    }
    assert ("person", "Anthony Lake") in found


def test_a_letter_a_roman_number_or_a_tickers_exchange_suffix_is_no_name() -> None:
    found = _entities(
        "Orland Motors Corp will buy back its class H stock. Orland Group Spa <ORLM.MI> "
        "said the Series II printer sells well.\n"
    )
    names = {name for _, name in found}
    assert not names & {"H", "II", "MI"}, found
    assert "Orland Group Spa" in names


def test_wire_marks_say_where_a_company_name_begins_and_ends() -> None:
    found = _entities(
        "Calder Light and Water Co <CLW> filed to offer bonds. The venture of Rennick "
        "Group and Orland Motors Corp <OMC> bought a stake in <Haffner und Brost AG>, "
        "and <Quillfield> sold shares to <KLNT.AS>. Advisers were Alb. Harwin and Sons Inc "
        "<AHS>.\n"
    )
    names = {name for _, name in found}
    assert ("organization", "Calder Light and Water Co") in found, found
    assert ("organization", "Haffner und Brost AG") in found
    assert ("organization", "Quillfield") in found
    assert ("organization", "Alb. Harwin and Sons Inc") in found
    assert not names & {"Calder", "Water Co", "Brost AG", "KLNT.AS", "KLNT", "Alb"}
    assert "Rennick Group and Orland Motors Corp" not in names


def test_partners_after_of_are_one_firm_unless_of_ends_a_longer_name() -> None:
    found = _entities(
        "Orland Corp completed its acquisition of Kellan and Kellan Co's drug unit. "
        "The Bank of Harwood and Lufkin Trust Co lent to it.\n"
    )
    names = {name for _, name in found}
    assert ("organization", "Kellan and Kellan Co") in found, found
    assert "Kellan Co" not in names
    assert "Harwood and Lufkin Trust Co" not in names
