# presscut: two commands on a fresh machine with only Python and pip.
#   make demo   create .venv, install presscut, run it on the bundled Atlantico page
#   make test   create .venv with the dev extras, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: demo test lint format bench-quality bench-batch clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@ $(STAMP_RUN)

demo: $(STAMP_RUN)
	$(BIN)/presscut --pretty --url "https://atlantico.fr/article/decryptage/attaque-ambassade-americaine-bagdad-etats-unis-750-soldats-moyen-orient" fixtures/atlantico/page.html

test: $(STAMP_DEV)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/python -m pytest -q

lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP_DEV)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench-quality: $(STAMP_DEV)
	$(BIN)/python bench/quality.py

bench-batch: $(STAMP_DEV)
	$(BIN)/python bench/batch.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
