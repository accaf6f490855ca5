from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "waspada.alerts"
    label = "alerts"
    verbose_name = _("Kerawanan dan peringatan dini")

    def ready(self) -> None:
        # Notifications listen to alert_raised / alert_escalated; the admin lists the outbox and subscriptions.
        from waspada.alerts import admin_notify, receivers  # noqa: F401
