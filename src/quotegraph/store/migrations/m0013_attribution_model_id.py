"""Which exact attribution model analyzed an article: Analysis.attribution_model_id, the hash of the
model directory's files (runtime/attribution_model.py), beside its name. Two models of one name
(a retrained model, the shipped model of another release) are told apart, so `ingest --reanalyze`
can analyze again what another model, or the rules, analyzed. NULL for the rules alone and for every
article stored before this migration.
"""

SQL = """
ALTER TABLE articles ADD COLUMN attribution_model_id TEXT;
"""
