"""steps41: what someone said they would do as a scene of a told story (to someone inside it, or
"then"), a thing's claim in the present ("a new kind of lamp promises to ..."), a fear ("concerned
that ..."), a dislike ("want nothing to do with") and a refusal held now ("isn't willing to") are no
steps; a warning to "you" bound by an order ("if you violate it you will be ...") and a proceeding
"under way" are. Texts are written for these tests."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

_steps = partial(
    built_steps_line, title="Allotment row in Brackley Vale", published=datetime(2032, 6, 9, 8, 0)
)


LEAD = (
    "BRACKLEY VALE - A row over water rights on the town's allotments ended up in the magistrates' "
    "court after a gardener flooded his neighbour's plot.\n\n"
    "The parish council will vote on a new hosepipe rota next month.\n\n"
)


def test_an_act_told_to_someone_inside_the_story_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "Mr Pellow found the sluice open when he came back from lunch.\n\n"
        + "He told the caretaker he would flood the whole terrace.\n\n"
        + "The caretaker phoned the police.",
    )
    assert "hosepipe rota" in got  # positive control
    assert "flood the whole terrace" not in got


def test_an_act_said_as_the_next_thing_in_a_story_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "The two men argued beside the water butts for several minutes.\n\n"
        + "Mr Pellow then insisted that he would dig up the pipes himself.\n\n"
        + "He fetched a spade from his shed.",
    )
    assert "hosepipe rota" in got
    assert "dig up the pipes" not in got


def test_an_intent_told_to_the_press_is_still_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD + "After the hearing Mr Pellow told a reporter he would appeal against the fine.",
    )
    assert "hosepipe rota" in got
    assert "appeal against the fine" in got  # a listener who carries it to the public


def test_a_things_claim_in_the_present_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "A new range of garden sprinklers promise to cut the water a plot uses by 40 per cent.\n\n"
        + "The garden shop promises to stock it for every plot holder.",
    )
    assert "hosepipe rota" in got
    assert "cut the water" not in got
    assert "stock it for every plot holder" in got  # a business's promise stays one


def test_a_warning_to_you_bound_by_an_order_is_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "Mr Pellow was given a six-month order to keep away from the terrace.\n\n"
        + "'If you violate this order you will be taken straight back into custody,' the chair of the "
        + "bench told him.",
    )
    assert "hosepipe rota" in got
    assert "taken straight back into custody" in got


def test_advice_to_anyone_under_you_stays_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD + "'If you water at dusk you will lose far less to the sun,' said the allotment secretary.",
    )
    assert "hosepipe rota" in got
    assert "lose far less" not in got  # a condition of anyone's habit, not a breach


def test_a_fear_of_what_may_come_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "Several plot holders who are concerned that the new rota will leave their beans dry have "
        + "written to the clerk.",
    )
    assert "hosepipe rota next month" in got
    assert "leave their beans dry" not in got


def test_wanting_little_to_do_with_someone_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "The proud Brackley bowling crowd want little to do with the tennis club next door, whose two "
        + "summer tournaments are far from full.",
    )
    assert "hosepipe rota" in got
    assert "tennis club next door" not in got


def test_a_refusal_held_now_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD + "His neighbour said Mr Pellow 'isn't willing to share the tap with anyone'.",
    )
    assert "hosepipe rota" in got
    assert "share the tap" not in got


def test_a_proceeding_under_way_is_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "An inquiry by the water board is under way into how the sluice was left open.\n\n"
        + "Building work is under way on a new pump house.\n\n"
        + "The first hearing got under way in the afternoon.",
    )
    assert "hosepipe rota" in got
    assert "inquiry by the water board is under way" in got
    assert "pump house" not in got  # work on a thing, not a proceeding
    assert "first hearing" not in got  # one that started in the past
