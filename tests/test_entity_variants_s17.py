"""Session 17, one body's name variants across the archive: a party's short name ("Labour"
beside "Labour Party"), a department's other name ("the Pentagon", the Defense
Department). Every article is invented."""

from __future__ import annotations

from test_entity_bodies import _articles_of, _index
from test_entity_resolution import _pages

from generator.annotate.entities.aliases import usual_name


def test_a_partys_short_name_is_the_party() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Poll",
                "Britain's opposition Vellum Party gained two points in the poll. Vellum "
                "now trails by four points.",
                [("Vellum Party", "organization"), ("Vellum", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Poll again",
                "Vellum lost a point in Britain's latest poll, the pollster said.",
                [("Vellum", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Vellum" not in pages, pages
    assert _articles_of(index, "Vellum Party") == {"a-03.txt", "b-04.txt"}


def test_the_pentagon_is_the_defense_department() -> None:
    assert usual_name("Pentagon") == ("U.S. Defense Department", "organization")
    assert usual_name("Department of Defense") == usual_name("Defense Department")
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Missiles",
                "The Pentagon said it would delay the missile purchase.",
                [("Pentagon", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Troops",
                "Defense Department officials said troops would get a raise.",
                [("Defense Department", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Pentagon" not in pages and "Defense Department" not in pages, pages
    assert _articles_of(index, "U.S. Defense Department") == {"a-03.txt", "b-04.txt"}


def test_a_word_that_describes_a_named_body_or_place_leaves_it_one() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Crude",
                "Brent crude from the U.K. Varne Sea rose 20 cents. The Opposition Tamsin "
                "Party said oil taxes must rise. The Federal Environmental Protection Agency "
                "said the spill was small.",
                [
                    ("U.K. Varne Sea", "place"),
                    ("Opposition Tamsin Party", "organization"),
                    ("Federal Environmental Protection Agency", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Fields",
                "Two fields in the Varne Sea closed. The Tamsin Party of Britain backed the "
                "plan, and the Environmental Protection Agency cleared it.",
                [
                    ("Varne Sea", "place"),
                    ("Tamsin Party", "organization"),
                    ("Environmental Protection Agency", "organization"),
                    ("Britain", "place"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                "Field",
                "A field in the Varne Sea opened on Friday.",
                [("Varne Sea", "place")],
            ),
        }
    )
    pages = _pages(index)
    for described in ("U.K. Varne Sea", "Opposition Tamsin Party"):
        assert described not in pages, pages
    assert "Federal Environmental Protection Agency" not in pages, pages
    assert _articles_of(index, "Varne Sea") == {"a-03.txt", "b-04.txt", "c-05.txt"}
    assert _articles_of(index, "Tamsin Party") == {"a-03.txt", "b-04.txt"}
    assert _articles_of(index, "Environmental Protection Agency") == {"a-03.txt", "b-04.txt"}


def test_a_country_before_a_listed_place_leaves_two_places() -> None:
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Gilts",
                "Ships left the British Virgin Islands for Miami.",
                [("British Virgin Islands", "place")],
            ),
            "content/2031/05/b-04.txt": (
                "Bills",
                "The Virgin Islands had a storm, Washington said.",
                [("Virgin Islands", "place")],
            ),
        }
    )
    assert _articles_of(index, "Virgin Islands") == {"b-04.txt"}
