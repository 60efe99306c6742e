/* Échoppe cart: localStorage, order by email, payment links; money in integer cents.
   Hooks, texts: docs/site.md */
(() => {
const cfg = document.getElementById('shop-config');
const C = cfg ? JSON.parse(cfg.textContent) : {}, S = C.strings || {}, RATES = C.shipping || [];
const KEY = 'echoppe-cart:' + location.host, CUR = C.currency || 'EUR';
const NF = new Intl.NumberFormat(C.locale, {style: 'currency', currency: CUR});
const DIG = NF.resolvedOptions().maximumFractionDigits, UNIT = 10 ** DIG;
const $ = (s, r = document) => r && r.querySelector(s), $$ = s => document.querySelectorAll(s);
const t = (k, v = {}) => String(S[k] || k).replace(/\{(\w+)\}/g, (m, n) => (n in v ? v[n] : m));
const money = m => NF.format(m / UNIT), plain = m => (m / UNIT).toFixed(DIG);
const freeOr = m => (m ? money(m) : t('free'));
const CO = /^fr/.test(C.locale) ? '\u00a0: ' : ': ';
const kv = (k, v) => t(k) + CO + v;
const named = l => l.name + (l.variant ? ` (${l.variant})` : '');
const sum = (a, f) => a.reduce((s, x) => s + f(x), 0);

/* "12.5" -> 1250: from the text, never through a float */
function minor(text, dig = DIG) {
  const s = String(text ?? '').trim(), [i, f = ''] = s.replace(/^[-+]/, '').split('.');
  const v = (parseInt(i) || 0) * 10 ** dig + (parseInt((f + '000').slice(0, dig)) || 0);
  return s[0] === '-' ? -v : v;
}

function h(tag, attrs, ...kids) {
  const n = document.createElement(tag);
  for (const k in attrs) n.setAttribute(k, attrs[k]);
  n.append(...kids);
  return n;
}

/* st: lines, coupon, rate, customer */
let st;
try { st = JSON.parse(localStorage.getItem(KEY)) || {}; } catch { st = {}; }
st.lines ||= [];
st.customer ||= {};
const live = document.body.appendChild(h('p', {role: 'status', class: 'visually-hidden'}));
const say = text => { live.textContent = ''; setTimeout(() => { live.textContent = text; }, 60); };
/* Visitor statistics without a tracker: the host's log shows the request for a tiny picture, nothing is sent */
const BEACONS = new URL('../e/', document.currentScript?.src || location.href);
/* Under Global Privacy Control or Do Not Track the visitor objects: not even the picture is requested */
const signal = navigator.globalPrivacyControl || navigator.doNotTrack === '1' ? () => {} : (what, slugs = st.lines.map(l => l.slug)) => {
  try { fetch(new URL(what + '.gif?p=' + slugs.map(encodeURIComponent).join(','), BEACONS), {cache: 'no-store', credentials: 'omit', keepalive: true}).catch(() => {}); } catch {}
};

/* Product pages */
const variantOf = form => form.elements.variant?.selectedOptions?.[0]?.dataset;
$$('form[data-cart-add]').forEach(form => {
  const d = form.dataset, shown = $('.price .amount');
  form.elements.variant?.addEventListener('change', () => {
    const v = variantOf(form);
    if (shown && v?.price) shown.textContent = money(minor(v.price));
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    const v = variantOf(form), id = d.slug + (v ? '|' + form.elements.variant.value : '');
    let line = st.lines.find(l => l.id === id);
    if (!line) {
      st.lines.push(line = {id, slug: d.slug, name: d.name, variant: v ? v.label : '', v: v ? form.elements.variant.value : '', qty: 0,
        price: minor(v?.price || d.price), weight: +d.weightG || 0, url: d.url, image: d.image, pay: d.paymentLink, x: d.noWithdrawal});
    }
    line.qty += Math.max(1, parseInt(form.elements.qty?.value) || 1);
    const stock = parseInt(v?.stock);
    if (stock >= 0 && line.qty > stock) line.qty = Math.max(stock, 1);
    update();
    signal('add', [d.slug]);
    const text = kv('added', `${line.qty} × ${named(line)}`), out = $('[data-cart-status]', form);
    if (out) out.textContent = text; else say(text);
    const view = $('[data-cart-view]', form);
    if (view) view.hidden = false;
  });
});

/* The cart page */
const cart = $('[data-cart]'), couponForm = $('form[data-coupon]'), customer = $('form[data-customer]');
const shipBox = $('[data-shipping]'), orderBox = $('[data-order]'), country = () => $('option:checked', customer?.elements.country);

/* The coupon's discount, or why it does not apply */
function coupon(sub) {
  const code = st.coupon, c = (C.coupons || []).find(x => x.code.toUpperCase() === code);
  /* 'sv' writes dates as YYYY-MM-DD */
  const day = new Date().toLocaleDateString('sv');
  if (!code) return {off: 0};
  if (!c) return {off: 0, error: kv('invalidCode', code)};
  if ((c.starts && day < c.starts) || (c.ends && day > c.ends)) return {off: 0, error: t('couponExpired')};
  if (c.minOrder && sub < minor(c.minOrder)) return {off: 0, error: t('couponMinimum', {amount: money(minor(c.minOrder))})};
  const pc = c.kind === 'percent';
  /* 12.5 % = 1250 hundredths of a %, rounded half up */
  const off = pc ? Math.floor((sub * minor(c.value, 2) + 5000) / 10000) : minor(c.value);
  return {off: Math.min(off, sub), code: c.code,
    label: pc ? new Intl.NumberFormat(C.locale, {style: 'percent', maximumFractionDigits: 2}).format(c.value / 100) : money(off)};
}

/* Open rates of a zone: by weight if the parcel fits, cheapest per name */
function ratesFor(zone, goods) {
  const weight = sum(st.lines, l => l.weight * l.qty), best = {};
  RATES.forEach((r, i) => {
    const w = r.kind === 'by_weight';
    if (r.zone !== zone || (w && r.maxWeightG && weight > r.maxWeightG)) return;
    const cost = r.kind === 'free_above' && r.freeAbove && goods >= minor(r.freeAbove) ? 0 : minor(r.price);
    const k = w ? 'w' + r.name : i;
    if (!best[k] || cost < best[k].cost) best[k] = {i: '' + i, name: r.name, cost};
  });
  return Object.values(best).sort((a, b) => a.cost - b.cost);
}

function totals() {
  const sub = sum(st.lines, l => l.price * l.qty), cp = coupon(sub), goods = sub - cp.off;
  /* The zone is carried by the chosen country's <option data-zone> */
  const zone = country()?.dataset.zone;
  const options = zone && st.lines.length ? ratesFor(zone, goods) : [];
  const ship = options.find(o => o.i === st.rate) || options[0];
  return {sub, cp, options, ship, total: goods + (ship ? ship.cost : 0), ready: !RATES.length || ship};
}

function renderLines(s) {
  if (!st.lines.length) return cart.replaceChildren(h('p', {}, t('emptyCart')));
  const list = h('ul', {class: 'cart-lines'}), dl = h('dl', {class: 'cart-totals'});
  st.lines.forEach((l, i) => {
    const q = h('input', {id: 'cart-qty-' + i, type: 'number', min: 0, max: 999, value: l.qty});
    const set = n => { if (n > 0) l.qty = n; else st.lines.splice(i, 1); update(); say(kv('subtotal', money(totals().sub))); };
    q.onchange = () => set(Math.min(999, parseInt(q.value) || 0));
    const rm = h('button', {type: 'button', 'aria-label': kv('remove', named(l))}, t('remove'));
    rm.onclick = () => set(0);
    list.append(h('li', {class: 'cart-line'},
      l.image ? h('img', {src: l.image, alt: '', width: 64, height: 64}) : '',
      h('p', {}, l.url ? h('a', {href: l.url}, l.name) : l.name, l.variant ? ` (${l.variant})` : '',
        h('small', {}, kv('unitPrice', money(l.price)))),
      h('p', {}, h('label', {for: q.id}, t('quantity')), q),
      h('p', {}, money(l.price * l.qty)), rm));
  });
  const row = (k, v) => dl.append(h('dt', {}, k), h('dd', {}, v));
  row(t('subtotal'), money(s.sub));
  if (s.cp.off) row(`${t('discount')} (${s.cp.code})`, '−' + money(s.cp.off));
  if (s.ship) row(`${t('shipping')} (${s.ship.name})`, freeOr(s.ship.cost));
  row(t('total'), money(s.total));
  cart.replaceChildren(list, dl);
}

/* Our part of a box, after its heading (and, with clear, instead of its texts) */
function slot(box, clear) {
  let s = $('[data-js]', box);
  if (!s) {
    if (clear) [...box.children].forEach(c => c.matches('h2') || c.remove());
    box.append(s = h('div', {'data-js': ''}));
  }
  return s;
}

function renderShipping(s) {
  const box = slot(shipBox, 1);
  if (!RATES.length || !st.lines.length) return box.replaceChildren();
  if (!s.options.length) return box.replaceChildren(h('p', {class: 'cart-error'}, t('noShipping')));
  const fs = h('fieldset', {}, h('legend', {}, t('chooseShipping')));
  for (const o of s.options) {
    const r = h('input', {type: 'radio', name: 'shipping-rate', id: 'ship-' + o.i});
    r.checked = s.ship === o;
    r.onchange = () => { st.rate = o.i; update(); };
    fs.append(h('p', {}, r, ' ', h('label', {for: r.id}, `${o.name} — ${freeOr(o.cost)}`)));
  }
  box.replaceChildren(fs);
}

/* The itemised order as a mailto: link, under 1800 characters for any mail app; a line's withdrawal
   exception (L221-28, x) follows it */
function mailto(s) {
  const items = st.lines.map(l => `${l.qty} × ${named(l)} @ ${money(l.price)} = ${money(l.price * l.qty)}` + (l.x ? '\r\n   ' + l.x : ''));
  const tail = ['', kv('subtotal', money(s.sub))];
  if (s.cp.off) tail.push(`${t('discount')} (${s.cp.code}, ${s.cp.label})${CO}−${money(s.cp.off)}`);
  if (s.ship) tail.push(`${t('shipping')} (${s.ship.name})${CO}${freeOr(s.ship.cost)}`);
  tail.push(kv('total', money(s.total)), '', t('orderCustomer') + CO.trimEnd());
  for (const k of 'name address postcode city country email phone note'.split(' ')) {
    const shown = k === 'country' ? country()?.textContent : st.customer[k];
    if (st.customer[k]) tail.push(kv(k, shown));
  }
  tail.push('', t('orderCheck'));
  const head = `mailto:${C.orderEmail}?subject=${encodeURIComponent(t('orderSubject', {shop: C.shopName || ''}))}&body=`;
  const url = lines => head + encodeURIComponent(lines.join('\r\n'));
  const body = [t('orderGreeting'), ''], more = n => t('truncated', {n});
  let n = 0;
  while (n < items.length && url([...body, items[n], more(items.length), ...tail]).length <= 1800) body.push(items[n++]);
  if (n < items.length) body.push(more(items.length - n));
  const keep = body.length;
  body.push(...tail);
  while (url(body).length > 1800 && body.length > keep) {
    const last = body.pop();
    if (last.length > 60) body.push(last.slice(0, -50) + '…');
  }
  return url(body);
}

/* The order desk: the cart as a form posted to it; the desk recomputes and confirms every amount */
function sendToDesk(s) {
  const f = h('form', {method: 'post', action: C.desk, hidden: ''}), c = st.customer;
  const put = (name, value) => f.append(h('input', {type: 'hidden', name, value: value ?? ''}));
  st.lines.forEach((l, i) => { put(`item[${i}][slug]`, l.slug); put(`item[${i}][variant]`, l.v || ''); put(`item[${i}][qty]`, l.qty); });
  const fields = {name: c.name, email: c.email, phone: c.phone, line1: c.address, postcode: c.postcode, city: c.city,
    country: c.country, message: c.note, coupon: s.cp.code ? st.coupon : '', rate: s.ship ? s.ship.i : '',
    payment: st.payment || (C.payments || [])[0], shown_total: plain(s.total), step: 'confirm'};
  for (const k in fields) put(k, fields[k]);
  document.body.append(f);
  signal('order');
  f.submit();
}

function renderOrder(s) {
  const box = slot(orderBox), p = h('p', {class: 'cart-actions'});
  if (!st.lines.length || !s.ready) return box.replaceChildren();
  if (C.desk) {
    const pays = C.payments || [], fs = h('fieldset', {}, h('legend', {}, t('payment')));
    if (!pays.includes(st.payment)) st.payment = pays[0];
    for (const m of pays) {
      const r = h('input', {type: 'radio', name: 'payment', id: 'pay-' + m, value: m});
      r.checked = st.payment === m;
      r.onchange = () => { st.payment = m; update(); };
      fs.append(h('p', {}, r, ' ', h('label', {for: r.id}, t('pay_' + m))));
    }
    const b = h('button', {type: 'button', class: 'button primary cart-send'}, t('placeOrder'));
    b.onclick = () => { if (customer?.reportValidity()) sendToDesk(s); };
    return box.replaceChildren(pays.length > 1 ? fs : '', h('p', {class: 'cart-actions'}, b));
  }
  if (C.orderEmail) {
    const a = h('a', {href: mailto(s), class: 'button primary cart-send'}, t('placeOrder'));
    a.onclick = e => { if (!customer?.reportValidity()) e.preventDefault(); else signal('order'); };
    p.append(a, ' ');
  }
  if (C.paypalMe) {
    p.append(h('a', {href: `https://paypal.me/${encodeURIComponent(C.paypalMe)}/${plain(s.total)}${CUR}`,
      class: 'button secondary cart-paypal'}, `${t('payPaypal')} (${money(s.total)})`));
  }
  const pays = st.lines.filter(l => /^https?:/.test(l.pay));
  box.replaceChildren(p, pays.length ? h('ul', {},
    ...pays.map(l => h('li', {}, h('a', {href: l.pay}, kv('payLink', named(l)))))) : '');
}

function update() {
  try { localStorage.setItem(KEY, JSON.stringify(st)); } catch {}
  const n = sum(st.lines, l => l.qty);
  $$('[data-cart-count]').forEach(c => { c.textContent = n || ''; });
  if (!cart) return;
  const s = totals(), focused = document.activeElement?.id, out = $('[data-coupon-status]', couponForm);
  renderLines(s);
  /* An empty cart hides the order steps and offers a way back to the products */
  $$('[data-cart-steps],[data-cart-continue]').forEach(el => {
    el.hidden = !st.lines.length === ('cartSteps' in el.dataset);
  });
  if (shipBox) renderShipping(s);
  if (orderBox) renderOrder(s);
  if (focused) document.getElementById(focused)?.focus();
  if (out) out.textContent = !st.coupon ? '' : s.cp.error || kv('couponApplied', `${s.cp.code} (−${money(s.cp.off)})`);
}

couponForm?.addEventListener('submit', e => {
  e.preventDefault();
  st.coupon = couponForm.elements.code.value.trim().toUpperCase() || null;
  update();
});
if (couponForm && st.coupon) couponForm.elements.code.value = st.coupon;
if (customer) {
  for (const f of customer.elements) {
    if (!f.name) continue;
    if (st.customer[f.name]) f.value = st.customer[f.name];
    /* a country no longer offered: the first one; and keep what the page chose */
    if (f.selectedIndex < 0) f.selectedIndex = 0;
    st.customer[f.name] = f.value.trim();
  }
  customer.addEventListener('input', e => {
    const f = e.target;
    if (f.name) { st.customer[f.name] = f.value.trim(); update(); }
  });
  customer.addEventListener('submit', e => {
    e.preventDefault();
    const link = $('.cart-send');
    if (link?.href) location.href = link.href; else link?.click();
  });
}
update();
})();
