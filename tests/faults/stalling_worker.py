"""The Celery app of a worker that stalls inside its first extraction, for the
kill-a-worker test: `celery -A tests.faults.stalling_worker worker`.

Test-only behaviour lives here, not in `cases.tasks`: the app is the project's, with one
signal receiver that marks the extraction task as started (a flag file the test waits
for), then hangs until the test kills the worker.
"""

from __future__ import annotations

import time
from pathlib import Path

from celery.signals import task_prerun

from tracker.celery import app

STALL_SECONDS = 30
FLAGS = Path(__file__).resolve().parents[2] / ".data"


def stall_flag(article_id: int) -> Path:
    return FLAGS / f"stall-{article_id}"


@task_prerun.connect
def _stall_in_extraction(task=None, args=None, **kwargs) -> None:
    if task is None or task.name != "cases.tasks.article_extract_task" or not args:
        return
    flag = stall_flag(int(args[0]))
    flag.parent.mkdir(exist_ok=True)
    flag.touch()
    time.sleep(STALL_SECONDS)


__all__ = ["app"]
