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
                "Kitty Mac will sell more notes next week.",
                [("Kitty Mac", "person")],
            ),
        }
    )
    assert pages["Kitty Mac"] == "organization", pages
