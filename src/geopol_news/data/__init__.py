"""Data tables the extractors read: name lists and page-chrome rules.

Each list lives in exactly one module here and nowhere else; the logic modules
compile what they need from these tables at import time.
"""
