"""The shop's domain: pure Python, no Qt, no I/O."""
