"""Next steps the parse hides or fakes: a schedule word after a noun and its number, a year that
only labels a thing, a supposition under an "if" in the past tense."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, steps


def test_due_after_a_noun_and_its_number_with_a_date_ahead_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The growers got an advance of 300 euros due by the end of March.
        The district owes a payment of 40 million due next week.
        """,
    )
    text = steps(f)
    assert "advance of 300 euros due by the end of March" in text
    assert "payment of 40 million due next week" in text
    whens = {s.when for s in f.next_steps}
    assert "next week" in whens


def test_due_after_a_noun_with_no_date_ahead_is_not_a_step(nlp: Any) -> None:
    # control: the schedule word with nothing dated after it
    text = steps(facets(nlp, "The growers got the advance of 300 euros due to them from the cooperative."))
    assert "advance of 300 euros" not in text


def test_a_year_that_labels_a_plan_does_not_hide_a_later_year_ahead(nlp: Any) -> None:
    body = """
        The county board met in Orlen on Monday.
        Members argued for three hours.
        The chairwoman left early.
        The {} plan was adopted in 2019 following a long fight.
        Critics called it vague.
        Work on the ring road ends in 2031.
        """
    assert "ring road ends in 2031" in steps(facets(nlp, body.format("2040")))
    assert "ring road ends in 2031" in steps(facets(nlp, body.format("new")))  # control


def test_a_year_as_a_date_still_tells_what_lies_in_the_past(nlp: Any) -> None:
    # control: a later year that dates a past event makes the earlier year history
    text = steps(
        facets(
            nlp,
            """
            The county board met in Orlen on Monday.
            Members argued for three hours.
            The chairwoman left early.
            The plan was finally adopted in 2040 after a long fight.
            Critics called it vague.
            Work on the ring road ended in 2031.
            """,
        )
    )
    assert "ring road" not in text


def test_a_supposition_under_a_past_if_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        If the old dam broke, the town of Pellow would flood.
        If Marta Quell won the lottery, she would buy the football club.
        If the bank were sold, about 400 jobs could go.
        """,
    )
    text = steps(f)
    assert "would flood" not in text
    assert "buy the football club" not in text
    assert "400 jobs" not in text


def test_a_condition_reported_or_ahead_still_gives_a_step(nlp: Any) -> None:
    # controls: the past tense shifted by a verb of saying, and a real condition ahead
    text = steps(
        facets(
            nlp,
            """
            The drivers' union said that if talks failed, its members would strike in May.
            If the council approves the scheme, work will start in June.
            """,
        )
    )
    assert "would strike in May" in text
    assert "work will start in June" in text


def test_a_for_to_clause_is_what_a_call_asks_for(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Police in Varn are appealing for witnesses to come forward.
        Residents have called for the old footbridge to be closed.
        """,
    )
    text = steps(f)
    assert "appealing for witnesses to come forward" in text
    assert "footbridge to be closed" in text


def test_a_for_to_clause_on_a_verb_of_waiting_is_not_a_step(nlp: Any) -> None:
    # control: "for ... to" after a verb that asks for nothing
    f = facets(nlp, "Tomas Verde waited for the last bus to arrive.")
    assert "bus" not in steps(f)


def test_a_decision_taken_on_a_past_day_for_a_day_ahead_is_a_step(nlp: Any) -> None:
    f = facets(nlp, "The dockers' union voted on Monday to strike on Friday.")
    assert "to strike on Friday" in steps(f)
    assert [s.when for s in f.next_steps] == ["Friday"]  # not the day of the vote


def test_a_decision_told_with_a_past_date_has_no_step_from_the_infinitive_date(nlp: Any) -> None:
    # control: nothing dated ahead, only the day of the vote
    f = facets(nlp, "The dockers' union voted on Monday to accept the pay offer.")
    assert "pay offer" not in steps(f)


def test_a_span_counted_from_now_dates_the_step(nlp: Any) -> None:
    f = facets(nlp, "The probe will fall back to the ground in about ten days, the agency said.")
    assert [s.when for s in f.next_steps] == ["about ten days"]
    # control: a span on a noun looks back
    assert steps(facets(nlp, "The shares posted their biggest rise in two years.")) == ""


def test_a_plural_verb_after_a_team_name_read_as_a_noun_still_gives_the_fixture(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The visitors scored twice late on.
        Kelby United host Dorne Athletic on Saturday.
        """,
    )
    assert "Kelby United host Dorne Athletic on Saturday" in steps(f)


def test_a_verbless_caption_with_a_day_is_not_a_step(nlp: Any) -> None:
    # control: a noun root with no name before it is a caption, not a verb misread
    f = facets(
        nlp,
        """
        The visitors scored twice late on.
        Crowds in Market Square on Monday.
        """,
    )
    assert "Crowds" not in steps(f)


def test_an_order_for_an_act_with_a_deadline_ahead_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        President Ivo Marek ordered the installation of 800 timber cabins within five weeks.
        The regulator demanded an explanation by the end of the month.
        """,
    )
    text = steps(f)
    assert "installation of 800 timber cabins within five weeks" in text
    assert "explanation by the end of the month" in text


def test_an_order_for_an_act_with_no_deadline_is_not_a_step(nlp: Any) -> None:
    # control: the same directive, done, with nothing ahead
    assert "review" not in steps(facets(nlp, "The judge ordered a review of the case."))


def test_a_dated_quoted_pledge_whose_speaker_is_named_before_is_a_step(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            The farm minister, Ola Brenn, spoke at the spring fair in Tolmar on Saturday.
            The ministry will publish its rural plan on 3 June.
            Brenn said grants for young farmers had been too small.
            'So we raised the grant for young farmers to 5,000 crowns.
            'In the next term we will triple the grant for farms under 50 hectares.
            The opposition will set out its own plan on Tuesday.
            The fair closes on Sunday.
            'We shall all miss the old showground.
            """,
        )
    )
    assert "we will triple the grant for farms under 50 hectares" in text
    assert "showground" not in text  # control: an undated quoted "we will" with no speaker


def test_a_past_passive_that_sets_a_day_ahead_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The driver was charged with careless driving and bailed to appear before magistrates on 12 March.
        A woman, 34, was arrested and released on bail to return to the police station on 4 May.
        """,
    )
    text = steps(f)
    assert "bailed to appear before magistrates on 12 March" in text
    assert "return to the police station on 4 May" in text
    assert {s.when for s in f.next_steps} == {"12 March", "4 May"}  # not the age "34"


def test_a_past_passive_with_a_purpose_and_no_day_ahead_is_not_a_step(nlp: Any) -> None:
    # control: the day is that of the arrest
    assert steps(facets(nlp, "Lena Orr was arrested on Monday to face questions.")) == ""


def test_a_when_question_with_will_keeps_its_frame(nlp: Any) -> None:
    text = steps(facets(nlp, "It is unclear when the Orla footbridge will reopen."))
    assert "It is unclear when the Orla footbridge will reopen" in text
    # control: a real time clause (no "will" in it) still gives the main clause's step
    text = steps(facets(nlp, "When the Orla footbridge reopens, the ferry will stop."))
    assert "the ferry will stop" in text


def test_a_when_question_in_the_past_is_not_a_step(nlp: Any) -> None:
    assert steps(facets(nlp, "It was unclear when the Orla footbridge would reopen.")) == ""


def test_a_call_standing_in_a_petition_is_a_step(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            "Campaigners in Brill have launched a petition calling on the council to reverse the decision.",
        )
    )
    assert "petition calling on the council to reverse the decision" in text
    # control: a participle in a caption-like line with no call in it
    assert steps(facets(nlp, "Campaigners in Brill holding a petition outside the town hall.")) == ""


def test_an_effort_under_way_reported_under_a_past_verb_of_saying_is_a_step(nlp: Any) -> None:
    text = steps(facets(nlp, "Dorin Pask said he was considering legal action against the club."))
    assert "considering legal action" in text
    # control: the same progressive telling the story, with no one saying it
    text = steps(facets(nlp, "Dorin Pask was considering a move abroad when the war began."))
    assert "move abroad" not in text


def test_a_verb_read_as_an_adjective_with_a_day_ahead_is_a_step(nlp: Any) -> None:
    assert "Ticket sales open on Friday" in steps(facets(nlp, "Ticket sales open on Friday at 9am."))


def test_a_season_the_tagger_leaves_out_still_dates_the_step(nlp: Any) -> None:
    f = facets(nlp, "The Harl Quartet will tour Europe in the autumn.")
    assert [s.when for s in f.next_steps] == ["the autumn"]
    # control: the same season in a past story gives no step
    assert steps(facets(nlp, "Last year the Harl Quartet toured Europe in the autumn.")) == ""


def test_a_would_under_a_past_time_clause_is_a_habit_not_a_step(nlp: Any) -> None:
    text = steps(
        facets(nlp, "In Dalby the young men would light a bonfire on the green when the first snow came.")
    )
    assert "bonfire" not in text


def test_a_time_clause_ahead_or_reported_still_gives_a_step(nlp: Any) -> None:
    # controls: a time clause in the present, and the past shifted by a verb of saying
    f = facets(
        nlp,
        """
        The Dalby ferry will stop when the new bridge opens.
        Minister Ana Belk said she would resign when the report came out.
        """,
    )
    text = steps(f)
    assert "ferry will stop" in text
    assert "would resign" in text


def test_an_effort_under_way_in_the_passive_is_a_step(nlp: Any) -> None:
    assert "is still being investigated" in steps(
        facets(nlp, "The cause of the Brill mill fire is still being investigated.")
    )
    # control: the same in the past tells the story
    text = steps(
        facets(nlp, "The cause of the Brill mill fire was being investigated when a second fire broke out.")
    )
    assert "investigated" not in text


def test_a_statement_still_pending_is_a_step(nlp: Any) -> None:
    text = steps(facets(nlp, "Funeral arrangements for Edda Lorn have yet to be announced."))
    assert "have yet to be announced" in text
    # control: "have to say" is a manner of speaking
    assert steps(facets(nlp, "I have to say the soup at the Lorn cafe was good.")) == ""


def test_what_a_recording_shows_is_not_a_step(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            "On the tape the guard is heard shouting at Ms Leal, and he vows to post the clip online.",
        )
    )
    assert "post the clip" not in text


def test_a_step_dated_ahead_under_a_verb_of_hearing_is_kept(nlp: Any) -> None:
    # control: a date ahead inside what is heard
    text = steps(facets(nlp, "The mayor can be heard saying the Brill footbridge will reopen on 3 June."))
    assert "reopen on 3 June" in text


def test_a_verb_with_its_particle_read_as_a_noun_still_gives_the_event(nlp: Any) -> None:
    text = steps(facets(nlp, "The opera's world tour sets off from Dublin on 5 March."))
    assert "world tour sets off from Dublin on 5 March" in text
    # control: a noun root with neither a particle nor a name before it
    assert steps(facets(nlp, "The visitors scored twice.\nCrowds in Market Square on Monday.")) == ""
