"""Session 13: a rate table's or price list's codes and headings make no pages. The codes
before a rate table's figures ("DFL 134.3 ( 134.4 )", the Dutch guilder) are no
organizations, while a table of countries' figures still names the countries; a price
table's heading ("FOB RIVER - CLOSE  APRIL 6", a price basis) is no dateline and so no
place. Every article is invented."""

from __future__ import annotations

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read import read_source
from generator.read.dateline import find_dateline


def _article(text: str) -> Article:
    return annotate(read_source(text.encode(), "content/1987/04/t.txt"), Registry(), 1987)


def _names(text: str) -> set[str]:
    return {e.name for e in _article(text).entities}


def test_the_codes_of_a_rate_table_run_into_a_paragraph_are_no_organizations() -> None:
    names = _names(
        "BANK OF ENGLAND INDEX STEADY\n\nLONDON, April 9 - The Bank of England's trade "
        "weighted index put the U.S. Dollar at 102.3 against 102.1 earlier.\n\n"
        "Other index rates were = Canadian dlr  81.2  (  81.0 ) Aus Sch  139.1  ( 139.0 ) "
        "BFR con  98.7  (  98.8 ) DKR  93.1  (  93.0 ) DMK  147.2  ( 147.0 ) "
        "DFL  135.5  ( 135.6 ) SKR  69.1  (  69.0 ) SFR  173.0  ( 172.9 )\n"
    )
    assert not names & {"DFL", "DMK", "DKR", "SKR", "SFR", "BFR", "Aus Sch"}, names
    assert {"Bank of England", "London"} <= names, names


def test_the_codes_of_a_rate_table_row_by_row_are_no_organizations() -> None:
    rows = "\n\n".join(
        f"{code:<10}{rate:>8.4f}/{rate + 0.05:.4f}     ({rate - 0.1:.4f})"
        for code, rate in (("STG", 77.2), ("DMK", 26.1), ("SFR", 31.4), ("DFL", 23.1))
    )
    names = _names(
        "POLISH EXCHANGE RATES\n\nWARSAW, April 9, Reuter - The National Bank of Poland "
        "set these zloty buying and selling rates for April 9.\n\n" + rows + "\n"
    )
    assert not names & {"STG", "DMK", "SFR", "DFL"}, names
    assert "Warsaw" in names, names
    # a table of each country's figures still names the countries
    names = _names(
        "CARTEL OUTPUT STEADY\n\nVIENNA, April 9 - Output of the cartel's members held "
        "steady in March, a survey showed, as Iran sold less crude.\n\n"
        "Figures are in mln barrels a day - COUNTRY  MARCH  FEBRUARY ALGERIA  0.64  0.63 "
        "IRAN  1.90  2.10 IRAQ  1.70  1.75 KUWAIT  1.10  1.30 QATAR  0.20  0.22\n"
    )
    assert {"iran", "iraq", "kuwait"} <= {n.lower() for n in names}, names


def test_a_price_tables_heading_is_no_dateline_and_no_place() -> None:
    article = _article(
        "CASH WHOLESALE LAMB PRICES\n\nFOB MILL - CLOSE      MAY 4\n\n"
        "CENTS PER LB    CHANGE LEGS 8-10  120   up 1 RACKS 6-8  140   unch\n"
    )
    assert article.place is None, article.place
    assert "Fob Mill" not in {e.name for e in article.entities}
    assert find_dateline("LEAD - VIRGIN        31.00/31.50") is None
    # a bare dateline before a sentence, or with a date the reader does not know, stays
    found = find_dateline("LISBON - The central bank cut its rate by half a point.")
    assert found is not None and found.place == "Lisbon", found
    found = find_dateline("BUENOS AIRES, ABR 9 - TEMPERATURES (CENTIGRADE) AND RAIN (MM)")
    assert found is not None and found.place == "Buenos Aires", found


def test_a_surname_alone_before_a_mine_names_the_mine_not_the_person() -> None:
    article = _article(
        "GOLD MINER RAISES SPENDING\n\nTORONTO, April 9 - Northgate Gold Corp said it would "
        "spend 12 mln dlrs on a zinc project in Ontario, Bousquet mine number three in "
        "Quebec and a copper property in Arizona.\n"
    )
    assert "Bousquet" not in {e.name for e in article.entities if e.type == "person"}
    # the person of the name, said so, is still one
    names = _names(
        "BOARD SUSPENDS AUDITOR\n\nSACRAMENTO, April 9 - Board officer Martha Bousquet "
        "said the firm's licence was suspended. Bousquet said the firm would appeal.\n"
    )
    assert "Martha Bousquet" in names, names


def test_two_names_run_over_a_word_no_name_holds_are_two_names() -> None:
    names = _names(
        "INSURER SOLD\n\nNEW YORK, April 9 - Halsey Group Inc said it agreed to acquire "
        "Western Fidelity Life Insurance Co from Beneficial Corp for 90 mln dlrs. Halsey "
        "said it would also buy Pioneer Title Co or Summit Title Corp this year.\n"
    )
    assert not {n for n in names if " from " in n or " or " in n}, names
    assert {"Western Fidelity Life Insurance Co", "Beneficial Corp"} <= names, names
    names = _names(
        "SENATORS SPAR\n\nWASHINGTON, Nov 3 - Senator Ted Cruz and Senator Marco Rubio met "
        "voters in Iowa on Tuesday. Cruz blasted Rubio for his vote on the farm bill, and "
        "Cruz told Rubio to apologise.\n"
    )
    assert not {n for n in names if " blasted " in n or " told " in n}, names
