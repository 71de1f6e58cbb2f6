"""The example's views, driven by Django's test client. The HTTP call to BBB is replaced by
recorded server responses from the repository's `tests/fixtures/`; the callbacks BBB sends are
the worked examples of the repository's spec (bbb-callbacks.md §7)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from unittest import mock
from urllib.parse import parse_qsl, urlsplit

from django.contrib.auth.models import User
from django.http.response import HttpResponseBase
from django.test import TestCase, override_settings

from . import bbb
from .models import Recording

FIXTURES = Path(
    os.environ.get("BBBKIT_FIXTURES", Path(__file__).resolve().parents[4] / "tests" / "fixtures")
)
SECRET = "8cd8ef52e8e101574e400365b55e11a6"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def signed_correctly(url: str) -> bool:
    """Recomputes the checksum with hashlib, independently of bbbkit."""
    parts = urlsplit(url)
    call = parts.path.rsplit("/api/", 1)[1]
    query, checksum = parts.query.rsplit("&checksum=", 1)
    return hashlib.sha256((call + query + SECRET).encode()).hexdigest() == checksum


@override_settings(BBB_URL="https://bbb.example.com/bigbluebutton/", BBB_SECRET=SECRET)
class JoinTests(TestCase):
    def setUp(self) -> None:
        self.user = User.objects.create_user(
            "marie", password="pw", first_name="Marie", last_name="Curie"
        )

    def test_anonymous_users_log_in_first(self) -> None:
        response = self.client.get("/meetings/physics-101/join/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_redirects_to_the_signed_join_url(self) -> None:
        self.client.force_login(self.user)
        response = self.client.get("/meetings/physics-101/join/")
        self.assertEqual(response.status_code, 302)
        location = response["Location"]
        self.assertTrue(location.startswith("https://bbb.example.com/bigbluebutton/api/join?"))
        query = dict(parse_qsl(urlsplit(location).query))
        self.assertEqual(query["meetingID"], "physics-101")
        self.assertEqual(query["fullName"], "Marie Curie")
        self.assertEqual(query["role"], "VIEWER")
        self.assertEqual(query["userID"], str(self.user.pk))
        self.assertNotIn("redirect", query)
        self.assertTrue(signed_correctly(location))

    def test_staff_join_as_moderators(self) -> None:
        self.user.is_staff = True
        self.user.save()
        self.client.force_login(self.user)
        location = self.client.get("/meetings/physics-101/join/")["Location"]
        self.assertEqual(dict(parse_qsl(urlsplit(location).query))["role"], "MODERATOR")


@override_settings(
    BBB_URL="https://bbb.example.com/bigbluebutton/",
    BBB_SECRET=SECRET,
    BBB_COOKIE_DOMAIN=".example.com",
)
class ServerSideJoinTests(TestCase):
    def setUp(self) -> None:
        self.user = User.objects.create_user("ada", password="pw", first_name="Ada")
        self.client.force_login(self.user)

    def get(self, body: bytes, jsessionid: str | None = "0A1B2C") -> mock.MagicMock:
        patcher = mock.patch.object(bbb, "fetch", return_value=bbb.Fetched(body, jsessionid))
        fetch = patcher.start()
        self.addCleanup(patcher.stop)
        self.response = self.client.get("/meetings/physics-101/join-server-side/")
        return fetch

    def test_success_redirects_to_the_client_with_the_session_cookie(self) -> None:
        fetch = self.get(fixture("join_success_3.0.xml"))
        (url,), _ = fetch.call_args
        query = dict(parse_qsl(urlsplit(url).query))
        self.assertEqual(query["redirect"], "false")
        self.assertTrue(signed_correctly(url))
        self.assertEqual(self.response.status_code, 302)
        self.assertEqual(
            self.response["Location"],
            "https://bbb.example.com/html5client/?sessionToken=ljbp2qalayrpgs3p",
        )
        cookie = self.response.cookies["JSESSIONID"]
        self.assertEqual(cookie.value, "0A1B2C")
        self.assertEqual(cookie["domain"], ".example.com")
        self.assertTrue(cookie["secure"])
        self.assertTrue(cookie["httponly"])

    def test_no_cookie_without_a_shared_domain(self) -> None:
        with self.settings(BBB_COOKIE_DOMAIN=None):
            self.get(fixture("join_success_3.0.xml"))
        self.assertEqual(self.response.status_code, 302)
        self.assertNotIn("JSESSIONID", self.response.cookies)

    def test_meeting_not_running_shows_a_message(self) -> None:
        self.get(fixture("error_meeting_forcibly_ended.xml"))
        self.assertEqual(self.response.status_code, 409)
        self.assertContains(self.response, "This meeting is not running", status_code=409)
        self.assertContains(self.response, "meetingForciblyEnded", status_code=409)

    def test_full_meeting_shows_a_message(self) -> None:
        self.get(fixture("error_max_participants.xml"))
        self.assertContains(self.response, "This meeting is full.", status_code=409)

    def test_other_api_errors_show_a_generic_message(self) -> None:
        self.get(fixture("error_checksum.xml"))
        self.assertContains(self.response, "refused the request", status_code=502)
        self.assertContains(self.response, "checksumError", status_code=502)

    def test_a_proxy_error_page_is_not_a_bbb_answer(self) -> None:
        self.get(fixture("proxy_502.html"))
        self.assertContains(self.response, "not reachable", status_code=502)

    def test_network_errors(self) -> None:
        with mock.patch.object(bbb, "fetch", side_effect=OSError("connection refused")):
            response = self.client.get("/meetings/physics-101/join-server-side/")
        self.assertContains(response, "not reachable", status_code=502)


def call_of(url: str) -> str:
    return urlsplit(url).path.rsplit("/api/", 1)[1]


@override_settings(BBB_URL="https://bbb.example.com/bigbluebutton/", BBB_SECRET=SECRET)
class MeetingPageTests(TestCase):
    """The meeting's page: getMeetingInfo and getRecordings, answered with recorded answers."""

    def setUp(self) -> None:
        self.user = User.objects.create_user("ada", password="pw", first_name="Ada")
        self.client.force_login(self.user)

    def show(self, **answers: str) -> HttpResponseBase:
        """GETs the page of meeting cs101, BBB answering each call with the fixture named."""
        self.urls: list[str] = []

        def get(url: str, timeout: float = 10.0) -> bytes:
            self.urls.append(url)
            return fixture(answers[call_of(url)])

        with mock.patch.object(bbb, "get", side_effect=get):
            return self.client.get("/meetings/cs101/")

    def test_running_meeting_and_its_recordings(self) -> None:
        response = self.show(
            getMeetingInfo="get_meeting_info_full.xml", getRecordings="get_recordings_paginated.xml"
        )
        self.assertEqual(response.status_code, 200)
        # get_meeting_info_full.xml: CS 101, two participants, Ada L and Zoë O'Neil.
        self.assertContains(response, "<h1>CS 101</h1>", html=True)
        self.assertContains(response, "Running: 2 participants.")
        self.assertContains(response, "<li>Ada L (moderator)</li>", html=True)
        self.assertContains(response, "<li>Zoë O&#x27;Neil (viewer)</li>", html=True)
        # get_recordings_paginated.xml: the first recording's presentation and video formats.
        self.assertContains(
            response,
            'href="https://bbb.example.com/playback/presentation/2.3/'
            '2f1b0f4c6a7c2e8e59a8c1f0b2a3d4e5f6a79a7c-1718000000000"',
        )
        self.assertContains(response, ">video</a>")
        # What was asked, signed with the secret.
        self.assertEqual([call_of(u) for u in self.urls], ["getMeetingInfo", "getRecordings"])
        self.assertEqual(dict(parse_qsl(urlsplit(self.urls[0]).query))["meetingID"], "cs101")
        query = dict(parse_qsl(urlsplit(self.urls[1]).query))
        self.assertEqual((query["meetingID"], query["state"]), ("cs101", "published"))
        self.assertTrue(all(signed_correctly(u) for u in self.urls))

    def test_meeting_not_running_and_no_recordings(self) -> None:
        response = self.show(
            getMeetingInfo="error_not_found.xml", getRecordings="get_recordings_none.xml"
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Not running.")
        self.assertContains(response, "No recordings yet.")
        self.assertNotContains(response, "Start the meeting")  # not staff

    def test_staff_can_start_it(self) -> None:
        self.user.is_staff = True
        self.user.save()
        response = self.show(
            getMeetingInfo="error_not_found.xml", getRecordings="get_recordings_none.xml"
        )
        self.assertContains(response, 'action="/meetings/cs101/create/"')

    def test_server_errors(self) -> None:
        response = self.show(getMeetingInfo="error_checksum.xml")
        self.assertContains(response, "refused the request", status_code=502)
        self.assertContains(response, "checksumError", status_code=502)
        response = self.show(getMeetingInfo="proxy_502.html")
        self.assertContains(response, "not reachable", status_code=502)


@override_settings(
    BBB_URL="https://bbb.example.com/bigbluebutton/",
    BBB_SECRET=SECRET,
    BBB_PRESENTATION_URL="https://files.example.com/courses/welcome.pdf",
)
class CreateMeetingTests(TestCase):
    """Creating the meeting with its presentation: a POST with an XML body."""

    def setUp(self) -> None:
        self.user = User.objects.create_user("marie", password="pw", is_staff=True)
        self.client.force_login(self.user)

    def create(self, answer: bytes | Exception, meeting_id: str = "physics-101") -> mock.MagicMock:
        effect = answer if isinstance(answer, Exception) else None
        with mock.patch.object(bbb, "send", return_value=answer, side_effect=effect) as send:
            self.response = self.client.post(
                f"/meetings/{meeting_id}/create/", {"name": "Physics 101"}
            )
        return send

    def test_posts_the_document_and_shows_the_meeting(self) -> None:
        send = self.create(fixture("create_success.xml"))
        self.assertEqual(self.response.status_code, 302)
        self.assertEqual(self.response["Location"], "/meetings/physics-101/")
        (request,), _ = send.call_args
        self.assertEqual(request.method, "POST")
        self.assertEqual(request.content_type, "application/xml")
        # The modules body (bbb-api.md §3): the document, current, with the server's defaults
        # for the other flags written out.
        self.assertEqual(
            request.body,
            b'<?xml version="1.0" encoding="UTF-8"?><modules><module name="presentation">'
            b'<document url="https://files.example.com/courses/welcome.pdf" filename="welcome.pdf"'
            b' current="true" downloadable="false" removable="true"/></module></modules>',
        )
        self.assertTrue(request.url.startswith("https://bbb.example.com/bigbluebutton/api/create?"))
        self.assertTrue(signed_correctly(request.url))
        query = parse_qsl(urlsplit(request.url).query)
        self.assertEqual(
            query[:-1],
            [
                ("name", "Physics 101"),
                ("meetingID", "physics-101"),
                ("record", "true"),
                ("meta_bbb-origin", "bbbkit-django-example"),
                ("meta_bbb-recording-ready-url", "http://testserver/bbb/recording-ready"),
            ],
        )

    def test_staff_only_and_post_only(self) -> None:
        self.user.is_staff = False
        self.user.save()
        send = self.create(fixture("create_success.xml"))
        self.assertEqual(self.response.status_code, 403)
        send.assert_not_called()
        self.assertEqual(self.client.get("/meetings/physics-101/create/").status_code, 405)

    def test_refused_before_anything_is_sent(self) -> None:
        send = self.create(fixture("create_success.xml"), meeting_id="p")
        self.assertContains(self.response, "meetingID", status_code=400)
        send.assert_not_called()

    def test_server_errors(self) -> None:
        self.create(fixture("error_id_not_unique.xml"))
        self.assertContains(self.response, "idNotUnique", status_code=502)
        self.create(OSError("connection refused"))
        self.assertContains(self.response, "not reachable", status_code=502)


class SendTests(TestCase):
    """`bbb.send` against a local HTTP server: the method, the body and its Content-Type."""

    def test_posts_the_body(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        received: list[tuple[str, str, str | None, bytes]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                received.append((self.command, self.path, self.headers["Content-Type"], body))
                answer = fixture("create_success.xml")
                self.send_response(200)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: object) -> None:
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
        self.addCleanup(httpd.server_close)
        self.addCleanup(httpd.shutdown)

        import bbbkit

        server = bbbkit.Server(f"http://127.0.0.1:{httpd.server_address[1]}/bigbluebutton/", SECRET)
        request = server.create_request(
            "physics-101", "Physics 101", documents=[bbbkit.Document.content("a.txt", b"Hi")]
        )
        answer = bbb.send(request, timeout=5)
        self.assertEqual(answer, fixture("create_success.xml"))
        ((method, path, content_type, body),) = received
        self.assertEqual((method, content_type, body), ("POST", "application/xml", request.body))
        self.assertTrue(path.startswith("/bigbluebutton/api/create?name=Physics+101&meetingID=physics-101&checksum="))


class FakeBbb:
    """A local HTTP server (loopback only) that answers like BBB: each GET gets the next of
    `answers` (status, headers, body), and `paths` records what was asked for."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.answers: list[tuple[int, dict[str, str], bytes]] = []
        self.paths: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                fake.paths.append(self.path)
                status, headers, body = fake.answers.pop(0) if fake.answers else (404, {}, b"")
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# A guest-denied join as BBB 2.6/3.0 answers it even with redirect=false (spec §4): a 302 to
# BASE?errors=<JSON>, BASE being the default logout URL, a page of the server itself.
GUEST_DENIED_ERRORS = (
    "?errors=[%7B%22message%22:%22You%20have%20been%20denied%20access%20to%20this%20meeting"
    "%20based%20on%20the%20meeting%27s%20guest%20policy%22,%22key%22:%22guestDeniedAccess%22%7D]"
)
LOGOUT_PAGE = b"<!doctype html><html><body>You have left the meeting.</body></html>"


class FetchTests(TestCase):
    """`bbb.fetch` against a local HTTP server that answers like BBB."""

    def serve(self, *answers: tuple[int, dict[str, str], bytes]) -> FakeBbb:
        server = FakeBbb()
        self.addCleanup(server.close)
        server.answers.extend(answers)
        return server

    def test_body_and_session_cookie(self) -> None:
        body = fixture("join_success_3.0.xml")
        bbb_server = self.serve(
            (
                200,
                {
                    "Content-Type": "text/xml;charset=utf-8",
                    "Set-Cookie": "JSESSIONID=F00D; Path=/; HttpOnly",
                },
                body,
            )
        )
        fetched = bbb.fetch(f"{bbb_server.base}/bigbluebutton/api/join?x=1", timeout=5)
        self.assertEqual(fetched.body, body)
        self.assertEqual(fetched.jsessionid, "F00D")
        self.assertIsNone(fetched.location)

    def test_a_redirect_is_returned_not_followed(self) -> None:
        location = "https://bbb.example.com/" + GUEST_DENIED_ERRORS
        bbb_server = self.serve((302, {"Location": location}, b""))
        fetched = bbb.fetch(f"{bbb_server.base}/bigbluebutton/api/join?x=1", timeout=5)
        self.assertEqual(fetched.location, location)
        self.assertEqual(bbb_server.paths, ["/bigbluebutton/api/join?x=1"])


class RedirectedJoinErrorTests(TestCase):
    """The whole server-side join against a local BBB that redirects the error (issue item 5:
    the redirect used to be followed, and the logout page reported as "not reachable")."""

    def setUp(self) -> None:
        self.user = User.objects.create_user("grace", password="pw", first_name="Grace")
        self.client.force_login(self.user)

    def join_against(self, path_and_query: str) -> tuple[FakeBbb, HttpResponseBase]:
        """Joins through a BBB that redirects to `path_and_query` on itself (its logout page)."""
        server = FakeBbb()
        self.addCleanup(server.close)
        server.answers += [
            (302, {"Location": server.base + path_and_query, "Set-Cookie": "JSESSIONID=F00D"}, b""),
            (200, {"Content-Type": "text/html;charset=utf-8"}, LOGOUT_PAGE),
        ]
        with self.settings(BBB_URL=f"{server.base}/bigbluebutton/", BBB_SECRET=SECRET):
            response = self.client.get("/meetings/physics-101/join-server-side/")
        return server, response

    def test_guest_denied_redirect_is_a_guest_denied_error(self) -> None:
        server, response = self.join_against("/" + GUEST_DENIED_ERRORS)
        self.assertContains(response, "A moderator did not let you in.", status_code=409)
        self.assertContains(response, "guestDeniedAccess", status_code=409)
        self.assertNotIn("JSESSIONID", response.cookies)
        self.assertEqual(len(server.paths), 1)
        self.assertTrue(server.paths[0].startswith("/bigbluebutton/api/join?"))

    def test_other_redirected_errors_show_the_generic_message(self) -> None:
        _, response = self.join_against(
            "/?errors=%5B%7B%22key%22%3A%22checksumError%22%2C%22message%22%3A%22x%22%7D%5D"
        )
        self.assertContains(response, "refused the request", status_code=502)
        self.assertContains(response, "checksumError", status_code=502)

    def test_a_redirect_without_errors_is_no_answer(self) -> None:
        _, response = self.join_against("/somewhere-else")
        self.assertContains(response, "not reachable", status_code=502)


# bbb-callbacks.md §7: the example secret of BBB's docs, and what a server signs with it.
SPEC_SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"
RECORDING_READY_TOKEN = (
    "eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0Y2MyNDQyODY5NGU4"
    "YjUzYTRlMTQ0ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0."
    "8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8"
)
RECORD_ID = "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124"
FORM = "application/x-www-form-urlencoded"


@override_settings(BBB_CALLBACK_SECRETS=[SPEC_SECRET])
class RecordingReadyTests(TestCase):
    def post(self, body: bytes | str, content_type: str = FORM) -> HttpResponseBase:
        return self.client.post("/bbb/recording-ready", data=body, content_type=content_type)

    def test_genuine_callback_records_the_recording(self) -> None:
        response = self.post(f"signed_parameters={RECORDING_READY_TOKEN}")
        self.assertEqual(response.status_code, 202)
        recording = Recording.objects.get()
        self.assertEqual((recording.record_id, recording.meeting_id), (RECORD_ID, "test01"))

    def test_one_callback_per_format_is_idempotent(self) -> None:
        # BBB sends the same POST once per playback format (presentation, video, ...).
        body = f"signed_parameters={RECORDING_READY_TOKEN}"
        statuses = [self.post(body).status_code for _ in range(3)]
        self.assertEqual(statuses, [202, 200, 200])
        self.assertEqual(Recording.objects.count(), 1)

    def test_json_body_of_load_balancers(self) -> None:
        body = '{"signed_parameters": "%s"}' % RECORDING_READY_TOKEN
        self.assertEqual(self.post(body, "application/json").status_code, 202)

    def test_forged_callbacks_get_401(self) -> None:
        forged = [
            f"signed_parameters={RECORDING_READY_TOKEN.replace('8vrk', '8vrl')}",  # signature
            f"signed_parameters={RECORDING_READY_TOKEN.replace('dGVzdDAx', 'dGVzdDAy')}",  # claims
            "signed_parameters=eyJhbGciOiJub25lIn0.eyJyZWNvcmRfaWQiOiJ4IiwibWVldGluZ19pZCI6InkifQ.",
            "",
        ]
        with self.assertLogs("meetings.callbacks", "WARNING") as logs:
            for body in forged:
                self.assertEqual(self.post(body).status_code, 401, body)
        self.assertEqual(Recording.objects.count(), 0)
        self.assertIn("callback_signature", logs.output[0])
        self.assertNotIn(SPEC_SECRET, "\n".join(logs.output))

    def test_another_secret_is_a_forgery(self) -> None:
        with self.settings(BBB_CALLBACK_SECRETS=["another-secret"]), self.assertLogs(
            "meetings.callbacks", "WARNING"
        ):
            response = self.post(f"signed_parameters={RECORDING_READY_TOKEN}")
        self.assertEqual(response.status_code, 401)

    def test_secret_rotation(self) -> None:
        with self.settings(BBB_CALLBACK_SECRETS=["the-new-secret", SPEC_SECRET]):
            response = self.post(f"signed_parameters={RECORDING_READY_TOKEN}")
        self.assertEqual(response.status_code, 202)

    def test_only_post(self) -> None:
        self.assertEqual(self.client.get("/bbb/recording-ready").status_code, 405)


WEBHOOK_BODY = (
    "domain=bbb.example.com&event=%5B%7B%22data%22%3A%7B%22type%22%3A%22event%22%2C%22id%22%3A"
    "%22meeting-ended%22%2C%22attributes%22%3A%7B%22meeting%22%3A%7B%22internal-meeting-id%22%3A"
    "%228043c8452ae9830aac14c517adff3839dbd9228f-1698771157700%22%2C%22external-meeting-id%22%3A"
    "%22random-9019868%22%7D%7D%2C%22event%22%3A%7B%22ts%22%3A1708381155717%7D%7D%7D%5D"
    "&timestamp=1708381155720"
)


@override_settings(
    BBB_CALLBACK_SECRETS=[SPEC_SECRET], BBB_WEBHOOK_URL="https://app.example.com/bbb/webhook"
)
class WebhookTests(TestCase):
    def post(self, checksum: str | None, body: str = WEBHOOK_BODY) -> HttpResponseBase:
        # The test client's host (testserver) is not the registered URL's: the view uses the
        # URL from the settings, as it must behind a proxy.
        path = "/bbb/webhook" if checksum is None else f"/bbb/webhook?checksum={checksum}"
        return self.client.post(path, data=body, content_type=FORM)

    def test_genuine_event_post(self) -> None:
        for checksum in (
            "a0b4421819f70615cf414fadc3df8ced3861b145",  # bbb-webhooks 3.4+, sha1
            "6e7d93431984e60fe5eaf0a3c5ac1942876cb298199cd72dc9c8d5bb10b07ae6",  # sha256
        ):
            with self.assertLogs("meetings.callbacks", "INFO") as logs:
                self.assertEqual(self.post(checksum).status_code, 200)
            self.assertEqual(
                logs.output,
                ["INFO:meetings.callbacks:BBB event meeting-ended for meeting random-9019868 "
                 "at 1708381155717"],
            )

    def test_forged_event_posts_get_401(self) -> None:
        genuine = "a0b4421819f70615cf414fadc3df8ced3861b145"
        cases = [
            (genuine, WEBHOOK_BODY.replace("random-9019868", "random-9019869")),  # tampered
            ("0" * 40, WEBHOOK_BODY),  # wrong checksum
            (None, WEBHOOK_BODY),  # no checksum
            # bbb-webhooks 3.0-3.3's constant checksum: the same for every body, replayable.
            ("616c50847930b35b4cceafc2484db5d3c72508b0", WEBHOOK_BODY),
        ]
        with self.assertLogs("meetings.callbacks", "WARNING") as logs:
            for checksum, body in cases:
                self.assertEqual(self.post(checksum, body).status_code, 401, (checksum, body[:40]))
        codes = [line.split("refused: ")[1].split(" ")[0] for line in logs.output]
        self.assertEqual(
            codes,
            ["callback_signature", "callback_signature", "callback_missing",
             "callback_replayable_checksum"],
        )

    def test_a_hook_registered_elsewhere_does_not_verify(self) -> None:
        other = "https://other.example.com/bbb/webhook"
        with self.settings(BBB_WEBHOOK_URL=other), self.assertLogs("meetings.callbacks", "WARNING"):
            response = self.post("a0b4421819f70615cf414fadc3df8ced3861b145")
        self.assertEqual(response.status_code, 401)
