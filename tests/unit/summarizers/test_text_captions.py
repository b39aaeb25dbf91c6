"""Captions cut by shape, and the text the cleaning removed kept aside for the answerer. All texts
are written for these tests."""

from __future__ import annotations

from newsbrief.summarizers.text import clean_article, removed_text, split_sentences
from newsbrief.summarizers.types import Briefing

BODY = [
    "The council of Marrowby voted on Tuesday to rebuild the old stone bridge over the river Tell.",
    "The work will cost about 12 million pounds and should take three years to finish.",
    "Engineer Petra Lund said the new bridge would carry buses as well as cars and bicycles.",
    "Shop owners on the east bank said they had lost trade since the bridge was closed in 2021.",
]


def _clean(*sentences: str) -> str:
    return " ".join(clean_article("\n\n".join(sentences)).paragraphs)


def test_caption_ending_on_a_joined_name_before_a_speaker_is_cut() -> None:
    text = _clean(
        BODY[0],
        "The film tells the story of the Siege of Velmar in the winter of 1652 and its long aftermath.",
        BODY[1] + " Director Ivo Lee shows the actors a map on the set of The Siege of Velmar"
        " Lee said: 'We wanted every street of the town to look the way it did then.'",
        "Lee said the town had lent its square for three weeks of filming in the spring.",
        BODY[2],
    )
    assert "shows the actors a map" not in text
    assert "Lee said: 'We wanted every street" in text


def test_speaker_after_a_two_word_run_without_a_joiner_is_kept() -> None:
    # control: "Ivo Lee" is one name; no joiner ties "Ivo" to a name before it
    text = _clean(
        BODY[0],
        "Ivo was born in the town and Lee is the name his family took when they moved to the coast.",
        BODY[1] + " The director who made the film about the winter siege in the hills Ivo Lee said:"
        " 'We wanted every street of the town to look the way it did then.'",
        BODY[2],
    )
    assert "Ivo Lee said" in text


def test_label_and_headline_glued_before_a_sentence_are_cut() -> None:
    text = _clean(
        BODY[0],
        "The price of a flat near the new bridge: Eastgate tops the table - and Northgate the lowest"
        " Westgate came second, with flats selling for 9 per cent more than in the town as a whole.",
        BODY[1],
        BODY[2],
    )
    assert "tops the table" not in text
    assert "Westgate came second, with flats selling for 9 per cent more" in text


def test_clause_before_a_colon_is_no_label() -> None:
    # control: a clause with a verb ("was") before the colon introduces what follows
    sentence = (
        "The reason for the delay was plain: Engineers found cracks in the old piers in March"
        " Westgate traders asked for a temporary footbridge at once."
    )
    text = _clean(BODY[0], sentence, BODY[1], BODY[2])
    assert "The reason for the delay was plain" in text


def test_caption_that_introduces_its_own_sentence_is_cut() -> None:
    text = _clean(
        "Fishermen now see the new bridge as a lifeline for the harbour and the old market"
        " Fishermen no longer fear the winter floods and now see the new bridge as a lifeline, the council said.",
        BODY[1],
        BODY[2],
        BODY[3],
    )
    assert text.startswith("Fishermen no longer fear")


def test_sentence_naming_its_subject_twice_is_kept() -> None:
    # control: the words before the second "Fishermen" share little with the rest
    sentence = (
        "Fishermen from three villages met the mayor on a wet morning by the harbour wall"
        " Fishermen said the new bridge would bring buyers from the north, the council said."
    )
    text = _clean(sentence, BODY[1], BODY[2], BODY[3])
    assert "met the mayor on a wet morning" in text


def test_removed_text_keeps_captions_not_story_or_furniture() -> None:
    raw = "\n\n".join(
        [
            BODY[0],
            BODY[1],
            "Engineer Petra Lund inspects the cracked arch of the bridge in 2022 (Photo: Tom Field/Northwind)",
            BODY[2],
            "Read more: Council backs harbour plan",
            BODY[3],
        ]
    )
    kept = clean_article(raw).paragraphs
    assert not any("inspects the cracked arch" in p for p in kept)
    removed = removed_text(raw, kept)
    assert any("inspects the cracked arch of the bridge" in r for r in removed)
    assert not any("Tom Field" in r for r in removed)  # the credit is no caption
    assert not any("Council backs harbour plan" in r for r in removed)
    assert not any(b[:40] in r for b in BODY for r in removed)


def test_captions_are_never_in_the_briefing_json() -> None:
    b = Briefing(
        title="Bridge", summary=("A.",), sentences=("A.",), captions=("Petra Lund inspects the arch",)
    )
    data = b.to_json()
    assert "captions" not in data and "inspects" not in str(data)
    old = Briefing.from_json(data)  # a briefing stored before captions were kept loads with none
    assert old.captions == ()


def test_two_names_met_apart_at_a_title_are_cut_there() -> None:
    # "Saint Ana" and "Director Ivo Lee" each stand complete elsewhere: the caption ends before the title
    text = _clean(
        BODY[0],
        "The film pays homage to Saint Ana, whom the town honours every spring.",
        "Director Ivo Lee has spent four years on it. Director Ivo Lee grew up near the bridge.",
        BODY[1]
        + " Crowds gathered at the chapel for the feast of Saint Ana Director Ivo Lee thanked the council"
        " for its help with the filming.",
        BODY[2],
    )
    assert "Director Ivo Lee thanked the council for its help with the filming." in text
    assert "Crowds gathered at the chapel" not in text


def test_one_word_before_a_title_stays_with_it() -> None:
    # control: a one-word name before the title ("the Velmar Director") is not cut off
    text = _clean(
        BODY[0],
        "Velmar is a small town, and Director Ivo Lee has spent four years there.",
        BODY[1]
        + " The crowd cheered when the Velmar Director Ivo Lee thanked the council for its help with the filming.",
        BODY[2],
    )
    assert "the Velmar Director Ivo Lee thanked the council" in text


def test_present_tense_caption_before_a_past_sentence_is_cut() -> None:
    text = _clean(
        BODY[0],
        BODY[1],
        "Marrowby Rovers keeper Tom Field saves a shot from close range in the first half"
        " Westgate had the better of the early exchanges and led 2-0 by half-time.",
        BODY[2],
    )
    assert "saves a shot" not in text
    assert "Westgate had the better of the early exchanges and led 2-0 by half-time." in text


def test_present_tense_sentence_that_says_something_is_kept() -> None:
    # control: a verb of saying in the present is no caption ("says")
    text = _clean(
        BODY[0],
        BODY[1],
        "Marrowby Rovers manager Tom Field says the team lost its shape in the first half"
        " Westgate had the better of the early exchanges and led 2-0 by half-time.",
        BODY[2],
    )
    assert "says the team lost its shape" in text


def test_caption_ending_on_an_acronym_before_a_sentence_opener_is_split() -> None:
    parts = split_sentences(
        "The three guards were accused of spying for the rebel army, say ORVAL"
        " The new eight-minute film shows the men sitting in a small room."
    )
    assert parts[-1] == "The new eight-minute film shows the men sitting in a small room."


def test_acronym_before_a_capitalised_name_is_not_split() -> None:
    # control: "The Hague" goes on as a name (a capitalised word follows the opener)
    sentence = "The talks were held in Brussels where the UN The Hague court was named by officials today."
    assert split_sentences(sentence) == [sentence]


def test_byline_in_mixed_case_glued_before_the_first_sentence_is_removed() -> None:
    for byline in (
        "By Ann Lee ",
        "By Ann Lee and Tom Day for Harbour News ",
        "By Ann Lee Published: 08:00 BST, 3 May 2015 ",
    ):
        text = _clean(byline + BODY[0], BODY[1], BODY[2])
        assert text.startswith("The council of Marrowby voted"), text


def test_by_and_a_date_or_a_phrase_is_no_byline() -> None:
    # controls: "By Friday ...", "By using ..." open sentences of the story
    for opening in (
        "By Friday The council will have voted on the plan. ",
        "By using the old piers the council saved money. ",
    ):
        text = _clean(opening + BODY[0], BODY[1], BODY[2])
        assert text.startswith(opening.split()[0] + " " + opening.split()[1]), text


def test_a_very_long_page_keeps_no_removed_text() -> None:
    caption = (
        "Engineer Petra Lund inspects the cracked arch of the bridge in 2022 (Photo: Tom Field/Northwind)"
    )
    raw = "\n\n".join([*BODY, caption])
    assert removed_text(raw, clean_article(raw).paragraphs)  # control: a page of usual length keeps it
    long_raw = "\n\n".join([*BODY * 300, caption])
    assert removed_text(long_raw, clean_article(long_raw).paragraphs) == ()


def test_a_one_word_label_glued_before_a_capitalised_sentence_is_cut() -> None:
    label = "The new quay stood empty at the far edge of the old harbour of Velmar Deserted: "
    rest = "Like a village after a flood, the stalls were shut and the boats had all gone."
    parts = split_sentences(label + rest)
    assert parts[-1] == "Deserted: " + rest
    text = _clean(BODY[0], label + rest, BODY[1])
    assert "Deserted:" not in text and rest in text
    # control: a colon before a lower-case word introduces what follows; nothing is cut there
    joined = label + rest[0].lower() + rest[1:]
    assert split_sentences(joined) == [joined.strip()]
    # control: a name's last word before a colon and a quotation is a speaker's source, no label
    quoted = (
        "The harbour master Tom Hale, 61, told the Velmar Evening News: 'We will rebuild the quay by May.'"
    )
    assert split_sentences(quoted) == [quoted]
