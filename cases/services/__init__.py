"""The only code that writes. Each operation is one function that every entry point calls."""
