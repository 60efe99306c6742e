"""Printable flyers (A5, A6) for a market stall or a parcel: the shop's name, logo and colours, a QR code
to the shop or to one product carrying a source tag (``?src=NAME``, counted by the statistics), and
optionally a discount code with its conditions and dates.

:mod:`wizard.flyer.plan` decides what the flyer says (and refuses what would make a wrong one);
:mod:`wizard.flyer.render` draws it with fpdf2 and segno. Neither imports Qt.
"""
