from django.urls import path

from waspada.dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("wilayah/<str:code>/", views.region_detail, name="region"),
]
