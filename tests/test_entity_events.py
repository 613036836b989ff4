"""What is an event: invented articles with event words in names that are no event, with
descriptions, and with one event under two names (issue 24, round 7c)."""

from __future__ import annotations

from entity_fixtures import fixture_blocks
from test_entity_resolution import _tagged

from generator.annotate.entities.recognition import find_entities
from generator.annotate.registry import Registry
from generator.model import Article


def _events(text: str) -> dict[str, str]:
    """Every entity's name and type in an article whose first line is its title."""
    article = Article(path="test.txt", text=text, blocks=fixture_blocks(text))
    return {entity.name: entity.type for entity in find_entities(article, Registry())}


def test_an_event_word_inside_a_longer_name_makes_no_event() -> None:
    found = _events(
        "Donors line up\n"
        "Records filed with the Federal Election Commission show the gifts.\n"
        "The crowd filled the Kestrel Convention Center on Friday, and the Brellin Exhibition "
        "stadium on Sunday.\n"
        "Ana Pell spoke on Harbor Radio's Morning Meeting program.\n"
        "The chief of the Conference of Presidents of Major Kestrel Organizations spoke.\n"
        "Delegates met at the Kestrel Party Convention in Dayton on Monday.\n"
    )
    assert found.get("Federal Election Commission") == "organization"
    assert not {"Federal Election", "Kestrel Convention", "Morning Meeting"} & set(found)
    assert found.get("Brellin Exhibition") != "event"  # a stadium's name
    assert "Conference of Presidents" not in found
    assert found["Kestrel Party Convention"] == "event"


def test_congress_is_the_legislature_unless_an_ordinal_makes_it_a_party_congress() -> None:
    found = _events(
        "Tax fight\n"
        "Once Congress postpones a tax, it rarely returns.\n"
        "The Republican-controlled Congress passed the bill, and the Democratic Congress "
        "members voted no.\n"
        "Delegates flew to Beijing for the 19th Party Congress in October.\n"
    )
    assert not {n for n, kind in found.items() if kind == "event" and "Party" not in n}
    assert not {"Once Congress", "Republican-controlled Congress", "Democratic Congress"} & set(
        found
    )
    assert found["Party Congress"] == "event"  # the 19th: one event of that name


def test_a_description_or_a_generic_name_is_no_event() -> None:
    found = _events(
        "Campaign trail\n"
        "At a Chamber of Commerce summit in Dayton, Mary Lott spoke.\n"
        "As a July NATO summit in Warsaw approaches, allies met.\n"
        "Alabama won the National Championship on Monday.\n"
        "Delegates will not attend the State GOP Convention, the release said.\n"
        "Leaders later met at NATO's Warsaw summit.\n"
    )
    assert found.get("Chamber of Commerce") == "organization"
    assert not {"Chamber of Commerce summit", "NATO summit"} & set(found)
    assert not {"National Championship", "State GOP Convention"} & set(found)
    assert found["NATO Warsaw summit"] == "event"


def test_a_world_wars_number_is_its_name_and_an_ordinal_says_the_same() -> None:
    found = _events(
        "Old soldiers\n"
        "He served in World War II and his father in World War One.\n"
        "After the Second World War, Europe rebuilt its World War II-era depots.\n"
    )
    events = {name for name, kind in found.items() if kind == "event"}
    assert events == {"World War I", "World War II"}


def test_an_event_word_needs_an_events_sign_and_a_described_body_is_a_body() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Delegates met at the Kestrel Party Convention in Dayton. Ana Pell said the "
                "Zandovia Convention binds every state. Her death was confirmed by the Brellin "
                "Forum, the conservative organization she founded.",
                [
                    ("Kestrel Party Convention", "event"),
                    ("Ana Pell", "person"),
                    ("Zandovia Convention", "event"),
                    ("Brellin Forum", "event"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Ana Pell believes in the Zandovia Convention. The 2031 Quorra Summit opened "
                "on Monday. The Brellin Forum said it would sue.",
                [
                    ("Ana Pell", "person"),
                    ("Brellin Forum", "event"),
                    ("Zandovia Convention", "event"),
                    ("Quorra Summit", "event"),
                ],
            ),
        }
    )
    assert pages == {
        "Kestrel Party Convention": "event",
        "Ana Pell": "person",
        "Brellin Forum": "organization",
        "Quorra Summit": "event",
    }, pages


def test_an_events_short_names_join_it_and_a_name_of_several_events_gets_no_page() -> None:
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (
                "Delegates met at the Kestrel National Convention in Dayton. Ana Pell spoke at "
                "the Kestrel Convention on Monday. Her father fought during World War I.",
                [
                    ("Kestrel National Convention", "event"),
                    ("Kestrel Convention", "event"),
                    ("Ana Pell", "person"),
                    ("World War I", "event"),
                ],
            ),
            "content/2031/05/b-04.txt": (
                "Ana Pell spoke at the Kestrel Convention in Dayton, and the Quorra Summit in "
                "Brellin opened on Monday. Her son fought during World War II.",
                [
                    ("Ana Pell", "person"),
                    ("Kestrel Convention", "event"),
                    ("Quorra Summit", "event"),
                    ("World War II", "event"),
                ],
            ),
            "content/2031/05/c-05.txt": (
                "Ana Pell went to the Quorra Brellin Summit on Friday. It was her first visit "
                "since World War days.",
                [
                    ("Ana Pell", "person"),
                    ("Quorra Brellin Summit", "event"),
                    ("World War", "event"),
                ],
            ),
        }
    )
    events = {name for name, kind in pages.items() if kind == "event"}
    assert events == {
        "Kestrel National Convention",
        "Quorra Brellin Summit",
        "World War I",
        "World War II",
    }, pages


def test_a_party_or_a_leader_before_a_countrys_one_body_describes_it() -> None:
    found = _events(
        "Budget fight\n"
        "The Republican Senate and the Democratic House argued for weeks. Emails from the "
        "Clinton State Department were released, and aides described life inside a Trump "
        "White House. The Obama Administration said it would appeal. The Kentucky House and "
        "the U.S. Senate voted.\n"
    )
    assert not {"Republican Senate", "Democratic House", "Clinton State Department"} & set(found)
    assert "Trump White House" not in found
    assert found["State Department"] == "organization"
    assert {"White House", "Obama Administration", "Kentucky House", "U.S. Senate"} <= set(found)


def test_an_event_set_off_as_another_name_for_one_is_that_event() -> None:
    found = _events(
        "Booths\n"
        "The club sponsored a booth when Dayton hosted the Kestrel Games, essentially the "
        "Brellin Olympics. The World Cup and the Quorra Cup drew crowds.\n"
    )
    events = {name for name, kind in found.items() if kind == "event"}
    assert events == {"Kestrel Games", "World Cup", "Quorra Cup"}, found


def test_an_events_name_goes_on_over_of_the_body_that_holds_it() -> None:
    found = _events(
        "Envoy speaks\n"
        "Lena Varga gave the opening speech at the Fourth World Congress of the International "
        "Federation of Kestrel Buyers, to be held in Dayton this week.\n"
    )
    assert found.get("World Congress of the International Federation of Kestrel Buyers") == (
        "event"
    )
    assert "World Congress" not in found


def test_a_recurring_events_other_year_is_not_the_one_the_story_is_about() -> None:
    article = Article(
        path="test.txt",
        text=(
            "Ministers meet\n"
            "At last year's G-7 summit in Tokyo, officials were asked to study the data. The "
            "results will be shown at the G-7 summit in Venice next week.\n"
        ),
    )
    article.blocks = fixture_blocks(article.text)
    [summit] = [e for e in find_entities(article, Registry()) if e.type == "event"]
    assert [article.text[m.start : m.start + 30] for m in summit.mentions] == [
        "G-7 summit in Venice next week"
    ]


def test_what_is_sent_to_a_body_shows_no_event_and_going_to_one_does() -> None:
    sent = (
        "Judge reports shares\n\nWELLTON, May {} - The judge submitted a financial report to "
        "the Wellan Judicial Conference, which showed he owned the shares.\n"
    )
    went = (
        "Delegates gather\n\nWELLTON, May {} - Hundreds of delegates went to the Wellan "
        "Harbour Conference, which passed two motions.\n"
    )
    body = [("Wellan Judicial Conference", "event")]
    meeting = [("Wellan Harbour Conference", "event")]
    pages = _tagged(
        {
            "content/2031/05/a-03.txt": (sent.format(3), body),
            "content/2031/05/b-04.txt": (sent.format(4), body),
            "content/2031/05/c-05.txt": (went.format(5), meeting),
            "content/2031/05/d-06.txt": (went.format(6), meeting),
        }
    )
    assert pages.get("Wellan Judicial Conference") != "event"
    assert pages.get("Wellan Harbour Conference") == "event"
