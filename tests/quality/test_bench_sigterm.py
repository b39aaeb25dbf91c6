"""A ``bench_quality --in-process`` run stops on SIGTERM: the CLI it calls turns SIGTERM into a clean stop of
its own command, which must not leave the run going on (and writing its log beside the next run's)."""

from __future__ import annotations

import signal
from collections.abc import Sequence

import pytest

from benchmarks import bench_quality
from newsbrief.bot import cli


def _fake_main(terminated: bool):  # type: ignore[no-untyped-def]
    def main(argv: Sequence[str] | None = None) -> None:
        signal.signal(signal.SIGTERM, cli._on_sigterm)  # as cli.main does
        cli._terminated = terminated  # as cli._on_sigterm does when the signal comes
        print('{"answer": "Friday"}')

    return main


@pytest.mark.parametrize("terminated", [False, True])
def test_sigterm_stops_the_run_and_the_handler_is_restored(
    monkeypatch: pytest.MonkeyPatch, terminated: bool
) -> None:
    monkeypatch.setattr(cli, "main", _fake_main(terminated))
    monkeypatch.setattr(cli, "_terminated", False)
    before = signal.getsignal(signal.SIGTERM)
    cmd = [*bench_quality.project_cmd(), "ask", "--json", "--article", "a.txt", "When?"]
    if terminated:
        with pytest.raises(SystemExit) as exc:
            bench_quality._in_process_lines(cmd)
        assert exc.value.code == 143
    else:  # control: an answer read, the run goes on
        assert bench_quality._in_process_lines(cmd) == [{"answer": "Friday"}]
    assert signal.getsignal(signal.SIGTERM) is before
