import os

from celery import Celery
from celery.signals import task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
def _check_database_connections(task=None, **kwargs) -> None:
    """As Django does per request: drop a connection past CONN_MAX_AGE or one that fails
    its health check (a restarted PostgreSQL), so a reused connection is a sound one.
    Not for eager tasks, which may run inside the caller's transaction."""
    if task is not None and getattr(task.request, "is_eager", False):
        return
    from django.db import close_old_connections

    close_old_connections()
