"""Issue 24, session 10: one page per person or body whatever the form of its name on
modern news (generator/index/variants.py `person_variants`, resolution.py), each on
short articles written for it."""

from __future__ import annotations

from test_entity_pieces import _articles_of
from test_entity_resolution import _pages, _tagged_index


def test_a_nickname_and_a_middle_initial_are_one_person_where_the_stories_agree() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Tim Quillory of Brellin Fruit Co said sales rose.",
                [("Tim Quillory", "person"), ("Brellin Fruit Co", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Brellin Fruit Co named Timothy J. Quillory chairman.",
                [("Timothy J. Quillory", "person"), ("Brellin Fruit Co", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Timothy Quillory said Brellin Fruit Co would grow.",
                [("Timothy Quillory", "person"), ("Brellin Fruit Co", "organization")],
            ),
        }
    )
    pages = _pages(index)
    quillory = [name for name in pages if name.endswith("Quillory")]
    assert quillory == ["Timothy J. Quillory"], pages  # the middle initial: the wire's form
    assert _articles_of(index, "Timothy J. Quillory") == {"a-03.txt", "b-04.txt", "c-05.txt"}


def test_a_nickname_with_other_middles_joins_by_a_rare_surname_or_shared_stories() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Representative Steve Miller of Tennessee thanked Mr. Varne. Senator Dick "
                    "Quillory said he agreed.",
                    [("Steve Miller", "person"), ("Varne", "person"), ("Dick Quillory", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "In their book, Stephen S. Miller of Ostrava University wrote on trade. "
                    "Richard J. Quillory said he disagreed.",
                    [
                        ("Stephen S. Miller", "person"),
                        ("Ostrava University", "organization"),
                        ("Richard J. Quillory", "person"),
                    ],
                ),
            }
        )
    )
    # a common surname: two people unless the stories agree; a rare one: one person
    assert "Steve Miller" in pages and "Stephen S. Miller" in pages, pages
    assert "Richard J. Quillory" in pages and "Dick Quillory" not in pages


def test_a_particle_joins_and_a_form_typed_a_place_is_the_person() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Omar Quillory said he would stay. Omar Quillory left.",
                [("Omar Quillory", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "The fate of Omar al-Quillory was debated in Omar al-Quillory's absence.",
                [("Omar al-Quillory", "place")],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Omar Quillory") == "person", pages
    assert "Omar al-Quillory" not in pages
    assert _articles_of(index, "Omar Quillory") == {"a-03.txt", "b-04.txt"}


def test_a_suffix_another_middle_or_a_given_middle_name_are_other_people() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Dorian Quillory said so. Dorian Quillory III said no.",
                    [("Dorian Quillory", "person"), ("Dorian Quillory III", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Gareth W. Vellum and Gareth H.W. Vellum met. Gareth Vellum spoke.",
                    [
                        ("Gareth W. Vellum", "person"),
                        ("Gareth H.W. Vellum", "person"),
                        ("Gareth Vellum", "person"),
                    ],
                ),
                "content/2031/05/c-05.txt": (
                    "Gareth Morrant preached. Gareth Edward Morrant won the primary.",
                    [("Gareth Morrant", "person"), ("Gareth Edward Morrant", "person")],
                ),
            }
        )
    )
    for name in ("Dorian Quillory", "Dorian Quillory III", "Gareth W. Vellum"):
        assert name in pages, (name, pages)
    assert "Gareth H.W. Vellum" in pages and "Gareth Vellum" in pages  # which one: unsaid
    assert "Gareth Morrant" in pages and "Gareth Edward Morrant" in pages


def test_a_surname_alone_is_the_person_its_forms_name_together() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Donal Quillory won. Donal Quillory spoke.",
                [("Donal Quillory", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Donal Quillory led. Donal Quillory said so.",
                [("Donal Quillory", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Donal K. Quillory came.",
                [("Donal K. Quillory", "person")],
            ),
            "content/2031/05/d-06.txt": (
                "Quillory said he would win.",
                [("Quillory", "person")],
            ),
            "content/2031/05/e-07.txt": (
                "Evie Quillory said she would vote.",
                [("Evie Quillory", "person")],
            ),
        }
    )
    # "Donal Quillory" (two articles) and "Donal K. Quillory" (one) count as one person named
    # in three articles, more than twice Evie's one: the surname alone is Donal
    assert _articles_of(index, "Donal K. Quillory") == {
        "a-03.txt",
        "b-04.txt",
        "c-05.txt",
        "d-06.txt",
    }


def test_a_title_or_a_job_word_before_a_name_is_no_part_of_it() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Sen. Lamar Vesk said he would vote. The moderator asked; a moderator replied.",
                [("Sen. Lamar Vesk", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Moderator Bret Quell asked. Bret Quell said he was done.",
                [("Moderator Bret Quell", "person"), ("Bret Quell", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Bret Quell said he would stay. Her friend Skip Vellum said he would skip it; "
                "they skip lunch and skip dinner.",
                [("Bret Quell", "person"), ("Skip Vellum", "person")],
            ),
        }
    )
    pages = _pages(index)
    assert pages.get("Lamar Vesk") == "person" and "Sen. Lamar Vesk" not in pages, pages
    assert "Moderator Bret Quell" not in pages
    assert _articles_of(index, "Bret Quell") == {"b-04.txt", "c-05.txt"}
    assert "Skip Vellum" in pages  # "Skip", capitalised inside a sentence: a given name


def test_a_photo_credit_and_two_names_run_together_are_no_one() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Orlan Vesk and Bret Quell met. (Photo: Dana Prell/Kestrel Images) "
                    "Kestrel Images sold it.",
                    [
                        ("Orlan Vesk", "person"),
                        ("Bret Quell", "person"),
                        ("Dana Prell/Kestrel Images", "person"),
                        ("Kestrel Images", "organization"),
                    ],
                ),
                "content/2031/05/b-04.txt": (
                    "Vesk and Quell debated. Orlan Vesk said he won.",
                    [("Vesk and Quell", "person"), ("Orlan Vesk", "person")],
                ),
            }
        )
    )
    assert "Dana Prell/Kestrel Images" not in pages and "Dana Prell" not in pages, pages
    assert "Vesk and Quell" not in pages
    assert "Orlan Vesk" in pages and "Kestrel Images" in pages


def test_a_geographic_name_read_as_a_body_is_a_place_unless_a_body_begins_with_it() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Ships sailed the Zandovian Sea. The Brellin Harbor attack was recalled.",
                    [("Zandovian Sea", "organization"), ("Brellin Harbor", "organization")],
                ),
                "content/2031/05/b-04.txt": (
                    "Quell River Networks hosted the server. Quell River said it was safe. "
                    "The Vesk Harbor Authority said it raised fees.",
                    [
                        ("Quell River Networks", "organization"),
                        ("Quell River", "organization"),
                        ("Vesk Harbor Authority", "organization"),
                    ],
                ),
            }
        )
    )
    assert pages.get("Zandovian Sea") == "place" and pages.get("Brellin Harbor") == "place", pages
    assert pages.get("Vesk Harbor Authority") == "organization"  # a body's word
    assert pages.get("Quell River") != "place"  # the short name of the body it begins


def test_a_body_named_short_is_the_body_a_story_names_beside_it() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Zorva University polled voters. Zorva pollster Dana Prell asked.",
                [("Zorva University", "organization"), ("Zorva", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "A Zorva poll found Vesk ahead.",
                [("Zorva", "organization"), ("Vesk", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Harlow University and Harlow College staff, and the Harlow board, met.",
                [
                    ("Harlow University", "organization"),
                    ("Harlow College", "organization"),
                    ("Harlow", "organization"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert "Zorva" not in pages, pages
    assert _articles_of(index, "Zorva University") == {"a-03.txt", "b-04.txt"}
    assert "Harlow University" in pages and "Harlow College" in pages  # which: unsaid


def test_forms_that_contradict_no_other_are_one_person() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Hillary Vesk said she won. Hillary Vesk spoke.",
                [("Hillary Vesk", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Hilary Vesk said she would run.",
                [("Hilary Vesk", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Hillary Rodham Vesk said she would stay.",
                [("Hillary Rodham Vesk", "person")],
            ),
        }
    )
    pages = _pages(index)
    # "Hilary" and "Rodham" never meet, but nothing in them names another person
    assert [name for name in pages if name.endswith("Vesk")] == ["Hillary Vesk"], pages
    assert _articles_of(index, "Hillary Vesk") == {"a-03.txt", "b-04.txt", "c-05.txt"}


def test_after_a_title_the_words_are_a_name_whatever_the_given_name() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Rep. Orvo Tilley said he would vote no.",
                    [("Rep. Orvo Tilley", "person")],
                ),
            }
        )
    )
    assert pages.get("Orvo Tilley") == "person" and "Rep. Orvo Tilley" not in pages, pages


def test_a_person_named_with_a_bodys_last_word_and_no_sign_of_a_person_is_a_body() -> None:
    pages = _pages(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Wheat growers backed Zandovia Grain Associates in the talks.",
                    [("Zandovia Grain Associates", "person")],
                ),
                "content/2031/05/b-04.txt": (
                    "Senator Dana Church said she would vote.",
                    [("Dana Church", "person")],
                ),
            }
        )
    )
    assert pages.get("Zandovia Grain Associates") == "organization", pages
    assert pages.get("Dana Church") == "person"
