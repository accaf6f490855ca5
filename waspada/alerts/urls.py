from django.urls import path

from waspada.alerts import views

app_name = "alerts"

urlpatterns = [
    path("", views.alert_list, name="alert_list"),
    path("<int:pk>/", views.alert_detail, name="alert_detail"),
    path("<int:pk>/akui/", views.alert_acknowledge_view, name="alert_acknowledge"),
    path("<int:pk>/tangani/", views.alert_open_case, name="alert_open_case"),
    path("<int:pk>/tutup/", views.alert_close_view, name="alert_close"),
]
