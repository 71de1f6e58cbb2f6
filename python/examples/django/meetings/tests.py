"""The example's views, driven by Django's test client. The HTTP call to BBB is replaced by
recorded server responses from the repository's `tests/fixtures/`."""

from __future__ import annotations

import hashlib
from pathlib import Path
from unittest import mock
from urllib.parse import parse_qsl, urlsplit

from django.contrib.auth.models import User
from django.http.response import HttpResponseBase
from django.test import TestCase, override_settings

from . import bbb

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures"
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
