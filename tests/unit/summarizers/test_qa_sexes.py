"""The sex reader (:mod:`newsbrief.summarizers.qa.sexes`): one per article, shared by the index and every
question about it. Invented sentences."""

from __future__ import annotations

from newsbrief.summarizers.qa.sexes import sex_reader

STORY = (
    "Ms Orla Vance opened the new ferry terminal at Kestrel Quay on Monday.",
    "Ben Tarrow, who runs the ferry line, said his boats would sail every hour.",
)
PEOPLE = ("Orla Vance", "Ben Tarrow")


def test_one_article_has_one_reader_that_reads_each_persons_sex() -> None:
    read = sex_reader(list(STORY), list(PEOPLE))
    assert sex_reader(STORY, PEOPLE) is read  # a list or a tuple of the same sentences: the same reader
    assert read("Orla Vance") == "f" and read("Tarrow") == "m"
    # control: another article (or other people) gets its own reader
    other = sex_reader(STORY[:1], PEOPLE)
    assert other is not read
    assert other("Orla Vance") == "f" and other("Ben Tarrow") == ""


def test_a_pronoun_in_the_sentence_after_one_naming_the_person_alone_is_theirs() -> None:
    story = (
        "Tamsin Hale won the Kestrel Quay regatta on Sunday.",
        "The trophy was her third in five years.",
        "Ben Tarrow came second.",
        "The crowd cheered as his boat crossed the line.",
    )
    read = sex_reader(story, ("Tamsin Hale", "Ben Tarrow"))
    assert read("Tamsin Hale") == "f" and read("Ben Tarrow") == "m"
    # control: a sentence that names someone else besides gives no vote
    mixed = (
        "Tamsin Hale won the Kestrel Quay regatta on Sunday.",
        "Ben Tarrow said her boat was the fastest.",
    )
    assert sex_reader(mixed, ("Tamsin Hale", "Ben Tarrow"))("Tamsin Hale") == ""
