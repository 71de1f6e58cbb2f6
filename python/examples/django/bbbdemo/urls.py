from django.urls import include, path

from meetings import callbacks

urlpatterns = [
    path("meetings/", include("meetings.urls")),
    # The URLs given to BBB: meta_bbb-recording-ready-url on create, callbackURL on hooks/create.
    path("bbb/recording-ready", callbacks.recording_ready, name="bbb_recording_ready"),
    path("bbb/webhook", callbacks.webhook, name="bbb_webhook"),
]
