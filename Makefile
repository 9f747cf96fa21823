# The two commands in the README: `make book` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: book test install clean

$(BIN)/course: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[book,test]"
	touch $(BIN)/course

install: $(BIN)/course

book: install
	$(BIN)/course build

test: install
	bash scripts/system-deps.sh
	$(BIN)/python -m pytest

clean:
	rm -rf _build
