"""The beacon files the site carries: tiny static pictures the cart requests so the host's log shows it.

``e/add.gif?p=SLUG`` when a product is added to the cart, ``e/order.gif?p=SLUG,…`` when an order is
sent. Nothing else is sent: the request itself is the signal, counted from the log like any page.
"""

from __future__ import annotations

# A transparent 1×1 GIF (GIF89a, one colour, one transparent pixel).
PIXEL = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
         b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

BEACONS = {"e/add.gif": PIXEL, "e/order.gif": PIXEL}
