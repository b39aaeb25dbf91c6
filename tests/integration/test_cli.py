"""The ``newsbrief`` command line, each run a process of its own as when a user runs it (forked
from a warm one, ``tests.integration.cli_process``: the start-up is not what is tested here)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration import cli_process
from tests.integration.http_server import LoopbackHTTPServer, Route

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bot" / "data" / "sample_article.txt"

ARTICLE = """Valley town votes to rebuild its flooded bridge

The town council of Marrowby voted 7-2 on Tuesday to rebuild the Old Mill bridge, which was washed away by floods in April, at a cost of 4.8 million pounds.

Council leader Janet Ormond said work would begin in June and the bridge would reopen by the end of next year. "People have waited long enough," Ormond said.

The regional transport agency will pay 70% of the cost. About 3,500 people crossed the bridge every day before it was destroyed, according to the agency.

Residents are invited to a public meeting on 14 May to comment on the design.
"""


def newsbrief(*args: str, stdin: str = "") -> cli_process.Completed:
    return cli_process.newsbrief(*args, stdin=stdin, cwd=ROOT, timeout=120)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "bridge.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


@pytest.fixture
def server() -> Iterator[LoopbackHTTPServer]:
    with LoopbackHTTPServer() as s:
        yield s


def test_brief_prints_a_readable_briefing(article: Path) -> None:
    res = newsbrief("brief", str(article))
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert out.splitlines()[0] == "Valley town votes to rebuild its flooded bridge"
    assert "Key actors:" in out and "Janet Ormond" in out
    assert "Key figures:" in out and "4.8 million" in out
    assert "Next steps:" in out


def test_brief_json_batch_keeps_order_and_reports_bad_inputs(article: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 40)
    res = newsbrief("brief", "--json", str(article), str(empty), str(binary), str(SAMPLE))
    assert res.returncode == 1
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["input"] for r in rows] == [str(article), str(empty), str(binary), str(SAMPLE)]
    assert rows[0]["title"].startswith("Valley town")
    assert {"summary", "actors", "figures", "next_steps", "sources"} <= rows[0].keys()
    assert "error" in rows[1] and "empty" in rows[1]["error"]
    assert "error" in rows[2] and "binary" in rows[2]["error"]
    assert rows[3]["title"].startswith("Harbour city")
    errors = [line for line in res.stderr.splitlines() if line.startswith("newsbrief:")]
    assert len(errors) == 2
    for row in rows[::3]:
        for fig in row["figures"]:
            digits = "".join(ch for ch in fig["value"] if ch.isdigit())
            source = ARTICLE if row is rows[0] else SAMPLE.read_text()
            if digits:
                assert digits in "".join(ch for ch in source if ch.isdigit())
            else:  # a value in words ("more than double") is the source's own words
                assert fig["value"].lower() in " ".join(source.split()).lower(), fig


def test_brief_from_stdin() -> None:
    res = newsbrief("brief", "--json", "-", stdin=ARTICLE)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["title"].startswith("Valley town")


def test_too_large_and_non_english_inputs_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 9000)  # about 5 MB
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le conseil municipal a voté mardi la reconstruction du pont emporté par les crues en avril. "
        "Les travaux commenceront en juin et le pont rouvrira à la fin de l'année prochaine, selon la maire. "
        "Les habitants sont invités à une réunion publique le 14 mai pour donner leur avis sur le projet."
    )
    res = newsbrief("brief", str(big), str(french))
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert any("too large" in line for line in lines)
    assert any("English" in line for line in lines)
    assert res.stdout == ""


def test_missing_file_is_one_line_error() -> None:
    res = newsbrief("brief", "/nonexistent/story.txt")
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0
    assert "no such file" in res.stderr


def test_ask_answers_and_cites(article: Path) -> None:
    res = newsbrief(
        "ask", "--json", "--article", str(article), "How much will the bridge cost?", "Who leads the council?"
    )
    assert res.returncode == 0, res.stderr
    answers = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(answers) == 2
    assert "4.8 million" in answers[0]["answer"]
    assert answers[0]["citations"] and "4.8 million" in answers[0]["citations"][0]["sentence"]
    assert "Ormond" in answers[1]["answer"]


def test_ask_says_so_when_the_article_does_not_answer(article: Path) -> None:
    res = newsbrief(
        "ask", "--json", "--article", str(article), "What did the prime minister of Japan say about tariffs?"
    )
    assert res.returncode == 0, res.stderr
    ans = json.loads(res.stdout)
    assert ans["answered"] is False
    assert ans["citations"] == []


def test_brief_url_from_loopback_server(server: LoopbackHTTPServer) -> None:
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
    html = (
        "<html><head><title>Valley town votes to rebuild its flooded bridge</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Valley town votes to rebuild its flooded bridge</h1>{paras}</article>"
        "<footer>Copyright Marrowby Post</footer></body></html>"
    )
    server.route("/story", Route.html(html))
    res = newsbrief("brief", "--json", "--allow-private-networks", server.url("/story"))
    assert res.returncode == 0, res.stderr
    row = json.loads(res.stdout)
    assert "Ormond" in json.dumps(row["actors"])
    assert "Copyright" not in json.dumps(row)


def test_private_address_refused_without_opt_in(server: LoopbackHTTPServer) -> None:
    server.route("/story", Route.html("<html><body><p>hello</p></body></html>"))
    res = newsbrief("brief", server.url("/story"), "http://169.254.169.254/latest/meta-data/")
    assert res.returncode == 1
    assert server.paths() == []
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 2
    assert all("newsbrief:" in line for line in lines)


def test_unreachable_url_is_one_line_error() -> None:
    # A loopback port nothing listens on (bind, read the port, close).
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    res = newsbrief("brief", "--allow-private-networks", f"http://127.0.0.1:{port}/story")
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0


def test_check_config_reports_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "config.yaml"
    bad.write_text(
        "feeds:\n  - id: a\n    url: https://example.org/rss\n    poll_minuts: 5\n"
        "channels:\n  - id: c\n    platform: console\n    target: stdout\n    feeds: [b]\n"
        "    schedule: {cron: '0 8 * *', timezone: Mars/Base}\n"
    )
    res = newsbrief("check-config", str(bad))
    assert res.returncode == 2
    err = res.stderr
    assert f"{bad}:4: feeds[0].poll_minuts" in err
    assert "channels[0].feeds[0]" in err
    assert "schedule.cron" in err and "schedule.timezone" in err
    ok = newsbrief("check-config", str(ROOT / "config.example.yaml"))
    assert ok.returncode == 0, ok.stderr


def test_run_refuses_a_broken_config(tmp_path: Path) -> None:
    bad = tmp_path / "config.yaml"
    bad.write_text("storage: {url: sqlite:///x.db}\nchannels: 3\n")
    res = newsbrief("run", "--config", str(bad), stdin="")
    assert res.returncode == 2
    assert "nothing started" in res.stderr
    assert not (tmp_path / "x.db").exists()


def test_config_schema_is_json() -> None:
    res = newsbrief("config-schema")
    assert res.returncode == 0
    schema = json.loads(res.stdout)
    assert {"feeds", "channels", "storage"} <= set(schema["properties"])


def test_page_without_an_article_is_refused(server: LoopbackHTTPServer, article: Path) -> None:
    nav = "<html><body><nav><a href='/a'>Home</a> <a href='/b'>World</a> <a href='/c'>Sport</a></nav></body></html>"
    server.route("/index", Route.html(nav))
    res = newsbrief("brief", "--json", "--allow-private-networks", server.url("/index"), str(article))
    assert res.returncode == 1
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert "no article" in rows[0]["error"]
    assert rows[1]["title"].startswith("Valley town")  # the batch went on
