#!/usr/bin/env python3
"""Writes the bbbkit test vectors in this folder.

Expected URLs and checksums are computed here with Python's own tools (hashlib, urllib.parse)
and an encoder written from the rule in design.md, independently of the Rust code. Expected
errors, normalised base URLs and parsed fields are written by hand from the spec.

    python3 tests/vectors/generate.py          # rewrite the JSON files
    python3 tests/vectors/generate.py --check  # fail if a committed file differs
"""
import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import parse_qsl

HERE = Path(__file__).resolve().parent
BASE = "https://bbb.example.com/bigbluebutton/api/"
SECRET = "8cd8ef52e8e101574e400365b55e11a6"
RAW = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._")
HASH = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}
LAYOUTS = ["UNIFIED_LAYOUT", "CUSTOM_LAYOUT", "SMART_LAYOUT", "PRESENTATION_FOCUS", "VIDEO_FOCUS",
           "CAMERAS_ONLY", "PARTICIPANTS_AND_CHAT_ONLY", "PRESENTATION_ONLY", "MEDIA_ONLY"]


def enc(s: str) -> str:
    """application/x-www-form-urlencoded, space as '+', only A-Z a-z 0-9 - . _ raw."""
    out = []
    for b in s.encode("utf-8"):
        if b == 0x20:
            out.append("+")
        elif b in RAW:
            out.append(chr(b))
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def cs(call, query, secret, alg):
    return HASH[alg]((call + query + secret).encode("utf-8")).hexdigest()


def layout(v):
    v = v.strip().upper().replace("-", "_").replace(" ", "_")
    return "PARTICIPANTS_AND_CHAT_ONLY" if v == "PARTICIPANTS_CHAT_ONLY" else v


def b(v):
    return "true" if v else "false"


# The core's declarations (core/tests/declarations.rs writes them): the join parameters in
# their emission order, which flags are sent only when true, every call's parameters and every
# answer type's fields. Only names, order and flags come from there; every expected URL,
# checksum and value below is computed or written here.
DECLARATIONS = json.loads((HERE.parent / "declarations.json").read_text(encoding="utf-8"))
JOIN_PARAMETERS = next(c["parameters"] for c in DECLARATIONS["calls"] if c["call"] == "join")
# How a join parameter of each declared type is written.
FORMAT = {"text": str, "url": str, "integer": str, "role": lambda v: v.upper(), "boolean": b,
          "layout": layout}
# The `userdata-` prefix row (type "meta") is the request's "userdata" pairs, written last.
ORDER = [(p["name"], None if p["only_when_true"] else FORMAT[p["type"]])
         for p in JOIN_PARAMETERS if p["type"] != "meta"]
FLAGS_SENT_ONLY_WHEN_TRUE = {p["name"] for p in JOIN_PARAMETERS if p["only_when_true"]}


def join_query(req):
    pairs = []
    for name, fmt in ORDER:
        if name not in req:
            continue
        v = req[name]
        if name in FLAGS_SENT_ONLY_WHEN_TRUE:
            if v:
                pairs.append((name, "true"))
            continue
        pairs.append((name, fmt(v)))
    for k, v in req.get("userdata", []):
        pairs.append(("userdata-" + k, v))
    for k, v in req.get("extra", []):
        pairs.append((k, v))
    return "&".join(enc(k) + "=" + enc(v) for k, v in pairs)


def signed_url(base, call, query, secret, alg):
    c = cs(call, query, secret.strip(), alg)
    return f"{base}{call}?{query}&checksum={c}" if query else f"{base}{call}?checksum={c}"


def err(kind, **kw):
    return dict(kind=kind, **kw)


# What each message key means for an application (the exception class every front end picks).
API_KINDS = {
    "checksumError": "checksum_error",
    "meetingForciblyEnded": "meeting_ended",
    "invalidMeetingIdentifier": "meeting_not_found", "notFound": "meeting_not_found",
    "maxParticipantsReached": "max_participants_reached",
    "guestDeniedAccess": "guest_denied",
    "mismatchCreateTimeParam": "create_time_mismatch",
    "userNotFound": "user_not_found",
    "idNotUnique": "meeting_id_not_unique",
    "apiNotEnabled": "api_not_enabled",
    "missingParamMeetingID": "invalid_request", "missingParamFullName": "invalid_request",
    "sizeError": "invalid_request", "validationError": "invalid_request", "invalidPassword": "invalid_request",
    "Params required": "invalid_request", "unsupportedContentType": "invalid_request",
    # The answers' keys (bbb-api.md §9–§14).
    "missingParamRecordID": "invalid_request", "missingParamPublish": "invalid_request",
    "paramError": "invalid_request", "invalidKind": "invalid_request", "invalidLang": "invalid_request",
    "empty_uploaded_text_track": "invalid_request", "meetingNotFound": "meeting_not_found",
    "missingParamCallbackURL": "invalid_request", "missingParamHookID": "invalid_request",
    "noRecordings": "recording_not_found",
}


def inv(parameter, rule):
    return err("invalid_parameter", parameter=parameter, rule=rule)


# ---------------------------------------------------------------- checksum.json
def checksum_cases():
    kat_q = "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444"
    kat_s = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"
    spec = {  # the spec's known-answer vectors, copied from bbb-protocol.md §1
        "sha1": "1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17",
        "sha256": "da9185f7f333cfdfcd6eeac32dca3777510c4c436020d8b887ba5515bd1d189e",
        "sha384": "891ac633df39d0a1b4f8d597f3e190833216c4b29c4fb51ea3ca72757eeb958d6e7b49a845cf29f5c6019c7d29d029d1",
        "sha512": "de73ad61d11a5c801b68d4bd6ec5248546085cefb0b25c85f3c46249ea93a3a4b120f92c0a8a58d7512cb77821884951a3b01245f3435dbbef49fff3cc3988b4",
    }
    cases = []
    for alg, want in spec.items():
        assert cs("create", kat_q, kat_s, alg) == want, alg
        cases.append(dict(name=f"spec_create_{alg}", call="create", query=kat_q, secret=kat_s,
                          algorithm=alg, checksum=want))
    assert cs("getMeetings", "", "AFFE", "sha1") == "e0a2f45a343479c590e64a9bdd673331adff2a75"
    cases.append(dict(name="spec_get_meetings_empty_query_sha1", call="getMeetings", query="",
                      secret="AFFE", algorithm="sha1", checksum="e0a2f45a343479c590e64a9bdd673331adff2a75"))
    for alg in HASH:
        q = "meetingID=caf%C3%A9&fullName=Zo%C3%AB+O%27Neil"
        cases.append(dict(name=f"utf8_query_{alg}", call="join", query=q, secret=SECRET, algorithm=alg,
                          checksum=cs("join", q, SECRET, alg)))
        q = "callbackURL=https%3A%2F%2Fapp.example.com%2Fhooks"
        cases.append(dict(name=f"hooks_create_{alg}", call="hooks/create", query=q, secret=SECRET,
                          algorithm=alg, checksum=cs("hooks/create", q, SECRET, alg)))
    cases.append(dict(name="unicode_secret", call="end", query="meetingID=x1", secret="gehéim✓",
                      algorithm="sha256", checksum=cs("end", "meetingID=x1", "gehéim✓", "sha256")))
    return cases


# ---------------------------------------------------------------- server.json
def server_cases():
    ok = [
        ("bare_host", "bbb.example.com", BASE),
        ("https_host", "https://bbb.example.com", BASE),
        ("https_host_slash", "https://bbb.example.com/", BASE),
        ("bigbluebutton", "https://bbb.example.com/bigbluebutton", BASE),
        ("bigbluebutton_slash", "https://bbb.example.com/bigbluebutton/", BASE),
        ("api", "https://bbb.example.com/bigbluebutton/api", BASE),
        ("api_slash", "https://bbb.example.com/bigbluebutton/api/", BASE),
        ("api_many_slashes", "https://bbb.example.com/bigbluebutton/api//", BASE),
        ("surrounding_whitespace", "  https://bbb.example.com/bigbluebutton/api/ \n", BASE),
        ("http_kept", "http://localhost:8090/bigbluebutton/api", "http://localhost:8090/bigbluebutton/api/"),
        ("port", "https://bbb.example.com:8443", "https://bbb.example.com:8443/bigbluebutton/api/"),
        ("uppercase_host", "https://BBB.Example.COM/bigbluebutton/api/", BASE),
        ("scalelite_prefix", "https://lb.example.com/scalelite/bigbluebutton/api/",
         "https://lb.example.com/scalelite/bigbluebutton/api/"),
        ("scalelite_prefix_no_slash", "https://lb.example.com/scalelite/bigbluebutton/api",
         "https://lb.example.com/scalelite/bigbluebutton/api/"),
        ("short_api_prefix", "https://bbb.example.com/b/api", "https://bbb.example.com/b/api/"),
        ("custom_prefix_without_api", "https://lb.example.com/scalelite",
         "https://lb.example.com/scalelite/bigbluebutton/api/"),
        ("bare_host_with_port_and_path", "bbb.example.com:8080/bigbluebutton",
         "https://bbb.example.com:8080/bigbluebutton/api/"),
        ("idn_host", "https://bbb.bücher.example/bigbluebutton/api/",
         "https://bbb.xn--bcher-kva.example/bigbluebutton/api/"),
    ]
    cases = [dict(name=n, url=u, secret=SECRET, base_url=want) for n, u, want in ok]
    cases.append(dict(name="secret_trimmed", url=BASE, secret="  " + SECRET + "\n", base_url=BASE))
    bad = [
        ("empty_url", "", SECRET, inv("url", "required")),
        ("blank_url", "   ", SECRET, inv("url", "required")),
        ("ftp_scheme", "ftp://bbb.example.com/bigbluebutton/api/", SECRET, inv("url", "http_url")),
        ("javascript_scheme", "javascript://bbb.example.com/%0aalert(1)", SECRET, inv("url", "http_url")),
        ("no_host", "https:///bigbluebutton/api/", SECRET, inv("url", "http_url")),
        ("credentials", "https://admin:pw@bbb.example.com/bigbluebutton/api/", SECRET, inv("url", "no_credentials")),
        ("user_name_only", "https://admin@bbb.example.com/bigbluebutton/api/", SECRET, inv("url", "no_credentials")),
        ("query", "https://bbb.example.com/bigbluebutton/api/?x=1", SECRET, inv("url", "base_url")),
        ("fragment", "https://bbb.example.com/bigbluebutton/api/#top", SECRET, inv("url", "base_url")),
        ("names_the_join_call", "https://bbb.example.com/bigbluebutton/api/join", SECRET, inv("url", "base_url")),
        ("names_a_call_with_slash", "https://bbb.example.com/bigbluebutton/api/create/", SECRET, inv("url", "base_url")),
        ("api_upper_case", "https://bbb.example.com/bigbluebutton/API", SECRET, inv("url", "base_url")),
        ("api_upper_case_slash", "https://bbb.example.com/bigbluebutton/Api/", SECRET, inv("url", "base_url")),
        ("control_character", "https://bbb.example.com/big\x00bluebutton/api/", SECRET, inv("url", "control_character")),
        ("empty_secret", BASE, "", inv("secret", "required")),
        ("blank_secret", BASE, " \t ", inv("secret", "required")),
        ("secret_control_character", BASE, "abc\x01def", inv("secret", "control_character")),
    ]
    cases += [dict(name=n, url=u, secret=s, error=e) for n, u, s, e in bad]
    return cases


# ---------------------------------------------------------------- join.json
def server(alg="sha256", url=BASE, secret=SECRET):
    return dict(url=url, secret=secret, algorithm=alg)


def join_cases():
    ok = []

    def add(name, req, srv=None, effective_auth=None):
        ok.append((name, srv or server(), req, effective_auth))

    add("minimal_viewer", {"meetingID": "replace-with-meeting-id", "fullName": "John Doe", "role": "VIEWER"})
    add("moderator_with_create_time", {"meetingID": "physics-101", "fullName": "Marie Curie",
                                       "role": "MODERATOR", "createTime": 1715261728123, "userID": "u-17"})
    add("role_lowercase", {"meetingID": "physics-101", "fullName": "Ada", "role": "moderator"})
    add("unicode_and_reserved_characters", {
        "meetingID": "café-101 ~ (A+B)*", "fullName": "Zoë O'Neil-Ñúñez & 王小明 🎓",
        "role": "VIEWER", "userID": "a=b&c=d#e?f/g;h", "firstName": "Zoë", "lastName": "O'Neil",
    })
    add("characters_browsers_reencode", {"meetingID": "quote's!(x)*~", "fullName": "It's \"me\" <b>",
                                         "role": "VIEWER"})
    add("percent_and_plus_in_values", {"meetingID": "100%+1", "fullName": "a+b %20 c", "role": "VIEWER"})
    add("every_parameter", {
        "meetingID": "every-param", "fullName": "Every Param", "role": "MODERATOR", "password": "mp-9a2e",
        "createTime": 1715261728123, "userID": "u-1", "firstName": "Every", "lastName": "Param",
        "avatarURL": "https://cdn.example.com/a/u-1.png?size=64&fmt=png",
        "webcamBackgroundURL": "https://cdn.example.com/bg/office.jpg",
        "redirect": False, "errorRedirectUrl": "https://lms.example.com/bbb/error",
        "logoutURL": "https://lms.example.com/course/view.php?id=7#section-2",
        "guest": True, "auth": True, "bot": True, "excludeFromDashboard": True,
        "enforceLayout": "VIDEO_FOCUS", "defaultLayout": "SMART_LAYOUT",
        "existingUserID": "w_euxnssffnsjl", "sessionName": "Second tab", "replaceSessionToken": "ljbp2qalayrpgs3p",
        "userdata": [["bbb_show_participants_on_login", "false"], ["bbb_custom_style", ":root{--c:#f00}"]],
        "extra": [["clientURL", "https://bbb.example.com/html5client/"]],
    }, effective_auth=True)
    add("guest_true_auth_unset", {"meetingID": "room-1", "fullName": "Visitor", "role": "VIEWER", "guest": True},
        effective_auth=False)
    add("guest_false_is_never_sent", {"meetingID": "room-1", "fullName": "Member", "role": "VIEWER", "guest": False},
        effective_auth=True)
    add("guest_true_auth_true", {"meetingID": "room-1", "fullName": "Known guest", "role": "VIEWER",
                                 "guest": True, "auth": True}, effective_auth=True)
    add("auth_false_without_guest", {"meetingID": "room-1", "fullName": "Anon", "role": "VIEWER", "auth": False},
        effective_auth=False)
    add("flags_false_are_not_sent", {"meetingID": "room-1", "fullName": "Plain", "role": "VIEWER",
                                     "bot": False, "excludeFromDashboard": False}, effective_auth=True)
    add("full_name_padded_sent_as_given", {"meetingID": " ab ", "fullName": " Ada ", "role": "VIEWER"})
    add("redirect_false", {"meetingID": "room-1", "fullName": "Server side", "role": "VIEWER", "redirect": False})
    add("redirect_true", {"meetingID": "room-1", "fullName": "Explicit", "role": "VIEWER", "redirect": True})
    add("password_only_pre_3_0", {"meetingID": "room-1", "fullName": "Old server", "password": "ap-6f1c"})
    add("role_and_password", {"meetingID": "room-1", "fullName": "Both", "role": "VIEWER", "password": "ap-6f1c"})
    add("layout_docs_misspelling_corrected", {"meetingID": "room-1", "fullName": "L", "role": "VIEWER",
                                              "enforceLayout": "PARTICIPANTS_CHAT_ONLY"})
    add("layout_lowercase", {"meetingID": "room-1", "fullName": "L", "role": "VIEWER",
                             "enforceLayout": "cameras_only", "defaultLayout": "presentation_focus"})
    for l in LAYOUTS:
        add("layout_" + l.lower(), {"meetingID": "room-1", "fullName": "L", "role": "VIEWER", "enforceLayout": l})
    add("userdata_unicode_and_empty_value", {"meetingID": "room-1", "fullName": "U", "role": "VIEWER",
                                             "userdata": [["bbb_override_default_locale", "pt-BR"],
                                                          ["note", "héllo wörld & more"], ["empty", ""]]})
    add("extra_parameters_in_order", {"meetingID": "room-1", "fullName": "X", "role": "VIEWER",
                                      "extra": [["zeta", "1"], ["alpha", "two words"]]})
    # Found by fuzzing (join_build): the 9th byte of the name falls inside "é".
    add("extra_name_multibyte_at_the_userdata_prefix_boundary",
        {"meetingID": "room-1", "fullName": "X", "role": "VIEWER", "extra": [["userdataé", "1"]]})
    add("rejoin", {"meetingID": "room-1", "fullName": "Rejoin", "role": "VIEWER", "existingUserID": "w_abc",
                   "sessionName": "Tab 2", "replaceSessionToken": "tok123"})
    add("meeting_id_two_characters", {"meetingID": "ab", "fullName": "Edge", "role": "VIEWER"})
    add("meeting_id_256_characters", {"meetingID": "m" * 256, "fullName": "Edge", "role": "VIEWER"})
    add("meeting_id_128_emoji_is_256_utf16_units", {"meetingID": "🎓" * 128, "fullName": "Edge", "role": "VIEWER"})
    add("password_64_characters", {"meetingID": "room-1", "fullName": "Edge", "password": "p" * 64})
    add("create_time_beyond_2_pow_53", {"meetingID": "room-1", "fullName": "Big", "role": "VIEWER",
                                        "createTime": 9007199254740993})
    for alg in ["sha1", "sha384", "sha512"]:
        add("algorithm_" + alg, {"meetingID": "room-1", "fullName": "Alg", "role": "VIEWER"}, server(alg))
    add("overlong_full_name_10000_characters", {"meetingID": "room-1", "fullName": "Ünïcödé " * 1250, "role": "VIEWER"})
    add("custom_prefix_server", {"meetingID": "room-1", "fullName": "LB", "role": "VIEWER"},
        server(url="https://lb.example.com/scalelite/bigbluebutton/api/"))
    add("secret_with_whitespace_is_trimmed", {"meetingID": "room-1", "fullName": "Trim", "role": "VIEWER"},
        server(secret="  " + SECRET + " \n"))

    cases = []
    for name, srv, req, eff in ok:
        base = srv["url"]
        url = signed_url(base, "join", join_query(req), srv["secret"], srv["algorithm"])
        if eff is None:
            eff = req.get("auth", not req.get("guest", False))
        cases.append(dict(name=name, server=srv, request=req, url=url, effective_auth=eff))

    V = {"fullName": "Ada", "role": "VIEWER"}
    bad = [
        ("meeting_id_empty", {"meetingID": "", **V}, inv("meetingID", "required")),
        ("meeting_id_one_character", {"meetingID": "a", **V}, inv("meetingID", "length")),
        ("meeting_id_257_characters", {"meetingID": "m" * 257, **V}, inv("meetingID", "length")),
        ("meeting_id_129_emoji_is_258_utf16_units", {"meetingID": "🎓" * 129, **V}, inv("meetingID", "length")),
        ("meeting_id_comma", {"meetingID": "a,b", **V}, inv("meetingID", "no_comma")),
        ("meeting_id_newline", {"meetingID": "ab\ncd", **V}, inv("meetingID", "control_character")),
        ("full_name_empty", {"meetingID": "room-1", "fullName": "", "role": "VIEWER"}, inv("fullName", "required")),
        ("full_name_tab", {"meetingID": "room-1", "fullName": "A\tB", "role": "VIEWER"}, inv("fullName", "control_character")),
        ("full_name_c1_control", {"meetingID": "room-1", "fullName": "A\u0085B", "role": "VIEWER"},
         inv("fullName", "control_character")),
        ("full_name_nul", {"meetingID": "room-1", "fullName": "A\u0000B", "role": "VIEWER"},
         inv("fullName", "control_character")),
        ("no_role_no_password", {"meetingID": "room-1", "fullName": "Ada"}, inv("role", "role_or_password")),
        ("role_unknown", {"meetingID": "room-1", "fullName": "Ada", "role": "ADMIN"}, inv("role", "one_of")),
        ("password_one_character", {"meetingID": "room-1", "fullName": "Ada", "password": "p"}, inv("password", "length")),
        ("password_65_characters", {"meetingID": "room-1", "fullName": "Ada", "password": "p" * 65}, inv("password", "length")),
        ("create_time_zero", {"meetingID": "room-1", **V, "createTime": 0}, inv("createTime", "positive")),
        ("create_time_negative", {"meetingID": "room-1", **V, "createTime": -1715261728123}, inv("createTime", "positive")),
        ("user_id_empty", {"meetingID": "room-1", **V, "userID": ""}, inv("userID", "empty")),
        # The server trims every value before validating it (bbb-api.md §1.3): the rules apply
        # to the trimmed value.
        ("full_name_spaces_only", {"meetingID": "room-1", "fullName": "   ", "role": "VIEWER"}, inv("fullName", "required")),
        ("meeting_id_spaces_only", {"meetingID": "  ", **V}, inv("meetingID", "required")),
        ("meeting_id_one_character_after_trim", {"meetingID": " a", **V}, inv("meetingID", "length")),
        ("password_one_character_after_trim", {"meetingID": "room-1", "fullName": "Ada", "password": " x"},
         inv("password", "length")),
        ("user_id_spaces_only", {"meetingID": "room-1", **V, "userID": "  "}, inv("userID", "empty")),
        ("session_name_spaces_only", {"meetingID": "room-1", **V, "existingUserID": "u1", "sessionName": " "},
         inv("sessionName", "empty")),
        ("first_name_control", {"meetingID": "room-1", **V, "firstName": "A\rB"}, inv("firstName", "control_character")),
        ("avatar_url_javascript", {"meetingID": "room-1", **V, "avatarURL": "javascript:alert(1)"}, inv("avatarURL", "http_url")),
        ("avatar_url_relative", {"meetingID": "room-1", **V, "avatarURL": "/img/a.png"}, inv("avatarURL", "http_url")),
        ("webcam_background_url_ftp", {"meetingID": "room-1", **V, "webcamBackgroundURL": "ftp://files.example.com/bg.jpg"},
         inv("webcamBackgroundURL", "http_url")),
        ("webcam_background_url_leading_space", {"meetingID": "room-1", **V, "webcamBackgroundURL": " https://x.example/bg.jpg"},
         inv("webcamBackgroundURL", "http_url")),
        ("error_redirect_url_empty", {"meetingID": "room-1", **V, "errorRedirectUrl": ""}, inv("errorRedirectUrl", "empty")),
        ("logout_url_credentials", {"meetingID": "room-1", **V, "logoutURL": "https://user:pw@lms.example.com/"},
         inv("logoutURL", "no_credentials")),
        ("logout_url_user_name_only", {"meetingID": "room-1", **V, "logoutURL": "https://user@lms.example.com/"},
         inv("logoutURL", "no_credentials")),
        ("full_name_bell_only", {"meetingID": "room-1", "fullName": "\u0007", "role": "VIEWER"}, inv("fullName", "control_character")),
        ("full_name_delete_only", {"meetingID": "room-1", "fullName": "\u007f", "role": "VIEWER"}, inv("fullName", "control_character")),
        ("logout_url_data_scheme", {"meetingID": "room-1", **V, "logoutURL": "data:text/html,<script>x</script>"},
         inv("logoutURL", "http_url")),
        ("layout_unknown", {"meetingID": "room-1", **V, "enforceLayout": "GRID"}, inv("enforceLayout", "one_of")),
        ("default_layout_unknown", {"meetingID": "room-1", **V, "defaultLayout": "GRID"}, inv("defaultLayout", "one_of")),
        ("session_name_without_existing_user_id", {"meetingID": "room-1", **V, "sessionName": "Tab"},
         inv("sessionName", "requires_existing_user_id")),
        ("replace_session_token_without_existing_user_id", {"meetingID": "room-1", **V, "replaceSessionToken": "tok"},
         inv("replaceSessionToken", "requires_existing_user_id")),
        ("userdata_key_with_dash", {"meetingID": "room-1", **V, "userdata": [["a-b", "1"]]}, inv("userdata-a-b", "userdata_key")),
        ("userdata_key_empty", {"meetingID": "room-1", **V, "userdata": [["", "1"]]}, inv("userdata-", "userdata_key")),
        ("userdata_key_equals", {"meetingID": "room-1", **V, "userdata": [["a=b", "1"]]}, inv("userdata-a=b", "userdata_key")),
        ("userdata_key_ampersand", {"meetingID": "room-1", **V, "userdata": [["a&b", "1"]]}, inv("userdata-a&b", "userdata_key")),
        ("userdata_duplicate_key", {"meetingID": "room-1", **V, "userdata": [["k", "1"], ["k", "2"]]},
         inv("userdata-k", "duplicate")),
        ("userdata_value_control", {"meetingID": "room-1", **V, "userdata": [["k", "a\nb"]]},
         inv("userdata-k", "control_character")),
        ("extra_shadows_meeting_id", {"meetingID": "room-1", **V, "extra": [["meetingID", "other"]]}, inv("meetingID", "reserved")),
        ("extra_shadows_checksum", {"meetingID": "room-1", **V, "extra": [["checksum", "00"]]}, inv("checksum", "reserved")),
        ("extra_shadows_checksum_uppercase", {"meetingID": "room-1", **V, "extra": [["CHECKSUM", "00"]]}, inv("CHECKSUM", "reserved")),
        ("extra_shadows_guest", {"meetingID": "room-1", **V, "extra": [["guest", "false"]]}, inv("guest", "reserved")),
        ("extra_userdata_prefix", {"meetingID": "room-1", **V, "extra": [["userdata-x", "1"]]}, inv("userdata-x", "reserved")),
        ("extra_empty_name", {"meetingID": "room-1", **V, "extra": [["", "1"]]}, inv("extra", "empty")),
        ("extra_duplicate", {"meetingID": "room-1", **V, "extra": [["lang", "de"], ["lang", "fr"]]}, inv("lang", "duplicate")),
        ("first_error_in_emission_order", {"meetingID": "a,b", "fullName": "", "role": "VIEWER"}, inv("meetingID", "no_comma")),
    ]
    cases += [dict(name=n, server=server(), request=r, error=e) for n, r, e in bad]
    return cases


# ---------------------------------------------------------------- api_url.json
def api_cases():
    kat_secret = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"
    ok = [
        ("spec_create_sha1", server("sha1", secret=kat_secret), "create",
         [["name", "Test Meeting"], ["meetingID", "abc123"], ["attendeePW", "111222"], ["moderatorPW", "333444"]]),
        ("spec_create_sha512", server("sha512", secret=kat_secret), "create",
         [["name", "Test Meeting"], ["meetingID", "abc123"], ["attendeePW", "111222"], ["moderatorPW", "333444"]]),
        ("spec_get_meetings_empty", server("sha1", secret="AFFE"), "getMeetings", []),
        ("get_meeting_info_unicode", server(), "getMeetingInfo", [["meetingID", "café 101/ß"]]),
        ("order_kept_as_given", server(), "create", [["meetingID", "z"], ["name", "Z room"], ["attendeePW", "a"],
                                                     ["meta_bbb-origin", "Moodle"], ["record", "true"]]),
        ("hooks_create", server("sha1"), "hooks/create", [["callbackURL", "https://app.example.com/bbb/hooks?x=1"],
                                                          ["getRaw", "false"]]),
        ("end", server("sha384"), "end", [["meetingID", "physics-101"]]),
        ("empty_value", server(), "isMeetingRunning", [["meetingID", "room-1"], ["foo", ""]]),
        ("call_name_with_dash_and_underscore", server(), "my_custom-call", [["a", "1"]]),
        ("custom_prefix", server(url="https://lb.example.com/scalelite/bigbluebutton/api/"), "getMeetings", []),
    ]
    cases = []
    for name, srv, call, params in ok:
        q = "&".join(enc(k) + "=" + enc(v) for k, v in params)
        assert not name.startswith("spec_create_sha1") or cs(call, q, kat_secret, "sha1") == "1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17"
        cases.append(dict(name=name, server=srv, call=call, params=params,
                          url=signed_url(srv["url"], call, q, srv["secret"], srv["algorithm"])))
    bad = [
        ("call_empty", "", [], inv("call", "call_name")),
        ("call_path_traversal", "../join", [], inv("call", "call_name")),
        ("call_with_query", "join?x=1", [], inv("call", "call_name")),
        ("call_leading_slash", "/create", [], inv("call", "call_name")),
        ("call_trailing_slash", "hooks/", [], inv("call", "call_name")),
        ("call_space", "get Meetings", [], inv("call", "call_name")),
        ("param_checksum", "create", [["meetingID", "x"], ["checksum", "abc"]], inv("checksum", "reserved")),
        ("param_checksum_mixed_case", "create", [["CheckSum", "abc"]], inv("CheckSum", "reserved")),
        ("param_empty_name", "create", [["", "x"]], inv("name", "empty")),
        ("param_value_control", "create", [["name", "a\u0007b"]], inv("name", "control_character")),
    ]
    cases += [dict(name=n, server=server(), call=c, params=p, error=e) for n, c, p, e in bad]
    return cases


# ---------------------------------------------------------------- calls.json
# Each case sets its parameters by name (in the order given) on the call's request, then
# prepares it. The expected query is written here by hand in the declared emission order.
DOC_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?><modules>'


def calls_cases():
    import base64
    cases = []

    def ok(name, call, params, query, srv=None, method="GET", body=None, content_type=None, file_field=None,
           extra=None):
        srv = srv or server()
        q = "&".join(enc(k) + "=" + enc(v) for k, v in query)
        case = dict(name=name, server=srv, call=call, params=params)
        if extra is not None:
            case["extra"] = extra
        case["expected"] = dict(
            method=method, url=signed_url(srv["url"], call, q, srv["secret"], srv["algorithm"]),
            body=body, content_type=content_type, file_field=file_field)
        cases.append(case)

    def bad(name, call, params, parameter, rule, extra=None):
        case = dict(name=name, server=server(), call=call, params=params)
        if extra is not None:
            case["extra"] = extra
        case["error"] = inv(parameter, rule)
        cases.append(case)

    base = [["meetingID", "cs101"], ["name", "CS 101"]]
    ok("create_minimal", "create", base, [("name", "CS 101"), ("meetingID", "cs101")])
    ok("create_spec_known_answer", "create",
       [["name", "Test Meeting"], ["meetingID", "abc123"], ["attendeePW", "111222"], ["moderatorPW", "333444"]],
       [("name", "Test Meeting"), ("meetingID", "abc123"), ("attendeePW", "111222"), ("moderatorPW", "333444")],
       srv=server("sha1", secret="639259d4-9dd8-4b25-bf01-95f9567eaf4b"))
    assert cs("create", "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444",
              "639259d4-9dd8-4b25-bf01-95f9567eaf4b", "sha1") == "1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17"
    groups_in = '[ {"id": "g1", "name": "Team A", "roster": ["u-1", "u-2"]}, {"roster": [], "id": "g2"} ]'
    groups_out = '[{"id":"g1","name":"Team A","roster":["u-1","u-2"]},{"id":"g2","roster":[]}]'
    ok("create_typed_parameters", "create",
       base + [["welcome", "Welcome to <b>%%CONFNAME%%</b>!"], ["voiceBridge", "01234"], ["record", "TRUE"],
               ["maxParticipants", "0"], ["duration", "90"], ["meta_bbb-origin", "Moodle"],
               ["meta_endCallbackUrl", "https://lms.example.com/end?c=1"], ["muteOnStart", "false"],
               ["lockSettingsDisableCam", "true"], ["guestPolicy", "ask-moderator"], ["meetingLayout", "video_focus"],
               ["userCameraCap", "2"], ["groups", groups_in], ["disabledFeatures", "polls, sharedNotes,newer:whiteboardAi"],
               ["disabledFeaturesExclude", "chat"], ["logoutURL", "https://lms.example.com/course/7"],
               ["pluginManifests", '[{"url": "https://plugins.example.com/pick/manifest.json"}]'],
               ["maxNumPages", "150"], ["plugin_pick", "on"]],
       [("name", "CS 101"), ("meetingID", "cs101"), ("welcome", "Welcome to <b>%%CONFNAME%%</b>!"),
        ("voiceBridge", "01234"), ("maxParticipants", "0"), ("logoutURL", "https://lms.example.com/course/7"),
        ("record", "true"), ("duration", "90"), ("meta_bbb-origin", "Moodle"),
        ("meta_endCallbackUrl", "https://lms.example.com/end?c=1"), ("muteOnStart", "false"),
        ("lockSettingsDisableCam", "true"), ("guestPolicy", "ASK_MODERATOR"), ("meetingLayout", "VIDEO_FOCUS"),
        ("userCameraCap", "2"), ("groups", groups_out), ("disabledFeatures", "polls,sharedNotes,whiteboardAi"),
        ("disabledFeaturesExclude", "chat"),
        ("pluginManifests", '[{"url":"https://plugins.example.com/pick/manifest.json"}]'),
        ("maxNumPages", "150"), ("plugin_pick", "on")])
    ok("create_breakout_room", "create",
       base + [["isBreakout", "true"], ["parentMeetingID", "2f1b9a7c-1718000000000"], ["sequence", "2"],
               ["freeJoin", "false"]],
       [("name", "CS 101"), ("meetingID", "cs101"), ("isBreakout", "true"),
        ("parentMeetingID", "2f1b9a7c-1718000000000"), ("sequence", "2"), ("freeJoin", "false")])
    ok("create_is_breakout_false_never_sent", "create", base + [["isBreakout", "false"]],
       [("name", "CS 101"), ("meetingID", "cs101")])
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    docs = json.dumps([
        {"url": "https://files.example.com/syllabus.pdf?token=a&b=1", "filename": "syllabus.pdf", "current": True},
        {"content": base64.b64encode(pdf).decode(), "filename": "notes \"v2\".pdf", "downloadable": True},
    ])
    body = (DOC_XML_HEAD + '<module name="presentation">'
            '<document url="https://files.example.com/syllabus.pdf?token=a&amp;b=1" filename="syllabus.pdf"'
            ' current="true" downloadable="false" removable="true"/>'
            '<document name="notes &quot;v2&quot;.pdf" filename="notes &quot;v2&quot;.pdf" current="false"'
            ' downloadable="true" removable="true">' + base64.b64encode(pdf).decode() + '</document></module>'
            '<module name="clientSettingsOverride"><![CDATA[{"public":{"app":{"appName":"A]]]]><![CDATA[>B"}}}]]></module>'
            '</modules>')
    ok("create_with_documents_and_client_settings", "create",
       base + [["document", docs], ["clientSettingsOverride", '{"public":{"app":{"appName":"A]]>B"}}}']],
       [("name", "CS 101"), ("meetingID", "cs101")], method="POST", body=body, content_type="application/xml")
    ok("end_with_deprecated_password", "end", [["meetingID", "cs101"], ["password", "mp"]],
       [("meetingID", "cs101"), ("password", "mp")], srv=server("sha384"))
    ok("is_meeting_running", "isMeetingRunning", [["meetingID", "café 101/ß"]], [("meetingID", "café 101/ß")])
    ok("get_meeting_info_internal_id", "getMeetingInfo", [["meetingID", "2f1b9a7c-1718000000000"]],
       [("meetingID", "2f1b9a7c-1718000000000")])
    ok("get_meetings", "getMeetings", [], [], srv=server("sha1", secret="AFFE"))
    ok("get_recordings_filters_and_page", "getRecordings",
       [["limit", "10"], ["meetingID", "cs101, cs102"], ["state", "Published,unpublished"], ["meta_course", "%math%"],
        ["offset", "20"]],
       [("meetingID", "cs101,cs102"), ("state", "published,unpublished"), ("meta_course", "%math%"),
        ("offset", "20"), ("limit", "10")])
    ok("publish_recordings_false", "publishRecordings", [["recordID", "r1,r2"], ["publish", "false"]],
       [("recordID", "r1,r2"), ("publish", "false")])
    ok("delete_recordings", "deleteRecordings", [["recordID", "r1"]], [("recordID", "r1")])
    ok("update_recordings_empty_value_removes", "updateRecordings",
       [["recordID", "r1"], ["meta_presenter", "Jane Doe"], ["meta_course", ""]],
       [("recordID", "r1"), ("meta_presenter", "Jane Doe"), ("meta_course", "")])
    ok("get_recording_text_tracks", "getRecordingTextTracks", [["recordID", "r1"]], [("recordID", "r1")])
    ok("put_recording_text_track", "putRecordingTextTrack",
       [["recordID", "r1"], ["kind", "Subtitles"], ["lang", "pt-BR"], ["label", "Português"]],
       [("recordID", "r1"), ("kind", "subtitles"), ("lang", "pt_BR"), ("label", "Português")],
       method="POST", content_type="multipart/form-data", file_field="file")
    # bbb-web reads lang with commons-lang3's LocaleUtils.toLocale; the versions it has bundled
    # (3.5) take only ll, lll and ll_CC (lower-case language, underscore, upper-case region).
    # What can take that shape is sent in it; the rest is refused.
    for lname, given, sent in [("upper_case", "EN", "en"), ("lower_case_region", "pt-br", "pt_BR"),
                               ("three_letters", "FIL_ph", "fil_PH")]:
        ok(f"put_text_track_lang_{lname}", "putRecordingTextTrack",
           [["recordID", "r1"], ["kind", "captions"], ["lang", given]],
           [("recordID", "r1"), ("kind", "captions"), ("lang", sent)],
           method="POST", content_type="multipart/form-data", file_field="file")
    ok("insert_document", "insertDocument",
       [["meetingID", "cs101"], ["document", '{"url": "https://files.example.com/week2.pdf", "removable": false}']],
       [("meetingID", "cs101")], method="POST", content_type="application/xml",
       body=DOC_XML_HEAD + '<module name="presentation"><document url="https://files.example.com/week2.pdf"'
                           ' current="false" downloadable="false" removable="false"/></module></modules>')
    ok("send_chat_message", "sendChatMessage",
       [["meetingID", "cs101"], ["message", "Break: back at 10:30 ☕"], ["userName", "Course bot"]],
       [("meetingID", "cs101"), ("message", "Break: back at 10:30 ☕"), ("userName", "Course bot")])
    ok("hooks_create_sha1", "hooks/create",
       [["callbackURL", "https://app.example.com/bbb/hooks?x=1"], ["eventID", "meeting-created,user-joined"],
        ["getRaw", "false"]],
       [("callbackURL", "https://app.example.com/bbb/hooks?x=1"), ("eventID", "meeting-created,user-joined"),
        ("getRaw", "false")], srv=server("sha1"))
    ok("hooks_destroy", "hooks/destroy", [["hookID", "7b2c3e1a-4f5d-4c6b-9a8e-1d2c3b4a5f60"]],
       [("hookID", "7b2c3e1a-4f5d-4c6b-9a8e-1d2c3b4a5f60")])
    ok("hooks_list_all", "hooks/list", [], [])
    ok("hooks_create_one_meeting", "hooks/create",
       [["callbackURL", "https://app.example.com/bbb/hooks"], ["meetingID", "cs101"]],
       [("callbackURL", "https://app.example.com/bbb/hooks"), ("meetingID", "cs101")])
    ok("hooks_list_one_meeting", "hooks/list", [["meetingID", "cs101"]], [("meetingID", "cs101")])
    # Every plain create parameter (text, URL, boolean, integer) no other case sends, with a value
    # written here: the server's declared order is the query's order.
    create = next(c["parameters"] for c in DECLARATIONS["calls"] if c["call"] == "create")
    plain = {
        "moderatorOnlyMessage": "Moderators: welcome", "dialNumber": "613-555-1234",
        "webVoice": "70757", "loginURL": "https://app.example.com/login",
        "autoStartRecording": "true", "allowStartStopRecording": "false",
        "recordFullDurationMedia": "true", "meetingEndedURL": "https://app.example.com/ended",
        "breakoutRoomsCaptureSlides": "true", "breakoutRoomsCaptureNotes": "true",
        "breakoutRoomsCaptureSlidesFilename": "slides", "breakoutRoomsCaptureNotesFilename": "notes",
        "breakoutRoomsEnabled": "true", "breakoutRoomsRecord": "false",
        "breakoutRoomsPrivateChatEnabled": "true", "webcamsOnlyForModerator": "true",
        "bannerText": "Exam at 10", "bannerColor": "#FF0000",
        "darklogo": "https://app.example.com/dark.png", "copyright": "(c) Example University",
        "allowModsToUnmuteUsers": "true", "allowModsToEjectCameras": "true",
        "allowRequestsWithoutSession": "false", "lockSettingsDisableMic": "true",
        "lockSettingsDisablePrivateChat": "true", "lockSettingsDisablePublicChat": "false",
        "lockSettingsDisableNotes": "true", "lockSettingsHideUserList": "true",
        "lockSettingsLockOnJoin": "true", "lockSettingsLockOnJoinConfigurable": "false",
        "lockSettingsHideViewersCursor": "true", "lockSettingsHideViewersAnnotation": "true",
        "allowPromoteGuestToModerator": "false", "meetingKeepEvents": "true",
        "endWhenNoModerator": "true", "endWhenNoModeratorDelayInMinutes": "5",
        "learningDashboardEnabled": "true", "learningDashboardCleanupDelayInMinutes": "10",
        "virtualBackgroundsDisabled": "true", "meetingCameraCap": "8",
        "meetingExpireIfNoUserJoinedInMinutes": "15", "meetingExpireWhenLastUserLeftInMinutes": "2",
        "logoutTimer": "30", "preUploadedPresentationOverrideDefault": "false",
        "preUploadedPresentation": "https://files.example.com/intro.pdf",
        "preUploadedPresentationName": "intro.pdf", "notifyRecordingIsOn": "true",
        "presentationUploadExternalUrl": "https://drive.example.com/",
        "presentationUploadExternalDescription": "Pick a file from the drive",
        "html5InstanceId": "2", "allowOverrideClientSettingsOnCreateCall": "true",
        "pluginManifestsFetchUrl": "https://plugins.example.com/manifests.json",
        "presentationConversionCacheEnabled": "true", "multiUserWhiteboardEnabled": "true",
        "cameraBridge": "livekit", "screenShareBridge": "livekit", "audioBridge": "livekit",
    }
    every = [[p["name"], plain[p["name"]]] for p in create if p["name"] in plain]
    assert len(every) == len(plain), "a name above is not a declared create parameter"
    ok("create_every_plain_parameter", "create", base + every,
       [(p["name"], dict(base, **plain)[p["name"]]) for p in create if p["name"] in dict(base, **plain)])

    bad("call_unknown", "getMeeting", [], "call", "one_of")
    bad("create_name_missing", "create", [["meetingID", "cs101"]], "name", "required")
    bad("create_name_too_short", "create", [["meetingID", "cs101"], ["name", "A"]], "name", "length")
    bad("create_name_too_long", "create", [["meetingID", "cs101"], ["name", "n" * 257]], "name", "length")
    bad("create_meeting_id_missing", "create", [["name", "CS 101"]], "meetingID", "required")
    bad("create_meeting_id_comma", "create", [["meetingID", "a,b"], ["name", "CS 101"]], "meetingID", "no_comma")
    bad("create_meeting_id_surrounding_space", "create", [["meetingID", "cs101 "], ["name", "CS 101"]],
        "meetingID", "trimmed")
    bad("create_meeting_id_too_short", "create", [["meetingID", "c"], ["name", "CS 101"]], "meetingID", "length")
    bad("create_lone_attendee_password", "create", base + [["attendeePW", "ap"]], "attendeePW", "requires")
    bad("create_lone_moderator_password", "create", base + [["moderatorPW", "mp"]], "moderatorPW", "requires")
    bad("create_password_too_short", "create", base + [["attendeePW", "a"], ["moderatorPW", "mp"]],
        "attendeePW", "length")
    bad("create_voice_bridge_not_digits", "create", base + [["voiceBridge", "12a"]], "voiceBridge", "digits")
    bad("create_voice_bridge_too_large", "create", base + [["voiceBridge", "2147483648"]], "voiceBridge", "digits")
    bad("create_max_participants_negative", "create", base + [["maxParticipants", "-1"]], "maxParticipants", "range")
    bad("create_max_participants_not_a_number", "create", base + [["maxParticipants", "ten"]],
        "maxParticipants", "range")
    bad("create_max_pinned_cameras_zero", "create", base + [["maxPinnedCameras", "0"]], "maxPinnedCameras", "range")
    bad("create_duration_over_int", "create", base + [["duration", "2147483648"]], "duration", "range")
    bad("create_boolean_one", "create", base + [["record", "1"]], "record", "one_of")
    bad("create_guest_policy_unknown", "create", base + [["guestPolicy", "sometimes"]], "guestPolicy", "one_of")
    bad("create_meeting_layout_unknown", "create", base + [["meetingLayout", "sideways"]], "meetingLayout", "one_of")
    bad("create_feature_typo", "create", base + [["disabledFeatures", "chta"]], "disabledFeatures", "one_of")
    bad("create_feature_newer_malformed", "create", base + [["disabledFeatures", "newer:9lives"]],
        "disabledFeatures", "name")
    bad("create_feature_twice", "create", base + [["disabledFeaturesExclude", "chat,Chat"]],
        "disabledFeaturesExclude", "duplicate")
    bad("create_meta_underscore_dropped_by_server", "create", base + [["meta_a_b", "x"]], "meta_a_b", "meta_name")
    bad("create_meta_dot_dropped_by_server", "create", base + [["meta_a.b", "x"]], "meta_a.b", "meta_name")
    bad("create_meta_digit_first", "create", base + [["meta_1a", "x"]], "meta_1a", "meta_name")
    bad("create_meta_same_name_lower_cased", "create", base + [["meta_Origin", "a"], ["meta_origin", "b"]],
        "meta_origin", "duplicate")
    bad("create_meta_value_control", "create", base + [["meta_origin", "a\nb"]], "meta_origin", "control_character")
    bad("create_logout_url_not_http", "create", base + [["logoutURL", "javascript:alert(1)"]], "logoutURL", "http_url")
    bad("create_logo_credentials", "create", base + [["logo", "https://u:p@cdn.example.com/l.png"]],
        "logo", "no_credentials")
    bad("create_welcome_empty", "create", base + [["welcome", " "]], "welcome", "empty")
    bad("create_welcome_control", "create", base + [["welcome", "a\u0000b"]], "welcome", "control_character")
    bad("create_breakout_without_parent", "create", base + [["isBreakout", "true"], ["sequence", "1"]],
        "isBreakout", "requires")
    bad("create_sequence_without_breakout", "create", base + [["sequence", "1"]], "sequence", "requires")
    bad("create_groups_not_json", "create", base + [["groups", "g1,g2"]], "groups", "json")
    bad("create_group_without_id", "create", base + [["groups", '[{"name": "A"}]']], "groups", "json")
    bad("create_groups_duplicate_id", "create", base + [["groups", '[{"id": "g"}, {"id": "g"}]']],
        "groups", "duplicate")
    bad("create_plugin_manifest_not_http", "create", base + [["pluginManifests", '[{"url": "file:///etc/passwd"}]']],
        "pluginManifests", "http_url")
    bad("create_document_not_json", "create", base + [["document", "https://files.example.com/a.pdf"]],
        "document", "json")
    bad("create_document_content_without_filename", "create", base + [["document", '{"content": "SGk="}']],
        "document", "required")
    bad("create_document_not_http", "create", base + [["document", '{"url": "ftp://files.example.com/a.pdf"}']],
        "document", "http_url")
    bad("create_client_settings_not_object", "create", base + [["clientSettingsOverride", "[1]"]],
        "clientSettingsOverride", "json")
    # An empty object overrides nothing: refused as empty in every front end (leave it unset),
    # never sent as a body for nothing nor dropped silently.
    bad("create_client_settings_empty_object", "create", base + [["clientSettingsOverride", "{}"]],
        "clientSettingsOverride", "empty")
    bad("create_client_settings_empty_object_with_space", "create", base + [["clientSettingsOverride", " { } "]],
        "clientSettingsOverride", "empty")
    # BBB reads the first value of a repeated parameter: a second value is refused by name,
    # never signed in place of the first (issue 21, item 1).
    bad("create_repeated_parameter", "create", base + [["record", "true"], ["record", "false"]],
        "record", "duplicate")
    bad("create_repeated_meeting_id", "create", base + [["meetingID", "cs102"]], "meetingID", "duplicate")
    bad("create_repeated_client_settings_override", "create",
        base + [["clientSettingsOverride", '{"a": 0}'], ["clientSettingsOverride", '{"a": 1}']],
        "clientSettingsOverride", "duplicate")
    bad("join_repeated_role", "join",
        [["meetingID", "m1"], ["fullName", "Ada"], ["role", "VIEWER"], ["role", "MODERATOR"]], "role", "duplicate")
    # join by name, as every call: `checksum` in any case is refused when set; a
    # `userdata-<key>` name adds a pair, written after the declared parameters.
    bad("join_checksum_mixed_case", "join",
        [["meetingID", "m1"], ["fullName", "Ada"], ["role", "viewer"], ["CheckSum", "00"]], "CheckSum", "reserved")
    ok("join_by_name_with_userdata", "join",
       [["userdata-bbb_x", "1"], ["meetingID", "m1"], ["fullName", "Ada"], ["guest", "true"], ["role", "viewer"]],
       [["meetingID", "m1"], ["fullName", "Ada"], ["role", "VIEWER"], ["guest", "true"], ["userdata-bbb_x", "1"]])
    bad("get_meeting_info_repeated_meeting_id", "getMeetingInfo", [["meetingID", "a1"], ["meetingID", "a2"]],
        "meetingID", "duplicate")
    bad("create_extra_checksum", "create", base + [["checksum", "abc"]], "checksum", "reserved")
    bad("create_extra_shadows_declared", "create", base + [["MEETINGID", "x"]], "MEETINGID", "reserved")
    bad("create_extra_shadows_meta_prefix", "create", base + [["Meta_x", "y"]], "Meta_x", "reserved")
    # Parameters newer than bbbkit, added apart from the declared ones (`extra`): sent after
    # them in the order given, and never read as a declared parameter, so a name that shadows
    # one (in any case), a declared prefix or `checksum` is refused.
    ok("end_extra_after_declared", "end", [["meetingID", "cs101"]],
       [("meetingID", "cs101"), ("newerFlag", "on"), ("a", "b c")], extra=[["newerFlag", "on"], ["a", "b c"]])
    bad("end_extra_named_as_declared", "end", [["meetingID", "cs101"]], "meetingID", "reserved",
        extra=[["meetingID", "other"]])
    bad("end_extra_declared_in_other_case", "end", [["meetingID", "cs101"]], "MeetingID", "reserved",
        extra=[["newerFlag", "on"], ["MeetingID", "other"]])
    bad("end_extra_checksum", "end", [["meetingID", "cs101"]], "checksum", "reserved", extra=[["checksum", "00"]])
    bad("create_extra_meta_prefix", "create", base, "meta_x", "reserved", extra=[["meta_x", "y"]])
    bad("end_meeting_id_missing", "end", [], "meetingID", "required")
    bad("end_password_too_long", "end", [["meetingID", "cs101"], ["password", "p" * 65]], "password", "length")
    bad("get_meeting_info_comma", "getMeetingInfo", [["meetingID", "a,b"]], "meetingID", "no_comma")
    bad("is_meeting_running_missing", "isMeetingRunning", [], "meetingID", "required")
    bad("get_recordings_limit_zero", "getRecordings", [["limit", "0"]], "limit", "range")
    bad("get_recordings_limit_over_100", "getRecordings", [["limit", "101"]], "limit", "range")
    bad("get_recordings_offset_without_limit", "getRecordings", [["offset", "20"]], "offset", "requires")
    bad("get_recordings_state_unknown", "getRecordings", [["state", "done"]], "state", "one_of")
    bad("get_recordings_meta_filter_empty", "getRecordings", [["meta_course", ""]], "meta_course", "empty")
    bad("get_recordings_empty_id_in_list", "getRecordings", [["recordID", "r1,,r2"]], "recordID", "empty")
    bad("get_recordings_same_id_twice", "getRecordings", [["recordID", "r1,r1"]], "recordID", "duplicate")
    bad("publish_recordings_without_publish", "publishRecordings", [["recordID", "r1"]], "publish", "required")
    bad("publish_recordings_without_ids", "publishRecordings", [["publish", "true"]], "recordID", "required")
    bad("publish_recordings_yes", "publishRecordings", [["recordID", "r1"], ["publish", "y"]], "publish", "one_of")
    bad("delete_recordings_without_ids", "deleteRecordings", [], "recordID", "required")
    bad("update_recordings_meta_name", "updateRecordings", [["recordID", "r1"], ["meta_a b", "x"]],
        "meta_a b", "meta_name")
    bad("text_tracks_record_id_list", "getRecordingTextTracks", [["recordID", "r1,r2"]], "recordID", "no_comma")
    bad("put_text_track_kind_missing", "putRecordingTextTrack", [["recordID", "r1"], ["lang", "en"]], "kind", "required")
    bad("put_text_track_kind_unknown", "putRecordingTextTrack", [["recordID", "r1"], ["kind", "audio"], ["lang", "en"]],
        "kind", "one_of")
    bad("put_text_track_lang_malformed", "putRecordingTextTrack",
        [["recordID", "r1"], ["kind", "captions"], ["lang", "english!"]], "lang", "language_tag")
    for lname, given in [("script", "zh-Hans-CN"), ("numeric_region", "es-419"), ("variant", "ca_ES_valencia"),
                         ("region_three_letters", "pt-BRA"), ("trailing_separator", "en-")]:
        bad(f"put_text_track_lang_{lname}_refused", "putRecordingTextTrack",
            [["recordID", "r1"], ["kind", "captions"], ["lang", given]], "lang", "language_tag")
    bad("insert_document_without_document", "insertDocument", [["meetingID", "cs101"]], "document", "required")
    bad("send_chat_message_empty", "sendChatMessage", [["meetingID", "cs101"], ["message", ""]], "message", "required")
    bad("send_chat_message_too_long", "sendChatMessage", [["meetingID", "cs101"], ["message", "m" * 501]],
        "message", "length")
    bad("send_chat_message_user_name_too_long", "sendChatMessage",
        [["meetingID", "cs101"], ["message", "hi"], ["userName", "u" * 256]], "userName", "length")
    bad("hooks_create_without_callback", "hooks/create", [["getRaw", "true"]], "callbackURL", "required")
    bad("hooks_create_callback_not_http", "hooks/create", [["callbackURL", "app.example.com/hooks"]],
        "callbackURL", "http_url")
    bad("hooks_destroy_without_id", "hooks/destroy", [], "hookID", "required")
    # The <modules> body holds only characters XML 1.0 allows: bb-web's XML parser fails on
    # the others (HTTP 500). A JSON escape stands for the character without being it.
    bad("create_document_filename_not_xml", "create",
        base + [["document", json.dumps({"url": "https://files.example.com/a.pdf", "filename": "a\ufffe.pdf"},
                                        ensure_ascii=False)]],
        "document", "xml_character")
    bad("create_document_url_not_xml", "create",
        base + [["document", json.dumps({"url": "https://files.example.com/a\uffff.pdf"}, ensure_ascii=False)]],
        "document", "xml_character")
    bad("insert_document_content_filename_not_xml", "insertDocument",
        [["meetingID", "cs101"], ["document", json.dumps({"content": "SGk=", "filename": "hi\uffff.txt"},
                                                         ensure_ascii=False)]],
        "document", "xml_character")
    bad("create_client_settings_not_xml", "create", base + [["clientSettingsOverride", '{"a": "b\ufffe"}']],
        "clientSettingsOverride", "xml_character")
    ok("create_client_settings_json_escape_is_xml", "create", base + [["clientSettingsOverride", '{"a":"b\\ufffe"}']],
       [("name", "CS 101"), ("meetingID", "cs101")], method="POST", content_type="application/xml",
       body=DOC_XML_HEAD + '<module name="clientSettingsOverride"><![CDATA[{"a":"b\\ufffe"}]]></module></modules>')
    # Every body expected parses in a strict XML parser (expat), independently of bbbkit.
    import xml.etree.ElementTree as ET
    for c in cases:
        body = c.get("expected", {}).get("body")
        if body is not None:
            assert ET.fromstring(body.encode("utf-8")).tag == "modules", c["name"]
    return cases


# ---------------------------------------------------------------- verify.json
def verify_cases():
    cases = []
    OLD, NEW = "old-secret-0d5b", "new-secret-77a1"
    q = "meetingID=room-1&fullName=Zo%C3%AB+O%27Neil&role=VIEWER"

    def params_of(query):
        return [list(p) for p in parse_qsl(query.lstrip("?"), keep_blank_values=True)]

    def ok(name, call, signed_query, full, alg, secrets=(SECRET,), key_index=0, allowed=None, url=None):
        c = dict(name=name, secrets=list(secrets))
        if allowed is not None:
            c["allowed"] = allowed
        if url:
            c["url"] = url
        else:
            c["call"], c["query"] = call, full
        c.update(algorithm=alg, key_index=key_index, params=params_of(signed_query))
        cases.append(c)

    def bad(name, call, full, error, secrets=(SECRET,), allowed=None, url=None):
        c = dict(name=name, secrets=list(secrets))
        if allowed is not None:
            c["allowed"] = allowed
        if url:
            c["url"] = url
        else:
            c["call"], c["query"] = call, full
        c["error"] = error
        cases.append(c)

    for alg in HASH:
        ok(f"valid_{alg}", "join", q, f"{q}&checksum={cs('join', q, SECRET, alg)}", alg)
    c = cs("join", q, SECRET, "sha256")
    ok("uppercase_hex_accepted", "join", q, f"{q}&checksum={c.upper()}", "sha256")
    ok("checksum_first", "join", q, f"checksum={c}&{q}", "sha256")
    a, rest = q.split("&", 1)
    ok("checksum_in_the_middle", "join", q, f"{a}&checksum={c}&{rest}", "sha256")
    ok("leading_question_mark", "join", q, f"?{q}&checksum={c}", "sha256")
    lq = "&" + q
    ok("leading_ampersand", "join", lq, f"{lq}&checksum={cs('join', lq, SECRET, 'sha256')}", "sha256")
    # Other clients' encodings: %20, raw ~ and *, sorted keys.
    for name, fq in [("foreign_percent20", "fullName=Zo%C3%AB%20O%27Neil&meetingID=room-1&role=VIEWER"),
                     ("foreign_raw_tilde_star", "meetingID=room~1*x&fullName=Ada&role=VIEWER"),
                     ("foreign_sorted_keys", "fullName=Ada&meetingID=room-1&role=VIEWER"),
                     ("foreign_lowercase_hex", "meetingID=caf%c3%a9&fullName=Ada&role=VIEWER")]:
        ok(name, "join", fq, f"{fq}&checksum={cs('join', fq, SECRET, 'sha1')}", "sha1")
    ok("empty_query_get_meetings", "getMeetings", "", "checksum=e0a2f45a343479c590e64a9bdd673331adff2a75", "sha1",
       secrets=("AFFE",))
    ok("rotation_old_secret", "end", "meetingID=room-1",
       f"meetingID=room-1&checksum={cs('end', 'meetingID=room-1', OLD, 'sha256')}", "sha256", secrets=(NEW, OLD), key_index=1)
    ok("rotation_new_secret", "end", "meetingID=room-1",
       f"meetingID=room-1&checksum={cs('end', 'meetingID=room-1', NEW, 'sha512')}", "sha512", secrets=(NEW, OLD), key_index=0)
    xq = "xchecksum=abc&meetingID=room-1"
    ok("checksum_lookalike_parameter_is_signed", "end", xq, f"{xq}&checksum={cs('end', xq, SECRET, 'sha256')}", "sha256")
    hq = "callbackURL=https%3A%2F%2Fapp.example.com%2Fhook"
    ok("hooks_call", "hooks/create", hq, f"{hq}&checksum={cs('hooks/create', hq, SECRET, 'sha1')}", "sha1")
    ok("allow_list_permits", "join", q, f"{q}&checksum={cs('join', q, SECRET, 'sha512')}", "sha512",
       allowed=["sha256", "sha512"])
    ok("full_url", None, q, None, "sha256",
       url=f"https://bbb.example.com/bigbluebutton/api/join?{q}&checksum={c}")
    ok("full_url_with_fragment", None, q, None, "sha256",
       url=f"https://bbb.example.com/bigbluebutton/api/join?{q}&checksum={c}#frag")
    ok("full_url_hooks", None, hq, None, "sha1",
       url=f"https://lb.example.com/scalelite/bigbluebutton/api/hooks/create?{hq}&checksum={cs('hooks/create', hq, SECRET, 'sha1')}")

    bad("tampered_value", "join", q.replace("VIEWER", "MODERATOR") + f"&checksum={c}", err("checksum_mismatch"))
    bad("tampered_call", "create", f"{q}&checksum={c}", err("checksum_mismatch"))
    bad("wrong_secret", "join", f"{q}&checksum={c}", err("checksum_mismatch"), secrets=("another-secret",))
    bad("reencoded_by_browser", "join", f"{q.replace('%27', chr(39))}&checksum={c}", err("checksum_mismatch"))
    bad("missing", "join", q, err("checksum_missing"))
    bad("empty_checksum", "join", f"{q}&checksum=", err("checksum_missing"))
    bad("empty_query", "getMeetings", "", err("checksum_missing"))
    bad("duplicate_same_value", "join", f"{q}&checksum={c}&checksum={c}", err("checksum_duplicate"))
    bad("duplicate_different_values", "join", f"checksum={'0' * 64}&{q}&checksum={c}", err("checksum_duplicate"))
    bad("percent_encoded_checksum_name_duplicate", "join", f"{q}&checksu%6D={c}&checksum={c}", err("checksum_duplicate"))
    bad("percent_encoded_checksum_name_only", "join", f"{q}&checksu%6D={c}", err("checksum_malformed"))
    bad("non_hex", "join", f"{q}&checksum={'z' * 64}", err("checksum_malformed"))
    for n in [39, 63, 65, 100]:
        bad(f"length_{n}", "join", f"{q}&checksum={'a' * n}", err("checksum_length"))
    bad("sha1_not_allowed", "join", f"{q}&checksum={cs('join', q, SECRET, 'sha1')}", err("algorithm_not_allowed"),
        allowed=["sha256", "sha384", "sha512"])
    bad("overlong_checksum_10000_digits", "join", f"{q}&checksum={'a' * 10000}", err("checksum_length"))
    eq = "meetingID=x%26checksum%3D" + c + "&fullName=a%3Db"
    ok("encoded_separators_in_values_are_data", "join", eq, f"{eq}&checksum={cs('join', eq, SECRET, 'sha256')}", "sha256")
    bad("checksum_hidden_in_a_value_is_not_a_checksum", "join", f"a=b%26checksum%3D{c}", err("checksum_missing"))
    bad("url_without_api_path", None, None, inv("url", "url"), url=f"https://bbb.example.com/join?{q}&checksum={c}")
    bad("bad_call_name", "../join", f"{q}&checksum={c}", inv("call", "call_name"))
    return cases


# ---------------------------------------------------------------- parse.json
def parse_cases():
    J = lambda mid, uid, at, st, gs, url, mk="successfullyJoined", msg="You have joined successfully.": dict(
        meeting_id=mid, user_id=uid, auth_token=at, session_token=st, guest_status=gs, url=url, message_key=mk, message=msg)
    M = "183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1531155809613"
    cases = [
        dict(name="join_success_3_0", kind="join", fixture="join_success_3.0.xml",
             expected=J(M, "w_euxnssffnsjl", "nrmw2bkmxxgo", "ljbp2qalayrpgs3p", "ALLOW",
                        "https://bbb.example.com/html5client/?sessionToken=ljbp2qalayrpgs3p")),
        dict(name="join_success_without_guest_status", kind="join", fixture="join_success_no_guest_status.xml",
             expected=J("a9c6b1e2d94b4ec5a1f1b2c3d4e5f60718293a4b-1715261728123", "w_abcdefghijkl", "qwertyuiopas",
                        "zxcvbnmasdfghjkl", "ALLOW",
                        "https://bbb.example.com/client/BigBlueButton.html?sessionToken=zxcvbnmasdfghjkl")),
        dict(name="join_declaration_indentation_any_order", kind="join", fixture="join_success_declaration_indented.xml",
             expected=J("0123456789abcdef0123456789abcdef01234567-1715261728123", "w_indented0001", "indentauth01",
                        "indentedtoken01", "ALLOW",
                        "https://bbb.example.com/html5client/?sessionToken=indentedtoken01&lang=de")),
        dict(name="join_guest_wait_2_7", kind="join", fixture="join_guest_wait_2.7.xml",
             expected=J(M, "w_gstwaitxyz12", "gst7authtok3", "waitsessiontok01", "WAIT",
                        "https://bbb.example.com/html5client/guestWait?sessionToken=waitsessiontok01",
                        "guestWait", "Guest waiting for approval to join meeting.")),
        dict(name="join_guest_wait_without_status_inferred", kind="join", fixture="join_guest_wait_2.6_no_status.xml",
             expected=J(M, "w_gstwait26abc", "gst26authtok", "waitsessiontok26", "WAIT",
                        "https://bbb.example.com/html5client/guestWait?sessionToken=waitsessiontok26",
                        "guestWait", "Guest waiting for approval to join meeting.")),
        dict(name="join_guest_wait_3_0_wait_layout", kind="join", fixture="join_guest_wait_3.0_layout.xml",
             expected=J(M, "w_gstwait30xyz", "gst30authtok", "waitsessiontok30", "WAIT",
                        "https://bbb.example.com/html5client/?waitLayout=1&sessionToken=waitsessiontok30")),
        dict(name="join_unknown_guest_status_kept", kind="join",
             input="<response><returncode>SUCCESS</returncode><meeting_id>m</meeting_id><user_id>u</user_id>"
                   "<auth_token>a</auth_token><session_token>s</session_token><guestStatus>PENDING_REVIEW</guestStatus>"
                   "<url>https://bbb.example.com/c?sessionToken=s</url></response>",
             expected=J("m", "u", "a", "s", "PENDING_REVIEW", "https://bbb.example.com/c?sessionToken=s", "", "")),
        dict(name="join_entities_and_char_refs_decoded", kind="join",
             input="<response><returncode>SUCCESS</returncode><message>&lt;ok&gt; &quot;&apos;&#233;&#x1F393;</message>"
                   "<meeting_id>m</meeting_id><user_id>u</user_id><auth_token>a</auth_token><session_token>s</session_token>"
                   "<url><![CDATA[https://bbb.example.com/c?a=1&b=2]]></url></response>",
             expected=J("m", "u", "a", "s", "ALLOW", "https://bbb.example.com/c?a=1&b=2", "", "<ok> \"'é🎓")),
        dict(name="join_missing_session_token", kind="join",
             input="<response><returncode>SUCCESS</returncode><meeting_id>m</meeting_id><user_id>u</user_id>"
                   "<auth_token>a</auth_token><url>https://bbb.example.com/c</url></response>",
             error=err("parse", code="missing_field")),
        dict(name="create_success", kind="create", fixture="create_success.xml",
             expected=dict(meeting_id="physics-101", internal_meeting_id="5b1f4f4c6a7c2e8e59a8c1f0b2a3d4e5f6a7b8c9-1715261728123",
                           parent_meeting_id="bbb-none", attendee_pw="ap-6f1c", moderator_pw="mp-9a2e",
                           create_time=1715261728123, voice_bridge="70757", dial_number="613-555-1234",
                           create_date="Thu May 09 13:35:28 UTC 2024", has_user_joined=False, duration=0,
                           has_been_forcibly_ended=False, message_key=None, message=None, duplicate_warning=False)),
        dict(name="create_duplicate_warning", kind="create", fixture="create_duplicate_warning.xml",
             expected=dict(meeting_id="physics-101", internal_meeting_id="5b1f4f4c6a7c2e8e59a8c1f0b2a3d4e5f6a7b8c9-1715261728123",
                           parent_meeting_id="bbb-none", attendee_pw="ap-6f1c", moderator_pw="mp-9a2e",
                           create_time=1715261728123, voice_bridge="07075", dial_number="613-555-1234",
                           create_date="Thu May 09 13:35:28 UTC 2024", has_user_joined=True, duration=90,
                           has_been_forcibly_ended=False, message_key="duplicateWarning",
                           message="This conference was already in existence and may currently be in progress.",
                           duplicate_warning=True)),
        dict(name="create_minimal", kind="create",
             input="<response><returncode>SUCCESS</returncode><meetingID>r</meetingID><internalMeetingID>i-1</internalMeetingID>"
                   "<createTime>1</createTime></response>",
             expected=dict(meeting_id="r", internal_meeting_id="i-1", parent_meeting_id=None, attendee_pw=None,
                           moderator_pw=None, create_time=1, voice_bridge=None, dial_number=None, create_date=None,
                           has_user_joined=None, duration=None, has_been_forcibly_ended=None, message_key=None,
                           message=None, duplicate_warning=False)),
        # Absent stays absent: a boolean the answer does not carry is null, never false.
        dict(name="create_booleans_one_present", kind="create",
             input="<response><returncode>SUCCESS</returncode><meetingID>r</meetingID><internalMeetingID>i-1</internalMeetingID>"
                   "<createTime>1</createTime><hasBeenForciblyEnded>TRUE</hasBeenForciblyEnded></response>",
             expected=dict(meeting_id="r", internal_meeting_id="i-1", parent_meeting_id=None, attendee_pw=None,
                           moderator_pw=None, create_time=1, voice_bridge=None, dial_number=None, create_date=None,
                           has_user_joined=None, duration=None, has_been_forcibly_ended=True, message_key=None,
                           message=None, duplicate_warning=False)),
        dict(name="create_time_float_refused", kind="create",
             input="<response><returncode>SUCCESS</returncode><meetingID>r</meetingID><internalMeetingID>i</internalMeetingID>"
                   "<createTime>1.715261728123E12</createTime></response>",
             error=err("parse", code="invalid_field")),
        dict(name="create_has_user_joined_not_boolean", kind="create",
             input="<response><returncode>SUCCESS</returncode><meetingID>r</meetingID><internalMeetingID>i</internalMeetingID>"
                   "<createTime>1</createTime><hasUserJoined>maybe</hasUserJoined></response>",
             error=err("parse", code="invalid_field")),
        dict(name="join_cdata_after_text", kind="join",
             input="<response><returncode>SUCCESS</returncode><meeting_id>m</meeting_id><user_id>u</user_id>"
                   "<auth_token>a</auth_token><session_token>s</session_token>"
                   "<url>https://bbb.example.com/c?a=1<![CDATA[&b=2]]>&amp;c=3</url></response>",
             expected=J("m", "u", "a", "s", "ALLOW", "https://bbb.example.com/c?a=1&b=2&c=3", "", "")),
        dict(name="create_without_create_time", kind="create",
             input="<response><returncode>SUCCESS</returncode><meetingID>r</meetingID><internalMeetingID>i</internalMeetingID></response>",
             error=err("parse", code="missing_field")),
        dict(name="generic_no_meetings", kind="generic", fixture="get_meetings_none.xml",
             expected=dict(message_key="noMeetings", message="no meetings were found on this server", get={"meetings": ""})),
        dict(name="generic_is_meeting_running_false", kind="generic", fixture="is_meeting_running_false.xml",
             expected=dict(message_key=None, message=None, get={"running": "false"})),
        dict(name="generic_end_sent", kind="generic", fixture="end_sent.xml",
             expected=dict(message_key="sentEndMeetingRequest",
                           message="A request to end the meeting was sent.  Please wait a few seconds, and then use the "
                                   "getMeetingInfo or isMeetingRunning API calls to verify that it was ended.", get={})),
        dict(name="generic_no_recordings", kind="generic", fixture="get_recordings_none.xml",
             expected=dict(message_key="noRecordings", message="There are no recordings for the meeting(s).",
                           get={"recordings": ""})),
        dict(name="generic_meeting_info", kind="generic", fixture="get_meeting_info.xml",
             expected=dict(message_key=None, message=None,
                           get={"meetingName": "Physics & Chemistry 101", "createTime": "1715261728123",
                                "running": "true", "participantCount": "2", "attendees": ""})),
        dict(name="generic_join_response", kind="generic", fixture="join_success_3.0.xml",
             expected=dict(message_key="successfullyJoined", message="You have joined successfully.",
                           get={"session_token": "ljbp2qalayrpgs3p", "guestStatus": "ALLOW"})),
        # Attributes are kept, decoded, in document order: `attributes` maps a path of element
        # names below the root (each step the first child of that name) to its [name, value] pairs.
        dict(name="generic_recording_image_attributes", kind="generic", fixture="get_recordings_presentation.xml",
             expected=dict(message_key=None, message=None,
                           get={},
                           attributes={"recordings/recording/playback/format/preview/images/image":
                                       [["width", "176"], ["height", "136"], ["alt", "Welcome & \"agenda\" \u00e9"]],
                                       "recordings/recording": []})),
        dict(name="generic_attribute_on_empty_element", kind="generic",
             input="<response><returncode>SUCCESS</returncode><hook id='7' permanent=\"false\"/></response>",
             expected=dict(message_key=None, message=None, get={"hook": ""},
                           attributes={"hook": [["id", "7"], ["permanent", "false"]]})),
        dict(name="bom_accepted", kind="generic", input="\ufeff<response><returncode>SUCCESS</returncode><running>true</running></response>",
             expected=dict(message_key=None, message=None, get={"running": "true"})),
    ]

    def api(key, message, errors=None):
        return err("api", key=key, api_kind=API_KINDS.get(key, "unknown_api_error"), message=message,
                   errors=errors or [dict(key=key, message=message)])

    fixtures_dir = HERE.parent / "fixtures"
    import re
    for f in sorted(fixtures_dir.glob("error_*.xml")):
        text = f.read_text()
        if "<errors>" in text:
            continue
        key = re.search(r"<messageKey>(.*?)</messageKey>", text).group(1)
        msg = re.search(r"<message>(.*?)</message>", text).group(1)
        for kind in ("join", "create", "generic"):
            if kind != "join" and f.name not in ("error_checksum.xml", "error_not_found.xml", "error_id_not_unique.xml"):
                continue
            cases.append(dict(name=f"{kind}_{f.stem}", kind=kind, fixture=f.name, error=api(key, msg)))
    multi = [dict(key="nonUniqueVoiceBridge", message="The selected voice bridge is already in use."),
             dict(key="idNotUnique", message="A meeting already exists with that meeting ID.  Please use a different meeting ID.")]
    for kind in ("create", "join", "generic"):
        cases.append(dict(name=f"{kind}_multi_error", kind=kind, fixture="error_multi.xml",
                          error=api(multi[0]["key"], multi[0]["message"], multi)))
    # insertDocument and getJoinUrl fail with a message and no messageKey (bbb-api.md §11, §13).
    nk = "Meeting with id [room] not found."
    for kind in ("join", "create", "generic"):
        cases.append(dict(name=f"{kind}_failed_without_message_key", kind=kind,
                          input="<response><returncode>FAILED</returncode><message>" + nk + "</message></response>",
                          error=api("", nk)))
        cases.append(dict(name=f"{kind}_json_failed_without_message_key", kind=kind,
                          input='{"response":{"returncode":"FAILED","message":"Meeting not found"}}',
                          error=api("", "Meeting not found")))
    cases.append(dict(name="generic_failed_without_key_or_message", kind="generic",
                      input="<response><returncode>FAILED</returncode></response>", error=api("", "")))
    cases.append(dict(name="join_json_error", kind="join", fixture="error_json.json",
                      error=api("checksumError", "Checksums do not match")))
    cases.append(dict(name="generic_json_error", kind="generic", fixture="error_json.json",
                      error=api("checksumError", "Checksums do not match")))
    jm = [dict(key="nonUniqueVoiceBridge", message="The selected voice bridge is already in use."),
          dict(key="someFutureKey", message="Another problem.")]
    cases.append(dict(name="json_multi_error", kind="generic",
                      input=json.dumps({"response": {"returncode": "FAILED", "errors": jm}}),
                      error=api(jm[0]["key"], jm[0]["message"], jm)))
    cases.append(dict(name="failed_without_key", kind="generic", input="<response><returncode>FAILED</returncode></response>",
                      error=api("", "")))

    hostile = [
        ("billion_laughs", dict(fixture="billion_laughs.xml"), "doctype"),
        ("external_entity", dict(fixture="external_entity.xml"), "doctype"),
        ("undefined_entity", dict(input="<response><returncode>SUCCESS</returncode><message>&xxe;</message></response>"),
         "unknown_entity"),
        ("proxy_html_page", dict(fixture="proxy_502.html"), "not_bbb"),
        ("proxy_html5_page_with_doctype", dict(input="<!DOCTYPE html>\n<html><head><title>503</title></head><body>down</body></html>"),
         "not_bbb"),
        ("text_after_the_root", dict(input="<response><returncode>SUCCESS</returncode></response>\ntrailing"), "not_bbb"),
        ("text_before_the_root", dict(input="oops<response><returncode>SUCCESS</returncode></response>"), "not_bbb"),
        ("json_deeply_nested", dict(input='{"response":{"returncode":"SUCCESS","a":' + '{"a":' * 40 + '1' + '}' * 41 + '}'),
         "too_deep"),
        ("json_deeply_nested_lists_of_objects",
         dict(input='{"response":{"returncode":"SUCCESS","a":' + '[{"a":' * 40 + '1' + '}]' * 40 + '}}'), "too_deep"),
        ("json_deeply_nested_arrays", dict(input='{"response":{"returncode":"SUCCESS","a":' + '[' * 40 + '1' + ']' * 40 + '}}'),
         "too_deep"),
        ("truncated", dict(fixture="truncated_join.xml"), "malformed"),
        ("empty", dict(input=""), "not_bbb"),
        ("whitespace_only", dict(input=" \n\t "), "not_bbb"),
        ("plain_text", dict(input="Service Unavailable"), "not_bbb"),
        ("mismatched_tags", dict(input="<response><returncode>SUCCESS</message></response>"), "malformed"),
        ("two_roots", dict(input="<response><returncode>SUCCESS</returncode></response><response/>"), "malformed"),
        ("wrong_root", dict(input="<meetings><returncode>SUCCESS</returncode></meetings>"), "not_bbb"),
        ("no_returncode", dict(input="<response><message>hi</message></response>"), "not_bbb"),
        ("unknown_returncode", dict(input="<response><returncode>MAYBE</returncode></response>"), "invalid_field"),
        ("invalid_utf8", dict(input_hex=("<response><returncode>SUCCESS</returncode><message>".encode() + b"\xff\xfe"
                                         + "</message></response>".encode()).hex()), "invalid_utf8"),
        ("nul_byte", dict(input="<response><returncode>SUCCESS\u0000</returncode></response>"), "malformed"),
        ("deeply_nested", dict(input="<response><returncode>SUCCESS</returncode>" + "<a>" * 200 + "</a>" * 200 + "</response>"),
         "too_deep"),
        ("over_size_limit", dict(fixture="join_success_3.0.xml", max_size=64), "too_large"),
        ("json_not_bbb", dict(input='{"status":"ok"}'), "not_bbb"),
        ("json_truncated", dict(input='{"response":{"returncode":"FAI'), "malformed"),
        ("char_ref_nul", dict(input="<response><returncode>SUCCESS</returncode><message>&#0;</message></response>"),
         "malformed"),
    ]
    hostile.append(("unknown_entity_in_attribute",
                    dict(input="<response><returncode>SUCCESS</returncode><image alt='&xxe;'>u</image></response>"),
                    "unknown_entity"))
    hostile.append(("attribute_name_not_xml",
                    dict(input="<response><returncode>SUCCESS</returncode><a 1=\"x\"/></response>"), "malformed"))
    for name, src, code in hostile:
        for kind in ("join", "generic"):
            cases.append(dict(name=f"{kind}_{name}", kind=kind, **src, error=err("parse", code=code)))

    g = "You have been denied access to this meeting based on the meeting's guest policy"
    loc = ("https://bbb.example.com/?errors=[%7B%22message%22:%22You%20have%20been%20denied%20access%20to%20this%20"
           "meeting%20based%20on%20the%20meeting%27s%20guest%20policy%22,%22key%22:%22guestDeniedAccess%22%7D]")
    redirects = [
        ("spec_guest_denied", loc, dict(key="guestDeniedAccess", message=g, errors=[dict(key="guestDeniedAccess", message=g)])),
        ("two_errors_custom_base", "https://lms.example.com/bbb/error?course=7&errors=" +
         "%5B%7B%22key%22%3A%22maxParticipantsReached%22%2C%22message%22%3A%22Full%22%7D%2C"
         "%7B%22message%22%3A%22Ended%22%2C%22key%22%3A%22meetingForciblyEnded%22%7D%5D",
         dict(key="maxParticipantsReached", message="Full",
              errors=[dict(key="maxParticipantsReached", message="Full"), dict(key="meetingForciblyEnded", message="Ended")])),
        ("plus_kept_literal", "https://bbb.example.com/?errors=[%7B%22key%22:%22checksumError%22,%22message%22:%22a+b%22%7D]",
         dict(key="checksumError", message="a+b", errors=[dict(key="checksumError", message="a+b")])),
    ]
    for name, location, exp in redirects:
        exp = dict(key=exp["key"], api_kind=API_KINDS[exp["key"]], message=exp["message"], errors=exp["errors"])
        cases.append(dict(name=f"redirect_{name}", kind="error_redirect", location=location, expected=exp))
    for name, location in [("no_query", "https://bbb.example.com/"),
                           ("no_errors_parameter", "https://bbb.example.com/?foo=bar"),
                           ("not_json", "https://bbb.example.com/?errors=oops"),
                           ("empty_array", "https://bbb.example.com/?errors=[]"),
                           ("not_an_array", "https://bbb.example.com/?errors=%7B%7D")]:
        cases.append(dict(name=f"redirect_{name}", kind="error_redirect", location=location,
                          error=err("parse", code="no_errors")))
    return cases


# ---------------------------------------------------------------- callbacks.json
# What BBB sends back (bbb-callbacks.md). Tokens, checksums and end-callback tokens are computed
# here with hmac/hashlib/base64, independently of the Rust code; §7's worked examples are
# checked against the spec's published values.
import base64
import hmac

CB_SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b"
HMAC_HASH = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def compact(obj) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def jwt(header, payload, secret=CB_SECRET, alg=None):
    h = b64u(compact(header).encode())
    p = b64u(compact(payload).encode())
    alg = alg or header.get("alg")
    signing = (h + "." + p).encode()
    sig = b64u(hmac.new(secret.encode(), signing, HMAC_HASH[alg]).digest()) if alg in HMAC_HASH else ""
    return h + "." + p + "." + sig


def end_token(key, meeting_id, expires):
    return b64u(hmac.new(key.encode(), f"bbbkit:end:{expires}:{meeting_id}".encode(), hashlib.sha256).digest())


def callback_cases():
    cases = []
    rec = {"meeting_id": "test01", "record_id": "ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124"}
    spec_token = ("eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nX2lkIjoidGVzdDAxIiwicmVjb3JkX2lkIjoiZmZiZmM0Y2MyNDQyODY5NGU4YjUzYTRlMTQ0"
                  "ZjQxNDA1MjQzMTY5My0xNTMwNzE4NzIxMTI0In0.8vrkWVtZmHoCWLO1MCCWCUtReTqQe_4TIeDszN_ZWo8")
    assert jwt({"alg": "HS256"}, rec) == spec_token, "§7.1 does not reproduce"

    def ready(name, body, expected=None, error=None, **kw):
        c = dict(name="recording_ready_" + name, scheme="recording_ready", secrets=kw.pop("secrets", [CB_SECRET]),
                 body=body, **kw)
        c.update(dict(expected=expected) if error is None else dict(error=err(error)))
        cases.append(c)

    def ok(alg="HS256", key_index=0, other=()):
        return dict(meeting_id=rec["meeting_id"], record_id=rec["record_id"], other_claims=[list(o) for o in other],
                    algorithm=alg, key_index=key_index)

    ready("spec_form", "signed_parameters=" + spec_token, ok())
    ready("spec_json_body", compact({"signed_parameters": spec_token}), ok())
    ready("spec_bare_token", spec_token, ok())
    ready("spec_form_with_newline", "signed_parameters=" + spec_token + "\r\n", ok())
    ready("typ_header_accepted", jwt({"alg": "HS256", "typ": "JWT"}, rec), ok())
    ready("extra_claims_kept", jwt({"alg": "HS256"}, {**rec, "type": "presentation", "formats": ["video", "notes"]}),
          ok(other=[("type", '"presentation"'), ("formats", '["video","notes"]')]))
    hs512 = jwt({"alg": "HS512"}, rec)
    ready("hs512_refused_by_default", hs512, error="callback_algorithm_not_allowed")
    ready("hs512_allowed", hs512, ok("HS512"), allowed=["HS256", "HS512"])
    ready("alg_none", jwt({"alg": "none"}, rec), error="callback_algorithm_none", allowed=["HS256", "HS384", "HS512"])
    ready("alg_rs256", jwt({"alg": "RS256"}, rec) + "c2ln", error="callback_algorithm_unsupported")
    h, p, sig = spec_token.split(".")
    tampered_payload = p[:10] + ("B" if p[10] != "B" else "C") + p[11:]
    ready("tampered_payload", ".".join([h, tampered_payload, sig]), error="callback_signature")
    ready("tampered_signature", ".".join([h, p, sig[:5] + ("A" if sig[5] != "A" else "B") + sig[6:]]),
          error="callback_signature")
    swapped = b64u(compact({"alg": "HS384"}).encode())
    ready("algorithm_swapped", ".".join([swapped, p, sig]), error="callback_signature",
          allowed=["HS256", "HS384", "HS512"])
    ready("wrong_secret", spec_token, error="callback_signature", secrets=["another-secret"])
    ready("second_secret_matches", spec_token, ok(key_index=1), secrets=["another-secret", CB_SECRET])
    ready("expired", jwt({"alg": "HS256"}, {**rec, "exp": 1000}), error="callback_expired", now=2000)
    ready("not_expired", jwt({"alg": "HS256"}, {**rec, "exp": 3000}), ok(other=[("exp", "3000")]), now=2000)
    ready("not_yet_valid", jwt({"alg": "HS256"}, {**rec, "nbf": 3000}), error="callback_not_yet_valid", now=2000)
    ready("missing_record_id", jwt({"alg": "HS256"}, {"meeting_id": "test01"}), error="callback_missing_claim")
    ready("record_id_not_a_string", jwt({"alg": "HS256"}, {"meeting_id": "test01", "record_id": 7}),
          error="callback_missing_claim")
    ready("two_parts", h + "." + p, error="callback_malformed")
    ready("header_not_base64", "!!!." + p + "." + sig, error="callback_malformed")
    ready("header_not_json", b64u(b"alg=HS256") + "." + p + "." + sig, error="callback_malformed")
    ready("empty_body", "", error="callback_missing")
    ready("form_without_signed_parameters", "signed_parameters_x=1&a=b", error="callback_missing")
    ready("signed_parameters_twice", "signed_parameters=" + spec_token + "&signed_parameters=" + spec_token,
          error="callback_malformed")
    deep = {"meeting_id": "test01", "record_id": "r"}
    nested = "x"
    for _ in range(40):
        nested = [nested]
    deep["deep"] = nested
    ready("deeply_nested_payload", jwt({"alg": "HS256"}, deep), error="callback_malformed")
    ready("over_size_limit", "signed_parameters=" + spec_token, error="callback_too_large", max_size=64)

    # Analytics (§7.2).
    spec_analytics = ("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJleHAiOjE3MDg0Njc1NTV9.z4wBKpPHLA6pnppsLxVuFfcM2vMxcmVK6I"
                      "rC-duo5vLbpVL2f_7k__bm3sAHeX-_ra0V6gdIp27Jj5Phr3XcQA")
    assert jwt({"typ": "JWT", "alg": "HS512"}, {"exp": 1708467555}) == spec_analytics, "§7.2 does not reproduce"

    def analytics(name, authorization, expected=None, error=None, **kw):
        c = dict(name="analytics_" + name, scheme="analytics", secrets=kw.pop("secrets", [CB_SECRET]),
                 authorization=authorization, now=kw.pop("now", 1708467000), **kw)
        c.update(dict(expected=expected) if error is None else dict(error=err(error)))
        cases.append(c)

    a_ok = dict(expires_at=1708467555, algorithm="HS512", key_index=0)
    analytics("spec", "Bearer " + spec_analytics, a_ok)
    analytics("spec_lower_case_scheme", "bearer " + spec_analytics, a_ok)
    analytics("spec_at_expiry", "Bearer " + spec_analytics, error="callback_expired", now=1708467555)
    analytics("not_bearer", "Token " + spec_analytics, error="callback_malformed")
    analytics("empty", "", error="callback_missing")
    hs256 = jwt({"alg": "HS256", "typ": "JWT"}, {"exp": 1708467555})
    analytics("hs256_refused_by_default", "Bearer " + hs256, error="callback_algorithm_not_allowed")
    analytics("hs256_allowed", "Bearer " + hs256, dict(a_ok, algorithm="HS256"), allowed=["HS256", "HS512"])
    analytics("without_exp", "Bearer " + jwt({"typ": "JWT", "alg": "HS512"}, {"iat": 1}), error="callback_missing_claim")
    analytics("wrong_secret", "Bearer " + spec_analytics, error="callback_signature", secrets=["another-secret"])

    # Webhooks (§7.3).
    cb = "https://app.example.com/bbb/webhook"
    event = ('{"data":{"type":"event","id":"meeting-ended","attributes":{"meeting":{"internal-meeting-id":'
             '"8043c8452ae9830aac14c517adff3839dbd9228f-1698771157700","external-meeting-id":"random-9019868"}},'
             '"event":{"ts":1708381155717}}}')
    whatwg = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789*-._")

    def wenc(v):
        return "".join("+" if c == 0x20 else chr(c) if c in whatwg else "%%%02X" % c for c in v.encode())

    def body(domain="bbb.example.com", ev="[" + event + "]", ts="1708381155720"):
        return "&".join(k + "=" + wenc(v) for k, v in (("domain", domain), ("event", ev), ("timestamp", ts)))

    raw = body()
    assert raw.startswith("domain=bbb.example.com&event=%5B%7B%22data%22%3A%7B%22type%22")

    def h(alg, text, secret=CB_SECRET):
        return HASH[alg]((text + secret).encode()).hexdigest()

    v34 = h("sha1", cb + raw)
    assert v34 == "a0b4421819f70615cf414fadc3df8ced3861b145"
    assert h("sha256", cb + raw) == "6e7d93431984e60fe5eaf0a3c5ac1942876cb298199cd72dc9c8d5bb10b07ae6"
    constant = h("sha1", cb + "{}")
    assert constant == "616c50847930b35b4cceafc2484db5d3c72508b0"
    v2_text = compact({"event": "[" + event + "]", "timestamp": 1708381155720, "domain": "bbb.example.com"})
    v2 = h("sha1", cb + v2_text)
    assert v2 == "f21e92f84a2eb47431c57895974e9fafb8790062"
    ev_expected = [dict(id="meeting-ended", internal_meeting_id="8043c8452ae9830aac14c517adff3839dbd9228f-1698771157700",
                        external_meeting_id="random-9019868", timestamp=1708381155717, raw=event)]

    def w_ok(scheme, alg, key_index=0):
        return dict(domain="bbb.example.com", timestamp=1708381155720, events=ev_expected, scheme=scheme,
                    algorithm=alg, key_index=key_index)

    def webhook(name, url, b, expected=None, error=None, **kw):
        c = dict(name="webhook_" + name, scheme="webhook", secrets=kw.pop("secrets", [CB_SECRET]), url=url, body=b,
                 **kw)
        c.update(dict(expected=expected) if error is None else dict(error=err(error)))
        cases.append(c)

    webhook("spec_v3_4_sha1", cb + "?checksum=" + v34, raw, w_ok("v3.4", "sha1"))
    webhook("spec_v3_4_sha256", cb + "?checksum=" + h("sha256", cb + raw), raw, w_ok("v3.4", "sha256"))
    webhook("v3_4_sha512_upper_case_hex", cb + "?checksum=" + h("sha512", cb + raw).upper(), raw,
            w_ok("v3.4", "sha512"))
    webhook("spec_v3_0_constant_refused", cb + "?checksum=" + constant, raw, error="callback_replayable_checksum")
    webhook("spec_v3_0_constant_opted_in", cb + "?checksum=" + constant, raw, w_ok("v3.0-constant", "sha1"),
            webhook_schemes=["v3.4", "v3.0-constant"])
    webhook("spec_v2_refused_by_default", cb + "?checksum=" + v2, raw, error="callback_signature")
    webhook("spec_v2_opted_in", cb + "?checksum=" + v2, raw, w_ok("v2", "sha1"), webhook_schemes=["v3.4", "v2"])
    webhook("tampered_body", cb + "?checksum=" + v34, body(ts="1708381155721"), error="callback_signature")
    webhook("tampered_body_unreadable_timestamp", cb + "?checksum=" + v34, body(ts="soon"), error="callback_signature")
    webhook("wrong_secret", cb + "?checksum=" + v34, raw, error="callback_signature", secrets=["another-secret"])
    webhook("second_secret_matches", cb + "?checksum=" + v34, raw, w_ok("v3.4", "sha1", 1),
            secrets=["another-secret", CB_SECRET])
    cbq = cb + "?tenant=7"
    webhook("callback_url_with_query", cbq + "&checksum=" + h("sha256", cbq + raw), raw, w_ok("v3.4", "sha256"))
    webhook("missing_checksum", cb, raw, error="callback_missing")
    webhook("checksum_length", cb + "?checksum=" + v34 + "a", raw, error="callback_checksum_length")
    webhook("checksum_not_last", cb + "?checksum=" + v34 + "&x=1", raw, error="callback_malformed")
    bad_event = body(ev='{"not":"an array"}')
    webhook("event_not_an_array", cb + "?checksum=" + h("sha1", cb + bad_event), bad_event, error="callback_missing_claim")
    two_events = body(ev="[" + event + ',{"data":{"id":"user-joined","attributes":{"meeting":{}}}}]')
    webhook("two_events", cb + "?checksum=" + h("sha1", cb + two_events), two_events,
            dict(w_ok("v3.4", "sha1"), events=ev_expected + [dict(
                id="user-joined", internal_meeting_id=None, external_meeting_id=None, timestamp=None,
                raw='{"data":{"id":"user-joined","attributes":{"meeting":{}}}}')]))

    def bearer(name, authorization, b, expected=None, error=None, **kw):
        c = dict(name="webhook_bearer_" + name, scheme="webhook_bearer", secrets=kw.pop("secrets", [CB_SECRET]),
                 authorization=authorization, body=b, **kw)
        c.update(dict(expected=expected) if error is None else dict(error=err(error)))
        cases.append(c)

    bearer("ok", "Bearer " + CB_SECRET, raw, w_ok("bearer", None))
    bearer("wrong_secret", "Bearer " + CB_SECRET[:-1] + "c", raw, error="callback_signature")
    bearer("no_token", "Bearer ", raw, error="callback_malformed")

    # End-meeting callbacks: bbbkit's own token (BBB signs nothing).
    key = "an-application-key"
    ended = "https://lms.example.com/bbb/ended"
    exp = 1700086400

    def signed_end(url, meeting):
        sep = "&" if "?" in url else "?"
        return url + sep + "bbbkit_expires=" + str(exp) + "&bbbkit_token=" + end_token(key, meeting, exp)

    def end_url(name, url, meeting, expected=None, error=None):
        c = dict(name="end_callback_url_" + name, scheme="end_callback_url", secrets=[key], url=url,
                 meeting_id=meeting, expires_at=exp)
        c.update(dict(expected=expected) if error is None else dict(error=error))
        cases.append(c)

    end_url("plain", ended, "physics-101", dict(url=signed_end(ended, "physics-101")))
    end_url("with_query", ended + "?course=7", "physics 101/ü", dict(url=signed_end(ended + "?course=7", "physics 101/ü")))
    end_url("not_http", "ftp://lms.example.com/ended", "m", error=inv("url", "http_url"))
    end_url("empty_meeting_id", ended, "", error=inv("meetingID", "required"))

    def end(name, url, expected=None, error=None, now=1700000000):
        c = dict(name="end_callback_" + name, scheme="end_callback", secrets=[key], url=url, now=now)
        c.update(dict(expected=expected) if error is None else dict(error=err(error)))
        cases.append(c)

    u = signed_end(ended, "physics-101")
    end("marks_true", u + "&recordingmarks=true&meetingID=physics-101",
        dict(meeting_id="physics-101", recording_marks=True, key_index=0))
    end("marks_false", u + "&recordingmarks=false&meetingID=physics-101",
        dict(meeting_id="physics-101", recording_marks=False, key_index=0))
    own = signed_end(ended + "?meetingID=physics-101", "physics-101")
    end("meeting_id_twice_last_wins", own + "&recordingmarks=true&meetingID=physics-101",
        dict(meeting_id="physics-101", recording_marks=True, key_index=0))
    end("other_meeting", u + "&recordingmarks=true&meetingID=chemistry-7", error="callback_signature")
    end("expired", u + "&recordingmarks=true&meetingID=physics-101", error="callback_expired", now=exp)
    end("missing_token", ended + "?recordingmarks=true&meetingID=physics-101", error="callback_missing")
    end("bad_recording_marks", u + "&recordingmarks=yes&meetingID=physics-101", error="callback_missing_claim")
    uq = signed_end(ended, "physics 101/ü")
    end("encoded_meeting_id", uq + "&recordingmarks=false&meetingID=" + enc("physics 101/ü"),
        dict(meeting_id="physics 101/ü", recording_marks=False, key_index=0))
    return cases


# ---------------------------------------------------------------- answers.json
# The typed answer of every call, as `to_json()` gives it (keys: snake case of the BBB element
# names; absent optional values null). Every expected object below is written by hand from
# bbb-api.md §4–§14 and the fixtures' text, never computed by bbbkit.
def answers_cases():
    R1 = "2f1b0f4c6a7c2e8e59a8c1f0b2a3d4e5f6a79a7c-1718000000000"
    B1 = "5e1c7d9a0b4f2e6c8d1a3b5c7e9f0a2b4c6d8e1f-1718000100000"
    B2 = "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b-1718000100001"

    # `details`: what else the FAILED answer carries, as [name, text] pairs in document order
    # (issue 21, item 7); every answers.json API error states it, most as [].
    def api(key, message, errors=None, api_kind=None, details=()):
        return err("api", key=key, api_kind=api_kind or API_KINDS.get(key, "unknown_api_error"), message=message,
                   errors=errors or [dict(key=key, message=message)], details=[list(d) for d in details])

    # An expected answer of a declared type: every declared field, in the declared order, absent
    # (None; lists and maps empty) unless given. Absent stays absent: a boolean the answer does
    # not carry is None, never False (issue 21, item 6). The values are written by hand.
    def answer(type_name, **kw):
        fields = next(t["fields"] for t in DECLARATIONS["answers"]["types"] if t["name"] == type_name)
        empty = {"map": {}, "text_list": [], "record_list": []}
        a = {f["json"]: empty.get(f["kind"]) for f in fields}
        for k, v in kw.items():
            assert k in a, f"{type_name} declares no {k}"
            a[k] = v
        return a

    def attendee(user_id, full_name=None, role=None, **kw):
        return answer("Attendee", user_id=user_id, full_name=full_name, role=role, **kw)

    def meeting(meeting_id, internal_meeting_id, create_time, **kw):
        return answer("MeetingInfo", meeting_id=meeting_id, internal_meeting_id=internal_meeting_id,
                      create_time=create_time, **kw)

    def recording(record_id, **kw):
        return answer("Recording", record_id=record_id, **kw)

    def resp(inner):
        return "<response><returncode>SUCCESS</returncode>" + inner + "</response>"

    NOT_FOUND = "We could not find a meeting with that meeting ID - perhaps the meeting is not yet running?"

    cs101_info = meeting(
        "cs101", R1, 1718000000000, meeting_name="CS 101", create_date="Mon Jun 10 06:13:20 UTC 2024",
        voice_bridge="70757", dial_number="613-555-1234", attendee_pw="kT3mQz8a", moderator_pw="pY7wLc2e",
        running=True, duration=0, has_user_joined=True, recording=False, has_been_forcibly_ended=False,
        start_time=1718000000123, end_time=0, participant_count=2,
        listener_count=0, voice_participant_count=1, video_count=1, max_users=0, moderator_count=1,
        attendees=[attendee("u-42", "Ada L", "MODERATOR", is_presenter=True, is_listening_only=False,
                            has_joined_voice=True, has_video=False, client_type="HTML5",
                            custom_data={"bbb_auto_join_audio": "true", "course": "CS & Maths"}),
                   attendee("w_q2x7ne0dkjba", "Zoë O'Neil", "VIEWER", is_presenter=False, is_listening_only=False,
                            has_joined_voice=False, has_video=True, client_type="HTML5")],
        metadata={"bbb-origin": "myapp", "endcallbackurl": "https://app.example.com/cb?m=cs101&t=1",
                  "bbb-recording-ready-url": "https://app.example.com/ready"},
        is_breakout=False, breakout_rooms=[B1, B2])
    cases = [
        dict(name="join_success", kind="join", fixture="join_success_3.0.xml",
             expected=dict(meeting_id="183f0bf3a0982a127bdb8161e0c44eb696b3e75c-1531155809613", user_id="w_euxnssffnsjl",
                           auth_token="nrmw2bkmxxgo", session_token="ljbp2qalayrpgs3p", guest_status="ALLOW",
                           url="https://bbb.example.com/html5client/?sessionToken=ljbp2qalayrpgs3p",
                           message_key="successfullyJoined", message="You have joined successfully.")),
        dict(name="create_success", kind="create", fixture="create_success.xml",
             expected=dict(meeting_id="physics-101", internal_meeting_id="5b1f4f4c6a7c2e8e59a8c1f0b2a3d4e5f6a7b8c9-1715261728123",
                           parent_meeting_id="bbb-none", attendee_pw="ap-6f1c", moderator_pw="mp-9a2e",
                           create_time=1715261728123, voice_bridge="70757", dial_number="613-555-1234",
                           create_date="Thu May 09 13:35:28 UTC 2024", has_user_joined=False, duration=0,
                           has_been_forcibly_ended=False, message_key=None, message=None, duplicate_warning=False)),
        # getMeetingInfo (§6)
        dict(name="meeting_info_full", kind="meeting-info", fixture="get_meeting_info_full.xml", expected=cs101_info),
        dict(name="meeting_info_minimal_fixture", kind="meeting-info", fixture="get_meeting_info.xml",
             expected=meeting("physics-101", "5b1f4f4c6a7c2e8e59a8c1f0b2a3d4e5f6a7b8c9-1715261728123", 1715261728123,
                              meeting_name="Physics & Chemistry 101", running=True, participant_count=2,
                              attendees=[attendee("u-17", "Marie Curie", "MODERATOR"),
                                         attendee("u-18", "Zoë O'Neil", "VIEWER")])),
        dict(name="meeting_info_breakout_room", kind="meeting-info", fixture="get_meeting_info_breakout.xml",
             expected=meeting(B1, B1, 1718000100000, meeting_name="CS 101 (Room 1)",
                              create_date="Mon Jun 10 06:15:00 UTC 2024", voice_bridge="707571",
                              dial_number="613-555-1234", duration=15, start_time=1718000100042, end_time=0,
                              participant_count=0, listener_count=0, voice_participant_count=0, video_count=0,
                              max_users=0, moderator_count=0, running=False, has_user_joined=False, recording=False,
                              has_been_forcibly_ended=False, is_breakout=True, parent_meeting_id=R1, sequence=1,
                              free_join=True)),
        dict(name="meeting_info_message_key_kept", kind="meeting-info",
             input=resp("<meetingID>m</meetingID><internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>"
                        "<messageKey>someWarning</messageKey><message>Careful.</message>"),
             expected=meeting("m", "i-1", 1, message_key="someWarning", message="Careful.")),
        dict(name="meeting_info_without_meeting_id", kind="meeting-info",
             input=resp("<internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>"),
             error=err("parse", code="missing_field")),
        dict(name="meeting_info_running_not_boolean", kind="meeting-info",
             input=resp("<meetingID>m</meetingID><internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>"
                        "<running>yes</running>"),
             error=err("parse", code="invalid_field")),
        dict(name="meeting_info_decimal_counter_refused", kind="meeting-info",
             input=resp("<meetingID>m</meetingID><internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>"
                        "<participantCount>1.5</participantCount>"),
             error=err("parse", code="invalid_field")),
        dict(name="meeting_info_attendee_without_user_id", kind="meeting-info",
             input=resp("<meetingID>m</meetingID><internalMeetingID>i-1</internalMeetingID><createTime>1</createTime>"
                        "<attendees><attendee><fullName>Ada</fullName></attendee></attendees>"),
             error=err("parse", code="missing_field")),
        dict(name="meeting_info_not_found", kind="meeting-info", fixture="error_not_found.xml",
             error=api("notFound", NOT_FOUND)),
        # getMeetings (§7)
        dict(name="meetings_two_with_grouping_separators", kind="meetings", fixture="get_meetings_two.xml",
             expected=dict(meetings=[
                 meeting("town-hall", "7c4a8d09ca3762af61e59520943dc26494f8941b-1718000000000", 1718000000000,
                         meeting_name="Town Hall", create_date="Mon Jun 10 06:13:20 UTC 2024", voice_bridge="71234",
                         dial_number="613-555-1234", running=True, duration=0, has_user_joined=True, recording=True,
                         has_been_forcibly_ended=False, is_breakout=False, start_time=1718000000555, end_time=0, participant_count=1234, listener_count=1017,
                         voice_participant_count=203, video_count=12, max_users=2000, moderator_count=3,
                         attendees=[attendee("host-1", "Grace H", "MODERATOR", is_presenter=True, is_listening_only=False,
                                             has_joined_voice=True, has_video=True, client_type="HTML5")],
                         metadata={"bbb-origin": "greenlight"}),
                 meeting("cs101", R1, 1718000000000, meeting_name="CS 101", create_date="Mon Jun 10 06:13:20 UTC 2024",
                         voice_bridge="70757", dial_number="613-555-1234", attendee_pw="kT3mQz8a",
                         moderator_pw="pY7wLc2e", running=False, duration=0, has_user_joined=False, recording=False,
                         has_been_forcibly_ended=False, is_breakout=False, start_time=1718000000123, end_time=0,
                         participant_count=0, listener_count=0, voice_participant_count=0, video_count=0,
                         max_users=0, moderator_count=0)],
                 message_key=None, message=None)),
        dict(name="meetings_none", kind="meetings", fixture="get_meetings_none.xml",
             expected=dict(meetings=[], message_key="noMeetings", message="no meetings were found on this server")),
        dict(name="meetings_narrow_no_break_space_separator", kind="meetings",
             input=resp("<meetings><meeting><meetingID>m</meetingID><internalMeetingID>i-1</internalMeetingID>"
                        "<createTime>1</createTime><participantCount>12\u202f345</participantCount>"
                        "<videoCount>1 001</videoCount></meeting></meetings>"),
             expected=dict(meetings=[meeting("m", "i-1", 1, participant_count=12345, video_count=1001)],
                           message_key=None, message=None)),
        dict(name="meetings_garbage_counter", kind="meetings",
             input=resp("<meetings><meeting><meetingID>m</meetingID><internalMeetingID>i-1</internalMeetingID>"
                        "<createTime>1</createTime><listenerCount>12,34</listenerCount></meeting></meetings>"),
             error=err("parse", code="invalid_field")),
        # isMeetingRunning (§5), end (§4)
        dict(name="running_true", kind="running", fixture="is_meeting_running_true.xml", expected=dict(running=True)),
        dict(name="running_false", kind="running", fixture="is_meeting_running_false.xml", expected=dict(running=False)),
        dict(name="running_missing", kind="running", input=resp(""), error=err("parse", code="missing_field")),
        dict(name="end_sent", kind="end", fixture="end_sent.xml",
             expected=dict(message_key="sentEndMeetingRequest",
                           message="A request to end the meeting was sent.  Please wait a few seconds, and then use the "
                                   "getMeetingInfo or isMeetingRunning API calls to verify that it was ended.")),
        dict(name="end_not_found", kind="end", fixture="error_not_found.xml",
             error=api("notFound", NOT_FOUND)),
    ]

    # getRecordings (§8)
    presentation = dict(
        type="presentation", url="https://bbb.example.com/playback/presentation/2.3/" + R1, processing_time=91000,
        length=60, size=9043000,
        preview=[dict(url=f"https://bbb.example.com/presentation/{R1}/presentation/"
                          f"d2d9a672040fbde2a47a10bf6c37b6a4b5ae187f-1718000000004/thumbnails/thumb-{i}.png",
                      width=176, height=136, alt=alt) for i, alt in ((1, "Welcome"), (2, "Agenda & goals"))])
    video = dict(type="video", url=f"https://bbb.example.com/playback/video/{R1}/", processing_time=412000, length=59,
                 size=52000000, preview=[])
    cases += [
        dict(name="recordings_two_formats_breakout_pagination", kind="recordings", fixture="get_recordings_paginated.xml",
             expected=dict(recordings=[
                 recording(R1, meeting_id="cs101", internal_meeting_id=R1, name="CS 101", is_breakout=False, published=True,
                           state="published", start_time=1718000000000, end_time=1718003600000, participants=12,
                           raw_size=48211000,
                           metadata={"isBreakout": "false", "meetingName": "CS 101", "meetingId": "cs101",
                                     "bbb-origin": "myapp", "bbb-context": "Week 3 & 4"},
                           breakout_rooms=[B1], size=61043000, playback=[presentation, video],
                           data=[dict(type="notes", url=f"https://bbb.example.com/notes/{R1}/notes.pdf")]),
                 recording(B1, meeting_id=B1, name="CS 101 (Room 1)", is_breakout=True, published=False,
                           state="unpublished", start_time=1718000100000, end_time=1718001000000, participants=3,
                           raw_size=1200000,
                           metadata={"isBreakout": "true", "meetingName": "CS 101 (Room 1)", "meetingId": B1},
                           breakout=dict(parent_id=R1, sequence=1, free_join=False), size=310000,
                           playback=[dict(type="podcast", url=f"https://bbb.example.com/podcast/{B1}/audio.ogg",
                                          processing_time=8000, length=15, size=310000, preview=[])])],
                 pagination=dict(offset=20, limit=10, paged=True, unpaged=False, total_elements=57, empty=False),
                 message_key=None, message=None)),
        dict(name="recordings_presentation_image_attributes", kind="recordings", fixture="get_recordings_presentation.xml",
             expected=dict(recordings=[recording(
                 R1, meeting_id="cs101", internal_meeting_id=R1, name="CS 101", is_breakout=False, published=True,
                 state="published",
                 start_time=1718000000000, end_time=1718003600000, participants=12, raw_size=48211000,
                 metadata={"isBreakout": "false", "meetingName": "CS 101", "meetingId": "cs101", "bbb-origin": "myapp"},
                 size=9043000,
                 playback=[dict(type="presentation", url="https://bbb.example.com/playback/presentation/2.3/" + R1,
                                processing_time=91000, length=60, size=9043000,
                                preview=[dict(url=f"https://bbb.example.com/presentation/{R1}/thumbnails/thumb-1.png",
                                              width=176, height=136, alt="Welcome & \"agenda\" é")])])],
                 pagination=None, message_key=None, message=None)),
        dict(name="recordings_none_empty_element", kind="recordings", fixture="get_recordings_none.xml",
             expected=dict(recordings=[], pagination=None, message_key="noRecordings",
                           message="There are no recordings for the meeting(s).")),
        dict(name="recordings_none_pretty_printed", kind="recordings", fixture="get_recordings_none_pretty.xml",
             expected=dict(recordings=[], pagination=None, message_key="noRecordings",
                           message="There are no recordings for the meeting(s).")),
        dict(name="recordings_none_fetch_all_refused_no_element_declaration", kind="recordings",
             fixture="get_recordings_none_fetch_all.xml",
             expected=dict(recordings=[], pagination=None, message_key="noRecordings",
                           message="No recordings found. This may occur if you attempt to retrieve all recordings.")),
        # XML 1.0 line endings (§2.11): a CR LF or a lone CR in text or CDATA reads as LF. Attribute
        # values are normalized too (§3.3.3): after that, a tab or an LF reads as a space; past eight
        # attributes, or with one of those, a tag is read by the general attribute reader.
        dict(name="recordings_line_endings_normalized", kind="recordings",
             input=resp("<recordings><recording><recordID>r-1</recordID><name>Line one\r\nLine two\rthree</name>"
                        "<metadata><notes><![CDATA[a\r\nb]]></notes></metadata>"
                        "<playback><format><type>presentation</type><preview><images>"
                        "<image a1=\"1\" a2=\"2\" a3=\"3\" a4=\"4\" a5=\"5\" a6=\"6\" a7=\"7\" a8=\"8\" "
                        "width=\"176\" alt=\"Slide\tone\r\ntwo\">https://bbb.example.com/t.png</image>"
                        "</images></preview></format></playback></recording></recordings>"),
             expected=dict(recordings=[recording(
                 "r-1", name="Line one\nLine two\nthree", metadata={"notes": "a\nb"},
                 playback=[dict(type="presentation", url=None, processing_time=None, length=None, size=None,
                                preview=[dict(url="https://bbb.example.com/t.png", width=176, height=None,
                                              alt="Slide one two")])])],
                 pagination=None, message_key=None, message=None)),
        dict(name="recordings_without_record_id", kind="recordings",
             input=resp("<recordings><recording><meetingID>m</meetingID></recording></recordings>"),
             error=err("parse", code="missing_field")),
        dict(name="recordings_image_width_not_integer", kind="recordings",
             input=resp("<recordings><recording><recordID>r</recordID><playback><format><type>presentation</type>"
                        "<preview><images><image width=\"wide\">https://bbb.example.com/t.png</image></images></preview>"
                        "</format></playback></recording></recordings>"),
             error=err("parse", code="invalid_field")),
        # Scalelite adds <protected> to each recording (issue 21, item 9); it has no isBreakout or rawSize.
        dict(name="recordings_scalelite_protected", kind="recordings", fixture="get_recordings_scalelite.xml",
             expected=dict(recordings=[
                 recording(R1, meeting_id="cs101", internal_meeting_id=R1, name="CS 101", published=True, protected=True,
                           state="published", start_time=1718000000000, end_time=1718003600000, participants=12,
                           metadata={"meetingName": "CS 101", "bbb-origin": "myapp"},
                           playback=[dict(type="presentation",
                                          url="https://lb.example.com/playback/presentation/2.3/" + R1,
                                          processing_time=91000, length=60, size=None, preview=[])]),
                 recording(B1, meeting_id="cs102", internal_meeting_id=B1, name="CS 102", published=False,
                           protected=False, state="unpublished", start_time=1718000100000, end_time=1718001000000,
                           participants=3)],
                 pagination=None, message_key=None, message=None)),
        dict(name="recordings_protected_not_boolean", kind="recordings",
             input=resp("<recordings><recording><recordID>r-1</recordID><protected>yes</protected></recording>"
                        "</recordings>"),
             error=err("parse", code="invalid_field")),
        dict(name="recordings_absent_booleans_stay_absent", kind="recordings",
             input=resp("<recordings><recording><recordID>r-1</recordID><breakout><parentId>p-1</parentId></breakout>"
                        "</recording></recordings><pagination><totalElements>3</totalElements></pagination>"),
             expected=dict(recordings=[recording("r-1", breakout=dict(parent_id="p-1", sequence=None, free_join=None))],
                           pagination=dict(offset=None, limit=None, paged=None, unpaged=None, total_elements=3,
                                           empty=None),
                           message_key=None, message=None)),
        # bbb-web writes <recording><error><recordID>…</recordID></error></recording> for a recording whose
        # metadata it could not read (issue 21, item 8): the others parse, the unreadable ones are listed.
        dict(name="recordings_unreadable_listed", kind="recordings", fixture="get_recordings_unreadable.xml",
             expected=dict(recordings=[
                 recording(R1, meeting_id="cs101", internal_meeting_id=R1, name="CS 101", is_breakout=False,
                           published=True, state="published", start_time=1718000000000, end_time=1718003600000,
                           participants=12, raw_size=48211000, metadata={"meetingName": "CS 101", "meetingId": "cs101"},
                           size=9043000),
                 recording(B1, meeting_id="cs102", name="CS 102", is_breakout=False, published=False,
                           state="unpublished")],
                 pagination=None, message_key=None, message=None,
                 unreadable=["9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b-1718000200000",
                             "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c-1718000300000"])),
        dict(name="recordings_only_unreadable", kind="recordings",
             input=resp("<recordings><recording><error><recordID>r-9</recordID></error></recording></recordings>"),
             expected=dict(recordings=[], pagination=None, message_key=None, message=None, unreadable=["r-9"])),
        dict(name="recordings_unreadable_without_record_id", kind="recordings",
             input=resp("<recordings><recording><recordID>r-1</recordID></recording>"
                        "<recording><error></error></recording></recordings>"),
             error=err("parse", code="missing_field")),
        dict(name="recordings_checksum_error", kind="recordings", fixture="recordings_checksum_error.xml",
             error=api("checksumError", "You did not pass the checksum security check")),
    ]

    # No <error> recording in these: nothing unreadable.
    for c in cases:
        if c["kind"] == "recordings" and "expected" in c:
            c["expected"].setdefault("unreadable", [])

    # publish / delete / update (§9)
    cases += [
        dict(name="publish_true", kind="publish", fixture="publish_recordings.xml",
             expected=dict(published=True, published_raw="true")),
        dict(name="publish_y_echoed", kind="publish", fixture="publish_recordings_y.xml",
             expected=dict(published=True, published_raw="y")),
    ]
    for raw, value in (("1", True), ("TRUE", True), ("Y", True), ("false", False), ("yes", False), ("0", False),
                       ("no", False)):
        cases.append(dict(name=f"publish_groovy_to_boolean_{raw}", kind="publish",
                          input=resp(f"<published>{raw}</published>"), expected=dict(published=value, published_raw=raw)))
    cases += [
        dict(name="publish_missing", kind="publish", input=resp(""), error=err("parse", code="missing_field")),
        dict(name="publish_missing_record_id", kind="publish", fixture="recordings_missing_record_id.xml",
             error=api("missingParamRecordID", "You must specify a recordID.")),
        # notFound means "no such recording" on publish, delete and update (issue 21, item 4), "no
        # such meeting" on getMeetingInfo and end.
        dict(name="publish_not_found", kind="publish", fixture="recordings_not_found.xml",
             error=api("notFound", "We could not find recordings", api_kind="recording_not_found")),
        dict(name="delete_true", kind="delete", fixture="delete_recordings.xml", expected=dict(deleted=True)),
        dict(name="delete_not_found", kind="delete", fixture="recordings_not_found.xml",
             error=api("notFound", "We could not find recordings", api_kind="recording_not_found")),
        dict(name="update_not_found", kind="update", fixture="recordings_not_found.xml",
             error=api("notFound", "We could not find recordings", api_kind="recording_not_found")),

        dict(name="delete_not_boolean", kind="delete", input=resp("<deleted>y</deleted>"),
             error=err("parse", code="invalid_field")),
        dict(name="update_true", kind="update", fixture="update_recordings.xml", expected=dict(updated=True)),
        dict(name="update_checksum_error", kind="update", fixture="recordings_checksum_error.xml",
             error=api("checksumError", "You did not pass the checksum security check")),
        dict(name="update_missing", kind="update", input=resp(""), error=err("parse", code="missing_field")),
    ]

    # text tracks (§10)
    tr = f"https://bbb.example.com/bigbluebutton/captions/3f9c2a7e5b1d4c8a/{R1}/"
    cases += [
        dict(name="text_tracks_json", kind="text-tracks", fixture="text_tracks.json",
             expected=dict(tracks=[dict(href=tr + "subtitles_en-US.vtt", kind="subtitles", label="English",
                                        lang="en-US", source="upload"),
                                   dict(href=tr + "captions_pt-BR.vtt", kind="captions", label="Português (Brasil)",
                                        lang="pt-BR", source="live")])),
        dict(name="text_tracks_empty_list", kind="text-tracks", fixture="text_tracks_empty.json", expected=dict(tracks=[])),
        dict(name="text_tracks_json_no_captions", kind="text-tracks", fixture="text_tracks_no_captions.json",
             error=api("noCaptionsFound", "No captions found for " + R1)),
        dict(name="text_tracks_json_no_recordings", kind="text-tracks", fixture="text_tracks_no_recordings.json",
             error=api("noRecordings", "No recording found for " + R1)),
        dict(name="text_tracks_xml_checksum_error", kind="text-tracks", fixture="recordings_checksum_error.xml",
             error=api("checksumError", "You did not pass the checksum security check")),
        dict(name="text_tracks_xml_missing_record_id", kind="text-tracks", fixture="recordings_missing_record_id.xml",
             error=api("missingParamRecordID", "You must specify a recordID.")),
        dict(name="text_tracks_track_without_href", kind="text-tracks",
             input='{"response":{"returncode":"SUCCESS","tracks":[{"kind":"subtitles","lang":"en"}]}}',
             error=err("parse", code="missing_field")),
        dict(name="put_text_track_success", kind="put-text-track", fixture="put_text_track_success.json",
             expected=dict(record_id=R1, message_key="upload_text_track_success",
                           message="Text track uploaded successfully")),
        dict(name="put_text_track_failed", kind="put-text-track", fixture="put_text_track_failed.json",
             error=api("upload_text_track_failed", "Text track upload failed.")),
        dict(name="put_text_track_no_recordings", kind="put-text-track",
             input='{"response":{"returncode":"FAILED","messageKey":"noRecordings",'
                   '"message":"No recording was found for ' + R1 + '"}}',
             error=api("noRecordings", "No recording was found for " + R1)),
        dict(name="put_text_track_failed_keeps_record_id", kind="put-text-track",
             input='{"response":{"returncode":"FAILED","messageKey":"upload_text_track_failed",'
                   '"message":"Text track upload failed.","recordId":"' + R1 + '"}}',
             error=api("upload_text_track_failed", "Text track upload failed.", details=[("recordId", R1)])),
        # Only top-level elements with text, in document order; no nested or empty ones.
        dict(name="failed_details_in_document_order", kind="put-text-track",
             input="<response><returncode>FAILED</returncode><recordId>r-1</recordId><messageKey>paramError"
                   "</messageKey><nested><a>1</a></nested><empty></empty><message>Missing param lang.</message>"
                   "<kind> captions </kind></response>",
             error=api("paramError", "Missing param lang.", details=[("recordId", "r-1"), ("kind", "captions")])),
        dict(name="put_text_track_invalid_lang", kind="put-text-track", fixture="put_text_track_invalid_lang.json",
             error=api("invalidLang", "Malformed lang param, received=english")),
        dict(name="put_text_track_param_error", kind="put-text-track",
             input='{"response":{"returncode":"FAILED","messageKey":"paramError","message":"Missing param kind."}}',
             error=api("paramError", "Missing param kind.")),
        dict(name="put_text_track_json_failed_without_anything", kind="put-text-track",
             input='{"response":{"returncode":"FAILED"}}', error=api("", "")),
        dict(name="put_text_track_failed_empty_file_without_key", kind="put-text-track",
             input='{"response":{"returncode":"FAILED","message":"Empty uploaded text track."}}',
             error=api("", "Empty uploaded text track.")),
        dict(name="put_text_track_xml_checksum_error", kind="put-text-track", fixture="recordings_checksum_error.xml",
             error=api("checksumError", "You did not pass the checksum security check")),
        dict(name="put_text_track_without_record_id", kind="put-text-track",
             input='{"response":{"returncode":"SUCCESS","messageKey":"upload_text_track_success"}}',
             error=err("parse", code="missing_field")),
    ]

    # insertDocument (§11), sendChatMessage (§12)
    cases += [
        dict(name="insert_document_success", kind="insert-document", fixture="insert_document_success.xml",
             expected=dict(message_key=None, message="Presentation is being uploaded")),
        dict(name="insert_document_meeting_not_found_no_key", kind="insert-document",
             fixture="insert_document_not_found.xml", error=api("", "Meeting with id [cs101] not found.")),
        dict(name="insert_document_unsupported_content_type", kind="insert-document",
             fixture="error_unsupported_content_type.xml",
             error=api("unsupportedContentType", "POST request Content-Type is missing or unsupported")),
        dict(name="chat_success_empty_key_and_message", kind="chat", fixture="send_chat_message_success.xml",
             expected=dict(message_key=None, message=None)),
        dict(name="chat_meeting_not_running", kind="chat",
             input="<response><returncode>FAILED</returncode><messageKey>meetingNotFound</messageKey>"
                   "<message>Meeting not found</message></response>",
             error=api("meetingNotFound", "Meeting not found")),
        dict(name="chat_message_missing", kind="chat",
             input="<response><returncode>FAILED</returncode><messageKey>nullError</messageKey>"
                   "<message>You must provide the param message</message></response>",
             error=api("nullError", "You must provide the param message")),
    ]

    # webhooks (§14)
    uuid = "3f0c2f0e-6f1b-4c8e-9b3a-1d2e3f4a5b6c"
    dup = "There is already a hook for this callback URL."
    cases += [
        dict(name="hook_create_uuid_wh3", kind="hook-create", fixture="hooks_create_uuid.xml",
             expected=dict(hook_id=uuid, permanent_hook=False, raw_data=False, duplicate_warning=False,
                           message_key=None, message=None)),
        dict(name="hook_create_integer_wh2", kind="hook-create", fixture="hooks_create_integer.xml",
             expected=dict(hook_id="7", permanent_hook=False, raw_data=True, duplicate_warning=False,
                           message_key=None, message=None)),
        dict(name="hook_create_duplicate_warning", kind="hook-create", fixture="hooks_create_duplicate.xml",
             expected=dict(hook_id=uuid, permanent_hook=None, raw_data=None, duplicate_warning=True,
                           message_key="duplicateWarning", message=dup)),
        dict(name="hook_create_missing_callback_url", kind="hook-create", fixture="hooks_create_missing_callback_url.xml",
             error=api("missingParamCallbackURL", "You must specify a callbackURL in the parameters.")),
        dict(name="hook_create_error", kind="hook-create",
             input="<response><returncode>FAILED</returncode><messageKey>createHookError</messageKey>"
                   "<message>An error happened while creating your hook. Check the logs.</message></response>",
             error=api("createHookError", "An error happened while creating your hook. Check the logs.")),
        dict(name="hook_create_checksum_error", kind="hook-create", fixture="hooks_checksum_error.xml",
             error=api("checksumError", "You did not pass the checksum security check.")),
        dict(name="hook_create_without_hook_id", kind="hook-create", input=resp("<permanentHook>false</permanentHook>"),
             error=err("parse", code="missing_field")),
        dict(name="hook_destroy_removed", kind="hook-destroy", fixture="hooks_destroy.xml", expected=dict(removed=True)),
        dict(name="hook_destroy_missing_hook", kind="hook-destroy", fixture="hooks_destroy_missing.xml",
             error=api("destroyMissingHook", "The hook informed was not found.")),
        dict(name="hook_destroy_missing_param", kind="hook-destroy",
             input="<response><returncode>FAILED</returncode><messageKey>missingParamHookID</messageKey>"
                   "<message>You must specify a hookID in the parameters.</message></response>",
             error=api("missingParamHookID", "You must specify a hookID in the parameters.")),
        dict(name="hooks_list", kind="hooks", fixture="hooks_list.xml",
             expected=dict(hooks=[
                 dict(hook_id="1", callback_url="https://app.example.com/bbb/events?tenant=a&kind=all", meeting_id=None,
                      event_ids=[], permanent_hook=True, raw_data=False),
                 dict(hook_id="c7d6e5f4-a3b2-4c1d-8e9f-0a1b2c3d4e5f", callback_url="https://lms.example.com/hooks/cs101",
                      meeting_id="cs101", event_ids=["meeting-ended", "user-joined", "rap-publish-ended"],
                      permanent_hook=False, raw_data=True)])),
        dict(name="hooks_list_empty", kind="hooks", fixture="hooks_list_empty.xml", expected=dict(hooks=[])),
        dict(name="hooks_list_hook_without_flags", kind="hooks",
             input=resp("<hooks><hook><hookID>2</hookID><callbackURL>https://app.example.com/h</callbackURL></hook></hooks>"),
             expected=dict(hooks=[dict(hook_id="2", callback_url="https://app.example.com/h", meeting_id=None,
                                       event_ids=[], permanent_hook=None, raw_data=None)])),
        dict(name="hooks_list_no_hooks_element", kind="hooks", input=resp(""), expected=dict(hooks=[])),
        dict(name="hooks_list_error", kind="hooks",
             input="<response><returncode>FAILED</returncode><messageKey>listHookError</messageKey>"
                   "<message>An error happened while listing registered hooks. Check the logs.</message></response>",
             error=api("listHookError", "An error happened while listing registered hooks. Check the logs.")),
        dict(name="hooks_list_checksum_error", kind="hooks", fixture="hooks_checksum_error.xml",
             error=api("checksumError", "You did not pass the checksum security check.")),
        dict(name="hooks_list_without_callback_url", kind="hooks", input=resp("<hooks><hook><hookID>1</hookID></hook></hooks>"),
             error=err("parse", code="missing_field")),
    ]

    # Every parser on the same hostile and failed inputs: the errors join gives.
    kinds = ["join", "create", "meeting-info", "meetings", "running", "end", "recordings", "publish", "delete",
             "update", "text-tracks", "put-text-track", "insert-document", "chat", "hook-create", "hook-destroy", "hooks"]
    multi = [dict(key="nonUniqueVoiceBridge", message="The selected voice bridge is already in use."),
             dict(key="idNotUnique", message="A meeting already exists with that meeting ID.  Please use a different meeting ID.")]
    for kind in kinds:
        k = kind.replace("-", "_")
        cases += [
            dict(name=f"{k}_proxy_html_page", kind=kind, fixture="proxy_502.html", error=err("parse", code="not_bbb")),
            dict(name=f"{k}_multi_error", kind=kind, fixture="error_multi.xml",
                 error=api(multi[0]["key"], multi[0]["message"], multi)),
            dict(name=f"{k}_json_error", kind=kind, fixture="error_json.json",
                 error=api("checksumError", "Checksums do not match")),
            dict(name=f"{k}_over_size_limit", kind=kind, fixture="get_meeting_info_full.xml", max_size=100,
                 error=err("parse", code="too_large")),
            dict(name=f"{k}_truncated", kind=kind, fixture="truncated_join.xml", error=err("parse", code="malformed")),
            dict(name=f"{k}_billion_laughs", kind=kind, fixture="billion_laughs.xml", error=err("parse", code="doctype")),
            dict(name=f"{k}_failed_without_message_key", kind=kind,
                 input="<response><returncode>FAILED</returncode><message>Something failed.</message></response>",
                 error=api("", "Something failed.")),
            dict(name=f"{k}_api_not_enabled", kind=kind, fixture="error_api_not_enabled.xml",
                 error=api("apiNotEnabled", "The API is not enabled.")),
        ]
    return cases


FILES = {
    "checksum.json": ("checksum(call, query, secret, algorithm); the spec's known-answer vectors first.", checksum_cases),
    "server.json": ("Server(url, secret): base URL normalisation and refused input.", server_cases),
    "join.json": ("Server.join_url(request): signed join URLs and validation errors.", join_cases),
    "api_url.json": ("Server.api_url(call, params): any call, signed.", api_cases),
    "calls.json": ("ApiRequest(call).set(name, value)… then Server.prepare: every declared call's request "
                   "(method, signed URL, body, content type) and its validation errors.", calls_cases),
    "verify.json": ("Verifier(secrets, allowed).verify(call, query) / verify_url(url).", verify_cases),
    "parse.json": ("parse_join_response / parse_create_response / parse_response / parse_error_redirect.", parse_cases),
    "callbacks.json": ("CallbackVerifier: recording-ready, analytics, webhook, webhook bearer and end callbacks.",
                       callback_cases),
    "answers.json": ("The typed answer of every call (AnswerKind, parse_answer_json): to_json() objects or errors.",
                     answers_cases),
}


def render(description, cases):
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    return json.dumps({"description": description, "cases": cases}, indent=1, ensure_ascii=False) + "\n"


def uncovered(files):
    """What the vector cases never exercise: a declared parameter no case sends, or a declared
    answer field no expected answer holds with a value (not null, not empty)."""
    missing = []
    sent = {}
    for c in files["join.json"]:
        request = c.get("request", {})
        sent.setdefault("join", set()).update(request)
        sent["join"].update("userdata-" + k for k, _ in request.get("userdata", []))
    for c in files["calls.json"]:
        sent.setdefault(c["call"], set()).update(k for k, _ in c.get("params", []))
    for call in DECLARATIONS["calls"]:
        for p in call["parameters"]:
            names = sent.get(call["call"], set())
            if p["type"] == "meta":  # meta_<name>: any one
                if any(n.startswith(p["name"]) for n in names):
                    continue
            if p["name"] not in names:
                missing.append(f"parameter {call['call']} {p['name']}")
    types = {t["name"]: t for t in DECLARATIONS["answers"]["types"]}
    kinds = {k["name"]: k["type"] for k in DECLARATIONS["answers"]["kinds"]}
    seen = {name: set() for name in types}

    def walk(type_name, value):
        if not isinstance(value, dict):
            return
        for f in types[type_name]["fields"]:
            v = value.get(f["json"])
            if v not in (None, [], {}, ""):
                seen[type_name].add(f["json"])
            if f["kind"] == "record":
                walk(f["type"], v)
            elif f["kind"] == "record_list":
                for item in v or []:
                    walk(f["type"], item)

    for c in files["answers.json"] + files["parse.json"]:
        if "expected" in c and c.get("kind") in kinds:
            walk(kinds[c["kind"]], c["expected"])
    for name, t in types.items():
        for f in t["fields"]:
            if f["json"] not in seen[name]:
                missing.append(f"answer field {name}.{f['json']}")
    return missing


def main():
    check = "--check" in sys.argv
    stale = []
    made = {}
    for fname, (desc, fn) in FILES.items():
        cases = fn()
        made[fname] = cases
        text = render(desc, cases)
        path = HERE / fname
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(fname)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {fname}")
    missing = uncovered(made)
    if missing:
        print("declared but in no vector case (add a case to tests/vectors/generate.py):\n  "
              + "\n  ".join(missing), file=sys.stderr)
        sys.exit(1)
    if stale:
        print("stale vector files (run tests/vectors/generate.py): " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
