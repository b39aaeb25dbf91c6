"""An acronym the story spells out in common words ("a cabin comfort module (CCM)", "slow wave
insomnia, shortened to SWI") or uses as a common noun ("their GP") names a thing, not a body; one
spelled out in capitals ("Office of Fair Trading (OFT)") stays a body. The texts are written for
these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import _common_spelling, _spells
from tests.unit.summarizers.facet_texts import facets, names


def test_initials_spell_an_acronym_through_hyphens_and_small_words() -> None:
    assert _spells("LIS", ["light-induced", "sleep"])
    assert _spells("OFT", ["Office", "of", "Fair", "Trading"])
    assert not _spells("CCM", ["cabin", "module"])
    assert _common_spelling("CCM", ["with", "a", "cabin", "comfort", "module"])
    assert _common_spelling("SWI", ["Slow", "wave", "insomnia"])  # the first word may open the sentence
    assert not _common_spelling("OFT", ["the", "Office", "of", "Fair", "Trading"])


def test_an_acronym_spelled_out_in_common_words_is_no_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Marlow Aviation fitted every seat with a cabin comfort module (CCM) on its new jets.
        The CCM lets each traveller set the light and the air above the seat.
        Marlow chief executive Dana Pruitt said the CCM would reach older jets next year.
        Rival carrier Skyvane said it would test the CCM too.
        """,
    )
    assert "CCM" not in names(f), names(f)
    assert "Marlow Aviation" in names(f) and "Skyvane" in names(f)  # control: the bodies stay


def test_an_acronym_shortened_from_common_words_is_no_actor_but_a_capitalised_one_is(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Doctors at Kelby Hospital now treat slow wave insomnia, shortened to SWI, with light.
        SWI affects one adult in fifty, the hospital said.
        Kelby consultant Amir Hale said SWI patients slept two hours longer.
        The Office of Fair Trading (OFT) said it would look at the price of the lamps.
        """,
    )
    assert "SWI" not in names(f), names(f)
    assert "Office of Fair Trading" in names(f)  # control: a body spelled out in capitals


def test_an_acronym_after_a_possessive_is_a_common_noun(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Patients who cannot get through should call their GP, the Harlow Health Board said.
        The GP will decide whether they need a hospital letter, board chairman Lena Ostrova said.
        Ostrova said the GP surgeries would stay open late all week.
        """,
    )
    assert "GP" not in names(f), names(f)
    assert "Harlow Health Board" in names(f) and "Lena Ostrova" in names(f)
