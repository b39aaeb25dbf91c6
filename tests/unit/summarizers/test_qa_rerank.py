"""Question kinds, type fit and the parse re-rank, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa.question import Expect, QuestionType, analyse
from newsbrief.summarizers.qa.rerank import parse_fit
from newsbrief.summarizers.qa.retrieve import type_fit
from newsbrief.summarizers.qa.words import lemmatizer


def test_what_age_asks_for_an_age_and_how_old_still_does(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("At what age do most nurses retire?", lem)
    assert q.type is QuestionType.HOW_MUCH
    assert q.expect is Expect.AGE
    assert analyse("How old is the mayor?", lem).expect is Expect.AGE  # control


def test_what_share_asks_for_a_percentage_and_searches_for_the_verb_not_share(nlp: Any) -> None:
    q = analyse("What share of Norvik Bank does the government own?", lemmatizer(nlp))
    assert q.expect is Expect.PERCENT
    assert "own" in q.terms
    assert "share" not in q.terms


def test_a_prosecutor_question_does_not_search_for_defence_lawyers(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert "lawyer" not in analyse("What did the prosecutor tell the jury?", lem).terms
    assert "lawyer" in analyse("What did the attorney tell the jury?", lem).terms  # control: one class


def test_where_counts_a_place_without_a_name_but_not_a_month(nlp: Any) -> None:
    q = analyse("Where will the trial be held?", lemmatizer(nlp))
    assert type_fit(q, "The judge moved the trial to a juvenile court.") > 0
    assert type_fit(q, "The trial opened in October.") == 0
    assert type_fit(q, "The trial opened in Lisbon.") == 1.0  # control: a named place


def test_a_possessive_of_the_questions_name_is_not_a_new_person(nlp: Any) -> None:
    q = analyse("Who found Okafor?", lemmatizer(nlp))
    assert type_fit(q, "The search for Okafor's boat went on for days.") < 1.0
    assert type_fit(q, "A coast guard crew led by Mira Tan found Okafor.") == 1.0  # control


def test_parse_fit_wants_the_item_governed_by_the_questions_word(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who did Ruiz replace as coach?", lem)
    assert parse_fit(q, "Ruiz replaced Tomas Berg in February after six defeats.", nlp, lem) == 1.0
    assert parse_fit(q, "The board met on Thursday to approve the appointment.", nlp, lem) == 0.0
    p = analyse("What share of Norvik Bank does the government own?", lem)
    assert (
        parse_fit(p, "The government, which owns 62 per cent of the lender, will keep a majority.", nlp, lem)
        == 1.0
    )
    assert (
        parse_fit(
            p, "The lender has 3,000 staff and, analysts said, a weak outlook for the government.", nlp, lem
        )
        < 1.0
    )


def test_parse_fit_is_off_without_a_pipeline(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who did Ruiz replace as coach?", lem)
    assert parse_fit(q, "Ruiz replaced Tomas Berg in February.", None, lem) == 0.0


def test_parse_fit_prefers_the_item_in_the_question_words_role(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who won the Hallam Cup last season?", lem)
    # the winner is the subject of "won": full fit; a person merely near "win" is not
    assert parse_fit(q, "Nadia Perez won the cup last season after a long final.", nlp, lem) == 1.0
    assert parse_fit(q, "Fans recalled the win over Nadia Perez in the final.", nlp, lem) < 1.0
    p = analyse("Who prepared the report for the council?", lem)  # a passive's "by" agent is the subject
    assert parse_fit(p, "The report was prepared by the Harbour Research Office in May.", nlp, lem) == 1.0


def test_an_entity_holding_a_question_word_is_not_its_answer(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who opened the new library?", lem)
    # "Library" belongs to the organisation's own name: that name is what the question asks about
    assert parse_fit(q, "The New Library Trust said work would go on.", nlp, lem) < 1.0
    assert parse_fit(q, "Mayor Ana Ruiz opened the new library on Friday.", nlp, lem) == 1.0  # control


def test_the_asked_kind_of_place_is_not_searched_for(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert "city" not in analyse("Which city will host the summit?", lem).terms
    assert "host" in analyse("Which city will host the summit?", lem).terms
    assert "club" in analyse("Which club did she coach before?", lem).terms  # control: not a place kind


def _briefing(sentences: tuple[str, ...]) -> Any:
    from newsbrief.summarizers.types import Briefing

    return Briefing(
        title="Crossing closed",
        summary=(),
        actors=(),
        figures=(),
        next_steps=(),
        sources=("https://news.example.org/crossing",),
        article_ids=("crossing-1",),
        sentences=sentences,
    )


def test_a_weak_top_sentence_gives_way_to_one_that_shares_the_question(nlp: Any) -> None:
    import dataclasses

    from newsbrief.summarizers.qa import engine
    from newsbrief.summarizers.qa.conversation import ConversationState

    # a heavy type weight puts the dated but unrelated sentence first; it must not make the answer a refusal
    w = dataclasses.replace(engine.WEIGHTS, type_fit=1.0)
    related = "Engineers said the crossing would reopen once the flood barriers were repaired."
    unrelated = ("The town council met on Tuesday.", "Residents complained about the long detour.")
    question = "When will the crossing reopen?"
    res = engine._answer(
        question, engine._articles([_briefing((*unrelated, related))]), nlp, ConversationState(), w
    )
    assert res.answer.answered
    assert res.answer.citations[0].sentence == related
    # control: no sentence shares the question's words: the article doesn't say
    res = engine._answer(question, engine._articles([_briefing(unrelated)]), nlp, ConversationState(), w)
    assert not res.answer.answered


def test_a_measure_question_weighs_its_measure_above_its_modifiers(nlp: Any) -> None:
    import dataclasses

    from newsbrief.summarizers.qa import engine
    from newsbrief.summarizers.qa.conversation import ConversationState

    sents = (
        "Voting closed at noon at the Halvor works on Friday.",
        "A strike needs the backing of more than 50% of the members voting in the national ballot.",
        "Turnout was 58.2%, up from 51.3% three years ago.",
        "Talks, if the strike is backed, are due in three weeks.",
    )
    question = "What was the turnout for the national ballot?"
    arts = engine._articles([_briefing(sents)])
    res = engine._answer(question, arts, nlp, ConversationState())
    assert "58.2%" in res.answer.text
    # control: weighed like any other word, the modifiers' sentence wins
    flat = dataclasses.replace(engine.WEIGHTS, measure=1.0)
    assert "58.2%" not in engine._answer(question, arts, nlp, ConversationState(), flat).answer.text


def test_a_score_question_wants_a_scoreline_not_any_number(nlp: Any) -> None:
    from newsbrief.summarizers.qa import engine
    from newsbrief.summarizers.qa.conversation import ConversationState

    sents = (
        "Two-time champion Lena Varga was watched by 5,000 fans as she beat Mira Holt, who had 12 wins this year.",
        "Varga beat Holt 6-4 7-5 to reach the quarter-finals on Wednesday.",
    )
    res = engine._answer(
        "What was the score of the match in which Varga beat Holt?",
        engine._articles([_briefing(sents)]),
        nlp,
        ConversationState(),
    )
    assert res.span == "6-4 7-5"
    # control: a plain count still takes a number
    q = analyse("How many fans watched Varga?", lemmatizer(nlp))
    assert type_fit(q, sents[0]) == 1.0 and q.expect is Expect.NUMBER


def test_batched_parse_fits_equal_one_by_one_and_skip_sentences_without_a_question_word(nlp: Any) -> None:
    from newsbrief.summarizers.qa import rerank

    lem = lemmatizer(nlp)
    q = analyse("Who did Ruiz replace as coach?", lem)
    texts = [
        "Ruiz replaced Tomas Berg in February after six defeats.",
        "The board met on Thursday to approve the appointment.",  # no question word: never parsed
        "Berg said he was replaced by Ruiz without warning.",
    ]
    rerank._DOCS.clear()
    rerank._QUESTIONS.clear()
    fits = rerank.parse_fits(q, texts, nlp, lem)
    assert (id(nlp), texts[1]) not in rerank._DOCS
    assert (id(nlp), texts[0]) in rerank._DOCS and (id(nlp), q.text) in rerank._DOCS
    rerank._DOCS.clear()
    rerank._QUESTIONS.clear()
    assert fits == [rerank.parse_fit(q, t, nlp, lem) for t in texts]  # control: one by one, unbatched


def test_rerank_parses_only_sentences_whose_place_the_parse_can_change(nlp: Any) -> None:
    from newsbrief.summarizers.qa import engine, rerank
    from newsbrief.summarizers.qa.retrieve import index_article
    from newsbrief.summarizers.qa.weights import WEIGHTS
    from newsbrief.summarizers.types import Citation

    lem = lemmatizer(nlp)
    q = analyse("Who did Ruiz replace as coach?", lem)
    ps = index_article(
        [
            "Ruiz will replace the coach next season.",
            "Ruiz replaced Tomas Berg in February after six defeats.",
            "Ruiz said replacing a coach is never easy.",
        ],
        0,
        Citation("a", ""),
        lem,
    )
    far = [(1.0, 1.0, ps[0]), (0.8, 0.8, ps[1]), (0.6, 0.6, ps[2])]  # gaps wider than the parse bonus
    rerank._DOCS.clear()
    rerank._QUESTIONS.clear()
    assert engine._rerank(q, far, nlp, lem, WEIGHTS) == far
    assert not rerank._DOCS  # nothing parsed: no order could change
    near = [(1.0, 1.0, ps[0]), (0.95, 0.95, ps[1]), (0.6, 0.6, ps[2])]
    out = engine._rerank(q, near, nlp, lem, WEIGHTS)
    assert out[0][2] is ps[1]  # control: within reach, the parse decides
    assert (id(nlp), ps[2].text) not in rerank._DOCS


def test_a_contracted_question_word_is_not_a_name(nlp: Any) -> None:
    from newsbrief.summarizers.qa.question import question_names

    assert question_names("What's the other name for the old ferry?") == []
    assert question_names("Who's leading Norvale Bank?") == ["Norvale Bank"]
    assert question_names("What's Ana Ruiz's job?") == ["Ana Ruiz's"]  # control: the name after it stays


def test_may_and_march_as_verbs_are_no_dates(nlp: Any) -> None:
    q = analyse("When will the bridge reopen?", lemmatizer(nlp))
    assert type_fit(q, "Officials say the bridge may reopen, and protesters march on.") == 0.0
    assert type_fit(q, "The bridge will reopen in May, officials say.") == 1.0  # control: the month


def test_how_long_is_answered_by_a_length_too(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("How long is the new pier?", lem)
    assert q.expect is Expect.DURATION
    assert type_fit(q, "The new pier stretches 450 metres into the bay.") == 1.0
    assert type_fit(q, "The pier, 1.2 miles long, opened on Friday.") == 1.0
    assert type_fit(q, "The new pier opened to walkers.") == 0.0  # control: no length at all
    assert type_fit(analyse("How long did the strike last?", lem), "It lasted for three weeks.") == 1.0


def test_i_and_its_contractions_are_no_names() -> None:
    from newsbrief.summarizers.qa.retrieve import sentence_names

    assert sentence_names("\u2018I\u2019ve said for weeks that two players will leave,\u2019 he said.") == []
    assert sentence_names("\u2018I\u2019m staying,\u2019 said Ana Ruiz.") == ["Ana Ruiz"]  # control: a name
    assert sentence_names("\u2018The board met,\u2019 said Tomas Berg.") == ["Tomas Berg"]


def test_a_graded_adjective_is_keyed_as_its_base_and_a_noun_is_not(nlp: Any) -> None:
    from newsbrief.summarizers.qa.words import terms

    lem = lemmatizer(nlp)
    # "when was the toll last this low?" finds "the lowest toll since 2019"
    assert terms("lowest", lem) == terms("low", lem)
    assert terms("older", lem) == terms("old", lem)
    assert terms("strongest", lem) == terms("strong", lem)
    for noun in ("offer", "forest", "protest", "interest"):  # control: nouns that end alike stay
        assert terms(noun, lem) == [noun]


def test_a_question_read_alone_is_parsed_without_entities_and_not_again(nlp: Any) -> None:
    from newsbrief.summarizers.qa import rerank

    lem = lemmatizer(nlp)
    q = analyse("Which small company did Lenka Dvorsky join in Kelso?", lem)
    rerank._DOCS.clear()
    rerank._QUESTIONS.clear()
    noun = rerank.asked_noun(q, nlp)
    alone = rerank._QUESTIONS[(id(nlp), q.text)]
    assert not alone.has_annotation("ENT_IOB") and alone.has_annotation("DEP")
    full = nlp(q.text)  # control: the whole pipeline finds entities in it ...
    assert full.ents
    # ... and the same tags, parts of speech and dependencies
    assert [(t.tag_, t.pos_, t.dep_, t.head.i) for t in alone] == [
        (t.tag_, t.pos_, t.dep_, t.head.i) for t in full
    ]
    assert noun == "company"
    texts = ["Lenka Dvorsky joined the harbour company Merrow Tugs in Kelso last spring."]
    rerank.parse_fits(q, texts, nlp, lem)
    assert (id(nlp), texts[0]) in rerank._DOCS
    assert (id(nlp), q.text) not in rerank._DOCS  # parsed once only, alone
    rerank._DOCS.clear()
    rerank._QUESTIONS.clear()
