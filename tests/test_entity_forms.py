"""Issue 24, round 7: one page per thing across the forms of its name, and one thing per
page (generator/index/names.py, variants.py, resolution.py), each on short articles
written for it."""

from __future__ import annotations

import re

from test_entity_pieces import _articles_of
from test_entity_resolution import _pages, _tagged, _tagged_index

from generator.annotate.registry import Registry
from generator.index import ArchiveIndex, build_index
from generator.model import Entity, Mention, entity_id
from generator.read.dates import find_date
from generator.read.reader import read_source


def test_a_unit_with_a_legal_form_cleanco_leaves_on_keeps_the_short_name_apart() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Quorran Trust Asia Ltd opened an office. QUORRAN TRUST said it hired staff.",
                [("Quorran Trust Asia Ltd", "organization"), ("QUORRAN TRUST", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Quorran Trust Bank N.A. cut its prime rate. Quorran Trust said it would lend.",
                [("Quorran Trust Bank N.A", "organization"), ("Quorran Trust", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "NV Brellin Lampenfabriek sold a plant to Brellin Optical Ltd, Brellin said.",
                [
                    ("NV Brellin Lampenfabriek", "organization"),
                    ("Brellin Optical Ltd", "organization"),
                    ("Brellin", "organization"),
                ],
            ),
        }
    )
    pages = _pages(index)
    # the unit's page no longer gathers its parent's articles under the short name
    assert _articles_of(index, "Quorran Trust Asia Ltd") == {"a-03.txt"}, pages
    assert _articles_of(index, "Quorran Trust Bank N.A") == {"b-04.txt"}
    assert _articles_of(index, "Brellin Optical Ltd") == {"c-05.txt"}
    assert "Brellin" not in pages  # the short name of two companies: plain text


def test_a_country_before_a_national_body_is_that_body() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "The Zandovian Treasury and the Fish and Grain Administration met.",
                [
                    ("Zandovian Treasury", "organization"),
                    ("Fish and Grain Administration", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "The Treasury said the U.S. Fish and Grain Administration approved it.",
                [
                    ("Treasury", "organization"),
                    ("U.S. Fish and Grain Administration", "organization"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                "U.S. Treasury officials and the U.S. Treasury staff met the Treasury.",
                [("U.S. Treasury", "organization"), ("Treasury", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "The U.S. Treasury sold bills. American Express Co and Express Inc rose.",
                [
                    ("U.S. Treasury", "organization"),
                    ("American Express Co", "organization"),
                    ("Express Inc", "organization"),
                ],
            ),
            "content/2031/05/e-07.txt": (
                "The U.K. Treasury sold gilts.",
                [("U.K. Treasury", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "U.S. Fish and Grain Administration" not in pages, pages
    assert _articles_of(index, "Fish and Grain Administration") == {"a-03.txt", "b-04.txt"}
    assert "U.S. Treasury" not in pages
    assert _articles_of(index, "Treasury") == {"b-04.txt", "c-05.txt", "d-06.txt"}
    # another country's body, and companies, keep their own pages
    assert pages["U.K. Treasury"] == "organization"
    assert pages["American Express Co"] == pages["Express Inc"] == "organization"


def test_a_body_named_town_first_or_by_its_short_form_is_the_body_of_that_town() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "The Federal Reserve Bank of Port Mirren said reserves fell.",
                [("Federal Reserve Bank of Port Mirren", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Economists watched the Port Mirren Fed, and the Fed itself.",
                [("Port Mirren Fed", "organization"), ("Fed", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "The Port Mirren Grain Exchange and the Grain Exchange of Port Mirren opened.",
                [
                    ("Port Mirren Grain Exchange", "organization"),
                    ("Grain Exchange of Port Mirren", "organization"),
                    ("Port Mirren", "place"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert "Port Mirren Fed" not in pages, pages
    assert _articles_of(index, "Federal Reserve Bank of Port Mirren") == {"a-03.txt", "b-04.txt"}
    assert pages["Federal Reserve"] == "organization"  # the Fed alone is the system
    assert "Port Mirren Grain Exchange" not in pages


def test_a_name_made_of_its_words_beginnings_is_that_body() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Trading on the Port Mirren Wool Exchange was light, traders said.",
                [("Port Mirren Wool Exchange", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Pomwex said margins would rise. At the Kestrel Exchange, Kesex set limits.",
                [
                    ("Pomwex", "organization"),
                    ("Kestrel Exchange", "organization"),
                    ("Kesex", "organization"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                "Pomwex officials met.",
                [("Pomwex", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "Dorin said the Dorrit Industries unit would grow.",
                [("Dorin", "person"), ("Dorrit Industries", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Pomwex" not in pages and "Kesex" not in pages, pages
    assert _articles_of(index, "Port Mirren Wool Exchange") == {"a-03.txt", "b-04.txt", "c-05.txt"}
    assert _articles_of(index, "Kestrel Exchange") == {"b-04.txt"}
    # "Dorin" is no "Do-r-in" of Dorrit Industries: the last word gives two letters or more
    assert _articles_of(index, "Dorrit Industries") == {"d-06.txt"}


def test_a_surname_like_company_after_its_initials_is_that_company_in_its_article() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "R.P. Quillon Inc said profit rose. A Quillon director said sales grew.",
                [("R.P. Quillon Inc", "organization"), ("Quillon", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Mark Quillon, a broker, said prices fell.",
                [("Mark Quillon", "person")],
            ),
        }
    )
    pages = _pages(index)
    assert "Quillon" not in pages, pages
    assert _articles_of(index, "R.P. Quillon Inc") == {"a-03.txt"}
    assert _articles_of(index, "Mark Quillon") == {"b-04.txt"}


def test_a_slip_of_a_common_word_joins_its_name_or_gets_no_page() -> None:
    common = "The treasury said the commission and officials would meet. " * 10
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                common + "The Kestrel Commission met. The Kestrel Commmission said no.",
                [("Kestrel Commission", "organization"), ("Kestrel Commmission", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                common + "Officials of the Zandovian Treassury declined. Preesident Dorrit "
                "spoke to Quorran Software INc. Brellin Corning Ltd agreed.",
                [
                    ("Zandovian Treassury", "organization"),
                    ("Preesident Dorrit", "person"),
                    ("Quorran Software INc", "organization"),
                    ("Brellin Corning Ltd", "organization"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                common + "The Zandovian Treassury sold bills to Quorran Software Inc.",
                [("Zandovian Treassury", "organization"), ("Quorran Software Inc", "organization")],
            ),
        }
    )
    pages = _pages(index)
    # one article names both spellings: one body
    assert "Kestrel Commmission" not in pages, pages
    assert pages["Kestrel Commission"] == "organization"
    # no right spelling in the archive: the typo is no page, nor a title's typo
    assert not [p for p in pages if "Treassury" in p or "Preesident" in p], pages
    # the legal form in odd casing is the form; a real word ("Corning") is no slip
    assert _articles_of(index, "Quorran Software Inc") == {"b-04.txt", "c-05.txt"}
    assert pages["Brellin Corning Ltd"] == "organization"


def _datelined(stories: dict[str, tuple[str, str, list[tuple[str, str]]]]) -> ArchiveIndex:
    """The archive index of articles given as (dateline place, body, [(name, type)])."""
    articles = []
    for path, (place, body, names) in stories.items():
        text = f"Story\n\n{place}, May {int(path[-6:-4])} - {body}\n"
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        for name, kind in names:
            found = [
                Mention(m.start(), m.end(), m[0])
                for m in re.finditer(re.escape(name) + r"(?!\w)", article.text, re.IGNORECASE)
            ]
            assert found, name
            article.entities.append(Entity(entity_id(kind, name), kind, name, mentions=found))
        articles.append(article)
    return build_index(articles, Registry())


def test_a_name_of_a_city_and_a_state_makes_a_page_for_each_by_what_the_text_says() -> None:
    index = _datelined(
        {
            "content/2031/05/a-03.txt": (
                "NEW YORK",
                "Kestrel Mills Inc said it would move to New York next year.",
                [("New York", "place"), ("Kestrel Mills Inc", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "NEW YORK",
                "Brellin Corp, of Armonk, New York, said it has plants in New York and "
                "New Hampshire. The New York Governor approved.",
                [("New York", "place"), ("Brellin Corp", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "PORT MIRREN",
                "Quorran Ltd of Albany, N.Y., opened an office in New York City, where upstate "
                "New York growers meet.",
                [
                    ("N.Y.", "place"),
                    ("New York City", "place"),
                    ("New York", "place"),
                    ("Quorran Ltd", "organization"),
                ],
            ),
        }
    )
    pages = _pages(index)
    assert pages["New York"] == pages["State of New York"] == "place", pages
    assert "New York City" not in pages
    assert _articles_of(index, "New York") == {"a-03.txt", "b-04.txt", "c-05.txt"}
    assert _articles_of(index, "State of New York") == {"b-04.txt", "c-05.txt"}
    state = next(p for p in index.entities.values() if p.name == "State of New York")
    # "Armonk, New York,"; "in New York and New Hampshire"; "New York Governor"; N.Y.; upstate
    assert sum(ref.count for ref in state.mentions) == 5


def test_an_acronym_inside_a_name_is_spelled_out_and_near_names_go_to_review() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "The Zandovian Grain Guild (ZGG) met. The Zandovian Grain Guild Council "
                "agreed with the Zandovian Council.",
                [
                    ("Zandovian Grain Guild", "organization"),
                    ("ZGG", "organization"),
                    ("Zandovian Grain Guild Council", "organization"),
                    ("Zandovian Council", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "The ZGG Council said no. The ZGG Executive Council said no too.",
                [("ZGG Council", "organization"), ("ZGG Executive Council", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "The ZGG Executive Council and the Zandovian Council met again.",
                [("ZGG Executive Council", "organization"), ("Zandovian Council", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "ZGG Council" not in pages, pages
    assert _articles_of(index, "Zandovian Grain Guild Council") == {"a-03.txt", "b-04.txt"}
    # a word or two more than another body's name: two pages, and the line that joins them
    assert pages["ZGG Executive Council"] == pages["Zandovian Council"] == "organization"
    near = [d for d in index.doubts if d.kind == "near duplicate" and d.name.startswith("ZGG")]
    assert any("aliases: [ZGG Executive Council]" in line for d in near for line in d.settle)


def test_a_body_named_with_another_small_word_is_one_body_when_a_story_ties_them() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The Accord of Grains and Pulses met Brellin Mills. "
                "The Accord of Grains and Pulses said no.",
                [
                    ("Accord of Grains and Pulses", "organization"),
                    ("Brellin Mills", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "The Accord on Grains and Pulses fined Brellin Mills.",
                [
                    ("Accord on Grains and Pulses", "organization"),
                    ("Brellin Mills", "organization"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                "The Accord on Grains and Pulses met again.",
                [("Accord on Grains and Pulses", "organization")],
            ),
        }
    )
    assert "Accord of Grains and Pulses" not in pages, pages
    assert pages["Accord on Grains and Pulses"] == "organization"


def test_a_surname_after_a_given_name_the_model_left_out_is_not_the_archives_other_person() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Senator Tobin Harrowgate spoke. Harrowgate said taxes would rise.",
                [("Tobin Harrowgate", "person"), ("Harrowgate", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Tobin Harrowgate met voters.",
                [("Tobin Harrowgate", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Sen. Ruthven Harrowgate voted no, and Harrowgate said so twice.",
                [("Harrowgate", "person")],
            ),
        }
    )
    # "Ruthven" is a given name the model left out: not Tobin Harrowgate's article
    assert _articles_of(index, "Tobin Harrowgate") == {"a-03.txt", "b-04.txt"}


def test_in_undated_articles_the_one_full_name_of_the_archive_is_near_enough() -> None:
    articles = []
    for path, body, names in (
        ("content/undated/a.txt", "Speaker Tobin J. Harrowgate spoke.", ["Tobin J. Harrowgate"]),
        ("content/undated/b.txt", "Tobin Harrowgate met voters.", ["Tobin Harrowgate"]),
        ("content/undated/c.txt", "Tobin Harrowgate said no.", ["Tobin Harrowgate"]),
    ):
        article = read_source(f"Story\n\n{body}\n".encode(), path)
        find_date(article)
        assert article.date is None
        for name in names:
            start = article.text.index(name)
            mention = Mention(start, start + len(name), name)
            article.entities.append(
                Entity(entity_id("person", name), "person", name, mentions=[mention])
            )
        articles.append(article)
    index = build_index(articles, Registry())
    assert "Tobin Harrowgate" not in _pages(index), _pages(index)
    assert _articles_of(index, "Tobin J. Harrowgate") == {"a.txt", "b.txt", "c.txt"}


def test_a_name_joins_no_longer_name_that_a_lower_case_word_begins() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "The mayor endorses taxes and endorses roads (Mayor Endorses Taxes, Mayor "
                "Endorses Roads, Mayor Endorses Parks). Endorses Tobin Harrowgate, it said.",
                [("Endorses Tobin Harrowgate", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Tobin Harrowgate, 45, met voters. Tobin Harrowgate spoke.",
                [("Tobin Harrowgate", "person")],
            ),
        }
    )
    assert _articles_of(index, "Tobin Harrowgate") == {"b-04.txt"}, _pages(index)


def test_a_country_and_the_region_around_it_stay_two_pages() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-05.txt": (
                "Maize piles up in Southern Africa while South Africa buys wheat.",
                [("Southern Africa", "place"), ("South Africa", "place")],
            ),
            "content/2031/05/b-06.txt": (
                "South Africa raised its rates.",
                [("South Africa", "place")],
            ),
        }
    )
    assert pages.get("South Africa") == "place" and pages.get("Southern Africa") == "place"
