from django.urls import path

from waspada.alerts import views_public as views

app_name = "public_warnings"

urlpatterns = [
    path("", views.public_list, name="public_list"),
    path("<int:pk>/", views.public_detail, name="public_detail"),
    path("kelola/", views.warning_manage, name="warning_manage"),
    path("terbitkan/<int:alert_pk>/", views.warning_publish, name="warning_publish"),
    path("<int:pk>/tarik/", views.warning_withdraw, name="warning_withdraw"),
]
