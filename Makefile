# dateline — `make run` and `make test` work on a fresh machine: both install what they need first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint eval bench fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

run: install
	$(BIN)/dateline extract examples/

lint: install
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

eval: install
	$(BIN)/python -m dateline.evaluate ../shared/corpus/timeml/*.jsonl

bench: install
	$(BIN)/python bench/run.py

fuzz: install
	$(BIN)/python -m pip install --quiet atheris
	mkdir -p .fuzz && cd .fuzz && ../$(BIN)/python ../bench/fuzz_text.py -atheris_runs=100000 -max_len=4096

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis .fuzz build src/*.egg-info
