"""The one place that knows the BBB server: a shared ``bbbkit.Server``, the shared
``bbbkit.CallbackVerifier`` for what the server sends back, and the HTTP call.

bbbkit never opens a socket; this module does, with the standard library. Swap ``fetch`` and
``send`` for your HTTP client of choice (``requests``, ``httpx``): ``fetch`` only has to return
the body, the ``JSESSIONID`` cookie and, without following it, the ``Location`` of a redirect;
``send`` sends a prepared request (a POST with a body for ``create`` with documents).
"""

from __future__ import annotations

import functools
import urllib.request
from http.client import HTTPMessage
from http.cookies import SimpleCookie
from typing import IO, NamedTuple, Optional

import bbbkit
from django.conf import settings


@functools.lru_cache(maxsize=4)
def _server(url: str, secret: str) -> bbbkit.Server:
    return bbbkit.Server(url, secret)


def server() -> bbbkit.Server:
    """The configured server, created once and shared by every request and thread."""
    return _server(settings.BBB_URL, settings.BBB_SECRET)


@functools.lru_cache(maxsize=4)
def _callback_verifier(secrets: tuple[str, ...]) -> bbbkit.CallbackVerifier:
    return bbbkit.CallbackVerifier(secrets)


def callback_verifier() -> bbbkit.CallbackVerifier:
    """The verifier of what BBB sends back, created once and shared like the server."""
    return _callback_verifier(tuple(settings.BBB_CALLBACK_SECRETS))


class Fetched(NamedTuple):
    body: bytes
    jsessionid: Optional[str]
    location: Optional[str] = None
    """Where the server redirected to, when it answered with a redirect (3xx)."""


class _DontFollow(urllib.request.HTTPRedirectHandler):
    """Hands a redirect back as the response instead of following it.

    BBB answers a failed join with a 302 to ``BASE?errors=<JSON>`` (a logout page), on some
    builds even with ``redirect=false`` (spec §4): following it would read that page instead
    of the error, so the caller reads ``Location`` instead.
    """

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
    ) -> IO[bytes]:
        return fp

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


_OPENER = urllib.request.build_opener(_DontFollow)


def fetch(url: str, timeout: float = 10.0) -> Fetched:
    """GETs a signed API URL without following redirects; returns the body, the JSESSIONID
    cookie, if one was set, and the ``Location`` of a redirect."""
    with _OPENER.open(url, timeout=timeout) as response:  # noqa: S310 - https URL
        body: bytes = response.read()
        status: int = response.status
        location = response.headers.get("Location") if 300 <= status < 400 else None
        cookies: SimpleCookie = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
    morsel = cookies.get("JSESSIONID")
    return Fetched(body, morsel.value if morsel is not None else None, location)


def send(request: bbbkit.PreparedRequest, timeout: float = 10.0) -> bytes:
    """Sends a call that :meth:`bbbkit.Server.create_request` (or another ``*_request``
    method) prepared: its method, its signed URL and, for a POST, its body with its
    ``Content-Type``; returns the answer's body. The body is not signed: send it over HTTPS.

    Raises :class:`OSError` when the server is not reachable (``HTTPError`` for a 4xx/5xx
    answer without a BBB body).
    """
    headers = {"Content-Type": request.content_type} if request.content_type else {}
    http_request = urllib.request.Request(
        request.url, data=request.body, headers=headers, method=request.method
    )
    with _OPENER.open(http_request, timeout=timeout) as response:  # noqa: S310 - https URL
        body: bytes = response.read()
    return body


def get(url: str, timeout: float = 10.0) -> bytes:
    """GETs a signed API URL (``get_meeting_info_url``, ``get_recordings_url``, …); returns the
    answer's body."""
    return fetch(url, timeout).body


def join(url: str) -> tuple[bbbkit.Joined, Optional[str]]:
    """Calls a signed ``join`` URL made with ``redirect=False``: the answer and the JSESSIONID
    to pass on.

    Raises the :class:`bbbkit.ApiError` subclass the server answered with, in XML or as a
    redirect to ``…?errors=[…]``; :class:`bbbkit.ParseError` for anything else (a proxy's
    error page, a redirect without errors); :class:`OSError` when the server is not reachable.
    """
    fetched = fetch(url)
    if fetched.location is not None:
        raise bbbkit.parse_error_redirect(fetched.location)
    return bbbkit.parse_join_response(fetched.body), fetched.jsessionid
