"""A sentence's root is its own head: spaCy builds a new Token on each access, so a walk up the heads must compare
indices, not identities. These are the places that stop at the root.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers import figures
from newsbrief.summarizers.qa import engine


def test_a_verbless_caption_whose_root_is_the_name_names_its_subject(nlp: Any) -> None:
    caption = "Ana Ode at the harbour on Sunday"
    head = engine._name_head(caption, 0, "Ana Ode", nlp)
    assert head is not None and head.dep_ == "ROOT"
    assert engine._subject_at(caption, 0, "Ana Ode", nlp)
    # control: a name that is the object of a verb is no subject
    said = "The mayor thanked Ana Ode on Sunday"
    assert not engine._subject_at(said, said.index("Ana"), "Ana Ode", nlp)


def test_the_root_verb_of_wanting_governs_nothing_above_it(nlp: Any) -> None:
    doc = nlp("They want to force a second vote.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.lemma_ == "want"
    assert not figures._wished(root)  # nothing governs the root
    vote = next(t for t in doc if t.text == "vote")
    assert figures._wished(vote)  # control: what "want" governs
