<?php
/* Échoppe order desk: shared functions. Generated with the site; no framework, no Composer.
   Rules: every price comes from catalogue.json (never from the browser); money is integer cents;
   nothing a visitor sent reaches a mail header, an include or a file name; errors reveal nothing. */
declare(strict_types=1);
/* Many cheap hosts show PHP's errors and version to visitors: never from the desk (startup warnings are
   kept quiet by desk/.htaccess under mod_php). */
ini_set('display_errors', '0');
ini_set('display_startup_errors', '0');
header_remove('X-Powered-By');
if (!defined('ECHOPPE_DESK')) { http_response_code(404); exit; }

const MAX_BODY = 65536, MAX_LINES = 50, MAX_QTY = 999;

function desk_json(string $name): array {
    $data = json_decode((string)@file_get_contents(__DIR__ . '/' . $name), true);
    if (!is_array($data)) fail(500, 'unavailable');
    return $data;
}

$CFG = desk_json('config.json');
$CAT = desk_json('catalogue.json');
date_default_timezone_set($CFG['timezone']);

function t(string $key, array $vars = []): string {
    global $CFG;
    $text = $CFG['strings'][$key] ?? $key;
    foreach ($vars as $k => $v) $text = str_replace('{' . $k . '}', (string)$v, $text);
    return $text;
}
function h(string $s): string { return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8'); }

/* "12.5" -> 1250, exactly (no float). */
function cents(string $s): int {
    if (!preg_match('/^(\d+)(?:\.(\d{1,2}))?$/', $s, $m)) return 0;
    return (int)$m[1] * 100 + (int)str_pad($m[2] ?? '', 2, '0');
}
function plain(int $c): string { return intdiv($c, 100) . '.' . str_pad((string)($c % 100), 2, '0', STR_PAD_LEFT); }
function money(int $c): string {
    global $CFG;
    $n = number_format($c / 100, 2, $CFG['decimal'], $CFG['group']);  // display only: exact below 2^53
    return $CFG['symbol_first'] ? $CFG['symbol'] . $n : $n . "\u{a0}" . $CFG['symbol'];
}

/* An HTML page in the site's look; ends the request. */
function page(int $status, string $title, string $body): void {
    global $CFG;
    http_response_code($status);
    header('Content-Type: text/html; charset=utf-8');
    header('Cache-Control: no-store');
    header('X-Content-Type-Options: nosniff');
    header("Content-Security-Policy: default-src 'self'; form-action 'self'; frame-ancestors 'none'");
    header('Referrer-Policy: same-origin');
    echo '<!DOCTYPE html><html lang="', h($CFG['lang']), '"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
        '<title>', h($title . ' – ' . $CFG['shop']), '</title><link rel="stylesheet" href="../static/site.css"></head>',
        '<body><main class="wrap section desk"><p><a href="../index.html">', h($CFG['shop']), '</a></p><h1>', h($title),
        '</h1>', $body, '<p class="desk-withdraw"><a href="../', h($CFG['withdraw_page']), '">', h(t('withdrawLink')),
        '</a></p></main></body></html>';
    exit;
}
function fail(int $status, string $key, array $vars = []): void {
    if (defined('ECHOPPE_DESK_TEST')) throw new RuntimeException($key);  // tests/desk/php_harness.php
    /* Back to the page that sends here (a javascript: link would be blocked by our own CSP). */
    global $CFG;
    $back = basename((string)($_SERVER['SCRIPT_FILENAME'] ?? '')) === 'withdraw.php' ? $CFG['withdraw_page'] : $CFG['cart_page'];
    page($status, t('refusedTitle'), '<p class="cart-error" role="alert">' . h(t($key, $vars)) . '</p>'
        . '<p><a href="../' . h($back) . '">' . h(t('back')) . '</a></p>');
}

/* The request: POST only, as a plain form sends it, small, no bot in the honeypot. */
function read_request(): void {
    /* /desk/order.php/anything would run here with every relative link of the page pointing into it */
    if (($_SERVER['PATH_INFO'] ?? '') !== '') fail(404, 'refused');
    if (($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') fail(405, 'postOnly');
    /* A host that lost sodium (a PHP version switched since the publish probe) cannot seal: say so
       before anything is numbered or written. */
    if (!function_exists('sodium_crypto_box_seal')) fail(503, 'unavailable');
    /* Our forms post from the shop's own pages; a browser says when another site made it post
       (orders or withdrawals planted through visitors' browsers, past the per-address limit). */
    if (($_SERVER['HTTP_SEC_FETCH_SITE'] ?? '') === 'cross-site') fail(403, 'refused');
    /* Our forms and the cart only send urlencoded forms: no JSON, no multipart (no uploads). */
    $type = strtolower(trim(explode(';', (string)($_SERVER['CONTENT_TYPE'] ?? ''))[0]));
    if ($type !== 'application/x-www-form-urlencoded') fail(415, 'refused');
    /* The body itself is measured: a chunked request has no Content-Length to trust. */
    if ((int)($_SERVER['CONTENT_LENGTH'] ?? 0) > MAX_BODY
        || strlen((string)file_get_contents('php://input', false, null, 0, MAX_BODY + 1)) > MAX_BODY) {
        fail(413, 'tooBig');
    }
    if (field('website', 200) !== '') fail(400, 'refused');
}

/* A posted text field: trimmed, valid UTF-8 (overlong forms and surrogates are invalid), no markup, no
   control characters (C0, DEL, C1; newlines only in notes), no line separators and no bidi overrides or
   isolates, which could hide or reorder text in the emails and in the app. */
function field(string $name, int $max, bool $multiline = false, ?array $from = null): string {
    $v = ($from ?? $_POST)[$name] ?? '';
    if (!is_string($v)) fail(400, 'badField', ['field' => t($name)]);
    if (strlen($v) > $max * 4 || !preg_match('//u', $v)) fail(400, 'badField', ['field' => t($name)]);
    $v = trim(str_replace("\r\n", "\n", $v));
    $bad = '/[\p{Cc}\x{2028}\x{2029}\x{202A}-\x{202E}\x{2066}-\x{2069}]/u';
    if (preg_match($bad, $multiline ? str_replace("\n", '', $v) : $v) || strpbrk($v, '<>') !== false
        || preg_match_all('/./us', $v) > $max) {
        fail(400, 'badField', ['field' => t($name)]);
    }
    return $v;
}
function email_field(string $name = 'email'): string {
    $v = field($name, 254);
    /* One plain local@domain, as the app's is_email: letters, digits and . _ + - only. filter_var alone lets
       through quoted parts, encoded words (=?...?=), the %-hack and !-paths that some mail servers relay,
       and IP literals. */
    if (!filter_var($v, FILTER_VALIDATE_EMAIL) || !preg_match('/^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/D', $v)) {
        fail(400, 'badEmail');
    }
    return $v;
}

/* The cart lines posted: item[N][slug|variant|qty], or one slug/variant/qty (a product page). */
function posted_items(): array {
    $raw = $_POST['item'] ?? [['slug' => $_POST['slug'] ?? '', 'variant' => $_POST['variant'] ?? '', 'qty' => $_POST['qty'] ?? '1']];
    if (!is_array($raw) || !$raw) fail(400, 'emptyCart');
    if (count($raw) > MAX_LINES) fail(400, 'tooManyLines', ['n' => MAX_LINES]);
    $items = [];
    foreach ($raw as $line) {
        if (!is_array($line)) fail(400, 'refused');
        $slug = field('slug', 200, false, $line);
        $qty = field('qty', 40, false, $line);
        if (!preg_match('/^[0-9]{1,3}$/', $qty) || (int)$qty < 1 || (int)$qty > MAX_QTY) fail(400, 'badQuantity', ['max' => MAX_QTY]);
        $items[] = ['slug' => $slug, 'variant' => field('variant', 200, false, $line), 'qty' => (int)$qty];
    }
    return $items;
}

/* The server's truth: every amount recomputed from the catalogue (same rules as cart.js and the app). */
function price_cart(array $items, string $code, string $country, string $rate, string $today): array {
    global $CAT;
    $lines = []; $sub = 0; $weight = 0;
    foreach ($items as $it) {
        $p = $CAT['products'][$it['slug']] ?? null;
        if (!is_array($p)) fail(400, 'unknownProduct', ['name' => $it['slug']]);
        $v = null;
        /* a product without variants has one line whatever variant is sent: made-up variants of it
           would otherwise be separate lines, each within the stock */
        if (!$p['variants']) $it['variant'] = '';
        if ($p['variants']) {
            $v = $p['variants'][$it['variant']] ?? null;
            if (!is_array($v)) fail(400, 'unknownProduct', ['name' => $p['name']]);
        }
        $stock = $v ? $v['stock'] : $p['stock'];
        $qty = $it['qty'];
        foreach ($lines as $l) if ($l['key'] === $it['slug'] . '|' . $it['variant']) $qty += $l['quantity'];
        if ($stock !== null && $qty > $stock) fail(409, $stock > 0 ? 'notEnoughStock' : 'outOfStock', ['name' => $p['name'], 'n' => $stock]);
        $unit = cents($v ? $v['price'] : $p['price']);
        $lines[] = ['key' => $it['slug'] . '|' . $it['variant'], 'slug' => $it['slug'], 'sku' => $v ? $v['sku'] : $p['sku'],
            'name' => $p['name'], 'options' => $v ? (object)$v['options'] : new stdClass(), 'label' => $v ? $v['label'] : '',
            'quantity' => $it['qty'], 'unit' => $unit, 'total' => $unit * $it['qty'], 'pay' => $p['payment_link'],
            'no_withdrawal' => (string)($p['no_withdrawal'] ?? '')];  // the L221-28 exception, as its page says it
        $sub += $unit * $it['qty'];
        $weight += $p['weight_g'] * $it['qty'];
    }
    $off = 0; $coupon = null; $code = strtoupper($code);
    if ($code !== '') {
        foreach ($CAT['coupons'] as $c) if (strtoupper($c['code']) === $code) $coupon = $c;
        if (!$coupon) fail(400, 'invalidCode', ['code' => $code]);
        if (($coupon['starts'] && $today < $coupon['starts']) || ($coupon['ends'] && $today > $coupon['ends'])) fail(400, 'couponExpired');
        if ($coupon['min_order'] && $sub < cents($coupon['min_order'])) fail(400, 'couponMinimum', ['amount' => money(cents($coupon['min_order']))]);
        /* percent in hundredths of a %, rounded half up to the cent */
        $off = $coupon['kind'] === 'percent' ? intdiv($sub * cents($coupon['value']) + 5000, 10000) : cents($coupon['value']);
        $off = min($off, $sub);
    }
    $goods = $sub - $off;
    $zone = $CAT['countries'][$country] ?? null;
    $options = [];
    if ($CAT['shipping']) {
        if ($zone === null) fail(400, 'badField', ['field' => t('country')]);
        $best = [];  // cheapest per name for weight bands; every other rate on its own
        foreach ($CAT['shipping'] as $i => $r) {
            $w = $r['kind'] === 'by_weight';
            if ($r['zone'] !== $zone || ($w && $r['max_weight_g'] && $weight > $r['max_weight_g'])) continue;
            $cost = ($r['kind'] === 'free_above' && $r['free_above'] && $goods >= cents($r['free_above'])) ? 0 : cents($r['price']);
            $k = $w ? 'w' . $r['name'] : (string)$i;
            if (!isset($best[$k]) || $cost < $best[$k]['cost']) $best[$k] = ['i' => (string)$i, 'name' => $r['name'], 'cost' => $cost];
        }
        /* the order cart.js lists them in: plain rates by index, then weight bands, then by cost (stable) */
        $plain = array_filter($best, fn($k) => $k[0] !== 'w', ARRAY_FILTER_USE_KEY);
        ksort($plain, SORT_NUMERIC);
        $options = array_values($plain + array_filter($best, fn($k) => $k[0] === 'w', ARRAY_FILTER_USE_KEY));
        $pos = array_flip(array_keys($options));
        uksort($options, fn($a, $b) => [$options[$a]['cost'], $pos[$a]] <=> [$options[$b]['cost'], $pos[$b]]);
        $options = array_values($options);
        if (!$options) fail(400, 'noShipping');
    }
    $ship = null;
    foreach ($options as $o) if ($o['i'] === $rate) $ship = $o;
    $ship = $ship ?? ($options[0] ?? null);
    return ['lines' => $lines, 'sub' => $sub, 'off' => $off, 'coupon' => $coupon ? $coupon['code'] : '', 'zone' => $zone,
        'options' => $options, 'ship' => $ship, 'total' => $goods + ($ship ? $ship['cost'] : 0)];
}

/* The private folder (outside the web root, or denied and unlisted), made on first use. */
function private_dir(string $sub): string {
    global $CFG;
    $base = __DIR__ . '/' . $CFG['private_dir'];
    if (!is_dir("$base/$sub") && !@mkdir("$base/$sub", 0700, true) && !is_dir("$base/$sub")) fail(503, 'unavailable');
    $deny = "$base/.htaccess";
    if (!is_file($deny)) @file_put_contents($deny, "Require all denied\nOptions -Indexes\n");
    return "$base/$sub";
}

/* The next number ("2026-00042") of a counter that never repeats, under an exclusive lock. The counter is
   written at a fixed width over its old value (never truncated, so never seen empty); a counter that is
   not a number is never guessed at. A number whose file is still there (a host restored from an old
   backup rolls the counter back) is skipped: an order or declaration is never overwritten. */
function next_number(string $sub, string $format): string {
    $dir = private_dir($sub);
    $f = @fopen(private_dir('state') . "/$sub.counter", 'c+');
    if (!$f || !flock($f, LOCK_EX)) fail(503, 'unavailable');
    $raw = trim((string)stream_get_contents($f));
    if (!preg_match('/^[0-9]{0,10}$/D', $raw) || (int)$raw >= 9999999999) fail(503, 'unavailable');  // exiting releases the lock
    $n = (int)$raw;
    do { $number = sprintf($format, date('Y'), ++$n); } while (file_exists("$dir/$number.sealed"));
    rewind($f); fwrite($f, sprintf('%010d', $n)); fflush($f);
    flock($f, LOCK_UN); fclose($f);
    return $number;
}

/* Seal with the shop's public key and write atomically: a temporary name, then a rename. */
function write_sealed(string $sub, string $number, array $data): void {
    global $CFG;
    $json = json_encode($data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    $sealed = sodium_crypto_box_seal($json, base64_decode($CFG['public_key'], true));
    $dir = private_dir($sub);
    $tmp = "$dir/.$number." . bin2hex(random_bytes(6)) . '.tmp';
    if (@file_put_contents($tmp, $sealed, LOCK_EX) !== strlen($sealed) || !@rename($tmp, "$dir/$number.sealed")) {
        @unlink($tmp);
        fail(503, 'unavailable');
    }
}

/* At most per_ip requests per window from one (hashed) address, and global ones in all. */
function rate_limit(string $kind): void {
    global $CFG;
    $lim = $CFG['limits'];
    if (!within_limit("rate-$kind", client_key(), $lim['per_ip'], $lim['global'], $lim['window'])) {
        header('Retry-After: ' . $lim['window']);
        fail(429, 'tooMany');
    }
}

/* At most per_email acknowledgements of one kind to one (hashed) address per mail_window: the desk
   cannot be used to flood somebody's mailbox from many visitors' addresses. Checked before numbering. */
function mail_limit(string $kind, string $email): void {
    global $CFG;
    $lim = $CFG['limits'];
    if (!within_limit("mail-$kind", strtolower($email), $lim['per_email'], PHP_INT_MAX, $lim['mail_window'])) {
        header('Retry-After: ' . $lim['mail_window']);
        fail(429, 'tooManyMails');
    }
}

/* One locked counter file of recent events: true (and the event counted) when $who has had fewer than
   $each events and everyone fewer than $all in the last $window seconds. Only a keyed hash of $who is kept. */
function within_limit(string $file, string $who, int $each, int $all, int $window): bool {
    global $CFG;
    $f = @fopen(private_dir('state') . "/$file.json", 'c+');
    if (!$f || !flock($f, LOCK_EX)) fail(503, 'unavailable');
    $now = time();
    $seen = array_filter((array)json_decode((string)stream_get_contents($f), true), fn($t) => is_int($t) && $t > $now - $window);
    $key = substr(hash_hmac('sha256', $who, $CFG['public_key']), 0, 16);
    $count = 0; $mine = 0;
    foreach ($seen as $k => $t) { $count++; if (strncmp((string)$k, $key, 16) === 0) $mine++; }
    $ok = $mine < $each && $count < $all;
    if ($ok) $seen[$key . '.' . bin2hex(random_bytes(4))] = $now;
    ftruncate($f, 0); rewind($f); fwrite($f, json_encode($seen)); fflush($f);
    flock($f, LOCK_UN); fclose($f);
    return $ok;
}

/* The address a visitor is counted by: an IPv6 visitor holds a whole /64 (2^64 addresses), so the
   /64 counts as one address; IPv4 (and IPv4-mapped IPv6) addresses count one by one. */
function client_key(): string {
    $ip = (string)($_SERVER['REMOTE_ADDR'] ?? '');
    $bin = @inet_pton($ip);
    if ($bin !== false && strlen($bin) === 16 && strncmp($bin, str_repeat("\0", 10) . "\xff\xff", 12) !== 0) {
        return bin2hex(substr($bin, 0, 8)) . '/64';
    }
    return $ip;
}

/* One plain-text email; only validated addresses and our own texts go into headers. */
function send_mail(string $to, string $subject, string $body): bool {
    global $CFG;
    $clean = fn(string $s) => str_replace(["\r", "\n"], ' ', $s);
    $headers = ['MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit'];
    if ($CFG['from'] !== '') { $headers[] = 'From: ' . $clean($CFG['from']); $headers[] = 'Reply-To: ' . $clean($CFG['from']); }
    if (!function_exists('mail')) return false;  // disabled by the host: the order is kept all the same
    $subject = '=?UTF-8?B?' . base64_encode($clean($subject)) . '?=';
    return @mail($clean($to), $subject, str_replace("\r", '', $body), implode("\r\n", $headers));
}

/* The time stamp of a received declaration or order, ISO 8601 with its offset. */
function now_iso(): string { return date('c'); }
function now_text(): string { return date($GLOBALS['CFG']['datetime_format']); }
function colon(): string { return $GLOBALS['CFG']['colon']; }  // "\u{a0}: " in French, ": " in English
