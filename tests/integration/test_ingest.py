"""Feed ingestion end to end: a loopback HTTP server, the real fetcher, feedparser, trafilatura,
the briefing engine and the store (SQLite and PostgreSQL).

The server plays every kind of feed a poller meets: RSS 2.0 with full text, Atom with teasers
whose pages must be fetched, a 301 move, 304-capable validators, 410, 503 with Retry-After,
malformed XML, a billion-laughs bomb, a gzip bomb, a body over the byte cap and a server too
slow for the deadline. Articles are short originals written for these tests.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsbrief.bot.config import FeedConfig
from newsbrief.bot.ingest.fetch import FetchPolicy, make_client
from newsbrief.bot.ingest.poller import FeedReport, Poller
from newsbrief.bot.retry_policy import RETRY_AFTER
from newsbrief.bot.store import Store
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.types import Article, Briefing, InputError
from tests.integration.feed_texts import AIR_STRIKE, RAIL_HT, TIMETABLE_HT, XML, rss
from tests.integration.http_server import LoopbackHTTPServer, Route
from tests.stores import raw_query

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
POLICY = FetchPolicy(
    allowed_networks=("127.0.0.0/8",),
    connect_timeout=1.0,
    read_timeout=1.0,
    deadline=1.5,
    max_bytes=256 * 1024,
    max_decompressed_bytes=1024 * 1024,
)

RAIL_VC_PAGE = """<!DOCTYPE html><html><head><title>Commuters stranded as train drivers strike</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>Commuters stranded as train drivers strike</h1>
<p>Platforms across Brenmoor stood empty on Monday as 4,300 drivers employed by Brenmoor Rail refused to take out their trains.</p>
<p>Dana Kessler, who leads the Union of Rail Operatives, told a rally outside the central station that a 6 per cent offer was an insult when living costs keep climbing. The union wants 14 per cent spread over two years.</p>
<p>Oskar Venn, the operator's chief executive, apologised to travellers and said managers were ready to meet union officials on Friday. Bus companies added extra coaches on the busiest routes.</p>
</article><footer>Valley Courier, all rights reserved</footer></body></html>"""


def _atom(page_url: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title><id>urn:vc</id>
<updated>2026-11-23T10:00:00Z</updated>
<entry><id>urn:vc:rail-2</id><title>Commuters stranded as train drivers strike</title>
<link href="{page_url}"/><published>2026-11-23T09:40:00Z</published>
<summary>Stations stood empty across Brenmoor on Monday.</summary></entry>
</feed>""".encode()


@functools.cache
def _bomb() -> bytes:
    """32 MiB of markup gzipped to 32 KiB (made once: compressing it takes half a second)."""
    return gzip.compress(b"<" + b"a" * (32 * 1024 * 1024), compresslevel=9)


def _huge() -> Iterator[bytes]:
    yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>'
    for _ in range(64):
        yield b"<!-- padding -->" * 1024


def _serve_feeds(server: LoopbackHTTPServer, version: str = "v1") -> dict[str, str]:
    """Route every kind of feed (``version`` goes into the ETags); returns feed id -> URL."""
    server.route(
        "/ht.xml",
        Route(
            body=rss(
                "Harbour Times",
                [
                    (
                        "ht-rail-1",
                        "Brenmoor rail drivers walk out over pay",
                        "https://harbour-times.example/rail",
                        RAIL_HT,
                    ),
                    (
                        "ht-tt-2",
                        "Brenmoor Rail publishes winter timetable",
                        "https://harbour-times.example/tt",
                        TIMETABLE_HT,
                    ),
                ],
            ),
            headers=XML,
            etag=f'"ht-{version}"',
        ),
    )
    server.route(
        "/vc/atom.xml", Route(body=_atom("/vc/commuters-stranded"), headers=XML, etag=f'"vc-{version}"')
    )
    server.route("/vc/commuters-stranded", Route.html(RAIL_VC_PAGE))
    server.route("/nw-old.xml", Route.redirect("/nw.xml", status=301))
    server.route(
        "/nw.xml",
        Route(
            body=rss(
                "Northern Wire",
                [("nw-9", "Air strike on Oskel market kills nine", "https://nw.example/oskel", AIR_STRIKE)],
            ),
            headers=XML,
            etag=f'"nw-{version}"',
        ),
    )
    server.route("/malformed.xml", Route(body=(DATA / "feed_malformed.xml").read_bytes(), headers=XML))
    server.route("/laughs.xml", Route(body=(DATA / "feed_billion_laughs.xml").read_bytes(), headers=XML))
    server.route("/huge.xml", Route(body=_huge, headers=XML, send_length=False))
    server.route("/slow.xml", Route(body=rss("Slow", []), headers=XML, delay=3.0))
    server.route("/bomb.xml", Route(body=_bomb(), headers={**XML, "Content-Encoding": "gzip"}))
    server.route("/gone.xml", Route(status=410, body=b"gone"))
    server.route("/busy.xml", Route(status=503, body=b"busy", headers={"Retry-After": "3600"}))
    paths = {
        "ht": "/ht.xml",
        "vc": "/vc/atom.xml",
        "nw": "/nw-old.xml",
        "malformed": "/malformed.xml",
        "laughs": "/laughs.xml",
        "huge": "/huge.xml",
        "slow": "/slow.xml",
        "bomb": "/bomb.xml",
        "gone": "/gone.xml",
        "busy": "/busy.xml",
    }
    return {fid: server.url(p) for fid, p in paths.items()}


def _feeds(urls: dict[str, str]) -> list[FeedConfig]:
    return [FeedConfig(id=fid, url=url, name=fid.upper()) for fid, url in urls.items()]


def _counts(url: str) -> dict[str, int]:
    tables = ("articles", "briefings", "stories", "story_changes", "article_sentences")
    return {t: int(raw_query(url, f"SELECT count(*) FROM {t}")[0][0]) for t in tables}  # type: ignore[call-overload]


def _by_id(reports: list[FeedReport]) -> dict[str, FeedReport]:
    return {r.feed_id: r for r in reports}


async def test_every_kind_of_feed_then_conditional_pass_then_reingest(
    loopback_server: LoopbackHTTPServer, store: Store, store_url: str, engine: BriefingEngine
) -> None:
    urls = _serve_feeds(loopback_server)
    progress: list[tuple[int, int, str]] = []
    client = make_client(POLICY)
    poller = Poller(
        store,
        engine,
        POLICY,
        _feeds(urls),
        client=client,
        progress=lambda d, n, r: progress.append((d, n, r.feed_id)),
    )
    try:
        first = await poller.poll_all(now=NOW)
        by_id = _by_id(first.feeds)
        assert {k for k, r in by_id.items() if r.status == "ok"} == {"ht", "vc", "nw"}
        assert by_id["gone"].status == "gone"
        failed = {k for k, r in by_id.items() if r.status == "failed"}
        assert failed == {"malformed", "laughs", "huge", "slow", "bomb", "busy"}
        assert sorted(d for d, _, _ in progress) == list(range(1, 11)) and {n for _, n, _ in progress} == {10}

        health = {h.id: h for h in store.list_feeds()}
        assert "DOCTYPE" in (health["laughs"].last_error or "")
        assert "malformed" in (health["malformed"].last_error or "")
        assert "cap" in (health["bomb"].last_error or "") and "cap" in (health["huge"].last_error or "")
        assert "deadline" in (health["slow"].last_error or "") or "timeout" in (
            health["slow"].last_error or ""
        )
        assert all(health[f].consecutive_failures == 1 for f in failed)
        busy_next = health["busy"].next_poll_at
        assert busy_next is not None and busy_next.replace(tzinfo=UTC) >= NOW + timedelta(seconds=3600)
        assert health["gone"].disabled
        assert health["nw"].url == loopback_server.url("/nw.xml")  # 301 followed and stored
        assert health["ht"].etag == '"ht-v1"'

        # 4 articles, all briefed and searchable; the two rail-strike reports are one story
        counts = _counts(store_url)
        assert counts["articles"] == 4 and counts["briefings"] == 4 and counts["article_sentences"] >= 12
        assert counts["stories"] == 3
        assert by_id["vc"].pages_fetched == 1
        vc_article = store.recent_articles(NOW - timedelta(days=3), feed_ids=["vc"])[0]
        assert "Dana Kessler" in vc_article.text and "all rights reserved" not in vc_article.text
        rail_story = store.get_story(vc_article.story_id or -1)
        assert rail_story is not None and len(rail_story.article_ids) == 2
        assert set(rail_story.feed_ids) == {"ht", "vc"}
        names = [a.name for a in rail_story.briefing.actors]
        assert len(names) == len(set(names)) and "Dana Kessler" in names
        assert len(rail_story.briefing.sources) == 2
        hits = store.search_sentences("Oskel market")
        assert hits and all("Oskel" in h.sentence or "market" in h.sentence for h in hits)

        # second pass: every healthy feed answers 304, nothing is written, no page refetched
        served_before = len(loopback_server.paths())
        second = await poller.poll_all(now=NOW + timedelta(hours=1), force=True)
        by_id = _by_id(second.feeds)
        assert {k for k, r in by_id.items() if r.status == "not_modified"} == {"ht", "vc", "nw"}
        assert by_id["gone"].status == "skipped"
        assert _counts(store_url) == counts
        new_requests = loopback_server.paths()[served_before:]
        assert "/vc/commuters-stranded" not in new_requests and "/gone.xml" not in new_requests
        assert "/nw.xml" in new_requests and "/nw-old.xml" not in new_requests  # polled at its new address
        conditional = [r for r in loopback_server.requests[served_before:] if r.path == "/ht.xml"]
        assert conditional[0].headers.get("if-none-match") == '"ht-v1"'

        # the same entries served again in full (new ETags): fetched and parsed, no new rows
        _serve_feeds(loopback_server, version="v2")
        third = await poller.poll_all(now=NOW + timedelta(hours=2), force=True)
        assert {r.feed_id for r in third.feeds if r.status == "ok"} == {"ht", "vc", "nw"}
        assert third.new_articles == 0 and third.changed_articles == 0 and third.briefed == 0
        assert _counts(store_url) == counts
        # a fresh poller (a restart) with the feeds served anew changes nothing either
        _serve_feeds(loopback_server, version="v3")
        restarted = Poller(store, engine, POLICY, _feeds(urls), client=client)
        fourth = await restarted.poll_all(now=NOW + timedelta(hours=3), force=True)
        await restarted.aclose()
        assert {r.feed_id for r in fourth.feeds if r.status == "ok"} == {"ht", "vc", "nw"}
        assert fourth.new_articles == 0 and _counts(store_url) == counts
        assert loopback_server.paths().count("/vc/commuters-stranded") == 1  # the page was never refetched
    finally:
        await poller.aclose()
        await client.aclose()


async def test_due_feeds_only_unless_forced(
    loopback_server: LoopbackHTTPServer, store: Store, engine: BriefingEngine
) -> None:
    urls = _serve_feeds(loopback_server)
    feeds = [FeedConfig(id="nw", url=urls["nw"], poll_minutes=30), FeedConfig(id="busy", url=urls["busy"])]
    async with Poller(store, engine, POLICY, feeds) as poller:
        await poller.poll_all(now=NOW)
        soon = _by_id((await poller.poll_all(now=NOW + timedelta(minutes=10))).feeds)
        assert soon["nw"].status == "skipped" and soon["busy"].status == "skipped"
        later = _by_id((await poller.poll_all(now=NOW + timedelta(minutes=31))).feeds)
        assert later["nw"].status == "not_modified"
        assert later["busy"].status == "skipped"  # still inside its Retry-After
        forced = _by_id((await poller.poll_all(now=NOW + timedelta(minutes=32), force=True)).feeds)
        assert forced["busy"].status == "failed"
        assert store.get_feed("busy").consecutive_failures == 2  # type: ignore[union-attr]


class CrashingEngine(BriefingEngine):
    """``engine``, failing from the n-th article on with an unexpected error, like a process dying
    mid-pass."""

    def __init__(self, engine: BriefingEngine, crash_on: int) -> None:
        super().__init__(engine.model, engine.summary_sentences)
        self.engine, self.crash_on, self.calls = engine, crash_on, 0

    def build_many(self, articles: Sequence[Article]) -> list[Briefing | InputError]:
        for _ in articles:
            self.calls += 1
            if self.calls >= self.crash_on:
                raise RuntimeError("worker died")
        return self.engine.build_many(articles)


async def test_crash_half_way_then_poll_again_completes_without_duplicates(
    loopback_server: LoopbackHTTPServer, store: Store, store_url: str, engine: BriefingEngine
) -> None:
    urls = _serve_feeds(loopback_server)
    feeds = [FeedConfig(id="ht", url=urls["ht"])]
    async with Poller(store, CrashingEngine(engine, crash_on=2), POLICY, feeds) as poller:
        report = await poller.poll_all(now=NOW)
    assert report.feeds[0].status == "failed" and "worker died" in (report.feeds[0].error or "")
    # the feed's articles are briefed as one batch: the crash loses the whole batch, none is saved
    assert _counts(store_url)["articles"] == 2 and _counts(store_url)["briefings"] == 0
    async with Poller(store, engine, POLICY, feeds) as poller:
        again = await poller.poll_all(now=NOW + timedelta(minutes=1), force=True)
    assert again.backlog_briefed == 2
    counts = _counts(store_url)
    assert counts["articles"] == 2 and counts["briefings"] == 2 and counts["stories"] == 2


class BatchRecordingEngine(BriefingEngine):
    """``engine``'s ``build_many``, recording batch sizes; one title cannot be briefed."""

    def __init__(self, engine: BriefingEngine, refuse_title: str) -> None:
        super().__init__(engine.model, engine.summary_sentences)
        self.engine, self.refuse_title, self.batches = engine, refuse_title, list[int]()

    def build_many(self, articles: Sequence[Article]) -> list[Briefing | InputError]:
        self.batches.append(len(articles))
        results = self.engine.build_many([a for a in articles if a.title != self.refuse_title])
        out: list[Briefing | InputError] = []
        for article in articles:
            out.append(InputError("refused") if article.title == self.refuse_title else results.pop(0))
        return out


async def test_feed_is_briefed_in_one_batch_and_one_bad_article_does_not_stop_it(
    loopback_server: LoopbackHTTPServer, store: Store, store_url: str, engine: BriefingEngine
) -> None:
    urls = _serve_feeds(loopback_server)
    recording = BatchRecordingEngine(engine, refuse_title="Brenmoor Rail publishes winter timetable")
    async with Poller(store, recording, POLICY, [FeedConfig(id="ht", url=urls["ht"])]) as poller:
        report = await poller.poll_all(now=NOW)
    feed = report.feeds[0]
    assert recording.batches == [2]
    assert (feed.status, feed.briefed, feed.brief_failures, feed.stories_created) == ("ok", 1, 1, 1)
    counts = _counts(store_url)
    assert counts["articles"] == 2 and counts["briefings"] == 1 and counts["stories"] == 1
    assert counts["article_sentences"] > 0
    assert store.search_sentences("drivers walk out pay")


# On SQLite only: the worker only briefs (the store is this process's), and saving and filing
# a batch of briefings are proved on both backends by the tests above.
@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
async def test_briefing_in_a_worker_process_gives_the_same_result(
    loopback_server: LoopbackHTTPServer, store: Store, store_url: str, engine: BriefingEngine
) -> None:
    urls = _serve_feeds(loopback_server)
    feeds = [FeedConfig(id="ht", url=urls["ht"]), FeedConfig(id="vc", url=urls["vc"])]
    with pytest.raises(ValueError, match="BriefingEngine"):
        Poller(store, CrashingEngine(engine, crash_on=9), POLICY, feeds, brief_processes=1)
    async with Poller(store, engine, POLICY, feeds, brief_processes=1) as poller:
        await poller.warm_up()
        report = await poller.poll_all(now=NOW)
    assert {r.status for r in report.feeds} == {"ok"} and report.briefed == 3
    assert report.timings.briefings == 3 and report.timings.brief > 0
    counts = _counts(store_url)
    assert counts["briefings"] == 3 and counts["stories"] == 2  # the rail walkout from two outlets
    assert counts["article_sentences"] > 0


async def test_bundled_package_feeds_read_from_disk_and_cluster_across_feeds(
    store: Store, store_url: str, engine: BriefingEngine
) -> None:
    feeds = [
        FeedConfig(id=name, url=f"package:newsbrief.bot/data/feeds/{name}.xml", name=name)
        for name in ("world", "business")
    ]
    # no client, no network: a fetch attempt would fail the feed (and nothing listens anyway)
    async with Poller(store, engine, FetchPolicy(), feeds) as poller:
        first = await poller.poll_all(now=NOW)
        assert {r.status for r in first.feeds} == {"ok"}
        assert first.timings.feed_fetches == 0
        counts = _counts(store_url)
        assert counts["articles"] == 4 and counts["briefings"] == 4
        # two outlets cover the same ceasefire: one story with both feeds
        stories = store.recent_stories(NOW - timedelta(days=30))
        assert any(set(s.feed_ids) == {"world", "business"} for s in stories)
        assert counts["stories"] == 3
        second = await poller.poll_all(now=NOW + timedelta(hours=1), force=True)
        assert {r.status for r in second.feeds} == {"not_modified"}
        assert _counts(store_url) == counts


async def test_filters_and_story_update_records_a_change(
    loopback_server: LoopbackHTTPServer, store: Store, engine: BriefingEngine
) -> None:
    urls = _serve_feeds(loopback_server)
    update = """<p>Brenmoor Rail cancelled 1,150 services on Tuesday as the walkout by 4,300 drivers entered its second day.</p>
<p>Dana Kessler of the Union of Rail Operatives said the union would not settle for less than 14 per cent. Chief executive Oskar Venn said the 6 per cent offer remained on the table.</p>
<p>Transport Minister Lena Holt said the government would appoint an independent mediator by Thursday if the two sides failed to agree.</p>"""
    loopback_server.route(
        "/md.xml",
        Route(
            body=rss(
                "Metro Daily",
                [
                    (
                        "md-3",
                        "Rail strike enters second day with 1,150 services cancelled",
                        "https://md.example/3",
                        update,
                    )
                ],
            ),
            headers=XML,
        ),
    )
    feeds = [
        FeedConfig(id="ht", url=urls["ht"], exclude=("timetable",)),
        FeedConfig(id="md", url=loopback_server.url("/md.xml")),
    ]
    async with Poller(store, engine, POLICY, feeds[:1]) as poller:
        report = await poller.poll_all(now=NOW)
    assert report.feeds[0].filtered == 1 and report.new_articles == 1
    async with Poller(store, engine, POLICY, feeds) as poller:
        report = await poller.poll_all(now=NOW + timedelta(hours=20))
    assert _by_id(report.feeds)["md"].stories_updated == 1
    story = store.recent_stories(NOW - timedelta(days=1))[0]
    assert len(story.article_ids) == 2 and story.version == 2
    changes = store.story_changes(story.id)
    assert any("1,150" in f["value"] for c in changes for f in c.what.get("new_figures", []))


async def test_article_links_to_private_addresses_are_refused_and_429_backs_off(
    loopback_server: LoopbackHTTPServer, store: Store, engine: BriefingEngine
) -> None:
    # The entry's page is on the cloud metadata address: refused at the address check, before any
    # connection; the entry is kept with its feed summary.
    loopback_server.route(
        "/ssrf.xml", Route(body=_atom("http://169.254.169.254/latest/meta-data/"), headers=XML)
    )
    loopback_server.route(
        "/limited.xml", Route(status=429, body=b"slow down", headers={"Retry-After": "120"})
    )
    feeds = [
        FeedConfig(id="ssrf", url=loopback_server.url("/ssrf.xml")),
        FeedConfig(id="limited", url=loopback_server.url("/limited.xml")),
    ]
    async with Poller(store, engine, POLICY, feeds) as poller:
        report = _by_id((await poller.poll_all(now=NOW)).feeds)
    assert report["ssrf"].status == "ok" and report["ssrf"].page_failures == 1
    assert report["ssrf"].pages_fetched == 0 and report["ssrf"].new_articles == 1
    stored = store.recent_articles(NOW - timedelta(days=3), feed_ids=["ssrf"])[0]
    assert stored.text == "Stations stood empty across Brenmoor on Monday."
    assert report["limited"].status == "failed"
    limited = store.get_feed("limited")
    assert limited is not None and limited.next_poll_at is not None
    assert limited.next_poll_at.replace(tzinfo=UTC) >= NOW + timedelta(minutes=5)
    assert all(r.path in ("/ssrf.xml", "/limited.xml") for r in loopback_server.requests)


PORTO_IT = """<p>Il consiglio comunale di Brenmoor ha approvato ieri sera il nuovo piano per il porto, che prevede la costruzione di due moli e di un terminal per i traghetti entro il 2028.</p>
<p>Secondo l'assessore ai trasporti, i lavori costeranno circa 40 milioni di euro e saranno finanziati in parte dalla regione. I pescatori della zona hanno chiesto garanzie sulle aree di pesca durante il cantiere.</p>
<p>La prima gara d'appalto sarà pubblicata il mese prossimo, mentre i cittadini potranno presentare osservazioni fino alla fine di gennaio.</p>"""


async def test_a_feed_article_not_in_english_is_skipped_with_the_one_line_reason(
    loopback_server: LoopbackHTTPServer, store: Store, store_url: str, engine: BriefingEngine
) -> None:
    loopback_server.route(
        "/mixed.xml",
        Route(
            body=rss(
                "Mixed Post",
                [
                    ("mx-it-1", "Approvato il piano per il porto", "https://mixed.example/porto", PORTO_IT),
                    (
                        "mx-en-2",
                        "Brenmoor rail drivers walk out over pay",
                        "https://mixed.example/rail",
                        RAIL_HT,
                    ),
                ],
            ),
            headers=XML,
        ),
    )
    feeds = [FeedConfig(id="mx", url=loopback_server.url("/mixed.xml"))]
    async with Poller(store, engine, POLICY, feeds) as poller:
        report = await poller.poll_all(now=NOW)
    feed = report.feeds[0]
    # both are stored; the English one is briefed (the positive control), the Italian one is skipped
    assert (feed.status, feed.new_articles, feed.briefed, feed.brief_failures) == ("ok", 2, 1, 0)
    assert [s.url for s in feed.skipped_articles] == ["https://mixed.example/porto"]
    reason = feed.skipped_articles[0].reason
    assert "English" in reason and "\n" not in reason
    counts = _counts(store_url)
    assert counts["articles"] == 2 and counts["briefings"] == 1 and counts["stories"] == 1
    assert store.search_sentences("drivers walk out pay")
    # a later pass does not try the skipped article again
    async with Poller(store, engine, POLICY, feeds) as poller:
        again = await poller.poll_all(now=NOW + timedelta(hours=2), force=True)
    assert again.feeds[0].briefed == 0 and again.briefed == 0


async def test_a_hostile_retry_after_parks_a_feed_for_a_week_at_most(
    store: Store, engine: BriefingEngine, loopback_server: LoopbackHTTPServer
) -> None:
    """A 429 whose Retry-After is thirty nines: recorded as that 429 and a week's wait (the
    policy's cap), not an overflow reported as an unexpected error with a plain back-off."""
    loopback_server.route("/limited.xml", Route(status=429, body=b"no", headers={"Retry-After": "9" * 30}))
    feed = FeedConfig(id="limited", url=loopback_server.url("/limited.xml"))
    async with Poller(store, engine, POLICY, [feed]) as poller:
        report = await poller.poll_feed(feed, now=NOW)
    assert report.status == "failed" and report.error is not None and "429" in report.error, report
    health = store.get_feed("limited")
    assert health is not None and health.next_poll_at is not None
    assert health.next_poll_reason == RETRY_AFTER
    when = health.next_poll_at
    assert (when if when.tzinfo else when.replace(tzinfo=UTC)) == NOW + timedelta(days=7)
