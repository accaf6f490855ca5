from django.urls import path

from waspada.monitoring import views

app_name = "monitoring"

urlpatterns = [
    path("", views.source_list, name="source_list"),
    path("baru/", views.source_create, name="source_create"),
    path("<int:pk>/", views.source_detail, name="source_detail"),
    path("<int:pk>/ubah/", views.source_edit, name="source_edit"),
    path("<int:pk>/aktif/", views.source_toggle, name="source_toggle"),
    path("<int:pk>/periksa/", views.source_poll, name="source_poll"),
    path("<int:pk>/hapus/", views.source_delete, name="source_delete"),
]
