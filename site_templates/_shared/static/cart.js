/* Échoppe cart: localStorage, order by email, payment links; money in integer cents.
   Hooks, texts: docs/site-checks.md */
(() => {
const cfg = document.getElementById('shop-config');
const C = cfg ? JSON.parse(cfg.textContent) : {}, S = C.strings || {}, RATES = C.shipping || [];
const KEY = 'echoppe-cart:' + location.host;
const CUR = C.currency || 'EUR', NF = new Intl.NumberFormat(C.locale, {style: 'currency', currency: CUR});
const DIG = NF.resolvedOptions().maximumFractionDigits, UNIT = 10 ** DIG;
const $ = (s, r = document) => r && r.querySelector(s);
const t = (k, v = {}) => String(S[k] || k).replace(/\{(\w+)\}/g, (m, n) => (n in v ? v[n] : m));
const money = (m) => NF.format(m / UNIT);
const freeOr = (m) => (m ? money(m) : t('free'));
const CO = /^fr/.test(C.locale) ? '\u00a0: ' : ': ';
const named = (l) => l.name + (l.variant ? ` (${l.variant})` : '');

/* "12.5" -> 1250: from the text, never through a float */
function minor(text, dig = DIG) {
  const s = String(text ?? '').trim(), [i, f = ''] = s.replace(/^[-+]/, '').split('.');
  const v = (parseInt(i, 10) || 0) * 10 ** dig + (parseInt((f + '000').slice(0, dig), 10) || 0);
  return s[0] === '-' ? -v : v;
}

function h(tag, attrs, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  n.append(...kids);
  return n;
}

let st; /* lines, coupon, rate, customer */
try { st = JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { st = {}; }
st.lines ||= [];
st.customer ||= {};
const save = () => { try { localStorage.setItem(KEY, JSON.stringify(st)); } catch (e) { /* private mode */ } };

const live = document.body.appendChild(h('p', {role: 'status', class: 'visually-hidden'}));
const say = (text) => { live.textContent = ''; setTimeout(() => { live.textContent = text; }, 60); };

function showCount() {
  const n = st.lines.reduce((a, l) => a + l.qty, 0);
  document.querySelectorAll('[data-cart-count]').forEach((c) => { c.textContent = n || ''; });
}

/* Product pages */
function variantOf(form) {
  const o = form.elements.variant?.selectedOptions?.[0];
  return o ? {id: o.value, label: o.dataset.label, price: o.dataset.price, stock: o.dataset.stock} : null;
}
document.querySelectorAll('form[data-cart-add]').forEach((form) => {
  const d = form.dataset, shown = $('.price .amount');
  form.elements.variant?.addEventListener('change', () => {
    const v = variantOf(form);
    if (shown && v?.price) shown.textContent = money(minor(v.price));
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = variantOf(form), id = d.slug + (v ? '|' + v.id : '');
    let line = st.lines.find((l) => l.id === id);
    if (!line) {
      line = {id, slug: d.slug, name: d.name, variant: v ? v.label : '', qty: 0, price: minor(v?.price || d.price),
        weight: +d.weightG || 0, url: d.url, image: d.image, pay: d.paymentLink};
      st.lines.push(line);
    }
    line.qty += Math.max(1, parseInt(form.elements.qty?.value, 10) || 1);
    const stock = parseInt(v?.stock, 10);
    if (stock >= 0 && line.qty > stock) line.qty = Math.max(stock, 1);
    save();
    showCount();
    const text = `${t('added')}${CO}${line.qty} × ${named(line)}`, out = $('[data-cart-status]', form);
    if (out) out.textContent = text; else say(text);
  });
});

/* The cart page */
const cart = $('[data-cart]'), couponForm = $('form[data-coupon]'), customer = $('form[data-customer]');
const shipBox = $('[data-shipping]'), orderBox = $('[data-order]');
const today = () => new Date().toLocaleDateString('sv'); /* YYYY-MM-DD */

/* The coupon's discount, or why it does not apply */
function coupon(sub) {
  const code = st.coupon;
  if (!code) return {off: 0};
  const c = (C.coupons || []).find((x) => x.code.toUpperCase() === code), day = today();
  if (!c) return {off: 0, error: `${t('invalidCode')}${CO}${code}`};
  if ((c.starts && day < c.starts) || (c.ends && day > c.ends)) return {off: 0, error: t('couponExpired')};
  if (c.minOrder && sub < minor(c.minOrder)) return {off: 0, error: t('couponMinimum', {amount: money(minor(c.minOrder))})};
  /* 12.5 % = 1250 hundredths of a %, rounded half up */
  const off = c.kind === 'percent' ? Math.floor((sub * minor(c.value, 2) + 5000) / 10000) : minor(c.value);
  return {off: Math.min(off, sub), code: c.code, label: c.kind === 'percent' ? new Intl.NumberFormat(C.locale, {style: 'percent', maximumFractionDigits: 2}).format(c.value / 100) : money(minor(c.value))};
}

/* Zone from an ISO code or a country's name (here or in English) */
const plainText = (x) => String(x || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
const ZONES = {};
for (const lang of [C.locale || 'fr', 'en']) {
  const names = new Intl.DisplayNames([lang], {type: 'region'});
  'FR MC AT BE BG HR CY CZ DK EE FI DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ').forEach((c, i) => {
    ZONES[plainText(names.of(c))] = ZONES[plainText(c)] = i < 2 ? 'FR' : 'EU';
  });
}
const zoneOf = (country) => (plainText(country) ? ZONES[plainText(country)] || 'WORLD' : '');

/* Open rates: by weight if the parcel fits, cheapest by name */
function ratesFor(zone, goods) {
  const weight = st.lines.reduce((w, l) => w + l.weight * l.qty, 0), best = {};
  RATES.forEach((r, i) => {
    if (r.zone !== zone || (r.kind === 'by_weight' && r.maxWeightG && weight > r.maxWeightG)) return;
    const cost = r.kind === 'free_above' && r.freeAbove && goods >= minor(r.freeAbove) ? 0 : minor(r.price);
    const k = r.kind === 'by_weight' ? 'w' + r.name : i;
    if (!best[k] || cost < best[k].cost) best[k] = {i: String(i), name: r.name, cost};
  });
  return Object.values(best).sort((a, b) => a.cost - b.cost);
}

function totals() {
  const sub = st.lines.reduce((s, l) => s + l.price * l.qty, 0), cp = coupon(sub), goods = sub - cp.off;
  const zone = zoneOf(st.customer.country), options = zone && st.lines.length ? ratesFor(zone, goods) : [];
  const ship = options.find((o) => o.i === st.rate) || options[0] || null;
  return {sub, cp, zone, options, ship, total: goods + (ship ? ship.cost : 0), ready: !RATES.length || !!ship};
}

function renderLines(sum) {
  if (!st.lines.length) return cart.replaceChildren(h('p', {}, t('emptyCart')));
  const list = h('ul', {class: 'cart-lines'});
  st.lines.forEach((l, i) => {
    const q = h('input', {id: 'cart-qty-' + i, type: 'number', min: 0, max: 999, value: l.qty});
    const set = (n) => { if (n > 0) l.qty = n; else st.lines.splice(i, 1); update(); say(`${t('subtotal')}${CO}${money(totals().sub)}`); };
    q.addEventListener('change', () => set(Math.min(999, parseInt(q.value, 10) || 0)));
    const rm = h('button', {type: 'button', 'aria-label': `${t('remove')}${CO}${named(l)}`}, t('remove'));
    rm.addEventListener('click', () => set(0));
    list.append(h('li', {class: 'cart-line'},
      l.image ? h('img', {src: l.image, alt: '', width: 64, height: 64}) : '',
      h('p', {}, l.url ? h('a', {href: l.url}, l.name) : l.name, l.variant ? ` (${l.variant})` : '',
        h('small', {}, `${t('unitPrice')}${CO}${money(l.price)}`)),
      h('p', {}, h('label', {for: q.id}, t('quantity')), q),
      h('p', {}, money(l.price * l.qty)), rm));
  });
  const dl = h('dl', {class: 'cart-totals'}), row = (k, v) => dl.append(h('dt', {}, k), h('dd', {}, v));
  row(t('subtotal'), money(sum.sub));
  if (sum.cp.off) row(`${t('discount')} (${sum.cp.code})`, '−' + money(sum.cp.off));
  if (sum.ship) row(`${t('shipping')} (${sum.ship.name})`, freeOr(sum.ship.cost));
  row(t('total'), money(sum.total));
  cart.replaceChildren(list, dl);
}

/* Our part of a page's box, after its heading and texts */
function slot(box, clear) {
  let s = $('[data-js]', box);
  if (!s) {
    if (clear) [...box.children].forEach((c) => c.matches('h2') || c.remove());
    box.append(s = h('div', {'data-js': ''}));
  }
  return s;
}

function renderShipping(sum) {
  const box = slot(shipBox, 1);
  if (!RATES.length || !st.lines.length) return box.replaceChildren();
  if (!sum.options.length) return box.replaceChildren(h('p', {class: 'cart-error'}, sum.zone ? t('noShipping') : t('chooseShipping')));
  const fs = h('fieldset', {}, h('legend', {}, t('chooseShipping')));
  sum.options.forEach((o) => {
    const r = h('input', {type: 'radio', name: 'shipping-rate', id: 'ship-' + o.i, value: o.i});
    r.checked = sum.ship === o;
    r.addEventListener('change', () => { st.rate = o.i; update(); });
    fs.append(h('p', {}, r, ' ', h('label', {for: r.id}, `${o.name} — ${freeOr(o.cost)}`)));
  });
  box.replaceChildren(fs);
}

/* The itemised order as a mailto: link, under 1800 characters for any mail app */
function mailto(sum) {
  const items = st.lines.map((l) => `${l.qty} × ${named(l)} @ ${money(l.price)} = ${money(l.price * l.qty)}`);
  const tail = ['', `${t('subtotal')}${CO}${money(sum.sub)}`];
  if (sum.cp.off) tail.push(`${t('discount')} (${sum.cp.code}, ${sum.cp.label})${CO}−${money(sum.cp.off)}`);
  if (sum.ship) tail.push(`${t('shipping')} (${sum.ship.name})${CO}${freeOr(sum.ship.cost)}`);
  tail.push(`${t('total')}${CO}${money(sum.total)}`, '', t('orderCustomer') + CO.trimEnd());
  for (const k of ['name', 'address', 'postcode', 'city', 'country', 'email', 'phone', 'note']) {
    if (st.customer[k]) tail.push(`${t(k)}${CO}${st.customer[k]}`);
  }
  tail.push('', t('orderCheck'));
  const head = `mailto:${C.orderEmail}?subject=${encodeURIComponent(t('orderSubject', {shop: C.shopName || ''}))}&body=`;
  const url = (lines) => head + encodeURIComponent(lines.join('\r\n'));
  const intro = [t('orderGreeting'), ''], kept = [];
  for (const it of items) {
    if (url([...intro, ...kept, it, t('truncated', {n: items.length}), ...tail]).length > 1800) break;
    kept.push(it);
  }
  if (kept.length < items.length) kept.push(t('truncated', {n: items.length - kept.length}));
  const body = [...intro, ...kept, ...tail];
  while (url(body).length > 1800 && body.length > intro.length + kept.length) {
    const last = body.pop();
    if (last.length > 60) body.push(last.slice(0, -50) + '…');
  }
  return url(body);
}

function renderOrder(sum) {
  const box = slot(orderBox);
  if (!st.lines.length || !sum.ready) return box.replaceChildren();
  const p = h('p', {class: 'cart-actions'});
  if (C.orderEmail) {
    const a = h('a', {href: mailto(sum), class: 'button primary cart-send'}, t('orderByEmail'));
    a.addEventListener('click', (e) => { if (customer && !customer.reportValidity()) e.preventDefault(); });
    p.append(a, ' ');
  }
  if (C.paypalMe) {
    p.append(h('a', {href: `https://paypal.me/${encodeURIComponent(C.paypalMe)}/${(sum.total / UNIT).toFixed(DIG)}${CUR}`,
      class: 'button secondary cart-paypal'}, `${t('payPaypal')} (${money(sum.total)})`));
  }
  const pays = st.lines.filter((l) => /^https?:/.test(l.pay));
  box.replaceChildren(p, pays.length ? h('ul', {},
    ...pays.map((l) => h('li', {}, h('a', {href: l.pay}, `${t('payLink')}${CO}${named(l)}`)))) : '');
}

function update() {
  save();
  showCount();
  if (!cart) return;
  const sum = totals(), focused = document.activeElement?.id, out = $('[data-coupon-status]', couponForm);
  renderLines(sum);
  if (shipBox) renderShipping(sum);
  if (orderBox) renderOrder(sum);
  if (focused) document.getElementById(focused)?.focus(); /* keep the focus */
  if (out) out.textContent = !st.coupon ? '' : sum.cp.error || `${t('couponApplied')}${CO}${sum.cp.code} (−${money(sum.cp.off)})`;
}

couponForm?.addEventListener('submit', (e) => {
  e.preventDefault();
  st.coupon = couponForm.elements.code.value.trim().toUpperCase() || null;
  update();
});
if (couponForm && st.coupon) couponForm.elements.code.value = st.coupon;
if (customer) {
  for (const f of customer.elements) {
    if (f.name && st.customer[f.name]) f.value = st.customer[f.name];
    else if (f.name && f.value) st.customer[f.name] = f.value.trim(); /* a default such as the country */
  }
  customer.addEventListener('input', (e) => {
    const f = e.target;
    if (f.name) { st.customer[f.name] = f.value.trim(); update(); }
  });
  customer.addEventListener('submit', (e) => {
    e.preventDefault();
    const link = $('.cart-send');
    if (link) location.href = link.href;
  });
}
update();
})();
