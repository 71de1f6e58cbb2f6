<?php

declare(strict_types=1);

/*
 * Join URL generation from PHP: bbbkit through FFI against a pure-PHP http_build_query + hash
 * implementation of the same request, in the same process (best of 5 rounds each). With a
 * second argument, also runs the C benchmark (tests/c/bench_join.c) for the C call itself.
 *
 *   BBBKIT_LIB=target/release/libbbbkit.so php bindings/php/bench/join_url.php [ITERATIONS [BENCH_JOIN_BINARY]]
 */

require dirname(__DIR__) . '/autoload.php';

use BbbKit\JoinRequest;
use BbbKit\Role;
use BbbKit\Server;

$iterations = (int) ($argv[1] ?? 200000);
$base = 'https://bbb.example.com/bigbluebutton/api/';
$secret = '8cd8ef52e8e101574e400365b55e11a6';

$server = new Server($base, $secret);
$request = new JoinRequest('physics-101', 'Marie Curie', role: Role::Moderator, createTime: 1715261728123,
    userId: 'u-17', userdata: ['bbb_show_participants_on_login' => 'false']);

/** The same request the way PHP integrations usually build it, without validation. */
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

$ffi = $server->joinUrl($request);
$php = pure_php($base, $secret);
if ($ffi !== $php) {
    fwrite(STDERR, "the two URLs differ:\n  {$ffi}\n  {$php}\n");
    exit(1);
}

/** @return float nanoseconds per call, best of 5 rounds */
function best_of(int $iterations, callable $f): float
{
    $best = INF;
    for ($round = 0; $round < 5; $round++) {
        $start = hrtime(true);
        for ($i = 0; $i < $iterations; $i++) {
            $f();
        }
        $best = min($best, (hrtime(true) - $start) / $iterations);
    }
    return $best;
}

$results = [
    'php_ffi_join_url' => best_of($iterations, fn () => $server->joinUrl($request)),
    'php_ffi_new_request_and_join_url' => best_of($iterations, fn () => $server->joinUrl(new JoinRequest('physics-101',
        'Marie Curie', role: Role::Moderator, createTime: 1715261728123, userId: 'u-17',
        userdata: ['bbb_show_participants_on_login' => 'false']))),
    'pure_php_http_build_query_hash' => best_of($iterations, fn () => pure_php($base, $secret)),
    // Where a fresh request's time goes:
    'part_new_join_request_object' => best_of($iterations, fn () => new JoinRequest('physics-101', 'Marie Curie',
        role: Role::Moderator, createTime: 1715261728123, userId: 'u-17',
        userdata: ['bbb_show_participants_on_login' => 'false'])),
    'part_native_join_build_and_free' => best_of($iterations, function () use ($request) {
        $lib = BbbKit\Library::default();
        $lib->ffi->bbbkit_join_free($request->toNative($lib));
    }),
    'part_one_ffi_call' => best_of($iterations, fn () => $server->algorithm()),
];
if (isset($argv[2])) {
    $out = shell_exec(escapeshellarg($argv[2]) . ' ' . $iterations);
    if (is_string($out) && preg_match('/^c_ns_per_url ([0-9.]+)$/m', $out, $m)) {
        $results['c_abi_join_url'] = (float) $m[1];
    }
}
printf("PHP %s, %d iterations, url %s\n", PHP_VERSION, $iterations, $ffi);
foreach ($results as $name => $ns) {
    printf("%-34s %8.0f ns/url   %5.2fx pure PHP\n", $name, $ns, $ns / $results['pure_php_http_build_query_hash']);
}
