"""dipwatch: PRC foreign relations, from official texts and event data to a sourced assessment."""

__version__ = "0.1.0"
