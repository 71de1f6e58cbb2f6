from django.urls import path

from . import views

app_name = "meetings"
urlpatterns = [
    path("<str:meeting_id>/", views.meeting, name="meeting"),
    path("<str:meeting_id>/create/", views.create_meeting, name="create"),
    path("<str:meeting_id>/join/", views.join, name="join"),
    path("<str:meeting_id>/join-server-side/", views.join_server_side, name="join_server_side"),
]
