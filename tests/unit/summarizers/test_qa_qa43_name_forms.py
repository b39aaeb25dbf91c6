"""qa43: a name's other form (a country's people or language, a party's nickname: ``NAME_FORMS``) counts as the
name, both for the gate that refuses a question about a name the article never uses and for ranking the
sentences. Invented sentences."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.words import lemmatizer, name_forms
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("qa43-1", "", "Harrowby Courier", "https://courier.example.org/qa43")


SURVEY = (
    "A survey of garden birds ran over the last weekend of January.",
    "Across Britain some 4,200 volunteers counted the birds in their gardens, its organisers said.",
    "Starlings were down for the fourth year running.",
)
COUNCIL = (
    "Harrowby council will vote on the future of its two depots next month.",
    "Labour councillors in Harrowby want the depot sold by March.",
    "Tory councillors in Harrowby want the depot sold by June so that the money can go to the new pool.",
)


def test_the_people_of_a_country_the_article_names_are_not_refused(nlp: Any) -> None:
    # fails without the name forms in the gate: "The article doesn't mention Britons."
    ans = answer_from_sentences("How many Britons took part in the bird survey?", cited(SURVEY, CITE), nlp)
    assert "4,200" in ans.text, ans.text


def test_a_people_whose_country_the_article_never_names_is_still_refused(nlp: Any) -> None:
    # control: "Danes" is a form of a name, but the article never names Denmark in any form
    ans = answer_from_sentences("How many Danes took part in the bird survey?", cited(SURVEY, CITE), nlp)
    assert "doesn't mention" in ans.text, ans.text


def test_a_party_s_nickname_ranks_the_sentence_that_uses_it(nlp: Any) -> None:
    # fails with ``name_form`` 0: both sentences hold the question's other words and the shorter one wins
    q = "When do the Conservative councillors in Harrowby want the depot sold?"
    ans = answer_from_sentences(q, cited(COUNCIL, CITE), nlp)
    assert "June" in ans.text, ans.text
    # control: the question that names the other party keeps its own sentence
    other = answer_from_sentences(
        "When do the Labour councillors in Harrowby want the depot sold?", cited(COUNCIL, CITE), nlp
    )
    assert "March" in other.text, other.text


@pytest.mark.parametrize(
    ("form", "other"), [("briton", "britain"), ("tory", "conservative"), ("dutch", "netherlands")]
)
def test_name_forms_join_a_name_s_forms(form: str, other: str, nlp: Any) -> None:
    assert other in name_forms(lemmatizer(nlp))[form]


def test_a_lower_case_word_is_no_name_form(nlp: Any) -> None:
    # the gate reads only capitalised forms: "a conservative estimate" does not mention the Conservatives
    sents = ("A conservative estimate puts the repair bill for the depots at 2 million pounds.",)
    ans = answer_from_sentences("What do the Tories think of the repair bill?", cited(sents, CITE), nlp)
    assert "doesn't mention" in ans.text, ans.text
    # positive control: the capitalised form does
    sents2 = ("Conservatives in Harrowby called the 2 million pound repair bill for the depots a scandal.",)
    ans2 = answer_from_sentences(
        "What do the Tories in Harrowby think of the repair bill?", cited(sents2, CITE), nlp
    )
    assert "scandal" in ans2.text, ans2.text


def test_name_form_weight_is_what_ranks(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(qa_engine.WEIGHTS, name_form=0.0))
    q = "When do the Conservative councillors in Harrowby want the depot sold?"
    ans = answer_from_sentences(q, cited(COUNCIL, CITE), nlp)
    assert "June" not in short_answer(ans.text), ans.text
