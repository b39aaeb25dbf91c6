"""Whom a "he" / "she" may mean: a person's sex as the article itself shows it.

Read from the article's own words, never from the name: a courtesy title before the surname ("Ms
Ortel", "Sir Ben Ortel"); the first personal pronoun after the person's name in its sentence, when no
other person of the story comes between ("Ben Ortel, who runs the firm, said his ..."); a sentence
opening "He" / "She" right after one that names this person and nobody else, or the first "he" / "his" /
"she" / "her" of such a following sentence when it names nobody ("Ode won. The title was his third."). Unknown ("") when the
article shows nothing or disagrees with itself: then a pronoun may mean that person as before.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence

from newsbrief.summarizers.lexicon.common import FEMALE_PRONOUNS, MALE_PRONOUNS, TITLE_SEXES
from newsbrief.summarizers.lexicon.qa import BESIDE_PATTERN, SEXED_NOUNS
from newsbrief.summarizers.lexicon.text import QUOTE_MARKS

# a courtesy title before the name, maybe with its dot, and a first name or initial before the surname
_TITLE = (
    r"\b("
    + "|".join(sorted((t.capitalize() for t in TITLE_SEXES), key=lambda t: (-len(t), t)))
    + r")\.?\s+(?:[A-Z][\w'\u2019-]*\s+)?"
)
_BESIDE = re.compile(BESIDE_PATTERN)
# a noun that gives its person a sex right before the name ("his wife Ana Ode", "her husband, Ivo Lund,")
_SEXED_BEFORE = re.compile(r"\b(" + "|".join(sorted(SEXED_NOUNS, key=lambda w: (-len(w), w))) + r"),?\s+$")


def pronoun_sex(word: str) -> str:
    """ "m" for "he" / "him" / "his", "f" for "she" / "her", else ""."""
    return "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else ""


def asked_sex(question: str) -> str:
    """The sex a question's noun gives the person who answers it ("Who is her husband?" -> "m"), or ""."""
    sexes = {SEXED_NOUNS[w] for w in re.findall(r"[a-z]+", question.lower()) if w in SEXED_NOUNS}
    return next(iter(sexes)) if len(sexes) == 1 else ""


def no_sex(name: str) -> str:
    """A reader that knows nobody's sex (answers from loose sentences without a briefing's people)."""
    return ""


_READERS: OrderedDict[tuple[tuple[str, ...], tuple[str, ...]], Callable[[str], str]] = OrderedDict()
_READERS_MAX = 64
_READERS_LOCK = threading.Lock()


def sex_reader(sentences: Sequence[str], people: Sequence[str]) -> Callable[[str], str]:
    """``sex_of(name)``: "f", "m" or "" for a person of the story (``people``: their full names) as
    ``sentences`` show them. A lone surname or first name, or a possessive, is read as the full name it
    belongs to.

    One reader per article and people (kept for the last few): the index and every question of a thread
    about that article share it, and with it the sexes it has read."""
    key = (tuple(sentences), tuple(people))
    with _READERS_LOCK:
        hit = _READERS.get(key)
        if hit is not None:
            _READERS.move_to_end(key)
            return hit
    read = _reader(key[0], key[1])
    with _READERS_LOCK:
        _READERS[key] = read
        while len(_READERS) > _READERS_MAX:
            _READERS.popitem(last=False)
    return read


def _reader(sentences: Sequence[str], people: Sequence[str]) -> Callable[[str], str]:
    cache: dict[str, str] = {}

    def sex_of(name: str) -> str:
        base = re.sub(r"['\u2019]s?$", "", name.strip())
        if base not in cache:
            # the person of the story it names, whichever apostrophe either writes ("O'Hara", "O\u2019Hara")
            key = apostrophes(base)
            full = next((p for p in people if apostrophes(p) == key), base)
            if len(base.split()) == 1:
                full = next((p for p in people if key in apostrophes(p).split()), full)
            cache[base] = _sex_in(full, sentences, people)
        return cache[base]

    return sex_of


def apostrophes(text: str) -> str:
    """``text`` with its typographic apostrophes written plain."""
    return text.replace("\u2019", "'")


def _bare(word: str) -> str:
    return re.sub(r"['\u2019]s$", "", word.strip(".,;:!?()" + QUOTE_MARKS))


def _sex_in(full: str, sentences: Sequence[str], people: Sequence[str]) -> str:
    """The votes of the titles and pronouns that follow ``full`` (or its surname, when no other person
    shares it): the side with more, or "" on a tie."""
    parts = full.split()
    if not parts:
        return ""
    mine = set(parts)
    others = {w for p in people for w in p.split() if w not in mine and w[:1].isupper()}
    shared = any(parts[-1] in p.split() for p in people if p != full)  # "Mr Ortel" may be either Ortel
    keys = [full] if len(parts) > 1 else []
    if not shared and parts[-1] not in keys:
        keys.append(parts[-1])
    if not keys:
        return ""
    named = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")
    title = re.compile(_TITLE + re.escape(parts[-1]) + r"\b")
    votes: Counter[str] = Counter()
    alone = False  # the previous sentence named this person and no other
    for s in sentences:
        if not shared:
            votes.update(TITLE_SEXES[m.group(1).lower()] for m in title.finditer(s))
        ws = s.split()
        if alone and ws and ws[0].lower() in ("he", "she"):
            votes[pronoun_sex(ws[0].lower())] += 1
        elif alone and ws and not any(_bare(w) in others or _bare(w) in mine for w in ws):
            # the sentence after one that names this person alone, naming nobody: its first "he" / "his" /
            # "she" / "her" is theirs ("Ode won. The title was his third.")
            first = next((x for x in (pronoun_sex(_bare(w).lower()) for w in ws) if x), "")
            if first:
                votes[first] += 1
        hits = list(named.finditer(s))
        alone = bool(hits) and not any(_bare(w) in others for w in s[: hits[0].start()].split())
        for m in hits:
            noun = _SEXED_BEFORE.search(s[: m.start()])
            if noun:
                votes[SEXED_NOUNS[noun.group(1)]] += 1
            if _BESIDE.match(s, m.end()):
                continue  # "Ana Ode by his side": his is someone else's
            for word in s[m.end() :].split():
                bare = _bare(word)
                if bare in others:
                    alone = False
                    break
                sex = pronoun_sex(bare.lower())
                if sex:
                    votes[sex] += 1
                    break
    return "f" if votes["f"] > votes["m"] else "m" if votes["m"] > votes["f"] else ""


def agreeing(
    names: tuple[str, ...],
    pronoun: str,
    sex_of: Callable[[str], str],
    people: Sequence[str],
    near: Callable[[], Sequence[str]] = tuple,
) -> tuple[str, ...]:
    """The names a "he" / "she" may mean, in their order: those whose sex the article does not
    contradict; when it contradicts every one, the people of ``near()`` (the last answer's sentence's, whom the
    briefing may not list; read only then) it shows of the pronoun's sex, else the story's, else those of
    ``near()`` it shows no sex for, else the story's; when there are none, ``names`` as they are."""
    sex = pronoun_sex(pronoun)
    if not sex or not names:
        return names
    fit = tuple(n for n in names if sex_of(n) in ("", sex))
    # every name contradicted (the thread's "she" was a wrong answer): the story's people of that sex, else
    # those it shows no sex for, before the names it contradicts (qa21); the answer sentence's others first, the
    # nearest mention ("Ana Ode and her deputy, Ivo Lund," answered with her: "he" is Ivo Lund; fu34)
    if fit:
        return fit
    others = [p for p in near() if p not in names]
    return (
        tuple(p for p in others if sex_of(p) == sex)
        or tuple(p for p in people if sex_of(p) == sex)
        or tuple(p for p in others if not sex_of(p))
        or tuple(p for p in people if not sex_of(p))
        or names
    )
