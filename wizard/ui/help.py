"""Real help per page: the questions beginners ask, answered in plain words (F1 shows it).

Texts are keyed by the page's objectName (stable across reworks of a page) and shown under the
page's short intro, inside its help box. Links open in the person's browser.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

HELP_OBJECT_NAME = "helpDetails"


def _section(title: str, *paragraphs: str) -> str:
    return f"<h4>{title}</h4>" + "".join(f"<p>{p}</p>" for p in paragraphs)


def _host() -> str:
    return _section(
        QCoreApplication.translate("Help", "Who is the host?"),
        QCoreApplication.translate("Help", "The host is the company whose computers keep your site on the Internet day and night "
           "(for example OVHcloud, o2switch, Infomaniak, IONOS). The law asks you to name it on the "
           "legal notice page: its name, address and phone number are on your host's contract or on "
           "its own website, under “Mentions légales”."),
    )


def _folder_to_site() -> str:
    return _section(
        QCoreApplication.translate("Help", "How does a folder on my computer become a site on the Internet?"),
        QCoreApplication.translate("Help", "Échoppe writes your whole shop as ordinary files (pages, photos) into a folder. "
           "Publishing copies that folder to your host's computer over a secure connection (SFTP); "
           "from then on, anyone who types your address sees those files. Publishing to a folder only "
           "keeps the files on your computer: nothing is on the Internet yet, which is a good way to "
           "look at everything first."),
        QCoreApplication.translate("Help", "You need a hosting plan with SFTP access (the host sends you a server name, a user name "
           "and a password) and, if you want, a domain name such as ruches-de-margaux.fr."),
    )


def _payment() -> str:
    return _section(
        QCoreApplication.translate("Help", "How will customers pay?"),
        QCoreApplication.translate("Help", "Your site takes the order; you choose how the money arrives: a payment link (Stripe, "
           "SumUp, PayPal…) that you paste into the shop, a bank transfer with your IBAN, a cheque, "
           "or cash when the customer collects. You receive each order by e-mail and confirm it "
           "once paid. Your site never sees a card number."),
    )


def _siret() -> str:
    return _section(
        QCoreApplication.translate("Help", "What is a SIRET and where do I find it?"),
        QCoreApplication.translate("Help", "The SIRET is the 14-digit number that identifies your business in France (the first 9 "
           "digits are your SIREN). You received it when you registered, for a micro-entreprise too. "
           "Lost it? Type your name or business name on "
           "<a href=\"https://annuaire-entreprises.data.gouv.fr\">annuaire-entreprises.data.gouv.fr</a>, "
           "or download your INSEE “avis de situation” on "
           "<a href=\"https://avis-situation-sirene.insee.fr\">avis-situation-sirene.insee.fr</a>."),
        QCoreApplication.translate("Help", "Not registered yet? You can fill it in later: the shop cannot be published to the "
           "Internet without it, and the Publish page reminds you."),
    )


def _mediator() -> str:
    return _section(
        QCoreApplication.translate("Help", "What is a consumer mediator and how do I choose one?"),
        QCoreApplication.translate("Help", "Every business that sells to consumers in France must offer a free consumer mediator: "
           "an independent body a customer can turn to when you cannot agree. You join one (a yearly "
           "fee, often a few dozen euros for a small business) and name it on your site. The official "
           "list is kept by the CECMC on "
           "<a href=\"https://www.economie.gouv.fr/mediation-conso\">economie.gouv.fr/mediation-conso</a>: "
           "pick one for your trade or a general one, then copy its name and website here."),
    )


def _vat() -> str:
    return _section(
        QCoreApplication.translate("Help", "VAT franchise (franchise en base)"),
        QCoreApplication.translate("Help", "Under a yearly turnover threshold, a small business may charge no VAT at all: prices are "
           "then the final prices, and every invoice must carry the sentence “TVA non applicable, "
           "art. 293 B du CGI”. Échoppe writes it for you when you tick the franchise. Above the "
           "threshold, or if you chose to charge VAT, enter your VAT number and rates."),
    )


def _texts() -> dict[str, str]:
    return {
        "welcomePage": _section(
            QCoreApplication.translate("Help", "Where is my shop kept?"),
            QCoreApplication.translate("Help", "Your shop is one file on your computer: products, photos, settings. Everything is "
               "saved as you type; there is no Save button. Keep a copy of that file (Échoppe makes "
               "backups too) and you can reopen the shop on any computer."),
        ) + _folder_to_site(),
        "nichePage": _section(
            QCoreApplication.translate("Help", "Why choose what I sell?"),
            QCoreApplication.translate("Help", "It gives you a head start: the right fields for your products (weights for food, "
               "dates for workshops…), a fitting theme, and a few example products to show the idea. "
               "You can change everything afterwards, and remove the examples before publishing."),
        ),
        "shopPage": _siret() + _mediator() + _host() + _vat(),
        "productsPage": _section(
            QCoreApplication.translate("Help", "Products, photos and variants"),
            QCoreApplication.translate("Help", "Add a product, give it a name, a price and a photo (a JPEG or PNG from your phone is "
               "fine: Échoppe makes the small versions). Use variants when the same product comes in "
               "several sizes or flavours with their own price. You can also import a spreadsheet "
               "(.csv, .xlsx, .ods): drop it on this page."),
        ),
        "sellingPage": _payment() + _vat() + _section(
            QCoreApplication.translate("Help", "Coupons"),
            QCoreApplication.translate("Help", "A coupon is a code your customers type to get a discount (a percentage or an "
               "amount). Give it an end date so it does not run forever."),
        ),
        "shippingPage": _section(
            QCoreApplication.translate("Help", "Shipping"),
            QCoreApplication.translate("Help", "Say where you ship and what it costs; the customer sees the cost before ordering. "
               "Give each option its delivery deadline in days: the terms of sale promise it (30 days when "
               "you give none)."),
            QCoreApplication.translate("Help", "Pickup (the customer collects the order at your place or at a "
               "market) is free unless you type a price. It needs the pickup address and opening hours: "
               "the terms of sale show them."),
        ),
        "lookPage": _section(
            QCoreApplication.translate("Help", "Themes and colours"),
            QCoreApplication.translate("Help", "The theme is the layout; your colours go on top. Nothing here is final: change the "
               "look at any time and publish again. “Preview my shop” builds the real site on your "
               "computer only."),
        ),
        "publishPage": _folder_to_site() + _host() + _payment(),
        "ordersPage": _payment() + _section(
            QCoreApplication.translate("Help", "Orders"),
            QCoreApplication.translate("Help", "Each order your site takes arrives here and by e-mail. Mark it paid once the money "
               "is there, then shipped; the customer's right of withdrawal (rétractation) runs from "
               "delivery."),
        ),
    }


def help_text(page_name: str) -> str:
    """The detailed help of the page named ``page_name`` (rich text), or "" when it has none."""
    return _texts().get(page_name, "")


def help_details(parent: QWidget | None = None) -> QTextBrowser:
    """The scrollable box that holds a page's detailed help, hidden until F1."""
    view = QTextBrowser(parent)
    view.setObjectName(HELP_OBJECT_NAME)
    view.setOpenExternalLinks(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setMinimumHeight(160)
    view.setMaximumHeight(260)
    view.hide()
    return view
