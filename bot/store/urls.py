"""Article identity: canonical URLs (tracking parameters stripped) and content hashes."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a click came from; matched case-insensitively.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "cmpid",
        "cmp",
        "s_cid",
        "ncid",
        "ocid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wt.mc_id",
        "at_medium",
        "at_campaign",
        "smid",
        "sr_share",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The URL an article is known by, so the same article linked two ways is stored once.

    Lower-cases scheme and host, drops the default port, the fragment and tracking parameters
    (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``ref``, ...; see :data:`TRACKING_PARAMS`), and sorts
    the remaining query parameters. Path case, trailing slashes and ``www.`` are kept: sites differ
    on whether they matter. Anything that is not an http(s) URL (a file path) is returned stripped.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query.sort()
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, quote_via=quote), ""))


_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Text as compared for duplicates: case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", text).strip().casefold()


def content_hash(text: str) -> str:
    """SHA-256 (hex) of :func:`normalize_text`; the same article text under another URL hashes the same."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
