"""Errors for people: what was received, what was expected, how to fix it."""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """A path, file or record that cannot be read as news text."""


class DecodeError(InputError):
    """A file that is neither UTF-8 nor GB18030/GBK text."""


class RegionError(KGError):
    """A --region value that names no known province, city or county."""


class QueryError(KGError):
    """A SPARQL query that does not parse or cannot run."""


class StoreError(KGError):
    """No graph where one was expected (run `kg build` first), or a store that cannot be opened."""


class ValidationError(KGError):
    """The graph does not conform to the SHACL shapes."""


class OutputError(KGError):
    """An output folder that cannot be written: busy (another build holds it), or holding
    files kg did not write where it would write its own."""


class NothingRead(InputError):
    """A build that read no article: the previous graph is left as it was."""


class ClusterError(KGError):
    """A backfill's Dask cluster: not installed, not reachable, without workers, running
    another kg, or failing a partition."""
