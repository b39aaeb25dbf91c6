"""Preloaded by the fork server of ``tests.integration.cli_process`` (and imported nowhere else):
the command line's modules imported, and the models it loads on first use (the default spaCy
pipeline, the language identifier, the ranker) loaded by briefing one made-up article, so every
forked run of ``newsbrief`` starts with them in memory, as a long-running ``newsbrief`` has them
after its first article."""

from __future__ import annotations

import newsbrief.bot.app
import newsbrief.bot.cli
import newsbrief.bot.ingest.poller
import newsbrief.bot.inputs
import newsbrief.bot.render.terminal
import newsbrief.bot.store.repository
from newsbrief.bot.inputs import article_from_text
from newsbrief.summarizers.briefing import BriefingEngine

__all__ = ["newsbrief"]

_MADE_UP = (
    "The council of Eastbrook approved a new library on Tuesday after a vote of 9 to 2.\n\n"
    "Mayor Ada Finch said building work would start in March and cost 12 million pounds.\n\n"
    "Opponents said the money should go to roads, and they plan to ask for a review next month."
)

BriefingEngine().build(article_from_text(_MADE_UP, "warm-up"))
