"""Issue 24, round 5: spellings of one name across stories (generator/index/variants.py),
pieces a longer name in the same article owns (pieces.py), and products, forums, table
columns and a country's company (evidence.py), each on short articles written for it."""

from __future__ import annotations

from test_entity_resolution import _pages, _tagged, _tagged_index

from generator.index import ArchiveIndex


def _articles_of(index: ArchiveIndex, name: str) -> set[str]:
    page = next(p for p in index.entities.values() if p.name == name)
    return {ref.article.path.rsplit("/", 1)[-1] for ref in page.mentions}


def test_spellings_of_one_name_join_when_their_stories_agree_and_else_are_listed() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Holdings Corp bought Brellin Mills; Wang Chao-Ming of the Zandovia "
                "Planning Council approved. Exports to Western Europe rose.",
                [
                    ("Kestrel Holdings Corp", "organization"),
                    ("Brellin Mills", "organization"),
                    ("Wang Chao-Ming", "person"),
                    ("Zandovia Planning Council", "organization"),
                    ("Western Europe", "place"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                "Quorra Industrial Credit Inc lent money, and Midcom Inc grew.",
                [("Quorra Industrial Credit Inc", "organization"), ("Midcom Inc", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "Quorra Industries Credit Inc paid, and Widcom Inc shrank.",
                [("Quorra Industries Credit Inc", "organization"), ("Widcom Inc", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Kestrel Holding closed the Brellin Mills purchase, Wang Chang-Ming of the "
                "Zandovia Planning Council said. Sales to West Europe fell.",
                [
                    ("Kestrel Holding", "organization"),
                    ("Brellin Mills", "organization"),
                    ("Wang Chang-Ming", "person"),
                    ("Zandovia Planning Council", "organization"),
                    ("West Europe", "place"),
                ],
            ),
        }
    )
    pages = _pages(index)
    # one page each where the stories share Brellin Mills or the Planning Council, and a
    # quarter's two forms before one region
    assert len([n for n in pages if n.startswith("Kestrel Holding")]) == 1, pages
    assert len([n for n in pages if n.startswith("Wang Ch")]) == 1, pages
    assert len([n for n in pages if n.endswith(" Europe")]) == 1, pages
    # the Quorra pair's stories share no name: both stay, and review lists the pair with
    # the lines that would merge it
    assert "Quorra Industrial Credit Inc" in pages and "Quorra Industries Credit Inc" in pages
    near = [d for d in index.doubts if d.kind == "near duplicate" and "Quorra" in d.name]
    assert near and any("aliases: [" in line for line in near[0].settle), index.doubts
    assert "Midcom Inc" in pages and "Widcom Inc" in pages  # only "Inc" in common


def test_a_town_that_begins_the_articles_company_is_that_company() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "San Miguel Corp said its board met, and San Miguel shares rose.",
                [("San Miguel Corp", "organization"), ("San Miguel", "place")],
            ),
            "content/2031/05/b-04.txt": (
                "Farmers in San Miguel sold coffee to Kestrel Corp, Kestrel Corp said.",
                [("San Miguel", "place"), ("Kestrel Corp", "organization")],
            ),
        }
    )
    assert _pages(index)["San Miguel"] == "place"
    assert _articles_of(index, "San Miguel") == {"b-04.txt"}
    assert _articles_of(index, "San Miguel Corp") == {"a-03.txt"}


def test_a_firms_last_surname_and_a_bodys_generic_name_are_not_pages_of_their_own() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Brackley, Colman and Stephens managed the offering for Quorra Corp. The "
                "New York State Public Service Commission approved, and the State Public "
                "Service Commission said it would review rates.",
                [
                    ("Stephens", "organization"),
                    ("Quorra Corp", "organization"),
                    ("New York State Public Service Commission", "organization"),
                    ("State Public Service Commission", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Stephens Inc said it sold its stake. Utilities told the Ohio State Public "
                "Service Commission they would appeal to the State Public Service Commission.",
                [
                    ("Stephens Inc", "organization"),
                    ("State Public Service Commission", "organization"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert "State Public Service Commission" not in pages, pages
    assert _articles_of(index, "Stephens Inc") == {"b-04.txt"}
    assert _articles_of(index, "New York State Public Service Commission") == {"a-03.txt"}


def test_products_forums_table_columns_and_a_countrys_company() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Talks on the ZNF treaty resumed, and ZNF missiles would go. Kestrel Corp said "
                "its QWSD digital switching systems sold well. Kestrel Corp and Quorra Corp "
                "formed the Open Computing Forum, and Brellin Corp joined the Open Computing "
                "Forum. Kestrel Corp sells the Six-Party Conference Bridge.",
                [
                    ("ZNF", "organization"),
                    ("Kestrel Corp", "organization"),
                    ("QWSD", "organization"),
                    ("Quorra Corp", "organization"),
                    ("Brellin Corp", "organization"),
                    ("Open Computing Forum", "event"),
                    ("Six-Party Conference", "event"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Waits --\n\nLarge Barges  Small Craft East Quay:  12 hrs\n\nUS Quorrel said it "
                "would add lines, and US Quorrel hired staff. The Six-Party Conference Bridge "
                "sold well.",
                [
                    ("Large Barges  Small Craft East Quay", "organization"),
                    ("US Quorrel", "place"),
                    ("Six-Party Conference", "event"),
                ],
            ),
        }
    )
    assert pages == {
        "Kestrel Corp": "organization",
        "Quorra Corp": "organization",
        "Brellin Corp": "organization",
        "Open Computing Forum": "organization",
        "US Quorrel": "organization",
    }, pages


def test_a_town_nothing_places_that_acts_as_a_company_is_the_company_its_name_carries() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "San Miguel Corp said it would sell a plant.",
                [("San Miguel Corp", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "San Miguel, the brewer, hired staff. San Miguel opened a plant, and San Miguel "
                "added a line. San Miguel shares rose.",
                [("San Miguel", "place")],
            ),
            "content/2031/05/c-05.txt": (
                "Trucks from Wexford ran to Wexford Corp, and Wexford Corp said it paid.",
                [("Wexford", "place"), ("Wexford Corp", "organization")],
            ),
        }
    )
    # "from Wexford" places it: the town keeps its page beside the company
    assert pages == {
        "San Miguel Corp": "organization",
        "Wexford Corp": "organization",
        "Wexford": "place",
    }, pages


def test_two_spellings_the_archive_spells_one_acronym_out_as_are_one_body() -> None:
    stories = {
        f"content/2031/05/k{day:02d}-{day:02d}.txt": (
            "The KOTC met again.",
            [("KOTC", "organization")],
        )
        for day in range(1, 12)  # named in many stories: no evidence when named beside both
    }
    stories["content/2031/05/a-14.txt"] = (
        "The Kestrel Organisation for Trade Cooperation (KOTC) met.",
        [("Kestrel Organisation for Trade Cooperation", "organization"), ("KOTC", "organization")],
    )
    stories["content/2031/05/b-15.txt"] = (
        "The Kestrel Organization for Trade Cooperation (KOTC) met.",
        [("Kestrel Organization for Trade Cooperation", "organization"), ("KOTC", "organization")],
    )
    pages = _tagged(stories)
    assert len([n for n in pages if n.startswith("Kestrel Organi")]) == 1, pages
