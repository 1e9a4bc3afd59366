# Two commands: `make run` sets up and starts everything; `make test` sets up and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP := $(VENV)/.dev-installed
DATA ?= ../shared/data

.PHONY: run setup test lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(RUNTIME_STAMP) $@

## Set up (venv, database, registry, sample news, demo user) and start Redis, Celery and the web server.
run: $(RUNTIME_STAMP)
	$(BIN)/python manage.py devserver

## Prepare the database and demo data without starting anything.
setup: $(RUNTIME_STAMP)
	$(BIN)/python manage.py devserver --setup-only

## Install the test tools and run the whole suite.
test: $(DEV_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .

## Score the extractor on the development gold set.
eval: $(RUNTIME_STAMP)
	$(BIN)/python -m tracker.extraction.evaluate $(DATA)

## Benchmarks; results are written under tracker/benchmarks/results/.
bench: $(DEV_STAMP)
	$(BIN)/python -m tracker.benchmarks

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
