# PESKO Hub — `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEV_SETTINGS := hub.settings.dev
export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: run test lint format check messages bench serve clean

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

run: $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py seed_demo_content
	@echo ""
	@echo "  Site:   http://127.0.0.1:$(PORT)/el/   (English: http://127.0.0.1:$(PORT)/en/)"
	@echo "  Admin:  http://127.0.0.1:$(PORT)/admin/   user: admin   password: $${DEV_ADMIN_PASSWORD:-pesko-dev-admin}"
	@echo ""
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev
	@if [ ! -d node_modules/axe-core ] && command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent; fi
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: $(VENV)/.installed-dev
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=hub.settings.production SECRET_KEY=check-deploy-$$(date +%s)-not-a-real-secret-0123456789abcdefghij \
		ALLOWED_HOSTS=hub.example.org $(PY) manage.py check --deploy --fail-level WARNING

messages: $(VENV)/.installed-dev
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py makemessages --locale el --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'bench/*' --ignore 'tests/*' --no-obsolete
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py compilemessages --locale el --ignore '.venv/*'

bench: $(VENV)/.installed-dev
	$(PY) -m bench

clean:
	rm -rf $(VENV) db.sqlite3 test-db.sqlite3 media static_collected
