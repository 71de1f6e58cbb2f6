"""The endpoints BBB calls back. Each verifies the request with ``bbbkit.CallbackVerifier``
before acting on it, and answers a forgery with ``e.http_status`` (401).

- ``recording_ready`` (``/bbb/recording-ready``): the URL given to ``create`` as
  ``meta_bbb-recording-ready-url``. BBB POSTs ``signed_parameters=<JWT>``, once per playback
  format, so it is idempotent on ``record_id``.
- ``webhook`` (``/bbb/webhook``): the ``callbackURL`` registered with bbb-webhooks'
  ``hooks/create``. bbb-webhooks 3.4+ signs the callback URL plus the raw body; the checksum
  comes as the ``checksum`` query parameter.

Both are ``csrf_exempt`` (BBB has no CSRF token; the signature is the protection) and
POST-only.
"""

from __future__ import annotations

import logging

import bbbkit
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import bbb
from .models import Recording

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def recording_ready(request: HttpRequest) -> HttpResponse:
    """202 for a new recording, 200 for a repeated callback, 401 for one that does not verify."""
    try:
        ready = bbb.callback_verifier().recording_ready(request.body)
    except bbbkit.CallbackError as e:
        logger.warning("recording-ready callback refused: %s (%s)", e.code, e)
        return HttpResponse(status=e.http_status)
    _, created = Recording.objects.get_or_create(
        record_id=ready.record_id, defaults={"meeting_id": ready.meeting_id}
    )
    if created:
        logger.info("recording %s of meeting %s is ready", ready.record_id, ready.meeting_id)
        # Fetch it with getRecordings here, or queue a task that does.
    return HttpResponse(status=202 if created else 200)


def _registered_callback_url(checksum: str) -> str:
    """The callback URL as registered, with the request's checksum appended as bbb-webhooks
    appends it."""
    url: str = settings.BBB_WEBHOOK_URL
    return f"{url}{'&' if '?' in url else '?'}checksum={checksum}"


@csrf_exempt
@require_POST
def webhook(request: HttpRequest) -> HttpResponse:
    """200 for an event POST that verifies, 401 for one that does not (401 also stops
    bbb-webhooks' retries; other error statuses make it retry, then delete the hook)."""
    url = _registered_callback_url(request.GET.get("checksum", ""))
    try:
        post = bbb.callback_verifier().webhook(url, request.body)  # the raw body, as sent
    except bbbkit.CallbackError as e:
        logger.warning("webhook refused: %s (%s)", e.code, e)
        return HttpResponse(status=e.http_status)
    for event in post.events:
        # event.raw is the whole event as a dict, for the attributes bbbkit does not lift out.
        logger.info(
            "BBB event %s for meeting %s at %s",
            event.id,
            event.external_meeting_id,
            event.timestamp,
        )
    return HttpResponse(status=200)
