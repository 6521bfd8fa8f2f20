"""newscounts: pull every reported count out of news articles and show how the figures diverged."""

__version__ = "0.1.0"
