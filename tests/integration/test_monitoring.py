"""bot/monitoring.py over real HTTP on 127.0.0.1 (port 0), against a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from newsbrief.bot.adapters.base import DeliveryError
from newsbrief.bot.app import ThreadRecordingAdapter
from newsbrief.bot.config import parse_config
from newsbrief.bot.domain import ChannelRef
from newsbrief.bot.monitoring import Metrics, MonitoringServer, adapter_connected
from newsbrief.bot.store import Store
from tests.doubles import RecordingAdapter

CONFIG = """\
channels:
  - {id: news, platform: matrix, target: "!room:example.org"}
matrix:
  homeserver: https://matrix.example.org
  user_id: "@bot:example.org"
  access_token: secret
"""


@dataclass
class MatrixDouble(RecordingAdapter):
    """A Matrix-like adapter double: counts failed syncs as the real one does."""

    platform: str = "matrix"
    sync_failures: int = 0


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(f"sqlite:///{tmp_path / 'nb.db'}")
    s.upsert_feed("good", "https://a.example/feed", "Good")
    s.upsert_feed("bad", "https://b.example/feed", "Bad")
    s.upsert_feed("new", "https://c.example/feed", "New")
    s.record_fetch_success("good", None, None)
    s.record_fetch_failure("bad", "HTTP 503")
    return s


@pytest.fixture
async def served(store: Store) -> AsyncIterator[tuple[SimpleNamespace, Metrics, str]]:
    app = SimpleNamespace(
        config=parse_config(CONFIG), store=store, adapters={}, started=False, scheduler=None
    )
    metrics = Metrics("1.2.3")
    server = MonitoringServer(app, metrics, "127.0.0.1", 0)
    await server.start()
    assert server.port != 0
    try:
        yield app, metrics, f"http://127.0.0.1:{server.port}"
    finally:
        await server.stop()
        store.close()


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, await resp.text()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


async def test_healthz_answers_while_not_ready(served: tuple[SimpleNamespace, Metrics, str]) -> None:
    _, _, base = served
    status, body = await get(base + "/healthz")
    assert status == 200 and '"ok"' in body
    status, body = await get(base + "/readyz")
    assert status == 503
    assert '"not connected"' in body and '"not started"' in body


async def test_readyz_follows_platforms_scheduler_and_store(
    served: tuple[SimpleNamespace, Metrics, str],
) -> None:
    app, _, base = served
    adapter = MatrixDouble()
    app.adapters = {"matrix": adapter}
    app.started = True
    app.scheduler = SimpleNamespace(is_leader=False)
    status, body = await get(base + "/readyz")
    assert status == 200, body
    assert '"standby"' in body and '"connected"' in body and '"store": "ok"' in body

    adapter.sync_failures = 3  # Matrix syncs failing: not ready
    status, body = await get(base + "/readyz")
    assert status == 503 and '"disconnected"' in body

    adapter.sync_failures = 0
    app.scheduler.is_leader = True
    app.store = SimpleNamespace(get_kv=_unreachable)
    status, body = await get(base + "/readyz")
    assert status == 503 and "unreachable" in body and '"leader"' in body


def _unreachable(key: str) -> str:
    raise ConnectionRefusedError("database down")


async def test_metrics_in_prometheus_format(served: tuple[SimpleNamespace, Metrics, str]) -> None:
    app, metrics, base = served
    metrics.observe_ingest(SimpleNamespace(new_articles=7, briefed=6, failed=[object()]))
    metrics.answer_seconds.observe(0.2)
    metrics.briefing_seconds.observe(1.5)
    app.adapters = {"matrix": MatrixDouble()}
    app.started = True
    app.scheduler = SimpleNamespace(is_leader=True)
    status, text = await get(base + "/metrics")
    assert status == 200
    got = samples(text)
    assert got[("newsbrief_feeds", (("state", "ok"),))] == 1
    assert got[("newsbrief_feeds", (("state", "failing"),))] == 1
    assert got[("newsbrief_feeds", (("state", "not_fetched"),))] == 1
    assert got[("newsbrief_articles_ingested_total", ())] == 7
    assert got[("newsbrief_articles_briefed_total", ())] == 6
    assert got[("newsbrief_ingest_feed_failures_total", ())] == 1
    assert got[("newsbrief_answer_seconds_count", ())] == 1
    assert got[("newsbrief_answer_seconds_bucket", (("le", "0.25"),))] == 1
    assert got[("newsbrief_answer_seconds_bucket", (("le", "0.1"),))] == 0
    assert got[("newsbrief_briefing_seconds_sum", ())] == 1.5
    assert got[("newsbrief_platform_connected", (("platform", "matrix"),))] == 1
    assert got[("newsbrief_scheduler_leader", ())] == 1
    assert got[("newsbrief_deliveries_pending", ())] == 0
    assert got[("newsbrief_build_info", (("version", "1.2.3"),))] == 1


async def test_digest_results_and_platform_errors_are_counted(store: Store) -> None:
    metrics = Metrics()
    channel = ChannelRef("matrix", "!room:example.org")
    digest = SimpleNamespace(stories=[])
    ok = ThreadRecordingAdapter(MatrixDouble(), store, metrics)
    assert await ok.post_digest(channel, digest, "t1") == "ts-1"  # type: ignore[arg-type]
    limited = ThreadRecordingAdapter(
        MatrixDouble(errors=[DeliveryError("slow down", retry_after=3)]), store, metrics
    )
    with pytest.raises(DeliveryError):
        await limited.post_digest(channel, digest, "t2")  # type: ignore[arg-type]
    broken = ThreadRecordingAdapter(MatrixDouble(errors=[DeliveryError("M_FORBIDDEN")]), store, metrics)
    with pytest.raises(DeliveryError):
        await broken.post_digest(channel, digest, "t3")  # type: ignore[arg-type]
    got = samples(metrics.exposition().decode())
    assert got[("newsbrief_digests_total", (("platform", "matrix"), ("result", "sent")))] == 1
    assert got[("newsbrief_digests_total", (("platform", "matrix"), ("result", "failed")))] == 2
    errors = "newsbrief_platform_errors_total"
    assert got[(errors, (("kind", "rate_limited"), ("platform", "matrix")))] == 1
    assert got[(errors, (("kind", "send_failed"), ("platform", "matrix")))] == 1
    store.close()


def test_slack_adapter_is_connected_only_with_a_socket_or_listener() -> None:
    slack = SimpleNamespace(platform="slack", socket=None, http=None)
    assert not adapter_connected(slack)
    slack.socket = object()
    assert adapter_connected(slack)
