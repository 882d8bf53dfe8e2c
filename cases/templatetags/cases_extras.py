from django import template

from cases import edtf
from cases.countries import country_name

register = template.Library()


@register.filter
def country(code: str) -> str:
    return country_name(code)


@register.filter
def edtf_describe(value: str) -> str:
    return edtf.describe(value)
