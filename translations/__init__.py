"""Casebook's catalogues: Qt `.ts` (compiled to `.qm` by the build) and gettext `po/`.

A package so that `casebook.assets` finds them with importlib.resources, in a
checkout (pyproject.toml maps this folder to `casebook.translations`) and in
the wheel alike.
"""
