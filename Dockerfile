# One image for web, worker and beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system tracker && useradd --system --gid tracker --home /app tracker
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=tracker:tracker . .
# The world map's country shapes, pinned and checked (tracker/vendor.py).
RUN python -m tracker.vendor
# Static files are collected at build time; a throwaway key satisfies production settings.
RUN DJANGO_DEBUG=false DJANGO_SECRET_KEY=build-only-not-used-at-runtime \
    python manage.py collectstatic --noinput

USER tracker
EXPOSE 8000
CMD ["gunicorn", "tracker.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60", "--access-logfile", "-"]
