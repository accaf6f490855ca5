from django.urls import path

from waspada.alerts import views_subscriptions as views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscription_list, name="subscription_list"),
    path("baru/", views.subscription_create_view, name="subscription_create"),
    path("<int:pk>/", views.subscription_edit, name="subscription_edit"),
    path("<int:pk>/hapus/", views.subscription_delete_view, name="subscription_delete"),
]
