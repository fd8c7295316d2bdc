# dateline — `make run` and `make test` work on a fresh machine: both install what they need first.
# `make install` installs the exact versions in requirements.lock; `make lock` refreshes that file on purpose.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := requirements.lock
PIP    := $(BIN)/python -m pip --disable-pip-version-check

.PHONY: install lock run test lint eval bench fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet -c $(LOCK) pip setuptools wheel
	$(PIP) install --quiet --no-build-isolation -c $(LOCK) -e '.[dev,dask]'
	touch $(STAMP)

# Resolve the newest versions the ranges in pyproject.toml allow, in a throw-away venv, and write them down.
# Commit the result deliberately, after `python tools/gen_countries.py` and `make test` (generated data follows
# the pinned generator).
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip setuptools wheel
	.lock-venv/bin/python -m pip install --quiet '.[dev,dask]'
	.lock-venv/bin/python -m pip freeze --all --exclude-editable | grep -v '^dateline' > $(LOCK)
	rm -rf .lock-venv build src/*.egg-info

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
	$(BIN)/python tools/eval_meantime_dates.py
	$(BIN)/python tools/eval_pubdate.py
	$(BIN)/python tools/eval_judged.py
	$(BIN)/python tools/eval_pages.py
	$(BIN)/python tools/eval_recognizers.py
	$(BIN)/python tools/score_recognizers.py
	@if [ -f ../shared/tools/eval_group.py ]; then $(BIN)/python ../shared/tools/eval_group.py $(BIN)/dateline ../shared/corpus/meantime; else echo "eval_group: ../shared/tools/eval_group.py absent, skipped"; fi
	$(BIN)/python tools/eval_polnear.py --split dev
	$(BIN)/python tools/eval_spkatt.py --split dev
	$(BIN)/python tools/eval_redewiedergabe.py
	$(BIN)/python tools/eval_meantime_speakers.py

bench: install
	$(BIN)/python bench/run.py

fuzz: install
	$(BIN)/python -m pip install --quiet atheris
	mkdir -p .fuzz && cd .fuzz && ../$(BIN)/python ../bench/fuzz_text.py -atheris_runs=100000 -max_len=4096

clean:
	rm -rf $(VENV) .lock-venv .mypy_cache .pytest_cache .ruff_cache .hypothesis .fuzz build src/*.egg-info
