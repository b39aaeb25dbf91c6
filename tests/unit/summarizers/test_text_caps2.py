"""Caption shapes that web copy glues into a story's single paragraph, cut by their shape: a label
that ends with an exclamation or question mark, a pointer that says which way a picture reads or
stands after a noun for a person, and sentences that point at the page itself. Each has a positive
control. All texts are written for these tests."""

from __future__ import annotations

from tests.unit.summarizers.clean_texts import story_cleaner

LEAD = "The ferry firm serving Calder Sound plans a second boat by next summer."
MORE = "Islanders on Brise wanted more crossings ever since timetables were cut in 2019."


_cleaned = story_cleaner([LEAD], [MORE])


def test_an_exclamation_label_between_sentences_is_cut() -> None:
    text = _cleaned(
        "The crossing took four hours on Sunday. Rough seas! The council said the quay would reopen in May."
    )
    assert "Rough seas" not in text
    assert "The crossing took four hours on Sunday." in text
    assert "The council said the quay would reopen in May." in text


def test_a_question_label_in_capitals_is_cut() -> None:
    text = _cleaned(
        "The timetable was cut again in March. WHAT NEXT? Islanders will vote on the plan in June."
    )
    assert "WHAT NEXT" not in text
    assert "Islanders will vote on the plan in June." in text


def test_a_short_exclamation_with_a_verb_of_four_words_is_kept() -> None:
    # control: a sentence of four words is no label
    text = _cleaned(
        "The first boat sailed at dawn. The crowd went wild! The council said the quay would reopen."
    )
    assert "The crowd went wild!" in text


def test_an_exclamation_label_glued_onto_a_caption_is_cut_from_it() -> None:
    text = _cleaned(
        "The crossing took four hours on Sunday. A skipper steers the old ferry at 12 knots past the quay"
        " Calm waters! The council said the quay would reopen in May."
    )
    assert "Calm waters" not in text
    # the caption it labels stays (it may hold a figure the story does not)
    assert "A skipper steers the old ferry at 12 knots past the quay" in text
    assert "The council said the quay would reopen in May." in text


def test_a_name_in_an_exclamation_at_a_sentence_end_is_kept() -> None:
    # control: a name after a verb is the sentence's object, not a label (no lower-case word in it)
    text = _cleaned(
        "The crossing took four hours on Sunday. After ten years at sea the skipper finally joined Calder Rovers!"
        " The council said the quay would reopen in May."
    )
    assert "finally joined Calder Rovers!" in text


def test_a_pointer_saying_which_way_a_picture_reads_marks_a_caption() -> None:
    text = _cleaned(
        "The crossing took four hours on Sunday. The island's three skippers, from left to right, Ann Lee,"
        " Tom Day and Bo Chan met the minister on Sunday night Overall, islanders prefer the new quay to the old one."
    )
    assert "from left to right" not in text
    assert "met the minister" not in text
    assert "Overall, islanders prefer the new quay to the old one." in text


def test_a_bare_position_after_a_noun_for_a_person_is_a_pointer() -> None:
    text = _cleaned(
        "The crossing took four hours on Sunday. A parent accused the school of failing to sack the teacher,"
        " left, although it had been warned twice."
    )
    assert "the teacher although it had been warned twice." in text
    # control: after a word that is no person the commas are the sentence's own
    kept = _cleaned(
        "The crossing took four hours on Sunday. Ann turned, left, and walked away from the pier."
    )
    assert "Ann turned, left, and walked away from the pier." in kept


def test_sentences_pointing_at_the_page_itself_are_cut() -> None:
    text = _cleaned(
        "The harbour flooded on Sunday. The video can be seen at the top of this story."
        " Click on the pictures above to see how the quay, the market and the school changed after the flood."
        " For more information, visit harbourfund.example.org. The council will meet again on Monday."
    )
    assert "video can be seen" not in text
    assert "Click on the pictures" not in text
    assert "For more information" not in text
    assert "The harbour flooded on Sunday." in text
    assert "The council will meet again on Monday." in text


def test_a_video_in_the_story_is_kept() -> None:
    # control: a sentence about a video that says nothing of where it stands on the page
    whole = "A video of the flood was shared thousands of times before the council replied."
    assert whole in _cleaned(f"The harbour flooded on Sunday. {whole}")


def test_a_label_in_capitals_glued_onto_a_caption_is_cut_but_an_acronym_is_kept() -> None:
    text = _cleaned(
        "The crossing took four hours on Sunday. The ferry firm is owned by a fund run by Ann Lee WHO PAYS?"
        " Fares rose by a third this year. Will the island ever have a say over the ICSB?"
    )
    assert "WHO PAYS" not in text
    # control: one word in capitals after an article is an acronym, not a label
    assert "Will the island ever have a say over the ICSB?" in text


def test_short_questions_and_exclamations_of_the_story_are_kept() -> None:
    # controls: a rhetorical question opened by a connective, a one-word question, a question ending
    # on its capitalised object, and a short exclamation inside a quotation
    text = _cleaned(
        "The crossing took four hours on Sunday. Will the new timetable help? But who knows?"
        " Fares went up again. Really? The council said nobody would stop the plan to sell Calder Ferries?"
        " 'We waited all day. What a day! We will sail again,' said the skipper."
    )
    assert "But who knows?" in text
    assert "Really?" in text
    assert "nobody would stop the plan to sell Calder Ferries?" in text
    assert "What a day!" in text


def test_a_question_label_of_two_words_is_cut() -> None:
    text = _cleaned(
        "The crossing took four hours on Sunday. Wedding bells? The skipper married a ferry cook in May."
    )
    assert "Wedding bells" not in text
    assert "The skipper married a ferry cook in May." in text
