"""One exception type per kind of failure. The CLI and the API catch these at the edge."""


class QuotegraphError(Exception):
    """Base of every error quotegraph reports to a user (never shown as a traceback)."""

    exit_code = 1


class InputError(QuotegraphError):
    """The input cannot be read as an article: missing, a directory, empty, binary, undecodable."""

    exit_code = 2


class ModelError(QuotegraphError):
    """The spaCy pipeline named by the user cannot be loaded."""

    exit_code = 3


class GoldDataError(QuotegraphError):
    """Gold annotations for evaluation are missing or malformed."""

    exit_code = 4


class StoreError(QuotegraphError):
    """The database cannot be opened, migrated or written: a bad target, a newer schema, a server down."""

    exit_code = 5


class QueryError(QuotegraphError):
    """A query is malformed: a full-text search syntax error, a bad date, an unknown table or format."""

    exit_code = 6


class IngestError(QuotegraphError):
    """The ingest itself cannot go on (its analysis workers cannot start); what is stored stays stored."""

    exit_code = 7


class TrainingError(QuotegraphError):
    """A training run cannot start or go on: nothing to resume, a damaged checkpoint, other settings."""

    exit_code = 8
