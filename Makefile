# Two commands for a fresh machine: `make run` and `make test`. Each creates .venv and
# installs what it needs. Without DATABASE_URL / REDIS_URL, embedded servers are used.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ATLAS := static/vendor/world-atlas/.installed.json
EMBED := $(PY) -m tracker.embedded
SHARED ?= ../shared

.PHONY: run test lint check eval bench bench-extract bench-ingest bench-research robustness screenshots clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m tracker.vendor
	touch $(STAMP)

# The world map's country shapes (static/vendor/, pinned in tracker/vendor.py).
$(ATLAS): tracker/vendor.py | $(STAMP)
	$(PY) -m tracker.vendor

venv: $(STAMP) $(ATLAS)

## run: migrate, start web + worker + beat, load the demo, print address and credentials
run: $(STAMP) $(ATLAS)
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(EMBED) $(PY) manage.py serve

## test: lint, migration and deploy checks, then the whole test suite
test: $(STAMP) $(ATLAS)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m check_jsonschema --builtin-schema vendor.compose-spec docker-compose.yml
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(EMBED) sh -c '\
	  $(PY) manage.py makemigrations --check --dry-run && \
	  DJANGO_DEBUG=false DJANGO_SECRET_KEY=check-deploy-$$(date +%s)-a-long-random-secret-key-value-0123456789 \
	    DJANGO_ALLOWED_HOSTS=tracker.example.org $(PY) manage.py check --deploy --fail-level WARNING && \
	  $(PY) -m pytest $(PYTEST_ARGS)'

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

## eval: score the extractor: the validation set's dev and locked parts, and the shared dev set
eval: $(STAMP)
	$(PY) -m cases.extraction.evaluate --scorer $(SHARED)/eval/score.py \
	  valid-dev=tests/extraction/validation/dev valid-locked=tests/extraction/validation/locked \
	  shared-dev=$(SHARED)/eval/dev

## bench-extract: articles per second, start-up and peak memory of extraction, one process
bench-extract: $(STAMP)
	$(PY) -m cases.extraction.bench

## bench-research: list pages, search, charts and CSV export on synthetic cases (prints figures)
bench-research: $(STAMP) $(ATLAS)
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(EMBED) $(PY) -m tests.research.bench $(BENCH_CASES)
## robustness: every feed and page of $(SHARED)/corpora through the real pipeline, served locally
robustness: $(STAMP)
	@if [ -d "$(SHARED)/corpora/feeds" ] && [ -d "$(SHARED)/corpora/pages" ]; then \
	  DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(EMBED) $(PY) -m cases.ingestion.robustness "$(SHARED)"; \
	else echo "skipped: $(SHARED)/corpora is absent"; fi

## bench-ingest: 2,000 articles from a local feed through Redis and two workers, against one process,
## then scale-out: one worker on ingest and 1, 2 and 4 on extract
bench-ingest: $(STAMP)
	DJANGO_DEBUG=$${DJANGO_DEBUG:-true} $(EMBED) $(PY) -m cases.ingestion.bench $(BENCH_ARGS)

clean:
	rm -rf .data staticfiles

## bench: every figure at realistic scale: pages, approval, load and export (generates the
## cases on first run), then extraction and ingestion speed; see README. Production settings
## (DEBUG off), as the figures are meant to describe a deployment.
bench: $(STAMP) $(ATLAS)
	DJANGO_DEBUG=$${DJANGO_DEBUG:-false} DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost} \
	  DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-bench-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(40))')} \
	  $(EMBED) sh -c '$(PY) manage.py migrate -v0 && $(PY) manage.py bench $(BENCH_ARGS) && \
	  echo && echo "extraction (make bench-extract)" && $(PY) -m cases.extraction.bench && \
	  echo && echo "ingestion (make bench-ingest)" && $(PY) -m cases.ingestion.bench'
