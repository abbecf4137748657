"""Languages: locale choice, babel formatting, translated messages and default lists. No Qt."""
