"""Rollback Commander: guarded SQL migrations with automatic, verified, data-preserving rollback."""

__version__ = "0.1.0"
