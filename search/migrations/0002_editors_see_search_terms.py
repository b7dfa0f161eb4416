"""Let Wagtail's Editors and Moderators groups see the site search terms report."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create this app's now to assign one.
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="search", codename="view_searchterm")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type__app_label="search", codename="view_searchterm"):
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
