"""Session 15, one thing spelled two ways across the archive: a slip of one letter in a
name the archive knows under another form, a slip in the story that names the body right,
a word in another form beside the name the archive names far more, an acronym spelled out
with a word in another form, and a saint's town written short and long. Two bodies both
named often stay apart. Every article is invented."""

from __future__ import annotations

from test_entity_duplicates_s14 import _index
from test_entity_pieces import _articles_of
from test_entity_resolution import _pages

from generator.model import EntityType

_Stories = dict[str, tuple[str, list[tuple[str, EntityType, list[str]]]]]


def _stories(name: str, kind: EntityType, days: range, text: str) -> _Stories:
    """One story a day naming `name`, from `text` with {} for the name."""
    return {
        f"content/2031/05/{name[:3].lower()}-{day:02d}.txt": (text.format(name), [(name, kind, [])])
        for day in days
    }


def test_a_slip_of_a_name_the_archive_writes_another_way_is_that_name() -> None:
    # "PaineWebbber Inc": "PaineWebber Inc" is a form of "Paine Webber Group Inc"
    stories = _stories("Tellvane Group Inc", "organization", range(3, 8), "{} said bonds fell.")
    for day in (8, 9):
        stories[f"content/2031/05/t-{day:02d}.txt"] = (
            "TellVane Inc, as Tellvane Group Inc is known, sold notes.",
            [("Tellvane Group Inc", "organization", []), ("TellVane Inc", "organization", [])],
        )
    stories["content/2031/05/t-10.txt"] = (
        "TellVanne Inc analysts see gains.",
        [("TellVanne Inc", "organization", [])],
    )
    index = _index(stories)
    assert "TellVanne Inc" not in _pages(index), _pages(index)
    assert "t-10.txt" in _articles_of(index, "Tellvane Group Inc")


def test_a_slip_beside_the_right_spelling_in_one_story_takes_the_right_name() -> None:
    # "Staff Buildiers Inc" and "Staff Builders", one story: one page, spelled right
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "Marrow Buildiers Inc extended its pact, and Marrow Builders said it expects "
                "more work.",
                [
                    ("Marrow Buildiers Inc", "organization", []),
                    ("Marrow Builders", "organization", []),
                ],
            )
        }
    )
    pages = _pages(index)
    assert "Marrow Builders" in pages and "Marrow Buildiers Inc" not in pages, pages


def test_a_word_in_another_form_beside_a_name_named_far_more_is_that_name() -> None:
    # "Security and Exchange Commission" once, the Securities and Exchange Commission often
    common = "Zandovian Securities Commission"
    stories = _stories(common, "organization", range(3, 9), "The {} filed rules.")
    stories["content/2031/05/z-20.txt"] = (
        "Kestrel Corp filed with the Zandovian Security Commission.",
        [("Zandovian Security Commission", "organization", [])],
    )
    # both named often: two bodies ("Central Statistical Office", "Central Statistics Office")
    stories |= _stories("Quorran Statistical Office", "organization", range(3, 6), "{} said.")
    stories |= _stories("Quorran Statistics Office", "organization", range(10, 12), "{} said.")
    index = _index(stories)
    pages = _pages(index)
    assert "Zandovian Security Commission" not in pages, pages
    assert "z-20.txt" in _articles_of(index, common)
    assert {"Quorran Statistical Office", "Quorran Statistics Office"} <= set(pages), pages


def test_a_slip_of_an_english_word_beside_a_name_named_far_more_is_that_name() -> None:
    # "Salmon Brothers Inc" once, Salomon Brothers Inc in ten stories
    common = "Quarrell Brothers Inc"
    stories = _stories(common, "organization", range(3, 9), "{} traded bonds.")
    stories["content/2031/05/q-20.txt"] = (
        "Quarrel Brothers Inc traded notes.",
        [("Quarrel Brothers Inc", "organization", [])],
    )
    index = _index(stories)
    assert "Quarrel Brothers Inc" not in _pages(index), _pages(index)
    assert "q-20.txt" in _articles_of(index, common)


def test_one_acronym_spelled_out_with_a_word_in_another_form_is_one_body() -> None:
    # "ASCS (Agriculture Stabilization ...)" beside "Agricultural Stabilization ... (ASCS)"
    index = _index(
        {
            "content/2031/05/a-03.txt": (
                "The Zandovian Agricultural Marketing Service (ZAMS) bought rice.",
                [("Zandovian Agricultural Marketing Service", "organization", ["ZAMS"])],
            ),
            "content/2031/05/b-04.txt": (
                "Officials spent hours in ZAMS (Zandovian Agriculture Marketing Service) on it.",
                [("Zandovian Agriculture Marketing Service", "organization", [])],
            ),
            "content/2031/05/c-05.txt": (
                "The Organisation for Quorran Cooperation (OQC) met.",
                [("Organisation for Quorran Cooperation", "organization", ["OQC"])],
            ),
            "content/2031/05/d-06.txt": (
                "The Organization for Quorran Co-operation (OQC) met again.",
                [("Organization for Quorran Co-operation", "organization", ["OQC"])],
            ),
        }
    )
    pages = _pages(index)
    assert _articles_of(index, "Zandovian Agricultural Marketing Service") == {
        "a-03.txt",
        "b-04.txt",
    }, pages
    assert "Zandovian Agriculture Marketing Service" not in pages, pages
    assert len([n for n in pages if "Quorran Co" in n]) == 1, pages


def test_a_saints_town_written_short_or_long_is_one_place() -> None:
    stories = _stories("St. Quorra", "place", range(3, 6), "Trade in {}, Minn., grew.")
    stories["content/2031/05/s-20.txt"] = (
        "A mill in Saint Quorra, Minn., closed.",
        [("Saint Quorra", "place", [])],
    )
    index = _index(stories)
    pages = _pages(index)
    assert "Saint Quorra" not in pages, pages
    assert "s-20.txt" in _articles_of(index, "St. Quorra")


def test_a_slip_one_letter_off_a_word_english_knows_is_that_name_in_any_story() -> None:
    # "Mocrosoft Corp" and "Microsoft Corp", one story each
    index = _index(
        {
            "content/2031/05/h-03.txt": (
                "Harvester Corp shipped software.",
                [("Harvester Corp", "organization", [])],
            ),
            "content/2031/05/h-04.txt": (
                "Harvestir Corp shipped more software.",
                [("Harvestir Corp", "organization", [])],
            ),
            # two words English hardly knows, a letter apart: two firms ("Midcom", "Widcom")
            "content/2031/05/q-05.txt": (
                "Quorrabix Corp sold chips.",
                [("Quorrabix Corp", "organization", [])],
            ),
            "content/2031/05/q-06.txt": (
                "Quorrabox Corp sold boards.",
                [("Quorrabox Corp", "organization", [])],
            ),
        }
    )
    pages = _pages(index)
    assert "Harvestir Corp" not in pages, pages
    assert _articles_of(index, "Harvester Corp") == {"h-03.txt", "h-04.txt"}
    assert {"Quorrabix Corp", "Quorrabox Corp"} <= set(pages), pages
