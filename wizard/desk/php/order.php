<?php
/* Échoppe order desk: the cart (or a product page without JavaScript) posts here.
   step=review shows the server's total; step=confirm with that same total places the order. */
declare(strict_types=1);
define('ECHOPPE_DESK', 1);
require __DIR__ . '/lib.php';

// 1. The request: POST only, size-capped, honeypot empty; every field validated, nothing trusted.
read_request();
$items = posted_items();
$in = [];
foreach (['name' => 200, 'phone' => 40, 'line1' => 200, 'line2' => 200, 'postcode' => 20, 'city' => 100,
          'country' => 2, 'coupon' => 40, 'rate' => 4, 'payment' => 10, 'shown_total' => 20, 'step' => 10] as $k => $max) {
    $in[$k] = field($k, $max);
}
$in['message'] = field('message', 2000, true);
$in['email'] = ($_POST['email'] ?? '') === '' ? '' : email_field();
if ($in['country'] === '') $in['country'] = $CFG['countries'][0][0];
$pays = $CFG['payments'];
if (!in_array($in['payment'], $pays, true)) $in['payment'] = $pays[0];
// 2. The server's truth: every amount recomputed from catalogue.json, whatever the browser sent.
$cart = price_cart($items, $in['coupon'], $in['country'], $in['rate'], date('Y-m-d'));

// 3. Not confirmed yet, details missing, or a total that differs from ours: show the review page.
$missing = [];
if ($in['step'] === 'confirm') {
    $need = $CAT['shipping'] ? ['name', 'email', 'line1', 'postcode', 'city'] : ['name', 'email'];
    foreach ($need as $k) if ($in[$k] === '') $missing[] = t($k);
}
if ($in['step'] !== 'confirm' || $missing || $in['shown_total'] !== plain($cart['total'])) {
    $note = $missing ? t('missingFields', ['fields' => implode(', ', $missing)])
        : ($in['step'] === 'confirm' ? t('totalChanged') : '');
    review($items, $in, $cart, $note);
}

// 4. Confirmed: rate limits, a number from the locked counter, the order sealed and written atomically.
rate_limit('order');
mail_limit('order', $in['email']);
$number = next_number('orders', '%s-%05d');
$order = [
    'format' => 'echoppe-order/1', 'number' => $number, 'received_at' => now_iso(), 'lang' => $CFG['lang'],
    'currency' => $CFG['currency'],
    'customer' => ['name' => $in['name'], 'email' => $in['email'], 'phone' => $in['phone'],
        'address' => ['line1' => $in['line1'], 'line2' => $in['line2'], 'postcode' => $in['postcode'],
            'city' => $in['city'], 'country' => $in['country']]],
    'lines' => array_map(fn($l) => ['slug' => $l['slug'], 'sku' => $l['sku'], 'name' => $l['name'], 'options' => $l['options'],
        'quantity' => $l['quantity'], 'unit_price' => plain($l['unit']), 'line_total' => plain($l['total'])], $cart['lines']),
    'subtotal' => plain($cart['sub']),
    'coupon' => $cart['coupon'] !== '' ? ['code' => $cart['coupon'], 'discount' => plain($cart['off'])] : null,
    'shipping' => $cart['ship'] ? ['method' => $cart['ship']['name'], 'zone' => $cart['zone'], 'price' => plain($cart['ship']['cost'])] : null,
    'total' => plain($cart['total']), 'payment' => $in['payment'], 'message' => $in['message'],
];
write_sealed('orders', $number, $order);

// 5. Two emails: the customer's confirmation (durable medium, L221-13) and the merchant's notice
//    (no personal data). A failing mail() keeps the order: the page then says the shop will confirm.
$how = pay_text($in['payment'], $cart, $number);
$text = summary_lines($cart);
$body = implode("\n", array_merge([t('mailHello', ['name' => $in['name']]), '', t('mailOrderIntro', ['number' => $number, 'shop' => $CFG['shop']]), ''],
    $text, ['', t('howToPay'), ...$how, '', t('deliveryTo'), $in['name'], $in['line1'], ...($in['line2'] !== '' ? [$in['line2']] : []),
    trim($in['postcode'] . ' ' . $in['city']), country_name($in['country']), '', t('mailTerms', ['url' => $CFG['site_url'] . $CFG['terms_page']]),
    '', t('mailWithdrawal', ['url' => $CFG['site_url'] . $CFG['withdraw_page']]), '', t('withdrawalForm'), '', $CFG['shop']]));
$sent = send_mail($in['email'], t('mailOrderSubject', ['number' => $number, 'shop' => $CFG['shop']]), $body);
if ($CFG['merchant'] !== '') {
    send_mail($CFG['merchant'], t('mailNoticeSubject', ['number' => $number]),
        t('mailNotice', ['number' => $number, 'total' => money($cart['total'])]));
}

// 6. The confirmation page.
$html = '<p role="status">' . h(t('orderPlaced', ['number' => $number])) . '</p>'
    . '<p>' . h(t('total') . colon()) . '<strong data-total="' . h(plain($cart['total'])) . '">' . h(money($cart['total'])) . '</strong></p>'
    . '<h2>' . h(t('howToPay')) . '</h2>' . implode('', array_map(fn($l) => '<p>' . linkify($l) . '</p>', $how))
    . '<p>' . h($sent ? t('mailSent', ['email' => $in['email']]) : t('mailFailed')) . '</p>';
page(200, t('thankYou'), $html);

/* ---------------------------------------------------------------- helpers of this page */

/* The itemised lines of the email: quantity × name (options) @ unit price = line total, then totals. */
function summary_lines(array $cart): array {
    $out = [];
    foreach ($cart['lines'] as $l) {
        $out[] = $l['quantity'] . ' × ' . $l['name'] . ($l['label'] !== '' ? ' (' . $l['label'] . ')' : '')
            . ' @ ' . money($l['unit']) . ' = ' . money($l['total']);
        if ($l['no_withdrawal'] !== '') $out[] = '   ' . $l['no_withdrawal'];  // confirmed on a durable medium (L221-13)
    }
    $out[] = t('subtotal') . colon() . money($cart['sub']);
    if ($cart['coupon'] !== '') $out[] = t('discount') . ' (' . $cart['coupon'] . ')' . colon() . '−' . money($cart['off']);
    if ($cart['ship']) $out[] = t('shipping') . ' (' . $cart['ship']['name'] . ')' . colon() . ($cart['ship']['cost'] ? money($cart['ship']['cost']) : t('free'));
    $out[] = t('total') . colon() . money($cart['total']);
    return $out;
}

/* How to pay, as lines of text: PayPal.me with the amount, IBAN with the order number, links, pickup. */
function pay_text(string $how, array $cart, string $number): array {
    global $CFG;
    $amount = money($cart['total']);
    switch ($how) {
        case 'paypalme': return [t('payPaypalMe', ['amount' => $amount]), 'https://paypal.me/' . rawurlencode($CFG['paypal_me']) . '/' . plain($cart['total']) . $CFG['currency']];
        case 'transfer': return [t('payTransfer', ['amount' => $amount, 'iban' => $CFG['iban'], 'bic' => $CFG['bic'], 'number' => $number])];
        case 'link':
            $links = [t('payLinks')];
            foreach ($cart['lines'] as $l) if ($l['pay'] !== '') $links[] = $l['name'] . colon() . $l['pay'];
            return $links;
        case 'pickup': return [t('payPickup', ['amount' => $amount])];
        default: return [t('payLater', ['amount' => $amount])];
    }
}

/* Escaped text with its https:// addresses made into links. */
function linkify(string $line): string {
    return preg_replace('~(https://[^\s<>"]+)~', '<a href="$1" rel="noopener">$1</a>', h($line));
}

/* The shop-language name of a country code from config.json. */
function country_name(string $code): string {
    global $CFG;
    foreach ($CFG['countries'] as [$c, $name]) if ($c === $code) return $name;
    return $code;
}

/* The server's total, the customer's details and the final button; ends the request. */
function review(array $items, array $in, array $cart, string $note): void {
    global $CFG, $CAT;
    $hid = fn($n, $v) => '<input type="hidden" name="' . h($n) . '" value="' . h((string)$v) . '">';
    $f = '<form method="post" action="order.php" class="customer">';
    foreach ($items as $i => $it) {
        $f .= $hid("item[$i][slug]", $it['slug']) . $hid("item[$i][variant]", $it['variant']) . $hid("item[$i][qty]", $it['qty']);
    }
    $f .= '<p class="visually-hidden" aria-hidden="true"><label>Website <input name="website" tabindex="-1" autocomplete="off"></label></p>';
    $rows = '';
    foreach ($cart['lines'] as $l) {
        $rows .= '<li>' . h($l['quantity'] . ' × ' . $l['name'] . ($l['label'] !== '' ? ' (' . $l['label'] . ')' : '')) . ' — ' . h(money($l['total']))
            . ($l['no_withdrawal'] !== '' ? '<br><small class="withdrawal-exception">' . h($l['no_withdrawal']) . '</small>' : '') . '</li>';
    }
    $f .= '<ul class="cart-lines">' . $rows . '</ul><dl class="cart-totals"><dt>' . h(t('subtotal')) . '</dt><dd>' . h(money($cart['sub'])) . '</dd>';
    if ($cart['coupon'] !== '') $f .= '<dt>' . h(t('discount') . ' (' . $cart['coupon'] . ')') . '</dt><dd>−' . h(money($cart['off'])) . '</dd>';
    if ($cart['ship']) $f .= '<dt>' . h(t('shipping') . ' (' . $cart['ship']['name'] . ')') . '</dt><dd>' . h($cart['ship']['cost'] ? money($cart['ship']['cost']) : t('free')) . '</dd>';
    $f .= '<dt>' . h(t('total')) . '</dt><dd><strong data-total="' . h(plain($cart['total'])) . '">' . h(money($cart['total'])) . '</strong></dd></dl>';
    if ($note !== '') $f .= '<p class="cart-error" role="alert">' . h($note) . '</p>';
    $input = function (string $k, string $type = 'text', bool $req = false) use ($in) {
        return '<div class="field"><label for="d-' . $k . '">' . h(t($k)) . '</label><input id="d-' . $k . '" name="' . $k
            . '" type="' . $type . '" value="' . h($in[$k]) . '"' . ($req ? ' required' : '') . '></div>';
    };
    $ship = (bool)$CAT['shipping'];
    $f .= '<h2>' . h(t('yourDetails')) . '</h2>' . $input('name', 'text', true) . $input('email', 'email', true) . $input('phone', 'tel');
    if ($ship) $f .= $input('line1', 'text', true) . $input('line2') . $input('postcode', 'text', true) . $input('city', 'text', true);
    $f .= '<div class="field"><label for="d-country">' . h(t('country')) . '</label><select id="d-country" name="country">';
    foreach ($CFG['countries'] as [$code, $name]) $f .= '<option value="' . h($code) . '"' . ($code === $in['country'] ? ' selected' : '') . '>' . h($name) . '</option>';
    $f .= '</select></div>';
    if (count($cart['options']) > 1) {
        $f .= '<fieldset><legend>' . h(t('chooseShipping')) . '</legend>';
        foreach ($cart['options'] as $o) {
            $f .= '<p><label><input type="radio" name="rate" value="' . h($o['i']) . '"' . ($o === $cart['ship'] ? ' checked' : '') . '> '
                . h($o['name'] . ' — ' . ($o['cost'] ? money($o['cost']) : t('free'))) . '</label></p>';
        }
        $f .= '</fieldset>';
    } elseif ($cart['ship']) $f .= $hid('rate', $cart['ship']['i']);
    if ($CAT['coupons']) $f .= $input('coupon');
    $f .= '<fieldset><legend>' . h(t('payment')) . '</legend>';
    foreach ($CFG['payments'] as $p) {
        $f .= '<p><label><input type="radio" name="payment" value="' . h($p) . '"' . ($p === $in['payment'] ? ' checked' : '') . '> ' . h(t('pay_' . $p)) . '</label></p>';
    }
    $f .= '</fieldset><div class="field"><label for="d-message">' . h(t('message')) . '</label><textarea id="d-message" name="message" rows="3">'
        . h($in['message']) . '</textarea></div>' . $hid('shown_total', plain($cart['total']))
        . '<p><button type="submit" name="step" value="review" class="button secondary" formnovalidate>' . h(t('update')) . '</button></p>'
        . '<p>' . h(t('acceptTerms')) . ' <a href="../' . h($CFG['terms_page']) . '">' . h(t('terms')) . '</a></p>'
        . '<p><button type="submit" name="step" value="confirm" class="button primary">' . h(t('placeOrder')) . '</button></p></form>';
    page(200, t('reviewTitle'), $f);
}
