"""Next steps on short texts written for these tests: tense, aspect and modality that tell the past or
the present (an act that happened when its infinitive did, a guess at what is going on now, a
supposition under a present frame, an opinion of what people at large ought to do), and steps told
as a pending appeal, a deadline given or a new rule, each beside a control."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, steps_of


def test_an_act_dated_on_its_infinitive_in_the_past_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Harrowgate kite festival drew crowds to the downs above Fellbridge.
        The wind began to drop on Sunday evening, and most kites came down.
        The organisers voted on Monday to hold the festival again on Saturday.
        """,
    )
    assert "began to drop" not in text
    assert "to hold the festival again on Saturday" in text  # control: a decision about a day ahead


def test_a_comment_declined_on_a_day_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        A Marlow builder was charged with fraud over unfinished loft conversions.
        His solicitor, Tessa Grint, declined to speak to reporters on Tuesday.
        The builder is due to appear before magistrates on Friday.
        """,
    )
    assert "declined" not in text
    assert "due to appear before magistrates on Friday" in text


def test_a_thing_not_offered_in_the_past_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Brinley quarry was closed after a rockfall on its eastern face.
        The owners didn't offer an apology for the rockfall, besides noting that it had rained.
        The owners will offer to pay for the damaged fences.
        """,
    )
    assert "offer an apology" not in text
    assert "will offer to pay for the damaged fences" in text


def test_a_supposition_under_a_present_frame_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Dunmore Rovers manager praised his young defenders after the draw.
        A former captain says the side would go down if the season were twice as long.
        The board said the side would appoint a new coach in June.
        """,
    )
    assert "would go down" not in text
    assert "would appoint a new coach in June" in text


def test_a_guess_at_what_is_going_on_now_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Pellow family have not been seen since they set out across the moor.
        Rescuers said the walkers might be sheltering in a bothy near the summit.
        The council could be selling the old depot next spring.
        """,
    )
    assert "sheltering" not in text
    assert "could be selling the old depot next spring" in text  # control: dated ahead


def test_a_guess_with_a_wait_ahead_stays_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Fennick twins are the youngest crew in the Solway yacht race.
        Their parents may be ticking off the hours till the boat reaches Portpatrick.
        """,
    )
    assert "the hours till the boat reaches Portpatrick" in text


def test_what_people_at_large_need_to_do_is_an_opinion(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Ashby allotment society lost its shed in a fire last month.
        Everyone has to stop leaving barbecues unattended, the chairman said.
        Members need to clear their plots by Friday.
        """,
    )
    assert "stop leaving barbecues" not in text
    assert "need to clear their plots by Friday" in text


def test_long_hours_worked_are_no_effort_toward_a_goal(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        Students at the Larkhill college say their grants do not pay for lodgings.
        Many students are working night shifts for a low wage.
        The student union is working to win a rent freeze from the landlords.
        """,
    )
    assert "night shifts" not in text
    assert "working to win a rent freeze" in text


def test_a_lodged_appeal_is_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        A Tarnwell landlord was fined for renting out a flat without a fire alarm.
        The landlord has filed an appeal over the fine.
        The landlord submitted a complaint about the inspector.
        """,
    )
    assert "has filed an appeal over the fine" in text
    assert "complaint" not in text  # control: a past act, no ruling named


def test_days_given_to_appeal_are_a_deadline_ahead(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        A Corbyford vet was struck off after neglecting animals in her care.
        She was given two months in which to answer the complaint.
        She was given a second chance by the council in 2019.
        """,
    )
    assert "given two months in which to answer the complaint" in text
    assert "second chance" not in text


def test_a_duty_laid_down_now_is_a_new_rule(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        A Wexley primary school was criticised after a pupil left the grounds alone.
        Staff are now obliged to sign every pupil out at the gate.
        Sitters in the portrait class are obliged to keep still for an hour.
        """,
    )
    assert "are now obliged to sign every pupil out" in text
    assert "keep still" not in text  # control: a standing description, not a new rule


def _whens(nlp: Any, text: str) -> list[str | None]:
    return [s.when for s in facets(nlp, text).next_steps]


def test_a_year_behind_is_not_when_a_step_happens(nlp: Any) -> None:
    whens = _whens(
        nlp,
        """
        The Ossery toy shop first sold its tin robot in 1985, and closed in 2019.
        Collectors will be able to buy the robot at its 1985 price from next month.
        """,
    )
    assert whens == ["next month"]


def test_a_span_in_the_past_is_not_when_a_step_happens(nlp: Any) -> None:
    whens = _whens(
        nlp,
        """
        The Brackenfield chess champion has not lost a game all winter.
        Her opponent will be the fourth grandmaster she has met over the past nine months.
        """,
    )
    assert not any(w and "past" in w for w in whens)


def test_a_pledge_in_a_quote_whose_speaker_was_named_before_is_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Hollin ferry carried a record number of walkers over the Easter weekend.
        Its manager, Dora Lind, added: 'The summer sailings are nearly full.
        'We'll be adding a second boat on the island route.'
        """,
    )
    assert "We'll be adding a second boat" in text
    control = steps_of(
        nlp,
        """
        The Hollin ferry carried a record number of walkers over the Easter weekend.
        The summer sailings are nearly full, according to the booking office.
        'We'll be adding a second boat on the island route.'
        """,
    )
    assert "second boat" not in control  # no speaker named: whose pledge it is, unknown


def test_a_pending_step_in_a_present_relative_clause_under_a_past_one(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        A Penrith cyclist lost her racing licence over a string of doping offences.
        The cyclist, who has filed a challenge to the suspension, was also fined by the panel.
        """,
    )
    assert "who has filed a challenge to the suspension" in text


def test_working_in_a_place_is_no_effort_toward_a_goal(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Dunmore violinist gave her first concert in the town hall since leaving for America.
        Her brother is working in Toronto as a carpenter these days.
        Her agent is working on a tour of the northern cathedrals.
        """,
    )
    assert "Toronto" not in text
    assert "working on a tour of the northern cathedrals" in text


def test_a_claim_made_to_the_reader_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Vellin spa opened a salt-cave room on its top floor.
        The spa says the salt treatment will clear your lungs in a single visit.
        The spa will open a second salt cave in May.
        """,
    )
    assert "your lungs" not in text
    assert "will open a second salt cave in May" in text


def test_what_someone_is_afraid_will_happen_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        Heavy rain has soaked the hillside above the village of Carnbrae for a week.
        Residents below the quarry are afraid the old spoil heap will slip onto their houses.
        Engineers will inspect the spoil heap on Thursday.
        """,
    )
    assert "spoil heap will slip" not in text
    assert "will inspect the spoil heap on Thursday" in text
