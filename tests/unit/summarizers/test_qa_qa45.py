"""Places a where-question finds (qa45): one set off after a name by a comma and "of" ("Ivo Lund, 41, of
Kelby,") says where that person lives, as "from Kelby" does; one after a compass word ("to northern Kelby",
"in north-east Kelby") is the named place.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import type_fit
from newsbrief.summarizers.qa.words import lemmatizer


def test_a_place_after_a_comma_and_of_is_a_place(nlp: Any) -> None:
    q = analyse("Where does Brennock live?", lemmatizer(nlp))
    assert type_fit(q, "Brennock, 41, of Dunmarrow, was fined by the bench on Tuesday.") == 1.0
    assert type_fit(q, "Brennock, of Dunmarrow, was fined by the bench on Tuesday.") == 1.0
    # controls: a place after "from" fits as before; "of" without the comma is no place, nor "of" + a lower-case word
    assert type_fit(q, "Brennock, from Dunmarrow, was fined by the bench on Tuesday.") == 1.0
    assert type_fit(q, "Brennock was fined by the bench at the end of Tuesday.") == 0.0
    assert type_fit(q, "Brennock spoke of Dunmarrow fondly, and was fined by the bench.") == 0.0
    assert type_fit(q, "Brennock was fined, of course, by the bench.") == 0.0


def test_a_place_after_a_compass_word_is_a_place(nlp: Any) -> None:
    q = analyse("Where did the pair flee to?", lemmatizer(nlp))
    assert type_fit(q, "The pair were driven to northern Velmark after a week.") == 1.0
    assert type_fit(q, "The pair were driven to north-east Velmark after a week.") == 1.0
    # control: a lower-case word that is no compass word still hides the place
    assert type_fit(q, "The pair were driven to sunny Velmark after a week.") == 0.0
