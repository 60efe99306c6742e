"""Échoppe: open a small shop on a corner of the Web."""

__version__ = "0.1.0"
