"""Directive Tracker: the Django project package."""
