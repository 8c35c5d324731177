"""Ordered schema migrations: ``mNNNN_name.py`` modules, applied in order of NNNN.

A module gives ``SQL`` (for every backend, with ``{id}`` and ``{float}`` left to the dialect) or
``SQLITE`` and ``POSTGRESQL``. A migration, once released, is never edited: a change is a new module.
"""
