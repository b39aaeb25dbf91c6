"""Key figures on short texts written for these tests: what is a figure, and what its line says."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsbrief.summarizers.facets import Facets
from newsbrief.summarizers.figures import MAX_LINE_WORDS
from tests.unit.summarizers.facet_texts import facets, figure, values


def assert_faithful(f: Facets) -> None:
    """Every value and context is a stretch of its own sentence, and the line is a short label."""
    for x in f.figures:
        assert x.value in x.sentence
        assert x.context in x.sentence, (x.context, x.sentence)
        assert len(f"{x.value} {x.context}".split()) <= MAX_LINE_WORDS


def test_money_percent_range_and_context(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Quarterly profit at the brewer rose 14% to €320 million, the company said on 3 May 2023.
        It expects annual sales growth of 3% to 4% and will cut up to 600 jobs.
        """,
    )
    assert figure(f, "14%")
    assert figure(f, "€320 million")
    assert figure(f, "3% to 4%")
    jobs = figure(f, "up to 600")
    assert "jobs" in jobs.context and "cut" in jobs.context
    assert "2023" not in " ".join(values(f)) and "3 May" not in " ".join(values(f))
    assert_faithful(f)


def test_between_range_and_score(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The committee voted 7-2 to approve the plan, which will cost between £1.5 million and £2 million.
        """,
    )
    assert figure(f, "7-2")
    assert figure(f, "between £1.5 million and £2 million")


def test_people_count_context_names_the_noun_and_verb(nlp: Any) -> None:
    f = facets(nlp, "At least 42 people were injured when a storm hit the coastal town, officials said.")
    injured = figure(f, "At least 42 people")  # a bare count takes the plural noun it counts
    assert "injured" in injured.context


def test_context_keeps_negation_and_modality(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Guards failed to carry out four scheduled cell checks on the night of the escape.
        The reservoir could hold 12 billion litres of water once the dam is raised.
        Doctors have not treated 300 of the patients on the waiting list.
        """,
    )
    checks = figure(f, "four scheduled cell checks")
    assert "failed to carry out" in checks.context
    litres = figure(f, "12 billion litres of water")  # the value says what it measures (figs19)
    assert "could hold" in litres.context
    patients = figure(f, "300 of the patients")  # a part says what it is a part of (figs19)
    assert "have not treated" in patients.context and "patients" in patients.context
    assert_faithful(f)


def test_context_is_the_clause_around_a_sum_and_its_subject(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The insurer has paid out £80million in claims since the floods began.
        The storm, which destroyed more than 2,000 homes, moved north on Sunday.
        """,
    )
    claims = figure(f, "£80million")
    assert "insurer has paid out" in claims.context and "claims" in claims.context
    homes = figure(f, "more than 2,000 homes")
    assert "destroyed" in homes.context
    assert_faithful(f)


def test_conversion_and_range_are_one_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ash cloud drifted 40 miles (64km) east of the volcano.
        Between 10 and 12 flights were cancelled and the airline was fined 20,000 euros (£17,400).
        """,
    )
    assert figure(f, "40 miles (64km)")
    assert figure(f, "20,000 euros (£17,400)")
    assert "64km" not in values(f) and "£17,400" not in values(f)


def test_set_scores_are_one_figure(nlp: Any) -> None:
    f = facets(nlp, "The champion beat the qualifier 6-4 3-6 7-5 to reach the final in Rome.")
    assert figure(f, "6-4 3-6 7-5")
    assert "6-4" not in values(f)


def test_repeated_number_is_one_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The charity raised £45,000 for the new hospice at a gala dinner.
        The £45,000 will pay for two nurses for a year.
        """,
    )
    assert sum("45,000" in v for v in values(f)) == 1


def test_dates_years_and_times_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The festival returns on 14 July 2026 and gates open at 9 a.m. on Saturday.
        The event was founded in 1998 by a group of farmers and drew 5,000 visitors on Monday 27.
        """,
    )
    assert "5,000 visitors" in values(f)
    assert not any(v in ("14", "2026", "9", "1998", "27") for v in values(f)), values(f)


def test_phone_numbers_ages_labels_and_codes_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Two men, aged 71 and 64, were rescued from a flooded road near the village.
        Residents can call 0800 555 0199 for help, or visit the shelter at 14 Mill Street.
        Rainfall was 180 per cent of the monthly average and the river rose to 6.8 metres.
        A neighbour made a 999 call after Tomas Berg, 52, was swept off the A38 near junction 7.
        The pilot flew a Cessna 172 over the flooded fields with the world No 3 rower on board.
        Only 12 of the lifeboats on the lake were launched in time.
        """,
    )
    assert "12 of the lifeboats" in values(f)  # a capital at the start of a sentence is no model name
    assert "180 per cent" in values(f)
    assert "6.8 metres" in values(f)
    for bad in ("71", "64", "0800", "555", "0199", "14", "999", "52", "7", "172", "3"):
        assert bad not in values(f), values(f)


def test_numbers_in_words_carry_the_noun_they_count(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Rescuers pulled three fishermen from the sea after their boat capsized in a gale.
        Nearly one in four coastal homes is at risk of flooding, the agency said.
        """,
    )
    three = figure(f, "three fishermen")
    assert "Rescuers pulled" in three.context
    assert any(v.startswith("Nearly one in four") for v in values(f)), values(f)


def test_jail_terms_and_contract_lengths_count_but_time_in_passing_does_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The former treasurer was jailed for seven years for stealing from the club.
        He had joined the club twelve years ago as a volunteer.
        The club then gave its coach a four-year contract.
        """,
    )
    assert figure(f, "seven years")
    assert figure(f, "four-year contract")
    assert not any("twelve" in v for v in values(f)), values(f)


def test_a_number_is_never_cut_short(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Shares in the lender fell more than 4 per cent to 212.5p after the warning.
        Profit rose 14% to €320 million in the year to March.
        """,
    )
    assert figure(f, "212.5p")
    assert "212" not in values(f)
    for x in f.figures:
        assert "%" in x.context or not x.context.endswith("14"), x.context
    assert_faithful(f)


def test_small_counts_that_refer_back_or_stand_aside_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Storms cut power to nine villages in the valley overnight.
        The two neighbouring councils blamed each other for the delay.
        The engineer drove to the substation with two colleagues.
        """,
    )
    assert figure(f, "nine villages")
    assert not any(v.startswith("two") for v in values(f)), values(f)


def test_an_ordinal_counts_a_record_in_the_lead_only(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The striker won a fourth title with the club on Sunday.
        She has played in the same fourth-floor flat since the age of nine.
        Her sister finished third in the junior race.
        """,
    )
    fourth = figure(f, "fourth title")  # the value says what the ordinal counts
    assert "title" in fourth.context
    assert "third" not in values(f)


def test_a_baseline_keeps_its_preposition_and_an_age_in_apposition_is_skipped(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Inflation fell to 2.9% in May from 3.4% a month earlier, the statistics office said.
        The driver, 58, was cut free from the lorry by firefighters after 40 minutes.
        """,
    )
    old = figure(f, "3.4%")
    assert "from 3.4%" in old.context
    assert "58" not in values(f)
    assert_faithful(f)


def test_a_measured_duration_counts_and_a_time_anchor_does_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The yacht drifted for three weeks in the Atlantic with a broken mast.
        Its owner had bought the boat two years ago from a local club.
        Gunmen killed four and wounded nine at the market.
        """,
    )
    assert figure(f, "three weeks")
    assert not any("two years" in v for v in values(f)), values(f)
    assert "four" in values(f)


def test_page_furniture_numbers_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Flood defences failed in 14 towns overnight, leaving 2,300 homes under water.
        Photo 3 of 10 shows rescuers at work. 5 min read.
        Posted 2 hours ago, the update listed the open shelters (12).
        """,
    )
    assert "14 towns" in values(f) and "2,300 homes" in values(f)
    for bad in ("3", "10", "5", "2", "12"):
        assert bad not in values(f), values(f)


def test_product_codes_and_index_names_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The retailer sold 20 million Pixel 9 phones last year, while 1 in 3 buyers chose a case.
        Shares in the group fell 2.1% to 318 points as the FTSE 100 slipped and Covid-19 rules returned.
        """,
    )
    assert "20 million" in values(f)
    assert "2.1%" in values(f) and "1 in 3" in values(f)
    for bad in ("9", "100", "19", "2.1% to 318"):
        assert bad not in values(f), values(f)


def test_the_new_value_of_a_change_ranks_first(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The council published the results of the city's first direct mayoral election on Friday.
        Her rival took 31% of the vote, while turnout was 47%, up from 39% at the last council vote.
        """,
    )
    order = values(f)
    assert order.index("47%") < order.index("31%"), order


def test_units_of_other_outlets_are_read(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Temperatures reached 41C in the south as inflation rose to 3.5pc.
        The national debt passed £2.6tn for the first time, the office said.
        """,
    )
    for value in ("41C", "3.5pc", "£2.6tn"):
        assert figure(f, value)


def test_a_qualified_number_and_a_count_of_a_group_noun_are_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ministry gave a day off to 8,500 staff at its offices in Karlstad.
        A climber was lifted off the ridge above Valbruna at least 19 hours after the storm began.
        A walker made a 112 call from the summit of Monte Forno.
        """,
    )
    assert "8,500" in values(f)  # a count of a noun without a plural
    assert "at least 19 hours" in values(f)  # a qualified amount after a place name
    assert "112" not in values(f)  # a number naming one thing keeps being skipped
    assert_faithful(f)


def test_a_duration_keeps_its_unit_and_a_compound_term_is_one_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Miners at the Santa Lucia pit were trapped for 40 hours before rescuers reached them.
        The site manager, Ana Ruiz, was jailed for three years and four months for safety breaches.
        """,
    )
    assert "40 hours" in values(f)
    assert "three years and four months" in values(f)
    assert "four months" not in values(f)
    assert_faithful(f)


def test_a_scale_tells_numbers_apart(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Councillors backed the £14m sea wall by 31 votes to 9 on Tuesday night.
        The national coastal agency will pay £9m of the cost of the sea wall.
        """,
    )
    assert "31 votes to 9" in values(f)  # a tally is one figure
    assert "£9m" in values(f)  # not taken for the 9 of the tally


def test_a_model_code_after_a_maker_is_no_range_and_a_partitive_count_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The airline Westjet Nord grounded eight of its Airbus 320-200 jets after an engine fault.
        Harbour City lead the table by two points with six games left.
        """,
    )
    assert "320-200" not in values(f)
    assert any(v.startswith("eight") for v in values(f)), values(f)
    assert any(v.startswith("two points") for v in values(f)), values(f)


def test_a_long_value_leaves_a_short_line(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ferry company Ostlinje cancelled 30 sailings after a storm with gusts of up to 80 mph (130 km/h) closed the bay.
        """,
    )
    assert any(v.startswith("up to 80 mph") for v in values(f)), values(f)
    assert_faithful(f)


def test_terms_and_shares_written_in_words(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The harbour master was banned for one week after the collision, the board said.
        Only six per cent of island residents still use the old ferry, a survey found.
        The ferry company has one year still to run on its lease from the harbour board.
        """,
    )
    assert figure(f, "one week")
    assert figure(f, "six per cent")
    assert figure(f, "one year")
    assert_faithful(f)


def test_durations_in_words_that_are_rates_or_anchors_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The harbour master was banned for one week after the collision, the board said.
        The crew had been checked twice a day, and a year ago the board suspended another skipper.
        """,
    )
    assert "one week" in values(f)  # positive control
    assert "a day" not in values(f)
    assert "a year" not in values(f)


def test_ordinal_of_a_record_and_weights(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Skipper Lena Okafor will receive her 10th and last award for service on Saturday.
        She went from 145lbs to 127lbs in a year of training on the rowing machines.
        """,
    )
    assert figure(f, "10th and last award")
    assert figure(f, "145lbs to 127lbs")


def test_ordinal_before_a_phrase_is_no_record(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The two ferries came first and second respectively in terms of passengers carried, with 4,000 each.
        """,
    )
    assert "4,000" in values(f)  # positive control
    assert "second" not in values(f)


def test_odds_and_halves_are_one_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Bookmakers slashed the odds on the ferry being named Lena from 50/1 to 12/1 on Monday.
        The old skipper stood at the wheel for three and a half years before the harbour closed.
        """,
    )
    assert figure(f, "50/1 to 12/1")
    assert figure(f, "three and a half years")
    assert not any(v in values(f) for v in ("1", "1 to 12", "three"))


def test_ages_after_a_verb_emergency_numbers_and_slash_idioms_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The skipper, who turned 64 in May, said the crew had carried 4,000 passengers.
        A passenger fell ill, which led to the crew dialling 999 from the deck.
        The ferry office is now open 24/7, the harbour board said.
        """,
    )
    assert "4,000 passengers" in values(f)  # positive control
    assert not any(v in values(f) for v in ("64", "999", "24/7"))


def test_match_clock_times_are_anchors_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Westmere beat Northport 24-10 in front of 12,000 fans on Saturday.
        Westmere scored first on 31 minutes and the captain went off ten minutes into the second half.
        """,
    )
    assert "24-10" in values(f) and "12,000 fans" in values(f)  # positive control
    # a match clock is no figure, in digits ("on 31 minutes", figs19) or in words
    assert "31 minutes" not in values(f)
    assert "ten minutes" not in values(f)


def test_a_bare_count_takes_the_plural_noun_it_counts(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The striker scored 23 league goals last season and signed a 747 deal with the sponsor.
        Volunteers planted 1,200 young oak trees along the river for 14 months.
        """,
    )
    goals = figure(f, "23 league goals")  # the value says what it counts
    assert "scored" in goals.context
    assert figure(f, "1,200 young oak trees")
    assert "14 months" in values(f)  # a duration keeps its unit, it is no counted noun
    assert not any(v.startswith("747") for v in values(f))  # a number before a singular noun names one thing
    assert_faithful(f)


def test_a_baseline_ranks_below_the_new_value_and_plain_from_is_no_baseline(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Runners from 40 countries entered the harbour marathon this spring.
        The race drew 900 volunteers and 12 bands along the route.
        Entry fees rose to £60 this year from £45, the organisers said.
        After 2.4 million the year before, attendance at the fair reached only 2.1 million.
        """,
    )
    v = values(f)
    assert v.index("£60") < v.index("£45")  # "rose ... from £45": the old value of a change
    assert v.index("2.1 million") < v.index("2.4 million")  # "2.4 million the year before"
    # "runners from 40 countries" is no change: the lead's count ranks first
    assert v[0] == "40 countries"


def test_a_name_between_count_and_noun_and_a_capitalised_number_word_as_name(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The folk duo have collected 14 Brit Award nominations over a long career.
        The flanker won the Six Nations titles with Wales, and three players were injured in the same match.
        The club expects a squad of between nine and 16 riders at the spring meeting.
        """,
    )
    assert figure(f, "14 Brit Award nominations")
    assert "three players" in values(f)  # positive control: a count in words is a figure
    assert not any(v.lower().startswith("six") for v in values(f))  # "the Six Nations" is a name
    assert figure(f, "between nine and 16")  # a range may start in words


def test_a_time_ago_in_a_sentence_is_the_story_and_a_stamp_is_furniture(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The charity was founded 30 years ago by two nurses in a rented garage.
        Posted 4 hours ago
        Updated 3 days ago
        """,
    )
    assert figure(f, "30 years ago")  # the story's own time line, said as an anchor
    assert not any("hours" in v or "days" in v for v in values(f))  # page time stamps


def test_a_range_in_words_is_one_figure(nlp: Any) -> None:
    f = facets(nlp, "Repairs to the flooded tunnel will take three to four weeks, the rail operator said.")
    assert figure(f, "three to four weeks")
    assert "four weeks" not in values(f)


def test_a_frequency_keeps_its_rate(nlp: Any) -> None:
    f = facets(nlp, "Under the new rules the ferry will sail four times a day between the two islands.")
    assert figure(f, "four times a day")
    assert "four times" not in values(f)


def test_a_share_keeps_the_comparative_that_says_which_way(nlp: Any) -> None:
    f = facets(nlp, "Rents in the harbour district are now 9% higher than in the old town, the survey found.")
    assert figure(f, "9% higher")
    assert "9%" not in values(f)


def test_a_context_that_opens_on_a_relative_pronoun_names_what_it_stands_for(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The grocer agreed to buy a regional bakery chain whose profits rose 38% last year.
        The council praised a volunteer group that planted 900 trees along the canal.
        """,
    )
    rose = figure(f, "38%")
    assert "whose" in rose.context and "chain" in rose.context  # the pronoun's noun is in view
    planted = figure(f, "900 trees")  # control: a subject relative already says who planted
    assert "planted" in planted.context


def test_a_vote_tally_is_one_figure_in_digits_or_words(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The assembly approved the budget by 64 votes to 31 after a long debate.
        The board backed the merger by nine votes to four on Tuesday.
        The mayor won 5,200 votes to take the seat from her rival.
        """,
    )
    assert figure(f, "64 votes to 31")
    assert "31" not in values(f) and "64 votes" not in values(f)
    assert "board backed the merger" in figure(f, "nine votes to four").context
    # a count of votes followed by "to" and a verb is no tally
    assert figure(f, "5,200 votes")
    assert_faithful(f)


def test_a_distance_that_places_something_is_a_setting(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Police found the van in a village 12 miles west of the port, with 30 migrants inside.
        The dam, 25 kilometres (16 miles) north-east of the city, holds 80 million cubic metres of water.
        Rescuers found the crew in a life raft 300 miles from the coast after nine days.
        The oil slick drifted 15 miles east of the terminal overnight.
        """,
    )
    got = values(f)
    assert not any("12 miles" in v or "25 kilometres" in v for v in got), got
    # controls: the counts beside them, a distance from a place, and a distance something moved
    assert "30 migrants" in got and "80 million" in got and "300 miles" in got, got
    assert "15 miles" in got, got


def test_a_part_told_with_its_whole_is_one_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ruling party holds 71 of the 120 seats in the assembly after the vote.
        Police said 12 of the 40 detained protesters were later released without charge.
        Officers arrested 15 of the protesters on Friday.
        """,
    )
    got = values(f)
    assert "71 of the 120 seats" in got and "12 of the 40 detained protesters" in got, got
    assert not any(v.startswith(("120", "40")) for v in got), got
    # control: a part of a whole that has no number is the part's own count
    assert "15 of the protesters" in got, got
    assert_faithful(f)


def _cand(value: str, score: float, order: int) -> Any:
    from newsbrief.summarizers.figures import _Candidate

    return _Candidate(value, "", "", score, (value,), order)


def test_strong_figures_that_lost_their_place_to_their_kind_lengthen_the_list() -> None:
    from newsbrief.summarizers.figures import MAX_FIGURES, _select

    # ten sums that each weigh a lot, a weak count and a weak share: the discount for sums already
    # shown lets the weak ones in, and the sums it pushed out still outweigh the last figure shown
    sums = [_cand(f"£{n} million", 9.0, n) for n in range(10, 20)]
    weak = [_cand("2 people", 5.5, 20), _cand("4%", 5.5, 21)]
    picked = [c.value for c in _select(sums + weak)]
    assert len(picked) > MAX_FIGURES
    assert all(v in picked for v in ("2 people", "4%", "£19 million"))
    # control: figures of one weight and kind keep the list at its length
    even = [_cand(f"{n} people", 6.0, n) for n in range(10, 22)]
    assert len(_select(even)) == MAX_FIGURES


def test_a_number_that_closes_its_phrase_stays_in_the_context(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Turnout in the regional vote was 71%, the electoral board said on Monday.
        The harbour authority said the new breakwater will cost £45 million.
        Nineteen fishermen were rescued from the flooded estuary by lifeboat crews.
        """,
    )
    turnout = figure(f, "71%")
    assert "Turnout" in turnout.context and turnout.context.endswith("71%")
    cost = figure(f, "£45 million")
    assert "cost £45 million" in cost.context
    # control: a number that opens its phrase is not repeated, the line reads "value: the rest"
    rescued = figure(f, "Nineteen fishermen")
    assert not rescued.context.startswith("Nineteen") and "rescued" in rescued.context
    assert_faithful(f)


def test_a_part_of_what_follows_keeps_its_number(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        About 40% of the county's schools were closed by the storm on Tuesday, officials said.
        Some 2,300 residents were moved to shelters across the valley overnight.
        He lost most of his £20million fortune in a string of failed property deals.
        """,
    )
    schools = figure(f, "About 40%")
    # cut from its number, "of the county's schools were closed" would say something else
    assert schools.context.startswith("About 40% of") and "schools" in schools.context
    # control: a number that opens its phrase and is not a part of what follows is not repeated
    residents = figure(f, "Some 2,300 residents")
    assert not residents.context.startswith("Some 2,300") and "moved" in residents.context
    # a phrase cut after "most" does not open on the "of" that needs it
    fortune = figure(f, "£20million")
    assert fortune.context.startswith("his £20million fortune")
    assert_faithful(f)
    for x in f.figures:
        assert not x.context.lower().startswith("of ")


def test_a_shorter_phrase_that_keeps_its_closing_number_beats_a_longer_one_cut_before_it(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The hospital's finance director, Peter Dale, of Westbury near Bath, was told to hand back £5,000 by the trust.
        The county council will spend £4 million on road repairs.
        """,
    )
    repaid = figure(f, "£5,000")
    assert "£5,000" in repaid.context and "told to hand back" in repaid.context
    # control: where the whole clause fits, its subject stays in view
    repairs = figure(f, "£4 million")
    assert "council" in repairs.context and "£4 million" in repairs.context
    assert_faithful(f)


def test_counts_of_a_charge_weigh_as_the_case_itself(nlp: Any) -> None:
    text = """
        A former school treasurer appeared before the county court on Tuesday.
        She pleaded guilty to four counts of theft from the school fund.
        The judge said the case had shaken the trust of parents in the village.
        Her lawyer handed the judge 20 letters of support from neighbours.
        The school has since changed the way it keeps its accounts.
        Sentencing was adjourned until the reports are ready.
        """
    order = values(facets(nlp, text))
    assert order.index("four counts") < order.index("20 letters"), order
    # control: a count of something else in the same place stays behind the later figure
    control = values(
        facets(nlp, text.replace("pleaded guilty to four counts of theft", "wrote four pages of notes"))
    )
    assert control.index("20 letters") < control.index("four pages"), control


_MANY_COUNTS = """
        More than 12,000 patients are waiting for a first appointment, officials said.
        About 3,500 workers left the service last year.
        Some 2,100 residents have signed a petition for a clinic in their town.
        At least 1,900 children are waiting for eye tests.
        Another 1,450 students joined the programme as volunteers.
        About 1,300 employees lost their jobs when two hospitals closed.
        Some 1,250 members of staff moved to other regions.
        The report said 61% of patients were satisfied with their care.
        The ministry will spend 1.2 billion crowns on the plan.
        Opposition members said the plan came too late.
        Doctors' unions welcomed the promise but asked for details.
        The first clinics are due to open in the spring.
        Local councils will choose the sites.
        Critics said the north had been neglected for years.
        The minister said the clinics would be built quickly.
        Health officials will publish the list of towns next month.
        A consultation with patients' groups will start in the summer.
        The unions said they would watch the plan closely.
        Several towns have already offered land for the clinics.
        The ministry said private firms would not run them.
        A full report will be published in the autumn.
"""


def test_the_ledes_figures_are_not_discounted_for_their_kind(nlp: Any) -> None:
    # the lede's count stays in a list that later counts of the same kind fill
    lede = "The health ministry promised on Monday to open 40 new clinics across the north by 2030."
    assert "40 new clinics" in values(facets(nlp, lede + _MANY_COUNTS))
    # control: the same count after a lede without a number loses its place to them
    later = "The health ministry set out its plan for the north on Monday.\n" + lede
    assert "40 new clinics" not in values(facets(nlp, later + _MANY_COUNTS))


def test_a_multiple_in_words_is_a_figure_but_not_as_a_verb_or_a_time(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The water in the reservoir held more than double the safe level of nitrates in May.
        The airline plans to double the size of its fleet.
        The two leaders met twice the following week.
        """,
    )
    limit = figure(f, "more than double")
    assert "safe level" in limit.context
    assert_faithful(f)
    # controls: a verb ("to double the size") and a count of times ("twice the following week")
    assert not [v for v in values(f) if v.lower() in ("double", "twice")], values(f)


def test_a_number_before_a_term_in_words_is_read(nlp: Any) -> None:
    # "a year" is found in an earlier pass than "12 complaints"; both are read in sentence order
    f = facets(nlp, "After 12 complaints from passengers, the driver was banned for a year.")
    assert figure(f, "12 complaints")
    assert figure(f, "a year")


def test_a_predicate_ends_before_a_relative_clause_not_inside_it(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The race was stopped for an hour on Sunday.
        Two bystanders tried to revive the cyclist who had collapsed near the finish line of the race that afternoon.
        Three marshals carried the injured rider to the medical tent behind the stand.
        """,
    )
    assert figure(f, "Two bystanders").context == "tried to revive the cyclist"
    # control: a predicate with no clause of its own still ends on its object
    assert figure(f, "Three marshals").context == "carried the injured rider"
    assert_faithful(f)


def test_a_context_never_cuts_a_hyphenated_word_in_half(nlp: Any) -> None:
    f = facets(
        nlp, "Fire crews said call-outs for storm-related flooding were up 35% on the same month last year."
    )
    ctx = figure(f, "35%").context
    assert "storm-related" in ctx, ctx
    # control: a word the window would not reach is still left out
    assert "crews" not in ctx, ctx
    assert_faithful(f)


def test_a_sentence_without_digits_or_number_words_is_not_searched_for_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import re

    from newsbrief.summarizers import figures

    searched: list[str] = []
    pattern = figures._FIGURE_RE

    class Spy:
        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            searched.append(text)
            return pattern.finditer(text)

        def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
            if not searched or searched[-1] != text:
                searched.append(text)
            return pattern.match(text, pos)

    # invented sentences, each with what a figure may open on (or not)
    plain = "The ferry to Oskelby was late again because the harbour crane broke."
    holding = [
        "About forty-two volunteers cleared the beach at Marrow Point.",
        "The council voted by seven votes to three to close the pier.",
        "One in four stalls at the Tullan fair sold out by noon.",
        "The port spent a million euros on new cranes.",
        "Ticket prices rose 12% at the Brennick depot.",
        "Fares went up by fifty%, riders in Cowley said.",
        "He won \u017fix races on the lake at Dunmere.",  # a long s matches "s" without case
    ]
    monkeypatch.setattr(figures, "_FIGURE_RE", Spy())
    spans = [figures._number_spans(t) for t in [plain, *holding]]
    assert searched == holding  # the plain sentence was not searched
    monkeypatch.setattr(figures, "_FIGURE_RE", pattern)
    monkeypatch.setattr(figures, "_may_hold_figure", lambda text: True)  # every sentence searched
    assert spans == [figures._number_spans(t) for t in [plain, *holding]]
    assert spans[0] == [] and all(spans[1:6])  # control: the searched ones do hold figures


def test_figure_matches_are_those_of_the_whole_pattern() -> None:
    from newsbrief.summarizers import figures

    # invented text: every kind of start the pattern has, words that only look like one, and
    # letters outside ASCII that match ASCII ones without case
    texts = [
        "About 40 of 52 seats, up to fifty% of voters and between five and six months on.",
        "A 7-5 6-4 win; odds of 33/1 to 12/1; US$5m and HK$ 7; \u00a312.5 million (\u20ac14m).",
        "Three and a half years, one in four, one-year-old, tenpercent, by one game, a million.",
        "He won \u017fix races; \u212aids ran; anyone, often, abouts and atonement are no figures.",
        "Seven-year-old Ana, the 10th and last season, more than 2,000, twenty-one of them.",
    ]
    for text in texts:
        whole = [(m.span(), m.group(0)) for m in figures._FIGURE_RE.finditer(text)]
        assert [(m.span(), m.group(0)) for m in figures._figure_matches(text)] == whole
    assert len([m for t in texts for m in figures._FIGURE_RE.finditer(t)]) >= 15  # control: they hold figures


def test_the_minute_of_a_goal_in_the_lead_is_a_record(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Harwick Rovers beat Tolland 2-1 on Saturday, with Pia Brandt's 78th-minute header deciding it.
        The win moves Harwick clear at the top of the table.
        Their manager praised the crowd for the noise they made.
        Tolland had scored in the 12th minute through a long shot.
        """,
    )
    assert "78th-minute" in values(f)
    assert "header" in figure(f, "78th-minute").context
    assert "12th" not in values(f)  # an aside after the lead


def test_a_finishing_place_in_the_first_sentence_or_the_headline(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Skier Ola Vennberg finished fourth in the downhill at Brekke on Sunday.
        Her teammate Ine Stang, who had won the race a year earlier, came 11th.
        """,
    )
    assert "fourth" in values(f)
    assert "11th" not in values(f)  # a placing in passing, not in the headline
    g = facets(
        nlp,
        """
        The downhill at Brekke was run in thick fog on Sunday.
        After a slow start, Ine Stang came 11th, her best result of the season.
        """,
        title="Ine Stang comes 11th in foggy downhill",
    )
    assert "11th" in values(g)


def test_a_number_in_words_cut_off_from_its_noun_by_another_number_or_an_or_is_no_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Tarnow Quartet released four new albums and played 120 concerts last year.
        Its cellist said she used to write three or four short pieces every week.
        The group also had three Top 40 songs in its first decade.
        Its manager will next year renew the contracts of nine first-team musicians.
        """,
    )
    assert "four new albums" in values(f)  # positive control
    assert "nine first-team musicians" in values(f) or "nine" in values(f)  # a long but whole noun phrase
    assert "three" not in values(f)


def test_a_sum_in_words_and_in_digits_is_one_figure() -> None:
    from newsbrief.summarizers.figures import _digits_key

    assert _digits_key("some seven million") == _digits_key("7million") == _digits_key("7 million")
    assert _digits_key("twelve billion") == ("12bn",)
    # positive controls: a different scale or no scale is another figure
    assert _digits_key("seven billion") != _digits_key("7million")
    assert _digits_key("five visitors") == ("five visitors",)


def test_a_duration_after_for_on_a_verb_is_a_length_whatever_time_word_opens_it(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The ferry captain was held by coastguards for the next six hours after the collision.
        The ferry company made a loss for the first nine weeks of the season, its accounts show.
        The harbour board met again three days later.
        """,
    )
    hours = figure(f, "six hours")  # "next" would make it an anchor, but it says how long he was held
    assert "held" in hours.context
    # controls: a slice of a longer time ("of the season") and a time anchor ("later") stay out
    assert "nine weeks" not in values(f), values(f)
    assert "three days" not in values(f), values(f)
    assert_faithful(f)


def test_another_unit_of_time_in_a_term_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The goalkeeper still has another year on his contract with the island club.
        The board will meet another day to discuss the new stand.
        """,
    )
    assert figure(f, "another year")
    assert "another day" not in values(f)  # control: no term told in its sentence
    assert_faithful(f)


def test_a_multiple_in_words_sizing_a_comparison_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Ferry passengers from the islands are twice as prone to miss a hospital appointment, a study found.
        The old harbour master served twice as a councillor before he retired.
        """,
    )
    likely = figure(f, "twice as prone")
    assert "appointment" in likely.context or "passengers" in likely.context, likely.context
    assert not [v for v in values(f) if v.lower().startswith("twice as a")], values(f)  # control
    assert_faithful(f)


def test_a_part_of_a_stretch_of_a_run_in_words_is_one_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Velmar Rovers striker has scored three of his last five goals from the penalty spot.
        The harbour crew took eight of the opening 12 regattas before the storms came.
        """,
    )
    assert figure(f, "three of his last five goals")
    assert figure(f, "eight of the opening 12 regattas")
    assert "three" not in values(f) and "eight" not in values(f), values(f)
    assert_faithful(f)


def test_thousands_grouped_by_spaces_are_one_number(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Dock workers in the port put in an average of 1 874 hours a year, the union said.
        The ferry office can be called on 0800 555 111 for sailing times.
        """,
    )
    assert figure(f, "1 874 hours a year")
    assert "874 hours a year" not in values(f), values(f)
    assert not [v for v in values(f) if "555" in v or "111" in v], values(f)  # control: a phone number
    assert_faithful(f)


def test_a_number_in_words_takes_a_noun_past_a_hyphenated_compound(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Fishermen hauled in seven deep-water crab pots on Monday, the harbour master said.
        """,
    )
    assert figure(f, "seven deep-water crab pots")
    assert "seven" not in values(f), values(f)
    assert_faithful(f)


def test_a_difference_told_against_something_keeps_its_direction(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        In all, 4,120 visitors came to the harbour fair - 310 more than in May.
        """,
    )
    assert figure(f, "310 more")
    assert "310" not in values(f), values(f)
    assert_faithful(f)


def test_a_threshold_a_count_is_of_is_not_a_figure_of_its_own(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Some 2,300 passengers waited more than six hours for a ferry at the port on Sunday, the operator said.
        Divers searched for more than nine hours before the trawler was found off the headland.
        """,
    )
    assert figure(f, "Some 2,300 passengers")
    assert "more than six hours" not in values(f), values(f)
    assert figure(f, "more than nine hours")  # control: no count waits past it
    assert_faithful(f)
