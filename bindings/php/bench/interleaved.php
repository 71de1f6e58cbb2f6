<?php

declare(strict_types=1);

/*
 * Join URL generation from PHP, the contenders interleaved: 300 rounds of ITERATIONS calls of
 * each in turn, each contender's best round counts (this filters out other processes on a busy
 * machine). The URLs are checked equal to pure PHP's first. BBBKIT_PHP may name another
 * checkout's autoload.php (with BBBKIT_LIB its library) to compare two builds.
 *
 *   BBBKIT_LIB=target/release/libbbbkit.so php bindings/php/bench/interleaved.php [ITERATIONS]
 */

require getenv('BBBKIT_PHP') ?: dirname(__DIR__) . '/autoload.php';

use BbbKit\JoinRequest;
use BbbKit\Role;
use BbbKit\Server;

$base = 'https://bbb.example.com/bigbluebutton/api/';
$secret = '8cd8ef52e8e101574e400365b55e11a6';
$server = new Server($base, $secret);
$request = new JoinRequest('physics-101', 'Marie Curie', role: Role::Moderator, createTime: 1715261728123,
    userId: 'u-17', userdata: ['bbb_show_participants_on_login' => 'false']);

function pure_php(string $base, string $secret): string
{
    $query = http_build_query([
        'meetingID' => 'physics-101',
        'fullName' => 'Marie Curie',
        'role' => 'MODERATOR',
        'createTime' => 1715261728123,
        'userID' => 'u-17',
        'userdata-bbb_show_participants_on_login' => 'false',
    ], '', '&', PHP_QUERY_RFC1738);
    return $base . 'join?' . $query . '&checksum=' . hash('sha256', 'join' . $query . $secret);
}

$contenders = [
    'pure PHP (http_build_query + hash)' => fn () => pure_php($base, $secret),
    'reused JoinRequest' => fn () => $server->joinUrl($request),
    'new JoinRequest per URL' => fn () => $server->joinUrl(new JoinRequest('physics-101', 'Marie Curie',
        role: Role::Moderator, createTime: 1715261728123, userId: 'u-17',
        userdata: ['bbb_show_participants_on_login' => 'false'])),
];
if (method_exists($server, 'joinUrlFromParams')) {
    $contenders['joinUrlFromParams (no object)'] = fn () => $server->joinUrlFromParams([
        'meetingID' => 'physics-101',
        'fullName' => 'Marie Curie',
        'role' => 'MODERATOR',
        'createTime' => 1715261728123,
        'userID' => 'u-17',
        'userdata-bbb_show_participants_on_login' => 'false',
    ]);
}
$want = pure_php($base, $secret);
foreach ($contenders as $name => $f) {
    if ($f() !== $want) {
        fwrite(STDERR, "{$name} gives another URL\n");
        exit(1);
    }
}

$n = (int) ($argv[1] ?? 1000);
$best = array_fill_keys(array_keys($contenders), INF);
for ($round = 0; $round < 300; $round++) {
    foreach ($contenders as $name => $f) {
        $start = hrtime(true);
        for ($i = 0; $i < $n; $i++) {
            $f();
        }
        $best[$name] = min($best[$name], (hrtime(true) - $start) / $n);
    }
}
printf("PHP %s, best of 300 interleaved rounds of %d calls\n", PHP_VERSION, $n);
foreach ($best as $name => $ns) {
    printf("%-36s %6.0f ns/url  %5.2fx pure PHP\n", $name, $ns, $ns / $best['pure PHP (http_build_query + hash)']);
}
