"""The shared lexicon: speech verbs kept once by lemma, their inflections derived."""

from __future__ import annotations

import re

from newsbrief.summarizers.lexicon import actors, qa, text
from newsbrief.summarizers.lexicon.common import MONTH_ABBREVIATION_ALT, SPEECH_LEMMAS, verb_forms


def test_verb_forms_inflect_regular_and_irregular_verbs() -> None:
    assert verb_forms("deny") == {"deny", "denies", "denied", "denying"}
    assert verb_forms("admit") == {"admit", "admits", "admitted", "admitting"}
    assert verb_forms("announce") == {"announce", "announces", "announced", "announcing"}
    assert {"said", "says", "saying"} <= verb_forms("say")
    assert {"wrote", "written", "writes"} <= verb_forms("write")


def test_the_actor_speech_verbs_derive_from_the_shared_lemmas() -> None:
    for lemma in SPEECH_LEMMAS:
        assert verb_forms(lemma) <= actors.SPEECH_VERBS, lemma
    assert "testified" in actors.SPEECH_VERBS  # one of the few the actor rules add


def test_month_abbreviations_fold_a_longer_form_into_an_optional_letter() -> None:
    assert MONTH_ABBREVIATION_ALT == "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    month = re.compile(rf"^{qa.MONTH}$")
    for word in ("Sep", "Sept", "Sept.", "Jan.", "Dec", "May", "September"):
        assert month.match(word), word
    for word in ("Septs", "may", "Ma"):
        assert not month.match(word), word


def test_weekday_and_month_names_stop_a_name_before_a_number() -> None:
    before = re.compile(qa.NAME_NUMBER_BEFORE)
    assert before.search("the shop Lantern ")  # a name: "the shop Lantern 9"
    for word in ("Tuesday", "Sept", "October", "Oct"):
        assert not before.search(f"the show on {word} "), word


# the words NOT_AFTER_DATE spelt out before its month words came from the shared calendar names
_WORDS_AFTER_A_DATE = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "gmt", "bst", "est", "edt", "pst", "pdt", "utc", "cet", "am", "pm",
     "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "way", "boulevard", "close",
     "bc", "ad", "ce", "bce", "per", "percent", "million", "billion", "uk", "us"}
)  # fmt: skip


def test_the_words_that_go_on_after_a_date_are_the_same_with_the_shared_month_names() -> None:
    assert text.NOT_AFTER_DATE == _WORDS_AFTER_A_DATE
