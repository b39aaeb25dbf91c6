"""Cleaning article text and splitting it into sentences, offline.

Web copy of a news story carries more than the story: repeated paragraphs, agency credit
lines, photo captions, "Read more" teasers, navigation fragments, bylines and datelines.
``clean_article`` removes them by *shape* (length, final punctuation, separators, position)
and *repetition*, never by one site's strings, so it carries to sources it has not seen.
Sentence splitting is nupunkt (no model download), with glued captions split off first.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any  # py3langid's identifier only: the package ships no types (no spaCy object here)

import nupunkt

from newsbrief.summarizers.lexicon import actors as actors_lex
from newsbrief.summarizers.lexicon import common as common_lex
from newsbrief.summarizers.lexicon import qa as qa_lex
from newsbrief.summarizers.lexicon import text as lex
from newsbrief.summarizers.lexicon.common import verb_forms
from newsbrief.summarizers.types import InputError


@dataclass(frozen=True)
class CleanText:
    """The article after cleaning: a title when the text starts with one, then its paragraphs."""

    title: str | None
    paragraphs: tuple[str, ...]


def _capitalised(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` capitalised, in their order ("the", "he" -> "The|He")."""
    return "|".join(w.capitalize() for w in words)


_OPEN_QUOTES = lex.OPENING_QUOTE_MARKS  # in a character class: [{_OPEN_QUOTES}]
_CLOSE_QUOTES = lex.CLOSING_QUOTE_MARKS

# ---------------------------------------------------------------------------------------------
# Shapes of noise. Each pattern describes a *kind* of web boilerplate, not a site.

_END_PUNCT = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’']$")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# Teasers and page furniture: a generic web-UI verb phrase at the start of a line.
_TEASER = re.compile(
    r"^\s*(?:(?:read|see|watch|listen|view|click|tap|follow|sign\s+up|subscribe|share|download|scroll|"
    r"continue\s+reading|skip)\b[^.!?]{0,80}(?::|$|\b(?:here|below|above|article|stor(?:y|ies)|video|gallery)\b)"
    r"|(?:related|advertisement|sponsored|promoted|recommended|trending|most\s+(?:read|popular|viewed))\b[^.!?]{0,80}(?::|$))",
    re.IGNORECASE,
)
_TEASER_PREFIX = re.compile(
    r"^\s*(?:read\s+more|related(?:\s+(?:stories|articles|coverage|content))?|also\s+read|see\s+also|"
    r"more\s+on\s+this(?:\s+story)?|more|watch|listen|video|(?:file\s+)?photos?|pictured|in\s+pictures|"
    r"topics|tags|filed\s+under|categories|more\s+from|caption|"
    r"recommended|editor'?s\s+(?:note|picks?))\s*[:|>»–—-]",
    re.IGNORECASE,
)
_CREDIT_LABEL = r"photo(?:graph)?s?|pictures?|images?|credit|illustration"
_NOT_NAME = rf"(?!(?:{_capitalised(lex.NOT_NAME_OPENERS)})\b)"
_CAP_NAME = rf"[A-Z][\w.&'’-]*(?:\s+{_NOT_NAME}[A-Z][\w.&'’-]*){{0,3}}"
# "Agency", "Northwind Press"; a second word that a lower-case word follows opens the next sentence
_AGENCY_NAME = rf"[A-Z][\w.&'’-]*(?:\s+{_NOT_NAME}[A-Z][\w.&'’-]*(?!\s+[a-z]))?"
# a month's name or its short form, maybe with a stop ("Sept.", "September")
_MONTH = rf"(?:{common_lex.MONTH_ALT}|{common_lex.MONTH_ABBREVIATION_ALT})\.?"
_INLINE_UI = re.compile(
    r"\b(?:scroll\s+down\s+for\s+(?:video|more|the\s+video)|click\s+here\s+(?:to|for)\s+[^.!?]{0,60}?(?:[.!?]|$)|"
    r"(?:share|email|print|tweet)\s+this\s+(?:article|story|page)|share\s+\d[\d,.]*k?\s+shares?\b|(?-i:ADVERTISEMENT|Advertisement)(?=\s+[A-Z]|\s*$)|"
    r"(?:share|view|post|add|show|read|hide)\s+(?:or\s+comment\s+on\s+this\s+article|(?:all\s+)?comments(?:\s*\(\d+\))?)|"
    r"(?:sorry,?\s+)?(?:we\s+are\s+)?not\s+(?:currently\s+)?accepting\s+comments\s+on\s+this\s+(?:article|story)\.?|"
    r"comments\s+(?:are|have\s+been)\s+(?:closed|disabled)(?:\s+(?:on|for)\s+this\s+(?:article|story))?\.?)"
    r"(?:\b|(?<=[.)]))\s*"
    # a time stamp with its label and a colon: "PUBLISHED: 10:31 EST, 3 May 2015 | UPDATED: 11:02 EST, ..."
    rf"|\b(?:published|updated|posted|last\s+(?:updated|modified))\s*:\s*(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}}\b)?,?\s*)?"
    rf"(?:\w+,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}),?\s+\d{{4}}\s*(?:\|\s*)?"
    # a link to the writer's social account: "Follow Ann Lee on Twitter @annlee"
    r"|(?<![\w,]\s)(?-i:\bFollow\s+(?:[A-Z][\w'’.-]*\s+){1,3})on\s+(?:twitter|x|instagram|facebook|threads|bluesky)\b"
    r"(?:\s*:?\s*@\w+)?\s*"
    # a comment or share counter standing between sentences: "... the river. 12 comments Fishing ..."
    r"|(?:^|(?<=[.!?]))\s*\d[\d,.]*k?\s+(?:comments?|shares?)\b(?=\s+[A-Z]|\s*$)\s*"
    # a byline in capitals opening a line: "By ANN LEE The council ..."
    r"|^\s*(?-i:By\s+[A-Z]{2,}(?:[\s-]+[A-Z]{2,}){0,3}(?=\s+[A-Z][a-z]))\s*",
    re.IGNORECASE,
)
# A picture credit inside the text: "Photograph: Ann Lee/Agency", "(Photo: Ann Lee)", "Picture: AGENCY".
# What comes just before it is the picture's caption.
_INLINE_CREDIT = re.compile(
    rf"\s*\b(?:{_CREDIT_LABEL})\s*:\s*(?-i:{_CAP_NAME}(?:\s*/\s*{_AGENCY_NAME})+|[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})*"
    # ... or a name of one or two words that no lower-case word follows ("Credit: Northwind Images")
    rf"|{_AGENCY_NAME}(?!\s+[a-z]))(?=\s|$)"
    # ... or a picture credit in brackets: "(AP Photo/Ann Lee)", "(Photo/Northwind)", "(Northwind Images)"
    r"|\s*\((?:[A-Z]{2,}\s+)?(?:photo(?:graph)?|picture|image)s?\s*/[^()]{1,40}\)"
    r"|\s*\((?:getty(?:\s+images)?|shutterstock|alamy|(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+images)\)",
    re.IGNORECASE,
)
# ... and one in brackets inside a sentence, removed alone: "The bridge (Photo: Ann Lee) was shut."
_BRACKETED_CREDIT = re.compile(rf"\s*\((?:{_CREDIT_LABEL})\s*:[^()]{{1,60}}\)", re.IGNORECASE)
# a word or two in capitals alone in brackets: an editor's note left in the copy ("(CHECK)",
# "[UPDATE]") or an acronym ("(UNESCO)"), told apart in ``_editor_notes``
_CAPITALS_IN_BRACKETS = re.compile(r"\s*[(\[]([A-Z]{2,}(?:\s+[A-Z]{2,})?)[)\]]")
_EDITOR_NOTE_MIN_LETTERS = 5  # shorter capitals in brackets are codes and datelines ("(AP)", "(CNN)")
# A video teaser ("Scroll down for video", "Watch the video below"): the media's caption follows it.
_MEDIA_TEASER = re.compile(
    r"\b(?:scroll\s+down\s+for\s+(?:the\s+)?video|watch\s+the\s+video(?:\s+(?:below|above|here))?|"
    r"video\s+(?:below|above))\b\s*[:.]?",
    re.IGNORECASE,
)
_MEDIA_MARK = "\u2062"  # an invisible character standing where a video teaser was
_CREDIT_MARK = "\u2064"  # an invisible character standing where a picture credit was
# Picture pointers inside a sentence: "(pictured)", "(above, left)", "(second from right)",
# "(behind the mayor, left)", "(file photo)", and ", pictured with her son in 2019," between commas.
_PICTURE_WORD = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lex.PICTURE_WORDS)
_COMMA_PICTURE_WORD = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lex.COMMA_PICTURE_WORDS, key=lambda w: (-len(w), w))
)
_PICTURE_POINTER = re.compile(
    rf"\s*\((?:(?:{_PICTURE_WORD})(?![\w-])[^()]{{0,40}}|[^()]{{0,40}}(?<![\w-])(?:{_PICTURE_WORD}))\)"
    r"|,\s*(?:pictured|seen\s+here|shown\s+here)\b[^,.;:!?()]{0,60},(?=\s)",
    re.IGNORECASE,
)
# ... a pointer that shows one of the things a sentence speaks of: "... rescued from shelters such as
# this one in Harbourtown", "... shelters like this one (pictured)": "such as" or "like", "this one"
# and a place in capitals or a picture word (prose that points back at something names no place)
_SHOWN_ONE = re.compile(
    r",?\s+(?:such\s+as|like)\s+(?:this|these)\s+ones?\s+(?:pictured\b|(?:seen|shown)\s+here\b"
    r"|(?:in|at|near|outside|on)\s+(?-i:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))"
    r"(?=\s+(?-i:[A-Z])|\s*[.,;:!?]|\s*$)",
    re.IGNORECASE,
)
# an editor's two versions of one time left side by side: "yesterday/on Friday", "today/on Monday"
_TIME_ALTERNATIVE = re.compile(
    r"\b((?:yesterday|today|tonight|tomorrow|last\s+night|this\s+morning|on\s+(?:"
    + "|".join(common_lex.WEEKDAY_NAMES)
    + r")))/(?:on\s+|last\s+|this\s+)?(?:"
    + "|".join(common_lex.WEEKDAY_NAMES)
    + r"|yesterday|today|tonight|tomorrow)\b",
    re.IGNORECASE,
)
# ... and a bare position between commas right after a name: "Ann Lee, left, and Bo Lee, right,".
_COMMA_POINTER = re.compile(rf"(?<=[A-Z][\w'’.-]),\s*(?:{_COMMA_PICTURE_WORD}),(?=\s)", re.IGNORECASE)
# ... or a pointer that says which way it reads, after any word ("The skippers, from left to right, Ann ...")
_WIDE_COMMA_POINTER = re.compile(
    r",\s*(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(lex.WIDE_COMMA_PICTURE_WORDS, key=lambda w: (-len(w), w))
    )
    + r"),(?=\s)",
    re.IGNORECASE,
)
# A caption ends with a credit: "... Photo: Name / Agency", "... (AFP)", "... Getty Images".
_CREDIT_TAIL = re.compile(
    r"(?:\b(?:photo(?:graph)?s?|pictures?|images?|credit|source|video|illustration)\s*:\s*[^.!?]{1,80}$"
    r"|\((?-i:[A-Z][\w&.'-]*(?:[ /][A-Z][\w&.'-]*){0,4}|[A-Z]{2,}[^()]{0,40})\)\s*$"
    r"|\b(?:getty|shutterstock|alamy)\b[^.!?]{0,30}$"
    r"|\((?:photos?|pictures?|images?|video)\s*(?:by|:|courtesy)[^()]{1,60}\)\s*$"
    r"|\b(?-i:[A-Z]{2,}/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$)",
    re.IGNORECASE,
)
_CREDIT_WORDS = re.compile(
    r"\b(?:agenc(?:y|ies)|reporting|reported\s+by|editing|edited\s+by|writing|written\s+by|"
    r"contributed|compiled\s+by|wires?|correspondents?|staff\s+writers?|press|news\s+service|newsroom)\b",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_BYLINE = re.compile(rf"^\s*(?i:by|words\s+by)\s+{_NAME}(?:\s*(?:,|\band\b|\||[-–—])\s*{_NAME})*\s*\.?\s*$")
_TIMESTAMP = re.compile(
    r"^\s*(?:published|updated|posted|last\s+(?:updated|modified)|first\s+published)\b[^.!?]{0,80}$"
    r"|^\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|gmt|bst|edt|est|utc)?\b[^.!?]{0,50}$",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"^\s*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bcontributed to this (?:report|story|article)\b"
    # the wire notice lists what may not be done: "may not be published, broadcast, rewritten or ..."
    r"|\bmay not be (?:re)?(?:published|produced|broadcast|distributed|written)(?:,|\s+or\b)"
    r"|^\s*this (?:article|story) (?:was|is|has been) "
    r"(?:originally|first) published\b",
    re.IGNORECASE,
)
_NOTICE_MAX_WORDS = 30
# A sentence that points the reader at the page itself: an order to click ("Click on the pictures
# above to see ..."), a video or pictures placed on the page ("The video is at the top of this
# story"), where to read more ("For more information, visit ...").
_PAGE_POINTER = re.compile(
    r"^\s*(?:just\s+)?(?:click|tap)\s+(?:on\s+|through\s+)?(?:here|the|this|these|our|a|below|above|to)\b"
    r"|^\s*for\s+(?:more|further)\s+(?:information|details|info)\b[^.!?]{0,40}\b(?:visit|go\s+to|log\s+on\s+to)\b"
    r"|\b(?:video|photos?|pictures?|images?|gallery|footage|clip)\b[^.!?]{0,40}"
    r"\bat\s+the\s+(?:top|bottom)\s+of\s+(?:this|the)\s+(?:story|article|page|post)\b",
    re.IGNORECASE,
)
_PAGE_POINTER_MAX_WORDS = 40
_UI_IMPERATIVE = re.compile(
    r"^\s*(?:follow|subscribe|sign\s+up|log\s+in|register|click|tap|download|share|join)\s+"
    r"(?:us|our|to|for|here|now|the\s+(?:app|newsletter|podcast)|this|on)\b",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"^\s*\(?(?:(?:additional|further)\s+)?(?:reporting|writing|editing|research|compiled|contributed|produced)"
    r"(?:\s+\w+){0,2}\s+by\b|^\s*(?:image|photo|picture|video|media)\s+(?:caption|source|credit|copyright)s?\b",
    re.IGNORECASE,
)
# A whole line in brackets: an editorial note ("(This story has been refiled to ...)").
_BRACKETED = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\s*\.?\s*$")
_EMAIL_OR_URL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b|https?://|\bwww\.|\bpic\.twitter\.com/")
# Dateline at the start of a story: "CITY, Country —", "CITY (Agency) -", "(Agency)".
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
_AGENCY = r"\((?:[A-Z][A-Za-z&.]*(?:\s+[A-Z][A-Za-z&.]*){0,2})\)"
_DATELINE = re.compile(
    # "CITY, Country, March 3 (Agency) —": an upper-case place and a dash
    r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"(?:,\s*\w+\.?\s+\d{1,2})?\s*(?:\([^()]{1,30}\))?\s*[—–-]{1,2}\s+"
    # "(Agency)" first; "Place (Agency) —" with a dash; "Place (Agency)Text" glued on
    rf"|{_AGENCY}\s*(?:[—–-]{{1,2}}\s*)?|{_PLACE}\s*{_AGENCY}\s*[—–-]{{1,2}}\s*|{_PLACE}\s*{_AGENCY}(?=[A-Z]))"
)
# A caption or label glued to the next sentence with no punctuation between them: a lower-case
# word, then a capitalised sentence opener ("... on Friday He said", "... magazine Short and sweet: Julia").
_GLUE = re.compile(
    rf"(?<=[a-z0-9)%’”\"])\s+(?=(?:(?:{_capitalised(lex.GLUE_OPENERS)})\s"
    rf"|(?:{_capitalised(lex.GLUE_OPENERS_BEFORE_LOWER)})\s+[a-z0-9£$€]"
    rf"|[A-Z][a-z’']+(?:\s+[a-z’']+){{0,3}}:\s+[A-Z{_OPEN_QUOTES}]))"
)

_PHRASE_WORDS = lex.PHRASE_WORDS
_LABEL = re.compile(rf"^[A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,2}}:\s+(?=[A-Z{_OPEN_QUOTES}])")
# A caption label in the middle of a text: one capitalised word and lower-case ones ("Washed
# away:", "Back on the water:"), not a speaker's name ("Ann Lee:").
_CAPTION_LABEL = re.compile(rf"^[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}}:\s+(?=[A-Z{_OPEN_QUOTES}])")
_SPEECH_FORMS = {f for v in lex.TEXT_SPEECH_VERBS for f in verb_forms(v)}
# the forms as one alternation, longest first
_SPEECH_ALT = "|".join(sorted(_SPEECH_FORMS, key=lambda f: (-len(f), f)))
_SPEECH = re.compile(r"\b(?:" + _SPEECH_ALT + r")\b", re.I)
# a verb of saying and a colon after a name: "... said: ", "... told the court: "
_SAYS_COLON = re.compile(r"\s+(?:" + _SPEECH_ALT + r")(?:\s+[\w’'-]+){0,3}:\s")
_TITLE_MAX_WORDS = 25
_SHORT_FRAGMENT_WORDS = 12


def _norm_space(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u200b", "").split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _has_end_punct(text: str) -> bool:
    return _END_PUNCT.search(text.rstrip()[-8:]) is not None


def _credit_tail(text: str) -> bool:
    """Whether ``text`` ends in a picture or agency credit (only its end is searched)."""
    return _CREDIT_TAIL.search(text[-160:]) is not None


def _is_nav_list(line: str) -> bool:
    """Several short items separated by bars, bullets or chevrons: a menu or breadcrumb."""
    if not any(sep in line for sep in "|•·»›>"):
        return False
    parts = [p.strip() for p in re.split(r"\s*(?:\||•|·|»|›|>)\s*", line) if p.strip()]
    if len(parts) == 2:  # a section label ("Sport | Tennis", "World › Europe"), not a title with its site
        return all(len(p.split()) <= 2 for p in parts) and not any(_has_end_punct(p) for p in parts)
    if len(parts) < 3:
        return False
    # a byline's strip ("Name, Job title | date | 4 min read") has longer items, none of them stopped
    longest = 6 if not any(_has_end_punct(p) for p in parts) else 4
    return all(len(p.split()) <= longest for p in parts)


def _is_byline_strip(line: str) -> bool:
    """A byline alone with the writer's role or place ("By Ann Lee, health reporter"), or with its
    date, time or reading time in one line, split by bars, bullets or dashes ("By Ann Lee | Updated
    3 May, 10:05", "By Ann Lee - 4 June 2027"): every part a byline or a time, one of them a byline."""
    parts = [p.strip() for p in _STRIP_SEPARATOR.split(line)]
    if len(parts) == 1:
        return _BYLINE_PART.match(line) is not None and not _has_end_punct(line)
    bylines = [p for p in parts if _BYLINE.match(p) or _BYLINE_PART.match(p)]
    times = [p for p in parts if _TIMESTAMP.match(p) or _DATE_PART.match(p) or _READING_TIME.match(p)]
    return bool(bylines) and len(bylines) + len(times) == len(parts)


def _is_furniture(line: str) -> bool:
    """Page furniture whatever its punctuation: menus, teasers, bylines, credits, captions, notices."""
    n = len(line.split())
    if n == 0:
        return True
    if _is_nav_list(line) or _BRACKETED.match(line):
        return True
    if n > 60:
        return False  # a whole story on one line; its furniture is removed sentence by sentence
    if _TEASER_PREFIX.match(line) or _TIMESTAMP.match(line):
        return True
    if _NOTICE.search(line) and (n <= _NOTICE_MAX_WORDS or _NOTICE.match(line)):
        return True  # a longer line with a notice inside is story text with the notice at its end
    if n <= 15 and (_TEASER.match(line) or _UI_IMPERATIVE.match(line)):
        return True
    if n <= _PAGE_POINTER_MAX_WORDS and _PAGE_POINTER.search(line):
        return True
    if n <= 10 and _BYLINE.match(line):
        return True
    if n <= 25 and _is_byline_strip(line):
        return True
    if n <= 25 and _CREDIT_LINE.match(line):
        return True
    if n <= 12 and _EMAIL_OR_URL.search(line):
        return True
    # A caption: a short picture description ending in a credit. Body paragraphs that
    # merely end with "(AFP)" are longer than this and carry several sentences.
    return bool(_credit_tail(line)) and n <= 60


def _is_noise_line(line: str) -> bool:
    """Whether a whole line (paragraph) is page furniture rather than story text."""
    if _is_furniture(line):
        return True
    if not _has_end_punct(line):
        # No final punctuation: headings, credits ("X and Agencies"), menu items, captions.
        n = len(line.split())
        if n <= _SHORT_FRAGMENT_WORDS:
            return True
        if _CREDIT_WORDS.search(line) and n <= 20:
            return True
        if n <= _TITLE_MAX_WORDS and _is_headline_case(line):
            return True  # an all-caps or Title-Case headline: a related link, a heading
        if n <= _TITLE_MAX_WORDS and _CAPTION_LABEL.match(line):
            return True  # a caption under its label ("Back home: the skipper on the quay"), never stopped
    return False


def _is_headline_case(text: str) -> bool:
    """All capitals, or Title Case: nearly every word but the small ones capitalised."""
    words = [w for w in _WORD.findall(text) if not w.isdigit()]
    if len(words) < 3:
        return False
    if all(w.isupper() for w in words if len(w) > 1):
        return True
    major = [w for w in words if w.lower() not in lex.TITLE_SMALL_WORDS]
    return len(major) >= 3 and sum(w[:1].isupper() for w in major) >= 0.85 * len(major)


_LINK_HEADING_MAX_WORDS = 5


def _is_headed_link_list(lines: Sequence[str]) -> bool:
    """A heading in capitals over lines of one block that are headlines, not story text: each short
    and none ending in a full stop (a headline ends in nothing, a question mark or an exclamation),
    as the links to other stories under "MORE ON THIS" are."""
    head, items = lines[0], lines[1:]
    if not items or not head.isupper() or _has_end_punct(head):
        return False
    if len(head.split()) > _LINK_HEADING_MAX_WORDS:
        return False
    return all(
        len(x.split()) <= _TITLE_MAX_WORDS and not x.rstrip(lex.CLOSING_QUOTE_MARKS + ") ").endswith(".")
        for x in items
    )


def _split_blocks(raw: str) -> list[str]:
    """Lines of the text as paragraphs, re-joining hard-wrapped lines of one paragraph."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [_norm_space(x) for x in block.splitlines()]
        lines = [x for x in lines if x]
        if not lines:
            continue
        # (never the top block, where a kicker in capitals may stand over the headline)
        if out and _is_headed_link_list(lines):
            out.append(lines[0])  # the heading alone, itself dropped later as an unfinished short line
            continue
        widths = [len(x) for x in lines]
        wrapped = (
            len(lines) >= 3
            and max(widths) <= 100
            and all(w >= 0.6 * max(widths) for w in widths[:-1])
            and sum(not _has_end_punct(x) for x in lines[:-1]) >= 0.5 * (len(lines) - 1)
            and any(_has_end_punct(x) for x in lines)
        )
        if wrapped:
            out.append(" ".join(lines))
            continue
        # In hard-wrapped text a line filled to the wrap width and left unfinished goes on in
        # the next line, whatever its case; a shorter unfinished line is a title or a heading.
        # A wrapped paragraph comes to a stop: lines of which none from here on ends in one are
        # a list (headlines under a heading), each line an item of its own.
        width = max(widths)
        filled = 0.8 * width if len(lines) >= 3 and 50 <= width <= 100 else float("inf")
        stops_later = [False] * (len(lines) + 1)
        for i in range(len(lines) - 1, -1, -1):
            stops_later[i] = stops_later[i + 1] or _has_end_punct(lines[i])
        merged: list[str] = []
        prev = ""
        for i, line in enumerate(lines):
            if (
                merged
                and (line[:1].islower() or (len(prev) >= filled and stops_later[i]))
                and not _has_end_punct(prev)
                and not _is_furniture(merged[-1])
            ):
                merged[-1] += " " + line
            else:
                merged.append(line)
            prev = line
        out.extend(merged)
    return out


# A tabloid label before a headline: one or two capitalised words and a colon ("EXCLUSIVE:", "WATCH:").
_KICKER = re.compile(r"[A-Z]{4,}(?: [A-Z]{2,})?:\s+")


def _looks_like_title(line: str) -> bool:
    n = len(line.split())
    return 2 <= n <= _TITLE_MAX_WORDS and not re.search(r"[.,;:]$", line) and not _is_nav_list(line)


def strip_dateline(sentence: str) -> str:
    """``sentence`` without a leading dateline ("PARIS, France —", "LONDON (Reuters) -", "(CNN)")."""
    m = _DATELINE.match(sentence)
    if m and len(sentence) - m.end() >= 20:
        rest = sentence[m.end() :]
        return rest[0].upper() + rest[1:] if rest[:1].islower() else rest
    return sentence


def strip_label(sentence: str) -> str:
    """``sentence`` without a leading caption label ("Tragic: The man was ..."), if it has one.

    A label is one to three words and a colon before a capitalised sentence; "He said: ..."
    and other speech are not labels.
    """
    m = _LABEL.match(sentence)
    if m and not _SPEECH.search(m.group(0)) and len(sentence[m.end() :].split()) >= 6:
        return sentence[m.end() :]
    return sentence


_POINTER_MARK = "\u2063"  # an invisible separator standing where a picture pointer was


# A byline in mixed case opening a line, glued to the story's first sentence: "By Ann Lee and Tom
# Day for Harbour News The council ...": "By", a name of two to four words (not a date: "By Friday
# ..."), maybe a second name and an outlet, then a word that opens sentences and a lower-case word.
_BYLINE_NAME = (
    r"(?!(?i:"
    + _MONTH
    + "".join(f"|{day.removesuffix('day')}" for day in common_lex.WEEKDAY_NAMES)
    + r")\w*\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
)
_LEAD_BYLINE = re.compile(
    rf"^\s*By\s+{_BYLINE_NAME}(?:\s*(?:,|\band\b)\s*{_BYLINE_NAME})?"
    r"(?:\s+for\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s+"
    rf"(?=(?:{_capitalised(lex.BYLINE_END_OPENERS)})\s+[a-z])"
)


# The parts of a byline's strip (see :func:`_is_byline_strip`): the byline with the writer's role
# or outlet after a comma, or the place the story was filed from ("By Ann Lee, health reporter", "By
# Ann Lee in Brenn"); the date and time of publication ("4 June 2027, 10:05", "June 4, 2027 10:05
# am"); the reading time
_BYLINE_PART = re.compile(
    rf"^\s*(?i:by|words\s+by)\s+{_BYLINE_NAME}(?:\s*(?:,|\band\b)\s*{_BYLINE_NAME})*"
    rf"(?:\s*,\s*[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,4}}|\s+in\s+{_NAME})?\s*$"
)
_DATE_PART = re.compile(
    rf"^(?=[^|]*\d)(?:[A-Z][a-z]+day,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|[A-Z]{2,4})?)?\s*$",
)
_READING_TIME = re.compile(r"^\s*\d{1,2}\s*(?:min|mins|minutes?)\s+read\s*$", re.IGNORECASE)
_STRIP_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")


def _tidy(text: str, mark: str = "") -> str:
    """``text`` without inline page furniture; picture pointers are replaced by ``mark``."""
    text = _LEAD_BYLINE.sub("", _INLINE_UI.sub(" ", text).strip(), count=1)
    text = _PICTURE_POINTER.sub(lambda m: f" {mark}" if m.group(0).startswith(",") else mark, text)
    text = _TIME_ALTERNATIVE.sub(r"\1", _SHOWN_ONE.sub("", text))
    text = _COMMA_POINTER.sub(lambda m: f" {mark}" if _ends_person(text[: m.start()]) else m.group(0), text)
    text = _WIDE_COMMA_POINTER.sub(f"{mark},", text)  # a list of the people in it follows
    return _norm_space(text)


def without_picture_pointers(text: str) -> str:
    """``text`` without the picture pointers a caption holds ("(left)", ", pictured,")."""
    return _tidy(text)


def _editor_notes(line: str, text: str) -> str:
    """``line`` without editor's notes left in brackets: capitals of five letters or more that the
    text writes nowhere else, not standing for the capitalised words just before them (an
    acronym introduced, "the Velmar Water Board (VEWAB)", starts with one of their initials)."""

    def note(m: re.Match[str]) -> str:
        caps = m.group(1)
        if sum(c.isalpha() for c in caps) < _EDITOR_NOTE_MIN_LETTERS:
            return m.group(0)
        if len(re.findall(rf"(?<![\w'’-]){re.escape(caps)}(?![\w'’-])", text, re.IGNORECASE)) > 1:
            return m.group(0)  # the text uses it: an acronym or a name
        before = line[: m.start()].split()[-6:]
        if any(w[:1] == caps[:1] for w in before):
            return m.group(0)  # the initials of a name before it
        return ""

    return _CAPITALS_IN_BRACKETS.sub(note, line)


# A label in capitals and a colon before a capitalised word or a figure, standing in running text: a
# picture caption's or a fact box's heading ("... the harbour. STILL WAITING: Ann Lee ...", "... on
# the quay 'NOT AGAIN': Crews ..."), not a word in brackets ("(SUNDAY: 3pm)").
_CAPITALS_LABEL = re.compile(
    rf"(?<![(\w’{_OPEN_QUOTES}])[{_OPEN_QUOTES}]?[A-Z][A-Z’'.&-]*(?:\s+[A-Z][A-Z’'.&-]*){{0,5}}[?!]?[{_CLOSE_QUOTES}]?:\s+"
    rf"(?=[{_OPEN_QUOTES}]?[A-Z0-9£$€])"
)
_CAPITALS_LABEL_MIN_LETTERS = 3  # "UK: ..." is too short to tell from a code or an acronym


def _without_capitals_labels(line: str) -> str:
    """``line`` without labels in capitals set into it (see ``_CAPITALS_LABEL``): one that a verb of
    saying introduces ("told FEMAIL: ...") is a quotation's source and stays."""

    def label(m: re.Match[str]) -> str:
        letters = [c for c in m.group(0) if c.isalpha()]
        if len(letters) < _CAPITALS_LABEL_MIN_LETTERS or any(c.islower() for c in letters):
            return m.group(0)
        before = line[: m.start()].rstrip()
        if _SPEECH.search(" ".join(before.split()[-6:])):
            return m.group(0)
        # glued onto a word, the label tells the pieces apart (see ``_glue_points``); a quotation in
        # capitals with a colon is a heading of its own
        glued = bool(before) and not _SENTENCE_END.search(before) and before[-1] != _MEDIA_MARK
        if glued and m.group(0)[:1] not in _OPEN_QUOTES:
            return m.group(0)
        return " "

    return _CAPITALS_LABEL.sub(label, line)


def _ends_person(text: str) -> bool:
    """Whether ``text`` ends with a name or with a noun for a person ("... the teacher", "... her
    husband"): a bare position between commas after it points at them in a picture."""
    if _ends_name(text):
        return True
    last = _bare(text.rsplit(None, 1)[-1]).lower() if text.split() else ""
    return last in _PERSON_NOUNS or last.removesuffix("s") in _PERSON_NOUNS


def _ends_name(text: str) -> bool:
    """Whether ``text`` ends with a capitalised word that is not the first of its sentence."""
    words = text.split()
    return len(words) >= 2 and words[-1][:1].isupper() and not re.search(r"[.!?:]$", words[-2])


def _is_picture_caption(sentence: str) -> bool:
    """A sentence that describes a picture (``sentence`` has its pointers marked): two picture
    pointers ("Ann (left) and Bo (right) ..."), or a pointer with a caption label ("Reunited: Ann
    (left) ...")."""
    pointers = sentence.count(_POINTER_MARK)
    return pointers >= 2 or (pointers == 1 and _caption_label(sentence) is not None)


def _caption_label(sentence: str) -> re.Match[str] | None:
    """A caption label at the start of ``sentence`` ("Washed away: ..."); speech and a
    clause that introduces a quotation ("It says: ...") are no label."""
    m = _CAPTION_LABEL.match(sentence)
    if (
        m is None
        or _SPEECH.search(m.group(0))
        or m.group(0).split()[0].lower() in lex.NOT_LABEL_STARTS
        or len(sentence[m.end() :].split()) < 4
    ):
        return None
    return m


def _strip_caption_label(sentence: str) -> str:
    m = _caption_label(sentence)
    return sentence[m.end() :] if m else sentence


# Titles before a name: nupunkt sometimes ends a sentence after one ("Lt. Col. Smith", "Spc. Ann Lee").
_TITLE_ABBREV = re.compile(r"\b(?:" + "|".join(lex.TITLE_ABBREVIATIONS) + r")\.$")


# A full stop after a lower-case word of four letters or more, then a capitalised word: a
# sentence boundary that nupunkt sometimes misses ("... closed the harbour. Ferries were ...").
_MISSED_BOUNDARY = re.compile(r"(?<=[a-z]{4})[.!?]\s+(?=[A-Z][a-z])")
# ... and after a short lower-case word that is no abbreviation ("... the vote went their way. Ann ...",
# "... a cup of tea. Fans ...")
_MISSED_SHORT_BOUNDARY = re.compile(r"(?<![\w.'’-])([a-z]{2,3})([.!?])\s+(?=[A-Z][a-z])")


def _resplit(sent: str) -> list[str]:
    parts: list[str] = []
    start = 0
    stops = [(m.start(), m.end()) for m in _MISSED_BOUNDARY.finditer(sent)]
    stops += [
        (m.start(2), m.end())
        for m in _MISSED_SHORT_BOUNDARY.finditer(sent)
        if m.group(1) not in lex.SHORT_ABBREVIATIONS
    ]
    for stop, nxt in sorted(stops):
        word = sent[:stop].rsplit(None, 1)[-1].lower()
        if word in lex.LOWER_ABBREVIATIONS or not _balanced(sent[start:stop]):
            continue
        parts.append(sent[start : stop + 1].strip())
        start = nxt
    parts.append(sent[start:].strip())
    return [p for p in parts if p]


@functools.lru_cache(maxsize=1024)
def _split_paragraph(para: str) -> tuple[str, ...]:
    out: list[str] = []
    for piece in nupunkt.sent_tokenize(para):
        for sent in _resplit(str(piece).strip()):
            if out and _TITLE_ABBREV.search(out[-1]) and sent[:1].isupper():
                out[-1] = f"{out[-1]} {sent}"
            else:
                out.append(sent)
    return tuple(out)


_OPENING_QUOTE = re.compile(lex.OPENING_QUOTE_PATTERN)
_CLOSING_QUOTE_MARK = re.compile(lex.CLOSING_QUOTE_PATTERN)


def open_quotation(text: str) -> str:
    """The mark that opens the last quotation ``text`` leaves open ("'", "“"), or "" when it opens
    none or closes the last it opens (``OPENING_QUOTE_PATTERN`` and ``CLOSING_QUOTE_PATTERN`` of
    :mod:`~newsbrief.summarizers.lexicon.text`): "Ann Lee said: 'The bridge is safe" leaves "'" open,
    "'It's safe,' she said." and "a grade 'A' pass" leave none. The next sentence of a text that leaves a
    quotation open goes on with its speaker's words; a phrase cut inside one can be closed with
    ``QUOTE_PAIRS[mark]``."""
    opened = list(_OPENING_QUOTE.finditer(text))
    if not opened or _CLOSING_QUOTE_MARK.search(text, opened[-1].end() + 1):
        return ""
    return opened[-1].group(1)


def _balanced(text: str) -> bool:
    """No quotation or bracket opened in ``text`` is left unclosed."""
    return (
        text.count('"') % 2 == 0
        and text.count("“") <= text.count("”")
        and text.count("(") <= text.count(")")
        and text.count("‘") <= text.count("’")
    )


@dataclass(frozen=True)
class _Vocabulary:
    """How a document writes its words: lower-case forms it uses, and how often each capitalised
    form stands in the middle of a sentence (after a lower-case word). A capitalised word that the
    text otherwise writes in lower case, and never capitalises mid-sentence elsewhere, starts a
    sentence where it stands ("... the quay Volunteers stack sandbags ..."); a name does not."""

    lower: frozenset[str]
    mid_caps: dict[str, int]
    runs: dict[tuple[str, ...], int] = field(default_factory=dict)  # runs of capitalised words
    run_ends: dict[str, int] = field(default_factory=dict)  # last words of those runs
    # sentence -> its parts after :func:`_unglue` with this vocabulary (the cleaning splits some
    # sentences twice, before and after their picture pointers go)
    unglued: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, text: str) -> _Vocabulary:
        lower = frozenset(_LOWER_WORD.findall(text))
        mid: dict[str, int] = {}
        for word in _MID_CAP.findall(text):
            mid[word] = mid.get(word, 0) + 1
        runs: dict[tuple[str, ...], int] = {}
        ends: dict[str, int] = {}
        for m in _CAP_RUN.finditer(text):
            for run in _SENTENCE_END_WORD.split(m.group(0)):
                key = _run_key(run)
                runs[key] = runs.get(key, 0) + 1
                ends[key[-1]] = ends.get(key[-1], 0) + 1
        return cls(lower, mid, runs, ends)

    def is_common(self, word: str) -> bool:
        return word.lower() in self.lower and self.mid_caps.get(word, 0) <= 1

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` ends the names of two words or more the text writes ("Ann Lee": "Lee")
        more often than it opens them (a first name: "Ann Lee", "Ann Lee's")."""
        ends = sum(n for key, n in self.runs.items() if len(key) >= 2 and key[-1] == word)
        starts = sum(n for key, n in self.runs.items() if len(key) >= 2 and key[0] == word)
        return ends > starts

    def name_break(self, run: list[str], before: str = "") -> int:
        """Where a run of capitalised words that the text writes only once is two names run
        together (0: it is not): its first part ends a run the text writes elsewhere and its
        second part is a name of two words or more that the text writes on its own ("... at the
        Harbour Games Ann Lee won ..." where "the Harbour Games" and "Ann Lee" stand apart
        elsewhere). Not after a possessive ("Velmar's Harbour Stadium"), nor before a title
        ("President Ann Lee"): a title goes with the name before it as often ("the Velmar
        President Ann Lee"), unless the name before it has two words or more and stands
        complete elsewhere, and the title and name after it do too."""
        key = _run_key(" ".join(run))
        if len(key) < 3 or self.runs.get(key, 0) > 1:
            return 0
        for k in range(1, len(key) - 1):
            left, right = key[:k], key[k:]
            if (
                re.search(r"['’]s$", run[k - 1])  # "Velmar's Harbour Stadium": one name
                or (
                    right[0].lower() in _TITLE_WORDS
                    and right[0].lower() not in actors_lex.NAME_OPENING_HONORIFICS
                    # ... unless both parts are names of two words or more that stand complete
                    # elsewhere ("... to Saint Ana Director Ivo Lee paid ..."): two names met apart
                    and not (k >= 2 and len(right) >= 3 and self.runs.get(left, 0) >= 1)
                )
                or left[-1].lower() in _PHRASE_WORDS | lex.SENTENCE_OPENERS  # "The Velmar Games"
                or self.run_ends.get(left[-1], 0) < 1
            ):
                continue
            if self.runs.get(right, 0) >= 1:
                return k
        return self._surname_break(run, key, before)

    def _surname_break(self, run: list[str], key: tuple[str, ...], before: str) -> int:
        """:meth:`name_break` for a one-word name (a surname the story goes on with) glued after a
        name of two words or more ("... a win in the Harbour Cup Lee and his crew ..."): both stand
        complete elsewhere, the surname on its own twice or more, never written in lower case nor
        as a title, and the name before it ends in no title ("Prime Minister Lee") nor possessive
        ("Ann Lee's Harbour": one name). The name before it names a thing: a determiner stands
        before it (``before``, the text before the run, maybe a year between: "the 2019 Harbour
        Cup"), which no person's name has ("his wife Ann May Lee")."""
        left, last = key[:-1], key[-1]
        prior = [w.lower() for w in before.split()[-2:]]
        if prior and _DATE_END.fullmatch(prior[-1]):
            prior = prior[:-1]
        if (
            len(left) >= 2
            and prior[-1:] != []
            and prior[-1] in lex.THING_DETERMINERS
            and not re.search(r"['’]s?$", run[-2])
            and self.runs.get(left, 0) >= 1
            and self.runs.get((last,), 0) >= 2
            and self.is_surname(last)
            and last.lower() not in self.lower
            and last.lower() not in _TITLE_WORDS
            and left[-1].lower() not in _TITLE_WORDS | _PHRASE_WORDS | lex.SENTENCE_OPENERS
            and not any(w.lower() in _PHRASE_WORDS for w in key)
        ):
            return len(left)
        return 0

    def month_break(self, run: list[str], before: str) -> bool:
        """Whether a run of capitalised words that the text writes only once is a month closing a
        caption's date and a name opening the next sentence ("... the final back in November Harbour
        Rovers have ..."): a preposition that closes a date (``MONTH_CLOSING_PREPS``) ends ``before``
        (the text before the run), after a word that opens no clause (not a conjunction or a comma:
        "..., but in November Harbour Rovers ..." is one sentence), and the name after the month (two
        words or more) stands complete elsewhere."""
        key = _run_key(" ".join(run))
        prior = before.split()[-2:]
        if len(key) < 3 or self.runs.get(key, 0) > 1 or len(prior) < 2:
            return False
        month, prep, word = key[0].lower(), prior[1], _bare(prior[0]).lower()
        return (
            month in common_lex.MONTH_NAMES
            and month not in lex.MONTH_NOT_CLOSING
            and prep in lex.MONTH_CLOSING_PREPS
            and prior[0][-1:].isalpha()
            and word not in _PHRASE_WORDS | lex.SENTENCE_OPENERS
            and key[1].lower() not in _TITLE_WORDS
            and self.runs.get(key[1:], 0) >= 1
        )

    def opener_break(self, run: list[str]) -> bool:
        """Whether a run of capitalised words that the text writes only once is a name ending a
        caption and a noun for a crowd of people opening the next sentence (``CROWD_NOUNS``: "...
        the dearest seats in the Harbour League Supporters of the two clubs ..."): the name before it
        stands complete elsewhere, and the noun is written capitalised nowhere else in mid-sentence
        (it opens sentences; it names nothing here)."""
        key = _run_key(" ".join(run))
        if len(key) < 2 or self.runs.get(key, 0) > 1 or re.search(r"['’]s$", run[-2]):
            return False
        left, last = key[:-1], key[-1]
        return (
            left[-1].lower() not in _PHRASE_WORDS | lex.SENTENCE_OPENERS | _TITLE_WORDS
            and last.lower() in lex.CROWD_NOUNS
            and last[1:].islower()
            and self.runs.get(left, 0) >= 1
            and self.mid_caps.get(run[-1], 0) <= 1
        )

    def speaker_break(self, run: list[str], before: str = "") -> bool:
        """Whether a run of capitalised words that the text writes only once, before a verb of
        saying and a colon, is a name ending a caption and a one-word speaker ("... to her
        daughter Princess Ana Mira added: ..."): the run without its last word (two words or more)
        stands complete elsewhere, and so does its last word (the speaker on their own). A run of
        two words goes on a longer name through a joiner before it (``before``, the text before the
        run: "... the Siege of Velmar Lee said: ..."): its first word ends a run elsewhere."""
        key = _run_key(" ".join(run))
        if self.runs.get(key, 0) > 1 or len(key) < 2 or re.search(r"['’]s$", run[-2]):
            return False
        left, right = key[:-1], key[-1:]
        if len(key) == 2:
            prior = before.split()[-2:]
            joined = (
                len(prior) == 2
                and prior[1] in _SPEAKER_JOINERS
                and _bare(prior[0])[:1].isupper()
                and not _has_end_punct(prior[0])
            )
            if not joined or self.run_ends.get(left[0], 0) < 1:
                return False
        return (
            left[-1].lower() not in _PHRASE_WORDS | lex.SENTENCE_OPENERS | _TITLE_WORDS
            and right[0].lower() not in _TITLE_WORDS
            and (len(key) == 2 or self.runs.get(left, 0) >= 1)
            and self.runs.get(right, 0) >= 1
        )

    def place_name_break(self, run: list[str], before: str) -> bool:
        """Whether a run of two capitalised words that the text writes only once is a place ending
        a caption and a name starting the next sentence ("... the crowd at Velmar Lee said ..."):
        a location preposition ends ``before`` (the text before the run), the first word ends a run elsewhere (the place
        on its own) and the second stands alone elsewhere (the name on its own)."""
        key = _run_key(" ".join(run))
        prep = before.split()[-1:]
        if len(key) != 2 or self.runs.get(key, 0) > 1 or [w.lower() for w in prep] != prep or not prep:
            return False
        if prep[0] not in actors_lex.LOCATION_PREPS:
            return False
        left, right = key
        return (
            not re.search(r"['’]s$", run[0])
            and right.lower() not in _TITLE_WORDS
            and self.run_ends.get(left, 0) >= 1
            and self.runs.get((right,), 0) >= 1
        )


_TOKEN = re.compile(r"\S+")
# a run of capitalised words (names, titles, a sentence's first word before a name)
_CAP_RUN = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_TITLE_WORDS = actors_lex.ROLE_WORDS | actors_lex.HONORIFICS
# a space after a word that ends a sentence ("... the Harbour Cup. The ..."; not "Mr.", "U.S."):
# a run of capitalised words does not go on over it
_SENTENCE_END_WORD = re.compile(r"(?<=[a-z]{3}[.!?])(?:['’\"”])?\s+")


_POSSESSIVE_END = re.compile(r"['’]s$")


def _run_key(run: str) -> tuple[str, ...]:
    return tuple(_POSSESSIVE_END.sub("", w.strip(".,;:!?'’")) for w in run.split())


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*")
# a capitalised word after a word that does not end a sentence
_MID_CAP = re.compile(rf"(?<=[^\s.!?:;…])\s+[{_OPEN_QUOTES}(\[]?([A-Z][\w’'-]*)")
# a capitalised word (maybe after an opening quote) between two words, the next one lower-case
_GLUE_CANDIDATE = re.compile(rf"(?<!\S)(\S+)\s+(?=([{_OPEN_QUOTES}]?[A-Z]\S*)\s+(\S+))")
# a name, a verb of saying and a colon: a quotation is introduced ("Ann Lee said: ...", "Mr Lee
# told the court: ...")
_NAME_SAYS = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*\s+(?:" + _SPEECH_ALT + r")(?:\s+(?:the\s+)?[\w’'-]+){0,3}:\s"
)


def _bare(token: str) -> str:
    return token.strip(_OPEN_QUOTES + "’”,.;:!?()[]")


_NAME_JOINERS = frozenset({"of", "for", "and", "&", "de", "del", "von", "van", "on"})
# joiners inside one name (not "and", which joins two): "the Siege of Velmar"
_SPEAKER_JOINERS = _NAME_JOINERS - {"and", "&", "on"}
_CLOSING_QUOTE = re.compile(rf"(?<=\S)[{lex.CLOSING_QUOTE_MARKS}](?=[\s,.;:!?)]|$)")


def _opens_quoted_sentence(text: str) -> bool:
    """Whether ``text``, which starts with a quotation mark, quotes a sentence (its quotation ends
    with punctuation inside it, or runs on) rather than a name or title ("'Friends of the Park'")."""
    m = _CLOSING_QUOTE.search(text, 1)
    return m is None or text[m.start() - 1] in ".,!?…-–—"


# a word in capitals of two letters or more (an acronym: "NATO", "UN"), maybe with a possessive
_ACRONYM = re.compile(r"[A-Z]{2,}(?:['’]s)?")
_AFTER_OBJECT = lex.STRONG_OPENERS | {"and", "it"}  # "... a tribute to her And they ..."
_PLURAL = re.compile(r"[a-z]{2,}(?<!ss|us|is)s")


def _letter_label(prev_word: str, after: str) -> bool:
    """Whether a capital "A" between ``prev_word`` and ``after`` is a letter naming a kind ("vitamin
    A levels", "infra-red A rays"), not an article opening a sentence."""
    return prev_word in lex.LETTER_NOUNS or bool(_PLURAL.fullmatch(_bare(after)))


# a verb contracted onto a word: "It's", "They're", "We've", "That'll", "She'd", "I'm" (a label never
# opens with one)
_CONTRACTED = re.compile(r"['’](?:s|re|ve|ll|d|m)$")


def _glue_points(sentence: str, vocab: _Vocabulary | None) -> list[tuple[int, int]]:
    """Where a caption or label was glued to the next sentence with no punctuation between them:
    (end of the left part, start of the right part) for each point.

    A point is between a word that can end a clause (lower-case, a digit or a closing quote, not
    a preposition or article) and a capitalised word that opens a sentence: a pronoun, article or
    connective followed by a lower-case word, a common word of the text capitalised ("Fans"), or
    an opening quotation ("'We ...").
    """
    points: list[tuple[int, int]] = [
        (m.end(1), m.start(2)) for m in _DATE_CANDIDATE.finditer(sentence) if _date_glue(sentence, m)
    ]
    if vocab is not None:
        for m in _CAP_RUN.finditer(sentence):
            words = list(_TOKEN.finditer(m.group(0)))
            k = vocab.name_break([w.group(0) for w in words], sentence[: m.start()])
            nxt = sentence[m.end() :].lstrip()[:1]
            if k and (nxt.islower() or nxt == ","):  # "... at the Harbour Games Ann Lee won ..."
                points.append((m.start() + words[k - 1].end(), m.start() + words[k].start()))
            elif _SAYS_COLON.match(sentence, m.end()) and vocab.speaker_break(
                [w.group(0) for w in words], sentence[: m.start()]
            ):
                points.append((m.start() + words[-2].end(), m.start() + words[-1].start()))
            elif nxt.islower() and vocab.place_name_break([w.group(0) for w in words], sentence[: m.start()]):
                points.append(
                    (m.start() + words[0].end(), m.start() + words[1].start())
                )  # "... at Harbour Park Lee said"
            elif nxt.islower() and vocab.month_break([w.group(0) for w in words], sentence[: m.start()]):
                # "... back in November Harbour Rovers have ..."
                points.append((m.start() + words[0].end(), m.start() + words[1].start()))
            elif nxt.islower() and vocab.opener_break([w.group(0) for w in words]):
                # "... in the Harbour League Supporters of the two clubs ..."
                points.append((m.start() + words[-2].end(), m.start() + words[-1].start()))
    for m in _GLUE_CANDIDATE.finditer(sentence):
        prev, tok, after = m.group(1), m.group(2), m.group(3)
        word = _bare(tok)
        lower = word.lower()
        prev_word = _bare(prev).lower()
        if prev[-1:] in ",;:–—-" or (
            prev_word in _PHRASE_WORDS
            and not (prev_word in lex.DEMONSTRATIVES and lower in lex.STRONG_OPENERS)
            and not (prev_word in lex.OBJECT_PRONOUNS and lower in _AFTER_OBJECT and after[:1].islower())
        ):
            continue
        if (
            tok.endswith(":")
            and tok[:1].isupper()
            and after[:1] not in _OPEN_QUOTES
            and not _SPEECH.search(" ".join(sentence[: m.start(2)].split()[-6:]))
            and _caption_label(sentence[m.start(2) :]) is not None
        ):
            # a one-word label: "... over the summer Gone: The ...", not a quotation a name or a
            # verb of saying introduces ("... told the Harbour News: 'We ...")
            points.append((m.end(1), m.start(2)))
            continue
        if not after[:1].islower() and not after[:1].isdigit() and after[:1] not in "£$€":
            # a capitalised word next: only a connective or preposition that never starts a name
            # opens a sentence ("... on the quay In Velmar, ..."); a name that introduces a quotation
            # is judged below
            opener = lower in lex.OPENERS_BEFORE_NAMES
            # ... or a quotation that opens a sentence of its own ("... the season 'Sadly, Ann ...")
            quoting = tok[:1] in _OPEN_QUOTES and _opens_quoted_sentence(sentence[m.start(2) :])
            if not (opener or quoting or _NAME_SAYS.match(sentence, m.start(2))):
                continue
        if (
            tok[:1].isupper()
            and (prev[-1:].islower() or prev[-1:].isdigit())
            and not prev[:1].isupper()
            and prev_word.removesuffix("s") not in _INTRODUCERS
            and _NAME_SAYS.match(sentence, m.start(2))
        ):
            points.append((m.end(1), m.start(2)))  # "... after the long night Ann Lee said: '...'"
            continue
        quoted = tok[:1] in _OPEN_QUOTES
        if not word[:1].isupper() or (len(word) > 1 and word[1:2].isupper()):
            continue
        if prev_word not in _PHRASE_WORDS and _caption_label(sentence[m.start(2) :]) is not None:
            points.append((m.end(1), m.start(2)))  # "... the crowd Not for long: Ann Lee ..."
            continue
        if quoted and not _opens_quoted_sentence(sentence[m.start(2) :]):
            continue  # a quoted name or title: "the group 'Friends of the Park' in 2008"
        if lower not in lex.SENTENCE_OPENERS and after.lower() in _NAME_JOINERS:
            rest = _TOKEN.findall(sentence, m.end(3), m.end(3) + 60)[:2]
            nxt = rest[1] if rest[:1] == ["the"] and len(rest) > 1 else (rest[0] if rest else "")
            if nxt[:1].isupper():
                continue  # a name with a joiner: "Women for Peace", "Bank of England"
        prev_ends_clause = prev[-1:].islower() or prev[-1:].isdigit() or prev[-1:] in f"%{_CLOSE_QUOTES}"
        prev_is_name = prev[:1].isupper() and prev[-1:].isalpha() and not prev[-1:].isupper()
        if prev_ends_clause and not prev_is_name:
            ok = lower in lex.SENTENCE_OPENERS or quoted or (vocab is not None and vocab.is_common(word))
            # "... of the crash An inquiry found ...", not "vitamin A levels"
            ok = ok or (
                lower in lex.ARTICLE_OPENERS and not (lower == "a" and _letter_label(prev_word, after))
            )
            ok = ok or _surname_with_age(tok, after, prev_word, vocab)
        elif prev_is_name:
            ok = quoted or lower in lex.STRONG_OPENERS
        elif _ACRONYM.fullmatch(prev):
            # "... say Velcorp ABC The new report shows ...": an acronym ends a clause as a name does
            ok = lower in lex.STRONG_OPENERS
        else:
            ok = False
        if ok:
            points.append((m.end(1), m.start(2)))
    return points


_AGE = re.compile(r"\d{1,3},")


def _surname_with_age(tok: str, after: str, prev_word: str, vocab: _Vocabulary | None) -> bool:
    """Whether a capitalised word with an age after it ("Lee, 55, ...") opens a sentence after a
    common noun that ends a caption ("... to flee the harbour Lee, 55, and his crew ..."): a surname
    (it ends a longer name too) the story writes on its own twice or more and never in lower case
    (a first name is left alone: "... the harbour Ann, 55, ..." may be one), after a noun that names no
    person (not "his wife Ann, 45, ..." nor "the driver Lee, 45, ...") nor a verb's -ing form."""
    word = _bare(tok)
    return (
        vocab is not None
        and tok.endswith(",")
        and _AGE.fullmatch(after) is not None
        and vocab.runs.get((word,), 0) >= 2
        and word.lower() not in vocab.lower
        and word.lower() not in _TITLE_WORDS
        and vocab.is_surname(word)
        and prev_word not in _PERSON_NOUNS | _INTRODUCERS
        and prev_word.removesuffix("s") not in _PERSON_NOUNS | _INTRODUCERS
        and prev_word not in _SPEECH_FORMS
        and not prev_word.endswith("ing")
    )


_DATE_CANDIDATE = re.compile(rf"(?<!\S)(\S+)\s+(?=([{_OPEN_QUOTES}]?[A-Z]\S*))")
_DATE_END = re.compile(r"\d[\d,.]*(?:st|nd|rd|th)?")
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?:,|\s+[a-z])")


def _date_glue(sentence: str, m: re.Match[str]) -> bool:
    """A caption that ends with a date or a number ("... at the gala on Friday", "... from 2001 until
    2008"), glued onto a sentence that opens with a name and its verb ("Ann Lee said ...", "Mr Lee,
    54, ..."): the date closes a phrase (no article or possessive before it, so it names no thing,
    "the 2015 final") and the capitalised run after it is not a street, a month or a time."""
    prev, tok = m.group(1), m.group(2)
    word = _bare(prev)
    if not (_DATE_END.fullmatch(word) or word.lower() in common_lex.WEEKDAY_NAMES) or prev[-1:] in ",;:":
        return False
    before = sentence[: m.start(1)].split()
    if len(before) < 4 or _bare(before[-1]).lower() in lex.DATE_MODIFIERS:
        return False
    run = _NAME_RUN.match(sentence, m.start(2))
    if run is None or tok[:1] in _OPEN_QUOTES:
        return False
    names = [_bare(w).lower() for w in run.group(0).split()[:-1]] or [_bare(run.group(0)).lower()]
    if any(n in lex.NOT_AFTER_DATE for n in names):
        return False
    # a number often counts a capitalised noun ("12 Harbour Cup titles", "the 2019 Harbour Cup"):
    # after one, only a title before a name or a word that opens sentences starts a new one
    return word.lower() in common_lex.WEEKDAY_NAMES or names[0] in actors_lex.HONORIFICS | lex.STRONG_OPENERS


def _unglue(sentence: str, vocab: _Vocabulary | None = None) -> list[str]:
    """Split a sentence where a caption or label was glued on without punctuation."""
    if len(sentence) < 60:
        return [sentence]
    if vocab is None:
        return _unglued(sentence, vocab)
    parts = vocab.unglued.get(sentence)
    if parts is None:
        parts = vocab.unglued[sentence] = tuple(_unglued(sentence, vocab))
    return list(parts)


def _unglued(sentence: str, vocab: _Vocabulary | None) -> list[str]:
    """:func:`_unglue`, worked out."""
    parts: list[str] = []
    start = 0
    for end, nxt in sorted(set(_glue_points(sentence, vocab))):
        left = sentence[start:end].strip()
        right = sentence[nxt:]
        # Only cut when both sides are substantial (short left parts are names or titles), no
        # quotation or bracket is left open, and a quotation does not follow a speech verb.
        if (
            len(left.split()) >= 5
            and len(right.split()) >= 4
            and _balanced(left)
            and not (right[:1] in _OPEN_QUOTES and _SPEECH.search(left))
        ):
            parts.append(left)
            start = nxt
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]


def split_sentences(text: str, vocab: _Vocabulary | None = None) -> list[str]:
    """Sentences of ``text`` in order, whitespace-normalised.

    Paragraphs (blank-line separated) never share a sentence. Splitting is nupunkt, which
    already handles abbreviations ("U.S.", "Mr.", "No. 3"), initials, decimals and quotes that
    close after the full stop; sentences with a caption glued on are split where the glue is.
    """
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = _norm_space(para)
        if not para:
            continue
        for sent in _split_paragraph(para):
            out.extend(_unglue(sent, vocab))
    return out


class SentenceTokenizer:
    """The tokenizer object sumy expects (``to_sentences``, ``to_words``, ``language``), offline."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def _signature(text: str) -> str:
    return " ".join(_words(text))


def _content(words: list[str]) -> frozenset[str]:
    """The words that carry content: not very common function words."""
    return frozenset(w for w in words if w not in _EN_COMMON and (len(w) > 2 or w.isdigit()))


def _is_repeat(words: list[str], earlier: Iterable[frozenset[str]]) -> bool:
    """Whether the content words of a sentence already appeared together in one earlier sentence.

    Needs five content words, so a short sentence is not taken for a repeat of any long
    sentence that happens to contain its few words.
    """
    ws = _content(words)
    if len(ws) < 5:
        return False
    return any(len(ws & e) >= 0.85 * len(ws) for e in earlier)


# A point inside a run of text where a caption may end and a sentence begin (or the reverse):
# a word that can end a clause (lower-case, a digit, a closing quote, or a name), then a
# capitalised word, maybe after an opening quote.
_CAPTION_JOIN = re.compile(rf"(?<=[\w%{_CLOSE_QUOTES}])\s+(?=[{_OPEN_QUOTES}]?[A-Z])")
_MIN_CAPTION_CONTENT = 5
# a full stop, question or exclamation mark at the end, maybe inside closing quotes or brackets
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _repeats_other(part: str, whole: str, join: str, own: int, contents: list[_Said]) -> bool:
    """Whether the content words of ``part`` stand together in one other sentence (not ``own``)
    that does not repeat all of ``whole`` too, nor run on over the ``join`` (the words either side
    of the cut: "her husband Bill" goes on in a name): a caption repeating a sentence of the story,
    glued onto another one (a sentence repeated whole is a repeat, not a caption)."""
    ws = _content(_words(part))
    if len(ws) < _MIN_CAPTION_CONTENT:
        return False
    every = _content(_words(whole))
    pair = " ".join(_words(join))
    return any(
        k != own
        and len(ws & said.content) >= 0.85 * len(ws)
        and len(every & said.content) < 0.85 * len(every)
        and f" {pair} " not in said.text
        for k, said in enumerate(contents)
    )


@dataclass(frozen=True)
class _Said:
    """A sentence of the story as its content words and its words (spaced, for phrase look-ups)."""

    content: frozenset[str]
    text: str

    @classmethod
    def of(cls, sentence: str) -> _Said:
        words = _words(sentence)
        return cls(_content(words), " " + " ".join(words) + " ")


def _caption_join(sentence: str, m: re.Match[str]) -> bool:
    """Whether a caption may end at ``m``: no quotation or bracket left open before it, the word
    before it can end a clause (not an article, preposition or title), and after a capitalised
    word only a word that opens sentences follows ("... by the agency Visa That is ...")."""
    if not _balanced(sentence[: m.start()]):
        return False
    prev = _bare(sentence[: m.start()].rsplit(None, 1)[-1])
    if not prev or prev.lower() in _PHRASE_WORDS:
        return False
    nxt = _bare(sentence[m.end() :].split(None, 1)[0]).lower()
    opener = re.sub(r"['’]s$", "", nxt)
    if prev[:1].isupper() or prev.isupper():
        return opener in lex.STRONG_OPENERS | lex.DEMONSTRATIVES
    if opener in lex.SENTENCE_OPENERS or sentence[m.end() : m.end() + 1] in _OPEN_QUOTES:
        return True
    # a name after a word that introduces one goes on with it: "his daughter Ann", "starring Ann Lee"
    introducers = actors_lex.ROLE_WORDS | actors_lex.KIN_WORDS
    low = prev.lower()
    return low not in introducers and low.removesuffix("s") not in introducers and not low.endswith("ing")


def _join_words(sentence: str, m: re.Match[str]) -> str:
    """The word before a join point and the word after it."""
    before = sentence[: m.start()].rsplit(None, 1)[-1]
    after = sentence[m.end() :].split(None, 1)[0]
    return f"{before} {after}"


def _trim_repeated_captions(sentence: str, own: int, contents: list[_Said]) -> str:
    """``sentence`` without captions glued onto its start or end with no punctuation, where the
    caption repeats another sentence of the story (web pages caption a picture with a sentence
    of the text): the longest such run before or after a join point is cut, until none is left.
    "" when the whole sentence is such a repeat."""
    while True:
        joins = [m for m in _CAPTION_JOIN.finditer(sentence) if _caption_join(sentence, m)]
        for m in reversed(joins):  # the longest leading run first
            head, rest = sentence[: m.start()], sentence[m.end() :]
            if (
                not _has_end_punct(head)
                and len(rest.split()) >= 4
                and _repeats_other(head, sentence, _join_words(sentence, m), own, contents)
            ):
                sentence = rest
                break
        else:
            for m in joins:  # the longest trailing run first
                head, tail = sentence[: m.start()], sentence[m.end() :]
                if (
                    len(head.split()) >= 4
                    and not _has_end_punct(tail)
                    and _repeats_other(tail, sentence, _join_words(sentence, m), own, contents)
                ):
                    sentence = head
                    break
            else:
                return sentence


# Words that make a phrase a clause (an auxiliary, a modal, a copula): a label before a colon has none.
_CLAUSE_WORDS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
     "will", "would", "can", "could", "may", "might", "must", "shall", "should"}
)  # fmt: skip
_LABEL_COLON = re.compile(
    rf"^((?:[{_OPEN_QUOTES}]?[\w’'-]+[,]?\s+){{2,11}}[\w’'-]+):\s+(?=[{_OPEN_QUOTES}]?[A-Z])"
)
_LEAD_MIN_REST_WORDS = 6
# a capitalised subject (a name of up to four words) and the lower-case word after it
_SUBJECT_VERB = re.compile(rf"[{_OPEN_QUOTES}]?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}\s+[a-z]")
_LEAD_MAX_WORDS = 30
# a picture's caption in the present tense opening a sentence: a name of two words or more (after a
# team or place and a role: "Harbour Rovers keeper Ann Lee") and a verb in -s ("saves", "is")
_PRESENT_CAPTION = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+\s+"
    r"([a-z]+(?<!ss)(?<!us)s)\b"
)
# ... and a sentence in the past after it: a capitalised subject and a past verb or auxiliary
_PAST_CLAUSE = re.compile(
    rf"[{_OPEN_QUOTES}]?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}\s+(?:had|was|were|did|could|would|[a-z]{{2,}}ed)\b"
)
_LEAD_SHARED = 0.5
_REPEAT_SHARE = 0.85  # a caption's content words that the sentence it repeats holds


def _reports(verb: str) -> bool:
    """Whether a verb in -s reports or states rather than shows: an auxiliary ("has revealed", "is
    expected", "does not"), a verb of saying or one that takes a clause ("reveals that ...")."""
    low = verb.lower()
    if low in _CLAUSE_WORDS or low in _SPEECH_FORMS:
        return True
    stems = {low[:-1], low[:-2]} if low.endswith("es") else {low[:-1]}
    return bool(stems & lex.COMPLEMENT_VERBS)


def _is_label(phrase: str) -> bool:
    """Whether the words before a colon read as a caption's label, not a clause introducing what
    follows: no auxiliary, modal or copula, no verb of saying, no past form in -ed, and no name
    run alone (a speaker: "Ann Lee:")."""
    words = phrase.split()
    low = [_bare(w).lower() for w in words]
    if any(w in _CLAUSE_WORDS or w.endswith("ed") or w.endswith("n't") for w in low):
        return False
    if _SPEECH.search(phrase):
        return False
    return any(w[:1].islower() for w in words[1:])


def _cut_lead_caption(sentence: str) -> str:
    """``sentence`` without a caption glued onto its start with no punctuation, where the caption
    has a shape of its own (the rest is a sentence of six words or more that ends as one):

    - a label and a colon opening it, before a headline (a label has no verb: "The cost of a
      garden near the river: Lakeside tops the table - and Hillview the bottom Rents rose ...");
    - a caption in the present tense, a name and its verb, before a sentence in the past ("Harbour
      Rovers keeper Ann Lee saves a shot in the first half Westgate had the better of the game ...");
    - a caption that the sentence repeats further on, other captions glued between (see
      :func:`_repeated_later`);
    - the sentence's own first word again, after a run that introduces the sentence with half its
      content words ("Farmers now see the rains as a blessing for the valley Farmers no longer fear
      the rains and now see ...")."""
    if not _has_end_punct(sentence) or len(sentence.split()) > 120:
        return sentence
    joins = [m for m in _CAPTION_JOIN.finditer(sentence) if _balanced(sentence[: m.start()])]
    label = _LABEL_COLON.match(sentence)
    if label is not None and _is_label(label.group(1)):
        for m in joins:
            if m.start() <= label.end() or not _caption_join(sentence, m):
                continue
            head, rest = sentence[: m.start()], sentence[m.end() :]
            if (
                len(head.split()) <= _LEAD_MAX_WORDS
                and len(rest.split()) >= _LEAD_MIN_REST_WORDS
                and _SUBJECT_VERB.match(rest)  # "Westgate came ...", not a list of names ("Ann Lee, Tom ...")
            ):
                return rest
            break
    present = _PRESENT_CAPTION.match(sentence)
    if present is not None and not _reports(present.group(1)):
        for m in joins:
            if m.start() <= present.end() or not _caption_join(sentence, m):
                continue
            head, rest = sentence[: m.start()], sentence[m.end() :]
            if len(head.split()) > _LEAD_MAX_WORDS:
                break
            if len(rest.split()) >= _LEAD_MIN_REST_WORDS and _PAST_CLAUSE.match(rest):
                return rest
    repeated = _repeated_later(sentence, [m for m in joins if _caption_join(sentence, m)])
    if repeated:
        return repeated
    first = _bare(sentence.split(None, 1)[0])
    if first[:1].isupper() and first.lower() not in _PHRASE_WORDS | lex.SENTENCE_OPENERS:
        for m in joins:
            head, rest = sentence[: m.start()], sentence[m.end() :]
            if len(head.split()) > _LEAD_MAX_WORDS:
                break
            if _bare(rest.split(None, 1)[0]) != first or len(head.split()) < 5:
                continue
            if len(rest.split()) < _LEAD_MIN_REST_WORDS or _has_end_punct(head):
                continue
            ws = _content(_words(head))
            if len(ws) >= 3 and len(ws & _content(_words(rest))) >= _LEAD_SHARED * len(ws):
                return rest
    return sentence


def _repeated_later(sentence: str, joins: list[re.Match[str]]) -> str:
    """The sentence that a caption glued onto the opening of ``sentence`` repeats further on in it,
    past other captions glued between ("Rovers survive by beating Westgate Fans filled the stands
    in May Rovers (hosting Westgate) survive by beating them ..."): the shortest run
    after a join point (``joins``) that holds the content words of a run before one; "" when
    there is none."""
    for k, m1 in enumerate(joins):
        head = sentence[: m1.start()]
        if len(head.split()) > _LEAD_MAX_WORDS:
            break
        ws = _content(_words(head))
        if len(ws) < _MIN_CAPTION_CONTENT or _has_end_punct(head):
            continue
        for m2 in reversed(joins[k:]):
            tail = sentence[m2.end() :]
            if len(tail.split()) < _LEAD_MIN_REST_WORDS:
                continue
            if len(ws & _content(_words(tail))) >= _REPEAT_SHARE * len(ws):
                return _from_word(tail, head.split()[0])
    return ""


def _from_word(text: str, first: str) -> str:
    """``text`` from ``first`` when a capitalised word or two (a section's heading) stand before it
    ("Results Rovers (hosting Westgate) survive ..." -> "Rovers (hosting Westgate) survive ...")."""
    words = text.split()
    for k in (1, 2):
        if len(words) > k and words[k] == first and all(w[:1].isupper() for w in words[:k]):
            return " ".join(words[k:])
    return text


def _after_headline(piece: str) -> str:
    """What follows a teaser label and its Title-Case headline in ``piece`` ("Related: Council Backs
    Flood Plan Officials said ..." -> "Officials said ..."): the text from the capitalised word
    before the first lower-case word that a headline would capitalise; "" when nothing follows."""
    label = _TEASER_PREFIX.match(piece)
    if label is None:
        return piece
    toks = list(_TOKEN.finditer(piece, label.end()))
    for k, tok in enumerate(toks):
        word = _bare(tok.group())
        if word[:1].islower() and word not in lex.TITLE_SMALL_WORDS:
            if k < 3 or not _bare(toks[k - 1].group())[:1].isupper():
                return ""  # not a Title-Case headline: the whole piece is the teaser
            rest = piece[toks[k - 1].start() :]
            return rest if _has_end_punct(rest) and len(rest.split()) >= 5 else ""
    return ""


def _drop_media_captions(pieces: list[str]) -> list[str]:
    """``pieces`` of a paragraph without the caption that follows a video teaser (marked): the
    words of the next piece up to the first point where a new sentence may start (a capitalised
    word after a word that ends a clause)."""
    out: list[str] = []
    pending = False
    for piece in pieces:
        if _MEDIA_MARK in piece:
            before, _, piece = piece.rpartition(_MEDIA_MARK)
            before = _norm_space(before.replace(_MEDIA_MARK, ""))
            if before:
                out.append(before)
            piece = piece.strip()
            pending = True
            if not piece:
                continue
        if pending:
            pending = False
            if _POINTER_MARK not in piece:  # a sentence that points at a picture is judged by that
                piece = piece[_first_clause_break(piece) :]
            if not piece:
                continue
        out.append(piece)
    return out


# a capitalised word (or two: "Mr Lee") before a lower-case word, after another word
_BREAK_CANDIDATE = re.compile(
    rf"(?<!\S)(\S+)\s+(?=[{_OPEN_QUOTES}]?[A-Z][\w’'.-]*,?\s+(?:[A-Z][\w’'.-]*,?\s+)?[a-z])"
)


def _first_clause_break(piece: str, min_words: int = 6, max_words: int = 40) -> int:
    """Where the first sentence glued to a caption may start in ``piece``: a capitalised word after
    a word that ends a clause (lower-case or a digit, not a name, article or preposition), between
    ``min_words`` and ``max_words`` in; 0 when there is none (the piece is left whole)."""
    for m in _BREAK_CANDIDATE.finditer(piece):
        prev = m.group(1)
        left = len(piece[: m.end(1)].split())
        if left > max_words:
            break
        if left < min_words or len(piece[m.end() :].split()) < 4:
            continue
        if prev[:1].isupper() or _bare(prev).lower() in _PHRASE_WORDS:
            continue
        if _bare(prev).lower() in lex.NAMED_SCALE_UNITS:
            continue  # "5 degrees Fahrenheit by noon": a scale's name after its unit, no new sentence
        if prev[-1:].islower() or prev[-1:].isdigit() or prev[-1:] in f"%{_CLOSE_QUOTES}":
            return m.end()
    return 0


def _drop_credited_captions(pieces: list[str]) -> list[str]:
    """``pieces`` of a paragraph without the captions that a picture credit (marked) follows:
    the sentence just before each credit goes with it."""
    out: list[str] = []
    for piece in pieces:
        rest = piece
        while _CREDIT_MARK in rest:
            left, _, rest = rest.partition(_CREDIT_MARK)
            before = list(_split_paragraph(_norm_space(left))) if left.strip() else []
            if before:
                before.pop()  # the caption
            elif out and len(out[-1].split()) <= 40:
                out.pop()  # the caption ended the piece before
            out.extend(before)
        rest = rest.strip()
        if rest:
            out.append(rest)
    return out


# a whole sentence in quotation marks with no stop before the closing one: a pull quote set
# beside the story ("'The view is what sold us the house'"), not a quotation in it (which ends
# with its stop inside: "'We will rebuild it.'")
_PULL_QUOTE = re.compile(
    rf"[{lex.OPENING_QUOTE_MARKS}](?:[^{lex.OPENING_QUOTE_MARKS}{lex.CLOSING_QUOTE_MARKS}]|(?<=\w)['’](?=\w))*"
    rf"[^.!?…,\s][{lex.CLOSING_QUOTE_MARKS}]"
)


# a closing quotation mark right on the last word, no stop before or after it: a caption that
# ends on a quoted name or title ("... won the cup on 'Harbour Star'"), not a sentence
_QUOTE_ON_WORD_END = re.compile(rf"(?<=\w)[{lex.CLOSING_QUOTE_MARKS}]\s*$")


def _is_caption_fragment(sentence: str) -> bool:
    """A piece of a paragraph with no final punctuation that reads as a caption or credit, or a
    pull quote."""
    if _PULL_QUOTE.fullmatch(sentence) or _QUOTE_ON_WORD_END.search(sentence):
        return True
    if _has_end_punct(sentence):
        return bool(_credit_tail(sentence)) and len(sentence.split()) <= 40 and "said" not in sentence
    return True


# a picture pointer right before a capitalised word: the caption ends there and the story goes
# on ("... at the farm (stock image) Ann Lee, whose ...")
_POINTER_END = re.compile(rf"(?<={_POINTER_MARK})\s+(?=[{_OPEN_QUOTES}]?[A-Z][\w’'-]*(?:,|\s+[\w’'-]+))")


def _split_at_pointers(pieces: list[str]) -> list[str]:
    """``pieces`` with each one cut after a picture pointer that a capitalised word follows; the
    part before keeps the pointer (and is judged as a caption), the rest is story text. A cut
    needs four words on each side."""
    out: list[str] = []
    for piece in pieces:
        start = 0
        for m in _POINTER_END.finditer(piece):
            left, right = piece[start : m.start()], piece[m.end() :]
            if len(left.split()) >= 4 and len(right.split()) >= 4 and _balanced(left):
                out.append(left.strip())
                start = m.end()
        out.append(piece[start:].strip())
    return [p for p in out if p]


_CLAUSE_OBJECT_FORMS = lex.IRREGULAR_OBJECT_PAST | {
    f for v in lex.COMPLEMENT_VERBS | lex.NAME_OBJECT_VERBS for f in verb_forms(v)
}
_POSSESSIVE = re.compile(r"['’]s$")
# a verb of saying, a colon and an opening quotation mark: "Ann Lee said: 'We ..."
_QUOTE_INTRO = re.compile(_SPEECH.pattern + rf"[^.:;!?]{{0,40}}:\s*[{_OPEN_QUOTES}]", re.IGNORECASE)


def _after_pointed_caption(marked: str) -> str:
    """``marked`` (a sentence with its picture pointers marked) from the first point after its
    last pointer where a glued-on sentence may start: the words before it are the caption the
    pointer belongs to ("Ann Lee (pictured) opened the bridge in May Officials said ..." ->
    "Officials said ..."). Not after a word that introduces a name or a quotation ("said Ann
    Lee would ...", "his wife Ann ..."); the whole sentence when there is no such point."""
    last = marked.rfind(_POINTER_MARK)
    for m in _BREAK_CANDIDATE.finditer(marked, last + 1):
        prev = m.group(1)
        word = _bare(prev).lower()
        rest = marked[m.end() :].split()
        if len(rest) < 4:
            break
        if _bare(prev)[:1].isupper() or word in _PHRASE_WORDS or word in _CLAUSE_OBJECT_FORMS:
            continue
        if word in _INTRODUCERS or word.removesuffix("s") in _INTRODUCERS or word.endswith("ing"):
            continue
        first = _bare(rest[0])
        if _POSSESSIVE.search(first) or (first.isupper() and len(first) > 1 and rest[1][:1].isupper()):
            continue  # "has Alzheimer's disease", "firm Harbour 11 USA As ...": a name goes on
        if not _quotes_closed(marked[: m.end(1)]):
            continue
        if _QUOTE_INTRO.search(marked, 0, m.end(1)):
            break  # a quotation is introduced before it: story text, not a caption
        if prev[-1:].islower() or prev[-1:].isdigit() or prev[-1:] in f"%{_CLOSE_QUOTES}":
            if rest[1][:1].isupper() and _bare(rest[1]).lower() in lex.SENTENCE_OPENERS:
                # "... urged fans to vote Harbour And then ...": the name ends the caption
                return " ".join(rest[1:])
            return marked[m.end() :]
    return marked


def _quotes_closed(text: str) -> bool:
    """No quotation is left open at the end of ``text``, straight single quotes too (an opening one
    stands before a word, a closing one after a word)."""
    opened = len(re.findall(r"(?<!\w)['‘](?=\w)", text))
    closed = len(re.findall(r"(?<=\w)['’](?!\w)", text))
    return _balanced(text) and opened <= closed


# A caption's label of one to three words that ends with an exclamation or question mark, standing
# between sentences ("Close call!", "Back in town?", "GUILTY?"): never quoted, a sentence of its own.
_SHORT_LABEL = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}[!?]+")
# ... and one glued onto the end of a caption with no stop before it ("... the harbour at dawn Calm
# waters!"): an exclamation after a word that ends a clause, with a lower-case word of its own (so no
# name: "... joined Harbour Rovers!"), or two words or more in capitals after any word but an article
# or preposition ("... with Ann Lee WHAT A DAY!")
_TRAILING_LABEL = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){1,2}[!?]+")
_LABEL_MAX_WORDS = 3


# a quotation mark that opens (after a space or a bracket, before a word) or closes one (after a
# word or a stop, before a space or a stop); an apostrophe inside a word ("it's") does neither
_QUOTE_OPENS = re.compile(rf"(?:^|(?<=[\s(\[—–-]))[{lex.OPENING_QUOTE_MARKS}](?=\S)")
_QUOTE_CLOSES = re.compile(rf"(?<=\S)[{lex.CLOSING_QUOTE_MARKS}](?=[\s,.;:!?)\]—–-]|$)")


def _in_quotation(text: str) -> bool:
    """Whether ``text`` ends inside a quotation: more quotation marks open one than close one."""
    return len(_QUOTE_OPENS.findall(text)) > len(_QUOTE_CLOSES.findall(text))


def _is_short_label(sent: str) -> bool:
    """Whether ``sent`` is a caption's label standing alone (``_SHORT_LABEL``): an exclamation, or a
    question in capitals or with no word that opens a sentence ("Back in town?"; "But why?" and
    "Really?" ask a question of the story)."""
    if not _SHORT_LABEL.fullmatch(sent):
        return False
    words = sent.rstrip("!?").split()
    if sent.endswith("!") or sent.upper() == sent:
        return True
    return len(words) >= 2 and _label_word(words[0])


def _label_word(word: str) -> bool:
    """Whether a capitalised word may open a label: not a word that opens sentences ("But", "It's")."""
    low = _CONTRACTED.sub("", _bare(word).lower())
    return low not in lex.SENTENCE_OPENERS and low not in lex.NOT_LABEL_STARTS and low not in qa_lex.WH_WORDS


def _without_trailing_label(sent: str) -> str:
    """``sent`` without a short exclamation or question label glued onto its end (see
    ``_TRAILING_LABEL``): the longest one in capitals, else the shortest with a lower-case word."""
    words = sent.split()
    if not words or words[-1][-1:] not in "!?" or len(words) < 5:
        return sent
    caps = 0
    for k in range(1, _LABEL_MAX_WORDS + 1):
        run = " ".join(words[-k:]).rstrip("!?")
        if run.upper() != run or sum(c.isalpha() for c in run) < 2 or not run[:1].isupper():
            break
        caps = k
    if _in_quotation(" ".join(words[: -caps or None])):
        return sent  # in a quotation: "... she wrote: 'WHAT A DAY!"
    if caps >= 2 and _bare(words[-caps - 1]).lower() not in _PHRASE_WORDS:
        return " ".join(words[:-caps])  # (one word in capitals is an acronym as often: "... join the EU?")
    if not sent.endswith("!"):
        return sent  # a question ends on its object as often: "... who will stop Harbour Rovers?"
    for k in range(2, _LABEL_MAX_WORDS + 1):
        label, prev = words[-k:], words[-k - 1]
        if not _TRAILING_LABEL.fullmatch(" ".join(label)) or not _label_word(label[0]):
            continue
        prev_word = _bare(prev).lower()
        if (
            (prev[-1:].islower() or prev[-1:].isdigit())
            and prev_word not in _PHRASE_WORDS
            and prev_word not in _SPEECH_FORMS
            and any(w[:1].islower() for w in label[1:])
        ):
            return " ".join(words[:-k])
    return sent


# A caption's label in Title Case set into running text: a capitalised word (and up to five more,
# capitalised or small title words, maybe after a comma) and a colon, right after a word with no
# stop, before a capitalised word ("... feeds the ducks Lee in the Rain: Here, Lee ...").
_SMALL = "|".join(sorted(lex.TITLE_SMALL_WORDS))
_TITLE_WORD = rf"(?:[A-Z][\w’'-]*|(?:{_SMALL}))"
_GLUED_TITLE_LABEL = re.compile(
    rf"(?<=[a-z0-9{_CLOSE_QUOTES}])\s+([A-Z][\w’'-]*(?:,?\s+{_TITLE_WORD}){{0,5}}):\s+(?=[{_OPEN_QUOTES}]?[A-Z])"
)
_LABEL_RUN_MIN = 3  # labels in one piece that make it a run of captions
_LABEL_RUN_MAX_HEAD = 30  # words before the first label that may go with the run


def _without_label_run(sent: str) -> str:
    """``sent`` without a run of labelled captions glued together (three labels in Title Case or
    more set into it, see ``_GLUED_TITLE_LABEL``, none a verb of saying's): "" when the words before
    the first label are few (a caption's own), else those words. One or two labels may title a
    work or introduce a quotation; three in a row are a gallery's captions."""
    labels = [
        m
        for m in _GLUED_TITLE_LABEL.finditer(sent)
        if not _SPEECH.search(m.group(1)) and not _SPEECH.search(" ".join(sent[: m.start()].split()[-6:]))
    ]
    if len(labels) < _LABEL_RUN_MIN:
        return sent
    head = sent[: labels[0].start()].strip()
    return "" if len(head.split()) <= _LABEL_RUN_MAX_HEAD else head


def _body_sentences(pieces: list[str]) -> list[str | None]:
    """The sentences of one paragraph (``pieces``, picture pointers marked) without picture
    captions, related-link headlines, caption fragments and furniture (``None`` in their place)."""
    out: list[str | None] = []
    for marked in pieces:
        out.append(None)
        if _is_picture_caption(marked):
            continue
        if len(pieces) > 1 and _POINTER_MARK in marked and _has_end_punct(marked):
            marked = _after_pointed_caption(marked)
        sent = _norm_space(marked.replace(_POINTER_MARK, ""))
        labelled = False
        # inside a quotation the piece before opened (a quotation of several sentences)
        quoting = len(out) > 1 and _in_quotation(pieces[len(out) - 2])
        if len(pieces) > 1 and not quoting:
            # a caption's exclamation or question label ("Close call!", "Guilty?"), alone or glued on
            if _is_short_label(sent):
                continue
            # (the caption it labels stays, though it ends with no stop: it may hold a figure)
            unlabelled = _without_trailing_label(sent)
            labelled, sent = unlabelled != sent, unlabelled
        if len(pieces) > 1:
            sent = _without_label_run(sent)  # a gallery's captions, each with its label
            if not sent:
                continue
        if len(pieces) > 1 and _TEASER_PREFIX.match(sent):
            # a related-link headline glued on: the story goes on after its Title-Case words
            sent = _after_headline(sent)
            if not sent:
                continue
        if len(pieces) > 1 and (
            (_is_caption_fragment(sent) and len(sent.split()) <= 40 and not labelled)
            or _is_furniture(sent)
            # an unpunctuated run that points at a picture is captions, however long
            or (_POINTER_MARK in marked and not _has_end_punct(sent) and len(sent.split()) <= 80)
        ):
            continue
        if (
            len(pieces) > 1
            and len(out) == 1
            and len(sent.split()) <= _LEAD_MAX_WORDS
            and _caption_label(sent) is not None
        ):
            # a paragraph opening with a picture's caption and its label, the story after it (a longer
            # run is a caption glued onto the story's first sentence, which is cut off later)
            continue
        if len(pieces) > 1:  # a label glued into running text; a line of its own keeps it
            sent = _strip_caption_label(sent)
        out[-1] = sent
    return out


def _caption_free(sentence: str, vocab: _Vocabulary) -> list[str]:
    """``sentence`` split again where a caption is glued on, without the caption fragments: the
    first split read the text with its picture pointers and credits still in it, and a glue point
    they stood at shows only once they are gone ("... due on Friday (pictured) Mr Lee said ...")."""
    parts = _unglue(sentence, vocab)
    if len(parts) < 2:
        return parts
    return [
        p
        for p in parts
        if not ((_is_caption_fragment(p) or _QUOTE_ON_WORD_END.search(p)) and len(p.split()) <= 40)
    ]


# A capitalised word glued on after a lower-case word, a digit or a closing bracket with no stop
# between ("... a wool skirt Shop now ..."), the lower-case words after it, and a capitalised word
# (or an exclamation or question mark) where the phrase ends.
_FURNITURE_START = re.compile(r"^[A-Z][a-z][\w’'-]*[!?]?$")
_GLUED_AFTER = re.compile(r"[\w%)]$")
_LOWER_TOKEN = re.compile(r"^[a-z][\w’'-]*[!?]?$")
_OPENS_CAPITAL = re.compile(rf"^[{_OPEN_QUOTES}(]?[A-Z]")
_FURNITURE_MAX_WORDS = 5


def _glued_at(toks: list[str], i: int) -> bool:
    """Whether token ``i`` follows a word with no stop, comma or closing quotation after it."""
    return i > 0 and _GLUED_AFTER.search(toks[i - 1]) is not None


def _ends_phrase(toks: list[str], j: int) -> bool:
    """Whether a phrase ends before token ``j``: at the end, or before a capitalised word."""
    return j == len(toks) or _OPENS_CAPITAL.match(toks[j]) is not None


def _repeated_furniture(text: str) -> list[str]:
    """Short phrases that a page repeats between pieces of text (a shop widget's "Visit site" after
    each product, a "Read more" after each link): a capitalised phrase of two to five words, glued
    on with no stop before it at least once, that ends where a capitalised word starts (or on an
    exclamation mark) three times in the text (twice for an exclamation or question). Story text
    does not repeat a phrase standing between sentences like that; a name with its role does
    ("... his Spanish teacher Ann ...") and is not taken (nor a phrase ending in a function word
    or holding a verb of saying)."""
    toks = text.split()
    found: set[tuple[str, ...]] = set()
    for i in range(1, len(toks)):
        if not _FURNITURE_START.match(toks[i]) or not _glued_at(toks, i):
            continue
        for n in range(2, _FURNITURE_MAX_WORDS + 1):
            phrase = tuple(toks[i : i + n])
            if len(phrase) < n or not _LOWER_TOKEN.match(phrase[-1]) or phrase[-2][-1] in "!?":
                break
            if phrase[-1][-1] in "!?" or _ends_phrase(toks, i + n):
                found.add(phrase)
    counts: dict[str, int] = {}
    for w in _words(text):
        counts[w] = counts.get(w, 0) + 1
    out: list[str] = []
    for phrase in found:
        last = phrase[-1].rstrip("!?").lower()
        if last in _EN_COMMON or last in lex.TITLE_SMALL_WORDS or phrase[0].lower() in lex.TITLE_SMALL_WORDS:
            continue
        if last in _INTRODUCERS or last.removesuffix("s") in _INTRODUCERS or _SPEECH.search(" ".join(phrase)):
            continue
        n = len(phrase)
        at = [j for j in range(len(toks) - n + 1) if tuple(toks[j : j + n]) == phrase]
        shout = phrase[-1][-1] in "!?"
        if not shout and not all(_ends_phrase(toks, j + n) for j in at):
            continue  # the phrase also runs on into a sentence: story words
        glued = sum(1 for j in at if j > 0 and _glued_at(toks, j))
        # a widget's words are its own: story text would use them elsewhere too
        own_words = all(counts.get(w, 0) == len(at) for w in _words(" ".join(phrase)))
        if (len(at) >= 3 and glued >= 2 and own_words) or (shout and len(at) >= 2 and glued >= 1):
            out.append(" ".join(phrase))
    return sorted(out, key=len, reverse=True)


def _split_at_furniture(pieces: list[str], furniture: list[str]) -> list[str]:
    """``pieces`` cut where a repeated furniture phrase stands, the phrase left out: what stood
    between two of them (a product's name) is left as a piece with no stop, read as a caption."""
    if not furniture:
        return pieces
    pattern = re.compile(
        r"(?<!\S)(?:"
        + "|".join(re.escape(f) for f in furniture)
        + rf")(?=\s+[{_OPEN_QUOTES}(]?[A-Z]|\s*$|(?<=[!?]))"
    )
    out: list[str] = []
    for piece in pieces:
        parts = [p.strip() for p in pattern.split(piece)]
        if len(parts) > 2:  # what stands between two of them is an item of the widget
            parts = [parts[0], parts[-1]]
        out.extend(p for p in parts if p)
    return out


# a list item's number closing a piece ("... the last stop 4."), or standing alone
_ITEM_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.$")
_LIST_MIN_ITEMS = 3


def _drop_list_interlopers(pieces: list[str], vocab: _Vocabulary) -> list[str]:
    """``pieces`` of a numbered list without the captions set between its items: a run with no stop
    of its own that opens with a name, after an item that ended with one, ahead of the next
    item's number ("4. Ann runs every day. Ann Lee on the track 5. ..."): the item was done, and
    a caption names whom it shows (an item's second sentence goes on from it: "He ...", "Never
    ..."). A list is three numbers or more in order, each ending a piece."""
    numbers = [(k, int(m.group(1))) for k, p in enumerate(pieces) if (m := _ITEM_NUMBER.search(p))]
    steps = [(a, b) for a, b in itertools.pairwise(numbers) if b[1] == a[1] + 1]  # n, then n + 1
    ordered = {a[0] for a, _ in steps} | {b[0] for _, b in steps}
    if len(ordered) < _LIST_MIN_ITEMS:
        return pieces
    out = list(pieces)
    for k in sorted(ordered):
        m = _ITEM_NUMBER.search(pieces[k])
        if m is None or k < 2 or not m.start():
            continue
        first = _POSSESSIVE.sub("", _bare(pieces[k].split(None, 1)[0]))
        if first.lower() in lex.SENTENCE_OPENERS or vocab.mid_caps.get(first, 0) < 1:
            continue  # a name is written capitalised inside a sentence too
        # the item before: its number ended the piece before it, and it ended with its own stop
        if _has_end_punct(pieces[k - 1]) and k - 1 not in ordered and k - 2 in ordered:
            out[k] = m.group(0)  # the number stays, for the item after it
    return out


def clean_article(raw: str) -> CleanText:
    """Title (when the first line looks like one) and the article's paragraphs, noise removed.

    Removes repeated paragraphs and sentences (also a sentence repeated inside a longer
    paragraph), credit lines, captions, teasers, menus, bylines and the leading dateline.
    ``InputError`` when nothing of the article is left.
    """
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty input: no text to brief")
    lines = _split_blocks(text)
    title: str | None = None
    # The title is the first line that looks like one, before any body text.
    while lines and (
        _is_furniture(lines[0]) or (_is_noise_line(lines[0]) and not _looks_like_title(lines[0]))
    ):
        lines.pop(0)
    if len(lines) > 1 and _looks_like_title(lines[0]):
        title = lines.pop(0)
        kicker = _KICKER.match(title)
        if kicker and len(title[kicker.end() :].split()) >= 3:
            title = title[kicker.end() :]  # "EXCLUSIVE: Minister quits ..." -> "Minister quits ..."

    paragraphs: list[str] = []
    seen_paras: set[str] = set()
    seen_sents: list[frozenset[str]] = []
    seen_sigs: set[str] = set()
    # Story text ends with its last punctuated line; unpunctuated lines after it are teasers,
    # tags and "most read" lists, however long.
    last_body = max(
        (k for k, x in enumerate(lines) if _has_end_punct(x) and not _is_furniture(x)), default=-1
    )
    vocab = _Vocabulary.of(text)
    furniture = _repeated_furniture(_norm_space(text))
    body_lines: list[list[str]] = []
    for k, line in enumerate(lines):
        if _is_noise_line(line) or (0 <= last_body < k and not _has_end_punct(line)):
            continue
        sig = _signature(line)
        if not sig or sig in seen_paras:
            continue
        seen_paras.add(sig)
        marked_line = _without_capitals_labels(_MEDIA_TEASER.sub(f" {_MEDIA_MARK} ", line))
        marked_line = _INLINE_CREDIT.sub(
            f" {_CREDIT_MARK} ",
            _BRACKETED_CREDIT.sub("", _tidy(_editor_notes(marked_line, text), _POINTER_MARK)),
        )
        pieces = _split_at_furniture(split_sentences(_norm_space(marked_line), vocab), furniture)
        body_lines.append(_drop_list_interlopers(pieces, vocab))
    piece_lists = [_drop_media_captions(_drop_credited_captions(_split_at_pointers(ps))) for ps in body_lines]
    candidates = [_body_sentences(pieces) for pieces in piece_lists]
    # every story sentence's words, so a caption glued onto one that repeats another is seen
    # (only sentences that end as sentences do: a caption on its own is no story text to repeat)
    contents = [
        _Said.of(sent) if sent is not None and _SENTENCE_END.search(sent) else _Said(frozenset(), "")
        for sents in candidates
        for sent in sents
    ]
    own = -1
    for sents in candidates:
        kept: list[str] = []
        for found in sents:
            own += 1
            if found is None:
                continue
            sent = _cut_lead_caption(_trim_repeated_captions(found, own, contents))
            if sent != found and not _has_end_punct(sent):
                continue  # what is left of a run of captions glued together
            for part in _caption_free(sent, vocab):
                words = _words(part)
                ssig = " ".join(words)
                if not ssig or ssig in seen_sigs or _is_repeat(words, seen_sents):
                    continue
                seen_sigs.add(ssig)
                seen_sents.append(_content(words))
                kept.append(part)
        if not kept:
            continue
        if not paragraphs:
            kept[0] = strip_label(strip_dateline(kept[0]))
        paragraphs.append(" ".join(kept))
    if not paragraphs:
        raise InputError("no article text found")
    return CleanText(title=title, paragraphs=tuple(paragraphs))


_EN_COMMON = lex.EN_COMMON
_PERSON_NOUNS = actors_lex.ROLE_WORDS | actors_lex.KIN_WORDS
# nouns that introduce a name after them ("his friend Ann Lee said: ..."): no glue there
_INTRODUCERS = actors_lex.ROLE_WORDS | actors_lex.KIN_WORDS | lex.NAME_INTRODUCERS


_MIN_LANGUAGE_CHARS = 12
_LANGUAGE_SAMPLE_CHARS = 2500


@functools.cache
def _language_identifier() -> Any:
    """py3langid's bundled model (loaded once, never downloaded), scoring with probabilities."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_scores(text: str) -> dict[str, float]:
    """Probability of each language for ``text`` (py3langid on its first few thousand characters)."""
    sample = _norm_space(text[:_LANGUAGE_SAMPLE_CHARS])
    return dict(_language_identifier().rank(sample))


def check_english(text: str) -> None:
    """Raise ``InputError`` when ``text`` is not English (the models are English-only).

    The language is decided by py3langid on the text itself: a page passes unless another
    language clearly beats English (more than twice its probability), so list-shaped English pages
    (names, titles and numbers, which the identifier scores as uncertain) are not refused.
    Texts with fewer than 12 word characters pass.
    """
    if count_word_chars(text) < _MIN_LANGUAGE_CHARS:
        return
    scores = language_scores(text)
    english = sum(scores.get(code, 0.0) for code in lex.ENGLISH_LIKE_LANGUAGES)
    other = max((p for code, p in scores.items() if code not in lex.ENGLISH_LIKE_LANGUAGES), default=0.0)
    if other > 2 * english:
        raise InputError("the text does not look like English; newsbrief's language models are English-only")


def count_word_chars(text: str) -> int:
    """Letters, digits and combining marks in ``text``: a length that is right for any script
    (spaces, punctuation and symbols do not count, and scripts without spaces count in full)."""
    return sum(1 for ch in text if unicodedata.category(ch)[0] in "LNM")


def count_words(text: str) -> int:
    """Words of ``text`` for any script: runs of word characters in spaced scripts, and one word
    per character in scripts written without spaces (Chinese, Japanese, Thai...)."""
    n = 0
    for token in _WORD.findall(text):
        unspaced = sum(1 for ch in token if _is_unspaced(ch))
        n += unspaced + (1 if unspaced < len(token) else 0)
    return n


def _is_unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words (CJK, kana, Thai, Lao, Khmer...)."""
    o = ord(ch)
    return (
        0x0E00 <= o <= 0x0EFF  # Thai, Lao
        or 0x1000 <= o <= 0x109F  # Myanmar
        or 0x1780 <= o <= 0x17FF  # Khmer
        or 0x3040 <= o <= 0x30FF  # kana
        or 0x3400 <= o <= 0x9FFF  # CJK ideographs
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FFFF
    )


_CREDIT_RES = [re.compile(p, re.IGNORECASE) for p in lex.CREDIT_PATTERNS]


@functools.lru_cache(maxsize=4096)  # the parse, the ranking and the cleaning ask of the same sentences
def is_credit_line(text: str) -> bool:
    """Credit lines, captions and navigation by shape: never a source of facts or actors.

    Besides credits and links, a run of text with no final punctuation that a caption was glued
    into (two or more clauses run together, longer than a headline) is not trusted as a source.
    """
    if any(r.search(text) for r in _CREDIT_RES):
        return True
    return not _has_end_punct(text) and len(text.split()) > _TITLE_MAX_WORDS


MAX_TEXT_BYTES = 2_000_000


def decode_text(data: bytes) -> str:
    """Bytes of a text or HTML file as str; ``InputError`` for empty, binary or oversized input.

    UTF-8 first (a BOM is dropped), then cp1252; more than 1% control characters or
    replacement characters in the text means binary.
    """
    if not data.strip():
        raise InputError("empty input: no text to brief")
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"input too large: {len(data):,} bytes (limit {MAX_TEXT_BYTES:,})")
    if b"\x00" in data[:8192]:
        raise InputError("binary input: expected text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    bad = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if bad > 0.01 * min(len(text), 8192) or text.count("\ufffd") > 0.01 * len(text):
        raise InputError("binary input: expected text or HTML")
    return text


# Text the cleaning removed, kept for the answerer only (never shown in a briefing): a run of at
# least this many words that the cleaned sentences do not hold, and at most this many per piece.
_REMOVED_MIN_WORDS = 4
_REMOVED_MAX_WORDS = 60
_REMOVED_MAX_PIECES = 40
_REMOVED_MAX_TOKENS = 10_000


def _token_key(token: str) -> str:
    return " ".join(_words(token))


def removed_text(raw: str, kept: Iterable[str], title: str = "") -> tuple[str, ...]:
    """The runs of ``raw`` (the article as given) that the cleaned ``kept`` sentences left out and
    that may carry facts: captions, picture descriptions, glued-on runs. Runs of fewer than four
    words (credits, bylines, labels), lines of page furniture (teasers, menus, notices, links), the
    ``title`` and runs whose content words a kept sentence already holds are not kept. Each run is
    cut into sentences and pieces of at most sixty words; at most forty pieces, in text order."""
    kept = list(kept)
    seen = [_content(_words(s)) for s in kept]
    if title:
        seen.append(_content(_words(title)))
    kept_keys = [k for s in kept for k in map(_token_key, s.split()) if k]
    tokens: list[str] = []
    for line in _split_blocks(unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")):
        if _EMAIL_OR_URL.search(line) or (_is_furniture(line) and not _credit_tail(line)):
            continue  # a caption line ending in its credit is kept, without the credit
        line = _CREDIT_TAIL.sub(" ", _INLINE_CREDIT.sub(" ", _BRACKETED_CREDIT.sub(" ", line)))
        tokens.extend(_MEDIA_TEASER.sub(" ", _INLINE_UI.sub(" ", line)).split())
        tokens.append("\n")  # a line break ends a run
    if len(tokens) > _REMOVED_MAX_TOKENS:  # the diff is quadratic at worst: a very long page keeps none
        return ()
    keys = [_token_key(t) if t != "\n" else "\n" for t in tokens]
    matcher = difflib.SequenceMatcher(None, keys, kept_keys, autojunk=False)
    out: list[str] = []
    for op, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if op not in ("delete", "replace"):
            continue
        for run in " ".join(tokens[i1:i2]).split("\n"):
            for piece in split_sentences(_norm_space(run)):
                words = piece.split()
                for k in range(0, len(words), _REMOVED_MAX_WORDS):
                    part = " ".join(words[k : k + _REMOVED_MAX_WORDS])
                    ws = _words(part)
                    if len(ws) < _REMOVED_MIN_WORDS:
                        continue
                    if _TEASER.match(part) or _TEASER_PREFIX.match(part) or _UI_IMPERATIVE.match(part):
                        continue
                    if len(_content(ws)) < 2 or _is_repeat(ws, seen) or part in out:
                        continue
                    out.append(part)
                    if len(out) >= _REMOVED_MAX_PIECES:
                        return tuple(out)
    return tuple(out)
