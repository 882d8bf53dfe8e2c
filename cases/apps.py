from django.apps import AppConfig


class CasesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cases"
    verbose_name = "Cases"

    def ready(self) -> None:
        from cases import signin  # noqa: F401 - connects the sign-in failure counters
