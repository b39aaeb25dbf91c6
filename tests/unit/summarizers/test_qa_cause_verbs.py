"""A causing verb ("sparked", "triggered") introduces a reason for a why-question's re-rank.

The re-rank's parse has no lemmatizer of its own, so the verb is keyed by the answerer's lemmatizer; read off the
parse's empty lemma, no causing verb ever counted."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.rerank import cause_fit, may_report_reason, parse, reports_reason
from newsbrief.summarizers.qa.words import lemmatizer


def test_a_causing_verb_fits_a_why_question(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Why was the ferry service suspended?", lem)
    caused = parse("A fault in the ramp triggered the suspension of the ferry service.", nlp)
    assert cause_fit(q, caused, lem, 0.6) > 0
    # control: the same event told with no reason word fits nothing
    plain = parse("The suspension of the ferry service began on Monday.", nlp)
    assert cause_fit(q, plain, lem, 0.6) == 0


def test_only_a_sentence_with_a_reason_giving_verb_is_parsed_for_the_window(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    giving = "The operator blamed a shortage of crew for the cancellations."
    assert may_report_reason(giving, lem)
    assert reports_reason(parse(giving, nlp), lem)
    plain = "The operator runs four crossings a day in summer."
    assert not may_report_reason(plain, lem)
    assert not reports_reason(parse(plain, nlp), lem)
