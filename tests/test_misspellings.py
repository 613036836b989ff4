"""Issue 24: a name the text misspells is the name it means (generator/index/misspellings.py),
where the archive can tell a slip from another real name. Every article is invented."""

from __future__ import annotations

from test_entity_resolution import _tagged_index

from generator.index import ArchiveIndex


def _articles(index: ArchiveIndex) -> dict[str, int]:
    """Each page's name and the number of articles it gathers."""
    return {page.name: len(page.mentions) for page in index.entities.values()}


def test_a_misspelt_place_is_the_place_the_gazetteer_knows() -> None:
    pages = _articles(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Kestrel Glassworks Inc opened a plant in Los Angeles and one in Kansas.",
                    [
                        ("Kestrel Glassworks Inc", "organization"),
                        ("Los Angeles", "place"),
                        ("Kansas", "place"),
                    ],
                ),
                "content/2031/05/b-04.txt": (
                    "Harlow Mills Inc moved to Los Angeles from Kansas.",
                    [
                        ("Harlow Mills Inc", "organization"),
                        ("Los Angeles", "place"),
                        ("Kansas", "place"),
                    ],
                ),
                "content/2031/05/c-05.txt": (
                    "Quent Tile Corp sold its Los Angels plant and a depot in Kansai.",
                    [
                        ("Quent Tile Corp", "organization"),
                        ("Los Angels", "place"),
                        ("Kansai", "place"),
                    ],
                ),
            }
        )
    )
    assert "Los Angels" not in pages and pages["Los Angeles"] == 3, pages
    assert pages["Kansas"] == 2  # "Kansai" is another word, not a slip of Kansas


def test_a_misspelt_first_name_is_the_person_but_two_real_names_stay_two() -> None:
    pages = _articles(
        _tagged_index(
            {
                "content/2031/05/a-03.txt": (
                    "Reince Corvell said he would run. Ivanka Dorrit and Paul Johnson agreed.",
                    [
                        ("Reince Corvell", "person"),
                        ("Ivanka Dorrit", "person"),
                        ("Paul Johnson", "person"),
                    ],
                ),
                "content/2031/05/b-04.txt": (
                    "Reince Corvell said he won. Ivanka Dorrit said she was glad; Paul Johnson "
                    "said he was not.",
                    [
                        ("Reince Corvell", "person"),
                        ("Ivanka Dorrit", "person"),
                        ("Paul Johnson", "person"),
                    ],
                ),
                "content/2031/05/c-05.txt": (
                    "Rence Corvell said he would stay. Ivana Dorrit, her mother, and Paul "
                    "Johnston, a farmer, said they would leave.",
                    [
                        ("Rence Corvell", "person"),
                        ("Ivana Dorrit", "person"),
                        ("Paul Johnston", "person"),
                    ],
                ),
            }
        )
    )
    assert "Rence Corvell" not in pages and pages["Reince Corvell"] == 3, pages
    assert pages["Ivana Dorrit"] == 1 and pages["Ivanka Dorrit"] == 2  # both given names
    assert pages["Paul Johnston"] == 1 and pages["Paul Johnson"] == 2  # a common surname
