"""Names as wire copy writes them (task 25c): stray control characters inside a name,
an office run into the name after it, regnal numbers, and documents that speak.
Every article here is invented."""

from __future__ import annotations

import json
from pathlib import Path

from generator.annotate.article import annotate, reading_text
from generator.annotate.registry import Registry
from generator.importers import import_sources
from generator.model import Article
from generator.read import read_article, read_source

HEAD = "MINISTERS MEET IN GENEVA\n\nGENEVA, March 3 - "


def _annotated(body: str, head: str = HEAD) -> Article:
    article = read_source((head + body).encode("utf-8"), "content/1987/03/test.txt")
    return annotate(article, Registry(), 1987)


def _names(article: Article, kind: str | None = None) -> set[str]:
    return {e.name for e in article.entities if kind is None or e.type == kind}


# ----------------------------------------------------------------------------- control characters


def test_a_caret_m_inside_a_name_is_a_space_and_offsets_stay_source_offsets() -> None:
    body = "Orland said <Harwick^M Engines Ltd> will supply the <Harwick Engines Ltd> parts.\n"
    article = _annotated(body)
    companies = [e for e in article.entities if "Harwick" in e.name]
    assert [e.name for e in companies] == ["Harwick Engines Ltd"]
    assert len(companies[0].mentions) == 2
    for mention in companies[0].mentions:  # offsets into the text as the file has it
        assert article.text[mention.start : mention.end].startswith("Harwick")
    assert "^M" in article.text  # the source text itself is not rewritten


def test_control_characters_inside_a_line_read_as_spaces_one_for_one() -> None:
    text = "Harwick\x0bEngines\x0c Ltd\u2028said\x01 so, amount^M exceeds ^M 7,000.\n"
    read = reading_text(text)
    assert len(read) == len(text)
    assert read == "Harwick Engines  Ltd said  so, amount   exceeds ^M 7,000.\n"


def test_an_imported_stray_carriage_return_is_a_space_and_the_name_one_entity(
    tmp_path: Path,
) -> None:
    dump = tmp_path / "wire.jsonl"
    body = (
        "GENEVA, March 3 - Britain's <Harwick\r Engines Ltd> and <Harwick Engines Ltd> "
        "agreed on a price.\n\nTalks went on."
    )
    record = {"title": "ENGINE MAKERS AGREE", "text": body, "date": "1987-03-03"}
    dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = import_sources([dump], tmp_path / "content", source="Reuters")
    written = next((tmp_path / "content").rglob("*.txt"))
    assert len(report.imported) == 1
    text = written.read_text(encoding="utf-8")
    assert "<Harwick  Engines Ltd>" in text and "\r" not in text
    article = annotate(read_article(written), Registry(), 1987)
    assert [e.name for e in article.entities if "Harwick" in e.name] == ["Harwick Engines Ltd"]


def test_old_mac_line_ends_are_still_line_ends_when_imported(tmp_path: Path) -> None:
    dump = tmp_path / "wire.jsonl"
    record = {
        "title": "MILLS CLOSE",
        "text": "GENEVA, March 3 - Two mills closed.\rMore.",
        "date": "1987-03-03",
    }
    dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
    import_sources([dump], tmp_path / "content", source="Reuters")
    text = next((tmp_path / "content").rglob("*.txt")).read_text(encoding="utf-8")
    assert "Two mills closed.\n" in text and "\nMore.\n" in text


# ----------------------------------------------------------------------------- offices and names


def test_an_office_run_into_a_name_is_the_role_not_the_name() -> None:
    article = _annotated(
        "Freedonia's Minister of Mines and Energy Subarto said on Tuesday that output was "
        "within the ceiling.\n\n"
        '"We are below the limit," Subarto told reporters.\n'
    )
    people = {e.name: e for e in article.entities if e.type == "person"}
    assert "Subarto" in people
    assert not any(name.startswith(("Energy", "Mines")) for name in people)
    assert any(role.endswith("Minister of Mines and Energy") for role in people["Subarto"].roles)
    assert [q.speaker for q in article.quotes] == ["Subarto"]


def test_chief_of_staff_is_no_part_of_the_name() -> None:
    article = _annotated(
        "White House Chief of Staff Howard Bakerfield said the talks were useful.\n\n"
        "Bakerfield said another round would follow.\n"
    )
    people = _names(article, "person")
    assert "Howard Bakerfield" in people
    assert not any(name.startswith("Staff") for name in people)


def test_a_speaker_named_after_an_office_of_a_department_is_the_person_not_the_office() -> None:
    article = _annotated(
        "Talks on chip trade have stalled, officials said.\n\n"
        '"We are not close to an agreement," Deputy Under Secretary of Commerce Bruce '
        "Smartwell replied when asked.\n\n"
        '"The vote is near," Rep. Peter Kingsley of Ohio replied.\n'
    )
    assert [q.speaker for q in article.quotes] == ["Bruce Smartwell", "Peter Kingsley"]


def test_a_person_whose_surname_opens_a_body_named_after_him_is_still_the_speaker() -> None:
    article = _annotated(
        "The Park Commission report was made public today.\n\n"
        "Board chairman John Park told a press conference the report was fair.\n\n"
        '"This is a story about people who fell short," Park told reporters.\n'
    )
    assert [q.speaker for q in article.quotes] == ["John Park"]


def test_a_regnal_number_belongs_to_the_name_and_pope_is_a_role() -> None:
    article = _annotated(
        "Pope Adrian Clement III arrived in Santiago on Wednesday.\n\n"
        'The Pope said "peace is possible" in a short address.\n\n'
        "Adrian Clement III will visit three cities.\n",
        head="POPE VISITS CHILE\n\nSANTIAGO, March 3 - ",
    )
    people = {e.name: e for e in article.entities if e.type == "person"}
    assert list(people) == ["Adrian Clement III"]
    assert people["Adrian Clement III"].roles == ["Pope"]
    assert len(people["Adrian Clement III"].mentions) >= 2


# ----------------------------------------------------------------------------- documents


def test_a_report_that_speaks_is_shown_as_the_text_gives_it_and_it_said_carries_on() -> None:
    article = _annotated(
        "Freedonia's farms are losing ground to imports, an annual review of the sector shows.\n\n"
        'The report said the sector was "poorly adapted to demand" and costly.\n\n'
        '"Smaller farms have closed in every province," it said.\n\n'
        'Looking at the coming year, it warned of "a further loss of markets."\n\n'
        '"We took a risk," one council official commented.\n'
    )
    speakers = [(q.speaker, q.speaker_id) for q in article.quotes]
    assert speakers == [
        ("the report", None),
        ("the report", None),
        ("the report", None),
        ("one council official", None),
    ]


def test_a_document_of_a_kind_or_a_paper_with_no_subject_is_not_given_a_speaker() -> None:
    article = _annotated(
        '"Nobody expected the vote," Talmer told reporters.\n\n'
        'A report last year said the mills were "badly run and costly."\n'
    )
    speakers = [(q.speaker, q.speaker_id) for q in article.quotes]
    assert speakers[0][0] == "Talmer"
    assert speakers[1] == (None, None)


def test_a_quotation_after_he_said_in_the_same_paragraph_is_his() -> None:
    article = _annotated(
        "Output stayed within the ceiling, Freedonian Energy Minister Talmer said.\n\n"
        "He told reporters that demand had fallen in a warm winter.\n\n"
        'He said producers had expected some swings. "We hope prices will recover by '
        'the autumn."\n'
    )
    assert [(q.speaker, q.attribution) for q in article.quotes] == [("Talmer", "pronoun")]


def test_a_quotation_after_a_sentence_with_another_quotation_is_not_carried_on() -> None:
    article = _annotated(
        "Output stayed within the ceiling, Freedonian Energy Minister Talmer said.\n\n"
        'He said the word "swings" was wrong. "We hope prices will recover by the autumn."\n'
    )
    assert article.quotes[-1].speaker is None


def test_a_petition_quoted_after_the_body_that_filed_it_is_the_bodys() -> None:
    article = _annotated(
        "The Coastal Growers Bank (CGB) holds the disputed shares in trust.\n\n"
        "CGB, however, sought a board seat before the vote, petitioning the commission "
        '"so that the interests of the owners of the shares would be adequately protected."\n'
    )
    assert [(q.speaker, q.partial) for q in article.quotes] == [("Coastal Growers Bank", True)]


def test_he_after_an_official_named_with_his_office_is_still_him() -> None:
    article = _annotated(
        "Asked about retaliation, Deputy Under Secretary of Commerce Bruno Keller replied, "
        '"That would be foolish."\n\n'
        '"It is about time," House Speaker Jim Whitlow of Texas told reporters.\n\n'
        "Keller has led talks on car parts since August.\n\n"
        '"We are serious," Keller said of the sanctions.\n\n'
        "Each car contained about 700 dlrs in imported parts.\n\n"
        '"All we ask is a chance to compete," he said.\n'
    )
    assert article.quotes[-1].speaker == "Bruno Keller"
    assert "Commerce Bruno Keller" not in _names(article)


def test_a_body_read_as_a_person_is_not_cut_into_a_fragment() -> None:
    article = _annotated(
        "The utility filed its plan with the Public Utilities Commission of Freedonia.\n\n"
        "Public Utilities will review it in May, a spokesman said.\n"
    )
    assert "Utilities" not in _names(article)


def test_a_family_name_written_first_names_the_person_alone_and_speaks_for_him() -> None:
    article = _annotated(
        "Planning Minister Park Soon-ho said the surplus would fall.\n\n"
        '"We will repay loans early," Park told reporters. Andrew Park of Orland Securities '
        "disagreed.\n"
    )
    people = {e.name: e for e in article.entities if e.type == "person"}
    assert "Park" not in people, people
    assert len(people["Park Soon-ho"].mentions) == 2
    assert [q.speaker for q in article.quotes] == ["Park Soon-ho"]


def test_a_stray_comma_between_a_named_speaker_and_said_keeps_the_speaker() -> None:
    article = _annotated(
        "When the exchange announced the change, Exchange President Rosemary Kell, said, "
        '"This will add to the markets."\n'
    )
    assert [q.speaker for q in article.quotes] == ["Rosemary Kell"]


def test_an_office_of_a_body_run_into_a_name_leaves_the_person() -> None:
    article = _annotated(
        "Chancellor of the Exchequer Nigel Lawson said the pound was stable.\n\n"
        '"We see no need to move," Lawson told parliament.\n'
    )
    people = {e.name: e for e in article.entities if e.type == "person"}
    assert set(people) == {"Nigel Lawson"}
    assert not [e.name for e in article.entities if "Exchequer" in e.name]
    assert [q.speaker for q in article.quotes] == ["Nigel Lawson"]
