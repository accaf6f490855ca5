from django.urls import path

from waspada.intake import views, views_import

app_name = "intake"

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("baru/", views.report_create, name="report_create"),
    path("wilayah/", views.region_options, name="region_options"),
    path("impor/", views_import.import_start, name="import_start"),
    path("impor/templat.csv", views_import.import_template, name="import_template"),
    path("impor/<int:pk>/", views_import.import_detail, name="import_detail"),
    path("impor/<int:pk>/kemajuan/", views_import.import_progress, name="import_progress"),
    path("impor/<int:pk>/impor/", views_import.import_confirm, name="import_confirm"),
    path("impor/<int:pk>/lanjutkan/", views_import.import_resume, name="import_resume"),
    path("impor/<int:pk>/kesalahan.csv", views_import.import_errors, name="import_errors"),
    path("<int:pk>/", views.report_detail, name="report_detail"),
    path("<int:pk>/triase/<str:action>/", views.report_triage, name="report_triage"),
    path("<int:pk>/kontak/", views.report_contact, name="report_contact"),
    path("<int:pk>/lampiran/<int:attachment_pk>/", views.report_attachment, name="report_attachment"),
]
