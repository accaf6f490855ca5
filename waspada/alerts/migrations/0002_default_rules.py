from django.db import migrations


def create_default_rules(apps, schema_editor):
    from waspada.alerts.defaults import DEFAULT_RULES

    AlertRule = apps.get_model("alerts", "AlertRule")
    for rule in DEFAULT_RULES:
        AlertRule.objects.get_or_create(code=rule["code"], defaults=rule)


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_initial")]
    operations = [migrations.RunPython(create_default_rules, migrations.RunPython.noop)]
