"""The example's views, driven by Django's test client. The HTTP call to BBB is replaced by
recorded server responses from the repository's `tests/fixtures/`."""

from __future__ import annotations

import hashlib
from pathlib import Path
from unittest import mock
from urllib.parse import parse_qsl, urlsplit

from django.contrib.auth.models import User
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


class FetchTests(TestCase):
    """`bbb.fetch` against a local HTTP server (loopback only) that answers like BBB."""

    def test_body_and_session_cookie(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        body = fixture("join_success_3.0.xml")

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                self.send_response(200)
                self.send_header("Content-Type", "text/xml;charset=utf-8")
                self.send_header("Set-Cookie", "JSESSIONID=F00D; Path=/; HttpOnly")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            port = httpd.server_address[1]
            fetched = bbb.fetch(f"http://127.0.0.1:{port}/bigbluebutton/api/join?x=1", timeout=5)
        finally:
            httpd.shutdown()
            httpd.server_close()
        self.assertEqual(fetched.body, body)
        self.assertEqual(fetched.jsessionid, "F00D")
