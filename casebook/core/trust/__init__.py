"""Trust: who may do what, erasure of personal data, verification, backups."""
