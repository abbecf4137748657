"""Reports: statistics over a period, their CSV and PDF files, the cases behind a figure."""
