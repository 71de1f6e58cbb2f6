"""The meeting's pages.

- ``meeting``: the meeting's page: its state and who is in it (``getMeetingInfo``) and its
  published recordings (``getRecordings``).
- ``create_meeting``: staff create the meeting, with the course's presentation pre-uploaded:
  ``create`` with a document is a POST with an XML body (``Server.create_request``).
- Two ways to send the logged-in user into a meeting:
  - ``join``: the usual one. Build the signed join URL and redirect the browser to it.
  - ``join_server_side``: ask BBB first (``redirect=False``), read its answer (XML, or a
    redirect carrying the errors), and either redirect to the client URL or show the user what
    went wrong.
"""

from __future__ import annotations

from typing import Union

import bbbkit
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from . import bbb

User = Union[AbstractBaseUser, AnonymousUser]


def _identity(user: User) -> tuple[str, bbbkit.Role, str]:
    """Display name, role and user ID for BBB."""
    full_name = getattr(user, "get_full_name", lambda: "")() or user.get_username()
    role = bbbkit.Role.MODERATOR if getattr(user, "is_staff", False) else bbbkit.Role.VIEWER
    return full_name, role, str(user.pk)


def _unreachable(request: HttpRequest, title: str) -> HttpResponse:
    return render(
        request,
        "meetings/error.html",
        {"title": title, "message": "The conference server is not reachable.", "key": ""},
        status=502,
    )


@login_required
def meeting(request: HttpRequest, meeting_id: str) -> HttpResponse:
    """The meeting's page: whether it runs, who is in it, and its published recordings."""
    server = bbb.server()
    try:
        try:
            info: bbbkit.MeetingInfo | None = bbbkit.parse_meeting_info(
                bbb.get(server.get_meeting_info_url(meeting_id))
            )
        except bbbkit.MeetingNotFound:  # not created, or ended: not running
            info = None
        recordings = bbbkit.parse_recordings(
            bbb.get(
                server.get_recordings_url(
                    meeting_id=meeting_id, state=bbbkit.RecordingState.PUBLISHED
                )
            )
        )
    except bbbkit.ApiError as e:
        return render(
            request,
            "meetings/error.html",
            {
                "title": "Could not read the meeting",
                "message": "The conference server refused the request.",
                "key": e.message_key,
            },
            status=502,
        )
    except (bbbkit.ParseError, OSError):
        return _unreachable(request, "Could not read the meeting")
    return render(
        request,
        "meetings/meeting.html",
        {"meeting_id": meeting_id, "info": info, "recordings": recordings.recordings},
    )


@login_required
@require_POST
def create_meeting(request: HttpRequest, meeting_id: str) -> HttpResponse:
    """Creates the meeting (staff only), recorded, with the course's presentation pre-uploaded,
    then shows its page. Creating a meeting that runs already is harmless: BBB answers with
    the running one."""
    if not getattr(request.user, "is_staff", False):
        return HttpResponseForbidden("Only staff create meetings.")
    try:
        prepared = bbb.server().create_request(
            meeting_id,
            request.POST.get("name") or meeting_id,
            record=True,
            meta={
                "bbb-origin": "bbbkit-django-example",
                "bbb-recording-ready-url": request.build_absolute_uri(
                    reverse("bbb_recording_ready")
                ),
            },
            documents=[
                bbbkit.Document.url(
                    settings.BBB_PRESENTATION_URL, filename="welcome.pdf", current=True
                )
            ],
        )
    except bbbkit.InvalidParameter as e:  # a meeting ID or name BBB would refuse
        return render(
            request,
            "meetings/error.html",
            {"title": "Could not create the meeting", "message": str(e), "key": e.parameter},
            status=400,
        )
    try:
        # A POST with the documents in an XML body (not covered by the checksum).
        bbbkit.parse_create_response(bbb.send(prepared))
    except bbbkit.ApiError as e:
        return render(
            request,
            "meetings/error.html",
            {
                "title": "Could not create the meeting",
                "message": "The conference server refused the request.",
                "key": e.message_key,
            },
            status=502,
        )
    except (bbbkit.ParseError, OSError):
        return _unreachable(request, "Could not create the meeting")
    return redirect("meetings:meeting", meeting_id=meeting_id)


@login_required
def join(request: HttpRequest, meeting_id: str) -> HttpResponse:
    """Redirects the logged-in user to the meeting."""
    full_name, role, user_id = _identity(request.user)
    url = bbb.server().join_url(meeting_id, full_name, role, user_id=user_id)
    return redirect(url)


# What the user reads for the failures an application handles; anything else is generic.
MESSAGES = [
    (bbbkit.MeetingEnded, "This meeting is not running. Ask a moderator to start it."),
    (bbbkit.MeetingNotFound, "This meeting does not exist."),
    (bbbkit.MaxParticipantsReached, "This meeting is full."),
    (bbbkit.GuestDenied, "A moderator did not let you in."),
    (bbbkit.CreateTimeMismatch, "The meeting was restarted. Please try again."),
]


@login_required
def join_server_side(request: HttpRequest, meeting_id: str) -> HttpResponse:
    """Joins through BBB's XML answer, passing BBB's session cookie on to the browser."""
    full_name, role, user_id = _identity(request.user)
    url = bbb.server().join_url(meeting_id, full_name, role, user_id=user_id, redirect=False)
    try:
        joined, jsessionid = bbb.join(url)
    except bbbkit.ApiError as e:  # in XML, or as a redirect to ...?errors=[...]
        message = next((m for cls, m in MESSAGES if isinstance(e, cls)), None)
        return render(
            request,
            "meetings/error.html",
            {"message": message or "The conference server refused the request.", "key": e.message_key},
            status=409 if message else 502,
        )
    except (bbbkit.ParseError, OSError):
        return render(
            request,
            "meetings/error.html",
            {"message": "The conference server is not reachable.", "key": ""},
            status=502,
        )

    response = HttpResponseRedirect(joined.url)
    # The client URL only works with the session BBB opened for this join (spec §4).
    if jsessionid and settings.BBB_COOKIE_DOMAIN:
        response.set_cookie(
            "JSESSIONID",
            jsessionid,
            domain=settings.BBB_COOKIE_DOMAIN,
            path="/",
            secure=True,
            httponly=True,
            samesite="Lax",
        )
    return response
