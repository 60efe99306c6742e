"""Visitor statistics from the host's own access logs: no cookie, no tracker, no address kept.

Log lines are read (:mod:`.logformat`), bots left out and requests sorted (:mod:`.classify`), counted
per day under a salted visitor hash (:mod:`.tally`), and only the day's totals reach the shop file.
"""
