"""Bringing articles in: canonical URLs, fetching pages and feeds, main text, duplicates."""
