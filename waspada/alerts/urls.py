from django.urls import path

from waspada.alerts import views

app_name = "alerts"

urlpatterns = [
    path("", views.alert_list, name="alert_list"),
    path("<int:pk>/", views.alert_detail, name="alert_detail"),
    path("<int:pk>/akui/", views.alert_acknowledge_view, name="alert_acknowledge"),
    path("<int:pk>/tangani/", views.alert_open_case, name="alert_open_case"),
    path("<int:pk>/tutup/", views.alert_close_view, name="alert_close"),
    path("aturan/", views.rule_list, name="rule_list"),
    path("aturan/baru/", views.rule_create, name="rule_create"),
    path("aturan/<int:pk>/", views.rule_detail, name="rule_detail"),
    path("aturan/<int:pk>/ubah/", views.rule_edit, name="rule_edit"),
    path("aturan/<int:pk>/aktif/", views.rule_toggle, name="rule_toggle"),
    path("evaluasi/", views.evaluation, name="evaluation"),
]
