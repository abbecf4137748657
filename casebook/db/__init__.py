"""Storage: peewee models, the connection, numbered migrations, the search index and the audit log. No Qt."""
