"""Every path that polls respects poll intervals, failure back-off and Retry-After: ``newsbrief
ingest`` run again, ``newsbrief run``'s start-up, and a pass after ``add feed``; only
``ingest --force`` overrides them. The real command line over loopback feeds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.integration.cli_process import Completed, loopback_config, newsbrief
from tests.integration.feed_texts import AIR_STRIKE, XML, rss
from tests.integration.http_server import LoopbackHTTPServer, Route


def _config(tmp_path: Path, server: LoopbackHTTPServer) -> Path:
    server.route(
        "/ok.xml",
        Route(
            body=rss(
                "Ok", [("ok-1", "Air strike on Oskel market kills nine", "https://ok.example/1", AIR_STRIKE)]
            ),
            headers=XML,
            etag='"ok-1"',
        ),
    )
    server.route("/limited.xml", Route(status=429, body=b"slow down", headers={"Retry-After": "7200"}))
    server.route("/broken.xml", Route(status=500, body=b"oops"))
    return loopback_config(
        tmp_path,
        f"sqlite:///{tmp_path / 'store.db'}",
        {fid: server.url(f"/{fid}.xml") for fid in ("ok", "limited", "broken")},
        "channels:",
        "  - {id: term, platform: console, target: stdout, schedule: null}",
        "admins: {console: ['*']}",
    )


def _cli(args: list[str], tmp_path: Path, stdin: str = "") -> Completed:
    """The real command line, in a process of its own (forked from a warm one: no start-up cost)."""
    return newsbrief(*args, stdin=stdin, cwd=tmp_path)


def _hits(server: LoopbackHTTPServer, since: int) -> Counter[str]:
    return Counter(server.paths()[since:])


def test_ingest_again_and_run_start_up_wait_their_turn_force_does_not(
    loopback_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    config = _config(tmp_path, loopback_server)
    first = _cli(["ingest", "--config", str(config)], tmp_path)
    assert first.returncode == 1  # two feeds failed
    assert _hits(loopback_server, 0) == Counter({"/ok.xml": 1, "/limited.xml": 1, "/broken.xml": 1})
    sources = _cli(["sources", "--config", str(config)], tmp_path).stdout
    blocks = {b.split("]", 1)[0].rsplit("[", 1)[-1]: b for b in sources.split("\n- ")}
    assert "ok, last fetched" in blocks["ok"] and "(interval, every 30 min)" in blocks["ok"]
    assert "failing since" in blocks["limited"] and "last error:" in blocks["limited"]
    assert "429" in blocks["limited"] and "(Retry-After)" in blocks["limited"]
    assert "500" in blocks["broken"] and "(back-off)" in blocks["broken"]

    mark = len(loopback_server.paths())
    again = _cli(["ingest", "--config", str(config)], tmp_path)
    assert again.returncode == 0, again.stderr
    assert _hits(loopback_server, mark) == Counter()  # nobody asked again
    lines = {line.split(":", 1)[0]: line for line in again.stdout.splitlines()}
    assert "skipped" in lines["ok"] and "interval" in lines["ok"]
    assert "skipped" in lines["limited"] and "Retry-After" in lines["limited"]
    assert "skipped" in lines["broken"] and "back-off" in lines["broken"]

    # the bot's start-up polls only what is due: nothing here (stdin at its end: it then exits)
    run = _cli(["run", "--config", str(config)], tmp_path)
    assert run.returncode == 0, run.stderr
    assert _hits(loopback_server, mark) == Counter()

    forced = _cli(["ingest", "--force", "--config", str(config)], tmp_path)
    assert _hits(loopback_server, mark) == Counter({"/ok.xml": 1, "/limited.xml": 1, "/broken.xml": 1})
    assert "ok: not_modified" in forced.stdout


def test_ingest_help_says_force_overrides(tmp_path: Path) -> None:
    shown = _cli(["ingest", "--help"], tmp_path)
    text = " ".join(shown.stdout.split())
    assert "--force" in text and "Retry-After" in text and "back-off" in text and "overrid" in text


def test_a_feed_added_in_chat_is_polled_once_then_waits(
    loopback_server: LoopbackHTTPServer, tmp_path: Path
) -> None:
    config = _config(tmp_path, loopback_server)
    loopback_server.route("/added.xml", Route(status=503, body=b"busy", headers={"Retry-After": "3600"}))
    added = loopback_server.url("/added.xml")
    # add the feed at the terminal, then stop; the next ingest polls it (new), the one after does not
    res = _cli(["run", "--config", str(config), "--no-first-digest"], tmp_path, stdin=f"add feed {added}\n")
    assert res.returncode == 0 and "Added feed" in res.stdout, res.stdout + res.stderr
    assert loopback_server.paths().count("/added.xml") <= 1
    for _ in range(2):
        _cli(["ingest", "--config", str(config)], tmp_path)
    assert loopback_server.paths().count("/added.xml") == 1


ITALIAN = (
    "<p>Il consiglio regionale ha approvato ieri il nuovo piano dei trasporti, che prevede tre nuove "
    "linee di autobus e il rinnovo della stazione centrale entro la fine del prossimo anno.</p>"
    "<p>Secondo l'assessore, i lavori costeranno circa venti milioni di euro e saranno pagati in parte "
    "dallo Stato. I sindacati hanno chiesto un incontro per discutere gli orari dei conducenti.</p>"
)


def test_ingest_prints_each_article_it_stored_but_did_not_brief(
    tmp_path: Path, loopback_server: LoopbackHTTPServer
) -> None:
    loopback_server.route(
        "/mixed.xml",
        Route(
            body=rss(
                "Mixed",
                [
                    ("it-1", "Approvato il piano dei trasporti", "https://mixed.example/piano", ITALIAN),
                    (
                        "en-1",
                        "Air strike on Oskel market kills nine",
                        "https://mixed.example/strike",
                        AIR_STRIKE,
                    ),
                ],
            ),
            headers=XML,
        ),
    )
    config = loopback_config(
        tmp_path, f"sqlite:///{tmp_path / 'store.db'}", {"mixed": loopback_server.url("/mixed.xml")}
    )
    res = _cli(["ingest", "--config", str(config)], tmp_path)
    assert res.returncode == 0, res.stderr
    skipped = [line for line in res.stdout.splitlines() if line.strip().startswith("skipped")]
    assert len(skipped) == 1 and "https://mixed.example/piano" in skipped[0] and "English" in skipped[0]
    assert "mixed: ok, 2 entries, 2 new, 0 updated, 1 briefed" in res.stdout  # the English one was briefed
