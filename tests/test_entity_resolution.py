"""Issue 24: one page per real thing, across the archive (generator/index/resolution.py), and the
editor's hand in entities.yml. Each rule on short articles written for it."""

from __future__ import annotations

from pathlib import Path

from conftest import generator

from generator.annotate.article import annotate
from generator.annotate.registry import Registry, load_registry
from generator.index import ArchiveIndex, build_index
from generator.model import Article
from generator.read.dates import find_date
from generator.read.reader import read_source

ROOT = Path(__file__).resolve().parents[1]


def _archive(texts: dict[str, str], registry: Registry | None = None):
    registry = registry or Registry()
    articles: list[Article] = []
    for path, text in texts.items():
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        articles.append(annotate(article, registry))
    return articles, build_index(articles, registry)


def _pages(index: ArchiveIndex) -> dict[str, str]:
    return {page.name: page.type for page in index.entities.values()}


def _registry(tmp_path: Path, text: str) -> Registry:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    return load_registry(path)


def test_legal_forms_and_a_short_name_make_one_company_page() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Kestrel results\n\nPORT MIRREN, May 3 - Kestrel "
            "Glassworks Inc said on Friday its profit rose.\n",
            "content/2031/05/b.txt": "Kestrel buys mill\n\nPORT MIRREN, May 9 - Kestrel "
            "Glassworks said it bought a paper mill.\n",
            "content/2031/05/c.txt": "Glass prices\n\nPORT MIRREN, May 12 - Glass prices rose, "
            "Kestrel said, and the works hired 40 people.\n",
        }
    )
    pages = _pages(index)
    kestrel = [name for name in pages if name.startswith("Kestrel")]
    assert len(kestrel) == 1 and pages[kestrel[0]] == "organization", pages
    page = next(p for p in index.entities.values() if p.name == kestrel[0])
    assert len(page.mentions) == 3


def test_an_acronym_spelled_out_in_one_article_is_that_body_in_another() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Harbour board meets\n\nPORT MIRREN, May 3 - The "
            "Mirren Harbour Authority (MHA) met on Friday to discuss dredging.\n",
            "content/2031/05/b.txt": "Dredging starts\n\nPORT MIRREN, May 20 - Dredging "
            "started on Monday, the MHA said in a statement, after weeks of delay.\n",
        }
    )
    pages = _pages(index)
    assert "MHA" not in pages
    page = next(p for p in index.entities.values() if p.name == "Mirren Harbour Authority")
    assert len(page.mentions) == 2


def test_state_abbreviations_are_their_state_and_months_are_never_places() -> None:
    articles, index = _archive(
        {
            "content/2031/05/a.txt": "Plant opens\n\nFRESNO, Calif., May 3 - Kestrel "
            "Glassworks Inc opened a plant in California on Friday.\n",
            "content/2031/05/b.txt": "Plant closes\n\nNEW YORK, Feb 26 - Mirren Paper Corp "
            "closed a plant in California, the company said.\n",
        }
    )
    pages = _pages(index)
    assert "Calif" not in pages and "Calif." not in pages
    assert pages.get("California") == "place"
    assert not {"Feb", "February"} & set(pages)
    linked = {e.name for a in articles for e in a.entities}
    assert "Feb" not in linked


def test_plural_nouns_nationalities_and_fragments_get_no_page() -> None:
    articles, index = _archive(
        {
            "content/2031/05/a.txt": "Glass prices rise\n\nPORT MIRREN, May 3 - Glass prices "
            "rose on Friday. Bankers said demand was strong, and the Japanese bought more. "
            "Bankers expect more gains, bankers in the port said, and bankers agreed.\n",
            "content/2031/05/b.txt": "Loan signed\n\nPORT MIRREN, May 6 - A loan from Bank of "
            "was signed, and Co Ltd said it would follow. bankers said the loan was large.\n",
        }
    )
    pages = _pages(index)
    assert not {"Bankers", "Japanese", "Bank of", "Co Ltd", "Co"} & set(pages), pages
    speakers = {q.speaker_id for a in articles for q in a.quotes}
    assert "people/bankers" not in speakers


def test_a_lone_surname_joins_the_dominant_full_name_and_several_leave_no_page() -> None:
    texts = {
        f"content/2031/05/{n}.txt": f"Port plan {n}\n\nPORT MIRREN, May {n + 2} - The mayor, "
        f"Ilse Varga, presented port plan {n} on Friday.\n"
        for n in range(1, 4)
    }
    texts["content/2031/05/o.txt"] = (
        "Mill sold\n\nPORT MIRREN, May 9 - The miller, Tomas Varga, sold the mill on Monday.\n"
    )
    texts["content/2031/05/v.txt"] = (
        "Port budget\n\nPORT MIRREN, May 10 - The port budget passed, Varga said.\n"
    )
    _, index = _archive(texts)
    pages = _pages(index)
    assert "Varga" not in pages
    ilse = next(p for p in index.entities.values() if p.name == "Ilse Varga")
    assert len(ilse.mentions) == 4  # three articles in full, one by surname
    texts["content/2031/05/p.txt"] = (
        "Mill reopens\n\nPORT MIRREN, May 11 - The miller, Tomas Varga, reopened the mill.\n"
    )
    texts["content/2031/05/q.txt"] = (
        "Mill hires\n\nPORT MIRREN, May 12 - The miller, Tomas Varga, hired 20 people.\n"
    )
    _, index = _archive(texts)  # 3 articles against 3: nobody can tell which Varga
    assert "Varga" not in _pages(index)
    assert any(d.name == "Varga" and d.kind == "several things" for d in index.doubts)


def test_a_single_mention_earns_a_page_by_a_full_name_a_lone_word_does_not() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Glass prices rise\n\nPORT MIRREN, May 3 - Glass prices "
            "rose on Friday, said Nadia Brook, who runs a glass shop near Kestrelby.\n",
        }
    )
    pages = _pages(index)
    assert pages.get("Nadia Brook") == "person"
    assert "Kestrelby" not in pages
    assert any(d.name == "Kestrelby" and d.kind == "no page" for d in index.doubts)


def test_a_role_keeps_its_and_and_drops_a_date() -> None:
    articles, _ = _archive(
        {
            "content/2031/05/a.txt": "Tax bill\n\nWASHINGTON, May 3 - House Ways and Means "
            "Committee Chairman Tomas Brek said on Friday the bill would pass.\n",
        }
    )
    brek = next(e for a in articles for e in a.entities if e.name == "Tomas Brek")
    assert "House Ways and Means Committee Chairman" in brek.roles


def test_a_role_starts_after_another_persons_name_and_a_partys_of() -> None:
    articles, _ = _archive(
        {
            "content/2031/05/b.txt": "Debt deal\n\nWELLTON, May 3 - The board will write off"
            " the debt, Finance Minister Roger Dalgety said.\n\nDalgety and Agriculture Minister"
            " Colm Moyne said in a joint statement the deal ends the scheme. The elections may"
            " favour the Social Democrats of Prime Minister Kaarlo Sorvi. Research and"
            " Technology Minister Anak Habani agreed.\n",
        }
    )
    roles = {e.name: e.roles for a in articles for e in a.entities if e.type == "person"}
    assert roles["Colm Moyne"] == ["Agriculture Minister"]
    assert roles["Kaarlo Sorvi"] == ["Prime Minister"]
    assert roles["Anak Habani"] == ["Research and Technology Minister"]


def test_no_role_from_a_headline_or_from_the_first_of_a_pair() -> None:
    articles, _ = _archive(
        {
            "content/2031/05/c.txt": "WELLAN FINANCE MINISTER MEETS ROGER DALGETY\n\nWELLTON, "
            "May 3 - Prime Minister Bo Harken and Treasurer Roger Dalgety met bankers. "
            "Finance Minister Pell Arno and "
            "Dalgety agreed.\n",
        }
    )
    roles = {e.name: e.roles for a in articles for e in a.entities if e.type == "person"}
    assert roles["Roger Dalgety"] == ["Treasurer"]
    assert roles["Bo Harken"] == ["Prime Minister"]
    assert roles["Pell Arno"] == ["Finance Minister"]


def test_the_registry_merges_splits_fixes_types_and_warns_at_the_line(tmp_path: Path) -> None:
    registry = _registry(
        tmp_path,
        "entities:\n"
        "  - name: Kestrel Glassworks\n"
        "    type: organization\n"
        "    aliases: [Kestrel Glass]\n"
        "  - name: Midland, Texas\n"
        "    type: place\n"
        "    aliases: [Midland]\n"
        "    when: [Texas]\n"
        "  - name: Midland, Michigan\n"
        "    type: place\n"
        "    aliases: [Midland]\n"
        "    when: [Mich.]\n"
        "  - name: Harbour Oars\n"
        "    type: organization\n"
        "  - name: Nowhere Mentioned\n"
        "    type: place\n"
        "ignore:\n"
        "  - Glass Prices\n"
        "  - Zzyzx\n",
    )
    articles, index = _archive(
        {
            "content/2031/05/a.txt": "Plant opens\n\nMIDLAND, Texas, May 3 - Kestrel Glass "
            "opened a plant in Midland on Friday, and Harbour Oars rowed past.\n",
            "content/2031/05/b.txt": "Plant closes\n\nMIDLAND, Mich., May 4 - Kestrel "
            "Glassworks closed its plant in Midland, Harbour Oars said.\n",
        },
        registry,
    )
    pages = _pages(index)
    assert "Kestrel Glass" not in pages and pages["Kestrel Glassworks"] == "organization"
    kestrel = index.entities["organizations/kestrel-glassworks"]
    assert len(kestrel.mentions) == 2
    texas, michigan = (
        index.entities["places/midland-texas"],
        index.entities["places/midland-michigan"],
    )
    assert [m.article.path for m in texas.mentions] == ["content/2031/05/a.txt"]
    assert [m.article.path for m in michigan.mentions] == ["content/2031/05/b.txt"]
    assert "Midland" not in pages
    assert pages["Harbour Oars"] == "organization"
    warnings = [str(p) for p in index.problems if "entities.yml" in p.path]
    assert any(":15: `Nowhere Mentioned` matches no name" in w for w in warnings), warnings
    assert any(":19: ignored name `Zzyzx`" in w for w in warnings), warnings
    assert not any("Kestrel" in w or "Midland" in w for w in warnings)


def test_entities_review_lists_doubts_with_the_lines_that_settle_them(tmp_path: Path) -> None:
    content = tmp_path / "content" / "2031" / "05"
    content.mkdir(parents=True)
    for n, first in enumerate(["Ilse", "Ilse", "Tomas", "Tomas"]):
        (content / f"{n}.txt").write_text(
            f"Port story {n}\n\nPORT MIRREN, May {n + 3} - The speaker, {first} Varga, "
            "spoke on Friday.\n",
            encoding="utf-8",
        )
    (content / "v.txt").write_text(
        "Port budget\n\nPORT MIRREN, May 9 - The port budget passed, Varga said.\n",
        encoding="utf-8",
    )
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\nsite_url: https://example.org/\nplugins:\n  - news-archive\n",
        encoding="utf-8",
    )
    done = generator("entities", "review", cwd=tmp_path)  # the code under test, wherever run
    assert "several things: Varga" in done.stdout, done.stdout + done.stderr
    assert "aliases: [Varga]" in done.stdout


def test_a_place_qualified_by_two_states_is_two_places_and_a_company_is_no_place() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Rig count rises\n\nMIDLAND, Texas, May 3 - Drillers in "
            "Midland added rigs on Friday.\n",
            "content/2031/05/b.txt": "Plant expands\n\nMIDLAND, Mich., May 4 - A chemical plant "
            "in Midland added a line.\n",
            "content/2031/05/c.txt": "Boston deal\n\nBOSTON, May 5 - Boston Corp said it sold "
            "its Boston offices to Kestrel Glassworks Inc.\n",
        }
    )
    pages = _pages(index)
    assert pages.get("Midland, Texas") == "place" and pages.get("Midland, Michigan") == "place"
    assert "Midland" not in pages
    assert pages.get("Boston Corp") == "organization" and pages.get("Boston") != "organization"


def test_a_company_by_its_short_name_and_its_cues_is_no_person() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": "Kestrel buys mill\n\nPORT MIRREN, May 3 - Mirren Kestrel "
            "Corp said it bought a paper mill. Kestrel said the mill would make board, and "
            "Kestrel said its shares rose.\n",
        }
    )
    pages = _pages(index)
    assert pages.get("Kestrel") != "person", pages


def test_a_company_name_the_model_began_late_starts_at_its_first_word() -> None:
    from generator.annotate.entities.candidates import Candidate
    from generator.annotate.entities.sanity import sane

    text = "PORT MIRREN, May 3 - Mirren Community Bank System Inc said it bought a bank."
    start = text.index("Bank System")
    candidate = Candidate(start, start + len("Bank System Inc"), "organization", "crf")
    assert sane(candidate, text)
    assert text[candidate.start : candidate.end] == "Mirren Community Bank System Inc"


def test_a_plural_common_noun_is_never_a_person() -> None:
    from generator.annotate.entities.candidates import Candidate
    from generator.annotate.entities.sanity import sane

    text = "PORT MIRREN, May 3 - Two Deputy Secretary Generals of the League met Ana Ferris."
    for name in ("Generals", "Deputy Secretary Generals"):
        start = text.index(name)
        assert not sane(Candidate(start, start + len(name), "person", "crf"), text), name
    start = text.index("Ana Ferris")
    assert sane(Candidate(start, start + len("Ana Ferris"), "person", "crf"), text)


def _tagged(stories: dict[str, tuple[str, list[tuple[str, str]]]]) -> dict[str, str]:
    """Archive pages of articles whose entities are given as (name, type): the index rules
    alone, whatever a model would find in the text."""
    return _pages(_tagged_index(stories))


def _tagged_index(stories: dict[str, tuple[str, list[tuple[str, str]]]]) -> ArchiveIndex:
    """The archive index of articles whose entities are given as (name, type)."""
    import re

    from generator.model import Entity, Mention, entity_id

    articles = []
    for path, (body, names) in stories.items():
        text = f"Story\n\nPORT MIRREN, May {int(path[-6:-4])} - {body}\n"
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        for name, kind in names:
            found = [
                Mention(m.start(), m.end(), name)
                for m in re.finditer(re.escape(name) + r"\b", article.text)
            ]
            assert found, name
            article.entities.append(Entity(entity_id(kind, name), kind, name, mentions=found))
        articles.append(article)
    return build_index(articles, Registry())


def test_a_description_run_into_a_name_is_that_name() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The Washington-based Mirren Council said on Friday the carmaker should pay. "
                "The carmaker denied it, and another carmaker agreed.",
                [("Washington-based Mirren Council", "organization"), ("Washington", "place")],
            ),
            "content/2031/05/b-04.txt": (
                "U.S. Carmaker Kestrel Motors said it would pay. Kestrel Motors Corp said its "
                "board agreed, and the Mirren Council said the carmaker was right.",
                [
                    ("U.S. Carmaker Kestrel Motors", "organization"),
                    ("Kestrel Motors Corp", "organization"),
                    ("Mirren Council", "organization"),
                ],
            ),
        }
    )
    assert pages.get("Mirren Council") == "organization", pages
    assert not [name for name in pages if "-based" in name or "Carmaker" in name], pages
    assert any(name.startswith("Kestrel Motors") for name in pages), pages


def test_a_generic_body_without_its_country_or_its_full_name_gets_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The Labour Ministry said wages rose, and U.S. District Court ruled. The Mirren "
                "Board of Trade and the Mirren Board Options Exchange opened, and the Mirren "
                "Board said volume was high.",
                [
                    ("Labour Ministry", "organization"),
                    ("Mirren Board of Trade", "organization"),
                    ("Mirren Board Options Exchange", "organization"),
                    ("Mirren Board", "organization"),
                    ("U.S. District Court", "organization"),
                ],
            ),
            "content/2031/05/b-09.txt": (
                "The Labour Ministry said strikes fell, and U.S. District Court agreed. The "
                "Mirren Board of Trade closed, and the Mirren Board Options Exchange closed. "
                "The London talks and the coffee talks in London ended.",
                [
                    ("Labour Ministry", "organization"),
                    ("Mirren Board of Trade", "organization"),
                    ("Mirren Board Options Exchange", "organization"),
                    ("U.S. District Court", "organization"),
                    ("London talks", "event"),
                    ("London", "place"),
                ],
            ),
        }
    )
    assert not {"Labour Ministry", "Mirren Board", "London talks", "U.S. District Court"} & set(
        pages
    ), pages
    assert {"Mirren Board of Trade", "Mirren Board Options Exchange", "London"} <= set(pages)


def test_a_known_body_does_not_join_a_name_run_on_from_it() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Ana Ferris told the Securities and Exchange Commission she sold shares.",
                [("Securities and Exchange Commission", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "In a filing with the Securities and Exchange Commission Ferris and two funds sold",
                [("Securities and Exchange Commission Ferris", "organization")],
            ),
            "content/2031/05/c-05.txt": (
                "The Securities and Exchange Commission said it would look at the sale.",
                [("Securities and Exchange Commission", "organization")],
            ),
        }
    )
    assert pages.get("Securities and Exchange Commission") == "organization", pages


def test_a_name_written_surname_first_or_with_a_nickname_is_one_person() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Chinese leader Tuo Xianmin met Speaker Jim Kestrel. Tuo said trade would grow.",
                [("Tuo Xianmin", "person"), ("Jim Kestrel", "person"), ("Tuo", "person")],
            ),
            "content/2031/05/b-20.txt": (
                "Tuo spoke again, and House Speaker James Kestrel said the bill would pass. "
                "James Kestrel said so twice.",
                [("Tuo", "person"), ("James Kestrel", "person")],
            ),
        }
    )
    people = sorted(name for name, kind in pages.items() if kind == "person")
    assert people == ["James Kestrel", "Tuo Xianmin"], pages


def test_a_company_read_as_a_place_is_the_company_and_a_known_town_stays() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Glassworks Inc said it bought a mill in Boston. Boston Edison Co "
                "said it would supply the mill.",
                [
                    ("Kestrel Glassworks Inc", "organization"),
                    ("Boston", "place"),
                    ("Boston Edison Co", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Shares in Kestrel rose after the mill deal in Kestrel, and Boston traders bought.",
                [("Kestrel", "place"), ("Boston", "place")],
            ),
        }
    )
    assert pages.get("Boston") == "place", pages
    assert "Kestrel" not in pages and pages.get("Kestrel Glassworks Inc") == "organization"


def test_a_firm_is_no_place_and_a_street_is_no_person() -> None:
    from generator.annotate.entities.candidates import Candidate
    from generator.annotate.entities.sanity import sane

    text = "PORT MIRREN, May 3 - Mirren Temporary Services of 20 N. Kestrel Drive said so."
    firm = text.index("Mirren Temporary")
    candidate = Candidate(firm, firm + len("Mirren Temporary Services"), "place", "crf")
    assert sane(candidate, text) and candidate.type == "organization"
    street = text.index("N. Kestrel")
    candidate = Candidate(street, street + len("N. Kestrel Drive"), "person", "crf")
    assert sane(candidate, text) and candidate.type == "place"


def test_an_acronym_keeps_an_acronym_inside_its_name_whole() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "KLX said it would float <KLX Gold Mines Ltd> (KLXGM), and KLXGM shares rose.",
                [("KLX Gold Mines Ltd", "organization"), ("KLXGM", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "KLXGM said its first mine opened, and KLXGM hired 40 people.",
                [("KLXGM", "organization")],
            ),
        }
    )
    assert "KLXGM" not in pages and pages.get("KLX Gold Mines Ltd") == "organization", pages


def test_a_table_gap_is_no_name_and_a_bank_begins_at_first() -> None:
    from generator.annotate.entities.candidates import Candidate
    from generator.annotate.entities.sanity import sane

    text = "Oats 1.24 0.99 -- Barley n.a. 1.56 -- after the First Mirren Bancorp bid failed."
    start = text.index("Barley")
    assert not sane(Candidate(start, start + len("Barley n.a."), "organization", "crf"), text)
    start = text.index("Mirren Bancorp")
    candidate = Candidate(start, start + len("Mirren Bancorp"), "organization", "crf")
    assert sane(candidate, text)
    assert text[candidate.start : candidate.end] == "First Mirren Bancorp"


def test_a_name_the_model_cut_joins_its_longer_name_or_gets_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Glassworks Inc bought turbines from Quillon Dynamo Corp, and engines "
                "from Ferris and Wynn. Quillon Dynamo Corp said the order was its largest.",
                [
                    ("Kestrel Glassworks Inc", "organization"),
                    ("Dynamo Corp", "organization"),
                    ("Ferris and Wynn", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Engines made by Ferris and Wynn failed, and Tarrant and Kellby Co recalled "
                "them. Kellby Co said the fault was small.",
                [
                    ("Wynn", "organization"),
                    ("Kellby Co", "organization"),
                    ("Tarrant", "organization"),
                ],
            ),
        }
    )
    assert "Dynamo Corp" not in pages and "Wynn" not in pages, pages
    assert pages.get("Ferris and Wynn") == "organization", pages
    assert pages.get("Kellby Co") == "organization", pages  # two companies, not one name


def test_an_office_word_before_a_company_with_its_legal_form_is_its_first_word() -> None:
    from generator.annotate.entities.candidates import Candidate
    from generator.annotate.entities.sanity import sane

    text = "PORT MIRREN, May 3 - Glass came from General Kestrel Co and Chief Ana Ferris."
    for kind in ("organization", "person"):
        start = text.index("Kestrel Co")
        candidate = Candidate(start, start + len("Kestrel Co"), kind, "crf")
        assert sane(candidate, text) and candidate.type == "organization"
        assert text[candidate.start : candidate.end] == "General Kestrel Co"
    start = text.index("Ana Ferris")
    candidate = Candidate(start, start + len("Ana Ferris"), "person", "crf")
    assert sane(candidate, text) and text[candidate.start : candidate.end] == "Ana Ferris"


def test_two_names_run_together_terms_and_descriptions_get_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Glassworks Inc and Mirren Paper Corp said the Mirren Export Tax (MET) "
                "would rise. U.S. Officials agreed, and officials in Mirren said so too. "
                "A Mirren investment firm bought shares.",
                [
                    ("Kestrel Glassworks Inc and Mirren Paper Corp", "organization"),
                    ("Mirren Export Tax", "organization"),
                    ("MET", "organization"),
                    ("U.S. Officials", "organization"),
                    ("Mirren investment firm", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Mirren Paper Corp said the MET was too high, officials said, and Kestrel "
                "Glassworks Inc said the investment firm and other officials agreed.",
                [
                    ("Mirren Paper Corp", "organization"),
                    ("MET", "organization"),
                    ("Kestrel Glassworks Inc", "organization"),
                ],
            ),
        }
    )
    assert set(pages) == {"Mirren Paper Corp", "Kestrel Glassworks Inc"}, pages


def test_an_acronym_beside_the_company_it_begins_is_that_company() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "KGX Industries Inc said profit rose. KGX said it would pay a dividend. "
                "NMR Capital Corp, a unit of NMR Corp, sold notes.",
                [
                    ("KGX Industries Inc", "organization"),
                    ("KGX", "organization"),
                    ("NMR Capital Corp", "organization"),
                    ("NMR Corp", "organization"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "KGX said sales fell, and NMR Corp said its unit did well.",
                [("KGX", "organization"), ("NMR Corp", "organization")],
            ),
        }
    )
    assert "KGX" not in pages and pages.get("KGX Industries Inc") == "organization", pages
    assert {"NMR Corp", "NMR Capital Corp"} <= set(pages), pages


def test_a_company_named_like_a_town_is_one_page_and_the_hague_is_one_place() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Boston Corp said it would buy a mill. Boston said the price was fair. "
                "Talks in The Hague ended.",
                [
                    ("Boston Corp", "organization"),
                    ("Boston", "organization"),
                    ("The Hague", "place"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Hague officials said the talks in Hague would resume. Boston Corp agreed.",
                [("Hague", "place"), ("Boston Corp", "organization")],
            ),
        }
    )
    assert [name for name in pages if "Boston" in name] == ["Boston Corp"], pages
    assert len([name for name in pages if "Hague" in name]) == 1, pages


def test_an_office_or_a_body_run_into_a_person_is_that_person() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Chancellor of the Mirren Treasury Ana Ferris said taxes would fall. "
                "Ana Ferris said so twice.",
                [
                    ("Chancellor of the Mirren Treasury Ana Ferris", "organization"),
                    ("Ana Ferris", "person"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Tom Wynn of the Mirren Consumer Federation said prices rose. Tom Wynn "
                "said so again.",
                [
                    ("Tom Wynn of the Mirren Consumer Federation", "organization"),
                    ("Tom Wynn", "person"),
                ],
            ),
        }
    )
    assert pages == {"Ana Ferris": "person", "Tom Wynn": "person"}, pages


def test_a_quoted_ministry_of_no_named_country_gets_no_page() -> None:
    _, index = _archive(
        {
            "content/2031/05/a.txt": 'Prices\n\nPORT MIRREN, May 3 - "Prices will rise '
            'this year," the Finance Ministry said on Friday.\n',
            "content/2031/05/b.txt": 'Rates\n\nKESTREL CITY, May 9 - "Rates will fall '
            'soon," the Finance Ministry said in a statement.\n',
        }
    )
    assert "Finance Ministry" not in _pages(index), _pages(index)
    quotes = index.quotes()
    assert quotes and all(ref.quote.speaker == "Finance Ministry" for ref in quotes)


def test_names_are_near_in_time_by_bisection_of_their_sorted_dates() -> None:
    from generator.index.names import SURNAME_DAYS, named_near

    days = [100, 400, 900]
    assert named_near(days, 400 + SURNAME_DAYS) and named_near(days, 100 - SURNAME_DAYS)
    assert not named_near(days, 400 + SURNAME_DAYS + 1)
    assert not named_near(days, 900 + SURNAME_DAYS + 1) and not named_near([], 5)


def test_a_name_that_ends_a_longer_name_or_carries_a_word_before_it_is_that_person() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "President Tomas Vela Arroyo said exports rose. Vela Arroyo said so twice, and "
                "Commerce Ana Ferris said the same, as Ana Ferris had before. The Commerce "
                "Department agreed.",
                [
                    ("Tomas Vela Arroyo", "person"),
                    ("Vela Arroyo", "person"),
                    ("Commerce Ana Ferris", "person"),
                    ("Ana Ferris", "person"),
                    ("Commerce Department", "organization"),
                ],
            ),
            "content/2031/05/b-09.txt": (
                "Vela Arroyo spoke again, and Ana Ferris agreed.",
                [("Vela Arroyo", "person"), ("Ana Ferris", "person")],
            ),
        }
    )
    people = {name for name, kind in pages.items() if kind == "person"}
    assert people == {"Tomas Vela Arroyo", "Ana Ferris"}, pages


def test_a_company_cut_before_its_and_joins_it_and_a_court_is_no_place() -> None:
    from generator.annotate.entities.candidates import Candidate
    from generator.annotate.entities.sanity import sane

    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Quillon and Voss Publishers Inc sold books. Quillon and Voss said sales rose.",
                [("Quillon and Voss Publishers Inc", "organization"), ("Quillon", "place")],
            ),
            "content/2031/05/b-04.txt": (
                "Books by Quillon and Voss sold well.",
                [("Quillon", "place")],
            ),
        }
    )
    assert pages == {"Quillon and Voss Publishers Inc": "organization"}, pages
    text = "PORT MIRREN, May 3 - The Mirren County Circuit Court ruled on Friday."
    start = text.index("Mirren County")
    candidate = Candidate(start, start + len("Mirren County Circuit Court"), "place", "crf")
    assert sane(candidate, text) and candidate.type == "organization"


def test_a_word_of_a_title_is_no_body() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Fisheries Secretary Ana Ferris said catches fell. The Fisheries Board agreed.",
                [("Fisheries", "organization"), ("Fisheries Board", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Fisheries Secretary Ana Ferris spoke again, and the Fisheries Board met.",
                [("Fisheries", "organization"), ("Fisheries Board", "organization")],
            ),
        }
    )
    assert "Fisheries" not in pages and pages.get("Fisheries Board") == "organization", pages


def test_ft_is_fort_and_a_plural_acronym_is_a_kind() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Kestrel Glassworks Inc opened a plant in Fort Mirren, and the plant's PCBs "
                "were removed. Fort Mirren officials agreed.",
                [("Fort Mirren", "place"), ("PCBs", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "The Ft. Mirren plant opened, and more PCBs were found in Ft. Mirren.",
                [("Ft. Mirren", "place"), ("PCBs", "organization")],
            ),
        }
    )
    assert pages == {"Fort Mirren": "place"}, pages


def test_a_body_named_by_generic_words_alone_gets_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Mirren's Reserve Bank raised rates, and the Kestrel Reserve Bank followed.",
                [("Reserve Bank", "organization"), ("Kestrel Reserve Bank", "organization")],
            ),
            "content/2031/05/b-04.txt": (
                "Quillon's Reserve Bank cut rates; the Kestrel Reserve Bank did not.",
                [("Reserve Bank", "organization"), ("Kestrel Reserve Bank", "organization")],
            ),
        }
    )
    assert "Reserve Bank" not in pages and pages.get("Kestrel Reserve Bank") == "organization"


def test_a_given_name_alone_gets_no_page_unless_a_title_of_given_names_stands_before_it() -> None:
    donors = (
        "Donors meet\n\nWELLTON, May {} - The brothers, David and Charles, met donors. "
        "Charles said the network would spend more.\n"
    )
    royal = (
        "Royal visit\n\nLONDON, May {} - Prince Edward visited the hospital on Monday. "
        "Edward told staff that the new wing was a fine building.\n"
    )
    _, index = _archive(
        {
            "content/2031/05/a.txt": donors.format(3),
            "content/2031/05/b.txt": donors.format(4),
            "content/2031/05/c.txt": royal.format(5),
            "content/2031/05/d.txt": royal.format(6),
        }
    )
    pages = _pages(index)
    assert "Charles" not in pages
    assert any(d.name == "Charles" and "given name" in d.why for d in index.doubts)
    assert pages.get("Edward") == "person"


def test_a_surname_after_a_peers_title_is_no_name_written_surname_first() -> None:
    articles, index = _archive(
        {
            "content/2031/05/a.txt": "Bank lends more\n\nWASHINGTON, May 3 - World Bank "
            "President Barber Conable said lending would rise. Conable said so again.\n",
            "content/2031/05/b.txt": "Bank sets aside more\n\nLONDON, May 4 - Kestrel Bank "
            "Plc raised its provisions, chairman Lord Barber said. Barber said in a "
            "statement that profits fell.\n",
        }
    )
    conable = next(p for p in index.entities.values() if p.name == "Barber Conable")
    assert [m.article.id for m in conable.mentions] == [articles[0].id]


def test_germany_before_reunification_is_west_germany() -> None:
    texts = {
        "content/1987/03/a.txt": "Bonn rates\n\nBONN, March 3 - Exports from West Germany rose "
        "2.1 pct in January, the ministry said.\n",
        "content/1987/03/b.txt": "Trade tour\n\nROME, March 5 - The minister travels to "
        "France, Germany and Spain this week.\n",
        "content/2016/03/c.txt": "Car sales\n\nBERLIN, March 7 - Car sales in Germany rose "
        "in February, the industry said.\n",
    }
    articles, index = _archive(texts)
    west = next(p for p in index.entities.values() if p.name == "West Germany")
    assert len({m.article.id for m in west.mentions}) == 2
    assert "Germany" in {e.name for e in articles[2].entities}  # reunited by 2016


def test_the_gulf_war_before_1990_is_the_iran_iraq_war() -> None:
    texts = {
        "content/1987/03/a.txt": "Tanker hit\n\nBAHRAIN, March 3 - A tanker was hit in the "
        "Gulf, the first this month in the Iran-Iraq War, shippers said.\n",
        "content/1987/03/b.txt": "Oil prices\n\nLONDON, March 5 - Oil prices rose on fears "
        "the Gulf War would spread to Kuwait's waters, dealers said.\n",
        "content/1991/03/c.txt": "Troops return\n\nWASHINGTON, March 7 - Troops who fought "
        "in the Gulf War came home on Thursday, the Pentagon said.\n",
    }
    articles, index = _archive(texts)
    names = [{e.name for e in a.entities if e.type == "event"} for a in articles]
    assert names == [{"Iran-Iraq War"}, {"Iran-Iraq War"}, {"Gulf War"}], names


def test_the_gulf_of_a_story_about_its_countries_is_the_persian_gulf() -> None:
    texts = {
        "content/1987/03/a.txt": "Tanker hit\n\nBAHRAIN, March 3 - A tanker was hit in the "
        "Gulf on Monday, and Iran denied it fired, shippers said.\n",
        "content/1987/03/b.txt": "Navies\n\nLONDON, March 5 - Navies sent ships to the "
        "Mideast Gulf to guard tankers, officials said.\n",
        "content/1987/03/c.txt": "Grain\n\nCHICAGO, March 7 - Barges bound for the Gulf "
        "were delayed by fog, traders said.\n",
    }
    articles, index = _archive(texts)
    pages = {p.name: len(p.mentions) for p in index.entities.values() if p.type == "place"}
    assert pages.get("Persian Gulf") == 2 and "Gulf" not in pages, pages


def test_a_country_of_two_words_is_a_place_where_the_model_doubts_it() -> None:
    articles, _ = _archive(
        {
            "content/1987/03/a.txt": "Trade\n\nPARIS, March 3 - East Germany said its "
            "exports rose, and West Germany said its imports fell.\n"
        }
    )
    places = {e.name for e in articles[0].entities if e.type == "place"}
    assert {"East Germany", "West Germany"} <= places


def test_a_town_and_its_states_abbreviation_in_one_span_is_the_town() -> None:
    articles, _ = _archive(
        {
            "content/2016/03/a.txt": "Rally\n\nMIAMI, March 3 - Trump will meet Ryan on "
            "Thursday in Washington D.C., aides said.\n"
        }
    )
    places = {e.name for e in articles[0].entities if e.type == "place"}
    assert "Washington" in places and "Washington D.C." not in places, places


def test_a_bodys_head_word_after_the_is_the_longer_name_the_story_gave() -> None:
    articles, _ = _archive(
        {
            "content/1987/03/a.txt": "Hog farmers meet\n\nCHICAGO, March 2 - The National "
            "Hog Growers Congress opens tomorrow in Indianapolis, the National Pork Council "
            "said. Delegates to the three day Congress will debate farm policy, and they "
            "urged Congress to pass the farm bill.\n",
            "content/1987/03/b.txt": "Talks in London\n\nLONDON, March 2 - Ana Ferris met "
            "U.S. Treasury Secretary James Baker. The Treasury spokesman said the talks "
            "had been at her request.\n",
        }
    )
    hogs = {e.name: len(e.mentions) for e in articles[0].entities}
    assert hogs.get("National Hog Growers Congress") == 2, hogs
    assert hogs.get("United States Congress") == 1  # written bare: the nation's Congress
    london = {e.name: len(e.mentions) for e in articles[1].entities}
    assert london.get("U.S. Treasury", 1) == 1, london  # "the Treasury" in London is not it


def test_a_person_after_an_office_of_a_body_is_found_where_the_model_doubts_the_run() -> None:
    articles, _ = _archive(
        {
            "content/1987/04/a.txt": "Lawson sees no change\n\nWASHINGTON, April 9 - British "
            "Chancellor of the Exchequer Nigel Lawson said he saw no immediate implications "
            "for British monetary policy arising from the Group of Seven meeting yesterday.\n"
        }
    )
    people = {e.name for e in articles[0].entities if e.type == "person"}
    assert "Nigel Lawson" in people, people


def test_a_towns_name_its_datelines_give_is_a_place_whatever_its_dealers_do() -> None:
    texts = {
        f"content/1987/04/{n}.txt": f"Bonds {n}\n\nLONDON, April {n} - Bond prices fell. A "
        "Verona banker said the yen would fall, but Verona dealers were sceptical about it.\n"
        for n in (1, 2)
    }
    texts["content/1987/04/v.txt"] = (
        "Insurer profit\n\nVerona, April 8 - Italian insurer Kestrel Assicurazioni Spa said "
        "it expects to report a higher 1986 profit.\n"
    )
    _, index = _archive(texts)
    assert _pages(index).get("Verona") == "place", _pages(index)


def test_a_person_after_an_office_of_the_body_the_model_began_the_name_with() -> None:
    # the model's span, as it made it on a 1987 story: "Exchequer Nigel Lawson"
    from generator.annotate.entities.candidates import Candidate
    from generator.annotate.entities.recognition import _after_offices

    text = "at the summit, U.K. Chancellor of the Exchequer Nigel Lawson said. Governor of "
    text += "the Bank of England Robin Leigh-Pemberton agreed."
    spans = ["Exchequer Nigel Lawson", "Bank of England Robin Leigh-Pemberton"]
    found = _after_offices(
        [Candidate(text.index(s), text.index(s) + len(s), "organization", "crf") for s in spans],
        text,
    )
    assert [(text[c.start : c.end], c.type) for c in found] == [
        ("Nigel Lawson", "person"),
        ("Bank of England", "organization"),
        ("Robin Leigh-Pemberton", "person"),
    ]


def test_a_states_name_after_a_preposition_and_the_is_its_river() -> None:
    articles, _ = _archive(
        {
            "content/1987/03/a.txt": "Barge rates\n\nST. LOUIS, March 3 - Barge rates rose on "
            "the Mississippi. Farmers west of the Mississippi were selling corn, and Mississippi "
            "Governor Bill Allain said the Mississippi economy would grow. The Kansas "
            "senator spoke in the Iowa, Ohio and Texas contests.\n"
        }
    )
    places = {e.name: len(e.mentions) for e in articles[0].entities if e.type == "place"}
    assert places.get("Mississippi River") == 2, places
    assert places.get("Mississippi", 0) >= 1 and "Kansas River" not in places
    assert "Iowa River" not in places


def test_said_he_after_a_body_in_a_persons_title_is_the_persons() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Minister Ramon Quel Ibarra, who serves as president of the Zandovian Tea "
                "Institute, said he was hopeful.",
                [("Ramon Quel Ibarra", "person"), ("Zandovian Tea Institute", "organization")],
            ),
        }
    )
    assert pages == {"Ramon Quel Ibarra": "person", "Zandovian Tea Institute": "organization"}


def test_a_strait_however_written_is_one_place() -> None:
    articles, index = _archive(
        {
            "content/1987/03/a.txt": "Tankers\n\nBAHRAIN, March 3 - Iran said it could close "
            "the Strait of Hormuz to shipping, shippers said.\n",
            "content/1987/03/c.txt": "Navy\n\nLONDON, March 7 - Ships patrol the Hormuz "
            "Strait, officials said.\n",
        }
    )
    named = [{e.name for e in a.entities if "Hormuz" in e.name} for a in articles]
    assert named == [{"Strait of Hormuz"}] * 2, named


def test_a_nations_people_and_an_associations_meeting_get_no_wrong_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "The Soviets said they would buy grain. Delegates attended the Orvell "
                "Refiners Association in Dallas.",
                [
                    ("Soviets", "person"),
                    ("Orvell Refiners Association", "organization"),
                    ("Dallas", "place"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Buyers who attended the Orvell Refiners Association heard the Soviets.",
                [("Orvell Refiners Association", "organization"), ("Soviets", "person")],
            ),
        }
    )
    assert pages == {"Orvell Refiners Association": "organization"}, pages
