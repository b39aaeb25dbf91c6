"""Logging the bot's device in, the same device across restarts.

With ``access_token`` the token is checked with ``whoami`` (which also tells the device id when
none is configured). With ``password`` the bot logs in once and keeps the access token and device
id in ``<store_path>/credentials.json`` (mode 0600); a token the server no longer accepts is
replaced by logging in again *to the same device*. The encryption keys live in ``store_path``
(nio's SQLite store), so a restart is the same device with the same keys. The key database is
created 0600 before nio opens it (:func:`~newsbrief.bot.adapters.matrix.files.create_private`):
the device id is known first, and a first password login asks for one
(:func:`~newsbrief.bot.adapters.matrix.files.new_device_id`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from nio import AsyncClient, LoginResponse, WhoamiResponse

from newsbrief.bot.adapters.matrix.errors import MatrixError, MatrixUnavailable, server_trouble
from newsbrief.bot.adapters.matrix.files import (
    CREDENTIALS_FILE,
    create_private,
    key_database,
    new_device_id,
    read_credentials,
    remove_if_empty,
    write_credentials,
)

if TYPE_CHECKING:
    from newsbrief.bot.config import MatrixConfig

logger = logging.getLogger(__name__)


async def log_in(client: AsyncClient, cfg: MatrixConfig, store_path: Path, device_name: str) -> None:
    """Log ``client`` in as ``cfg.user_id`` (see the module docstring); raises :class:`MatrixError`
    (:class:`MatrixUnavailable` when the homeserver is in trouble)."""
    user_id = cfg.user_id
    creds_path = store_path / CREDENTIALS_FILE
    if cfg.access_token is not None:
        token = cfg.access_token.get_secret_value()
        device_id = await whoami(client, user_id, token)
        if device_id is None:
            raise MatrixError(f"the access token for {user_id} was refused by {cfg.homeserver}")
        if cfg.device_id and device_id != cfg.device_id:
            raise MatrixError(
                f"the access token belongs to device {device_id}, not the configured {cfg.device_id}"
            )
        create_private(key_database(store_path, user_id, device_id))
        client.restore_login(user_id, device_id, token)
        return
    saved = read_credentials(creds_path)
    if saved and saved.get("user_id") == user_id and saved.get("homeserver") == cfg.homeserver:
        device_id = await whoami(client, user_id, saved["access_token"])
        if device_id is not None:
            create_private(key_database(store_path, user_id, device_id))
            client.restore_login(user_id, device_id, saved["access_token"])
            return
        logger.info("matrix: saved access token refused; logging in again as device %s", saved["device_id"])
        client.device_id = saved["device_id"]
    else:
        client.device_id = cfg.device_id or new_device_id()
    assert cfg.password is not None  # config validation: exactly one credential
    keys = key_database(store_path, user_id, client.device_id)
    created = create_private(keys)  # before nio opens it, so it is never readable by others
    try:
        resp = await client.login(password=cfg.password.get_secret_value(), device_name=device_name)
    except BaseException:
        if created:
            remove_if_empty(keys)
        raise
    if not isinstance(resp, LoginResponse):
        if created:
            remove_if_empty(keys)
        error = MatrixUnavailable if server_trouble(resp) else MatrixError
        raise error(f"login as {user_id} failed: {resp}")
    write_credentials(
        creds_path,
        {
            "homeserver": cfg.homeserver,
            "user_id": resp.user_id,
            "device_id": resp.device_id,
            "access_token": resp.access_token,
        },
    )
    logger.info("matrix: logged in as %s, device %s", resp.user_id, resp.device_id)


async def whoami(client: AsyncClient, user_id: str, token: str) -> str | None:
    """The device id of ``token``, or None when the server refuses the token."""
    client.access_token = token
    resp = await client.whoami()
    if not isinstance(resp, WhoamiResponse):
        if resp.status_code in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"):
            client.access_token = ""
            return None
        error = MatrixUnavailable if server_trouble(resp) else MatrixError
        raise error(f"whoami failed: {resp}")
    if resp.user_id != user_id:
        raise MatrixError(f"the access token belongs to {resp.user_id}, not {user_id}")
    if not resp.device_id:
        raise MatrixError("the server did not say which device the access token belongs to; set device_id")
    return str(resp.device_id)
