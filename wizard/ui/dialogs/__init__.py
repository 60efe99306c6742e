"""Dialogs of the publishing step (host key, password, what will change, confirmations)."""
