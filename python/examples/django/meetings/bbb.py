"""The one place that knows the BBB server: a shared ``bbbkit.Server`` and the HTTP call.

bbbkit never opens a socket; this module does, with the standard library. Swap ``fetch`` for
your HTTP client of choice (``requests``, ``httpx``): it only has to return the body and the
``JSESSIONID`` cookie.
"""

from __future__ import annotations

import functools
import urllib.request
from http.cookies import SimpleCookie
from typing import NamedTuple, Optional

import bbbkit
from django.conf import settings


@functools.lru_cache(maxsize=4)
def _server(url: str, secret: str) -> bbbkit.Server:
    return bbbkit.Server(url, secret)


def server() -> bbbkit.Server:
    """The configured server, created once and shared by every request and thread."""
    return _server(settings.BBB_URL, settings.BBB_SECRET)


class Fetched(NamedTuple):
    body: bytes
    jsessionid: Optional[str]


def fetch(url: str, timeout: float = 10.0) -> Fetched:
    """GETs a signed API URL; returns the body and the JSESSIONID cookie, if one was set."""
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - https URL
        body: bytes = response.read()
        cookies: SimpleCookie = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
    morsel = cookies.get("JSESSIONID")
    return Fetched(body, morsel.value if morsel is not None else None)
