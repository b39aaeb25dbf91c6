"""steps30: past acts told as steps ("she did tell him to", "hid or threatened to" read with a
participle, "set up a page to mock him"), and the weekend read like its days ("their weekend game",
but "over the weekend" is the story's own)."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import FERRY_STEP, facets, steps

_FERRY = FERRY_STEP


def test_an_emphatic_past_warning_is_not_a_step(nlp: Any) -> None:
    text = steps(
        facets(
            nlp, _FERRY + "Mr Dunmore said he did tell his nephew to keep off the ice, as he could not swim."
        )
    )
    assert "keep off the ice" not in text
    assert "resume sailings on Monday" in text  # control
    reported = steps(facets(nlp, _FERRY + "The Dunmore board said it planned to close the depot."))
    assert "planned to close the depot" in reported


def test_a_past_threat_read_as_a_participle_is_not_a_step(nlp: Any) -> None:
    case = (
        "'You either included or threatened to include strangers, posting the address to his neighbours.'\n"
    )
    text = steps(facets(nlp, case + _FERRY))
    assert "threatened to include" not in text
    assert "resume sailings on Monday" in text  # control


_SET_UP = (
    "A landlord who posted fake bills to his tenant's employer and set up 45 email accounts to flood"
    " the office with complaints has been fined."
)


def test_set_up_with_a_purpose_is_not_a_plan(nlp: Any) -> None:
    text = steps(facets(nlp, _FERRY + _SET_UP))
    assert "email accounts" not in text
    assert "resume sailings on Monday" in text  # control


def test_a_weekend_fixture_lies_ahead(nlp: Any) -> None:
    text = steps(facets(nlp, "The Kelby squad met on Tuesday, preparing for a weekend derby against Rovers."))
    assert "weekend derby against Rovers" in text
    told = steps(facets(nlp, _FERRY + "The square hosted more than 90 concerts scheduled over the weekend."))
    assert "90 concerts" not in told
    assert "resume sailings on Monday" in told  # control
