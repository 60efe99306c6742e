"""The Orders window: where a merchant runs the shop after the wizard (list, detail, statuses, fetch, stock)."""
