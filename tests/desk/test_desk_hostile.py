"""The order desk attacked as the internet would, through the real Apache + mod_php.

The host here is a *careless* one, as many cheap hosts are: PHP shows its errors to visitors
(``display_errors = On``, ``E_ALL``, ``expose_php``). Whatever a visitor sends, the desk's own files must
keep every warning, path and stack trace to themselves. One site is published per module (publishing
takes seconds); each test starts with an empty private folder and no mail.
"""

from __future__ import annotations

import concurrent.futures
import html
import shutil
import urllib.parse
import uuid
from collections.abc import Iterator

import pytest

from tests.desk.hosthelpers import DeskHost, order_fields, publish_desk_shop, this_year
from tests.support import apache
from tests.support.apache import ApacheServer, apache_available, make_site, start_apache, stop_apache

CARELESS_INI = """
display_errors = On
display_startup_errors = On
error_reporting = E_ALL
html_errors = On
expose_php = On
"""
LEAKS = ("Warning", "Notice", "Deprecated", "Fatal error", "Stack trace", "Uncaught", " on line ", "lib.php",
         ".php:", "/www/", "/tmp/", "PHP Request Startup")
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _careless_ini(original):  # type: ignore[no-untyped-def]
    return lambda root: original(root) + CARELESS_INI


def _with_unsellable_products(path, **kw):  # type: ignore[no-untyped-def]
    """The desk's test shop plus a product not published yet and one sold on another site."""
    from decimal import Decimal

    from tests.desk.deskshop import make_desk_shop
    from wizard.domain.model import Product

    shop = make_desk_shop(path, **kw)
    shop.add_products([
        Product(name="Secret", slug="secret", price=Decimal("1"), published=False),
        Product(name="Ailleurs", slug="ailleurs", price=Decimal("2"), external_url="https://example.org/buy"),
    ])
    return shop


@pytest.fixture(scope="module")
def careless(sshd_server, tmp_path_factory) -> Iterator[DeskHost]:
    reason = apache_available()
    if reason:
        pytest.skip(reason)
    from wizard.publish import KnownHosts

    tmp = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(tmp / "data"))
        mp.setattr(apache, "_php_ini", _careless_ini(apache._php_ini))
        site = make_site(sshd_server)
    try:
        known = KnownHosts(tmp / "known_hosts", tmp / "no-user-known-hosts")
        sshd_server.trust(known)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("XDG_DATA_HOME", str(tmp / "data"))
            mp.setattr("tests.desk.hosthelpers.make_desk_shop", _with_unsellable_products)
            desk = publish_desk_shop(tmp, sshd_server, site, known)
        desk.set_limits(per_ip=100_000, per_email=100_000, **{"global": 100_000})
        yield desk
        desk.shop.close()
    finally:
        stop_apache(site.server)
        shutil.rmtree(site.home, ignore_errors=True)


@pytest.fixture
def host(careless: DeskHost) -> DeskHost:
    """The careless host with an empty private folder and no mail."""
    if careless.private.exists():
        for child in careless.private.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    careless.site.server.clear_mail()
    return careless


def text(page: str) -> str:
    return html.unescape(page).replace("\u2019", "'")


def assert_clean(page: str | bytes, headers: dict[str, str] | None = None) -> None:
    """No PHP message, path or version reaches the visitor."""
    body = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
    for leak in LEAKS:
        assert leak not in body, (leak, body[:2000])
    if headers is not None:
        assert "x-powered-by" not in headers, headers


def raw_post(server: ApacheServer, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], str]:
    status, got, data = server.get(path, method="POST", body=body, headers=headers)
    return status, got, data.decode("utf-8", "replace")


def nothing_written(host: DeskHost) -> None:
    assert not host.orders() and not host.withdrawals() and not host.site.server.mails()
    orders = host.private / "orders"
    assert not orders.exists() or not list(orders.iterdir())


def encoded(fields: list[tuple[str, str]]) -> bytes:
    return urllib.parse.urlencode(fields).encode()


# --------------------------------------------------------------------------- sizes and shapes

def test_an_oversized_body_is_refused_before_it_is_read(host: DeskHost):
    server = host.site.server
    big = encoded(order_fields(message="x" * 70_000))
    status, headers, page = raw_post(server, "desk/order.php", big, FORM)
    assert status == 413 and "trop volumineuse" in text(page)
    assert_clean(page, headers)
    nothing_written(host)


def test_a_chunked_body_cannot_slip_past_the_size_cap(host: DeskHost):
    # http.client sends an iterable body chunked, without Content-Length.
    big = encoded(order_fields(message="é" * 1000, phone="1" * 30)) + b"&pad=" + b"x" * 300_000
    status, headers, page = raw_post(host.site.server, "desk/order.php", iter([big]), FORM)  # type: ignore[arg-type]
    assert status == 413, page[:500]
    assert_clean(page, headers)
    nothing_written(host)


def test_hundreds_of_lines_are_refused_without_a_php_warning(host: DeskHost):
    # 400 lines = 1,200 variables: beyond PHP's max_input_vars (1,000), which warns before any script runs.
    fields = [(f"item[{i}][{k}]", v) for i in range(400) for k, v in (("slug", "pollen"), ("variant", ""), ("qty", "1"))]
    status, headers, page = raw_post(host.site.server, "desk/order.php", encoded(fields + order_fields()[6:]), FORM)
    assert status in (400, 413), page[:500]
    assert_clean(page, headers)
    nothing_written(host)


@pytest.mark.parametrize("extra", [
    [("item[0][slug][]", "miel-de-lavande")],  # an array where a text is expected
    [("item[0][qty][a][b]", "2")],
    [("item", "miel-de-lavande")],  # a text where the lines are expected
    [("item[0]", "x")],
    [("email[]", "a@example.fr")],
    [("step[]", "confirm")],
    [("x" + "[a]" * 200, "deep")],  # deeper than PHP's max_input_nesting_level
], ids=["slug-array", "qty-nested", "item-text", "line-text", "email-array", "step-array", "deep"])
def test_nested_and_misshapen_fields_are_refused_or_ignored_cleanly(host: DeskHost, extra):
    names = {k for k, _v in extra}
    fields = [(k, v) for k, v in order_fields() if not any(n.startswith(k) for n in names)] + extra
    status, headers, page = raw_post(host.site.server, "desk/order.php", encoded(fields), FORM)
    assert_clean(page, headers)
    if extra[0][0].startswith("x["):
        assert status == 200 and len(host.orders()) == 1  # an unknown field is ignored
    else:
        assert status == 400, page[:500]
        nothing_written(host)


def test_duplicate_keys_take_one_value_and_the_stock_still_holds(host: DeskHost):
    # PHP keeps the last of duplicate keys; the same line sent twice cannot exceed the stock either.
    dup = [*order_fields(coupon="", shown_total="x"), ("name", "Second Name")]
    status, page = host.post("order.php", dup)
    assert status == 200 and 'value="Second Name"' in page and not host.orders()
    over = order_fields(**{"item[0][variant]": "MIEL-500", "item[0][qty]": "2",
                           "item[1][slug]": "miel-de-lavande", "item[1][variant]": "MIEL-500", "item[1][qty]": "2"})
    status, page = host.post("order.php", over)
    assert status == 409 and "Il ne reste que 3" in text(page)
    assert_clean(page)
    nothing_written(host)


# --------------------------------------------------------------------------- text encodings

BAD_TEXT = {
    "latin-1": b"Lef\xe8vre",
    "overlong <": b"\xc0\xbcscript",
    "overlong dot": b"\xc0\xae\xc0\xae/etc",
    "surrogate": b"\xed\xa0\x80",
    "five bytes": b"\xf8\x88\x80\x80\x80",
    "lone continuation": b"\x80abc",
    "truncated": b"abc\xe2\x82",
    "C1 control NEL": "Eve\u0085Bcc".encode(),
    "C1 control CSI": "Eve\u009b31m".encode(),
    "bidi override": "Eve \u202egnp.exe".encode(),
    "bidi isolate": "Eve \u2066x\u2069".encode(),
    "line separator": "Eve\u2028Bcc: x".encode(),
    "NUL": b"Ev\x00e",
}


@pytest.mark.parametrize("case", list(BAD_TEXT), ids=list(BAD_TEXT))
@pytest.mark.parametrize("field", ["name", "city", "message"])
def test_broken_or_deceptive_text_is_refused(host: DeskHost, case, field):
    body = encoded(order_fields(**{field: "PLACEHOLDER"})).replace(b"PLACEHOLDER", urllib.parse.quote_from_bytes(BAD_TEXT[case]).encode())
    status, headers, page = raw_post(host.site.server, "desk/order.php", body, FORM)
    assert status == 400, (case, page[:800])
    assert "n'est pas valide" in text(page)
    assert_clean(page, headers)
    nothing_written(host)


def test_honest_accents_emoji_and_scripts_are_kept(host: DeskHost):
    name = "Zoë Ļaçon-Ñúñez 山田 🐝"
    status, page = host.post("order.php", order_fields(name=name, city="Saint-Étienne"))
    assert status == 200, page
    order = host.open(host.orders()[0])
    assert order["customer"]["name"] == name and order["customer"]["address"]["city"] == "Saint-Étienne"


# --------------------------------------------------------------------------- quantities

@pytest.mark.parametrize("qty", ["1e2", "1E1", "+3", "-0", "0x10", "1,5", "1.0", ".5", "", " ", "١", "9999", "1000",
                                 "2 3", "NaN", "INF", "0"])
def test_odd_quantities_are_refused(host: DeskHost, qty):
    status, page = host.post("order.php", order_fields(**{"item[1][qty]": qty}))
    assert status == 400, (qty, page[:500])
    assert "nombre entier de 1 à 999" in text(page)
    assert_clean(page)
    nothing_written(host)


def test_the_largest_quantity_is_exact(host: DeskHost):
    status, page = host.post("order.php", order_fields(coupon="", shown_total="x", **{"item[1][qty]": "999",
                                                                                       "item[0][qty]": "1"}))
    # 6.90 + 999 × 8.33 = 8328.57; more than 1 kg: "Lettre suivie" is out, Colissimo is free above 45
    assert status == 200 and 'data-total="8328.57"' in page


# --------------------------------------------------------------------------- what the client may not decide

def test_prices_totals_coupons_and_shipping_sent_by_the_client_are_ignored(host: DeskHost):
    forged = [*order_fields(), ("item[0][price]", "0.01"), ("item[0][unit_price]", "0.01"), ("item[1][line_total]", "0"),
              ("subtotal", "0.01"), ("discount", "99"), ("coupon_value", "100"), ("shipping", "0"), ("total", "0.01"),
              ("price", "0"), ("ship_cost", "0")]
    status, page = host.post("order.php", forged)
    assert status == 200, page
    order = host.open(host.orders()[0])
    assert [line["unit_price"] for line in order["lines"]] == ["6.90", "8.33"]
    assert (order["subtotal"], order["coupon"]["discount"], order["shipping"]["price"], order["total"]) == (
        "22.13", "2.77", "4.95", "24.31")


def test_a_rate_of_another_zone_or_weight_is_not_taken(host: DeskHost):
    # rate 4 is "Europe" (another zone), 1 a weight band too light for 750 g: the cheapest allowed rate is used
    for rate in ("4", "1", "99", "-1"):
        status, page = host.post("order.php", order_fields(rate=rate, shown_total="x"))
        assert status == 200 and not host.orders()
        assert "Europe —" not in page and "14,50" not in page


def test_a_variant_sent_for_a_product_without_variants_cannot_dodge_the_stock(host: DeskHost):
    # Pollen has 500 in stock and no variants: two lines with made-up variants must count as one.
    fields = order_fields(coupon="", shown_total="x", **{
        "item[0][slug]": "pollen", "item[0][variant]": "a", "item[0][qty]": "300",
        "item[1][slug]": "pollen", "item[1][variant]": "b", "item[1][qty]": "300"})
    status, page = host.post("order.php", fields)
    assert status == 409 and "Il ne reste que 500" in text(page), page[:600]
    nothing_written(host)


@pytest.mark.parametrize("slug,variant", [("nope", ""), ("miel-de-lavande", "0"), ("miel-de-lavande", "MIEL"),
                                          ("miel-de-lavande", "miel-250"), ("miel-de-lavande", ""),
                                          ("Miel-De-Lavande", "MIEL-250"), ("../bougie", ""),
                                          ("__proto__", ""), ("0", ""), ("secret", ""), ("ailleurs", "")])
def test_unknown_products_variants_and_skus_are_refused(host: DeskHost, slug, variant):
    assert {"secret", "ailleurs"} <= {p.slug for p in host.shop.products()}  # in the shop, not for sale here
    status, page = host.post("order.php", order_fields(**{"item[0][slug]": slug, "item[0][variant]": variant}))
    assert status == 400 and "n'est pas (ou plus) en vente ici" in text(page), (slug, variant)
    assert_clean(page)
    nothing_written(host)


# --------------------------------------------------------------------------- methods and content types

@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_methods_other_than_post_are_refused(host: DeskHost, method):
    for script in ("order.php", "withdraw.php"):
        status, headers, body = host.site.server.get(f"desk/{script}?step=confirm&name=x", method=method,
                                                     headers={"X-HTTP-Method-Override": "POST"})
        assert status == 405, (method, script)
        assert_clean(body, headers)
    nothing_written(host)


@pytest.mark.parametrize("content_type", ["application/json", "text/plain", "multipart/form-data; boundary=b", "",
                                          "application/x-www-form-urlencoded-evil"])
def test_a_body_that_is_not_a_plain_form_is_refused(host: DeskHost, content_type):
    form = encoded(order_fields())
    bodies = {"application/json": b'{"item": [{"slug": "bougie", "qty": 1}], "total": "0.01"}',
              "multipart/form-data; boundary=b": (b'--b\r\nContent-Disposition: form-data; name="f"; filename="x.php"\r\n\r\n'
                                                  b"<?php echo 1;\r\n--b--\r\n")}
    headers = {"Content-Type": content_type} if content_type else {}
    for script in ("order.php", "withdraw.php"):
        status, got, page = raw_post(host.site.server, f"desk/{script}", bodies.get(content_type, form), headers)
        assert status == 415, (content_type, page[:500])
        assert "Cette demande a été refusée" in text(page)
        assert_clean(page, got)
    nothing_written(host)


def test_a_form_with_its_charset_is_taken(host: DeskHost):
    status, _h, page = raw_post(host.site.server, "desk/order.php", encoded(order_fields()),
                                {"Content-Type": "Application/X-WWW-Form-Urlencoded; charset=UTF-8"})
    assert status == 200 and len(host.orders()) == 1, page[:500]


# --------------------------------------------------------------------------- mail headers and addresses

BAD_EMAILS = [
    "a@example.fr\r\nBcc: victim@example.org", "a@example.fr\nBcc: victim@example.org", "a@example.fr\rX: y",
    "a@example.fr, victim@example.org", "a@example.fr;victim@example.org", "a@example.fr victim@example.org",
    "Eve <a@example.fr>", "<a@example.fr>", '"a\\"b"@example.fr', '"a b"@example.fr',
    "=?utf-8?q?a=0ABcc=3A_victim=40example.org?=@example.fr",  # an encoded word where an address goes
    "victim%example.org@example.fr",  # the percent hack: some mail servers relay it
    "example.org!victim@example.fr",  # a bang path
    "a@[127.0.0.1]", "a@localhost", "a{b}|c@example.fr", "a/b@example.fr", "a#b@example.fr", "a@example.fr.",
    "a..b@example.fr", "@example.fr", "a@", "a" * 250 + "@example.fr",
]


@pytest.mark.parametrize("email", BAD_EMAILS)
def test_an_address_that_is_not_one_plain_address_is_refused(host: DeskHost, email):
    status, page = host.post("order.php", order_fields(email=email))
    assert status == 400 and "n'est pas valide" in text(page), (email, page[:500])
    assert_clean(page)
    good = {"name": "Eve", "order": "2026-00042", "email": email, "step": "confirm", "website": ""}
    status, page = host.post("withdraw.php", good)
    assert status == 400 and "n'est pas valide" in text(page), (email, page[:500])
    nothing_written(host)


def _raw_headers(server: ApacheServer) -> list[str]:
    import re

    return [re.split(rb"\r?\n\r?\n", p.read_bytes(), maxsplit=1)[0].decode("utf-8", "replace")
            for p in server.mail_files()]


def test_nothing_a_visitor_types_reaches_a_mail_header(host: DeskHost):
    word = "=?UTF-8?B?QmNjOiB2aWN0aW1AZXhhbXBsZS5vcmc=?="  # "Bcc: victim@example.org"
    fields = order_fields(name=f"Eve {word}", line1="Bcc: victim@example.org", city="Cc: victim@example.org",
                          message="Hello\nBcc: victim@example.org\n\nTo: victim@example.org\n.\nRCPT TO: x@example.org",
                          email="eve+shop@example.fr", phone="Subject: spam")
    status, page = host.post("order.php", fields)
    assert status == 200, page[:800]
    status, page = host.post("withdraw.php", {"name": f"Eve {word}", "order": "2026-00001",
                                              "email": "eve+shop@example.fr", "step": "confirm", "website": ""})
    assert status == 200, page[:800]
    server = host.site.server
    mails = server.mails()
    assert len(mails) == 4  # order + notice, acknowledgement + notice: one each, no more
    assert [m["To"] for m in mails] == ["eve+shop@example.fr", "commandes@example.fr"] * 2
    for headers in _raw_headers(server):
        assert "victim" not in headers and "Eve" not in headers and "spam" not in headers, headers
        names = {line.split(":", 1)[0].lower() for line in headers.splitlines() if line and not line[0].isspace()}
        assert names <= {"to", "subject", "mime-version", "content-type", "content-transfer-encoding", "from",
                         "reply-to"}, names
    subjects = [m["Subject"] for m in mails]
    year = this_year()
    assert subjects[0] == f"Votre commande {year}-00001 chez Les Ruchers d'Anaïs"
    assert subjects[2].startswith("Rétractation de la commande 2026-00001")


# --------------------------------------------------------------------------- names of files

def test_no_visitor_text_ever_names_a_file(host: DeskHost):
    import re

    for order in ("2026-00042/../../x", "../2026-00042", "2026-00042\x00x", "2026-00042.sealed", "W2026-00001",
                  "2026-0004２", "2026_00042"):
        status, page = host.post("withdraw.php", {"name": "Eve", "order": order, "email": "eve@example.fr",
                                                  "step": "confirm"})
        assert status == 400, order
        assert_clean(page)
    for slug in ("../../echoppe-private/orders/x", "..", "/etc/passwd", "bougie/../pollen", "bougie%00"):
        assert host.post("order.php", order_fields(**{"item[1][slug]": slug}))[0] == 400, slug
    nothing_written(host)
    assert host.post("order.php", order_fields())[0] == 200
    assert host.post("withdraw.php", {"name": "Eve", "order": "2026-00042", "email": "eve@example.fr",
                                      "step": "confirm"})[0] == 200
    ours = re.compile(r"(orders/\d{4}-\d{5}\.sealed|withdrawals/W\d{4}-\d{5}\.sealed|"
                      r"state/(orders|withdrawals)\.counter|state/(rate|mail)-(order|withdrawal)\.json|\.htaccess)")
    written = [p.relative_to(host.private).as_posix() for p in host.private.rglob("*") if p.is_file()]
    assert written and all(ours.fullmatch(name) for name in written), written


# --------------------------------------------------------------------------- the private folder over HTTP

def test_what_the_desk_writes_is_out_of_reach_over_http(host: DeskHost):
    assert host.post("order.php", order_fields())[0] == 200
    assert host.post("withdraw.php", {"name": "Eve", "order": "2026-00001", "email": "eve@example.fr",
                                      "step": "confirm"})[0] == 200
    written = [p.relative_to(host.private).as_posix() for p in host.private.rglob("*") if p.is_file()]
    assert len(written) >= 5
    server = host.site.server
    for name in written:
        for path in (f"echoppe-private/{name}", f"../echoppe-private/{name}", f"desk/../../echoppe-private/{name}",
                     f"desk/%2e%2e/%2e%2e/echoppe-private/{name}", f"desk/..%2f..%2fechoppe-private/{name}"):
            status, headers, body = server.get(path)
            assert status in (400, 403, 404), path
            assert b"sealed" not in body and b"Require" not in body
    for path in ("desk/", "desk/config.json", "desk/catalogue.json", "desk/lib.php", "desk/.htaccess",
                 "desk/config.json?x=1", "desk//config.json", "desk/./catalogue.json", "desk/%63onfig.json",
                 "desk/lib.php/x", "desk/lib.php%00", "desk/config.json%20", "desk/lib.php.", "desk/.htaccess/"):
        status, headers, body = server.get(path)
        assert status in (400, 403, 404), path
        assert b"public_key" not in body and b"<?php" not in body and b"Require" not in body, path
        assert_clean(body, headers)


# --------------------------------------------------------------------------- a host that lost sodium or mail()

@pytest.fixture
def crippled(host: DeskHost, sshd_server, request) -> Iterator[ApacheServer]:
    """A second Apache on the same published folder whose PHP lacks the functions named by the test."""
    disabled, careless_ini = request.param, _careless_ini(apache._php_ini)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(apache, "_php_ini", lambda root: careless_ini(root) + f"disable_functions = {disabled}\n")
        server = start_apache(sshd_server.root / "apache" / f"crippled-{uuid.uuid4().hex[:8]}", host.site.docroot)
    try:
        yield server
    finally:
        stop_apache(server)


@pytest.mark.parametrize("crippled", ["sodium_crypto_box_seal"], indirect=True)
def test_without_sodium_the_desk_says_it_is_unavailable_and_uses_no_number(host: DeskHost, crippled):
    for script, fields in (("order.php", order_fields()), ("withdraw.php", {"name": "Eve", "order": "2026-00042",
                                                                           "email": "eve@example.fr", "step": "confirm"})):
        status, headers, page = raw_post(crippled, f"desk/{script}", encoded(list(dict(fields).items())), FORM)
        assert status == 503 and "n'est pas disponible" in text(page), page[:800]
        assert_clean(page, headers)
    nothing_written(host)
    assert not (host.private / "state" / "orders.counter").exists()
    # the same folder on a whole PHP goes on from number 1
    assert host.post("order.php", order_fields())[0] == 200
    assert host.orders()[0].name == f"{this_year()}-00001.sealed"


@pytest.mark.parametrize("crippled", ["mail"], indirect=True)
def test_without_mail_the_order_is_kept_and_the_page_says_the_shop_will_confirm(host: DeskHost, crippled):
    status, headers, page = raw_post(crippled, "desk/order.php", encoded(order_fields()), FORM)
    assert status == 200 and "la boutique vous confirmera la commande par e-mail" in text(page), page[:800]
    assert_clean(page, headers)
    assert len(host.orders()) == 1 and not host.site.server.mails()
    status, headers, page = raw_post(crippled, "desk/withdraw.php", encoded(
        [("name", "Eve"), ("order", "2026-00001"), ("email", "eve@example.fr"), ("step", "confirm")]), FORM)
    assert status == 200 and len(host.withdrawals()) == 1, page[:800]
    assert_clean(page, headers)


# --------------------------------------------------------------------------- numbers: races, replays, damage

def test_concurrent_orders_and_withdrawals_get_distinct_numbers_none_lost(host: DeskHost):
    order = encoded(order_fields())
    withdrawal = encoded([("name", "Eve"), ("order", "2026-00001"), ("email", "eve@example.fr"), ("step", "confirm")])

    def one(i: int) -> int:
        script, body = ("order.php", order) if i % 3 else ("withdraw.php", withdrawal)
        return raw_post(host.site.server, f"desk/{script}", body, FORM)[0]

    with concurrent.futures.ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(one, range(90)))
    assert statuses == [200] * 90
    year = this_year()
    assert sorted(host.open(p)["number"] for p in host.orders()) == [f"{year}-{n:05d}" for n in range(1, 61)]
    assert sorted(host.open(p)["number"] for p in host.withdrawals()) == [f"W{year}-{n:05d}" for n in range(1, 31)]
    assert len(host.site.server.mails()) == 180
    leftovers = [p.name for p in host.private.rglob(".*") if p.name != ".htaccess"]
    assert not leftovers


def test_a_replayed_confirmation_is_a_new_order_with_its_own_number(host: DeskHost):
    # The desk cannot tell a second order of the same cart from a replay: each gets its own number,
    # file and email, and the rate limit bounds how many (tested in test_desk_abuse.py).
    body = encoded(order_fields())
    for _ in range(3):
        assert raw_post(host.site.server, "desk/order.php", body, FORM)[0] == 200
    assert len({host.open(p)["number"] for p in host.orders()}) == 3


@pytest.mark.parametrize("counter", ["", "abc", "-5", "12abc", "99999999999999999999999"])
def test_a_damaged_counter_never_reuses_a_number(host: DeskHost, counter):
    state = host.private / "state"
    assert host.post("order.php", order_fields())[0] == 200  # number 1, kept on the host
    first = host.orders()[0].read_bytes()
    (state / "orders.counter").write_text(counter)
    status, page = host.post("order.php", order_fields())
    assert_clean(page)
    assert host.orders()[0].read_bytes() == first  # never overwritten
    if status == 200:
        numbers = [host.open(p)["number"] for p in host.orders()]
        assert len(set(numbers)) == 2
    else:
        assert status == 503 and len(host.orders()) == 1


def test_an_existing_order_file_is_never_overwritten(host: DeskHost):
    # A host restored from an old backup rolls the counter back under orders still waiting.
    for _ in range(3):
        assert host.post("order.php", order_fields())[0] == 200
    before = {p.name: p.read_bytes() for p in host.orders()}
    (host.private / "state" / "orders.counter").write_text("1")
    status, page = host.post("order.php", order_fields())
    assert_clean(page)
    after = {p.name: p.read_bytes() for p in host.orders()}
    assert all(after[name] == data for name, data in before.items())
    assert status == 200 and len(after) == 4, page[:600]


# --------------------------------------------------------------------------- what the pages echo

QUOTES = "\" autofocus onfocus=\"alert(1)\" x='&amp;"


@pytest.mark.parametrize("fields", [
    {"item[0][slug]": QUOTES}, {"coupon": QUOTES}, {"item[0][variant]": QUOTES},
    {"name": QUOTES, "step": "review"}, {"city": QUOTES, "step": "review"}, {"message": QUOTES + "\n" + QUOTES, "step": "review"},
    {"phone": QUOTES[:40], "step": "review"}, {"email": "a@b", "name": QUOTES},
], ids=["slug", "coupon", "variant", "name", "city", "note", "phone", "refusal"])
def test_pages_echo_what_was_sent_only_escaped(host: DeskHost, fields):
    status, headers, page = raw_post(host.site.server, "desk/order.php", encoded(order_fields(**fields)), FORM)
    assert status in (200, 400), page[:500]
    assert '" autofocus' not in page and "x='" not in page and "onfocus=\"alert" not in page
    assert "&amp;amp;" in page or QUOTES not in text(page)  # shown, if at all, as the text it was
    assert_clean(page, headers)
    assert headers["content-security-policy"].startswith("default-src 'self'")
    assert headers["x-content-type-options"] == "nosniff"
    nothing_written(host)


def test_the_withdrawal_review_echoes_only_escaped_text(host: DeskHost):
    status, headers, page = raw_post(host.site.server, "desk/withdraw.php", encoded(
        [("name", QUOTES), ("order", "2026-00042"), ("email", "eve@example.fr"), ("step", "review")]), FORM)
    assert status == 200 and '" autofocus' not in page and "x='" not in page
    assert_clean(page, headers)


# --------------------------------------------------------------------------- withdrawal with forged data

def test_a_forged_withdrawal_reaches_only_the_address_typed_and_tells_the_shop_nothing_personal(host: DeskHost):
    # The desk cannot open orders (it only seals), so it cannot check that an order number exists or
    # belongs to the email: it acknowledges the declaration to the address typed, keeps it sealed with
    # exactly what was typed, and the app links it to the order by number for the merchant to compare.
    assert host.post("order.php", order_fields())[0] == 200  # Margaux's order 00001
    host.site.server.clear_mail()
    year = this_year()
    for order in (f"{year}-00001", f"{year}-99999"):
        status, page = host.post("withdraw.php", {"name": "Eve Forger", "order": order, "email": "eve@example.org",
                                                  "step": "confirm"})
        assert status == 200, page[:500]
    mails = host.site.server.mails()
    assert [m["To"] for m in mails] == ["eve@example.org", "commandes@example.fr"] * 2
    for notice in mails[1::2]:
        content = notice.get_content()
        assert "Eve" not in content and "eve@" not in content and "Margaux" not in content
    for ack in mails[0::2]:
        assert "Margaux" not in ack.get_content() and "Lilas" not in ack.get_content()
    declarations = [host.open(p) for p in host.withdrawals()]
    assert [(d["order_number"], d["name"], d["email"]) for d in declarations] == [
        (f"{year}-00001", "Eve Forger", "eve@example.org"), (f"{year}-99999", "Eve Forger", "eve@example.org")]


# --------------------------------------------------------------------------- a private folder inside the web root

def test_a_private_folder_in_the_web_root_denies_every_file_the_desk_writes(tmp_path, sshd_server, apache_site,
                                                                          known_hosts):
    desk = publish_desk_shop(tmp_path, sshd_server, apache_site, known_hosts, target_path="/" + apache_site.sftp_path)
    try:
        name = desk.shop.get_value("desk.private_dir").rsplit("/", 1)[1]
        folder = apache_site.docroot / name
        (folder / ".htaccess").unlink()  # removed on the host by mistake: the desk puts it back
        assert desk.post("order.php", order_fields())[0] == 200
        assert desk.post("withdraw.php", {"name": "Eve", "order": "2026-00001", "email": "eve@example.fr",
                                          "step": "confirm"})[0] == 200
        assert "Require all denied" in (folder / ".htaccess").read_text()
        written = [p.relative_to(apache_site.docroot).as_posix() for p in folder.rglob("*")]
        assert len(written) >= 8  # folders, sealed files, counters, rate state, .htaccess
        server = apache_site.server
        for path in [*written, f"{name}/", f"{name}/state/", f"{name}/state/orders.counter%20",
                     f"{name.upper()}/", f"desk/../{name}/orders/"]:
            status, _headers, body = server.get(path)
            assert status in (403, 404), path
            assert b"sealed" not in body and b"counter" not in body and b"Index of" not in body, path
        for listing in ("", "desk/", "static/", "img/"):
            assert name.encode() not in server.get(listing)[2]
    finally:
        desk.shop.close()


# --------------------------------------------------------------------------- where requests come from

def test_a_post_another_site_made_a_browser_send_is_refused(host: DeskHost):
    server = host.site.server
    for script, fields in (("order.php", order_fields()), ("withdraw.php", [("name", "Eve"), ("order", "2026-00042"),
                                                                            ("email", "eve@example.fr"), ("step", "confirm")])):
        status, headers, page = raw_post(server, f"desk/{script}", encoded(fields),
                                         {**FORM, "Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"})
        assert status == 403 and "Cette demande a été refusée" in text(page), script
        assert_clean(page, headers)
    nothing_written(host)
    for site in ("same-origin", "none"):
        assert raw_post(server, "desk/order.php", encoded(order_fields()), {**FORM, "Sec-Fetch-Site": site})[0] == 200


def test_a_refusal_links_back_to_the_page_that_sends_there(host: DeskHost):
    # history.back() in a javascript: link would be blocked by the desk's own CSP (no inline script).
    _status, page = host.post("order.php", order_fields(**{"item[0][qty]": "0"}))
    assert '<a href="../panier.html">Retour</a>' in page
    _status, page = host.post("withdraw.php", {"name": "", "order": "1", "email": "eve@example.fr"})
    assert '<a href="../retractation.html">Retour</a>' in page
    for script, fields in (("order.php", order_fields(step="review")), ("order.php", order_fields()),
                           ("withdraw.php", {"name": "Eve", "order": "2026-00042", "email": "eve@example.fr"})):
        assert "javascript:" not in host.post(script, fields)[1]


def test_the_forwarded_for_header_does_not_change_who_is_counted(host: DeskHost):
    host.set_limits(per_ip=2)
    try:
        statuses = [raw_post(host.site.server, "desk/order.php", encoded(order_fields()),
                             {**FORM, "X-Forwarded-For": f"203.0.113.{i}", "X-Real-IP": f"203.0.113.{i}",
                              "Client-IP": f"203.0.113.{i}"})[0] for i in range(4)]
        assert statuses == [200, 200, 429, 429]
    finally:
        host.set_limits(per_ip=100_000)


RATE_PROBE = """<?php
define('ECHOPPE_DESK', 1);
define('ECHOPPE_DESK_TEST', 1);
require $argv[1] . '/lib.php';
$out = [];
foreach (json_decode(stream_get_contents(STDIN), true) as $ip) {
    $_SERVER['REMOTE_ADDR'] = $ip;
    try { rate_limit('order'); $out[] = 'ok'; } catch (RuntimeException $e) { $out[] = $e->getMessage(); }
}
echo json_encode($out);
"""


def test_an_ipv6_visitor_cannot_dodge_the_limit_with_the_addresses_of_its_64(tmp_path):
    import json
    import subprocess

    from tests.desk.deskshop import build_with_desk, make_desk_shop

    shop = make_desk_shop(tmp_path / "shop.echoppe")
    try:
        build_with_desk(shop, tmp_path / "site")
    finally:
        shop.close()
    desk = tmp_path / "site" / "desk"
    config = json.loads((desk / "config.json").read_text())
    config["limits"].update(per_ip=3, **{"global": 1000})
    (desk / "config.json").write_text(json.dumps(config))
    (tmp_path / "probe.php").write_text(RATE_PROBE)
    one_64 = [f"2001:db8:1:2:{i:x}::{i:x}" for i in range(1, 6)]
    others = ["2001:db8:1:3::1", "192.0.2.1", "192.0.2.2", "::ffff:192.0.2.3", "::ffff:192.0.2.4"]
    run = subprocess.run(["php", str(tmp_path / "probe.php"), str(desk)], input=json.dumps(one_64 + others),
                         capture_output=True, text=True, check=True)
    assert json.loads(run.stdout) == ["ok", "ok", "ok", "tooMany", "tooMany"] + ["ok"] * 5
    assert "2001:db8" not in (tmp_path / "echoppe-private" / "state" / "rate-order.json").read_text()


def test_extra_path_after_the_script_is_not_found(host: DeskHost):
    # /desk/order.php/x would run the desk with every relative link of its page pointing into itself.
    for path in ("desk/order.php/x", "desk/order.php/", "desk/withdraw.php/..%2f..%2fx", "desk/order.php/static/site.css"):
        status, headers, page = raw_post(host.site.server, path, encoded(order_fields()), FORM)
        assert status == 404, path
        assert_clean(page, headers)
    nothing_written(host)


def test_a_forged_host_header_reaches_no_page_or_email(host: DeskHost):
    status, _headers, page = raw_post(host.site.server, "desk/order.php", encoded(order_fields()),
                                     {**FORM, "Host": "evil.example"})
    assert status == 200 and "evil.example" not in page
    assert all("evil.example" not in p.read_text(errors="replace") for p in host.site.server.mail_files())


# --------------------------------------------------------------------------- the publish probe on a host lacking a part

@pytest.mark.parametrize("missing", ["sodium_crypto_box_seal", "mail"])
def test_the_probe_keeps_the_desk_off_on_a_host_without_sodium_or_mail(tmp_path, sshd_server, known_hosts, missing):
    from tests.desk.deskshop import make_desk_shop
    from tests.support.sshd import PASSWORD
    from wizard.publish.shop import Built, publish_shop

    reason = apache_available()
    if reason:
        pytest.skip(reason)
    careless_ini = _careless_ini(apache._php_ini)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(apache, "_php_ini", lambda root: careless_ini(root) + f"disable_functions = {missing}\n")
        site = make_site(sshd_server)
    try:
        shop = make_desk_shop(tmp_path / "shop.echoppe", target_path=site.sftp_path, public_url=site.url,
                              port=sshd_server.port)
        try:
            events = list(publish_shop(shop, PASSWORD, known_hosts=known_hosts))
            built = next(e for e in events if isinstance(e, Built))
            probe = shop.get_value("desk.probe")
        finally:
            shop.close()
        assert probe == {"ok": False, "php": "8.2", "sodium": missing != "sodium_crypto_box_seal",
                         "mail": missing != "mail", "depth": 0, "denies": None}  # no deny probe without PHP
        name = "sodium" if missing.startswith("sodium") else "mail()"
        assert any(f"without {name}" in str(w) for w in built.warnings), [str(w) for w in built.warnings]
        root = site.docroot
        assert not (root / "desk").exists() and not list(root.glob("echoppe-probe-*"))
        assert "mailto:commandes@example.fr" in (root / "retractation.html").read_text()
    finally:
        stop_apache(site.server)
        shutil.rmtree(site.home, ignore_errors=True)
