"""Ventanilla: the teller desk of a financial cooperative."""
__version__ = "0.1.0"
