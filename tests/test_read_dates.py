"""The date: front matter, else the dateline's month/day with a year from the weekday and
years the text names, then the path, then a configured default; `date_source` says which."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.model import Article
from generator.read.dates import find_date, parse_date_value, stated_date
from generator.read.reader import read_article, read_source

WIRE = Path(__file__).resolve().parent / "fixtures" / "wire"


def dated(text: str, path: str = "article.txt", default_year: int | None = None) -> Article:
    article = read_source(text.encode("utf-8"), path, ".txt")
    find_date(article, default_year)
    return article


def test_weekday_picks_the_year_among_the_years_the_text_names() -> None:
    # 6 April was a Thursday in 2017 and 2023; only 2017 is in play here.
    article = dated("Head\nMOSCOW, April 6. /TASS/. He spoke on Thursday about 2016 and 2017.\n")
    assert (article.date, article.date_source) == (dt.date(2017, 4, 6), "dateline+weekday")


def test_weekday_and_path_break_a_tie_between_years() -> None:
    text = "Head\nMOSCOW, April 6. /TASS/. On Thursday he recalled 2017 and looked to 2023.\n"
    assert dated(text, "content/2023/x.txt").date == dt.date(2023, 4, 6)
    assert dated(text, "content/2017/x.txt").date == dt.date(2017, 4, 6)


def test_weekday_confirms_the_path_year() -> None:
    article = dated("Head\nLONDON, Feb 26 - Talks ended on Sunday.\n", "content/2017/a.txt")
    assert (article.date, article.date_source) == (dt.date(2017, 2, 26), "dateline+weekday")


def test_weekday_with_a_year_mentioned_just_before() -> None:
    # January copy often names the year just ended.
    article = dated("Head\nLONDON, Jan 5 - Markets fell on Thursday after a weak 2016.\n")
    assert (article.date, article.date_source) == (dt.date(2017, 1, 5), "dateline+weekday")


def test_text_year_without_a_weekday() -> None:
    article = dated("Head\nLONDON, Feb 26 - Output rose in February 2019, data showed.\n")
    assert (article.date, article.date_source) == (dt.date(2019, 2, 26), "dateline+text")
    article = dated("Head\nLONDON, Jan 2 - Talks ended on Dec. 30, 2018, it said.\n")
    assert (article.date, article.date_source) == (dt.date(2019, 1, 2), "dateline+text")
    article = dated("Head\nLONDON, Feb 26 - Output rose in January 2019 and 2020.\n")
    assert article.date_source == "dateline+guess"
    article = dated("Head\nLONDON, Feb 26 - Output rose in February 2019, data showed.\n")
    assert (article.date, article.date_source) == (dt.date(2019, 2, 26), "dateline+text")


def test_path_year_without_a_weekday() -> None:
    article = dated("Head\nLONDON, Feb 26 - Output rose.\n", "content/2015/output.txt")
    assert (article.date, article.date_source) == (dt.date(2015, 2, 26), "dateline+path")


def test_path_year_before_text_years_when_no_weekday_decides() -> None:
    article = dated("Head\nLONDON, Feb 26 - Output fell to 2009 levels.\n", "content/2015/a.txt")
    assert (article.date, article.date_source) == (dt.date(2015, 2, 26), "dateline+path")


def test_configured_default_year() -> None:
    article = dated("Head\nLONDON, Feb 26 - Output rose.\n", default_year=1987)
    assert (article.date, article.date_source) == (dt.date(1987, 2, 26), "dateline+config")


def test_year_in_the_dateline() -> None:
    article = dated("Head\nWASHINGTON, April 6, 2017 (Reuters) - Text.\n")
    assert (article.date, article.date_source) == (dt.date(2017, 4, 6), "dateline")


def test_full_date_in_the_path() -> None:
    article = dated("Head\nLONDON (Reuters) - Text.\n", "content/2021/03/04/a.txt")
    assert (article.date, article.date_source) == (dt.date(2021, 3, 4), "path")
    article = dated("Head\nLONDON (Reuters) - Text.\n", "content/2021-03-04-a.txt")
    assert article.date == dt.date(2021, 3, 4)


def test_publication_line_gives_the_date() -> None:
    article = dated("Head\nBy Jane Doe\nPublished April 6, 2017\nLONDON (Reuters) - Text.\n")
    assert (article.date, article.date_source) == (dt.date(2017, 4, 6), "text")


def test_publication_line_gives_the_dateline_its_year() -> None:
    article = dated("Head\nApril 6, 2017\nLONDON, April 6 (Reuters) - Text.\n")
    assert (article.date, article.date_source) == (dt.date(2017, 4, 6), "dateline+text")


def test_front_matter_wins() -> None:
    text = "---\ndate: 2016-05-01\n---\nHead\nLONDON, May 1 - Text on Sunday.\n"
    article = dated(text, "content/2017/a.txt")
    assert (article.date, article.date_source) == (dt.date(2016, 5, 1), "front-matter")
    assert not article.warnings


def test_front_matter_date_that_disagrees_with_the_dateline_is_reported() -> None:
    text = "---\ndate: 2016-05-20\n---\nHead\nLONDON, May 1 - Text.\n"
    article = dated(text)
    assert article.date == dt.date(2016, 5, 20)
    assert any("does not match the dateline" in str(w) for w in article.warnings)


def test_nothing_decides_the_year_and_the_warning_says_how_to_fix_it() -> None:
    # The month and day are kept with a guessed year, labelled as such.
    article = dated("Head\nLONDON, Feb 26 - Output rose.\n")
    assert (article.date, article.date_source) == (dt.date(2026, 2, 26), "dateline+guess")
    message = str(article.warnings[0])
    assert message.startswith("article.txt:2: ")
    assert "nothing fixes the year" in message and "guessed 2026" in message
    assert "date: YYYY-02-26" in message and "--default-year" in message


def test_guessed_year_follows_the_weekday() -> None:
    article = dated("Head\nMOSCOW. Nov 27 (Interfax) - It said on Monday.\n")
    assert (article.date, article.date_source) == (dt.date(2023, 11, 27), "dateline+guess")


def test_no_date_at_all_is_a_warning() -> None:
    article = dated("Head\nText without any date.\nMore.\n")
    assert article.date is None and article.date_source == "none"
    assert "no date found" in str(article.warnings[0])


def test_weekday_that_fits_no_candidate_year_warns_and_falls_back() -> None:
    article = dated("Head\nLONDON, Feb 26 - Talks ended on Monday.\n", "content/2017/a.txt")
    assert (article.date, article.date_source) == (dt.date(2017, 2, 26), "dateline+path")
    assert any("was a Sunday, but the text says Monday" in str(w) for w in article.warnings)


def test_leap_day() -> None:
    # 29 February 2020 was a Saturday: the path year stands, with a warning.
    article = dated("Head\nLONDON, Feb 29 - Talks ended on Thursday.\n", "content/2020/a.txt")
    assert article.date == dt.date(2020, 2, 29) and article.warnings
    article = dated("Head\nLONDON, Feb 29 - Talks ended.\n", "content/2020/a.txt")
    assert article.date == dt.date(2020, 2, 29)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-04-06", dt.date(2017, 4, 6)),
        ("2017-04-06T12:30:00Z", dt.date(2017, 4, 6)),
        ("2017/04/06", dt.date(2017, 4, 6)),
        ("April 6, 2017", dt.date(2017, 4, 6)),
        ("6 April 2017", dt.date(2017, 4, 6)),
        (dt.date(2017, 4, 6), dt.date(2017, 4, 6)),
        (dt.datetime(2017, 4, 6, 12, 0), dt.date(2017, 4, 6)),
    ],
)
def test_front_matter_date_formats(value: object, expected: dt.date) -> None:
    assert parse_date_value(value) == (expected, None)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2017-02-30", "February 2017 has 28 days"),
        ("2016-13-01", "there is no month 13"),
        ("next week", "is not a date"),
    ],
)
def test_bad_front_matter_dates_say_why(value: str, why: str) -> None:
    date, message = parse_date_value(value)
    assert date is None and why in message


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published April 6, 2017", dt.date(2017, 4, 6)),
        ("Updated: 6 April 2017 12:30 GMT", dt.date(2017, 4, 6)),
        ("Thu Apr 6, 2017 | 12:30pm EDT", dt.date(2017, 4, 6)),
        ("2017-04-06 12:30", dt.date(2017, 4, 6)),
        ("April 6, 2017 was the day everything changed for the town.", None),
    ],
)
def test_publication_lines(line: str, expected: dt.date | None) -> None:
    assert stated_date(line) == expected


def test_fixture_dates() -> None:
    article = read_article(WIRE / "tass-region.txt")
    find_date(article)
    assert (article.date, article.date_source) == (dt.date(2019, 12, 26), "dateline+weekday")


def test_weekday_of_another_day_does_not_decide_the_year() -> None:
    # 3 March was a Thursday in 1988, but the show opens on Thursday: another day.
    text = "Head\nGENEVA, March 3 - Earnings rose in 1987, he said at the show, which opens on "
    text += "Thursday.\n"
    article = dated(text, default_year=1987)
    assert (article.date, article.date_source) == (dt.date(1987, 3, 3), "dateline+config")


def test_weekday_next_to_a_reporting_verb_decides() -> None:
    article = dated("Head\nWASHINGTON (AP) — x\n", default_year=2023)
    assert article.date_source == "none"
    text = "Head\nBEIJING, April 6 (Xinhua) -- Officials said Thursday that output rose in 2023.\n"
    assert dated(text).date_source == "dateline+weekday"
