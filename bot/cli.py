"""The ``newsbrief`` command line. The only module that calls ``sys.exit``."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from summarizers.types import InputError

logger = logging.getLogger(__name__)


def _fetch_policy(args: argparse.Namespace) -> Any:
    from bot.ingest.fetch import FetchPolicy

    return FetchPolicy(allow_private_networks=args.allow_private_networks)


def _add_engine_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", default="en_core_web_sm", help="spaCy pipeline name or path")
    p.add_argument(
        "--allow-private-networks",
        action="store_true",
        help="allow URLs on private/loopback addresses (off by default; for tests and intranets)",
    )


BATCH = 64  # inputs loaded and briefed together (bounds memory on long batches)


def _cmd_brief(args: argparse.Namespace) -> int:
    """Brief every input in order; a bad input is reported and the batch goes on.

    Inputs are read in chunks of ``BATCH`` and briefed with ``build_many`` (spaCy batched across
    articles, forked over ``--jobs`` worker processes that share the loaded model).
    """
    from bot.inputs import load_input
    from bot.render.terminal import render_briefing
    from summarizers.briefing import BriefingEngine
    from summarizers.types import Article, Briefing

    engine = BriefingEngine(args.model, summary_sentences=args.sentences)
    failures = 0
    printed = 0

    def report(spec: str, exc: Exception) -> None:
        nonlocal failures
        failures += 1
        print(f"newsbrief: {spec}: {exc}", file=sys.stderr)
        if args.json:
            print(json.dumps({"input": spec, "error": str(exc)}), flush=True)

    for start in range(0, len(args.inputs), BATCH):
        specs = args.inputs[start : start + BATCH]
        loaded: list[Article | InputError] = []
        for spec in specs:
            try:
                loaded.append(load_input(spec, _fetch_policy(args)))
            except InputError as exc:
                loaded.append(exc)
        articles = [a for a in loaded if isinstance(a, Article)]
        built = iter(engine.build_many(articles, n_process=args.jobs))
        for spec, item in zip(specs, loaded, strict=True):
            result: Briefing | InputError = item if isinstance(item, InputError) else next(built)
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
    from bot.inputs import load_input
    from bot.render.terminal import render_answer
    from summarizers.briefing import BriefingEngine
    from summarizers.qa import ConversationState, answer_in_conversation, answer_question

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
    from bot.config import ConfigError, format_issues, load_config

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
    from bot.config import config_json_schema

    print(json.dumps(config_json_schema(), indent=2))
    return 0


def _load_config(path: str | None) -> Any:
    """The config at ``path``, or the embedded default; ``ConfigError`` propagates."""
    from bot.config import default_config, load_config

    return load_config(path) if path else default_config()


def _with_config(fn: Callable[[argparse.Namespace, Any], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from bot.config import ConfigError, format_issues

        try:
            cfg = _load_config(args.config)
        except ConfigError as exc:
            print(format_issues(exc), file=sys.stderr)
            print(f"newsbrief: {args.config}: invalid configuration; nothing started", file=sys.stderr)
            return 2
        return fn(args, cfg)

    return run


def _cmd_run(args: argparse.Namespace, cfg: Any) -> int:
    from bot.app import NewsbriefApp

    async def main() -> None:
        app = NewsbriefApp(cfg)
        try:
            await app.start(first_digest=not args.no_first_digest)
            await app.run_until_done()
        finally:
            await app.stop()

    asyncio.run(main())
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
    from bot.app import NewsbriefApp

    async def main() -> Any:
        app = NewsbriefApp(cfg)
        await app.open_store()
        try:
            app.poller = app.make_poller()
            if sys.stderr.isatty():
                app.poller.progress = _progress_bar
            return await app.ingest(force=True)
        finally:
            await app.stop()

    report = asyncio.run(main())
    for f in report.feeds:
        line = f"{f.feed_id}: {f.status}"
        if f.status in ("ok", "not_modified"):
            line += f", {f.entries} entries, {f.new_articles} new, {f.changed_articles} updated, {f.briefed} briefed"
        if f.error:
            line += f" ({f.error})"
        print(line)
    print(
        f"{len(report.feeds)} feeds, {report.new_articles} new articles, {report.briefed} briefed, "
        f"{len(report.failed)} failed, in {report.elapsed:.1f}s"
    )
    return 1 if report.failed else 0


def _cmd_sources(args: argparse.Namespace, cfg: Any) -> int:
    from bot.app import NewsbriefApp

    async def main() -> str:
        app = NewsbriefApp(cfg)
        await app.open_store()
        try:
            from bot.domain import ChannelRef

            return await app.sources_text(ChannelRef("", ""))
        finally:
            await app.stop()

    print(asyncio.run(main()))
    return 0


def _cmd_digest(args: argparse.Namespace, cfg: Any) -> int:
    from datetime import UTC, datetime

    from bot.app import NewsbriefApp
    from bot.digest import digest_dry_run

    if not any(ch.id == args.channel for ch in cfg.channels):
        known = ", ".join(ch.id for ch in cfg.channels)
        print(f"newsbrief: no channel {args.channel!r} in the config (channels: {known})", file=sys.stderr)
        return 2

    async def main() -> str:
        app = NewsbriefApp(cfg)
        await app.open_store()
        try:
            if args.ingest:
                await app.ingest(force=True)
            ch = next(c for c in app.channels() if c.id == args.channel)
            if args.dry_run:
                return await asyncio.to_thread(
                    digest_dry_run, app.store, ch, None, feed_ids=app.feed_ids_for(ch)
                )
            from bot.adapters.base import ChatAdapter
            from bot.app import ThreadRecordingAdapter
            from bot.delivery import DeliveryLedger

            adapters = app.build_adapters()
            adapter: ChatAdapter = ThreadRecordingAdapter(adapters[ch.platform], app.store)
            ledger = DeliveryLedger(app.store, feed_ids_for=app.feed_ids_for)
            outcome = await ledger.deliver(ch, datetime.now(UTC).replace(microsecond=0), adapter)
            return f"digest for {ch.id}: {outcome.status}"
        finally:
            await app.stop()

    print(asyncio.run(main()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbrief", description="News briefings for Slack, Matrix and the terminal"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("brief", help="brief articles (files, URLs or - for stdin)")
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

    p = sub.add_parser("ask", help="answer questions about one article")
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

    p = sub.add_parser("check-config", help="validate a config file; print every problem with file:line")
    p.add_argument("config", metavar="CONFIG")
    p.set_defaults(func=_cmd_check_config)

    p = sub.add_parser("run", help="run the bot (no --config: the embedded default, a terminal chat)")
    p.add_argument("--config", help="config.yaml (default: the embedded default)")
    p.add_argument("--no-first-digest", action="store_true", help="do not print a digest on start")
    p.set_defaults(func=_with_config(_cmd_run))

    p = sub.add_parser("ingest", help="poll every feed once and store new articles")
    p.add_argument("--config", help="config.yaml (default: the embedded default)")
    p.set_defaults(func=_with_config(_cmd_ingest))

    p = sub.add_parser("sources", help="list feeds with their health")
    p.add_argument("--config", help="config.yaml (default: the embedded default)")
    p.set_defaults(func=_with_config(_cmd_sources))

    p = sub.add_parser("digest", help="post (or with --dry-run print) a channel's digest now")
    p.add_argument("channel", metavar="CHANNEL", help="channel id from the config")
    p.add_argument("--config", help="config.yaml (default: the embedded default)")
    p.add_argument("--dry-run", action="store_true", help="print what would be posted; write nothing")
    p.add_argument("--ingest", action="store_true", help="poll the feeds first")
    p.set_defaults(func=_with_config(_cmd_digest))

    p = sub.add_parser("config-schema", help="print the JSON Schema of config.yaml (for editors)")
    p.set_defaults(func=_cmd_config_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        code = args.func(args)
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)


if __name__ == "__main__":
    main()
