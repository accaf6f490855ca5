from django.urls import path

from waspada.intake import public_views

app_name = "public"

urlpatterns = [
    path("", public_views.tip_create, name="tip_create"),
    path("lacak/", public_views.tip_track, name="tip_track"),
]
