"""Which learned attribution model analyzed an article: Analysis.attribution_model (the model
directory's name) and attribution_scope ("quotes" or "all"); both NULL when the rules alone did,
as for every article stored before this migration.
"""

SQL = """
ALTER TABLE articles ADD COLUMN attribution_model TEXT;
ALTER TABLE articles ADD COLUMN attribution_scope TEXT;
"""
