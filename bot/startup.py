"""The one start-up summary ``newsbrief run`` logs once everything is connected.

It says what an operator checks first: the store (password hidden), each platform and the
account it is connected as, every channel with its next digest time, the rooms joined, the
feeds and how many fail, the scheduler's role and the monitoring address.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

__all__ = ["next_digest_time", "redact_url", "startup_summary"]


def redact_url(url: str) -> str:
    """The database URL with any password replaced by ``***``."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy reads: show only its scheme
        return url.split(":", 1)[0] + ":..."


def next_digest_time(channel: Any, now: datetime | None = None) -> datetime | None:
    """When ``channel``'s next scheduled digest fires (in its timezone), or None without a schedule."""
    from newsbrief.bot.scheduler import channel_trigger

    trigger = channel_trigger(channel)
    if trigger is None:
        return None
    fire = trigger.get_next_fire_time(None, now or datetime.now(UTC))
    if fire is None or channel.schedule is None:
        return fire
    from zoneinfo import ZoneInfo

    return fire.astimezone(ZoneInfo(channel.schedule.timezone))


def _identity(adapter: Any) -> str:
    inner = getattr(adapter, "inner", adapter)
    for attr in ("bot_user_id", "user_id", "user"):
        value = getattr(inner, attr, None)
        if isinstance(value, str) and value:
            mode = getattr(inner, "mode", None)
            return f"{value} ({mode} mode)" if isinstance(mode, str) else value
    return "connected"


def _rooms(adapter: Any) -> list[str]:
    """Rooms the adapter's client has joined (Matrix), as their configured names where known."""
    inner = getattr(adapter, "inner", adapter)
    rooms = getattr(getattr(inner, "client", None), "rooms", None)
    if not isinstance(rooms, dict):
        return []
    targets = getattr(inner, "_targets", {})
    return sorted(str(targets.get(room_id, room_id)) for room_id in rooms)


async def startup_summary(app: Any, now: datetime | None = None) -> tuple[str, dict[str, Any]]:
    """``(text, data)``: one readable line, and the same facts as a dict (for JSON logs)."""
    platforms = {p: _identity(a) for p, a in sorted(app.adapters.items())}
    channels = []
    for ch in app.channels():
        nxt = next_digest_time(ch, now)
        channels.append(
            {
                "id": ch.id,
                "platform": ch.platform,
                "target": ch.target,
                "feeds": list(ch.feeds),
                "next_digest": nxt.isoformat(timespec="minutes") if nxt else None,
            }
        )
    rooms = {p: _rooms(a) for p, a in sorted(app.adapters.items()) if _rooms(a)}
    from newsbrief.bot.store.facade import AsyncStore

    feeds = await AsyncStore(app.store).list_feeds() if app.store is not None else []
    failing = sorted(f.id for f in feeds if f.consecutive_failures and not f.disabled)
    disabled = sorted(f.id for f in feeds if f.disabled)
    role = None
    if app.scheduler is not None:
        role = "leader" if app.scheduler.is_leader else "standby"
    monitor = getattr(app, "monitor", None)
    data: dict[str, Any] = {
        "store": redact_url(app.config.storage.url),
        "platforms": platforms,
        "channels": channels,
        "rooms": rooms,
        "feeds": len(feeds),
        "feeds_failing": failing,
        "feeds_disabled": disabled,
        "scheduler": role,
        "monitoring": f"http://{monitor.host}:{monitor.port}" if monitor is not None else None,
    }
    parts = [f"store {data['store']}"]
    parts.append("platforms: " + (", ".join(f"{p} as {who}" for p, who in platforms.items()) or "none"))
    chan_text = []
    for c in channels:
        when = f"next digest {c['next_digest']}" if c["next_digest"] else "no schedule"
        chan_text.append(f"{c['id']} ({c['platform']} {c['target']}, {len(c['feeds'])} feeds, {when})")
    parts.append("channels: " + ("; ".join(chan_text) or "none"))
    for p, names in rooms.items():
        parts.append(f"{p} rooms joined: {', '.join(names)}")
    feed_text = f"feeds: {len(feeds)}"
    if failing:
        feed_text += f", failing: {', '.join(failing)}"
    if disabled:
        feed_text += f", disabled: {', '.join(disabled)}"
    parts.append(feed_text)
    if role:
        parts.append(f"scheduler: {role}")
    if data["monitoring"]:
        parts.append(f"monitoring: {data['monitoring']}")
    return "newsbrief started: " + " | ".join(parts), data
