"""Casebook's data files (fonts with their licences, icons, data), a package of their own.

Installed, this folder is `casebook/resources` inside the wheel; in a checkout
pyproject.toml maps it to the same name. Either way `casebook.assets` finds a
file here with importlib.resources, never by a path relative to the source.
"""
