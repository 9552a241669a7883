"""A dictionary-based political event coder: news stories in, CAMEO events out."""

__version__ = "0.1.0"
