"""Casebook: an offline complaint case manager built on the five clears + report."""

__version__ = "0.1.0"
