"""FieldCase: offline case management for frontline anti-trafficking work."""
__version__ = "0.1.0"
