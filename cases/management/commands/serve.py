"""`make run`: everything a newcomer needs, in one process group.

Migrates, makes sure the roles and a demo editor exist, starts the web server, a Celery
worker and beat, sends a few demo articles through the real worker, prints the address
and credentials, and stops every child on Ctrl-C.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cases.services.articles import article_submit
from cases.services.roles import roles_sync
from tracker.embedded import die_with_parent

DEMO = Path(__file__).resolve().parents[2] / "demo" / "articles.json"
DEMO_USERS = [("editor", "editor-demo-2024", "editor"), ("researcher", "researcher-demo-2024", "researcher")]


class Command(BaseCommand):
    help = "Run the web server, a Celery worker and beat together, with a demo (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--no-demo", action="store_true", help="Do not load demo articles.")

    def handle(self, *args, port: int, no_demo: bool, **options):
        die_with_parent()
        if not settings.DEBUG:
            raise CommandError("serve is for development; production runs gunicorn, worker and beat.")
        call_command("migrate", interactive=False, verbosity=0)
        roles_sync()
        users = self._demo_users()
        data_dir = Path(settings.BASE_DIR) / ".data"
        data_dir.mkdir(exist_ok=True)
        python = sys.executable
        children = [
            subprocess.Popen(
                [python, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                preexec_fn=die_with_parent,
            ),
            subprocess.Popen(
                [python, "-m", "celery", "-A", "tracker", "worker", "-Q", "default,ingest,extract",
                 "--concurrency", "2", "--loglevel", "INFO"],
                preexec_fn=die_with_parent,
            ),
            subprocess.Popen(
                [python, "-m", "celery", "-A", "tracker", "beat", "--loglevel", "INFO",
                 "--schedule", str(data_dir / "celerybeat-schedule")],
                preexec_fn=die_with_parent,
            ),
        ]  # fmt: skip
        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            if not no_demo:
                self._load_demo(users[0])
            self.stdout.write(self.style.SUCCESS(f"\n  Open http://127.0.0.1:{port}/"))
            for username, password, role in DEMO_USERS:
                self.stdout.write(f"  {role:<10} user: {username}  password: {password}")
            self.stdout.write("  Press Ctrl-C to stop.\n")
            while not stopping:
                if any(child.poll() is not None for child in children):
                    self.stderr.write("A child process exited; stopping the others.")
                    break
                time.sleep(0.5)
        finally:
            for child in children:
                if child.poll() is None:
                    child.terminate()
            for child in children:
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    child.kill()

    def _demo_users(self):
        User = get_user_model()
        users = []
        for username, password, role in DEMO_USERS:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_password(password)
                user.save()
            user.groups.add(Group.objects.get(name=role))
            users.append(user)
        return users

    def _load_demo(self, editor) -> None:
        created = 0
        for item in json.loads(DEMO.read_text(encoding="utf-8")):
            submission = article_submit(
                actor=editor,
                url=item["url"],
                title=item["title"],
                text=item["text"],
                language=item.get("language", ""),
                published=item.get("published"),
            )
            created += submission.created
        if created:
            self.stdout.write(f"  Sent {created} demo articles to the worker; proposals appear in Review.")
