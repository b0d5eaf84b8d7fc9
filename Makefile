# integrations-openai developer commands. `make test` is what CI runs (.ci/run).
SHELL := /bin/bash
# Tests import ~1,700 generated modules, often in subprocesses: let Python cache bytecode
# even where the environment disables it (recompiling each time costs seconds per process).
unexport PYTHONDONTWRITEBYTECODE
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NPM_DIR := scripts/prism
NPM_STAMP := $(NPM_DIR)/node_modules/.installed

.PHONY: install test test-fast docs docs-serve lint typecheck pytest generate check-generated spec-update lock bench scale demo record contract-check fuzz clean

$(STAMP): requirements/dev.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

install: $(STAMP)

lock:
	$(BIN)/python -m pip install --quiet -r requirements/dev.in
	{ echo "# Frozen from requirements/dev.in by \`make lock\`; the dev/CI venv installs exactly this."; \
	  $(BIN)/python -m pip freeze --exclude-editable; } > requirements/dev.txt

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts generated examples
	$(BIN)/ruff format --check src tests scripts generated examples

typecheck: $(STAMP)
	$(BIN)/mypy --strict src
	$(BIN)/mypy --strict generated/integrations_openai_api

# Both cores (pytest-xdist; coverage is combined across the workers).
pytest: $(STAMP) $(NPM_STAMP)
	$(BIN)/pytest -n 2 --cov --cov-report=term

# Node packages (the pinned Prism mock server) exactly as locked; re-run when the lock changes.
$(NPM_STAMP): $(NPM_DIR)/package.json $(NPM_DIR)/package-lock.json
	cd $(NPM_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Contract tooling: cassettes via the public client against Prism (or the real
# API when OPENAI_API_KEY is set), the spec drift report, the offline end-to-end demo.
record: $(STAMP) $(NPM_STAMP)
	$(BIN)/python -m scripts.contract.cases
	$(BIN)/python -m scripts.contract.record

contract-check: $(STAMP)
	$(BIN)/python -m scripts.contract_check

demo: $(STAMP)
	$(BIN)/python -m examples

# The inner loop: unit and generated-code tests on both cores, no Prism, no slow tests,
# stops at the first failure. `make test` stays the gate.
test-fast: $(STAMP)
	$(BIN)/pytest -q -x -n 2 -m "not prism and not slow" tests/unit tests/generated

# The documentation site (mkdocs.yml): strict, so a broken link or reference fails.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The whole gate: generated code up to date, lint, types, docs build, tests with coverage.
test: $(STAMP) check-generated lint typecheck docs pytest

generate: $(STAMP)
	$(BIN)/python -m scripts.codegen generate

check-generated: $(STAMP)
	$(BIN)/python -m scripts.codegen check

spec-update: $(STAMP)
	@test -n "$(VERSION)" || { echo "usage: make spec-update VERSION=x.y.z"; exit 2; }
	$(BIN)/python -m scripts.codegen spec-update --version $(VERSION)

bench: $(STAMP)
	$(BIN)/python -m tests.bench

# The batch runner at full size: 100,000 requests through the fake Batch API, split at the
# API's 50,000-per-file limit, SIGKILLed twice and resumed (the suite runs 10,000).
BATCH_SCALE_REQUESTS ?= 100000
scale: $(STAMP)
	BATCH_SCALE_REQUESTS=$(BATCH_SCALE_REQUESTS) $(BIN)/pytest tests/unit/batch/test_scale.py \
	  -p no:cacheprovider --durations=1

# Mutation fuzzing of server answers (tests/fuzz): FUZZ_CASES cases per seed and way of
# serving, in-process (httpx.MockTransport) and over a real 127.0.0.1 socket. Random each
# run; set FUZZ_SEED for a repeatable one, FUZZ_PROGRESS=file to log the count as it
# goes. `make test` runs a small derandomized share. 2000 cases: ~105,000 in all.
FUZZ_CASES ?= 2000
fuzz: $(STAMP)
	FUZZ_CASES=$(FUZZ_CASES) FUZZ_SOCKET=1 $(if $(FUZZ_SEED),FUZZ_SEED=$(FUZZ_SEED)) \
	  $(BIN)/pytest tests/fuzz -p no:cacheprovider --hypothesis-show-statistics

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage
