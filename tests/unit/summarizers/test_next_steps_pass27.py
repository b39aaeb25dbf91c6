"""pass 27: an indirect question in a thing's description ("an app which uses maps to predict when
buses will arrive") is no step; nor a modal "be" with its complement unsaid ("the pier is safe, or
they say it must be"); nor a simple present dated with a weekday whose events the story tells in
the past ("smoke rises over the ridge on Monday" after "the fire spread on Monday night"); nor a
present perfect in a span running now ("has won five races this autumn"). A service or a closure running
now until an hour ("is closed until 6pm", "said staff were giving out sandbags from 7am until 7pm") is a
step."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.summarizers.facet_texts import FERRY_STEP, facets, steps

# (lines of an article, words of the clause that must not be listed as a step)
_NOT_STEPS = {
    "a thing's question": (
        "The town's parking app, which uses sensors to predict how many spaces will be free, costs £2.",
        "how many spaces",
    ),
    "elided copula": (
        "The old pier is safe to walk on, or the harbour board insists it must be.",
        "insists it must be",
    ),
    "an elided copula in quotes": (
        "'Our crew is not the best on the river yet, but we will be,' the coach said.",
        "we will be",
    ),
    "day told in the past": (
        "Crews fought the blaze on the moor on Sunday.\nSmoke rises above the moor near Elbury on Sunday.",
        "Smoke rises",
    ),
    "day and its part told in the past": (
        "The flood was a metre deep on the high street on Sunday night, the police said.\n"
        "Water pours over the weir at Elbury on Sunday.",
        "pours over the weir",
    ),
    "a search told until an hour": (
        "Police said they were searching the woods until 9pm.",
        "searching the woods",
    ),
    "perfect in a span running now": (
        "The rowing eight has won five races in a row this autumn.",
        "won five races",
    ),
}

# (an article, words of the step it must still give)
_STEPS = {
    "a decision's question": (
        "The council will decide next week whether the old bridge will reopen.",
        "whether the old bridge will reopen",
    ),
    "a completed copula": ("The final will be on Friday at the county ground.", "final will be on Friday"),
    "a day not told in the past": (
        "Crews fought the blaze on the moor on Sunday.\nThe inquiry opens on Thursday.",
        "inquiry opens on Thursday",
    ),
    "a perfect passive setting a day": ("The final has been set for this Saturday.", "set for this Saturday"),
    "a service running now until an hour": (
        "The council said volunteers were giving out sandbags at the depot from 7am until 7pm.",
        "giving out sandbags",
    ),
    "a closure running now until an hour": (
        "The coast road is closed to traffic until 6pm.",
        "closed to traffic",
    ),
}


@pytest.mark.parametrize("case", sorted(_NOT_STEPS))
def test_no_step(nlp: Any, case: str) -> None:
    lines, gone = _NOT_STEPS[case]
    text = steps(facets(nlp, FERRY_STEP + lines))
    assert gone not in text
    assert "resume sailings on Monday" in text  # control


@pytest.mark.parametrize("case", sorted(_STEPS))
def test_still_a_step(nlp: Any, case: str) -> None:
    lines, kept = _STEPS[case]
    assert kept in steps(facets(nlp, lines))
