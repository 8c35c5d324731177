"""Settings of the database: what every command using it does alike, one value per key (today the
attribution model its articles are analyzed with, store/settings.py). The value is text; `updated_at`
says when it was last set.
"""

SQL = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""
