"""Nothing is lost when ``newsbrief ingest`` dies: SIGKILL (or SIGTERM) at many points of a real ingest over
loopback feeds, run it again, and every article ends in exactly one story, the same partition a
clean run makes (SQLite and PostgreSQL).

Each run is the real command line in a process of its own (``tests.integration.cli_process``,
forked from a warm server); the crashing one has one store method wrapped to SIGKILL the
process right after that write commits. Articles are short originals written for
these tests: five events, three of them reported by two outlets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.cli_process import Completed, loopback_config, newsbrief
from tests.integration.feed_texts import AIR_STRIKE, RAIL_HT, TIMETABLE_HT, XML, rss
from tests.integration.http_server import LoopbackHTTPServer, Route
from tests.stores import raw_query

RAIL_2 = """<p>Platforms across Brenmoor stood empty on Monday as 4,300 drivers employed by Brenmoor Rail refused to take out their trains.</p>
<p>Dana Kessler, who leads the Union of Rail Operatives, told a rally outside the central station that a 6 per cent offer was an insult when living costs keep climbing. The union wants 14 per cent spread over two years.</p>
<p>Oskar Venn, the operator's chief executive, apologised to travellers and said managers were ready to meet union officials on Friday.</p>"""
AIR_2 = """<p>Nine civilians died and 31 were hurt when an air strike hit the market in Oskel on Monday morning, the regional health office said.</p>
<p>The Tarvian Defence Ministry insisted that its jets had struck a weapons depot on the edge of Oskel and that no bombs fell on the market.</p>
<p>Marta Lind, the United Nations envoy, demanded an independent investigation and said she would visit Oskel this week.</p>"""
STORM = """<p>Storm Hedda brought winds of 120 kilometres an hour to the coast of Lindmark on Monday night, cutting power to 62,000 homes.</p>
<p>The national weather agency said rivers in the Orvel valley could burst their banks by Wednesday and urged 3,000 residents to prepare to leave.</p>
<p>Grid operator Voltra said crews would restore most supplies within two days.</p>"""
BUDGET_1 = """<p>The parliament of Estavia approved a budget of 48 billion crowns on Monday after a vote of 112 to 97, ending weeks of talks between the coalition parties.</p>
<p>Finance Minister Petra Holm said the plan would raise pensions by 3 per cent and cut the deficit to 2.1 per cent of output.</p>
<p>The opposition leader, Anton Rask, said the budget was built on hope and promised to challenge the pension rules in the constitutional court.</p>"""
BUDGET_2 = """<p>Estavian lawmakers passed the 48 billion crown budget by 112 votes to 97 on Monday.</p>
<p>Petra Holm, the finance minister, told the chamber that pensions would rise by 3 per cent and that the deficit would fall to 2.1 per cent.</p>
<p>Anton Rask, who leads the opposition, said his party would take the pension changes to the constitutional court.</p>"""

FEEDS: dict[str, list[tuple[str, str, str]]] = {
    "alpha": [
        ("a-rail", "Brenmoor rail drivers walk out over pay", RAIL_HT),
        ("a-timetable", "Brenmoor Rail publishes winter timetable", TIMETABLE_HT),
        ("a-budget", "Estavia passes budget after long coalition talks", BUDGET_1),
    ],
    "beta": [
        ("b-rail", "Commuters stranded as train drivers strike", RAIL_2),
        ("b-air", "Air strike on Oskel market kills nine", AIR_STRIKE),
    ],
    "gamma": [
        ("c-air", "Nine civilians killed in strike on Oskel market", AIR_2),
        ("c-storm", "Storm Hedda cuts power to 62,000 homes", STORM),
        ("c-budget", "Estavian budget passes by 112 votes to 97", BUDGET_2),
    ],
}
EXPECTED = {
    frozenset({"a-rail", "b-rail"}),
    frozenset({"a-timetable"}),
    frozenset({"a-budget", "c-budget"}),
    frozenset({"b-air", "c-air"}),
    frozenset({"c-storm"}),
}
# (store method, n-th call) right after which the process is killed (":TERM": stopped by SIGTERM
# there instead). One point after each commit of a pass: entries stored, a feed's validators
# stored, briefings saved, a story started, an article attached to one; and a clean stop mid-pass.
COMMIT_POINTS = [
    "upsert_articles:1",
    "record_fetch_success:2",
    "save_briefings:1",
    "create_story:1",
    "attach_to_story:1",
    "save_briefings:1:TERM",
]
# The same commits later in the pass (other feeds done, stories to attach to), and a stop while
# filing. They exercise the same recovery code as above in another state of the store, on one
# backend: what differs between SQLite and PostgreSQL is each commit, which COMMIT_POINTS covers.
LATER_POINTS = ["save_briefings:2", "create_story:4", "create_story:2:TERM"]
CASES = [
    *(pytest.param("sqlite", c, id=f"sqlite-{c}") for c in COMMIT_POINTS + LATER_POINTS),
    *(pytest.param("postgresql", c, id=f"postgresql-{c}", marks=pytest.mark.postgres) for c in COMMIT_POINTS),
]


def _serve(server: LoopbackHTTPServer) -> dict[str, str]:
    urls = {}
    for feed_id, items in FEEDS.items():
        entries = [(guid, title, f"https://{feed_id}.example/{guid}", html) for guid, title, html in items]
        server.route(f"/{feed_id}.xml", Route(body=rss(feed_id.title(), entries), headers=XML))
        urls[feed_id] = server.url(f"/{feed_id}.xml")
    return urls


def _ingest(config: Path, crash: str = "") -> Completed:
    return newsbrief("ingest", "--config", str(config), crash=crash)


def _partition(url: str) -> tuple[set[frozenset[str]], list[str]]:
    """Stories as sets of article guids, and the guids of articles in no story."""
    stories: dict[object, set[str]] = {}
    orphans: list[str] = []
    for guid, story_id in raw_query(url, "SELECT guid, story_id FROM articles ORDER BY id"):
        if story_id is None:
            orphans.append(str(guid))
        else:
            stories.setdefault(story_id, set()).add(str(guid))
    return {frozenset(s) for s in stories.values()}, orphans


def _empty_stories(url: str) -> int:
    rows = raw_query(
        url,
        "SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)",
    )
    return int(rows[0][0])  # type: ignore[call-overload]


@pytest.mark.parametrize(("store_url", "crash"), CASES, indirect=["store_url"])
def test_kill_at_any_point_then_rerun_loses_no_article(
    crash: str, loopback_server: LoopbackHTTPServer, store_url: str, tmp_path: Path
) -> None:
    config = loopback_config(tmp_path, store_url, _serve(loopback_server))
    killed = _ingest(config, crash)
    if crash.endswith(":TERM"):  # stopped cleanly, before the end of the pass
        assert killed.returncode == 0 and "stopped" in killed.stderr, killed.stderr
    else:
        assert killed.returncode == -9, killed.stderr  # it really died at that point
    rerun = _ingest(config)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    stories, orphans = _partition(store_url)
    assert orphans == []
    assert stories == EXPECTED
    assert _empty_stories(store_url) == 0
    # a further run changes nothing
    again = _ingest(config)
    assert again.returncode == 0 and _partition(store_url) == (stories, [])


def test_clean_run_partition(loopback_server: LoopbackHTTPServer, store_url: str, tmp_path: Path) -> None:
    """The reference the crash runs are compared with: one uninterrupted run."""
    config = loopback_config(tmp_path, store_url, _serve(loopback_server))
    done = _ingest(config)
    assert done.returncode == 0, done.stdout + done.stderr
    assert _partition(store_url) == (EXPECTED, [])
