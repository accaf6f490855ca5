from django.urls import re_path

from waspada.intake import webhooks

app_name = "webhooks"

# Providers are configured by hand: the URL works with and without its trailing slash (a redirect would lose the POST).
urlpatterns = [
    re_path(r"^sms/?$", webhooks.sms_webhook, name="sms"),
    re_path(r"^telegram/?$", webhooks.telegram_webhook, name="telegram"),
    re_path(r"^whatsapp/?$", webhooks.whatsapp_webhook, name="whatsapp"),
]
