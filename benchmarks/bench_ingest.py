"""Feed ingestion speed and memory: many feeds from a loopback HTTP server into a fresh store.

Usage:
    python benchmarks/bench_ingest.py [--feeds 200] [--entries 20] [--store-url URL]
                                      [--baseline-sample 200] [--teaser-every 4]
                                      [--store-threads 1] [--brief-processes 0]

Every feed gets its own host name (``feed17.bench.test``), resolved to 127.0.0.1 by the
client's test resolver, so the per-host concurrency limit applies as it would to real feeds;
nothing leaves the loopback interface. Articles are generated from a few English templates
with made-up names and numbers; feeds come in pairs that report the same events in different
words, so clustering has real work. Every ``--teaser-every``-th entry carries only a teaser and
its page is fetched and extracted.

Passes, one process:

    first      full ingest of every feed (fetch, parse, extract, brief, store, cluster)
    second     conditional pass: every feed answers 304 (target <= 2 s for 200 feeds)
    third      another 304 pass, to show memory staying flat

For each: wall time, articles/s, the share of stage time in fetch / parse / extract / brief /
store / cluster (stage times are summed over concurrent tasks), and RSS before and after.

Baselines in the same process: ``brief only`` times ``BriefingEngine.build`` alone over a
sample of the same articles (no I/O), in batches of ``--entries`` through ``build_many`` as the
poller briefs a feed (``build`` one by one is printed beside it), and ``fetch only`` GETs every
feed once with the same client and nothing else. The first pass's overhead over briefing is
``(wall - articles x batched brief cost per article) / wall`` (target <= 20%): the share of the
wall time not explained by briefing alone. Stage seconds are not used for it: they are summed
over concurrent tasks and threads and include waits for the GIL, so they overstate every stage.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import ipaddress
import multiprocessing
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path

from newsbrief.bot.config import FeedConfig

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsbrief.bot.ingest.fetch import FetchPolicy, IPAddress, fetch, make_client  # noqa: E402
from newsbrief.bot.ingest.poller import Poller, PollReport  # noqa: E402
from newsbrief.bot.store import Store  # noqa: E402
from newsbrief.summarizers.briefing import BriefingEngine  # noqa: E402
from newsbrief.summarizers.types import Article, InputError  # noqa: E402
from tests.integration.http_server import LoopbackHTTPServer, Route  # noqa: E402

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
LOOPBACK = ipaddress.ip_address("127.0.0.1")

# --------------------------------------------------------------------------- articles

_SYLLABLES = tuple(
    [
        "ka",
        "lor",
        "ven",
        "mar",
        "tis",
        "bren",
        "dal",
        "os",
        "ru",
        "fen",
        "ha",
        "mi",
        "sol",
        "vor",
        "ta",
        "ne",
        "gri",
        "lun",
        "pe",
        "dor",
    ]
)
_FIRST = tuple(
    [
        "Ana",
        "Boris",
        "Clara",
        "Dmitri",
        "Elin",
        "Farid",
        "Greta",
        "Hugo",
        "Ines",
        "Jonas",
        "Kira",
        "Lukas",
        "Mira",
        "Nils",
        "Olga",
        "Pavel",
    ]
)


def _name(seed: int, slot: int) -> str:
    """A made-up word unique to (event, slot): the number written in syllables, so two events
    never share a name by chance (shared names are what clustering keys on)."""
    n = seed * 5 + slot
    parts = []
    while True:
        n, digit = divmod(n, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
        if n == 0 and len(parts) >= 2:
            break
    return "".join(parts).capitalize()


@dataclass(frozen=True)
class Event:
    kind: int
    place: str
    org: str
    union: str
    person: str
    official: str
    n1: int
    n2: int
    pct: int
    day: str


def _event(seed: int) -> Event:
    rng = random.Random(seed)
    return Event(
        kind=seed % 3,
        place=_name(seed, 0),
        org=f"{_name(seed, 1)} {rng.choice(['Rail', 'Energy', 'Water', 'Steel', 'Telecom'])}",
        union=f"{_name(seed, 2)} Workers Union",
        person=f"{rng.choice(_FIRST)} {_name(seed, 3)}",
        official=f"{rng.choice(_FIRST)} {_name(seed, 4)}",
        n1=rng.randrange(1_200, 48_000),
        n2=rng.randrange(30, 900),
        pct=rng.randrange(3, 19),
        day=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    )


def _paragraphs(e: Event, wording: int) -> tuple[str, list[str]]:
    """Title and paragraphs of one report on ``e``; ``wording`` 0 or 1 picks the outlet's words."""
    n1 = f"{e.n1:,}"
    if e.kind == 0:
        if wording == 0:
            return f"{e.org} staff walk out in {e.place}", [
                f"About {n1} employees of {e.org} stopped work in {e.place} on {e.day} after talks over pay broke down late the night before.",
                f"The {e.union} wants a {e.pct} per cent rise. Its leader, {e.person}, said members had waited long enough for a fair offer.",
                f"{e.org} said {e.n2} services had been cancelled and promised to return to talks within a week. Regional minister {e.official} urged both sides to settle.",
            ]
        return f"Strike at {e.org} halts services across {e.place}", [
            f"Services across {e.place} came to a standstill on {e.day} as {n1} workers at {e.org} joined the strike called by the {e.union}.",
            f"{e.person}, who leads the union, told a crowd outside the head office that a {e.pct} per cent increase was the least members would accept.",
            f"The company cancelled {e.n2} services. {e.official}, the regional minister, said the government would offer a mediator if talks did not resume soon.",
        ]
    if e.kind == 1:
        if wording == 0:
            return f"Floods force {n1} from homes in {e.place}", [
                f"Heavy rain flooded large parts of {e.place} on {e.day}, forcing about {n1} people from their homes and closing {e.n2} roads.",
                f"Emergency coordinator {e.person} said the river had risen {e.pct} metres in a day. {e.org} cut power to flooded districts as a precaution.",
                f"Governor {e.official} said the region would ask for national help and that schools would stay shut until the water receded.",
            ]
        return f"{e.place} under water as river bursts its banks", [
            f"The river burst its banks in {e.place} on {e.day}, and {n1} residents were moved to shelters as water covered {e.n2} roads.",
            f"{e.person}, who coordinates the emergency services, said the level climbed {e.pct} metres in twenty-four hours, while {e.org} switched off electricity in the worst-hit streets.",
            f"{e.official}, the governor, plans to request national assistance; classes will remain cancelled for the rest of the week.",
        ]
    if wording == 0:
        return f"{e.org} to buy rival for {n1} million euros", [
            f"{e.org} agreed on {e.day} to buy a smaller rival based in {e.place} for {n1} million euros, its largest deal in a decade.",
            f"Chief executive {e.person} said the purchase would add {e.n2} stores and lift sales by {e.pct} per cent within two years.",
            f"The deal still needs approval from competition regulators. Competition commissioner {e.official} said the authority would review it closely.",
        ]
    return f"{e.org} strikes {n1} million euro takeover deal", [
        f"In its biggest acquisition in ten years, {e.org} will pay {n1} million euros for a rival from {e.place}, the company said on {e.day}.",
        f"The takeover brings {e.n2} more stores, and {e.person}, the chief executive, expects a {e.pct} per cent rise in sales.",
        f"Regulators must still approve the purchase; {e.official}, the competition commissioner, promised a careful review.",
    ]


@dataclass(frozen=True)
class Entry:
    guid: str
    title: str
    paragraphs: list[str]
    teaser: bool
    page_path: str


def build_site(feeds: int, entries: int, teaser_every: int) -> dict[int, list[Entry]]:
    site: dict[int, list[Entry]] = {}
    for f in range(feeds):
        items = []
        for j in range(entries):
            event = _event((f // 2) * 10_000 + j)
            title, paras = _paragraphs(event, f % 2)
            teaser = teaser_every > 0 and j % teaser_every == teaser_every - 1
            items.append(Entry(f"f{f}-e{j}", title, paras, teaser, f"/p/{f}/{j}"))
        site[f] = items
    return site


def _rss(f: int, items: Sequence[Entry], base: str) -> bytes:
    out = []
    for j, e in enumerate(items):
        when = (NOW - timedelta(minutes=10 * j + f)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        content = (
            ""
            if e.teaser
            else "<content:encoded><![CDATA["
            + "".join(f"<p>{p}</p>" for p in e.paragraphs)
            + "]]></content:encoded>"
        )
        out.append(
            f'<item><guid isPermaLink="false">{e.guid}</guid><title>{e.title}</title>'
            f"<link>{base}{e.page_path}</link><pubDate>{when}</pubDate>"
            f"<description>{e.paragraphs[0][:120]}</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Bench feed {f}</title><link>{base}/</link>{''.join(out)}</channel></rss>"
    ).encode()


def _page(e: Entry) -> str:
    body = "".join(f"<p>{p}</p>" for p in e.paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{e.title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{e.title}</h1>{body}</article><footer>Bench Media</footer></body></html>"
    )


# --------------------------------------------------------------------------- measuring


def rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def print_pass(name: str, report: PollReport, before: float, after: float) -> None:
    t = report.timings
    articles = report.new_articles + report.changed_articles
    rate = articles / report.elapsed if report.elapsed else 0.0
    shares = " ".join(f"{k} {v * 100:4.1f}%" for k, v in t.shares().items())
    print(
        f"{name:<8} wall {report.elapsed:7.2f}s  articles {articles:5d} ({rate:6.1f}/s)  "
        f"ok {report.count('ok')} 304 {report.count('not_modified')} failed {report.count('failed')}  "
        f"feed fetches {t.feed_fetches} pages {t.page_fetches} briefs {t.briefings}"
    )
    print(f"         stage shares: {shares}")
    stage_s = " ".join(f"{k} {getattr(t, k):.2f}s" for k in t.STAGES)
    print(f"         stage seconds (summed over tasks): {stage_s}")
    print(f"         RSS {before:.0f} MiB -> {after:.0f} MiB")


async def main_async(args: argparse.Namespace) -> None:
    site = build_site(args.feeds, args.entries, args.teaser_every)
    policy = FetchPolicy(allowed_networks=("127.0.0.0/8",), connect_timeout=5, read_timeout=10, deadline=30)

    ctx = multiprocessing.get_context("spawn")
    parent_end, child_end = ctx.Pipe()
    server_process = ctx.Process(
        target=serve_site, args=(args.feeds, args.entries, args.teaser_every, child_end), daemon=True
    )
    server_process.start()
    port = int(parent_end.recv())
    try:
        await run_benchmark(args, site, policy, port)
    finally:
        parent_end.send("stop")
        server_process.join(timeout=10)


def serve_site(feeds: int, entries: int, teaser_every: int, conn: Connection) -> None:
    """Child process: serve every feed and page until told to stop (keeps the server's threads
    off the benchmark's GIL)."""
    site = build_site(feeds, entries, teaser_every)
    with LoopbackHTTPServer() as server:
        port = server.port
        for f, items in site.items():
            base = f"http://feed{f}.bench.test:{port}"
            server.route(
                f"/feed{f}.xml",
                Route(
                    body=_rss(f, items, base), headers={"Content-Type": "application/rss+xml"}, etag=f'"f{f}"'
                ),
            )
            for e in items:  # every entry has its page, as on a real site
                server.route(e.page_path, Route.html(_page(e)))
        conn.send(port)
        conn.recv()


async def run_benchmark(
    args: argparse.Namespace, site: dict[int, list[Entry]], policy: FetchPolicy, port: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:

        async def resolver(host: str, port: int) -> list[IPAddress]:
            if host.endswith(".bench.test"):
                return [LOOPBACK]
            raise OSError(f"benchmark resolver knows only *.bench.test, not {host}")

        client = make_client(policy, resolver=resolver)
        feeds = [
            FeedConfig(id=f"feed{f}", url=f"http://feed{f}.bench.test:{port}/feed{f}.xml", name=f"Bench {f}")
            for f in site
        ]
        store_url = args.store_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        store = Store.open(store_url)
        engine = BriefingEngine()
        t0 = time.perf_counter()
        _ = engine.nlp
        print(
            f"model load {time.perf_counter() - t0:.2f}s; {len(feeds)} feeds x {args.entries} entries; store {store_url.split(':', 1)[0]}"
        )

        # baseline: fetch only
        t0 = time.perf_counter()
        sem = asyncio.Semaphore(8)

        async def get(url: str) -> int:
            async with sem:
                return len((await fetch(url, policy, client=client)).body)

        sizes = await asyncio.gather(*(get(f.url) for f in feeds))
        fetch_only = time.perf_counter() - t0
        print(f"baseline fetch only: {len(feeds)} feeds, {sum(sizes) / 1e6:.1f} MB in {fetch_only:.2f}s")

        # baseline: brief only, on a sample of the same articles, the way the poller briefs them
        # (build_many over one feed's entries at a time); build() one by one is shown for reference
        sample = [e for items in site.values() for e in items][: args.baseline_sample]
        sample_articles = [Article(id=e.guid, title=e.title, text="\n\n".join(e.paragraphs)) for e in sample]
        engine.build(sample_articles[0])  # warm-up
        t0 = time.perf_counter()
        briefed = 0
        for a in sample_articles:
            try:
                engine.build(a)
                briefed += 1
            except InputError:
                pass
        one_by_one = (time.perf_counter() - t0) / max(len(sample), 1)
        t0 = time.perf_counter()
        batched = 0
        for start in range(0, len(sample_articles), args.entries):
            results = engine.build_many(sample_articles[start : start + args.entries])
            batched += sum(1 for r in results if not isinstance(r, InputError))
        per_article = (time.perf_counter() - t0) / max(len(sample), 1)
        print(
            f"baseline brief only: {batched}/{len(sample)} articles, {per_article * 1000:.1f} ms per article "
            f"in batches of {args.entries} (build_many, as the poller does); "
            f"{one_by_one * 1000:.1f} ms one by one (build)"
        )

        poller = Poller(
            store,
            engine,
            policy,
            feeds,
            client=client,
            concurrency_per_host=2,
            total_concurrency=8,
            store_threads=args.store_threads,
            brief_processes=args.brief_processes,
        )
        t0 = time.perf_counter()
        await poller.warm_up()  # briefing processes started and their model loaded, outside the timing
        if args.brief_processes:
            print(f"{args.brief_processes} briefing process(es) ready in {time.perf_counter() - t0:.2f}s")
        gc.collect()
        before = rss_mib()
        first = await poller.poll_all(now=NOW, force=True)
        after_first = rss_mib()
        print_pass("first", first, before, after_first)
        articles = first.new_articles + first.changed_articles
        overhead = (first.elapsed - articles * per_article) / first.elapsed if first.elapsed else 0.0
        print(
            f"         stories {sum(r.stories_created for r in first.feeds)} created, "
            f"{sum(r.stories_updated for r in first.feeds)} updated; overhead over briefing "
            f"{overhead * 100:.1f}% (target <= 20%)"
        )
        gc.collect()
        before = rss_mib()
        second = await poller.poll_all(now=NOW + timedelta(hours=1), force=True)
        print_pass("second", second, before, rss_mib())
        print(
            f"         target: all 304 in <= 2 s -> {'met' if second.elapsed <= 2 and second.count('not_modified') == len(feeds) else 'NOT met'}"
        )
        gc.collect()
        before = rss_mib()
        third = await poller.poll_all(now=NOW + timedelta(hours=2), force=True)
        print_pass("third", third, before, rss_mib())
        await poller.aclose()
        await client.aclose()
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument(
        "--teaser-every", type=int, default=4, help="every n-th entry needs its page fetched (0: none)"
    )
    parser.add_argument(
        "--baseline-sample", type=int, default=200, help="articles briefed alone for the baseline"
    )
    parser.add_argument("--store-threads", type=int, default=1, help="Poller store_threads")
    parser.add_argument(
        "--brief-processes", type=int, default=0, help="Poller brief_processes (0: brief in a thread)"
    )
    parser.add_argument("--store-url", default="", help="default: SQLite in a temporary folder")
    args = parser.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
