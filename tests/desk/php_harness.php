<?php
/* Runs lib.php's price_cart() on carts read as JSON from stdin: php php_harness.php DESK_DIR.
   Prints one JSON result per cart (amounts in cents, or the refusal's key). */
declare(strict_types=1);
define('ECHOPPE_DESK', 1);
define('ECHOPPE_DESK_TEST', 1);
require $argv[1] . '/lib.php';
$out = [];
foreach (json_decode(stream_get_contents(STDIN), true) as $cart) {
    try {
        $r = price_cart($cart['items'], $cart['coupon'], $cart['country'], $cart['rate'], $cart['today']);
        $out[] = ['lines' => array_map(fn($l) => [$l['unit'], $l['total']], $r['lines']), 'sub' => $r['sub'],
            'off' => $r['off'], 'ship' => $r['ship'] ? [$r['ship']['i'], $r['ship']['cost']] : null,
            'options' => array_map(fn($o) => [$o['i'], $o['cost']], $r['options']), 'total' => $r['total']];
    } catch (RuntimeException $e) {
        $out[] = ['error' => $e->getMessage()];
    }
}
echo json_encode($out);
