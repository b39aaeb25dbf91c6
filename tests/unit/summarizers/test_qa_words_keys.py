"""``bare_key``: a retrieval key without the quote mark a quotation closed on its word leaves on it.
Invented sentences."""

from __future__ import annotations

from newsbrief.summarizers.qa.words import Lemmatizer, bare_key, terms


def test_a_key_closed_by_a_quote_mark_is_its_word() -> None:
    lem = Lemmatizer(None)
    keys = terms("He said the harvest was 'very poor'", lem)
    assert "poor'" in keys
    assert bare_key("poor'") == "poor"
    assert bare_key("poor\u2019") == "poor"


def test_a_key_without_a_quote_mark_stays() -> None:
    assert bare_key("harvest") == "harvest"
    assert bare_key("o'neill") == "o'neill"
