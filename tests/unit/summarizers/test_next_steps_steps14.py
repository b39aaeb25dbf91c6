"""Next steps on short texts written for these tests: forward-looking forms that tell a disposition
rather than an event (a wish about what others believe, a reaction caused in others, a standing
preference, a musing in the first person), each beside a control that stays a step."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_a_wish_about_what_others_believe_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Dornbay ferry company cut its winter timetable to two crossings a day.
        The timetable is far from the picture of plenty its owners would like the islanders to believe.
        The company wants passengers to believe that the cuts are temporary.
        The islanders would like the council to vote on a second ferry in March.
        """,
    )
    assert "to believe" not in text  # a relative clause and a main clause
    assert "would like the council to vote on a second ferry in March" in text  # control: an act wished for


def test_a_wish_to_learn_keeps_its_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Dornbay ferry company cut its winter timetable to two crossings a day.
        Its owners would like the islanders to believe the cuts are temporary.
        Once the timetable is out, the islanders will want to know why the late boat was dropped.
        """,
    )
    assert "will want to know why the late boat was dropped" in text  # the subject's own wish
    assert "to believe" not in text


def test_a_reaction_caused_in_others_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Quenby parish council published photographs of the flooded bypass.
        Water stood a foot deep on the bypass for two days.
        These photographs will have the road contractors scratching their heads.
        The council will have the bypass inspected by engineers.
        """,
    )
    assert "scratching" not in text
    assert "will have the bypass inspected by engineers" in text  # control: an act arranged


def test_a_standing_preference_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The sprinter Odile Farrant trains at the Lessing track in Marlow.
        Farrant will only eat steamed vegetables before a race.
        Farrant will only run two races in the indoor season.
        """,
    )
    assert "steamed vegetables" not in text
    assert "will only run two races" in text  # control: a counted plan


def test_a_first_person_musing_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The baker Tomas Vell won the county prize for his rye loaf.
        Vell said: 'I will take the long way home from now on. When I pass a sweet stall I will look the other way.'
        Vell said he would open a second shop in Halberton next spring.
        """,
    )
    assert "long way home" not in text
    assert "look the other way" not in text
    assert "would open a second shop in Halberton next spring" in text  # control


def test_a_first_quoted_clause_keeps_its_words_when_a_second_follows(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Kenley club lost its cup tie on Saturday. 'We will appeal the red card, and we will win the replay,' the manager Dale Orrin said.
        """,
    )
    assert "We will appeal the red card" in text
    assert "the manager Dale Orrin said" in text


def test_a_quote_said_in_jest_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The potter Ines Moradi sold her hundredth kiln-fired vase at the Wexcombe fair.
        'My cat will demand a share of the takings,' Moradi joked.
        'I will open a second studio in Wexcombe next spring,' Moradi said.
        """,
    )
    assert "demand a share" not in text
    assert "will open a second studio in Wexcombe next spring" in text  # control: said, not joked


def test_a_guessed_view_an_open_outcome_and_a_judgement_are_no_steps(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The potter Ines Moradi sold her hundredth kiln-fired vase at the Wexcombe fair.
        'The other stallholders will think I cheated,' Moradi said.
        'We will see what the buyers make of the new glaze,' her partner said.
        Buyers said the blue vase would be hard to match.
        A critic said the vases would look striking in any hall.
        Moradi will exhibit the vases at the Tarrow gallery on Friday.
        """,
    )
    assert "think I cheated" not in text
    assert "what the buyers make" not in text
    assert "hard to match" not in text
    assert "look striking" not in text
    assert "will exhibit the vases at the Tarrow gallery on Friday" in text  # control


def test_a_willingness_and_a_past_rate_are_no_steps(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Ardle cider mill reopened after a fire gutted its press house.
        The owner said her grandfather would press forty barrels a week.
        The owner will gladly show visitors round the cellars.
        The owner said the mill would host a cider festival next month.
        """,
    )
    assert "forty barrels" not in text
    assert "gladly" not in text
    assert "would host a cider festival next month" in text  # control: a month ahead, not a rate


def test_what_lasts_for_all_time_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Ardle cider mill reopened after a fire gutted its press house.
        'That night will stay with us forever,' the owner said.
        'We will reopen the tasting room in April,' the owner said.
        """,
    )
    assert "forever" not in text
    assert "reopen the tasting room in April" in text  # control
