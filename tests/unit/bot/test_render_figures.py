"""A figure line says its number once: a context that holds the number is the line, with the number
where it stands (emphasised in Slack and Matrix); a context without it follows the number."""

from __future__ import annotations

import json

from newsbrief.bot.domain import Briefing
from newsbrief.bot.render import matrix, slack, terminal
from newsbrief.bot.render.figure_line import figure_parts, plain_figure
from newsbrief.summarizers.types import Figure

HELD = Figure(value="64%", context="Turnout in the city was 64%", sentence="s")
APART = Figure(value="12%", context="rise in prices", sentence="s")  # control: the context lacks it


def _briefing() -> Briefing:
    return Briefing(title="Vote count", summary=("A vote was held.",), figures=(HELD, APART))


def test_the_parts_of_a_line() -> None:
    assert figure_parts(HELD.value, HELD.context) == ("Turnout in the city was ", "64%", "")
    assert plain_figure(HELD.value, HELD.context) == "Turnout in the city was 64%"
    assert figure_parts(APART.value, APART.context) is None
    assert plain_figure(APART.value, APART.context) == "12%: rise in prices"


def test_in_plain_text_a_context_with_another_number_follows_its_own() -> None:
    """Plain text cannot mark which number a line is about: when the context holds another one too,
    the line's own number comes first."""
    line = plain_figure("two weeks", "after two weeks of storms that cut power to 9,000 homes")
    assert line == "two weeks: after two weeks of storms that cut power to 9,000 homes"
    # control: the other figure of that phrase stands alone in it, so its context is the line
    assert plain_figure("9,000 homes", "cut power to 9,000 homes") == "cut power to 9,000 homes"


def test_every_renderer_says_the_number_once() -> None:
    text = terminal.render_briefing(_briefing())
    assert "  - Turnout in the city was 64%" in text and text.count("64%") == 1
    assert "  - 12%: rise in prices" in text
    blocks = json.dumps(slack.render_briefing(_briefing()).blocks, ensure_ascii=False)
    assert "Turnout in the city was *64%*" in blocks and blocks.count("64%") == 1
    assert "*12%* rise in prices" in blocks
    html = matrix._briefing_html(_briefing())
    assert "Turnout in the city was <strong>64%</strong>" in html and html.count("64%") == 1
    assert "<strong>12%</strong> rise in prices" in html
