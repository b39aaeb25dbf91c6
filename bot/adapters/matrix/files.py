"""The store folder on disk: saved credentials (0600) and private file modes for the key database.

nio creates its key database (``<user>_<device>.db``, SQLite) with the process umask, often
world-readable. :func:`create_private` makes that file first, empty and 0600, as soon as the
device id is known and before nio opens it: SQLite takes an empty file as a new database and keeps
its mode, also for its -wal and -shm files. :func:`make_private` then catches anything else.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from pathlib import Path

logger = logging.getLogger(__name__)

CREDENTIALS_FILE = "credentials.json"


def key_database(folder: Path, user_id: str, device_id: str) -> Path:
    """Where nio keeps the device's keys (its default store's file name)."""
    return folder / f"{user_id}_{device_id}.db"


def create_private(path: Path) -> bool:
    """Create ``path`` empty with mode 0600 unless it exists; True when this call created it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def remove_if_empty(path: Path) -> None:
    """Remove a key database :func:`create_private` made for a login that failed (nothing in it)."""
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except FileNotFoundError:
        pass


def new_device_id() -> str:
    """A device id for the first password login (the server takes the one a client asks for), so
    the key database's name is known before nio creates it."""
    return "NEWSBRIEF" + secrets.token_hex(4).upper()


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
