"""Session 15, round 2: pieces of names. A surname glued to a participle ("the Carl C.
Icahn-led bid") ends the person's name; a founder's name before "and Associates" names a
firm, no person; a suffix ("Jr.") is no surname another name's suffix repeats; two bodies
with one head joined by "and" ("Bank of Taiwan and Bank of Communications") are two.
Every article is invented."""

from __future__ import annotations

from generator.annotate.article import annotate
from generator.annotate.registry import Registry
from generator.model import Article
from generator.read import read_source


def _article(body: str) -> Article:
    text = "RETAIL SALES UP\n\nNEW YORK, March 3 - " + body + "\n"
    return annotate(read_source(text.encode(), "content/1987/03/t.txt"), Registry(), 1987)


def _names(body: str) -> set[str]:
    return {e.name for e in _article(body).entities}


def test_a_surname_glued_to_a_participle_ends_the_persons_name() -> None:
    names = _names("Acme Corp rejected the Carl C. Icahn-led bid, the company said.")
    assert "Carl C. Icahn" in names, names
    assert not names & {"Carl C", "Carl C."}, names
    names = _names("The Peter J. Smith-controlled group said it holds 9.8 pct of Acme Corp.")
    assert "Peter J. Smith" in names, names


def test_a_founders_name_before_and_associates_is_a_firm() -> None:
    article = _article(
        "Acme Corp said it sold three nursing homes to Don Bybee and Associates, of Salem, "
        "Ore., for 12 mln dlrs. It also hired Arthur Lane and Partners as adviser."
    )
    kinds = {e.name: e.type for e in article.entities}
    assert kinds.get("Don Bybee and Associates") == "organization", kinds
    assert kinds.get("Arthur Lane and Partners") == "organization", kinds
    assert not kinds.keys() & {"Don Bybee", "Arthur Lane"}, kinds


def test_a_suffix_is_no_surname_that_links_another_names_suffix() -> None:
    article = _article(
        "Acme Bottling Co said James Moore Jr. will become president, replacing Marvin W. "
        "Griffin Jr., who resigned. The company said Moore was president of a soft drink "
        "company."
    )
    griffin = next(e for e in article.entities if e.name == "Marvin W. Griffin Jr.")
    assert {m.text for m in griffin.mentions} == {"Marvin W. Griffin Jr."}
    article = _article(
        "Acme Care Inc said vice chairman Peter Vandamm Jr., 40, was named chairman, "
        "succeeding his father Peter Vandamm Sr., 67, who retires."
    )
    son = next(e for e in article.entities if e.name == "Peter Vandamm Jr.")
    assert {m.text for m in son.mentions} == {"Peter Vandamm Jr."}


def test_two_bodies_with_one_head_joined_by_and_are_two() -> None:
    names = _names(
        "Taiwanese banks, including the Bank of Taiwan and Bank of Communications, cut "
        "their rates, officials said. The Bank of Boston did not."
    )
    assert {"Bank of Taiwan", "Bank of Communications", "Bank of Boston"} <= names, names
    assert "Bank of Taiwan and Bank of Communications" not in names, names


def test_partners_joined_by_a_foreign_and_before_a_legal_form_are_one_firm() -> None:
    names = _names(
        "Bank Nederland said its unit Haighton en Ruth B.V. would issue the notes. Prices "
        "en France fell."
    )
    assert "Haighton en Ruth B.V." in names, names
    assert "Ruth B.V." not in names, names


def test_a_country_and_town_after_a_firms_of_are_its_name_and_its_town() -> None:
    names = _names(
        "Acme Corp said it agreed to buy Security Services of America of Wayne, N.J., for "
        "five mln dlrs."
    )
    assert {"Security Services of America", "Wayne"} <= names, names
    assert "America of Wayne" not in names, names
