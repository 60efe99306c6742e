"""The Statistics window: visits counted from the host's own logs, shown as charts and as text."""
