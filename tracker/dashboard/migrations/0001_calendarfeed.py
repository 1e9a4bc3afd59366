import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import tracker.dashboard.models


class Migration(migrations.Migration):
    initial = True

    dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL)]

    operations = [
        migrations.CreateModel(
            name="CalendarFeed",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(default=tracker.dashboard.models.new_feed_token, max_length=64, unique=True)),
                ("created", models.DateTimeField(auto_now_add=True)),
                ("user", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="calendar_feed", to=settings.AUTH_USER_MODEL)),
            ],
            options={"verbose_name": "calendar feed", "verbose_name_plural": "calendar feeds"},
        ),
    ]
