"""Issue 24: places a reader can trust. A place cut out of a longer name is no mention of
the place (generator/annotate/entities/recognition.py), and two towns of one name make
two pages where the text qualifies them apart (generator/index/resolution.py, names.py).
Each rule on short articles written for it."""

from __future__ import annotations

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.index import ArchiveIndex, build_index
from generator.model import Article
from generator.read.dates import find_date
from generator.read.reader import read_source


def _article(path: str, text: str) -> Article:
    article = read_source(text.encode("utf-8"), path)
    find_date(article)
    return annotate(article, Registry())


def _index(texts: dict[str, str]) -> ArchiveIndex:
    articles = [_article(path, text) for path, text in texts.items()]
    return build_index(articles, Registry())


def _places(article: Article) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in article.entities if e.type == "place"}


def test_a_quarter_before_a_place_that_makes_a_country_is_that_country() -> None:
    article = _article(
        "content/2031/05/a.txt",
        "S AFRICA MINERS STRIKE\n\nLONDON, May 3 - Miners in south Africa stopped work "
        "on Friday, a union in Africa said.\n",
    )
    places = _places(article)
    assert sorted(places["South Africa"]) == ["S AFRICA", "south Africa"], places
    today = _places(
        _article(
            "content/2031/05/e.txt",
            "Plants shut\n\nBERLIN, May 3 - Two plants in east Germany shut on Friday.\n",
        )
    )
    assert "East Germany" not in today, today  # a former country's quarter: a region
    assert places.get("Africa") == ["Africa"]  # the continent, named alone


def test_a_place_run_into_a_firm_s_name_or_a_war_s_name_is_no_place() -> None:
    article = _article(
        "content/2031/05/b.txt",
        "CANADA ZERO SELLS BONDS\n\nLONDON, May 3 - Canada Zero, a sole purpose company "
        "set up in the Cayman Islands, is selling bonds in Canada, lead manager Kestrel Bank "
        "said. The money goes to Basra, scene of several Iranian Gulf war battles.\n",
    )
    places = _places(article)
    assert places.get("Canada") == ["Canada"], places  # "in Canada", not "Canada Zero"
    assert "Iranian Gulf" not in places and "Cayman Islands" in places


def test_a_place_marked_with_a_ticker_is_a_company_unless_a_longer_name_ends_on_it() -> None:
    article = _article(
        "content/2031/05/c.txt",
        "DOME <DMP> DEBT PLAN READY\n\nCALGARY, May 3 - Dome said its lenders back the "
        "plan, and Dome expects its debt to fall. Chemical New York <CHL> said it agreed.\n",
    )
    kinds = {e.name: e.type for e in article.entities}
    assert kinds.get("Dome") == "organization", kinds
    assert kinds.get("New York") != "organization"


def test_a_town_placed_near_a_city_is_not_its_namesake_in_a_us_state() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Plant opens\n\nGREENWICH, Conn., May 3 - Kestrel "
            "Glassworks opened a plant in Greenwich on Friday.\n",
            "content/2031/05/b.txt": "Vote counted\n\nLONDON, May 4 - The Harbour Party won "
            "a by-election in the London borough of Greenwich on Friday.\n",
            "content/2031/05/c.txt": "Seat kept\n\nLONDON, May 6 - Voters in Greenwich, "
            "south London, kept the seat on Friday.\n",
        }
    )
    pages = {page.name: page for page in index.entities.values()}
    assert "Greenwich" not in pages
    london = [m.article.path for m in pages["Greenwich, London"].mentions]
    assert sorted(set(london)) == ["content/2031/05/b.txt", "content/2031/05/c.txt"]
    assert [m.article.path for m in pages["Greenwich, Connecticut"].mentions] == [
        "content/2031/05/a.txt"
    ]


def test_the_state_of_washington_written_with_a_capital_is_the_state() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Talks open\n\nWASHINGTON, May 3 - Trade talks opened "
            "in Washington on Friday.\n",
            "content/2031/05/b.txt": "Talks close\n\nWASHINGTON, May 4 - Trade talks in "
            "Washington closed on Friday.\n",
            "content/2031/05/c.txt": "Plan approved\n\nPORTLAND, May 5 - Its plan was "
            "approved by the United States Bankruptcy Court for the Western District of the "
            "State of Washington.\n",
        }
    )
    city = index.entities["places/washington"]
    state = index.entities["places/state-of-washington"]
    assert "content/2031/05/c.txt" not in {m.article.path for m in city.mentions}
    assert [m.article.path for m in state.mentions] == ["content/2031/05/c.txt"]


def test_a_state_s_full_name_after_a_town_qualifies_it_unless_a_list_goes_on() -> None:
    index = _index(
        {
            "content/2031/05/a.txt": "Kestrel buys plant\n\nTORONTO, May 3 - Harbour Oars Ltd "
            "said it bought Kestrel Industries Inc of Montgomery, Illinois for cash.\n",
            "content/2031/05/b.txt": "Kestrel profit\n\nMONTGOMERY, Ala., May 4 - Kestrel "
            "Care Inc said its profit rose.\n",
            "content/2031/05/c.txt": "Mill sold\n\nSPRINGFIELD, Mass., May 5 - Kestrel Mills "
            "Inc said it sold its mill in Springfield.\n",
            "content/2031/05/d.txt": "Offices open\n\nNEW YORK, May 6 - Harbour Oars opened "
            "offices in Springfield, Illinois and Boston on Friday.\n",
        }
    )
    pages = {page.name: page for page in index.entities.values()}
    assert "Montgomery" not in pages
    assert "Montgomery, Illinois" in pages and "Montgomery, Alabama" in pages
    assert "Springfield, Illinois" not in pages  # a list of places: no qualifier


def test_a_place_that_begins_a_body_s_name_is_no_mention_of_the_place() -> None:
    article = _article(
        "content/2031/05/f.txt",
        "Outlook bright\n\nBONN, May 3 - The economy will grow by two pct, economists at "
        "Kiel University said. The port of Kiel will gain most, they said.\n",
    )
    kiel = next(e for e in article.entities if e.name == "Kiel")
    assert [article.text[m.start - 8 : m.start] for m in kiel.mentions] == ["port of "]
