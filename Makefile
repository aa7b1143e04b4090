# testgen: `make demo` and `make test` each set everything up on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.setup-done

.PHONY: setup browser demo test test-slow lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(MAKE) --no-print-directory browser
	touch $@

# A browser: Playwright's own if it installs, else Debian's chromium (as root), else say what to do.
browser:
	@$(PY) -m testgen.browser --quiet && exit 0; \
	$(PY) -m playwright install chromium >/dev/null 2>&1 && $(PY) -m testgen.browser --quiet && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian's chromium"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); \
	fi; \
	$(PY) -m testgen.browser || { echo "No browser: install Chromium (apt-get install chromium) or set TESTGEN_BROWSER=/path/to/chrome"; exit 1; }

demo: setup
	$(VENV)/bin/testgen demo

test: setup
	$(VENV)/bin/pytest -q -n 2 --dist loadfile

# Only the tests marked slow (skipped by `make test`): huge generated pages, the shipped model live.
test-slow: setup
	TESTGEN_SLOW=1 $(VENV)/bin/pytest -q -n 2 --dist loadfile -m slow

lint: setup
	$(VENV)/bin/ruff check .

bench: setup
	$(PY) benchmarks/compactor.py
	$(PY) benchmarks/model.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
