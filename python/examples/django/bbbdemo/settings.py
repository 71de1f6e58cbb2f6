"""Settings of the bbbkit example project: the minimum to log users in and send them to BBB."""

from __future__ import annotations

import os
from pathlib import Path
from typing import List

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "example-only-not-for-production")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS: List[str] = ["localhost", "127.0.0.1", "testserver"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "meetings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "bbbdemo.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]

DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}

LOGIN_URL = "/admin/login/"
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The BigBlueButton server: any URL form works (host, https://host/bigbluebutton/, .../api/).
# `bbb-conf --secret` on the server prints both.
BBB_URL = os.environ.get("BBB_URL", "https://bbb.example.com/bigbluebutton/")
BBB_SECRET = os.environ.get("BBB_SECRET", "8cd8ef52e8e101574e400365b55e11a6")
# The presentation every meeting starts with: BBB downloads it when the meeting is created.
BBB_PRESENTATION_URL = os.environ.get(
    "BBB_PRESENTATION_URL", "https://files.example.com/courses/welcome.pdf"
)
# For the server-side join: the parent domain shared by this site and the BBB server
# (".example.com"), so the browser sends BBB's JSESSIONID along. None: no cookie is passed on.
BBB_COOKIE_DOMAIN = os.environ.get("BBB_COOKIE_DOMAIN") or None

# What BBB sends back (bbbkit.CallbackVerifier). The secrets the callbacks are signed with, tried
# in order: the BBB secret for a single server (also bbb-webhooks' sharedSecret, usually the
# same); behind Scalelite, recording-ready callbacks are signed with the Scalelite (tenant)
# secret instead, so list it too. Separate them with commas in the environment.
BBB_CALLBACK_SECRETS = [
    s for s in os.environ.get("BBB_CALLBACK_SECRETS", BBB_SECRET).split(",") if s.strip()
]
# The callbackURL this site registered with bbb-webhooks' hooks/create, exactly as registered:
# bbb-webhooks hashes this string, which behind a TLS-terminating proxy differs from the URL
# Django sees (scheme, host, port), so it is configured, never rebuilt from the request.
BBB_WEBHOOK_URL = os.environ.get("BBB_WEBHOOK_URL", "https://lms.example.com/bbb/webhook")
