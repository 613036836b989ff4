"""Issue 24, the same thing on two pages: an acronym a story defines beside its
expansion, written in capitals or not, is that body's page (generator/annotate/entities
and generator/index/resolution.py). Each rule on short articles written for it."""

from __future__ import annotations

from conftest import generator  # noqa: F401

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.index import ArchiveIndex, build_index
from generator.model import Article
from generator.read.dates import find_date
from generator.read.reader import read_source


def _index(texts: dict[str, str]) -> ArchiveIndex:
    registry = Registry()
    articles: list[Article] = []
    for path, text in texts.items():
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        articles.append(annotate(article, registry))
    return build_index(articles, registry)


def _names(index: ArchiveIndex) -> set[str]:
    return {page.name for page in index.entities.values()}


def test_an_acronym_whose_letters_take_a_connector_is_its_expansion() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Mirren approves mill\n\nPORT MIRREN, May 3 - The "
            "plan is run by the Board of Harbours (BOH), which screens investments.\n\n"
            "Officials did not say when BOH would decide on the mill.\n",
        }
    )
    names = _names(index)
    assert "BOH" not in names and "Board of Harbours" in names, names


def test_an_acronym_written_in_small_letters_is_the_body_it_spells() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "KNGE, AFTER RECORD VOLUMES, SEES MORE GROWTH\n\n"
            "PORT MIRREN, May 3 - The records set by the Kestrel Northern Grain Exchange "
            "(KNGE) in April could be passed soon, Knge Chief Executive Tom Hale said.\n\n"
            "Last month, Knge saw record volume. Hale said Knge had designed more "
            "contracts.\n",
            "content/2031/05/b.txt": "Grain futures\n\nPORT MIRREN, May 9 - Trading on the "
            "Kestrel Northern Grain Exchange (KNGE) was quiet on Friday.\n",
        }
    )
    names = _names(index)
    assert not {"Knge", "KNGE"} & names and "Kestrel Northern Grain Exchange" in names, names


def test_an_acronym_of_a_names_small_words_too_joins_it_across_the_archive() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Port rules\n\nPORT MIRREN, May 3 - The Department of "
            "Harbours (DOH) said on Friday it would review dredging. The DOH said the review "
            "would take a month.\n",
            "content/2031/05/b.txt": "Dredging\n\nPORT MIRREN, May 20 - Dredging started on "
            "Monday, the DOH said in a statement, after weeks of delay.\n",
        }
    )
    names = _names(index)
    assert "DOH" not in names and "Department of Harbours" in names, names


def test_a_surname_after_a_name_with_a_suffix_is_that_person() -> None:
    text = (
        "Kestrel sued\n\nPORT MIRREN, May 3 - Kestrel Glassworks Inc chairman Oswin T. "
        "Marlowe Jr said on Friday the lawsuit had no merit.\n\nMarlowe said the company "
        "would fight it. Marlowe owns 40 pct of the stock.\n"
    )
    article = read_source(text.encode("utf-8"), "content/2031/05/a.txt")
    find_date(article)
    entities = {e.name: e for e in annotate(article, Registry()).entities}
    assert "Marlowe" not in entities, entities
    assert len(entities["Oswin T. Marlowe Jr"].mentions) == 3


def test_a_body_named_without_its_head_word_beside_its_full_name_is_one_page() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Debate\n\nPORT MIRREN, May 3 - The Kestrel Business "
            "Network will host the debate. The Kestrel Business debate starts at nine, "
            "a Kestrel Business spokesman said.\n",
            "content/2031/05/b.txt": "Ratings\n\nPORT MIRREN, May 9 - Ratings for Kestrel "
            "Business Network rose after the debate.\n",
        }
    )
    names = _names(index)
    assert "Kestrel Business" not in names and "Kestrel Business Network" in names, names


def test_a_company_named_after_a_person_by_its_surname_is_that_company() -> None:
    text = (
        "Park plans\n\nBURBANK, Calif., May 3 - Walt Marrowby Co <WMC> said it named a "
        "president of its European park.\n\nShares of Marrowby rose two dlrs after the news.\n"
    )
    article = read_source(text.encode("utf-8"), "content/2031/05/a.txt")
    find_date(article)
    entities = {e.name: e for e in annotate(article, Registry()).entities}
    assert "Marrowby" not in entities, entities
    assert len(entities["Walt Marrowby Co"].mentions) == 2


def test_a_province_named_with_and_without_its_kind_is_one_place() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Storms\n\nPEKING, May 3 - Storms damaged crops in "
            "Guangdong on Friday, the New China News Agency said.\n",
            "content/2031/05/b.txt": "Rain\n\nPEKING, May 9 - Heavy rain saved crops in "
            "Guangdong Province, officials said.\n",
        }
    )
    names = _names(index)
    assert "Guangdong Province" not in names and "Guangdong" in names, names


def test_a_hyphenated_surname_alone_is_the_full_name_named_near_it() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Banks see growth\n\nBONN, May 3 - West German banks "
            "expect growth of two pct this year, Karl Heinrich Berger-Lamm, president of the "
            "Federation of Mirren Banks, said.\n\nBerger-Lamm said exports would slow.\n",
            "content/2031/05/b.txt": "Bourse tax angers banks\n\nBONN, May 9 - The tax "
            "would hurt the bourse, federation president Berger-Lamm told reporters.\n\n"
            "Berger-Lamm said the banks would fight it.\n",
        }
    )
    people = {e.name for a in index.articles for e in a.entities if e.type == "person"}
    assert people == {"Karl Heinrich Berger-Lamm"}, people


def test_a_short_name_of_two_words_is_the_unit_the_story_names_in_full() -> None:
    text = (
        "Kestrel sells unit\n\nSYDNEY, May 3 - Kestrel Holdings Inc said it agreed to sell "
        "Mirren Life Insurance Co of Australia Ltd for 90 mln dlrs.\n\nKestrel said Mirren "
        "Life wrote 40 mln dlrs of premiums last year.\n"
    )
    article = read_source(text.encode("utf-8"), "content/2031/05/a.txt")
    find_date(article)
    entities = {e.name: e for e in annotate(article, Registry()).entities}
    assert "Mirren Life" not in entities, entities
    assert len(entities["Mirren Life Insurance Co of Australia Ltd"].mentions) == 2


def test_a_company_named_without_its_initials_is_the_one_named_with_them() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Bond issued\n\nLONDON, May 3 - The issue was led by "
            "S.G. Kestrel Securities Co Ltd, which said demand was strong.\n",
            "content/2031/05/b.txt": "Eurobond launched\n\nLONDON, May 5 - Kestrel Securities "
            "said it would lead a 100 mln stg eurobond for the bank.\n",
        }
    )
    kestrel = [page for page in index.entities.values() if "Kestrel" in page.name]
    assert [(page.name, len({m.article.id for m in page.mentions})) for page in kestrel] == [
        ("S.G. Kestrel Securities Co Ltd", 2)
    ]
