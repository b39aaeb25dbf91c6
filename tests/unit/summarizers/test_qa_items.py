"""The item a typed question wants: a reporting date is not the date asked for, an age or "one" is not the
count or amount asked for, and "what's the toll / price?" wants a number.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.question import Expect, analyse
from newsbrief.summarizers.qa.retrieve import dates, type_fit
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("bridge-1", "", "Esk Valley News", "https://esk.example.org/bridge")


def test_the_day_a_statement_was_made_is_not_a_date_of_the_event(nlp: Any) -> None:
    assert [m.group(0) for m in dates("Engineers said on Tuesday that the road would close in May.")] == [
        "May"
    ]
    assert [m.group(0) for m in dates("The council said Friday that work had stopped.")] == []
    # control: a date that is not a statement's stays
    assert [m.group(0) for m in dates("The road closed on Tuesday after a landslide.")] == ["on Tuesday"]
    lem = lemmatizer(nlp)
    said = "Engineers said on Tuesday that the new bridge would open to traffic."
    assert type_fit(analyse("When will the new bridge open?", lem), said) == 0.0
    # control: a question about the statement itself wants its day
    assert type_fit(analyse("When did the engineers announce the opening?", lem), said) == 1.0


def test_a_when_question_is_answered_by_the_event_date_not_the_reporting_date(nlp: Any) -> None:
    sents = (
        "Engineers said on Tuesday that the new bridge would open.",
        "The new bridge over the Esk, shut to walkers since the storm, will open to all traffic in late June.",
        "It cost 40 million pounds.",
    )
    ans = answer_from_sentences("When will the new bridge open?", cited(sents, CITE), nlp)
    assert "late June" in ans.text.split("\u2014")[0], ans.text
    # control: asked when the engineers spoke, the statement's day answers
    spoke = answer_from_sentences(
        "When did the engineers say the bridge would open?", cited(sents, CITE), nlp
    )
    assert "Tuesday" in spoke.text.split("\u2014")[0], spoke.text


def test_an_age_or_one_is_a_weak_count(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    many = analyse("How many homes were damaged?", lem)
    assert type_fit(many, "Resident Ana Ruiz, 37, said her home was damaged.") == 0.3
    assert type_fit(many, "The 24-year-old said homes were damaged.") == 0.3
    assert type_fit(many, "One home was damaged and the rest were spared.") == 0.3
    # control: a count is a count, also beside an age
    assert type_fit(many, "Some 40 homes were damaged.") == 1.0
    assert type_fit(many, "Ana Ruiz, 37, said 40 homes were damaged.") == 1.0
    money = analyse("How much did the council spend?", lem)
    assert type_fit(money, "Dozens of residents complained about the council.") == 0.0
    assert type_fit(money, "Councillor Ben Ode, 61, said the council spent too much.") == 0.0
    # control: an amount without its currency may still be money
    assert type_fit(money, "The council spent 400 on repairs.") == 0.5


def test_a_how_many_question_is_answered_by_a_count_not_an_age(nlp: Any) -> None:
    sents = (
        "Resident Tom Baird, 52, said people were evacuated.",
        "Officials said 1,200 people in the valley were evacuated by boat and by lorry overnight.",
        "The river is expected to fall by the weekend.",
    )
    ans = answer_from_sentences("How many people were evacuated?", cited(sents, CITE), nlp)
    assert ans.text.startswith("1,200"), ans.text


def test_whats_the_measure_wants_a_number(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert analyse("What's the average price of a flat?", lem).expect == Expect.MONEY
    assert analyse("What\u2019s the death toll?", lem).expect == Expect.NUMBER
    assert analyse("What is the average price of a flat?", lem).expect == Expect.MONEY
    # control: a "what's" question without a measure noun wants any span
    assert analyse("What's the plan?", lem).expect == Expect.SPAN
    # "old" shares the key of "age" but an old thing names no measure
    assert analyse("What is left of the old pier?", lem).expect == Expect.SPAN
    assert analyse("What is the singer doing with her old band?", lem).expect == Expect.SPAN
    assert analyse("What is the age of the pier?", lem).expect == Expect.NUMBER


def test_a_sentence_holding_the_asked_item_is_not_replaced_by_a_wordier_one_without_it(nlp: Any) -> None:
    clinic = (
        "Just 64% of children in the valley had been given both jabs, a school nurse said.",
        "Parents who are unsure whether their children were vaccinated can ask at the clinic.",
        "The clinic opens at the village hall on Saturday.",
    )
    question = "What share of village children have been fully vaccinated?"
    ans = answer_from_sentences(question, cited(clinic, CITE), nlp)
    assert "64%" in ans.text.split("\u2014")[0], ans.text
    # control: without a sentence holding a share, the one sharing the question's words answers
    rest = answer_from_sentences(question, cited(clinic[1:], CITE), nlp)
    assert rest.answered and "unsure" in rest.text, rest.text


def test_a_price_per_share_is_money_and_a_share_of_a_whole_is_a_percentage(nlp: Any) -> None:
    lem = lemmatizer(None)
    assert analyse("How much will the buyer pay per share?", lem).expect == Expect.MONEY
    # control: a share of something is a percentage
    assert analyse("How much market share does the buyer hold?", lem).expect == Expect.PERCENT
    deal = ("The buyer will pay $18.20 a share, a 24% premium to Friday's close.",)
    ans = answer_from_sentences("How much will the buyer pay per share?", cited(deal, CITE), nlp)
    assert ans.text.startswith("$18.20"), ans.text


def test_a_count_keeps_a_hyphenated_word_before_its_noun(nlp: Any) -> None:
    plan = ("The scheme will cost 80,000 euros and create 9 full-time posts.",)
    ans = answer_from_sentences("How many posts will the scheme create?", cited(plan, CITE), nlp)
    assert ans.text.startswith("9 full-time posts"), ans.text
    # control: a count whose noun follows directly keeps it as before
    ans2 = answer_from_sentences("How many posts?", cited(("The scheme will create 9 posts.",), CITE), nlp)
    assert ans2.text.startswith("9 posts"), ans2.text


def test_a_longer_form_of_the_asked_name_is_not_a_new_name(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    who = analyse("Who did Varga replace at the Halden Orchestra?", lem)
    assert type_fit(who, "Ines Varga will lead the Halden Orchestra from the autumn.") == 0.3
    # control: a name the question does not use is the answer it wants
    assert type_fit(who, "Varga takes over from Piotr Lenz, who retires in June.") == 1.0
    sents = (
        "Ines Varga has been chosen to lead the Halden Orchestra, its board announced at a concert on Sunday.",
        "Varga succeeds Piotr Lenz, who led the players for two decades.",
        "The orchestra gives forty concerts a year and tours abroad each spring.",
        "Its musicians rehearse in a converted grain store.",
    )
    ans = answer_from_sentences("Who did Varga replace at the Halden Orchestra?", cited(sents, CITE), nlp)
    assert "Lenz" in ans.text, ans.text


def test_a_role_after_as_is_not_the_asked_persons_role(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    succeeded = analyse("Who did Varga succeed as head of the Halden Orchestra?", lem)
    assert type_fit(succeeded, "Varga takes over from Piotr Lenz, who retires in June.") == 1.0
    # control: "who is the head ...": the name must stand with the role
    head = analyse("Who is the head of the Halden Orchestra?", lem)
    assert type_fit(head, "Varga takes over from Piotr Lenz, who retires in June.") == 0.3


def test_where_did_they_finish_wants_a_place_in_a_ranking(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    finish = analyse("Where did Harbour Lad finish in the race?", lem)
    assert finish.expect == Expect.POSITION
    assert analyse("Where are Kestrel United in the league now?", lem).expect == Expect.POSITION
    # controls: where-questions about a place stay place questions
    assert analyse("Where was the race held?", lem).expect == Expect.PLACE
    assert analyse("Where did the money come from?", lem).expect == Expect.PLACE
    assert type_fit(finish, "Harbour Lad, ridden by Cal Moore, finished fourth, behind the favourite.") == 1.0
    assert type_fit(finish, "Harbour Lad ran at Ayr for the first time in the 89th-minute rain.") == 0.0
    race = (
        "Harbour Lad was the first horse over the final fence at Ayr on Saturday.",
        "Owner Jo Pike said Harbour Lad ran the race of his life and would go to Ayr again in spring.",
        "After a late stumble, Harbour Lad finished fourth, two lengths behind the winner.",
    )
    answers = [
        answer_from_sentences(q, cited(race, CITE), nlp).text
        for q in ("Where did Harbour Lad finish in the race?", "Where was the race?")
    ]
    assert answers[0].startswith("fourth"), answers[0]
    assert "Ayr" in answers[1], answers[1]  # control: where it ran is a place


def test_which_company_wants_a_name_that_stands_with_company(nlp: Any) -> None:
    from dataclasses import replace

    from newsbrief.summarizers.qa.rerank import asked_noun

    lem = lemmatizer(nlp)
    which = analyse("Which small company makes the new pill?", lem)
    assert asked_noun(which, nlp) == "company"
    which = replace(which, head="company")
    assert type_fit(which, "The pill was developed by the company Halvern Labs in Ostmark.") == 1.0
    assert type_fit(which, "Halvern Labs, a company in Ostmark, makes the pill.") == 1.0
    assert type_fit(which, "Tests of the pill in Brackley were led by Dr Ines Varga.") == 0.5
    # control: a who-question asks for any new name
    who = analyse("Who tested the new pill?", lem)
    assert type_fit(who, "Tests of the pill in Brackley were led by Dr Ines Varga.") == 1.0
    pill = (
        "The new pill, called Corvin, cut blood pressure by a fifth in trials run across Brackley and Dunmore.",
        "The pill is made by the small company Halvern Labs, which has 40 staff.",
        "Doctors said patients could get the pill from next spring.",
    )
    ans = answer_from_sentences("Which company makes the new pill?", cited(pill, CITE), nlp)
    assert "Halvern Labs" in ans.text, ans.text


def test_how_long_is_answered_by_when_it_ends(nlp: Any) -> None:
    how_long = analyse("How long will the flood warning stay in force?", lemmatizer(nlp))
    fits = {
        "The flood warning for the Tarn valley remains until 9pm on Friday.": 1.0,
        # controls: an ending that is no date is no length of time; a length of time still is one
        "The flood warning for the Tarn valley remains until further notice.": 0.0,
        "The flood warning will stay for two days.": 1.0,
    }
    assert {s: type_fit(how_long, s) for s in fits} == fits
    flood = [
        "A flood warning was issued for the Tarn valley after 80mm of rain fell, forecasters said.",
        "Farmers in the Tarn valley moved 400 sheep to higher ground.",
    ]
    flood.append("The warning remains in place for the valley until 9pm on Friday, the agency said.")
    text = answer_from_sentences(how_long.text, cited(tuple(flood), CITE), nlp).text
    assert text.startswith("until 9pm on Friday"), text


def test_who_names_the_person_before_an_organisation_beside_the_question_words(nlp: Any) -> None:
    sents = (
        "The club met on Tuesday.",
        "Oskar Lindell, a bank clerk, was elected captain by the Tarnby Rowing Club.",
    )
    ans = answer_from_sentences("Who was elected captain?", cited(sents, CITE), nlp)
    assert ans.text.startswith("Oskar Lindell"), ans.text
    # control: where the sentence names no person, the organisation still answers "who"
    regatta = (*sents, "The Tarnby Rowing Club organised the autumn regatta on Saturday.")
    org = answer_from_sentences("Who organised the autumn regatta?", cited(regatta, CITE), nlp)
    assert org.text.lower().startswith("the tarnby rowing club"), org.text


def test_a_pronouns_person_named_in_the_question_is_not_who_is_asked_about(nlp: Any) -> None:
    sents = (
        "Lena Brandt won the Osterby marathon on Sunday in record time.",
        "Her coach, Piet Havel, said the pair would now rest for a month.",
    )
    ans = answer_from_sentences("Who coaches Lena Brandt?", cited(sents, CITE), nlp)
    assert ans.text.startswith("Piet Havel \u2014"), ans.text
    # control: a "he" sentence still answers with the person named before it
    trains = (
        "Piet Havel joined the Osterby club in 2019.",
        "He trains the junior squad on Saturdays.",
    )
    ans = answer_from_sentences("Who trains the junior squad?", cited(trains, CITE), nlp)
    assert ans.text.startswith("Piet Havel \u2014"), ans.text


def test_the_age_given_a_person_is_read_beside_their_name() -> None:
    from newsbrief.summarizers.qa.extract import aged

    assert aged("She now lives with Tobin, 66.", ["Tobin"]) == "66"
    assert aged("Resident Mara Vell, 41, said the road flooded.", ["mara", "vell"]) == "41"
    assert aged("Her brother, the 19-year-old Pte Omar Hale, was not hurt.", ["Hale"]) == "19"
    assert aged("Vell (41) was not hurt.", ["Vell"]) == "41"
    assert aged("Vell, who turned 30 in May, was not hurt.", ["Vell"]) == "30"
    # controls: another person of that surname, a number that is no age, a name without an age
    assert aged("Dora Vell, 70, said the road flooded.", ["Mara", "Vell"]) == ""
    assert aged("Vell, 2,000 fans and the mayor came.", ["Vell"]) == ""
    assert aged("Vell, 12 per cent of the vote, came second.", ["Vell"]) == ""
    assert aged("Mara Vell said the road flooded.", ["Mara", "Vell"]) == ""


def test_how_old_is_he_is_answered_by_the_age_given_that_person(nlp: Any) -> None:
    from newsbrief.summarizers.qa import ConversationState, answer_in_conversation

    sents = (
        "Ada Ruen, a retired baker from Tullow, has found love again.",
        "She met her partner Tobin Grey at a dance class in the town hall.",
        "Tobin Grey, who met Ada Ruen at the dance class, says they now go dancing every week.",
        "Ada Ruen, 72, says she has never been happier.",
        "But now she is happy with Grey, 66.",
    )
    hits = [(s, Citation("love-1", s)) for s in sents]
    _, state = answer_in_conversation("Who is Ada Ruen's partner?", hits, ConversationState(), nlp)
    assert "Tobin Grey" in state.people, state
    ans, _ = answer_in_conversation("How old is he?", hits, state, nlp)
    assert "66" in ans.text, ans.text
    # control: asked about her, her own age answers
    her, _ = answer_in_conversation("How old is Ada Ruen?", hits, ConversationState(), nlp)
    assert "72" in her.text.split("\u2014")[0], her.text


def test_an_age_opening_the_sentence_after_the_persons_is_theirs(nlp: Any) -> None:
    sents = (
        "Nadia Ferro opened her first bakery in Tullow in March.",
        "The 31-year-old said she had saved for the ovens for six years.",
        "Nadia Ferro hired Ivo Sand, 58, to run the shop on weekdays.",
    )
    ans = answer_from_sentences("How old is Nadia Ferro?", cited(sents, CITE), nlp)
    assert ans.text.startswith("31"), ans.text
    # control: asked about him, his own age answers
    his = answer_from_sentences("How old is Ivo Sand?", cited(sents, CITE), nlp)
    assert his.text.startswith("58"), his.text


def test_who_is_answered_by_a_sentence_naming_someone_not_one_restating_the_question(nlp: Any) -> None:
    sents = (
        "A new survey of voters across Scotland found that support for the ferry plan had fallen sharply.",
        "The survey was carried out by Harlow Research.",
        "Councillors will debate the ferry plan next week.",
    )
    ans = answer_from_sentences("Who carried out the new survey of voters?", cited(sents, CITE), nlp)
    assert "Harlow Research" in ans.text, ans.text
    # control: a sentence that names someone keeps its place
    named = (
        "Pollster Ada Brill found that support for the ferry plan among the valley's voters had fallen.",
        "The survey was published in May.",
    )
    ans = answer_from_sentences(
        "Who found that support for the ferry plan had fallen?", cited(named, CITE), nlp
    )
    assert ans.text.startswith("Ada Brill"), ans.text
