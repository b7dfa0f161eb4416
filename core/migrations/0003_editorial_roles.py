"""Creates the Editors, Moderators and Translators groups and the Moderation workflow (core.roles)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    # The roles are defined once, in core.roles, against the real models, so the seed and
    # `manage.py ensure_roles` can re-run the same code. Model permissions are normally created after
    # the last migration (post_migrate); create them now so the roles can refer to them.
    from core.roles import ensure_roles

    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, apps=global_apps, using=schema_editor.connection.alias)
    ensure_roles()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailmedia", "0005_alter_media_options"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop, elidable=False)]
