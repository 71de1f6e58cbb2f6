from django.urls import path

from . import views

app_name = "meetings"
urlpatterns = [
    path("<str:meeting_id>/join/", views.join, name="join"),
    path("<str:meeting_id>/join-server-side/", views.join_server_side, name="join_server_side"),
]
