# newscounts: `make report` builds the investigation, `make test` checks it.
# Every target below is a file that depends on its real inputs, so running
# `make report` again with nothing changed does nothing.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# ---- inputs you may override -------------------------------------------
SEEDS ?= seeds
CATEGORIES ?= evacuation
OUT ?=
TITLE ?= $(if $(strip $(OUT)),How the reported figures diverged,The Raqqa evacuation deal$(COMMA) October 2017: how the reported figures diverged)
COMMA := ,
JOBS ?= $(shell nproc 2>/dev/null || echo 1)

# ---- the environment ---------------------------------------------------
BOOT_PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.requirements-installed

# ---- where the chain writes --------------------------------------------
ifeq ($(strip $(OUT)),)
  ifneq ($(SEEDS)$(CATEGORIES),seedsevacuation)
    $(error SEEDS or CATEGORIES changed: set OUT=<folder> too, so the committed notebooks, figures/ and report/ stay untouched)
  endif
  # the committed investigation: notebooks executed in place, default parameters
  NB_OUT := notebooks
  FIG := figures
  REP := report
  PARAMS :=
else
  NB_OUT := $(OUT)/notebooks
  FIG := $(OUT)/figures
  REP := $(OUT)
  PARAMS := -p seeds_dir $(abspath $(SEEDS)) -p categories $(CATEGORIES) \
            -p figures_dir $(abspath $(FIG)) -p report_dir $(abspath $(REP)) -p corrections_file "" \
            -p title "$(TITLE)" -p jobs $(JOBS)
endif

SEED_FILES := $(wildcard $(SEEDS)/*.txt $(SEEDS)/sources.csv)
PACKAGE := $(wildcard newscounts/*.py newscounts/presets/*.yaml)
TEMPLATE := $(wildcard templates/newscounts/*)
CORRECTIONS := $(if $(strip $(OUT)),,corrections.csv)
RUN := $(PY) -m newscounts run-notebook --cwd notebooks $(PARAMS)

.PHONY: help report test lab benchmark

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## /  make \1\t/' | expand -t 22
	@echo "  make report SEEDS=<folder> OUT=<folder> [CATEGORIES=casualties|file.yaml]"

report: $(REP)/index.html ## build figures/ and report/index.html from seeds/ (set-up included)

test: $(READY) ## unit tests, doctests and nbval over every notebook
	$(PY) -m pytest tests newscounts notebooks --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

lab: $(READY) ## open JupyterLab on the notebooks
	$(PY) -m jupyter lab notebooks

benchmark: $(READY) ## print extraction speed, report build times and the FA-KES agreement
	$(PY) benchmarks/extract_speed.py
	$(PY) benchmarks/fakes_eval.py
	$(PY) benchmarks/invented_eval.py
	$(PY) benchmarks/build_times.py

# A venv from the lock file alone. --no-deps: requirements.txt pins the whole
# tree; it leaves out rfc3987-syntax (see README: 0.8 s at every import).
$(READY): requirements.txt
	@test -x $(PY) || $(BOOT_PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q --no-deps -r requirements.txt
	@$(PY) -c 'import sysconfig, pathlib; pathlib.Path(sysconfig.get_paths()["purelib"], "newscounts-root.pth").write_text("$(CURDIR)\n")'
	@touch $@

$(REP)/articles.csv: notebooks/01_read_articles.ipynb $(SEED_FILES) $(PACKAGE) | $(READY)
	$(RUN) $< $(NB_OUT)/01_read_articles.ipynb
	@touch $@

$(REP)/claims.csv: notebooks/02_extract_counts.ipynb $(SEED_FILES) $(PACKAGE) $(CORRECTIONS) | $(READY)
	$(RUN) $< $(NB_OUT)/02_extract_counts.ipynb
	@touch $@ $(REP)/claims.json

$(FIG)/figures.csv: notebooks/03_compare_sources.ipynb $(REP)/claims.csv $(SEED_FILES) $(PACKAGE) | $(READY)
	$(RUN) $< $(NB_OUT)/03_compare_sources.ipynb
	@touch $@

$(REP)/index.html: notebooks/04_report.ipynb $(REP)/articles.csv $(REP)/claims.csv $(FIG)/figures.csv $(TEMPLATE) $(PACKAGE) | $(READY)
	$(RUN) $< $(NB_OUT)/04_report.ipynb --html $@ --title "$(TITLE)"
	@touch $@
