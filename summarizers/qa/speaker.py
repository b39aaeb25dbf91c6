"""Who speaks in a sentence: the subject of a verb of saying, read from the parse (qa19).

"What did she say about the plan?" after a turn that named a person asks for that person's words: a
sentence quoting someone else about the plan does not answer it. :func:`speaks` says whether the person
a follow-up's pronoun means is a speaker of a sentence: the subject of a verb of saying whose words
name them ("said Ana Ruiz", "the minister, Ana Ruiz, said"), or a "he" / "she" subject whose person the
sentence inherits from the sentences before it (:class:`.retrieve.Passage`'s ``inherited``) or, when the
sentence names no one, who agrees in sex.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.summarizers.lexicon.qa import (
    ORG_NOUNS,
    PERSON_PRONOUNS,
    ROLE_WORDS,
    SPEAKER_DEPS,
    SPEECH_LEMMAS,
)
from newsbrief.summarizers.qa.rerank import parse
from newsbrief.summarizers.qa.retrieve import Passage, quotes
from newsbrief.summarizers.qa.sexes import pronoun_sex
from newsbrief.summarizers.qa.words import Lemmatizer, terms

if TYPE_CHECKING:
    from spacy.language import Language


def name_parts(name: str) -> frozenset[str]:
    """The words of a person's name that identify them on their own, lower-cased ("Ana Ruiz's" -> ana, ruiz)."""
    clean = re.sub(r"['\u2019]s?$", "", name.replace("\u2019", "'")).replace(".", "")
    return frozenset(w.lower() for w in re.findall(r"[\w-]+", clean) if len(w) > 2)


def speakers(
    p: Passage, nlp: Language, lem: Lemmatizer
) -> list[tuple[tuple[str, ...], tuple[str, ...], bool]]:
    """The subjects of the sentence's verbs of saying, each as its words lower-cased and as written, and
    whether its head is a common noun that names a body or several people ("emergency services", "the
    company", "forecasters"): never one person (the parse runs no lemmatizer: ``lem`` reads the words)."""
    doc = parse(p.text, nlp)
    out = []
    for tok in doc:
        if not tok.pos_.startswith(("VERB", "AUX")) or lem.lemma(tok.lower_) not in SPEECH_LEMMAS:
            continue
        for child in tok.children:
            if child.dep_ in SPEAKER_DEPS:
                sub = [t.text for t in child.subtree]
                body = (
                    child.pos_ == "NOUN"
                    and child.is_lower  # a name the tagger took for a plural noun ("Ruiz said") is no body
                    and (child.tag_ == "NNS" or lem.lemma(child.lower_) in ORG_NOUNS)
                )
                out.append((tuple(w.lower() for w in sub), tuple(sub), body))
    return out


def speaks(
    p: Passage, person: str, nlp: Language, lem: Lemmatizer, sex_of: Callable[[str], str], asked: str = ""
) -> bool | None:
    """True when ``person`` speaks in ``p``, False when someone else does (a named speaker, a "she" for a
    "he"), None when nobody does or a pronoun's person is unclear.

    ``asked``: the pronoun the question used for them ("he"): a speaker "she" is someone else."""
    parts = name_parts(person)
    if not parts:
        return None
    found = speakers(p, nlp, lem)
    if not found:  # a sentence of their quote run, with no speaker of its own, is their words
        return True if p.quoted and set(terms(person, lem)) & p.quoted else None
    other = False
    for subject, words, body in found:
        if parts & set(subject):
            return True
        if body:  # "..., emergency services said": a body or a crowd speaks, not the person
            other = True
            continue
        if len(subject) == 1 and subject[0] in PERSON_PRONOUNS:
            sex, expected = pronoun_sex(subject[0]), pronoun_sex(asked) or sex_of(person)
            if sex and expected and sex != expected:
                other = True
            elif parts & p.inherited or not p.names:
                return True
        elif any(w[:1].isupper() and w.lower() not in ROLE_WORDS for w in words[1:] or words):
            # a speaker named otherwise ("said councillor Bram Teller"); a role alone ("the Mayor",
            # "the agency") may be the same person under another description
            other = True
    return False if other else None


def gives_words(p: Passage, nlp: Language, lem: Lemmatizer) -> bool:
    """The sentence gives words someone said: a quotation, or a clause a verb of saying reports ("said the
    truce would hold"); "the deal was announced by Ana Ruiz" tells an act of saying but none of its words."""
    if p.quoted or quotes(p.text):
        return True
    return any(
        tok.pos_.startswith(("VERB", "AUX"))
        and lem.lemma(tok.lower_) in SPEECH_LEMMAS
        and any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
        for tok in parse(p.text, nlp)
    )


def body_speaks(p: Passage, nlp: Language, lem: Lemmatizer) -> bool:
    """Only bodies or crowds speak in ``p`` ("..., emergency services said", "the company said"): no one person
    is the subject of its verbs of saying."""
    found = speakers(p, nlp, lem)
    return bool(found) and all(body for _, _, body in found)
