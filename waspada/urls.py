from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from waspada.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("masuk/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("laporan/", include("waspada.intake.urls")),
    path("aduan/", include("waspada.intake.public_urls")),
    path("peringatan/", include("waspada.alerts.urls")),
    path("peringatan-publik/", include("waspada.alerts.urls_public")),
    path("langganan/", include("waspada.alerts.urls_subscriptions")),
    path("penanganan/", include("waspada.cases.urls")),
    path("isu/", include("waspada.issues.urls")),
    path("audit/", include("waspada.audit.urls")),
    path("pantauan/", include("waspada.monitoring.urls")),
    path("webhook/", include("waspada.intake.webhook_urls")),
    path("", include("waspada.dashboard.urls")),
]
