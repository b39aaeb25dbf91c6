#!/usr/bin/env bash
# Install Synapse (the Matrix homeserver the integration tests run against) into .synapse-venv at the
# repository root. Its dependencies clash with ours, so it gets its own virtual environment.
# Idempotent: does nothing when the pinned version is already installed.
set -euo pipefail
cd "$(dirname "$0")/../../.."

SYNAPSE_VERSION=1.163.2
VENV=.synapse-venv
PY=${PYTHON:-python3}

if [ -x "$VENV/bin/python" ] \
    && [ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("matrix-synapse"))' 2>/dev/null)" = "$SYNAPSE_VERSION" ]; then
    exit 0
fi

"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "matrix-synapse==$SYNAPSE_VERSION"
"$VENV/bin/python" -c 'import synapse.app.homeserver' >/dev/null
