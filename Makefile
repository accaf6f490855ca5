# One way to do each thing: make run, make test, make lint, make bench.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: run test lint typecheck bench bench-smoke messages browser clean help

help:
	@echo "make run    — install (first time), migrate, load the Kalimantan Timur demo, serve on http://127.0.0.1:$${PORT:-8000}"
	@echo "make test   — the whole test suite (unit, API, scope matrix, browser)"
	@echo "make lint   — ruff and mypy"
	@echo "make bench  — benchmarks and quality evaluations (full size)"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11+ is needed (python3.11 or python3)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/waspada run

browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "Installing Debian Chromium for the browser tests (apt-get install chromium)"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get install -y -q chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium >/dev/null; }; \
	  else sudo apt-get install -y -q chromium >/dev/null; fi; \
	fi

test: $(STAMP) browser
	$(BIN)/python -m pytest -p no:cacheprovider -n 2 $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy waspada

typecheck: $(STAMP)
	$(BIN)/mypy waspada

bench: $(STAMP)
	@for b in bench/[a-z]*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

bench-smoke: $(STAMP)
	@for b in bench/[a-z]*.py; do echo "== $$b (smoke)"; $(BIN)/python $$b --smoke || exit 1; done

# Refresh the English catalogue from the Indonesian source strings, then compile it (needs gettext's msgfmt).
messages: $(STAMP)
	cd waspada && ../$(BIN)/django-admin makemessages -l en --ignore=engine --ignore=demo --settings=waspada.settings --pythonpath=..
	cd waspada && ../$(BIN)/django-admin compilemessages --settings=waspada.settings --pythonpath=..

clean:
	rm -rf $(VENV) var/static
