# Linkki: `make run` serves the app with demo data, `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000
PYTEST_ARGS ?=

.PHONY: run test lint typecheck lock install player browser fonts migrate demo messages bench worker clean

# Exactly the versions and files in requirements.lock (checked by their hashes), then Linkki itself.
$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

# After changing the dependencies in pyproject.toml: pin them again, with hashes, and commit the lock.
lock: $(VENV)/.installed
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 --generate-hashes \
		--quiet -o requirements.lock

install: $(VENV)/.installed player

# The H5P player, pinned in package-lock.json, served as our own static files.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

player: node_modules/.installed

# Debian's Chromium for the browser tests, installed when we may (as root) and it is missing.
browser: fonts
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

# DejaVu Sans for certificate PDFs (it covers the Sámi letters), installed when we may and it is missing.
fonts:
	@if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null; \
	fi

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo

run: demo
	DEBUG=1 $(PY) manage.py runserver $(HOST)

test: install browser
	$(PY) -m pytest $(PYTEST_ARGS)

# The import order of .importlinter, ruff's lint rules and its formatting, and the types (pyproject.toml).
lint: install
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MAKE) --no-print-directory typecheck

# mypy with django-stubs and djangorestframework-stubs over the modules listed in pyproject.toml.
typecheck: install
	$(VENV)/bin/mypy

worker: install
	$(VENV)/bin/celery -A linkki worker --beat --loglevel=info

messages: install
	cd $(CURDIR) && $(PY) manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=node_modules --ignore=tests --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules

bench: install
	$(PY) -m bench

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3
