# Quick start: `make demo` and `make test`. Everything installs into .venv in this checkout.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint typecheck unit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(STAMP)
	$(BIN)/rollback demo

lint: $(TSTAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# The suite waits on the database servers more than it computes: 3 workers on 2 cores halve it.
# Each test has databases of its own (tests/conftest.py), so they run in any order; TEST_WORKERS=0
# runs them in this process.
TEST_WORKERS ?= 3

unit: $(TSTAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

test: lint unit

bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
