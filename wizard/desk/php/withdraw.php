<?php
/* Échoppe order desk: the withdrawal function (Code de la consommation L221-21, D221-5).
   The form sends name, order number and email; a separate button confirms; the declaration is
   sealed like an order and acknowledged by email with the date and time it was received. */
declare(strict_types=1);
define('ECHOPPE_DESK', 1);
require __DIR__ . '/lib.php';

// The declaration: a name, an order number, an email; nothing else is asked.
read_request();
$name = field('name', 200);
$order = strtoupper(field('order', 20));
$email = email_field();
if ($name === '') fail(400, 'missingFields', ['fields' => t('name')]);
if (!preg_match('/^[0-9]{4}-[0-9]{5,10}$/', $order)) fail(400, 'badOrderNumber');

// First the check page with its separate « Confirmer la rétractation » button.
if (field('step', 10) !== 'confirm') {
    $hid = fn($n, $v) => '<input type="hidden" name="' . $n . '" value="' . h($v) . '">';
    page(200, t('withdrawTitle'), '<p>' . h(t('withdrawCheck')) . '</p><dl class="cart-totals"><dt>' . h(t('name')) . '</dt><dd>' . h($name)
        . '</dd><dt>' . h(t('orderNumber')) . '</dt><dd>' . h($order) . '</dd><dt>' . h(t('email')) . '</dt><dd>' . h($email) . '</dd></dl>'
        . '<form method="post" action="withdraw.php">' . $hid('name', $name) . $hid('order', $order) . $hid('email', $email)
        . '<p><button type="submit" name="step" value="confirm" class="button primary">' . h(t('confirmWithdrawal')) . '</button></p></form>');
}

// Confirmed: numbered, sealed and kept like an order, then acknowledged with the date and time received.
rate_limit('withdrawal');
mail_limit('withdrawal', $email);
$number = next_number('withdrawals', 'W%s-%05d');
$at = now_iso();
write_sealed('withdrawals', $number, ['format' => 'echoppe-withdrawal/1', 'number' => $number, 'received_at' => $at,
    'lang' => $CFG['lang'], 'order_number' => $order, 'name' => $name, 'email' => $email]);

$when = now_text();
$body = implode("\n", [t('mailHello', ['name' => $name]), '', t('withdrawAck', ['order' => $order, 'when' => $when]), '',
    t('withdrawContent'), t('name') . colon() . $name, t('orderNumber') . colon() . $order, t('email') . colon() . $email,
    t('receivedAt') . colon() . $when, t('reference') . colon() . $number, '', $CFG['shop']]);
$sent = send_mail($email, t('withdrawSubject', ['order' => $order, 'shop' => $CFG['shop']]), $body);
if ($CFG['merchant'] !== '') send_mail($CFG['merchant'], t('withdrawNoticeSubject', ['number' => $number]), t('withdrawNotice', ['number' => $number]));

page(200, t('withdrawDone'), '<p role="status">' . h(t('withdrawAck', ['order' => $order, 'when' => $when])) . '</p><p>'
    . h(t('reference')) . ' : <strong>' . h($number) . '</strong></p><p>' . h($sent ? t('mailSent', ['email' => $email]) : t('mailFailed')) . '</p>');
