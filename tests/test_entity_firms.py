"""Issue 24, round 6: a person run into his firm, a company's seat voted a company, a
country's court or bank that the name leaves unnamed, a term's acronym
(generator/index/evidence.py and resolution.py), each on short articles written for it."""

from __future__ import annotations

from test_entity_pieces import _articles_of
from test_entity_resolution import _pages, _tagged, _tagged_index


def test_a_person_run_into_his_firm_is_the_person_or_no_page() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Helen Dorrit of Kestrel Bank said rates would fall. Kestrel Bank said it agreed.",
                [
                    ("Helen Dorrit of Kestrel Bank", "organization"),
                    ("Kestrel Bank", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Helen Dorrit, an economist, said bonds were cheap.",
                [("Helen Dorrit", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Paul Ostrander of Quorran Securities Ltd expects a deficit.",
                [("Paul Ostrander of Quorran Securities Ltd", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert "Helen Dorrit of Kestrel Bank" not in pages, pages
    assert pages["Helen Dorrit"] == "person"
    assert _articles_of(index, "Helen Dorrit") == {"a-03.txt", "b-04.txt"}
    # named nowhere alone: no page at all, neither a body nor a person
    assert not [n for n in pages if "Ostrander" in n], pages
    assert pages["Kestrel Bank"] == "organization"


def test_a_town_after_a_company_and_of_is_a_place_not_the_company() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "<Quorran Ltd> of Brisbane said it agreed to buy Kestrel Mills.",
                [
                    ("Quorran Ltd", "organization"),
                    ("Brisbane", "organization"),
                    ("Kestrel Mills", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Quorran Ltd of Brisbane said it sold its stake in Kestrel Mills.",
                [
                    ("Quorran Ltd", "organization"),
                    ("Brisbane", "organization"),
                    ("Kestrel Mills", "organization"),
                ],
            ),
        }
    )
    assert pages["Brisbane"] == "place", pages
    assert pages["Quorran Ltd"] == "organization"


def test_a_country_and_a_court_or_a_bank_is_no_page_but_its_treasury_is() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The judge ruled that the U.K. Court had no power, and the U.K. Treasury "
                "said it would appeal.",
                [("U.K. Court", "organization"), ("U.K. Treasury", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "He moved the money from a U.S. Bank account to Kestrel Bank.",
                [("U.S. Bank", "organization"), ("Kestrel Bank", "organization")],
            ),
        }
    )
    assert "U.K. Court" not in pages and "U.S. Bank" not in pages, pages
    assert pages["U.K. Treasury"] == "organization"
    assert pages["Kestrel Bank"] == "organization"


def test_a_listed_town_named_once_in_its_dateline_earns_a_page() -> None:
    from generator.annotate.registry import Registry
    from generator.index import build_index
    from generator.model import Entity, Mention, entity_id
    from generator.read.dates import find_date
    from generator.read.reader import read_source

    stories = {
        "content/2031/05/a-03.txt": ("OMAHA, Neb., May 3", "OMAHA", "Omaha"),
        "content/2031/05/b-04.txt": ("PORT MIRREN, May 4", "Quillan", "Quillan"),
    }
    articles = []
    for path, (dateline, written, name) in stories.items():
        text = f"Story\n\n{dateline} - Kestrel Mills Inc raised its dividend, Quillan said.\n"
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        start = article.text.index(written)
        mention = Mention(start, start + len(written), written)
        article.entities.append(Entity(entity_id("place", name), "place", name, mentions=[mention]))
        articles.append(article)
    pages = _pages(build_index(articles, Registry()))
    assert pages.get("Omaha") == "place", pages
    assert "Quillan" not in pages  # a lone word no list knows, once, outside the dateline


def test_a_company_with_its_own_legal_form_is_not_its_longer_subsidiary() -> None:
    index = _tagged_index(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Co won an order. Kestrel said it hired, and Kestrel shares rose.",
                [("Kestrel Co", "organization"), ("Kestrel", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Kestrel Aircraft Leasing Corp said it bought two jets.",
                [("Kestrel Aircraft Leasing Corp", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "Quorran Inc lost money. Quorran said it would cut jobs, and Quorran shares fell.",
                [("Quorran Inc", "organization"), ("Quorran", "organization")],
            ),
            "content/2031/05/d-06.txt": (
                "Quorran Group Inc said it sold a plant.",
                [("Quorran Group Inc", "organization")],
            ),
        }
    )
    pages = _pages(index)
    assert _articles_of(index, "Kestrel") == {"a-03.txt"}, pages
    assert _articles_of(index, "Kestrel Aircraft Leasing Corp") == {"b-04.txt"}
    # a longer name that adds only "Group" is the same company: one page
    assert len([n for n in pages if n.startswith("Quorran")]) == 1, pages


def test_a_partner_in_a_firms_name_is_no_place() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Ana Ferris of Marsh, Lufkin and Terrel Securities Corp expects a deficit. "
                "Jets use Hollis and Whitney <UTX> engines.",
                [("Lufkin", "place"), ("Whitney", "place"), ("Ana Ferris", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Marsh, Lufkin and Terrel Inc lowered its forecast. Ana Ferris said so.",
                [("Lufkin", "place"), ("Ana Ferris", "person")],
            ),
            "content/2031/05/c-05.txt": (
                "Rain fell on Cordoba and Santa Fe, and on Cordoba and Santa Fe again.",
                [("Santa Fe", "place"), ("Cordoba", "place")],
            ),
        }
    )
    assert "Lufkin" not in pages and "Whitney" not in pages, pages
    assert pages["Santa Fe"] == "place"  # two places, no firm's word after them


def test_the_end_of_a_firm_of_partners_names_is_no_company() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Alex. Dorrit and Sons Inc, the broker, lowered its forecast. Quorran Timber "
                "and Quorran Petroleum Ltd paid debts. Kestrel Corp and Mirren Mills Ltd merged.",
                [
                    ("Sons Inc", "organization"),
                    ("Quorran Petroleum Ltd", "organization"),
                    ("Kestrel Corp", "organization"),
                    ("Mirren Mills Ltd", "organization"),
                ],
            ),
        }
    )
    assert "Sons Inc" not in pages, pages
    # two companies joined by "and": both keep their pages
    assert pages["Quorran Petroleum Ltd"] == "organization"
    assert pages["Mirren Mills Ltd"] == "organization"


def test_a_name_with_and_without_its_middle_initial_is_one_person() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Ivor T. Quellan bought shares, and Marta A. Dorrit sold hers.",
                [("Ivor T. Quellan", "person"), ("Marta A. Dorrit", "person")],
            ),
            "content/2031/05/b-04.txt": (
                "Ivor Quellan, the investor, said he would buy more. Marta Dorrit agreed, "
                "and Marta B. Dorrit did not.",
                [
                    ("Ivor Quellan", "person"),
                    ("Marta Dorrit", "person"),
                    ("Marta B. Dorrit", "person"),
                ],
            ),
        }
    )
    assert [n for n in pages if "Quellan" in n] == ["Ivor T. Quellan"], pages
    # two initials: two people, and the name without one says not which
    assert "Marta A. Dorrit" in pages and "Marta B. Dorrit" in pages


def test_an_acronym_the_archive_spells_out_in_lower_case_is_a_term_with_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/d-06.txt": (
                "Orland's gross domestic product (GDP) grew, and Kestrel Bank said so.",
                [("GDP", "organization"), ("Kestrel Bank", "organization")],
            ),
            "content/2031/05/e-07.txt": (
                "GDP will rise, the Quorran Trade Council (QTC) said.",
                [
                    ("GDP", "organization"),
                    ("Quorran Trade Council", "organization"),
                    ("QTC", "organization"),
                ],
            ),
            "content/2031/05/f-08.txt": (
                "A trade called an exchange for physical or EFP must hold. QTC agreed.",
                [("EFP", "organization"), ("QTC", "organization")],
            ),
        }
    )
    assert "GDP" not in pages and "EFP" not in pages, pages
    assert "Quorran Trade Council" in pages and pages["Kestrel Bank"] == "organization"


def test_a_family_name_written_first_alone_is_the_person_with_a_hyphenated_given_name() -> None:
    index = _tagged_index(
        {
            "content/2031/05/g-09.txt": (
                "Orland bank governor Tan Wei-ming said rates would hold.",
                [("Tan Wei-ming", "person")],
            ),
            "content/2031/05/h-10.txt": (
                "Tan said on Tuesday he would not cut rates. Tan said so again.",
                [("Tan", "person")],
            ),
        }
    )
    pages = _pages(index)
    assert "Tan" not in pages, pages
    assert _articles_of(index, "Tan Wei-ming") == {"g-09.txt", "h-10.txt"}
