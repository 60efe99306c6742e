"""The Orders window tells, in the person's language, why each order file stayed on the host, and warns
about a withdrawal declaration whose name or e-mail is not its order's — through the real widgets, a real
fetch over the chrooted sshd, in English and in French."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from nacl.public import SealedBox
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.orders.orderdata import order_data, seal, two_line_order, withdrawal_data
from tests.ui.test_orders_page_fetch import _fetch, _place, desk  # noqa: F401 - the fixture
from wizard.domain.orders import OrderStatus, parse_order
from wizard.publish.orders_fetch import Refusal, Rejected
from wizard.store import orders as store
from wizard.ui.i18n import install_language
from wizard.ui.orders.window import OrdersWindow
from wizard.ui.session import ShopSession

LEFT = Qt.MouseButton.LeftButton

# What the person reads for each reason, per language (the words of wizard/ui/orders/fetch_panel.py).
WORDS: dict[str, dict[Refusal, str]] = {
    "en": {
        Refusal.NOT_SEALED_FOR_THIS_KEY: "it does not open with this shop's key",
        Refusal.NOT_JSON: "it is not an order written by your order desk",
        Refusal.INVALID_ORDER: "it is not a valid order (",
        Refusal.NUMBER_MISMATCH: "the number inside is not the file's name",
        Refusal.UNREADABLE: "it could not be read (",
        Refusal.CONFLICT: "another order with this number is already in your shop file",
    },
    "fr": {
        Refusal.NOT_SEALED_FOR_THIS_KEY: "il ne s'ouvre pas avec la clé de cette boutique",
        Refusal.NOT_JSON: "ce n'est pas une commande écrite par votre prise de commande",
        Refusal.INVALID_ORDER: "ce n'est pas une commande valide (",
        Refusal.NUMBER_MISMATCH: "le numéro qu'il contient n'est pas celui du nom du fichier",
        Refusal.UNREADABLE: "il n'a pas pu être lu (",
        Refusal.CONFLICT: "une autre commande portant ce numéro est déjà dans le fichier de votre boutique",
    },
}
HEADER = {"en": "These files could not be opened: they stay on your host",
          "fr": "Ces fichiers n'ont pas pu être ouverts : ils restent sur votre hébergeur"}
DOUBT_REPORT = {"en": "Check before refunding: withdrawal W2026-00002 for order 2026-00001 was filed by Paul Intrus",
                "fr": "À vérifier avant de rembourser : la rétractation W2026-00002 de la commande 2026-00001 a "
                      "été déposée par Paul Intrus"}
DOUBT_DETAIL = {"en": "Check before refunding: the name or e-mail on withdrawal W2026-00002 (Paul Intrus, "
                      "paul@intrus.example) differs from the order's.",
                "fr": "À vérifier avant de rembourser : le nom ou l'e-mail de la rétractation W2026-00002 (Paul "
                      "Intrus, paul@intrus.example) diffère de celui de la commande."}
DOUBT_CONFIRM = {"en": "Careful: the name or e-mail on the withdrawal declaration differs from the order's.",
                 "fr": "Attention : le nom ou l'e-mail de la déclaration de rétractation diffère de celui de la commande."}


@pytest.fixture(params=["en", "fr"])
def lang(request) -> str:
    install_language(request.param)
    return str(request.param)


@pytest.fixture
def window(qtbot, desk, lang):  # noqa: F811
    session = ShopSession()
    session.attach(desk[0])
    win = OrdersWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.fetch_panel.close_dialog()
    session._shop = None  # the desk fixture closes the file


def _bad_files(real: Path, key) -> dict[str, Refusal]:
    """One file per reason the server can give; the name each is kept under and the reason expected."""
    _place(real, "orders", "2026-00011.sealed", b"garbage, not sealed with this shop's key")
    _place(real, "orders", "2026-00012.sealed", SealedBox(key.public_key).encrypt(b"\xff\xfe not json"))
    _place(real, "orders", "2026-00013.sealed", seal(key, order_data("2026-00013", total="1.00")))
    _place(real, "orders", "2026-00014.sealed", seal(key, order_data("2026-00099")))
    unreadable = real / "orders" / "2026-00015.sealed"
    unreadable.write_bytes(seal(key, order_data("2026-00015")))
    unreadable.chmod(0o600)  # left to root: the jailed login cannot open it
    _place(real, "orders", "2026-00016.sealed", seal(key, two_line_order("2026-00016", honey=1, soap=2)))
    return {
        "orders/2026-00011.sealed": Refusal.NOT_SEALED_FOR_THIS_KEY,
        "orders/2026-00012.sealed": Refusal.NOT_JSON,
        "orders/2026-00013.sealed": Refusal.INVALID_ORDER,
        "orders/2026-00014.sealed": Refusal.NUMBER_MISMATCH,
        "orders/2026-00015.sealed": Refusal.UNREADABLE,
        "orders/2026-00016.sealed": Refusal.CONFLICT,
    }


def test_the_fetch_report_names_each_refused_file_and_says_why_in_plain_words(qtbot, window, desk, lang) -> None:  # noqa: F811
    if os.geteuid() != 0:
        pytest.skip("the unreadable file needs another owner than the jailed login")
    shop, real, key = desk
    # 2026-00016 is first stored with one content; then the host offers another under the same number.
    first = two_line_order("2026-00016", honey=1, soap=1)
    store.store_order(shop, parse_order(first), json.dumps(first, sort_keys=True))
    expected = _bad_files(real, key)
    _place(real, "orders", "2026-00017.sealed", seal(key, two_line_order("2026-00017")))

    result = _fetch(qtbot, window)
    assert result.new_orders == ("2026-00017",)  # the good file came in, none held it up
    assert {r.name: r.kind for r in result.rejected} == expected
    panel = window.fetch_panel
    assert panel.refused_label.isVisible()
    text = panel.refused_label.text()
    assert HEADER[lang] in text, text
    lines = {line.removeprefix("• ").split(" — ")[0]: line for line in text.splitlines() if line.startswith("• ")}
    assert set(lines) == set(expected), text  # each file by its name, once
    for name, kind in expected.items():
        assert WORDS[lang][kind] in lines[name], (name, lines[name])
    if lang == "fr":  # nothing left in English
        for english in WORDS["en"].values():
            assert english not in text, english
    assert sorted(p.name for p in (real / "orders").iterdir()) == sorted(n.split("/")[1] for n in expected)


def test_every_reason_has_its_own_words_in_each_language(window, lang) -> None:
    """All kinds, including those a test host cannot produce on demand (a file changed while read)."""
    panel = window.fetch_panel
    texts = {kind: panel._reason(Rejected("orders/2026-00001.sealed", kind, "d")) for kind in Refusal}
    assert len(set(texts.values())) == len(Refusal)  # no two reasons read alike
    for kind, text in texts.items():
        assert text and "{" not in text, (kind, text)
        if kind in (Refusal.INVALID_ORDER, Refusal.UNREADABLE):
            assert "(d)" in text
    if lang == "fr":
        install_language("en")
        english = {kind: panel._reason(Rejected("orders/2026-00001.sealed", kind, "d")) for kind in Refusal}
        install_language("fr")
        assert all(texts[k] != english[k] for k in Refusal), "a reason is not translated"


def test_a_withdrawal_that_does_not_match_its_order_is_flagged_in_the_report_and_the_detail(
        qtbot, window, desk, lang) -> None:  # noqa: F811
    shop, real, key = desk
    _place(real, "orders", "2026-00001.sealed", seal(key, two_line_order("2026-00001", honey=1, soap=1)))
    same = {**withdrawal_data("W2026-00001", "2026-00001"), "name": "margaux lefevre", "email": "MARGAUX@example.fr"}
    other = {**withdrawal_data("W2026-00002", "2026-00001"), "name": "Paul Intrus", "email": "paul@intrus.example"}
    _place(real, "withdrawals", "W2026-00001.sealed", seal(key, same))
    _place(real, "withdrawals", "W2026-00002.sealed", seal(key, other))

    result = _fetch(qtbot, window)
    assert result.new_withdrawals == ("W2026-00001", "W2026-00002")
    panel = window.fetch_panel
    report = panel.refused_label.text()
    assert panel.refused_label.isVisible() and DOUBT_REPORT[lang] in report, report
    assert "W2026-00001 " not in report  # the customer's own declaration is not flagged

    row = window.model.row_of("2026-00001")
    qtbot.mouseClick(window.table.viewport(), LEFT, pos=window.table.visualRect(window.model.index(row, 0)).center())
    detail = window.detail
    assert detail.order is not None and detail.order.number == "2026-00001"
    assert detail.withdrawal_label.isVisible()
    assert "W2026-00001" in detail.withdrawal_label.text() and "W2026-00002" in detail.withdrawal_label.text()
    assert detail.doubt_label.isVisible()
    assert DOUBT_DETAIL[lang] in detail.doubt_label.text(), detail.doubt_label.text()
    assert "W2026-00001" not in detail.doubt_label.text()
    assert store.get_order(shop, "2026-00001").status == OrderStatus.NEW  # nothing applied on a declaration

    # recording the withdrawal says it once more before the stock goes back
    qtbot.mouseClick(detail.status_buttons[OrderStatus.WITHDRAWN], LEFT)
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert DOUBT_CONFIRM[lang] in box.text(), box.text()
    qtbot.mouseClick(box.findChild(type(box.buttons()[0]), "confirmStatusNo"), LEFT)
    assert store.get_order(shop, "2026-00001").status == OrderStatus.NEW


def test_a_withdrawal_that_matches_its_order_shows_no_warning(qtbot, window, desk) -> None:  # noqa: F811
    _shop, real, key = desk
    _place(real, "orders", "2026-00001.sealed", seal(key, two_line_order("2026-00001")))
    same = {**withdrawal_data("W2026-00001", "2026-00001"), "name": "Margaux Lefèvre"}
    _place(real, "withdrawals", "W2026-00001.sealed", seal(key, same))
    result = _fetch(qtbot, window)
    assert result.doubtful == ()
    assert not window.fetch_panel.refused_label.isVisible()
    window.select("2026-00001")
    assert window.detail.withdrawal_label.isVisible()
    assert not window.detail.doubt_label.isVisible()
