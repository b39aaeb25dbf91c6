"""A question answered over a store of 10,000 articles, the way the app answers it. Target: p95 <= 100 ms.

Seeds a temporary store through the real Store API (SQLite, and PostgreSQL too when it can be reached,
in a schema of its own that is dropped afterwards): 10,000 articles from 20 feeds published over the
last 14 days, 12 varied English-like sentences each, generated from a word list (names, places,
organisations, figures and verbs, so common words are common and rare ones rare, as in news). Each
article's sentences are indexed with ``Store.index_sentences`` and a small briefing (title, two
summary sentences, the sentences, a few actors and figures) saved with ``save_briefing``; on PostgreSQL
the tables are then vacuumed and analysed, as autovacuum keeps a running store (``settle``).

Then 200 generated questions (who / how many / what did X say / what next) are answered as
``NewsbriefApp.recent_briefings`` + ``NewsbriefApp.answer`` do for a channel that follows 10 of the
20 feeds: ``search_sentences(question, 30, now - 7 days, feed_ids)`` (again without ``since`` when
nothing matched), ``get_briefings`` for the first 5 distinct articles (one query), then the answer as the first
turn of a thread (``newsbrief.summarizers.qa.answer_in_conversation``, as ``NewsbriefApp.answer``) with the
spaCy pipeline loaded before timing. Printed per backend: p50 / p95 ms of the bare ``search_sentences``
call (the baseline, same questions, same process), of retrieval (search + briefings) and of the whole
answer; then, for another 200 questions, the answer from the first retrieved article alone (retrieval
not timed; target p95 <= 50 ms). Each is also printed as a ratio to the baseline (p50 and p95, wall
and CPU), the figure to compare between runs on a machine whose load varies.

Each figure is wall-clock time and, beside it, the CPU time of the answering thread: on a machine
shared with other work the wall-clock figures grow with the load (printed), the CPU figures much
less. On PostgreSQL the CPU figures leave out the server's own work.

Usage: .venv/bin/python benchmarks/bench_answer.py [--articles 10000] [--questions 200] [--no-pg]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsbrief.bot.store import Store  # noqa: E402
from newsbrief.summarizers.types import Actor, Briefing, Figure  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language

TARGET_P95_MS = 100.0
TARGET_ONE_P95_MS = 50.0
RECENT_NEWS = timedelta(days=7)  # as newsbrief.bot.app.RECENT_NEWS
SEARCH_LIMIT = 30
TOP_ARTICLES = 5
FEEDS = [f"feed{i:02d}" for i in range(20)]
CHANNEL_FEEDS = FEEDS[:10]
PG_URL = os.environ.get("NEWSBRIEF_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def words(text: str) -> list[str]:
    return text.split()


FIRST = words(
    "Maria Anders Ines Janet Tomas Lena Omar Priya Jonas Clara Mateo Yuki Farid Greta Pavel Amara Luis Nadia "
    "Ravi Sofia Karl Mei Diego Hana Viktor Leila Bruno Aiko Samuel Elif"
)
LAST = words(
    "Lopez Berg Varga Ormond Novak Duarte Haddad Sharma Keller Moreau Rossi Tanaka Nguyen Okafor Petrov "
    "Silva Fischer Kowalski Mensah Larsen Costa Ibrahim Jansen Horvat Dubois Weber Santos Yilmaz Murphy Sato"
)
PLACES = words(
    "Riverton Eastbrook Norhaven Calder Westmoor Ashford Belmont Corran Dunmore Elston Fairhaven Glenrock "
    "Harlow Inverdale Kestrel Lowmarsh Millbrook Northgate Oakridge Pinecrest Queensbury Redcliff Stonebridge "
    "Thornbury Upton Valebrook Whitmore Yarrow Zennor Brackley"
)
ORGS = words(
    "council ministry union court parliament senate agency commission board committee police hospital "
    "university regulator airline railway utility bank fund coalition"
)
ROLES = words("mayor minister governor spokesperson chair director president chief leader secretary")
NOUNS = words(
    "budget flood storm bridge school hospital road railway strike election vote tax rent wage price "
    "harbour factory mine forest river dam reservoir pipeline tunnel airport station ferry market festival "
    "stadium library clinic vaccine outbreak drought harvest wildfire earthquake landslide protest treaty "
    "reform inquiry audit contract loan grant subsidy tariff pension benefit housing shelter curfew"
)
VERBS = words(
    "approved rejected announced delayed cancelled expanded reduced funded opened closed reviewed "
    "suspended restored extended blocked signed proposed investigated repaired inspected evacuated "
    "rebuilt challenged criticised welcomed defended postponed confirmed denied questioned"
)
ADJ = words(
    "new emergency regional national local temporary annual major minor public private urgent disputed "
    "long-awaited controversial costly delayed planned revised independent"
)
UNITS = words("people homes families workers jobs kilometres hectares tonnes euros dollars patients students")
DAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
WHEN = ("next week", "in March", "by the end of the year", "on Friday", "within a month", "in the spring")


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def sentence(rng: random.Random, who: str, place: str, topic: str) -> str:
    n = rng.choice([3, 12, 40, 150, 1200, 4000, 25000])
    shapes: list[Callable[[], str]] = [
        lambda: (
            f"The {rng.choice(ADJ)} {topic} in {place} was {rng.choice(VERBS)} by the {rng.choice(ORGS)} on {rng.choice(DAYS)}."
        ),
        lambda: f"At least {n} {rng.choice(UNITS)} were affected by the {topic}, {who} said.",
        lambda: (
            f"{who}, the {rng.choice(ROLES)} of {place}, {rng.choice(VERBS)} the {rng.choice(NOUNS)} plan."
        ),
        lambda: (
            f"The {rng.choice(ORGS)} said it {rng.choice(VERBS)} {n} {rng.choice(UNITS)} worth of {rng.choice(NOUNS)} aid."
        ),
        lambda: f"A vote on the {topic} is expected {rng.choice(WHEN)}, according to the {rng.choice(ORGS)}.",
        lambda: (
            f'"We will not accept a {rng.choice(ADJ)} {rng.choice(NOUNS)}," {who} told reporters in {place}.'
        ),
        lambda: (
            f"Critics in {rng.choice(PLACES)} {rng.choice(VERBS)} the {rng.choice(ADJ)} {topic} as {rng.choice(ADJ)}."
        ),
        lambda: f"The {rng.choice(ORGS)} will meet {rng.choice(WHEN)} to decide on the {rng.choice(NOUNS)}.",
        lambda: (
            f"Officials {rng.choice(VERBS)} a {rng.choice(ADJ)} {rng.choice(NOUNS)} after the {topic} hit {place}."
        ),
    ]
    return rng.choice(shapes)()


@dataclass(frozen=True)
class Generated:
    title: str
    sentences: list[str]
    briefing: Briefing


def article(rng: random.Random, i: int) -> Generated:
    who, place, topic = name(rng), rng.choice(PLACES), rng.choice(NOUNS)
    sents = [sentence(rng, who, place, topic) for _ in range(12)]
    title = f"{place} {topic}: {who} {rng.choice(VERBS)} {rng.choice(ADJ)} {rng.choice(NOUNS)}"
    b = Briefing(
        title=title,
        summary=tuple(sents[:2]),
        actors=(Actor(name=who, role=rng.choice(ROLES), kind="PERSON", mentions=2, sentence=sents[0]),),
        figures=(Figure(value="12", context=rng.choice(UNITS), sentence=sents[1]),),
        sources=(FEEDS[i % len(FEEDS)],),
        article_ids=(str(i),),
        sentences=tuple(sents),
    )
    return Generated(title, sents, b)


def question(rng: random.Random) -> str:
    shapes: list[Callable[[], str]] = [
        lambda: f"Who is the {rng.choice(ROLES)} of {rng.choice(PLACES)}?",
        lambda: f"How many {rng.choice(UNITS)} were affected by the {rng.choice(NOUNS)}?",
        lambda: f"What did {name(rng)} say about the {rng.choice(NOUNS)}?",
        lambda: f"What happens next with the {rng.choice(NOUNS)} in {rng.choice(PLACES)}?",
        lambda: f"Why did the {rng.choice(ORGS)} {rng.choice(VERBS)[:-1]} the {rng.choice(NOUNS)}?",
        lambda: f"When is the vote on the {rng.choice(ADJ)} {rng.choice(NOUNS)}?",
    ]
    return rng.choice(shapes)()


def seed(store: Store, n: int, now: datetime) -> None:
    """The articles, generated in order (same text on every run), written by 4 threads (the store
    is shared by threads as in the app; on PostgreSQL this overlaps the commits' waits)."""
    rng = random.Random(7)
    jobs = [(i, article(rng, i), now - timedelta(minutes=rng.randrange(14 * 24 * 60))) for i in range(n)]

    def write(job: tuple[int, Generated, datetime]) -> None:
        i, g, published = job
        feed = FEEDS[i % len(FEEDS)]
        aid = store.upsert_article(
            feed,
            f"g{i}",
            f"https://example.org/{i}",
            g.title,
            " ".join(g.sentences),
            published,
            feed,
            now=published,
        ).article_id
        store.index_sentences(aid, g.sentences)
        store.save_briefing(aid, g.briefing, now=published)

    with ThreadPoolExecutor(4) as pool:
        for done, _ in enumerate(pool.map(write, jobs), 1):
            if done % 2000 == 0:
                print(f"  {done} articles", flush=True)


def retrieve(store: Store, q: str, now: datetime) -> list[Briefing]:
    """``NewsbriefApp.recent_briefings``, synchronously."""
    hits = store.search_sentences(q, SEARCH_LIMIT, now - RECENT_NEWS, CHANNEL_FEEDS)
    if not hits:
        hits = store.search_sentences(q, SEARCH_LIMIT, None, CHANNEL_FEEDS)
    seen = list(dict.fromkeys(h.article_id for h in hits))[:TOP_ARTICLES]
    found = store.get_briefings(seen)  # one query, as NewsbriefApp._briefings
    return [found[a] for a in seen if a in found]


def settle(url: str) -> None:
    """What autovacuum has long done to a store that took 14 days to fill: PostgreSQL's statistics
    and visibility map (``VACUUM ANALYZE``). Without them the planner sees a just-loaded table as
    tiny, and no index-only scan can skip the heap, so the timing would be of a state no running
    store is in. SQLite keeps no such state: nothing to do."""
    if not url.startswith("postgresql"):
        return
    import psycopg

    schema = url.rsplit("search_path%3D", 1)[1]
    with psycopg.connect(PG_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f"VACUUM ANALYZE {schema}.articles")
        conn.execute(f"VACUUM ANALYZE {schema}.article_sentences")
        conn.execute(f"VACUUM ANALYZE {schema}.briefings")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


class Timer:
    """Wall-clock and thread CPU seconds of each timed call, kept apart."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    @contextmanager
    def timed(self) -> Iterator[None]:
        w, c = time.perf_counter(), time.thread_time()
        yield
        self.wall.append(time.perf_counter() - w)
        self.cpu.append(time.thread_time() - c)

    def ratios(self, other: Timer) -> str:
        """``other``'s p50 and p95, wall and CPU, each as a multiple of this (baseline) timer's."""
        parts = []
        for kind, mine, theirs in (("wall", self.wall, other.wall), ("cpu", self.cpu, other.cpu)):
            parts += [f"{kind} p{p} {pct(theirs, p) / max(pct(mine, p), 1e-9):.2f}x" for p in (50, 95)]
        return ", ".join(parts)

    def line(self, name_: str) -> str:
        return (
            f"  {name_}: p50 {pct(self.wall, 50):6.1f} ms  p95 {pct(self.wall, 95):6.1f} ms"
            f"   (cpu p50 {pct(self.cpu, 50):6.1f} ms  p95 {pct(self.cpu, 95):6.1f} ms)"
        )


def run_backend(label: str, url: str, args: argparse.Namespace, nlp: Language) -> bool:
    from newsbrief.summarizers.qa import ConversationState, answer_in_conversation

    def answer(q: str, briefings: list[Briefing]) -> bool:
        return answer_in_conversation(q, briefings, ConversationState(), nlp)[0].answered

    now = datetime.now(UTC)
    store = Store.open(url)
    try:
        t0 = time.perf_counter()
        seed(store, args.articles, now)
        settle(url)
        print(f"{label}: seeded {args.articles} articles in {time.perf_counter() - t0:.1f} s")
        rng = random.Random(11)
        questions = [question(rng) for _ in range(args.questions)]
        for q in questions[:10]:  # warm caches and the statement cache
            answer(q, retrieve(store, q, now))
        base, fetch, full, one = Timer(), Timer(), Timer(), Timer()
        answered = 0
        for q in questions:
            with base.timed():
                store.search_sentences(q, SEARCH_LIMIT, now - RECENT_NEWS, CHANNEL_FEEDS)
            with full.timed():
                with fetch.timed():
                    briefings = retrieve(store, q, now)
                answered += answer(q, briefings)
        # one article: other questions, so mostly articles not read above (nothing of them cached)
        for q in [question(rng) for _ in range(args.questions)]:
            briefings = retrieve(store, q, now)
            if briefings:
                with one.timed():
                    answer(q, briefings[:1])
    finally:
        store.close()
    print(f"{label}: {len(questions)} questions, {answered} answered; load average {_load()}")
    print(base.line("baseline  search_sentences only"))
    print(fetch.line("retrieval search + 5 briefings "))
    print(full.line("answer    retrieval + qa       "))
    print(one.line("one article qa only            "))
    for name_, timer in (("retrieval", fetch), ("answer", full), ("one article", one)):
        print(f"  {name_} / baseline: {base.ratios(timer)}")
    p95, one_p95 = pct(full.wall, 95), pct(one.wall, 95)
    ok = p95 <= TARGET_P95_MS and one_p95 <= TARGET_ONE_P95_MS
    print(
        f"  target p95 <= {TARGET_P95_MS:.0f} ms: "
        f"{'OK' if p95 <= TARGET_P95_MS else 'OVER TARGET'} ({p95:.1f} ms); one article <= "
        f"{TARGET_ONE_P95_MS:.0f} ms: {'OK' if one_p95 <= TARGET_ONE_P95_MS else 'OVER TARGET'} ({one_p95:.1f} ms)"
    )
    return ok


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cpus"
    except OSError:
        return "unknown"


@contextmanager
def pg_schema_url() -> Iterator[str | None]:
    """A PostgreSQL URL in a fresh schema (dropped afterwards), or None when PostgreSQL is unreachable."""
    try:
        import psycopg

        conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
        schema = f"bench_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
    except Exception as exc:
        print(f"postgresql: not reachable ({exc}); skipped")
        yield None
        return
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--questions", type=int, default=200)
    p.add_argument("--no-pg", action="store_true", help="SQLite only")
    p.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = p.parse_args()

    from newsbrief.summarizers.nlp import DEFAULT_MODEL, load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline(DEFAULT_MODEL)
    print(f"spaCy {DEFAULT_MODEL} loaded in {time.perf_counter() - t0:.1f} s (not timed below)")
    ok = True
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            ok &= run_backend("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}", args, nlp)
    if not args.no_pg:
        with pg_schema_url() as url:
            if url is not None:
                ok &= run_backend("postgresql", url, args, nlp)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
