"""The shared lexicon: speech verbs kept once by lemma, their inflections derived."""

from __future__ import annotations

from newsbrief.summarizers.lexicon import actors
from newsbrief.summarizers.lexicon.common import SPEECH_LEMMAS, verb_forms


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
