"""A gallery's captions glued into running text, each with a label in Title Case, dropped by their
shape: three labels or more in one piece. All texts are written for these tests."""

from __future__ import annotations

from tests.unit.summarizers.clean_texts import story_cleaner

LEAD = "A painter from Calder Sound has shown her son's paintings of the coast at the Brise gallery."
MORE = (
    "The show at the Brise gallery runs until the end of June and entry is free.\n\n"
    "Lina Marsh said the paintings would go on sale in the autumn to help the lifeboat crew."
)


_cleaned = story_cleaner([LEAD], [MORE])


GALLERY = (
    "Lina Marsh said her son had painted every day since he turned six. Here, Timo sketches gulls"
    " on the harbour wall Timo at the Pier: Here, Timo paints boats at dawn Timo and the Storm:"
    " Here, Timo watches waves over the rocks Timo Finds a Shell: Here, Timo holds a shell to the"
    " light Timo in the Rain: Here, Timo runs along the sand under grey skies."
)


def test_run_of_labelled_captions_is_dropped() -> None:
    text = _cleaned(GALLERY)
    assert "Timo and the Storm" not in text
    assert "Timo Finds a Shell" not in text
    assert "sketches gulls" not in text
    assert "Lina Marsh said her son had painted every day since he turned six." in text


def test_long_story_text_before_a_run_of_labelled_captions_is_kept() -> None:
    # control: many words before the first label are the story's, not a caption's
    head = (
        "Her son, who has painted the harbour, the boats, the gulls, the lighthouse"
        " and the cliffs of Calder Sound every single day since he turned six, now hopes to take his"
        " work to a much larger gallery on the mainland next year"
    )
    text = _cleaned(GALLERY.replace("Here, Timo sketches gulls on the harbour wall", head))
    assert "now hopes to take his work to a much larger gallery" in text
    assert "Timo and the Storm" not in text
