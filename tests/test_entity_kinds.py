"""Issue 24, round 7: what kind of thing a name is (generator/index/evidence.py) and the
pieces of longer names (pieces.py), each on short articles written for it."""

from __future__ import annotations

from test_entity_pieces import _articles_of
from test_entity_resolution import _pages, _tagged, _tagged_index


def test_a_person_needs_a_persons_evidence() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Quorran Seetransport said in its weekly review that freight rates fell. "
                "The fund bought Ostrava Plaza for 40 mln dlrs.",
                [("Quorran Seetransport", "person"), ("Ostrava Plaza", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Zorvan Telli, analyst with Kestrel Securities, expects lower rates. "
                '"Prices will fall," said Quillan Dorsk. Bentar Moll, 45, joined the board.',
                [
                    ("Zorvan Telli", "person"),
                    ("Kestrel Securities", "organization"),
                    ("Quillan Dorsk", "person"),
                    ("Bentar Moll", "person"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                "Ostrava Plaza was sold again, and Quorran Seetransport expects more cargo.",
                [("Ostrava Plaza", "person"), ("Quorran Seetransport", "person")],
            ),
        }
    )
    # a company's "its": the company; no sign either way: no page (plain text)
    assert pages["Quorran Seetransport"] == "organization", pages
    assert "Ostrava Plaza" not in pages
    # a description, a speaker's verb, an age: people, though no list knows their names
    for name in ("Zorvan Telli", "Quillan Dorsk", "Bentar Moll"):
        assert pages[name] == "person", (name, pages)


def test_a_name_that_begins_or_starts_with_a_company_is_the_company_or_its_product() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Oliver Brandt Studios Inc <OBSI> said its profit rose. "
                "Oliver Brandt shares rose two dlrs.",
                [("Oliver Brandt Studios Inc", "organization"), ("Oliver Brandt", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Kestrel Corp said it would raise the price of the Kestrel Lumina by two pct. "
                "Kestrel Lumina sales fell.",
                [("Kestrel Corp", "organization"), ("Kestrel Lumina", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Kestrel Corp said its chairman, Oliver Pell, would retire. Oliver Pell said "
                "he would stay a director.",
                [("Kestrel Corp", "organization"), ("Oliver Pell", "person")],
            ),
        }
    )
    pages = _pages(index)
    assert "Oliver Brandt" not in pages, pages
    assert _articles_of(index, "Oliver Brandt Studios Inc") == {"a-03.txt"}
    assert "Kestrel Lumina" not in pages
    assert pages["Oliver Pell"] == "person"
    assert pages["Kestrel Corp"] == "organization"


def test_a_nickname_set_beside_a_body_is_the_body() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The Kestrel Home Loan Corp, Kitty Mac, sold 300 mln dlrs of notes.",
                [("Kestrel Home Loan Corp", "organization"), ("Kitty Mac", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Kitty Mac will sell more notes next week, Kitty Mac said.",
                [("Kitty Mac", "person")],
            ),
        }
    )
    # "said" is a body's verb too: the other name outweighs it
    assert pages["Kitty Mac"] == "organization", pages


def test_a_piece_of_a_longer_name_gets_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The Mirren Lower House Steering Committee met, and <American Quorran "
                "Resources Corp> said the Little Tamsin Shop chain was sold to AC and R "
                "Advertising. Kestrel Mills said it agreed.",
                [
                    ("Steering Committee", "organization"),
                    ("Quorran Resources", "organization"),
                    ("Tamsin Shop", "organization"),
                    ("AC", "organization"),
                    ("Kestrel Mills", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "A Lower House Steering Committee vote is due, and Kestrel Mills said "
                "Quorran Resources Corp and the Tamsin Shop chain would bid. AC and R "
                "Advertising declined. Kestrel Chairman Ivo Bell agreed.",
                [
                    ("Steering Committee", "organization"),
                    ("Quorran Resources Corp", "organization"),
                    ("Tamsin Shop", "organization"),
                    ("AC", "organization"),
                    ("Kestrel Mills", "organization"),
                    ("Ivo Bell", "person"),
                ],
            ),
        }
    )
    for piece in ("Steering Committee", "AC"):
        assert piece not in pages, (piece, pages)
    # half its mentions alone ("the Tamsin Shop chain", "Quorran Resources Corp"): a name
    # of its own, one page; a company a title follows ("Kestrel Chairman") keeps its page
    assert pages["Tamsin Shop"] == "organization"
    assert pages["Kestrel Mills"] == "organization"
    assert len([n for n in pages if "Quorran" in n]) == 1, pages


def test_a_programme_is_a_thing_and_a_bridge_no_person() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The Kestrel Export Bonus Program paid 20 mln dlrs, and traffic on the "
                "Oliver Pell Bridge fell, Oliver Pell, a director of Kestrel Mills, said.",
                [
                    ("Kestrel Export Bonus Program", "organization"),
                    ("Oliver Pell Bridge", "person"),
                    ("Oliver Pell", "person"),
                    ("Kestrel Mills", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "The Kestrel Export Bonus Program will end, and the Oliver Pell Bridge will close.",
                [
                    ("Kestrel Export Bonus Program", "organization"),
                    ("Oliver Pell Bridge", "person"),
                ],
            ),
        }
    )
    assert pages["Kestrel Export Bonus Program"] == "other", pages
    assert pages.get("Oliver Pell Bridge") != "person"
    assert pages["Oliver Pell"] == "person"
