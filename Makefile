# make build: site/ from content/ (creates .venv with the pinned dependencies first)
# make test:  make lint (ruff, mypy), then every test (installs test dependencies and Chromium when missing)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
export NO_MKDOCS_2_WARNING := 1
# The site engine: mkdocs, or properdocs (MkDocs 1.x continued, `pip install properdocs`).
SITE_ENGINE ?= mkdocs
export SITE_ENGINE
STRICT := $(if $(CI),--strict,)

.PHONY: build serve test lint format bench bench-import eval eval-quotes eval-entities entities-model quotes-model check-corpus deploy clean chromium

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

build: $(STAMP)
	$(BIN)/python -m generator build $(STRICT)
	$(BIN)/python -m generator site --strict

# --dirty: re-render only the pages an edit changed (the plugin keeps deletions and search
# right). --livereload: some click 8.2/8.3 releases switched MkDocs' default off (mkdocs#4032).
serve: $(STAMP)
	$(BIN)/$(SITE_ENGINE) serve -f mkdocs.yml --dirty --livereload --dev-addr 127.0.0.1:8000

chromium:
	@test -x /usr/bin/chromium || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null \
	  || echo "Could not install chromium: browser tests will be skipped"; }

test: lint chromium
	$(BIN)/python -m pytest -n 2 --dist loadfile -q

# ruff, then mypy on the package (its settings are in pyproject.toml)
lint: $(TEST_STAMP)
	$(BIN)/ruff check generator evaluation benchmarks tests
	$(BIN)/ruff format --check generator evaluation benchmarks tests
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format generator evaluation benchmarks tests
	$(BIN)/ruff check --fix generator evaluation benchmarks tests

# Publish to the gh-pages branch of `origin` (see README, Publishing). gh-deploy builds
# the site itself, so this checks the sources like `make build` without building twice.
deploy: $(STAMP)
	$(BIN)/python -m generator build $(STRICT)
	$(BIN)/$(SITE_ENGINE) gh-deploy -f mkdocs.yml --force --strict

clean:
	rm -rf site .site.building .site.old .cache $(VENV) .pytest_cache .hypothesis .mypy_cache test-artifacts
	cd docs && git clean -fdXq . 2>/dev/null || true

check-corpus: $(STAMP)
	$(BIN)/python -m evaluation.corpus_check

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/bench.py $(SIZES) $(BENCH_ARGS)

bench-import: $(STAMP)
	$(BIN)/python -m benchmarks.import_bench

# Accuracy through the product's real path (`annotate --json` on real news written out
# as files), scored by ../shared/eval/scoring.py: the numbers README reports.
EVAL_DIR := ../shared/eval

eval: eval-quotes eval-entities

eval-quotes: $(STAMP)
	$(BIN)/python $(EVAL_DIR)/quotes.py dev

eval-entities: $(STAMP)
	$(BIN)/python $(EVAL_DIR)/entities.py

# Retrain the pronoun ranker (generator/annotate/data/quote_ranker.json) on PolNeAR train.
quotes-model: $(STAMP)
	$(BIN)/python -m evaluation.train_quotes ../shared/corpora

entities-model: $(STAMP)
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m evaluation.train_entities ../shared/corpora
