"""Entity finding: the sample article, invented fixtures, the registry, suggest, speed, CoNLL."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from entity_fixtures import FIXTURES_DIR, Score, fixture_articles, fixture_blocks, found_mentions
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate.article import annotate
from generator.annotate.entities.recognition import find_entities
from generator.annotate.registry import Registry, RegistryEntry, append_entries, load_registry
from generator.model import Article, Entity, entity_id
from generator.read.reader import read_article
from generator.suggest import suggest_entities

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "2017" / "04" / "russian-envoy-says-no-progress.txt"
REGISTRY = ROOT / "content" / "entities.yml"


def _sample(registry: Registry) -> list[Entity]:
    return annotate(read_article(SAMPLE, ROOT), registry).entities


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities}


def _article(text: str) -> Article:
    return Article(path="test.txt", text=text, blocks=fixture_blocks(text))


def _expectations(name: str) -> dict:
    return yaml.safe_load((FIXTURES_DIR / f"{name}.yml").read_text(encoding="utf-8"))


def _fixture(name: str) -> tuple[Article, list[Entity]]:
    text = (FIXTURES_DIR / f"{name}.txt").read_text(encoding="utf-8")
    article = _article(text)
    expected = _expectations(name)
    registry = Registry()
    if expected.get("registry"):
        registry = load_registry(FIXTURES_DIR / expected["registry"])
    return article, find_entities(article, registry)


def _entity_of(entities: list[Entity], text: str) -> Entity | None:
    return next((e for e in entities if any(m.text == text for m in e.mentions)), None)


# --------------------------------------------------------------------------- sample article

SAMPLE_EXPECTED = {
    "person": ["Alexander Grushko", "Alexander Fomin"],
    "organization": [
        "NATO",
        "TASS",
        "Rossiya 24",
        "OSCE",
        "SCO",
        "United Nations",
        "Arab League",
        "ICRC",
    ],
    "place": ["Moscow", "Black Sea", "Baltic Sea"],
    "event": ["Warsaw summit", "Moscow Security Conference"],
}


@pytest.mark.parametrize("use_registry", [True, False], ids=["registry", "no-registry"])
def test_sample_article_finds_every_expected_entity_with_its_type(use_registry: bool) -> None:
    registry = load_registry(REGISTRY) if use_registry else Registry()
    entities = _sample(registry)
    for kind, names in SAMPLE_EXPECTED.items():
        for name in names:
            if name == "Rossiya 24" and not use_registry:
                continue  # a channel name with a number: the registry names it
            entity = _entity_of(entities, name) or next(
                (e for e in entities if name in e.name), None
            )
            assert entity is not None, f"{name} not found"
            assert entity.type == kind, f"{name} is {entity.type}, not {kind}"


def test_sample_article_mentions_are_exact_spans_of_the_text() -> None:
    article = annotate(read_article(SAMPLE, ROOT), load_registry(REGISTRY))
    assert article.entities
    for entity in article.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text


def test_sample_article_resolves_grushko_his_surname_and_his_description() -> None:
    grushko = _by_name(_sample(Registry()))["Alexander Grushko"]
    texts = [m.text for m in grushko.mentions]
    assert grushko.id == "people/alexander-grushko"
    assert "Grushko" in texts and "Alexander Grushko" in texts
    assert "Russia's NATO envoy" in texts
    assert any("Permanent Representative to NATO" in role for role in grushko.roles)
    assert any(role.startswith("Russia") for role in grushko.roles)


def test_sample_article_gives_fomin_his_role_and_rank() -> None:
    fomin = _by_name(_sample(Registry()))["Alexander Fomin"]
    assert fomin.type == "person"
    assert fomin.rank == "Lieutenant General"
    assert any("Deputy Defense Minister" in role for role in fomin.roles)
    assert [m.text for m in fomin.mentions] == ["Alexander Fomin"]


def test_sample_article_acronyms_in_parentheses_join_their_long_names() -> None:
    entities = _sample(Registry())
    osce = _entity_of(entities, "OSCE")
    assert osce is not None
    assert osce.name == "Organization for Security and Cooperation in Europe"
    assert "Organization for Security and Cooperation in Europe" in [m.text for m in osce.mentions]
    icrc = _entity_of(entities, "ICRC")
    assert icrc is not None and icrc.name == "International Committee of the Red Cross"


def test_sample_article_security_conference_names_resolve_to_one_event() -> None:
    entities = _sample(Registry())
    conference = _entity_of(entities, "Moscow Security Conference")
    assert conference is not None and conference.type == "event"
    texts = [m.text for m in conference.mentions]
    assert "Sixth Moscow Conference on Global Security" in texts
    assert texts.count("Moscow Security Conference") == 2  # heading and paragraph


def test_sample_article_registry_alias_the_alliance_is_nato() -> None:
    nato = _by_name(_sample(load_registry(REGISTRY)))["NATO"]
    assert "the Alliance" in [m.text for m in nato.mentions]
    assert nato.id == "organizations/nato"


def test_sample_article_dateline_place_and_agency_are_mentions() -> None:
    entities = _by_name(_sample(Registry()))
    assert "MOSCOW" in [m.text for m in entities["Moscow"].mentions]
    assert [m.text for m in entities["TASS"].mentions] == ["TASS"]


def test_sample_article_has_no_entity_for_words_that_are_not_names() -> None:
    entities = _sample(load_registry(REGISTRY))
    covered = " | ".join(m.text for e in entities for m in e.mentions)
    for word in ("Of course", "Thursday", "April", "Hundreds", "High-ranking", "Secretary"):
        assert word not in covered
    assert all(
        not m.text.startswith("The ") for e in entities for m in e.mentions if e.type != "person"
    )


# --------------------------------------------------------------------------- fixtures

FIXTURE_NAMES = sorted(p.stem for p in FIXTURES_DIR.glob("*.txt"))


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_mentions_resolve_and_skip_look_alikes(name: str) -> None:
    article, entities = _fixture(name)
    expected = _expectations(name)
    for group in expected.get("same") or []:
        ids = {
            (_entity_of(entities, text) or Entity("missing:" + text, "", "")).id for text in group
        }
        assert len(ids) == 1 and not next(iter(ids)).startswith("missing:"), group
    covered = [m.text for e in entities for m in e.mentions]
    for word in expected.get("absent") or []:
        assert not any(re.search(rf"\b{re.escape(word)}\b", text) for text in covered), word
    for person, role in (expected.get("roles") or {}).items():
        assert role in _by_name(entities)[person].roles
    for person, rank in (expected.get("ranks") or {}).items():
        assert _by_name(entities)[person].rank == rank
    for entity_name, entity_id_ in (expected.get("ids") or {}).items():
        assert _by_name(entities)[entity_name].id == entity_id_
    for entity in entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text


def test_fixtures_score_high_on_exact_span_and_type() -> None:
    score = Score()
    for article, gold, registry in fixture_articles():
        score.add(gold, found_mentions(article, registry))
    assert score.precision >= 0.9, score.report("fixtures")
    assert score.f1 >= 0.9, score.report("fixtures")


# --------------------------------------------------------------------------- registry


def test_registry_overrides_recognition_type_and_id() -> None:
    text = "Talks in Vienna\nOfficials met Nadia Brook in Vienna on Friday, Brook said.\n"
    plain = _by_name(find_entities(_article(text), Registry()))
    assert plain["Nadia Brook"].type == "person"
    path_registry = _registry_from_yaml(
        """
entities:
  - name: Nadia Brook
    type: organization
    id: organizations/brook-trust
    aliases: [Brook]
"""
    )
    overridden = _by_name(find_entities(_article(text), path_registry))
    brook = overridden["Nadia Brook"]
    assert brook.type == "organization"
    assert brook.id == "organizations/brook-trust"
    assert [m.text for m in brook.mentions] == ["Nadia Brook", "Brook"]


def test_registry_ignore_list_suppresses_a_recognised_name() -> None:
    text = "Storm warning\nForecasters in Oslo warned of the storm, Ingrid Dahl said.\n"
    assert "Oslo" in _by_name(find_entities(_article(text), Registry()))
    registry = _registry_from_yaml("ignore: [oslo]\n")
    names = _by_name(find_entities(_article(text), registry))
    assert "Oslo" not in names and "Ingrid Dahl" in names


def test_registry_context_alias_needs_the_entity_named_elsewhere() -> None:
    registry = load_registry(REGISTRY)
    alone = "Defence plans\nOfficials said the Alliance would meet in May.\n"
    assert not find_entities(_article(alone), registry)
    named = "Defence plans\nNATO officials said the Alliance would meet in May.\n"
    nato = _by_name(find_entities(_article(named), registry))["NATO"]
    assert [m.text for m in nato.mentions] == ["NATO", "the Alliance"]


def test_registry_file_for_the_sample_archive_is_valid_and_described() -> None:
    registry = load_registry(REGISTRY)
    assert not registry.problems
    nato = registry.by_id()["organizations/nato"]
    assert "North Atlantic Treaty Organization" in nato.aliases
    assert nato.description and nato.links.get("wikidata", "").startswith("Q")


def _registry_from_yaml(text: str) -> Registry:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "entities.yml"
        path.write_text(text, encoding="utf-8")
        return load_registry(path)


# --------------------------------------------------------------------------- ids


def test_entity_ids_are_typed_slugs_stable_across_runs() -> None:
    assert entity_id("person", "Alexander Grushko") == "people/alexander-grushko"
    assert entity_id("organization", "NATO") == "organizations/nato"
    assert entity_id("place", "Moscow") == "places/moscow"
    assert entity_id("event", "Moscow Conference on Global Security").startswith("events/")
    first = [(e.id, e.name) for e in _sample(Registry())]
    second = [(e.id, e.name) for e in _sample(Registry())]
    assert first == second


def test_entity_ids_do_not_change_when_unrelated_text_is_added() -> None:
    base = "Talks end\nMarta Kowalczyk said in Gdansk that talks had ended.\n"
    more = base + "Separately, Piotr Zielinski arrived in Warsaw.\n"
    before = {e.name: e.id for e in find_entities(_article(base), Registry())}
    after = {e.name: e.id for e in find_entities(_article(more), Registry())}
    assert before and all(after[name] == id_ for name, id_ in before.items())


# --------------------------------------------------------------------------- suggest


def test_suggest_lists_unknown_names_with_counts_and_examples(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    suggestions = suggest_entities(content, load_registry(content / "entities.yml"), 1)
    names = {s.name: s for s in suggestions}
    assert "Alexander Fomin" in names and "NATO" not in names
    assert names["Alexander Fomin"].mentions == 1
    assert "[Alexander Fomin]" in names["Alexander Fomin"].example


def test_suggest_command_adds_accepted_names_and_keeps_the_file_valid(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    command = [sys.executable, "-m", "generator", "entities", "suggest", "--content", str(content)]
    listed = subprocess.run(
        [*command, "--min-count", "1"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert "Alexander Fomin" in listed.stdout
    subprocess.run(
        [*command, "--add", "Alexander Fomin", "Arab League"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    text = (content / "entities.yml").read_text(encoding="utf-8")
    assert text.startswith("# Entity registry")  # comments survive
    registry = load_registry(content / "entities.yml")
    assert not registry.problems
    assert {"people/alexander-fomin", "organizations/arab-league"} <= set(registry.by_id())
    assert registry.ignore  # the rest of the file is intact
    again = subprocess.run(
        [*command, "--min-count", "1"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert "Alexander Fomin" not in again.stdout


def test_append_entries_creates_a_registry_when_there_is_none(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    append_entries(path, [{"name": "Oulu", "type": "place"}])
    assert [e.name for e in load_registry(path).entries] == ["Oulu"]


# --------------------------------------------------------------------------- speed


def test_entity_finding_is_linear_on_a_one_megabyte_line() -> None:
    sentence = "Officials of NATO met Marta Kowalczyk in Gdansk and said. "
    registry = load_registry(REGISTRY)

    def cpu_seconds(size: int) -> float:
        article = Article(path="big.txt", text=(sentence * (size // len(sentence) + 1))[:size])
        began = time.process_time()  # CPU time: other work on the machine does not count
        assert find_entities(article, registry)
        return time.process_time() - began

    quarter, whole = cpu_seconds(250_000), cpu_seconds(1_000_000)
    assert whole < 10.0, f"{whole:.1f} s for 1 MB"  # about 1.5 s measured on a quiet machine
    assert whole < 8 * quarter + 0.5, f"{quarter:.2f} s for 250 kB but {whole:.2f} s for 1 MB"


def test_entity_finding_has_no_pathological_input() -> None:
    nasty = "A" + " (" * 50_000 + "(((" + "Aa." * 50_000 + "'s" * 50_000
    began = time.process_time()
    find_entities(Article(path="nasty.txt", text=nasty), Registry())
    assert time.process_time() - began < 5.0


def test_a_shared_surname_goes_to_the_person_named_most_recently() -> None:
    text = (
        "Family visit\nMichelle Obama spoke first. Obama said the school was important.\n"
        "Later Barack Obama arrived. Obama said he agreed.\n"
    )
    people = _by_name(find_entities(_article(text), Registry()))
    first, second = text.index("Obama said"), text.rindex("Obama said")
    assert [m.start for m in people["Michelle Obama"].mentions][-1] == first
    assert [m.start for m in people["Barack Obama"].mentions][-1] == second


def test_statistical_model_and_its_dependency_are_installed() -> None:
    from generator.annotate import ner

    assert ner.MODEL_PATH.exists(), "run `python -m evaluation.train_entities` to build the model"
    assert ner.model_available(), "pip install python-crfsuite==0.9.12 (see pyproject.toml)"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "NATO",
                "Moscow",
                "(OSCE)",
                "’s",
                "the",
                "The",
                "Alexander Grushko",
                "said",
                ",",
                ".",
                "Sixth",
                "Conference",
                "on",
                "Summit",
                "é",
                "\n",
                "Lieutenant General",
                "of",
            ]
        ),
        max_size=60,
    )
)
def test_mentions_are_exact_and_never_overlap_whatever_the_text(words: list[str]) -> None:
    text = " ".join(words)
    article = _article(text)
    mentions = sorted(
        (m for e in find_entities(article, load_registry(REGISTRY)) for m in e.mentions),
        key=lambda m: m.start,
    )
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text and mention.end > mention.start
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.end <= after.start


# --------------------------------------------------------------------------- issue 17: real news


def _read(text: str, path: str = "content/2031/05/a.txt") -> Article:
    from generator.read.reader import read_source

    return annotate(read_source(text.encode("utf-8"), path), Registry())


def _names(article: Article) -> dict[str, str]:
    return {e.name: e.type for e in article.entities}


def test_names_in_results_tables_are_found() -> None:
    article = annotate(read_article(ROOT / "tests/fixtures/wire/results-table.txt"), Registry())
    names = _names(article)
    assert names["Tomas Brandt"] == "person"
    assert names["Maren Sollie"] == "person"
    assert names["Kestrel Club"] == "organization"
    assert names["Harbour Oars"] == "organization"


def test_topic_headline_names_no_place_and_its_capitals_are_the_body_names() -> None:
    article = annotate(read_article(ROOT / "tests/fixtures/wire/topic-headline.txt"), Registry())
    names = _names(article)
    assert "Curling" not in names and "CURLING" not in names
    varga = _by_name(article.entities)["Ilse Varga"]
    assert "VARGA" in [m.text for m in varga.mentions]  # the headline's VARGA links too


def test_a_title_name_the_body_never_gives_is_dropped_but_a_body_surname_confirms_one() -> None:
    article = _read(
        "GLASS WORKS SOLD TO ORLANDO\n\nPORT MIRREN, May 3 - The glass works was sold on "
        "Friday, Ilse Varga said.\n"
    )
    assert "Orlando" not in _names(article)
    article = _read(
        "VARGA SELLS GLASS WORKS\n\nPORT MIRREN, May 3 - The glass works was sold on "
        "Friday, Ilse Varga said.\n"
    )
    assert "VARGA" in [m.text for m in _by_name(article.entities)["Ilse Varga"].mentions]


def test_the_agency_of_an_attribution_is_no_entity_and_reuter_is_no_person() -> None:
    article = _read(
        "Glass works sold\n\nPORT MIRREN, May 3 - The glass works was sold, Ilse Varga told "
        "Reuters on Friday. A Reuter survey of traders showed the price was fair.\n"
    )
    names = _names(article)
    assert "Reuters" not in names and "Reuter" not in names
    assert names["Ilse Varga"] == "person"


def test_companies_tickers_and_amounts_are_no_people() -> None:
    article = _read(
        "Glass works sold\n\nPORT MIRREN, May 3 - Ilse Varga said on Friday that Kestrel "
        "Electric Co <KEC> paid 40 mln U.S. Dlrs for the works, and that Mirren Trade "
        "Department approved it.\n"
    )
    names = _names(article)
    assert names.get("Kestrel Electric Co") == "organization"
    assert "KEC" not in names
    assert not any(name.endswith("Dlrs") for name in names)
    assert names.get("Mirren Trade Department", "organization") == "organization"
    assert [n for n, t in names.items() if t == "person"] == ["Ilse Varga"]


# --------------------------------------------------------------------------- issue 17: archive


def _archive(texts: dict[str, str], registry: Registry | None = None):
    from generator.index import build_index
    from generator.read.dates import find_date
    from generator.read.reader import read_source

    registry = registry or Registry()
    articles = []
    for path, text in texts.items():
        article = read_source(text.encode("utf-8"), path)
        find_date(article)
        articles.append(annotate(article, registry))
    return articles, build_index(articles, registry)


def test_one_page_per_country_organization_and_capitals_form() -> None:
    articles, index = _archive(
        {
            "content/2031/05/a.txt": "KESTRELIA AND JAPAN SIGN PACT\n\nTOKYO, May 3 - Kestrelia "
            "signed a trade pact with Japan on Friday, the U.S. Federal Reserve said, and the "
            "Fed welcomed it.\n",
            "content/2031/05/b.txt": "Japan trade grows\n\nWASHINGTON, May 5 - Japan sold "
            "more cars in the United States in April, the Federal Reserve Board said.\n",
            "content/2031/05/c.txt": "Cars sold\n\nDETROIT, May 6 - Car sales in the US rose "
            "in April, the Federal Reserve said, and sales to Japan fell.\n",
        }
    )
    pages = {page.name: page for page in index.entities.values()}
    assert "JAPAN" not in pages and pages["Japan"].type == "place"
    assert len(pages["Japan"].mentions) == 3
    assert "United States" in pages and not {"U.S.", "US"} & set(pages)
    assert "Federal Reserve" in pages and not {"Fed", "Federal Reserve Board"} & set(pages)
    linked = {e.id for a in articles for e in a.entities}
    assert linked <= set(index.entities) | {e.id for a in articles for e in a.entities}
    assert "places/japan" in linked and "places/jap" not in linked


def test_a_lone_surname_takes_the_full_name_the_archive_gives_and_the_registry_wins() -> None:
    texts = {
        "content/2031/05/a.txt": "Port plan\n\nPORT MIRREN, May 3 - The mayor, Ilse Varga, "
        "presented the port plan on Friday.\n",
        "content/2031/05/b.txt": "Port plan passes\n\nPORT MIRREN, May 9 - The council "
        "passed the port plan on Monday, Varga said.\n",
    }
    _, index = _archive(texts)
    pages = {page.name: page for page in index.entities.values()}
    assert "Varga" not in pages and len(pages["Ilse Varga"].mentions) == 2
    registry = Registry(
        entries=[RegistryEntry("Mayor of Port Mirren", "person", "people/mayor", ["Varga"])]
    )
    _, index = _archive(texts, registry)
    assert "people/mayor" in index.entities
    assert len(index.entities["people/mayor"].mentions) == 2


def test_capitals_only_names_are_shown_in_their_usual_case_unless_acronyms() -> None:
    from generator.annotate.entities.aliases import unshout

    assert unshout("BANK OF KESTRELIA") == "Bank of Kestrelia"
    assert unshout("KST LTD") == "KST Ltd"
    assert unshout("NATO") == "NATO"


REUTERS = ROOT.parent / "shared" / "corpora" / "reuters-21578.jsonl.gz"
# the standard variants a reader takes for one name
_VARIANTS = {
    "us": "unitedstates",
    "usa": "unitedstates",
    "uk": "unitedkingdom",
    "fed": "federalreserve",
    "federalreserveboard": "federalreserve",
    "nyse": "newyorkstockexchange",
}


def _same_name(name: str) -> str:
    key = re.sub(r"[\W_]+", "", name.casefold().removeprefix("the "))
    return _VARIANTS.get(key, key)


@pytest.mark.corpus
@pytest.mark.skipif(not REUTERS.exists(), reason="the Reuters corpus is not in ../shared/corpora")
def test_2000_reuters_stories_give_one_page_per_name_and_no_shouted_titles(tmp_path: Path) -> None:
    from generator.annotations import process_sources
    from generator.importers import import_sources
    from generator.index import build_index

    report = import_sources([REUTERS], tmp_path / "content", limit=2000)
    paths = sorted(Path(path) for path, _ in report.imported)
    registry = Registry()
    articles = process_sources(paths, tmp_path / "content", registry, jobs=2)
    index = build_index(articles, registry)
    by_name: dict[str, list[str]] = {}
    for page in index.entities.values():
        by_name.setdefault(_same_name(page.name), []).append(page.id)
    shared = {name: ids for name, ids in by_name.items() if len(ids) > 1}
    assert not shared, shared

    def in_a_sentence(name: str) -> bool:  # "the NASDAQ system": an acronym as the text writes it
        written = re.compile(rf"\b[a-z]+ {re.escape(name)}\b|\b{re.escape(name)} [a-z]+\b")
        return any(written.search(article.text) for article in articles)

    shouted = [
        page.name
        for page in index.entities.values()
        if page.name.upper() == page.name
        and any(  # an acronym's words are short (NATO, IBM PC) or have no vowel (BHPGM)
            len(part) > 4 and part.isalpha() and re.search("[AEIOU]", part)
            for part in re.split(r"[\s./&-]+", page.name)
        )
        and not in_a_sentence(page.name)
    ]
    assert not shouted, shouted
    pages = {page.name: page for page in index.entities.values()}
    assert "Reuter" not in pages  # told Reuters, a Reuter survey: the agency, no mention
    # the company (Reuters Inc among its names), never the agency of the copy
    assert len(pages["Reuters"].mentions) <= 4 if "Reuters" in pages else True
    linked = {e.id for a in articles for e in a.entities}
    assert not {"places/u-s", "places/us", "organizations/fed"} & linked


def test_suggest_names_its_columns_and_keeps_one_type(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "2031" / "05").mkdir(parents=True)
    (content / "2031" / "05" / "a.txt").write_text(
        "PORT MIRREN PLAN\n\nPORT MIRREN, May 3 - Ilse Varga presented the Port Mirren plan "
        "to the Kestrel Council on Friday. Varga said the Kestrel Council agreed.\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "generator", "entities", "suggest", "--content", str(content)]
    shown = subprocess.run(
        [*command, "--type", "place", "--min-count", "1"], capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].split()[:4] == ["mentions", "articles", "type", "name"]
    rows = [line.split() for line in lines[2::2]]
    assert rows and all(row[2] == "place" for row in rows)
    assert any("Port Mirren" in line for line in lines)
    assert not any("Varga" in line for line in lines[2::2])


def test_every_entity_type_has_a_folder_labels_and_a_schema_type() -> None:
    """The tables keyed by the entity types cover each of them, in the vocabulary's order,
    and an entity's page address gives its type back."""
    from generator.model import ENTITY_FOLDERS, ENTITY_TYPES, TYPE_LABELS, entity_id, entity_type_of
    from generator.render.articles import SCHEMA_TYPES

    for table in (ENTITY_FOLDERS, TYPE_LABELS, SCHEMA_TYPES):
        assert tuple(table) == ENTITY_TYPES
    assert len(set(ENTITY_FOLDERS.values())) == len(ENTITY_TYPES)  # a folder of its own each
    for kind in ENTITY_TYPES:
        assert entity_type_of(entity_id(kind, "Ilse Varga")) == kind
    assert entity_type_of("speakers/ilse-varga") == "person"
