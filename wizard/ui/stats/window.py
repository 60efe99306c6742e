"""The Statistics window: a period, the key numbers, visits per day, the funnel, products, sources, searches.

Everything comes from the days stored in the shop file by reading the host's access logs (the engine in
:mod:`wizard.stats`); the window adds nothing to the pages and counts nothing itself. Each chart has its
numbers written under it as text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wizard.stats.periods import PERIODS, PeriodView, period_view
from wizard.ui.session import ShopSession
from wizard.ui.stats.charts import FUNNEL, BarsChart, DailyChart, qdate
from wizard.ui.stats.fetch_panel import LogsPanel
from wizard.ui.stats.labels import Group, group_label, group_of, source_label
from wizard.ui.widgets.common import HelpBox

TOP = 6
SIZE = QSize(1200, 700)  # fits a 1280×720 screen with its panels


class ChartBox(QGroupBox):
    """A titled box: the chart, then its numbers as text (selectable, read by screen readers)."""

    def __init__(self, title: str, chart: QWidget, name: str) -> None:
        super().__init__(title)
        self.setObjectName(name + "Box")
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(chart, 1)
        self.text = QLabel()
        self.text.setObjectName(name + "Text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setStyleSheet("font-weight: normal;")
        layout.addWidget(self.text)

    def set_text(self, text: str, full: str | None = None) -> None:
        """``text`` under the chart; ``full`` (every number drawn) for screen readers and as a tooltip."""
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.chart.setAccessibleName(self.title())
        self.chart.setAccessibleDescription(full or text)
        self.chart.setToolTip(full or text)


class StatsWindow(QWidget):
    """The visits of the open shop, in its own window (reachable at any time once a shop is open)."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statsWindow")
        self.session = session
        self.view: PeriodView | None = None
        self.setWindowTitle(self.tr("Statistics — Échoppe"))
        self._fit()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("statsBody")
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        self.help_box = HelpBox(self.tr(
            "Your visitors, counted from the log your host already keeps: nothing is added to your pages, "
            "no cookie is set, no address is kept. Fetch the new visits from time to time."))
        layout.addWidget(self.help_box)
        show = QLabel(self.tr("&Show the last:"))
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("statsPeriod")
        for days in PERIODS:
            self.period_combo.addItem(self.tr("{days} days").format(days=days), days)
        show.setBuddy(self.period_combo)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period_label = QLabel()
        self.period_label.setObjectName("statsPeriodText")
        self.period_label.setMinimumWidth(40)  # shrinks before anything is pushed out of the window
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.period_label.setToolTip(self.tr("A period ends on the last day counted: fetch the new visits to "
                                             "bring it up to today."))
        self.logs_panel = LogsPanel(session)
        self.logs_panel.storedSomething.connect(self.refresh)
        row = self.logs_panel.button_row  # one row: the period on the left, the logs' buttons on the right
        row.takeAt(row.count() - 1)  # the panel's own stretch
        row.insertWidget(0, show)
        row.insertWidget(1, self.period_combo)
        row.insertWidget(2, self.period_label, 1)
        layout.addWidget(self.logs_panel)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("statsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setText(self.tr(
            "No visits counted yet.\n\n"
            "Click “Fetch the new visits from my host”: Échoppe reads the access logs your host keeps "
            "(the same login as publishing). If your host does not let it, download a log from your host's "
            "control panel and click “Read a log file…”.\n\n"
            "Nothing is added to your pages and no cookie is set: there is no consent banner to show."))
        self.empty_label.setMargin(16)
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self.empty_label)

        self.content = QWidget()
        self.content.setObjectName("statsContent")
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        self._build_figures(content)
        self._build_charts(content)
        layout.addWidget(self.content, 1)
        self._body = layout
        layout.addStretch(0)  # takes the room the charts leave when there are none (the empty state)
        session.changed.connect(self._on_shop_changed)
        self.refresh()

    def _fit(self) -> None:
        size = QSize(SIZE)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() - QSize(16, 40))
        self.resize(size)

    def _build_figures(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.figures: dict[str, QLabel] = {}
        captions = {
            "visits": self.tr("visits"), "pageviews": self.tr("pages seen"),
            "product_views": self.tr("product views"), "cart_adds": self.tr("added to the cart"),
            "orders": self.tr("orders sent"), "searches": self.tr("searches"),
        }
        for key, caption in captions.items():
            label = QLabel()
            label.setObjectName("figure_" + key)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setProperty("caption", caption)
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            label.setFont(font)
            self.figures[key] = label
            row.addWidget(label, 1)
        layout.addLayout(row)

    def _build_charts(self, layout: QVBoxLayout) -> None:
        grid = QGridLayout()
        grid.setSpacing(6)
        self.daily = ChartBox(self.tr("Visits per day (blue bars) and pages seen (orange line)"), DailyChart(self), "daily")
        self.funnel = ChartBox(self.tr("From looking to buying"), BarsChart(FUNNEL, self), "funnel")
        self.products = ChartBox(self.tr("Products looked at most"), BarsChart(parent=self), "products")
        self.sources = ChartBox(self.tr("Where your visitors come from"), BarsChart("#2f7ebc", self), "sources")
        self.searches = ChartBox(self.tr("What people searched on your site"), BarsChart("#8a5cc2", self),
                                 "searches")
        grid.addWidget(self.daily, 0, 0, 1, 2)
        grid.addWidget(self.funnel, 0, 2)
        grid.addWidget(self.products, 1, 0)
        grid.addWidget(self.sources, 1, 1)
        grid.addWidget(self.searches, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid, 1)

    # ------------------------------------------------------------------ reading
    def period_length(self) -> int:
        return int(self.period_combo.currentData())

    def set_period(self, days: int) -> None:
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(days), 0))

    @Slot()
    def refresh(self) -> None:
        if not self.session.is_open:
            return
        self.view = period_view(self.session.shop, self.period_length())
        self.empty_label.setVisible(self.view is None)
        self.content.setVisible(self.view is not None)
        self.period_combo.setEnabled(self.view is not None)
        self._body.setStretch(self._body.count() - 1, 1 if self.view is None else 0)
        if self.view is None:
            self.period_label.setText("")
            return
        locale = QLocale()
        self.period_label.setText(self.tr("from {first} to {last}").format(
            first=locale.toString(qdate(self.view.first), "d MMM yyyy"),
            last=locale.toString(qdate(self.view.last), "d MMM yyyy")))
        self._show_figures(self.view)
        self._show_daily(self.view)
        self._show_funnel(self.view)
        self._show_products(self.view)
        self._show_sources(self.view)
        self._show_searches(self.view)

    def _n(self, value: int) -> str:
        return QLocale().toString(value)

    def _percent(self, part: int, whole: int) -> str:
        return self.tr("{percent}%").format(percent=QLocale().toString(100 * part / whole, "f", 0)) if whole \
            else "–"

    def _show_figures(self, view: PeriodView) -> None:
        t = view.totals
        values = {"visits": t.visits, "pageviews": t.pageviews, "product_views": t.product_view_total,
                  "cart_adds": t.cart_adds, "orders": t.orders, "searches": t.searches}
        for key, label in self.figures.items():
            label.setText(f"{self._n(values[key])}\n{label.property('caption')}")
            label.setAccessibleName(label.text().replace("\n", " "))

    def _show_daily(self, view: PeriodView) -> None:
        days = view.days
        visits = [d.visits for d in days]
        pages = [d.pageviews for d in days]
        chart = self.daily.chart
        assert isinstance(chart, DailyChart)
        chart.show_days([d.day for d in days], visits, pages)
        best = max(days, key=lambda d: (d.visits, d.day))
        locale = QLocale()
        self.daily.set_text(self.tr(
            "{visits} visits and {pages} pages seen in {days} days, {average} visits a day on average. "
            "Busiest day: {best} ({best_visits} visits).").format(
                visits=self._n(sum(visits)), pages=self._n(sum(pages)), days=len(days),
                average=locale.toString(sum(visits) / len(days), "f", 1),
                best=locale.toString(qdate(best.day), "dddd d MMMM"), best_visits=self._n(best.visits)))

    def _show_funnel(self, view: PeriodView) -> None:
        t = view.totals
        steps = [(self.tr("Product views"), t.product_view_total), (self.tr("Added to the cart"), t.cart_adds),
                 (self.tr("Orders sent"), t.orders)]
        notes = ["", self._percent(t.cart_adds, t.product_view_total), self._percent(t.orders, t.cart_adds)]
        chart = self.funnel.chart
        assert isinstance(chart, BarsChart)
        chart.show_bars(steps, notes)
        self.funnel.set_text(self.tr(
            "{views} product views → {adds} added to the cart ({adds_percent} of the views) → {orders} orders "
            "sent ({orders_percent} of the cart adds).").format(
                views=self._n(t.product_view_total), adds=self._n(t.cart_adds), adds_percent=notes[1],
                orders=self._n(t.orders), orders_percent=notes[2]))

    def _rows(self, counter: Counter[str], label: Callable[[str], str]) -> list[tuple[str, int]]:
        return [(label(name), n) for name, n in counter.most_common(TOP)]

    def _listing(self, rows: list[tuple[str, int]]) -> str:
        return "; ".join(f"{name}: {self._n(n)}" for name, n in rows)

    def _show_products(self, view: PeriodView) -> None:
        names = {p.slug: p.name for p in self.session.shop.products()}
        rows = self._rows(view.totals.product_views, lambda slug: names.get(slug, slug))
        chart = self.products.chart
        assert isinstance(chart, BarsChart)
        chart.show_bars(rows)
        chart.setVisible(bool(rows))
        self.products.set_text("" if rows else self.tr("No product page was looked at in this period."),
                               self._listing(rows))

    def _show_sources(self, view: PeriodView) -> None:
        sources = view.totals.sources
        rows = self._rows(sources, source_label)
        chart = self.sources.chart
        assert isinstance(chart, BarsChart)
        chart.show_bars(rows)
        groups: Counter[Group] = Counter()
        for name, n in sources.items():
            groups[group_of(name)] += n
        total = sum(groups.values())
        text = " · ".join(self.tr("{group}: {visits} ({percent})").format(
            group=group_label(group), visits=self._n(groups[group]), percent=self._percent(groups[group], total))
            for group in Group if groups[group])
        self.sources.set_text(text, text + "\n" + self._listing(rows))

    def _show_searches(self, view: PeriodView) -> None:
        t = view.totals
        rows = [(self.tr("“{term}”").format(term=term), n) for term, n in t.search_terms.most_common(TOP)]
        chart = self.searches.chart
        assert isinstance(chart, BarsChart)
        chart.show_bars(rows)
        chart.setVisible(bool(rows))
        self.searches.set_text("" if rows else self.tr("Nobody used your site's search box in this period."),
                               self.tr("{count} searches. {list}").format(count=self._n(t.searches),
                                                                         list=self._listing(rows)))

    @Slot(str)
    def _on_shop_changed(self, kind: str) -> None:
        if kind in ("stats", "products") and self.isVisible() and not self.logs_panel.busy:
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.logs_panel.cancel()
        super().closeEvent(event)
