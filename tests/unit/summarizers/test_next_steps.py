"""Next steps on short texts written for these tests: what is ahead, and the forward-looking forms
that are not (a story told in the past, a judgement, a counterfactual, a fragment)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from newsbrief.summarizers.next_steps import extract_next_steps
from newsbrief.summarizers.parse import parse_sentences
from tests.unit.summarizers.facet_texts import facets, steps


def test_counterfactual_would_have_is_not_a_step_but_will_is(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            A faster repair would have saved the harvest, the farmers said.
            The co-operative will ask the regional government for compensation on Monday.
            """,
        )
    )
    assert "saved the harvest" not in text
    assert "compensation" in text


def test_a_story_told_in_the_past_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The hikers intended to reach the summit before dark.
        They agreed to split the food between them.
        Every night the wind would tear at the tents.
        He could see the lights of the village but couldn't reach them.
        The rescue team's leader said the trail would reopen on Saturday.
        """,
    )
    text = steps(f)
    assert "summit" not in text
    assert "split the food" not in text
    assert "tear at the tents" not in text
    assert "lights of the village" not in text
    assert "reopen on Saturday" in text  # positive control: reported future with a date


def test_agreement_in_the_present_perfect_with_a_date_is_a_step(nlp: Any) -> None:
    text = steps(facets(nlp, "The two unions have agreed to return to talks next week."))
    assert "return to talks next week" in text


def test_judgements_and_idioms_are_not_steps(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        It will be wonderful to see the square full of people again.
        For the families, the house will never feel the same.
        As any farmer will tell you, rain is never on time.
        The market will reopen on 3 May after repairs.
        """,
    )
    text = steps(f)
    assert "wonderful" not in text
    assert "never feel the same" not in text
    assert "any farmer" not in text
    assert "reopen on 3 May" in text


def test_fragments_without_a_subject_are_not_steps(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The group recruited would-be fighters online.
        Parents to be told of new school hours.
        Expected to reopen to swimmers next week.
        Ready to vote on the new timetable on Monday.
        The school board will announce new hours next Tuesday.
        """,
    )
    text = steps(f)
    assert "would-be" not in text
    assert "Parents to be told" not in text
    assert "reopen to swimmers" not in text  # a caption's forward-looking words, with no one to do them
    assert "vote on the new timetable" not in text
    assert "next Tuesday" in text  # positive control: the same kind of step with a subject


# Each case: a text, a phrase of it that is not a next step, and (the positive control) a phrase of
# the same text that is one.
NOT_A_STEP_BESIDE_A_STEP = [
    pytest.param(
        """
        Will the bridge ever open to traffic?
        Engineers will test the bridge's load on Thursday.
        """,
        "ever open",
        "Thursday",
        id="a_question_is_not_a_step",
    ),
    pytest.param(
        """
        Early forecasts that the river would burst its banks by March never came true.
        The agency will publish a new flood map in June.
        """,
        "burst its banks",
        "flood map",
        id="the_past_s_future_is_not_a_step",
    ),
    pytest.param(
        """
        The giant lantern was set to float over the lake last Saturday, but the wind was too strong.
        A smaller lantern is set to float over the river next Saturday.
        """,
        "over the lake",
        "over the river next Saturday",
        id="a_schedule_that_has_passed_is_not_a_step",
    ),
    pytest.param(
        """
        The mare was ready to gallop and jump at the county show.
        The union said its members were ready to resume talks with the port owners.
        """,
        "gallop",
        "ready to resume talks",
        id="readiness_in_the_past_tells_the_story_unless_reported",
    ),
    pytest.param(
        """
        In the dry season a shepherd will often walk twenty miles for water.
        The shepherds' co-operative will dig two new wells in March.
        """,
        "twenty miles",
        "dig two new wells",
        id="a_habit_is_not_a_step_even_with_will",
    ),
    pytest.param(
        """
        Nurses at the clinic are working long hours.
        Engineers are working to restore power to the valley.
        """,
        "long hours",
        "restore power",
        id="working_shifts_is_no_effort_towards_a_goal",
    ),
    pytest.param(
        """
        Will Hartley and Sam Ode are back in the squad.
        Hartley will captain the side against the Harriers on Saturday.
        """,
        "back in the squad",
        "captain the side",
        id="a_name_is_no_trigger",
    ),
    pytest.param(
        """
        A photo from the festival shows the band on stage on March 3.
        The bridge reopens to traffic on March 30.
        """,
        "band on stage",
        "reopens to traffic on March 30",
        id="a_date_on_what_a_video_shows_is_not_a_schedule",
    ),
    pytest.param(
        """
        Boasting that she could swim the lake, the girl dived off the jetty.
        The young golfer said he would turn professional next year.
        """,
        "jetty",
        "turn professional next year",
        id="a_forward_word_inside_a_leading_participle_of_a_past_story_is_not_a_step",
    ),
    pytest.param(
        """
        The key to a good harvest is to plant early.
        The plan is to open the bridge in May.
        """,
        "plant early",
        "open the bridge in May",
        id="advice_for_anyone_is_not_a_plan",
    ),
    pytest.param(
        """
        Having planned to stay for a week, the painter stayed for a year.
        The painter plans to stay for another year.
        """,
        "for a week",
        "plans to stay for another year",
        id="a_plan_in_a_perfect_participle_was_made_before",
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), NOT_A_STEP_BESIDE_A_STEP)
def test_not_a_step_beside_its_control(nlp: Any, text: str, absent: str, present: str) -> None:
    got = steps(facets(nlp, text))
    assert absent not in got
    assert present in got


def test_efforts_obligations_charges_and_proceedings_ahead(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The city is trying to find a new operator for the tram line.
        Bidders have to submit their plans by the end of the month.
        The former treasurer faces up to ten years in prison.
        The trial continues.
        """,
    )
    text = steps(f)
    assert "trying to find a new operator" in text
    assert "have to submit" in text
    assert "ten years in prison" in text
    assert "The trial continues" in text


def test_the_listener_of_a_reporting_verb_is_kept(nlp: Any) -> None:
    f = facets(nlp, "The airline will cut 400 jobs by March, its chief executive told Reuters.")
    assert f.next_steps
    assert "told Reuters" in f.next_steps[0].text


def test_a_leading_participle_is_trimmed_and_the_step_stays_one_span(nlp: Any) -> None:
    sentence = (
        "Drawn up in secret and circulated to ministers over several months, the report warns that "
        "the dam will fail if the spring floods are heavy."
    )
    f = facets(nlp, sentence)
    assert f.next_steps
    step = f.next_steps[0].text
    assert "the dam will fail if the spring floods are heavy" in step
    assert "Drawn up in secret" not in step
    assert step in sentence  # contiguous words of the source, not reassembled


def test_a_recurring_date_is_not_when_a_step_happens(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Drivers will pay a fee of five euros on weekdays.
        Cameras will be switched on on 1 July.
        """,
    )
    fee = [s for s in f.next_steps if "five euros" in s.text]
    cameras = [s for s in f.next_steps if "Cameras" in s.text]
    assert cameras and cameras[0].when == "1 July"
    assert fee, "the fee is a step (else the check below proves nothing)"
    assert all(s.when is None for s in fee)


def test_steps_are_deterministic_and_words_of_the_source(nlp: Any) -> None:
    text = """
    The council will vote on the budget on Thursday.
    Officials said the new library would open in the spring.
    The mayor has promised to publish the contracts next week.
    """
    first = facets(nlp, text)
    second = facets(nlp, text)
    assert [s.text for s in first.next_steps] == [s.text for s in second.next_steps]
    words = set(re.findall(r"\w+", text))
    for s in first.next_steps:
        assert set(re.findall(r"\w+", s.text)) <= words


def test_an_effort_under_way_in_a_time_clause_is_a_step(nlp: Any) -> None:
    f = facets(nlp, "The survey comes as the council is trying to raise parking fees across the city.")
    text = steps(f)
    assert "the council is trying to raise parking fees" in text
    assert not text.startswith("as ")  # the clause's own words, without its conjunction


def test_an_open_question_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Nobody knows what the harbour board will decide about the fares.
        The ferry company will publish a new timetable on Monday.
        """,
    )
    text = steps(f)
    assert "will decide" not in text
    assert "new timetable" in text  # positive control


def test_an_outcome_still_due_in_a_whether_clause_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        It is unclear whether the ferry will sail again this winter.
        The skipper asked whether the cook would stay on board.
        """,
    )
    text = steps(f)
    assert "It is unclear whether the ferry will sail again" in text  # the frame keeps the doubt
    assert "the cook would stay" not in text  # a question told in the past: the story


def test_an_attitude_and_a_past_purpose_are_not_steps(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The club is trying to be as cheerful as possible.
        The reason was to avoid long queues at the gates.
        The club is trying to sell the remaining tickets before the final.
        The plan is to open the gates two hours early.
        """,
    )
    text = steps(f)
    assert "cheerful" not in text
    assert "avoid long queues" not in text
    assert "sell the remaining tickets" in text
    assert "open the gates two hours early" in text


def test_a_past_plan_told_by_a_document_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The indictment says the two men planned to smuggle the paintings through the port.
        The gallery says it plans to show the recovered paintings in a new wing.
        """,
    )
    text = steps(f)
    assert "smuggle the paintings" not in text
    assert "show the recovered paintings" in text  # a plan still current, told in the present


def test_a_stated_plan_ranks_before_a_bare_prediction(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The lake will be colder than usual.
        The town council is trying to build a new pier.
        """,
    )
    assert len(f.next_steps) == 2
    assert "new pier" in f.next_steps[0].text  # a word of effort says it, not only "will"


def test_from_and_within_alone_do_not_point_ahead(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The judges ruled that the float, which is built from 3,000 paper flowers, could not be driven through the old town.
        The parade will leave from the harbour on Sunday.
        """,
    )
    text = steps(f)
    assert "paper flowers" not in text  # "could not" told of the past; "from" is no date
    assert "leave from the harbour on Sunday" in text


def test_a_guess_of_worth_or_a_judgement_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A restored bicycle could be worth more than a new one.
        It may be the warmest spring the valley has seen.
        The new clinic could be open to patients in June.
        The driver could be banned from the roads for a year.
        """,
    )
    text = steps(f)
    assert "worth more" not in text
    assert "warmest spring" not in text
    assert "open to patients in June" in text  # a state that comes about, with a date
    assert "banned from the roads" in text  # what may be done to someone


def test_offering_a_thing_is_not_a_step_offering_to_act_is(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The bakery on the corner offers twelve kinds of rye bread.
        The landlord offered an apology to the tenants.
        The developer offered to pay for the new footbridge.
        """,
    )
    text = steps(f)
    assert "rye bread" not in text
    assert "apology" not in text
    assert "pay for the new footbridge" in text


def test_advice_to_anyone_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        You need to carry a spare tyre on the mountain roads.
        One in four drivers will pay more for fuel next year, the motoring group said.
        Voters will need to register by Friday to take part in the ballot.
        """,
    )
    text = steps(f)
    assert "spare tyre" not in text
    assert "pay more for fuel" in text  # "one in four" counts people
    assert "register by Friday" in text


def test_the_same_step_twice_is_listed_once(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ferry company will cut its winter sailings to two a day from November.
        Regular passengers complained about the timetable.
        The ferry company will cut its winter sailings to two a day from November, a spokesman for the harbour board confirmed.
        """,
    )
    assert sum("winter sailings" in s.text for s in f.next_steps) == 1


def test_would_under_a_present_verb_of_saying_tells_a_habit(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The report states the neighbour would cycle to the coast and swim in the bay.
        The stable owner said the riding school would reopen in the spring.
        """,
    )
    text = steps(f)
    assert "swim in the bay" not in text
    assert "reopen in the spring" in text  # a past verb of saying shifts a future back


def test_hoping_is_read_as_hope(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The club chairman walked the pitch with the groundsman after the storm.
        The ministry is hoping to open the new rail line to passengers.
        """,
    )
    assert "open the new rail line" in steps(f)


def test_a_plan_held_or_announced_is_a_step_a_plan_judged_is_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The harbour trust has plans to dredge the channel on Monday.
        The mayor has condemned the governor's promise to sell the ferry company.
        Unveiling its plans to build a marina, the trust said it had found a site.
        Abandoning its plans to build a ferry pier, the trust said the money would go elsewhere.
        """,
    )
    text = steps(f)
    assert "dredge the channel" in text
    assert "sell the ferry company" not in text
    # a plan made known in a leading participle is still the trust's plan ahead (the unveiling is
    # past, the marina is not); a plan given up in one is not
    assert "plans to build a marina" in text
    assert "ferry pier" not in text


def test_an_event_of_the_publication_day_is_a_step_a_state_today_is_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ferry company is today launching a night service to the islands.
        The boatyard today employs forty people.
        """,
    )
    text = steps(f)
    assert "launching a night service" in text
    assert "forty people" not in text


def test_a_possibility_not_ruled_out_is_a_step_one_ruled_out_is_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The harbour board did not rule out a rise in mooring fees.
        The mayor refused to rule out a second vote on the tram line.
        Police have ruled out foul play in the death of the swan.
        """,
    )
    text = steps(f)
    assert "rise in mooring fees" in text
    assert "second vote on the tram line" in text
    assert "foul play" not in text


def test_a_pledge_and_a_schedule_of_it_are_steps_a_purpose_is_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The bakery is committed to cutting its flour waste by half.
        The chapel closed in 1987; it is due to become a climbing centre.
        When neighbours fall out, a mediator steps in to decide who pays for the fence, the agency said.
        The kennel club's chairman wants to open a second shelter near the river.
        """,
    )
    text = steps(f)
    assert "cutting its flour waste" in text
    assert "The chapel closed in 1987; it is due to become a climbing centre" in text  # what "it" is
    assert "to decide who pays for the fence" not in text
    assert "open a second shelter" in text


def test_a_pronoun_step_keeps_the_nearest_clause_that_names_its_subject(nlp: Any) -> None:
    f = facets(
        nlp,
        "A letter reached the council on Monday, days after the mayor had gone on radio to say she "
        "was committed to finishing the tram line.",
    )
    text = steps(f)
    assert "the mayor had gone on radio to say she was committed to finishing the tram line" in text
    assert "reached the council" not in text


def test_an_age_is_not_when_a_step_happens(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The club will open a new pitch for 10-year-olds on Friday.
        The council will double free swimming lessons for five- and six-year-olds.
        """,
    )
    whens = {s.when for s in f.next_steps}
    assert "Friday" in whens
    assert not any(w and "year-old" in w for w in whens)


def test_a_season_ahead_is_a_date(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The harbour board met on Tuesday.
        The museum opens its new wing this summer.
        The old ferry sank last winter.
        """,
    )
    text = steps(f)
    assert "new wing this summer" in text
    assert "sank" not in text  # a season behind us: the story
    assert any(s.when == "this summer" for s in f.next_steps)


def test_a_speakers_own_past_in_quoted_speech_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The coach said: "We wanted to win the cup for the fans."
        The club said it planned to build a new stand.
        """,
    )
    text = steps(f)
    assert "win the cup" not in text  # quoted words keep their own tense: the past
    assert "build a new stand" in text  # reported speech shifts a plan still current


def test_a_modal_that_only_describes_a_thing_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The tailor adds pockets that will hold a phone.
        The council hired a firm that will repair the bridge next month.
        """,
    )
    text = steps(f)
    assert "hold a phone" not in text
    assert "repair the bridge next month" in text  # a dated event in the relative clause stays


def test_past_forms_of_planning_words_tell_the_story(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The climbers were preparing to leave the camp when the storm hit.
        The farmers didn't want to sell the land.
        The rower had set up a training camp in December.
        The painting appealed to collectors.
        Watching the boats come in is to see the town at work.
        """,
    )
    assert steps(f) == ""
    g = facets(
        nlp,
        """
        The climbers are preparing to leave the camp on Friday.
        The farmers want to sell the land to the council.
        The final is set for December.
        The mayor appealed for calm.
        The town is to open its gardens next month.
        """,
    )
    text = steps(g)  # positive controls: the same words, ahead
    for ahead in ("leave the camp on Friday", "sell the land", "set for December", "calm", "gardens"):
        assert ahead in text


def test_a_dated_past_fact_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The keeper posted a photo of his voting slip to the club on Wednesday.
        On Sunday the rowers set a new course record.
        The driver was banned for a year, fined £200 and ordered to pay costs.
        """,
    )
    assert steps(f) == ""
    g = facets(
        nlp,
        """
        The rowers are set to race again on Sunday.
        The driver was ordered to appear in court next month.
        """,
    )
    text = steps(g)  # positive controls
    assert "race again on Sunday" in text
    assert "appear in court next month" in text


def test_two_sentences_saying_the_same_step_give_one_line(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The new bridge over the river will open to traffic on Monday, the council said.
        The mayor said the new bridge is expected to open to traffic on Monday.
        The ferry service will end in June.
        """,
    )
    lines = [s.text for s in f.next_steps]
    assert sum("open to traffic" in line for line in lines) == 1
    assert any("ferry service will end in June" in line for line in lines)  # a different step stays


def test_a_year_ahead_of_the_story_dates_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The club was founded in 2009 and won the league in 2019.
        The new stadium opens in 2031.
        The old stadium opened in 1990.
        """,
    )
    text = steps(f)
    assert "new stadium opens in 2031" in text  # after every year the story puts in the past
    assert "1990" not in text


def test_the_publication_date_tells_which_years_lie_ahead(nlp: Any) -> None:
    parsed = parse_sentences(nlp, ["The new stadium opens in 2031.", "The old stadium opened in 1990."])
    assert extract_next_steps(parsed) == ()  # no date to read the year against
    ahead = extract_next_steps(parsed, date(2026, 5, 1))
    assert [s.text for s in ahead] == ["The new stadium opens in 2031"]
    assert extract_next_steps(parsed, date(2032, 5, 1)) == ()  # published after: history


def test_a_start_from_today_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The harbour board met on Tuesday.
        The new parking rules apply from today.
        The café opened its doors from today last year.
        """,
    )
    text = steps(f)
    assert "new parking rules apply from today" in text
    assert "café" not in text  # a start in the past: the story


def test_today_in_words_said_on_another_day_is_not_ours(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        "I am feeling stronger and am leaving the clinic today," the singer said in a post on Sunday.
        The bridge is reopening today, the council said.
        The museum is opening its new wing today.
        """,
    )
    text = steps(f)
    assert "clinic" not in text  # the singer's today was Sunday
    assert "bridge is reopening today" in text  # an event of the publication day, even late on
    assert "new wing today" in text


def test_a_condition_cut_off_from_its_main_clause_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The shop stays open late if customers need to collect parcels.
        The clinic will open on Sundays if nurses agree to extra shifts.
        """,
    )
    lines = [s.text for s in f.next_steps]
    assert not any(line.startswith("if ") for line in lines)
    assert any("clinic will open on Sundays if nurses agree" in line for line in lines)  # kept whole


def test_a_clause_inside_a_condition_cut_off_from_its_main_clause_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Growers favour a cheaper tariff even if that means the canal is not dredged in the next three years.
        The ferry will stop running in the next three years if the canal is not dredged.
        """,
    )
    lines = [s.text for s in f.next_steps]
    assert not any(line.startswith("the canal is not dredged") for line in lines)
    # control: the condition kept with what it conditions
    assert any("ferry will stop running" in line for line in lines)


def test_a_need_that_only_describes_a_thing_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A larger levy is the surest way to ensure that the valley gets the money it needs to mend its dams.
        The valley council needs to mend its dams before the rains.
        """,
    )
    lines = [s.text for s in f.next_steps]
    assert not any("gets the money" in line for line in lines)
    assert any("council needs to mend its dams" in line for line in lines)  # control: the need itself


def test_a_day_after_an_hour_dates_the_verb_the_hour_hangs_on(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            Storm damage closed most of the harbour.
            The coastguard said the harbour had been closed to small boats, and the footbridge stays shut until 9am on Friday.
            """,
        )
    )
    assert "footbridge stays shut until 9am on Friday" in text


def test_an_intent_told_in_indirect_speech_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Fishing crews blocked the harbour mouth for six hours on Tuesday.
        The crews say the new quotas halve their catch.
        Several boats had been tied up since the spring.
        Shore workers joined the protest at midday.
        The harbour master said the blockade was peaceful.
        A spokeswoman for the crews said the fleet was angry.
        The harbour master said they would be angry about the fees.
        The union leader said he would be questioned by police.
        The fishermen's union said it would take the fisheries ministry to court over the quotas.
        """,
    )
    lines = [s.text for s in f.next_steps]
    assert any("would take the fisheries ministry to court" in line for line in lines)
    assert not any("would be angry" in line for line in lines)  # a state, not an intent
    assert not any("would be questioned" in line for line in lines)  # done to him, not his intent


def test_an_intent_in_indirect_speech_is_not_a_sure_step_past_the_first_six(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The union will hold a ballot on 3 May.
        The ballot result will be announced on 10 May.
        The transport minister will meet union leaders on 4 May.
        Bus services will be cut on 5 May.
        The drivers' union said it would keep its members away from the depots until the talks resume.
        The tram line will close on 6 May.
        Commuters will get refunds from 7 May.
        The council will publish a new timetable on 8 May.
        Depot staff walked out on Monday.
        """,
        title="Drivers walk out",
    )
    lines = [s.text for s in f.next_steps]
    assert len(lines) == 7  # the six dated steps before it, and one more that is sure
    assert not any("away from the depots" in line for line in lines)


def test_an_act_a_named_body_must_still_do_to_a_thing_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ferry firm has bought two new vessels.
        The ferry firm owns two older boats, which must still be inspected by the maritime agency.
        The ferry firm owns a third boat, which will carry more cars.
        """,
    )
    lines = [s.text for s in f.next_steps]
    assert any("inspected by the maritime agency" in line for line in lines)
    assert not any("carry more cars" in line for line in lines)  # control: a modal that describes


def test_more_steps_on_the_same_date_give_way_to_a_different_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The regional airline must repay a 40 million loan to the state bank on 12 June.
        Its chief executive said the airline was ready to repay the loan on 12 June.
        Pilots were told the repayment on 12 June would be made in full.
        The loan falls due on 12 June, the bank confirmed.
        A missed payment on 12 June could ground the fleet.
        The airline is seeking a buyer for its cargo arm.
        The airline plans to cut twelve routes to save money.
        """,
        title="Airline faces deadline",
    )
    lines = [s.text for s in f.next_steps]
    assert any("cut twelve routes" in line for line in lines)
    assert sum("12 June" in line for line in lines) == 4  # the same-day lines after the first still count


def test_a_passive_reporting_frame_keeps_its_auxiliary(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            The depot flooded overnight.
            Drivers were told the depot would reopen on Thursday.
            """,
        )
    )
    assert "Drivers were told the depot would reopen on Thursday" in text  # not "Drivers told ..."


def test_a_speaker_described_by_a_phrase_keeps_the_phrase_whole(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Heavy rain fell across the valley for a week.
        Water levels have risen since 2019, and engineers inspecting the dam said that the spillway could fail by the spring.
        The grower, who has farmed the valley floor for thirty years, said the co-operative would replant in the summer.
        """,
    )
    text = steps(f)
    assert "engineers inspecting the dam said" in text  # not "engineers the dam said"
    assert "The grower said the co-operative would replant" in text  # less the clause that describes him


def test_a_would_said_inside_a_description_of_the_story_is_the_past_s_future(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The harbour chief resigned last night, hours after a newspaper printed letters in which he told a builder he would 'look after' the permit.
        The choir published a note in which its director said she would retire at the end of the year.
        """,
    )
    text = steps(f)
    assert "look after" not in text
    assert "would retire at the end of the year" in text  # control: a time ahead keeps it


def test_sentences_with_a_call_on_or_an_act_yet_to_come_are_parsed_for_steps(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            A storm tore the roof off the library on the hill.
            Rain poured into the reading room all night.
            Books from the lower shelves were carried out by volunteers.
            The building has stood on the hill for a century.
            The library's owners are yet to say whether it can be saved.
            Residents called on the council to rebuild the reading room.
            """,
        )
    )
    assert "yet to say whether it can be saved" in text
    assert "called on the council to rebuild the reading room" in text


def test_a_step_pointing_back_carries_the_sentence_before(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The folk festival moves to Harlow Park this year.
        Crowds there are expected to top 40,000 on Saturday.
        The city cut bus fares by half last spring.
        The mayor will extend that to the tram network in June.
        There will be a vote on the tram budget on Monday.
        """,
    )
    lines = [s.text for s in f.next_steps]
    assert "The folk festival moves to Harlow Park this year. Crowds there are expected" in " || ".join(lines)
    assert "The city cut bus fares by half last spring. The mayor will extend that" in " || ".join(lines)
    # control: an existential "there" points nowhere
    assert "There will be a vote on the tram budget on Monday" in lines


def test_a_year_ahead_on_an_infinitive_is_a_step_of_the_clause_that_wants_it(nlp: Any) -> None:
    # the year is the sentence's only cue: it is parsed because it is the latest year named, and
    # the dated infinitive ("to rebuild ... by 2029") makes a step of the present clause it completes
    # ("is keen")
    text = steps(
        facets(
            nlp,
            """
            The sea wall of the fishing village of Carrow collapsed during a storm in March 2024.
            Forty boats were lost and the harbour was closed for a month.
            Divers found the wreck of one trawler a week later.
            The harbour trust was founded in 1998 by local families.
            The trust is keen to rebuild the sea wall by 2029.
            """,
        )
    )
    assert "The trust is keen to rebuild the sea wall by 2029" in text


def test_a_sentence_parsed_only_for_a_year_ahead_keeps_its_parse_to_the_steps(nlp: Any) -> None:
    parsed = parse_sentences(
        nlp,
        [
            "The old ferry pier at Dunmere burned down in June 2023.",
            "Firefighters fought the blaze for six hours.",
            "The pier had stood since 1901.",
            "The pier was built by a shipping line in 1901.",
            "The town is keen to open a new pier before 2027.",
        ],
    )
    last = parsed[-1]
    assert not last.parsed and not last.doc.has_annotation("DEP")  # the other facets read it as before
    assert last.step_doc is not None and last.step_doc.has_annotation("DEP")
    assert last.steps_doc is last.step_doc
    assert parsed[0].parsed and parsed[0].steps_doc is parsed[0].doc  # control: a lead sentence
    assert parsed[3].step_doc is None  # an older year than the latest is not ahead
    steps_text = [s.text for s in extract_next_steps(parsed)]
    assert "The town is keen to open a new pier before 2027" in steps_text


def test_a_year_that_only_labels_a_thing_does_not_set_when_the_article_speaks(nlp: Any) -> None:
    # "the operator's 2040 network map" names a map, not a time the story has reached: with no
    # publication date, 2031 still lies ahead
    text = steps(
        facets(
            nlp,
            """
            A new tram line opened in the Baltic port of Vellmar in May 2025.
            The operator's 2040 network map shows four more lines.
            A branch of the first line opens to the airport in 2031.
            """,
        )
    )
    assert "A branch of the first line opens to the airport in 2031" in text


def test_a_plan_dated_in_a_year_behind_the_story_is_done(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The club was founded in 2009 and won the league in 2019.
        The coach offered to resign on 3 March 2019.
        The chairman offered to meet the fans on 3 March 2031.
        The striker's form is unlikely to have gone unnoticed by rivals.
        The striker is expected to return on Saturday.
        """,
    )
    text = steps(f)
    assert "resign" not in text  # offered for a day in a year the story has left behind
    assert "unnoticed" not in text  # a perfect infinitive looks back
    assert "meet the fans on 3 March 2031" in text  # positive controls
    assert "return on Saturday" in text


def test_a_reported_plan_dated_in_a_year_behind_is_done(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The club was founded in 2009 and won the league in 2019.
        The prosecutor said the coach offered to drive her home on 3 March 2019.
        The chairman said the club planned to build a new stand.
        """,
    )
    text = steps(f)
    assert "drive her home" not in text
    assert "planned to build a new stand" in text  # a reported plan with no date stays current


def test_a_clause_joined_to_a_reported_one_is_reported_too(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The brewery, based in Leeds, said it was "surprised" by the verdict and would appeal.
        The bakery, based in Austin, Texas, said it was "disappointed" and would take the case higher.
        The old ferryman said little and would sit by the fire every night.
        """,
    )
    text = steps(f)
    assert "would appeal" in text  # a reported future joined to a reported feeling
    assert "take the case higher" in text  # ... or to the verb of saying itself
    assert "sit by the fire" not in text  # control: a habit in the past stays the story


def test_a_past_perfect_schedule_standing_alone_is_the_story(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The violinist had been due to marry her manager in 2019 at a castle in Scotland.
        The regatta, which had been due to start on Saturday, was moved to the following weekend.
        The violinist is due to perform in Vienna next month.
        """,
    )
    text = steps(f)
    assert "marry her manager" not in text
    assert "moved to the following weekend" in text  # control: joined to what came of it
    assert "perform in Vienna" in text  # control: the same schedule in the present


def test_a_state_held_pending_an_event_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The sale of the ferry company has been put on hold pending a review by regulators.
        The ferry company sold two ships in the autumn.
        """,
    )
    text = steps(f)
    assert "pending a review" in text
    assert "sold two ships" not in text  # control: a plain past fact


def test_an_as_clause_with_its_own_plan_is_a_time_not_a_comparison(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Bus fares rose again, figures showed on Monday, as the council promised to open 30 new routes by 2031.
        The market is busy, as any trader will tell you.
        """,
    )
    text = steps(f)
    assert "promised to open 30 new routes" in text
    assert "any trader" not in text  # control: a comparison with a verb of saying


def test_a_span_of_time_given_to_act_is_a_deadline(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The airline has 30 days to refund the passengers, the regulator said.
        The players have two weeks of rest.
        """,
    )
    text = steps(f)
    assert "30 days to refund" in text
    assert "weeks of rest" not in text  # control: a span with nothing to do in it


def test_a_schedule_word_after_its_noun_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The last golfer in the field due to play the Open next week told reporters of his relief.
        The union is balloting nurses on further walkouts, with the result due on 9 March.
        The golfer's caddie carried the bag on Sunday.
        """,
    )
    text = steps(f)
    assert "golfer in the field due to play the Open" in text  # the noun phrase says who is due
    assert "balloting nurses" in text and "due on 9 March" in text  # the clause "with" hangs on
    assert "carried the bag" not in text  # control: a past fact


def test_a_speakers_stated_intent_in_quotes_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The harbour board voted to close the old pier on Monday.
        Fishermen gathered outside the board's offices in the rain.
        Several boats stayed in port for the rest of the day.
        "We will challenge this decision in the courts," a spokesman for the fishermen said.
        "We might look at the figures again one day," a board member said.
        """,
    )
    text = steps(f)
    assert "challenge this decision in the courts" in text
    assert "look at the figures again" not in text  # control: a quoted musing keeps its weight


def test_a_penalty_that_could_come_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The water company could face fines of up to 10 per cent of its turnover.
        As a boy he could swim across the bay.
        """,
    )
    text = steps(f)
    assert "could face fines" in text
    assert "swim across the bay" not in text  # control: "could" telling the past


def test_tomorrow_and_later_this_month_date_a_present_statement(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The mayor spoke to residents in the town hall on Monday.
        A ruling on the merger is due later this month.
        The driver appears in court tomorrow.
        The driver appeared in court in a grey suit.
        """,
    )
    text = steps(f)
    assert "due later this month" in text
    assert "appears in court tomorrow" in text
    assert "grey suit" not in text  # control: the same verb in the past


def test_set_phrases_that_sound_ahead_are_not_steps(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        It should come as no surprise that fans love the team.
        A 40-year-old man is fighting for his life in hospital after the crash.
        She wants to make the most of her retirement.
        The union is fighting for better pay and will strike next week.
        """,
    )
    text = steps(f)
    assert "no surprise" not in text
    assert "fighting for his life" not in text
    assert "make the most of" not in text
    assert "will strike next week" in text  # control: a fight for something, with a step ahead


def test_a_thing_set_in_a_month_is_made_then_not_scheduled(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Demand reached 3,000 megawatts, close to the record of 3,400 megawatts set in January.
        The council vote, set for next Tuesday, will decide the plan.
        """,
    )
    text = steps(f)
    assert "record of 3,400" not in text
    assert "set for next Tuesday" in text  # control: a date that "set for" schedules


def test_a_quotation_a_step_opens_is_closed_as_the_sentence_closes_it(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The port was closed by the storm on Monday.
        The harbour master said the port would reopen "within four days."
        The ferry operator will refund every ticket by Friday.
        """,
    )
    quoted = next(s.text for s in f.next_steps if "reopen" in s.text)
    assert quoted.endswith('"within four days"'), quoted
    # control: a step with no quotation gets no mark
    plain = next(s.text for s in f.next_steps if "refund" in s.text)
    assert '"' not in plain


def test_a_date_in_a_present_passive_clause_is_the_steps_date(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The league confirmed the result after a long review.
        The win will move the club up to fifth place when the new table is published on Friday.
        The club was promoted on Friday after the final whistle, the report said.
        """,
    )
    move = next(s for s in f.next_steps if "fifth place" in s.text)
    assert move.when == "Friday"  # "is published on Friday": ahead, not a past participle
    assert not any("promoted" in s.text for s in f.next_steps)  # control: a past passive


def test_a_long_step_is_not_cut_before_its_date(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The museum's new wing, which was paid for by local families and a lottery grant after a campaign that lasted almost ten years, will open to the public when the restoration of the great hall is finished on 4 October.
        Volunteers from the historical society, who have spent the winter sorting boxes of papers found in the cellar of the old town hall, will show the maps, letters, photographs and paintings they found to schools across the county.
        """,
    )
    lines = [s.text for s in f.next_steps]
    assert any(t.endswith("is finished on 4 October") for t in lines), lines
    # control: a long step with no date ahead is still cut
    assert any("will show the maps" in t and t.endswith(" ...") for t in lines), lines


def test_an_event_called_for_a_day_ahead_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The bus drivers' union called a two-day strike for 9 March.
        The drivers voted by a large majority in the ballot.
        The company bought 40 new buses for the route last year.
        """,
    )
    text = steps(f)
    assert "called a two-day strike for 9 March" in text
    assert "bought 40 new buses" not in text  # control: "for" a thing, no date ahead


def test_a_plan_participle_after_its_noun_with_a_date_ahead_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The choir sang at the cathedral on Sunday.
        The choir has a tour of six cities planned next month.
        The choir sang a programme of songs planned last year.
        """,
    )
    text = steps(f)
    assert "has a tour of six cities planned next month" in text
    assert "songs planned last year" not in text  # control: a date behind


def test_a_clause_hung_on_a_verb_of_saying_across_a_semicolon_is_not_reported(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The airline had been expected to name a new chief executive this month; two board members said the search had been delayed.
        The bank had been expected to name a new chairman next month, two people close to the talks said.
        """,
    )
    text = steps(f)
    assert "chief executive" not in text  # a past perfect of its own: once expected, overtaken
    assert "new chairman next month" in text  # control: reported, the past perfect is shifted back


def test_a_condition_ahead_says_when_a_step_comes(nlp: Any) -> None:
    story = """
        Fish were found dead along the river in the spring.
        Anglers reported the smell to the council in April.
        The council tested the water at six places.
        A chemical plant upstream was named in the report.
        The plant's owners disputed the findings.
        Local schools ran lessons on the river's wildlife.
        The regional minister visited the bank in May.
        She said the agency would not lift the fishing ban {tail}.
        """
    ahead = steps(facets(nlp, story.format(tail="until the water was clean")))
    assert "would not lift the fishing ban until" in ahead
    # control: a reason, not a condition ahead, leaves the late, undated, negated clause out
    reason = steps(facets(nlp, story.format(tail="because the water was dirty")))
    assert "lift the fishing ban" not in reason


def test_a_day_between_a_past_act_and_its_infinitive_dates_the_act(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            The brewer agreed on Monday to buy a rival maker of cider for two billion dollars.
            The union asked the court on Tuesday to delay the strike vote.
            The council agreed on Friday to sell the depot next year.
            """,
        )
    )
    assert "buy a rival maker" not in text  # done on Monday: the story of the deal
    assert "delay the strike vote" in text  # a request: its answer still lies ahead
    assert "sell the depot next year" in text  # a date ahead inside the complement


def test_a_past_habit_with_its_time_clause_hung_elsewhere_is_not_a_step(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            The custom is old. It was a coming-of-age rite for some island peoples - the girls would be given the silver anklet when they became a woman, the queens Mira and Sela both wore them.
            The museum will open an exhibition of the anklets on Sunday.
            """,
        )
    )
    assert "silver anklet" not in text
    assert "exhibition of the anklets" in text


def test_a_step_cut_just_inside_a_bracket_closes_it(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            About 3,000 people were sleeping in cars, with temperatures forecast to fall to minus 7C (19F).
            The mayor will open the shelter on Sunday.
            """,
        )
    )
    assert "minus 7C (19F)" in text


def test_the_purpose_of_a_present_habit_is_not_a_step(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            And yet when, in a moment of stress, the singer lets her pride win out over walking away, we're right there to demand to know what gives her the nerve.
            The label will release her album on Friday.
            When the plant opens, the firm plans to hire 500 workers.
            """,
        )
    )
    assert "demand to know" not in text  # what is done each time, a habit
    assert "release her album on Friday" in text
    assert "plans to hire 500 workers" in text  # control: a plan under a time clause ahead


def test_a_result_of_a_condition_stressed_with_do_is_not_a_step(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            The trainer was upbeat. 'If he does take to the hurdles, he will run a great race,' she said.
            The stable will send him to the track on Friday.
            If the talks fail, the union will strike.
            """,
        )
    )
    assert "great race" not in text  # a hope on a doubted condition
    assert "send him to the track on Friday" in text
    assert "the union will strike" in text  # control: a plain condition keeps its step


def test_how_a_share_of_a_group_will_fare_is_a_statistic_not_a_step(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            """
            By then just 12 per cent of tenants who own a car will be in arrears, the survey found.
            Half of the 400 staff will lose their jobs, the firm said.
            The fund will publish its full study on Monday.
            """,
        )
    )
    assert "in arrears" not in text
    assert "lose their jobs" in text  # control: an event that comes to a share of a group
    assert "full study on Monday" in text


def test_the_page_speaking_to_its_reader_is_not_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Ahead of the harvest fair, the Valley Courier will be bringing you every result from the show ring.
        The fair committee will be bringing the farmers a new show ring on Saturday.
        """,
    )
    text = steps(f)
    assert "bringing you every result" not in text
    assert "new show ring on Saturday" in text  # control: the same clause with someone else as its object


def test_a_fixture_verb_read_as_a_noun_is_a_step_beside_a_clause_of_its_own(nlp: Any) -> None:
    # the tagger reads "travel" and "host" as nouns after a team's name; a finite verb in a clause of
    # its own (a coordinated clause with its subject, a relative clause) leaves the sentence a fixture
    f = facets(
        nlp,
        """
        The league's two leaders drew in heavy rain.
        Kelby United travel to Harrow on Tuesday for a cup replay, and their coach says the pitch is poor.
        Brennan's side host Norway in October in a qualifier which might settle the group.
        Kelby United travel to Harrow last Tuesday for a cup replay, and their coach says the pitch was poor.
        """,
    )
    text = steps(f)
    assert "Harrow on Tuesday for a cup replay" in text
    assert "host Norway in October" in text
    assert "Harrow last Tuesday" not in text  # control: the same fixture dated behind is no step


def test_an_event_dated_ahead_under_a_participle_that_looks_ahead_is_a_step(nlp: Any) -> None:
    # a fixture noun dated by a day ("in Tuesday's evening session", "Friday's derby at Harrow")
    # under a participle of what is still to do: the event lies ahead whatever the main clause's tense
    f = facets(
        nlp,
        """
        The snooker hall was full again.
        The leader built a 9-3 lead, needing only two more frames in Tuesday's evening session to take the trophy.
        Kelby has a hard month, starting with Friday's derby at Harrow.
        The champion dominated the opening day, winning three frames in Sunday's opening session.
        """,
    )
    text = steps(f)
    assert "Tuesday's evening session to take the trophy" in text  # the participle's phrase is kept whole
    assert "starting with Friday's derby at Harrow" in text
    assert "Sunday's opening session" not in text  # control: a participle that tells the story


def test_getting_ready_for_an_event_dated_ahead_is_a_step(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The snooker hall was full again.
        The squad trained for Sunday's final against Harrow with a light session.
        The squad celebrated after Sunday's final against Harrow with a quiet dinner.
        """,
    )
    text = steps(f)
    assert "trained for Sunday's final against Harrow" in text
    assert "long dinner" not in text  # control: an event the verb comes after


def test_work_under_way_on_a_text_or_a_rule_is_a_step(nlp: Any) -> None:
    # a rule or a text being revised, or a thing being assessed: its new form is still to come
    f = facets(
        nlp,
        """
        The ferry firm cancelled two crossings in the storm.
        The port authority is revising its safety code for small boats.
        The damaged hulls are now being assessed in dry dock.
        The port authority revised its safety code for small boats after the storm.
        """,
    )
    text = steps(f)
    assert "is revising its safety code" in text
    assert "hulls are now being assessed in dry dock" in text
    assert "revised its safety code" not in text  # control: the revision done
