# The two commands of the README:
#   make run    set up and run the bot (no tokens: the console on an embedded SQLite database)
#   make test   set up and run the tests (lint, format, types, pytest)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup run console test lint bench clean readme

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

run: setup
	$(BIN)/prepdrip run

console: setup
	$(BIN)/prepdrip console

lint: setup
	$(BIN)/ruff check bot jobs tests bench
	$(BIN)/ruff format --check bot jobs tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

readme: setup  ## regenerate the README's command table from bot/core/commands.py
	$(BIN)/python -c "import re,pathlib; from bot.core.commands import markdown_table as t; p=pathlib.Path('README.md'); s=p.read_text(); p.write_text(re.sub(r'(<!-- commands:start -->\n).*?(\n<!-- commands:end -->)', lambda m: m.group(1)+t()+m.group(2), s, flags=re.S))"
