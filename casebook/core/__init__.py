"""The domain: cases, the five-clears rules, deadlines and the services the UI and CLI share. No Qt."""
