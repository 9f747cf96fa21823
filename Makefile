# The two commands in the README: `make book` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: book publish test test-fast overlap install clean

$(BIN)/course: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[book,test]"
	touch $(BIN)/course

# The Pyodide runtime for the exercise pages' Run button: fetched with npm into a cache
# outside the repository and checked against its pinned integrity (course/pyodide_runtime.py).
# Without npm or a registry the book still builds, and its pages say code cannot run there.
install: $(BIN)/course
	@$(BIN)/python -m course.pyodide_runtime fetch

book: install
	$(BIN)/course build

# The book, then the PDFs and the offline zips: English and every published translation
# (locales/<lang>/status.yaml says publish: true; see README, "Translations").
publish: book
	$(BIN)/course pdf
	$(BIN)/course bundle

test: install
	bash scripts/system-deps.sh
	$(BIN)/python -m pytest
	@$(MAKE) --no-print-directory overlap

# For contributors: the specs, grader, data, validators and kit, without building the
# book or starting a browser (about a minute of CPU). The markers are set in tests/conftest.py.
test-fast: install
	$(BIN)/python -m pytest -m "not book and not browser and not slow"

# The copy check needs a copy of the source report, which is not in the repository
# (all rights reserved): COURSE_REPORT=/path/to/report.txt, or one in ../shared/seed/.
# Without one it says it was skipped and succeeds; with one, copied text fails.
overlap: install
	@report="$${COURSE_REPORT:-$$(ls ../shared/seed/*.txt 2>/dev/null | head -n 1)}"; \
	if [ -n "$$report" ]; then \
	  echo "copy check: comparing the course with $$report"; \
	  $(BIN)/course overlap --report "$$report"; \
	else \
	  echo "copy check skipped: no copy of the source report (set COURSE_REPORT=/path/to/report.txt to run it)"; \
	fi

clean:
	rm -rf _build
