"""Printed documents: the resolution form, letters and reports with reportlab. No Qt."""
