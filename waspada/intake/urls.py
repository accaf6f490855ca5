from django.urls import path

from waspada.intake import views

app_name = "intake"

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("baru/", views.report_create, name="report_create"),
    path("wilayah/", views.region_options, name="region_options"),
    path("<int:pk>/", views.report_detail, name="report_detail"),
    path("<int:pk>/triase/<str:action>/", views.report_triage, name="report_triage"),
    path("<int:pk>/kontak/", views.report_contact, name="report_contact"),
    path("<int:pk>/lampiran/<int:attachment_pk>/", views.report_attachment, name="report_attachment"),
]
