"""Mojibake, UTF-8 once read as Windows-1252 and saved again ("GuantÃ¡namo"): the reader
says where it is and how to repair the file, an import repairs it, and a name it garbles
gets no page while its quotations keep their speaker (issue 24: "Stefan KA" and "Enrique
PeA" had pages of their own)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from test_entity_resolution import _archive, _pages

from generator.importers import import_sources
from generator.read.reader import read_source

GARBLED = (
    "Party splits\n\nBERLIN, May 3 - Stefan Br\u00c3\u00b6ckner, chairman of the Harbour Party, "
    'criticised the plan. He said: "This is censorship, and we do not want it."\n\n'
    "Ilse Varga, the party treasurer, agreed with him on Tuesday.\n"
)


def test_the_reader_says_where_the_text_is_garbled_and_how_to_repair_it() -> None:
    article = read_source(GARBLED.encode("utf-8"), "content/2031/05/split.txt")
    [warning] = [w for w in article.warnings if "wrongly decoded" in w.message]
    assert warning.line == 3
    assert "'Br\u00c3\u00b6ckner," in warning.message and "'Bröckner," in warning.message
    assert "ftfy" in warning.hint
    clean = read_source(GARBLED.replace("\u00c3\u00b6", "ö").encode("utf-8"), "a.txt")
    assert not [w for w in clean.warnings if "wrongly decoded" in w.message]


def test_a_garbled_name_gets_no_page_and_its_quotation_keeps_its_speaker() -> None:
    articles, index = _archive({"content/2031/05/split.txt": GARBLED})
    pages = _pages(index)
    assert not [name for name in pages if name.startswith("Stefan")]
    assert pages.get("Ilse Varga") == "person"  # the rest of the story is read as before
    [quote] = articles[0].quotes
    assert quote.speaker is not None and quote.speaker.startswith("Stefan Br")


def test_an_import_repairs_mojibake(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    record = {"title": "Talks at Guant\u00c3\u00a1namo", "text": GARBLED, "date": "2031-05-03"}
    dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = import_sources([dump], tmp_path / "content")
    [(path, _)] = report.imported
    written = Path(path).read_text("utf-8")
    assert "Talks at Guantánamo" in written and "Stefan Bröckner" in written
    assert "\u00c3" not in written


def test_mojibake_written_decomposed_is_found_and_read_as_ftfy_repairs_it() -> None:
    decomposed = unicodedata.normalize("NFD", GARBLED)  # "A" and a combining tilde for "Ã"
    article = read_source(decomposed.encode("utf-8"), "content/2031/05/split.txt")
    [warning] = [w for w in article.warnings if "wrongly decoded" in w.message]
    assert warning.line == 3 and "reads as 'Bröckner," in warning.message
