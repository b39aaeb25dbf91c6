"""The ``newsbrief`` command line. The only module that calls ``sys.exit``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsbrief.summarizers.nlp import DEFAULT_MODEL
from newsbrief.summarizers.types import InputError

logger = logging.getLogger(__name__)


def _fetch_policy(args: argparse.Namespace) -> Any:
    from newsbrief.bot.ingest.fetch import FetchPolicy

    return FetchPolicy(allow_private_networks=args.allow_private_networks)


def _add_engine_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline name or path")
    p.add_argument(
        "--allow-private-networks",
        action="store_true",
        help="allow URLs on private/loopback addresses (off by default; for tests and intranets)",
    )


BATCH = 64  # inputs loaded and briefed together (bounds memory on long batches)


def _cmd_brief(args: argparse.Namespace) -> int:
    """Brief every input in order; a bad input is reported and the batch goes on.

    With ``--jobs`` above 1 and enough inputs, the inputs are streamed to worker processes forked
    with the loaded model (the bot's one briefing pool, ``newsbrief.bot.ingest.briefing_pool``; a
    worker exits with this process) in small chunks, the next inputs read while the workers brief
    the last ones (``BriefingPool.stream``). Otherwise they are read in chunks of ``BATCH`` and
    briefed here with ``build_many`` (spaCy batched across articles).
    """
    from newsbrief.bot.ingest.briefing_pool import MAX_CHUNK, BriefingPool, brief_batch
    from newsbrief.bot.inputs import load_input
    from newsbrief.summarizers.briefing import BriefingEngine
    from newsbrief.summarizers.types import Article, Briefing

    if not args.json:  # the terminal renderer imports the store (SQLAlchemy): not for --json
        from newsbrief.bot.render.terminal import render_briefing

    engine = BriefingEngine(args.model, summary_sentences=args.sentences)
    failures = 0
    printed = 0

    def report(spec: str, exc: Exception) -> None:
        nonlocal failures
        failures += 1
        print(f"newsbrief: {spec}: {exc}", file=sys.stderr)
        if args.json:
            print(json.dumps({"input": spec, "error": str(exc)}), flush=True)

    def load(spec: str) -> Article | InputError:
        try:
            return load_input(spec, _fetch_policy(args))
        except InputError as exc:
            return exc

    def streamed() -> Iterator[Article | InputError | None]:
        for spec in args.inputs:
            if spec == "-":
                yield None  # what came before is printed before stdin is waited for
            yield load(spec)

    def results(pool: BriefingPool | None) -> Iterator[Briefing | InputError]:
        if pool is not None and len(args.inputs) >= 4 * pool.processes:
            # streamed over the workers: the next inputs are read while the last ones are briefed
            chunk = max(1, min(MAX_CHUNK, BATCH // (pool.processes * 4)))
            yield from pool.stream(streamed(), chunk, 2 * BATCH)
            return
        for start in range(0, len(args.inputs), BATCH):
            loaded = [load(spec) for spec in args.inputs[start : start + BATCH]]
            built = iter(brief_batch(engine, [a for a in loaded if isinstance(a, Article)], pool))
            yield from (item if isinstance(item, InputError) else next(built) for item in loaded)

    with BriefingPool.forking(engine, args.jobs) if args.jobs > 1 else contextlib.nullcontext() as pool:
        for spec, result in zip(args.inputs, results(pool), strict=True):
            if isinstance(result, InputError):
                report(spec, result)
                continue
            if args.json:
                data = result.to_json()
                data["input"] = spec
                print(json.dumps(data, ensure_ascii=False), flush=True)
            else:
                if printed:
                    print("\n" + "-" * 72 + "\n")
                print(render_briefing(result), flush=True)
            printed += 1
    return 1 if failures else 0


def _cmd_ask(args: argparse.Namespace) -> int:
    from newsbrief.bot.inputs import load_input
    from newsbrief.bot.render.terminal import render_answer
    from newsbrief.summarizers.briefing import BriefingEngine
    from newsbrief.summarizers.qa import ConversationState, answer_in_conversation, answer_question

    engine = BriefingEngine(args.model)
    try:
        article = load_input(args.article, _fetch_policy(args))
        briefing = engine.build(article)
    except InputError as exc:
        print(f"newsbrief: {args.article}: {exc}", file=sys.stderr)
        return 1
    state = ConversationState()
    for q in args.questions:
        if args.conversation:
            ans, state = answer_in_conversation(q, [briefing], state, engine.nlp)
        else:
            ans = answer_question(q, [briefing], engine.nlp)
        if args.json:
            print(json.dumps(ans.to_json(), ensure_ascii=False), flush=True)
        else:
            print(f"Q: {q}\nA: {render_answer(ans)}\n", flush=True)
    return 0


def _cmd_check_config(args: argparse.Namespace) -> int:
    from newsbrief.bot.config import ConfigError, format_issues, load_config

    try:
        cfg = load_config(args.config)
    except ConfigError as exc:
        print(format_issues(exc), file=sys.stderr)
        n = len(exc.issues)
        print(
            f"newsbrief: {args.config}: {n} problem{'s' if n != 1 else ''}; nothing started", file=sys.stderr
        )
        return 2
    print(f"{args.config}: OK ({len(cfg.feeds)} feeds, {len(cfg.channels)} channels)")
    return 0


def _cmd_config_schema(args: argparse.Namespace) -> int:
    from newsbrief.bot.config import config_json_schema

    print(json.dumps(config_json_schema(), indent=2))
    return 0


def _load_config(path: str | None) -> Any:
    """The config at ``path``, or the embedded default; ``ConfigError`` propagates."""
    from newsbrief.bot.config import default_config, load_config

    return load_config(path) if path else default_config()


def _with_config(fn: Callable[[argparse.Namespace, Any], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from newsbrief.bot.config import ConfigError, format_issues

        try:
            cfg = _load_config(args.config)
        except ConfigError as exc:
            print(format_issues(exc), file=sys.stderr)
            print(f"newsbrief: {args.config}: invalid configuration; nothing started", file=sys.stderr)
            return 2
        if not _setup_logging(args, cfg.logging, default_level="INFO"):
            return 2
        return fn(args, cfg)

    return run


def _cmd_run(args: argparse.Namespace, cfg: Any) -> int:
    from newsbrief.bot.app import NewsbriefApp
    from newsbrief.bot.lifecycle import exit_after_signal, exit_code_for, run_until_signal

    async def main() -> None:
        app = NewsbriefApp(cfg)
        try:
            await app.start(first_digest=not args.no_first_digest)
            await app.run_until_done()
        finally:
            await app.stop()

    _, signum = run_until_signal(main)
    if signum is not None:
        # one line: Ctrl-C at a terminal reads as an interruption; SIGTERM is a service being
        # stopped, logged like every other line (so a JSON log stays JSON)
        if signum == signal.SIGINT:
            print("newsbrief: interrupted", file=sys.stderr)
        else:
            logger.info("stopped (SIGTERM)")
        exit_after_signal(exit_code_for(signum))
    return 0


def _progress_bar(done: int, total: int, result: Any) -> None:
    """A one-line progress bar on stderr (only used when stderr is a terminal)."""
    width = 30
    filled = width * done // max(total, 1)
    feed = getattr(result, "feed_id", "")
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {feed[:30]:<30}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _cmd_ingest(args: argparse.Namespace, cfg: Any) -> int:
    from newsbrief.bot.app import NewsbriefApp
    from newsbrief.bot.lifecycle import exit_after_signal, exit_code_for, run_until_signal

    async def main() -> Any:
        app = NewsbriefApp(cfg)
        await app.open_store()
        try:
            app.poller = app.make_poller()
            if sys.stderr.isatty():
                app.poller.progress = _progress_bar
            return await app.ingest(force=args.force)
        finally:
            await app.stop()

    report, signum = run_until_signal(main)
    if signum is not None:
        print("newsbrief: ingest stopped; the next run picks up where this one ended", file=sys.stderr)
        exit_after_signal(exit_code_for(signum))
    assert report is not None
    for f in report.feeds:
        line = f"{f.feed_id}: {f.status}"
        if f.status in ("ok", "not_modified"):
            line += f", {f.entries} entries, {f.new_articles} new, {f.changed_articles} updated, {f.briefed} briefed"
        if f.error:
            line += f" ({f.error})"
        if f.status == "skipped" and f.next_at is not None:
            line += (
                f" (not due: next poll {f.next_at:%Y-%m-%d %H:%M:%S} UTC, {f.wait_reason}; --force polls now)"
            )
        print(line)
        for skipped in f.skipped_articles:  # stored, not briefed: say which and why, one line each
            print(f"  skipped {skipped.url or 'article ' + skipped.article_id}: {skipped.reason}")
    print(
        f"{len(report.feeds)} feeds, {report.new_articles} new articles, {report.briefed} briefed, "
        f"{len(report.failed)} failed, in {report.elapsed:.1f}s"
    )
    return 1 if report.failed else 0


def _cmd_sources(args: argparse.Namespace, cfg: Any) -> int:
    from newsbrief.bot.app import NewsbriefApp

    async def main() -> str:
        app = NewsbriefApp(cfg)
        await app.open_store()
        try:
            from newsbrief.bot.domain import ChannelRef

            return await app.sources_text(ChannelRef("", ""))
        finally:
            await app.stop()

    print(asyncio.run(main()))
    return 0


def _cmd_digest(args: argparse.Namespace, cfg: Any) -> int:

    from newsbrief.bot.app import NewsbriefApp
    from newsbrief.bot.digest import digest_dry_run

    if not any(ch.id == args.channel for ch in cfg.channels):
        known = ", ".join(ch.id for ch in cfg.channels)
        print(f"newsbrief: no channel {args.channel!r} in the config (channels: {known})", file=sys.stderr)
        return 2

    async def main() -> tuple[int, str]:
        app = NewsbriefApp(cfg)
        await app.open_store()
        try:
            if args.ingest:
                await app.ingest()
            ch = next(c for c in app.channels() if c.id == args.channel)
            if args.dry_run:
                return 0, await app.db.run(digest_dry_run, ch, None, feed_ids=app.feed_ids_for(ch))
            from newsbrief.bot.adapters.base import ChatAdapter
            from newsbrief.bot.app import ThreadRecordingAdapter
            from newsbrief.bot.delivery import DeliveryLedger, on_demand_slot

            adapters = app.build_adapters()
            if ch.platform not in adapters:
                return 2, f"newsbrief: no {ch.platform} section in the config for channel {ch.id}"
            sender = ThreadRecordingAdapter(adapters[ch.platform], app.store)
            adapter: ChatAdapter = sender
            # Send only: log in, but no sync loop, no listener, nothing answered.
            app.adapters = {ch.platform: sender}
            try:
                await sender.start_sending()
            except Exception as exc:
                return 1, f"newsbrief: cannot connect to {ch.platform}: {exc}"
            ledger = DeliveryLedger(app.store, feed_ids_for=app.feed_ids_for)
            outcome = await ledger.deliver(ch, on_demand_slot(), adapter)
            where = f"{ch.platform} {ch.target}"
            if outcome.status in ("sent", "confirmed", "already_sent"):
                return 0, f"digest for {ch.id}: {outcome.status} to {where} (message {outcome.message_id})"
            if outcome.status == "empty":
                return 0, f"digest for {ch.id}: no new stories; nothing posted to {where}"
            detail = f": {outcome.error}" if outcome.error else ""
            return 1, f"digest for {ch.id}: {outcome.status}{detail}"
        finally:
            await app.stop()

    code, text = asyncio.run(main())
    print(text, file=sys.stderr if code else sys.stdout)
    return code


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("newsbrief")
    except metadata.PackageNotFoundError:  # a source checkout that was never installed
        return "0+unknown"


def _cmd_init(args: argparse.Namespace) -> int:
    """Write the commented starter config (the package's copy of config.example.yaml)."""
    from importlib import resources

    target = args.path
    text = (
        resources.files("newsbrief.bot").joinpath("data", "config.example.yaml").read_text(encoding="utf-8")
    )
    if target == "-":
        sys.stdout.write(text)
        return 0
    path = Path(target)
    if path.is_dir() or target.endswith(("/", os.sep)):
        path = path / "config.yaml"
    if path.exists() and not args.force:
        print(f"newsbrief: {path} exists; not overwritten (use --force)", file=sys.stderr)
        return 1
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"newsbrief: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}; edit it, then: newsbrief check-config {path} && newsbrief run --config {path}")
    return 0


def _common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after the subcommand's name."""
    from newsbrief.bot.logging_setup import FORMATS, LEVELS

    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group(
        "logging (also NEWSBRIEF_LOG_LEVEL, NEWSBRIEF_LOG_FORMAT, config logging:)"
    )
    group.add_argument(
        "--log-level",
        type=str.upper,
        choices=LEVELS,
        default=argparse.SUPPRESS,
        help="log this level and above to stderr (default: the config's, else WARNING)",
    )
    group.add_argument(
        "--log-format",
        type=str.lower,
        choices=FORMATS,
        default=argparse.SUPPRESS,
        help="text (timestamp level logger: message) or json (one object a line)",
    )
    group.add_argument(
        "-v",
        "--verbose",
        dest="log_level",
        action="store_const",
        const="INFO",
        default=argparse.SUPPRESS,
        help="same as --log-level INFO",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="newsbrief",
        description="News briefings for Slack, Matrix and the terminal",
        parents=[common],
        epilog="`newsbrief COMMAND --help` describes each command. Deploying: docs/deploy.md.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=summary, description=description, parents=[common])

    p = command(
        "brief",
        "brief articles (files, URLs or - for stdin)",
        "Print a briefing (summary, key actors, key figures, next steps) for each input: a text or "
        "HTML file, an http(s) URL, or - for stdin. A bad input gets a one-line error and the batch "
        "goes on; the exit code is 1 when any input failed.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--json", action="store_true", help="one JSON object per line, in input order")
    p.add_argument("--sentences", type=int, default=3, help="summary length in sentences (default 3)")
    p.add_argument(
        "--jobs",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="worker processes for large batches (default: 2, or 1 on a one-core machine)",
    )
    _add_engine_args(p)
    p.set_defaults(func=_cmd_brief)

    p = command(
        "ask",
        "answer questions about one article",
        "Answer each QUESTION from one article, quoting the sentence that answers it (or saying "
        "that the article does not).",
    )
    p.add_argument("--article", required=True, help="file, URL or - for stdin")
    p.add_argument("questions", nargs="+", metavar="QUESTION")
    p.add_argument("--json", action="store_true", help="one JSON object per line per question")
    p.add_argument(
        "--conversation",
        action="store_true",
        help="answer the questions as consecutive turns of one thread (a later one may refer back)",
    )
    _add_engine_args(p)
    p.set_defaults(func=_cmd_ask)

    p = command(
        "check-config",
        "validate a config file; print every problem with file:line",
        "Validate CONFIG without starting anything. Every problem is printed as "
        "file:line: key: message (hint); the exit code is 2 when there is any.",
    )
    p.add_argument("config", metavar="CONFIG")
    p.set_defaults(func=_cmd_check_config)

    p = command(
        "run",
        "run the bot (no --config: the embedded default, a terminal chat)",
        "Run the bot: ingest the feeds, connect to Slack, Matrix or the terminal, post digests on "
        "schedule and answer questions. Without --config: a terminal chat on bundled sample feeds. "
        "Exit code 2: the configuration cannot run here (nothing was started).",
    )
    p.add_argument("--config", help="config.yaml (default: the embedded default)")
    p.add_argument("--no-first-digest", action="store_true", help="do not print a digest on start")
    p.set_defaults(func=_with_config(_cmd_run))

    p = command(
        "ingest",
        "poll every due feed once and store new articles",
        "Poll every feed that is due (its poll interval since the last success has passed, and any "
        "back-off or Retry-After after a failure is over), store and brief the new articles, and "
        "print one line per feed. --force polls every enabled feed now. The exit code is 1 when "
        "any feed failed.",
    )
    p.add_argument("--config", help="config.yaml (default: the embedded default)")
    p.add_argument(
        "--force",
        action="store_true",
        help="poll every enabled feed now, overriding poll intervals, failure back-off and the "
        "servers' Retry-After (feeds disabled after 410 Gone stay off)",
    )
    p.set_defaults(func=_with_config(_cmd_ingest))

    p = command(
        "sources",
        "list feeds with their health",
        "List the stored feeds: name, URL and state (ok with the last fetch time, failing with the "
        "last error, or disabled).",
    )
    p.add_argument("--config", help="config.yaml (default: the embedded default)")
    p.set_defaults(func=_with_config(_cmd_sources))

    p = command(
        "digest",
        "post (or with --dry-run print) a channel's digest now",
        "Post CHANNEL's digest now, recorded in the store so it is never posted twice; with "
        "--dry-run print what would be posted and write nothing.",
    )
    p.add_argument("channel", metavar="CHANNEL", help="channel id from the config")
    p.add_argument("--config", help="config.yaml (default: the embedded default)")
    p.add_argument("--dry-run", action="store_true", help="print what would be posted; write nothing")
    p.add_argument("--ingest", action="store_true", help="poll the due feeds first")
    p.set_defaults(func=_with_config(_cmd_digest))

    p = command(
        "config-schema",
        "print the JSON Schema of config.yaml (for editors)",
        "Print the JSON Schema (draft 2020-12) of the config file, for editors that validate YAML.",
    )
    p.set_defaults(func=_cmd_config_schema)

    p = command(
        "init",
        "write a commented starter config",
        "Write the commented starter config (every key with its default) to PATH: a file, a folder "
        "(config.yaml inside it) or - for stdout. An existing file is kept unless --force.",
    )
    p.add_argument("path", nargs="?", default="config.yaml", metavar="PATH", help="default: ./config.yaml")
    p.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    p.set_defaults(func=_cmd_init)
    return parser


def _setup_logging(args: argparse.Namespace, config: Any = None, default_level: str = "WARNING") -> bool:
    """(Re)configure logging for ``args`` (and the config's ``logging`` section); False when an
    environment variable is invalid (the message is printed)."""
    from newsbrief.bot.logging_setup import configure_logging, resolve_settings

    try:
        settings = resolve_settings(
            cli_level=getattr(args, "log_level", None),
            cli_format=getattr(args, "log_format", None),
            env=os.environ,
            config=config,
            default_level=default_level,
        )
    except ValueError as exc:
        print(f"newsbrief: {exc}", file=sys.stderr)
        return False
    configure_logging(settings)
    return True


_terminated = False


def _on_sigterm(signum: int, frame: Any) -> None:
    """SIGTERM (``systemctl stop``, ``podman stop``) stops like Ctrl-C: ``asyncio.run`` cancels
    the main task, so ``finally`` blocks close the adapters and the store; the exit code is 0."""
    global _terminated
    _terminated = True
    if signal.getsignal(signal.SIGINT) in (signal.SIG_IGN, signal.SIG_DFL, None):
        raise KeyboardInterrupt  # SIGINT ignored (started in the background by a shell script)
    signal.raise_signal(signal.SIGINT)


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    if not _setup_logging(args):
        sys.exit(2)
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = args.func(args)
    except KeyboardInterrupt:
        if _terminated:
            logger.info("stopped (SIGTERM)")
            code = 0
        else:
            print("newsbrief: interrupted", file=sys.stderr)
            code = 130
    except Exception as exc:
        app = sys.modules.get("newsbrief.bot.app")  # loaded whenever a StartupError can have been raised
        if app is None or not isinstance(exc, app.StartupError):
            raise
        print(f"newsbrief: {exc}", file=sys.stderr)
        code = 2
    sys.exit(code)


if __name__ == "__main__":
    main()
