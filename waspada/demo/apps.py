from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "waspada.demo"
    label = "demo"
    verbose_name = "Demo"
