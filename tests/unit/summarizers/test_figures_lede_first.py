"""The figures open with the lede's weightiest one: a digest shows only the first few lines, and the
story's own number (the lede's) comes before a weightier-looking sum told further down. Only the order
changes: the same figures are listed. All texts are written for these tests."""

from __future__ import annotations

from newsbrief.summarizers.briefing import build_briefing
from newsbrief.summarizers.types import Article

TITLE = "Cold snap drives northern gas use to a record"
LEDE = "Gas use across the northern valleys reached a record 9.3 gigawatts on Monday as frost set in."
BODY = [
    "The network operator Nordgas said it had asked mills to cut use at night until the frost eases.",
    "Energy Minister Ida Brenn said the state would present a plan next month to speed up heat pumps,"
    " including 2.4 billion euros in cheap loans.",
    "The 2.4 billion euros would come from the climate fund, she said.",
    "Forecasters expect milder air by Thursday.",
]


def _figures(text: str) -> list[str]:
    return [f.value for f in build_briefing(Article(id="t", text=text, title=TITLE)).figures]


def test_the_lede_figure_opens_the_list() -> None:
    values = _figures("\n\n".join([LEDE, *BODY]))
    assert values[0].startswith("9.3")
    assert any("billion" in v for v in values)  # the sum is still listed, after it


def test_without_a_figure_in_the_lede_the_weightiest_leads() -> None:
    # positive control: with the lede's number gone, the sum told further down opens the list
    values = _figures("\n\n".join([LEDE.replace("a record 9.3 gigawatts", "a record"), *BODY]))
    assert values and "billion" in values[0]
