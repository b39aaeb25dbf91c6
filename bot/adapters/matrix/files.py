"""The store folder on disk: saved credentials (0600) and private file modes for the key database."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)

CREDENTIALS_FILE = "credentials.json"


def make_private(folder: Path) -> None:
    """Make every file in the store folder (nio's key database, our credentials) readable by us
    only (0600): nio creates its SQLite file with the process umask, often world-readable.
    SQLite gives its -wal and -shm files the database file's mode."""
    for path in folder.iterdir():
        if path.is_file() and path.stat().st_mode & 0o077:
            try:
                path.chmod(0o600)
            except OSError as exc:
                logger.warning("matrix: cannot make %s private: %s", path, exc)


def read_credentials(path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        logger.warning("matrix: ignoring unreadable %s: %s", path, exc)
        return None
    keys = ("homeserver", "user_id", "device_id", "access_token")
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in keys):
        logger.warning("matrix: ignoring %s: not the credentials this adapter writes", path)
        return None
    return {k: data[k] for k in keys}


def write_credentials(path: Path, data: dict[str, str]) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(data, f)
    os.replace(tmp, path)
