"""An ordinal the opening sentence leads on ("a fourth arrest", "her third shop": one more of
something) is a figure that says what it counts; an ordinal that names a part ("the second half"),
one told later in the story, and one that is only wanted or refused ("wants a second vote") are
not. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values_of


def test_an_ordinal_the_lede_leads_on_is_a_figure(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        A Norbury baker was fined on Monday for a fourth breach of the town's hygiene rules.
        The magistrate also ordered him to pay 300 pounds in costs.
        """,
    )
    assert "fourth breach" in got, got
    assert any("300" in v for v in got), got  # control: the story's other figure stays


def test_an_ordinal_after_a_possessive_is_a_figure(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        The Kelso grocer Ann Tully will open her third shop in the high street next month.
        The shop will employ 12 staff.
        """,
    )
    assert "third shop" in got, got


def test_an_ordinal_told_in_passing_is_not_a_figure(nlp: Any) -> None:
    later = values_of(
        nlp,
        """
        The Harwick council approved the new bus depot on Tuesday after a long debate.
        The depot will cost 4 million pounds to build.
        Its planners said a third depot might follow one day.
        """,
    )
    assert not any("third" in v for v in later), later
    part = values_of(
        nlp,
        """
        The Harwick striker scored in the second half to win the match for his club.
        The club has now won 14 games.
        """,
    )
    assert not any("second" in v for v in part), part
    assert any("14" in v for v in part), part  # control


def test_a_wanted_ordinal_is_not_a_figure(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        The Dalmore party wants to force a second vote on the harbour plan, its leader said.
        The plan would cost 80 million pounds.
        """,
    )
    assert not any("second" in v for v in got), got
    assert any("80" in v for v in got), got  # control


def _lines(nlp: Any, text: str) -> dict[str, str]:
    return {x.value: x.context for x in facets(nlp, text).figures}


def test_a_line_reaches_the_noun_the_number_premodifies(nlp: Any) -> None:
    # the parse loses the noun after the number ("new-born" read as a participle of another noun):
    # the line still says what the number counts
    got = _lines(nlp, "The keepers who weighed the 30kg new-born on Friday were delighted.\nIt rained.")
    assert got.get("30kg", "").endswith("new-born"), got


def test_a_line_ending_on_its_number_stays_when_no_noun_follows(nlp: Any) -> None:
    # control: an adverb after the number ends the stretch; nothing is pulled into the line
    got = _lines(nlp, "Fans saw the Harwick side lead 3-1 very late in the first leg.\nThe final is in May.")
    assert got.get("3-1", "").endswith("lead 3-1"), got
