"""The order desk: a few PHP files generated with the site that take orders and withdrawal declarations
on hosts that run PHP, seal them with the shop's public key and keep them for the app to fetch.

``keys`` (the shop's key pair, sealing), ``pricing`` (the reference totals the cart and the desk must
match), ``catalogue`` (what the desk reads), ``files`` (the generated files), ``probe`` (does the host
run PHP with sodium and mail()?). The contract with the app: ``docs/order-format.md``.
"""
