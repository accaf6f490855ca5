from django.urls import path

from waspada.intake import views

app_name = "intake"

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("baru/", views.report_create, name="report_create"),
    path("wilayah/", views.region_options, name="region_options"),
    path("<int:pk>/", views.report_detail, name="report_detail"),
]
