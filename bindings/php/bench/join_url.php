<?php

declare(strict_types=1);

/*
 * Join URL generation from PHP: bbbkit through FFI against a pure-PHP http_build_query + hash
 * implementation of the same request, in the same process (best of 5 rounds each). With a
 * second argument, also runs the C benchmark (tests/c/bench_join.c) for the C calls themselves.
 *
 * Rows: a reused request; a new request per URL (what a web request does), through joinUrl()'s
 * one packed call and through the builder calls that joinUrl() made before (one FFI call per
 * parameter, here without the PHP-side checks the library made around them); the same
 * parameters as a BBB-named array through Server::joinUrlFromParams() (no request object);
 * pure PHP; then the parts of a new request's time.
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

/** The same request as BBB-named parameters, for Server::joinUrlFromParams(). */
function from_params(Server $server): string
{
    return $server->joinUrlFromParams([
        'meetingID' => 'physics-101',
        'fullName' => 'Marie Curie',
        'role' => 'MODERATOR',
        'createTime' => 1715261728123,
        'userID' => 'u-17',
        'userdata-bbb_show_participants_on_login' => 'false',
    ]);
}

$ffi = $server->joinUrl($request);
$php = pure_php($base, $secret);
if ($ffi !== $php || from_params($server) !== $php) {
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

$lib = BbbKit\Library::default();
$f = $lib->ffi;
$native = $f->new('bbbkit_server*');
$f->bbbkit_server_new($base, $secret, FFI::addr($native));

/**
 * The previous path, kept for comparison: a new request, then one FFI call per parameter
 * (bbbkit_join_new, a setter each (typed or bbbkit_join_set), bbbkit_server_join_url,
 * bbbkit_string_free, bbbkit_join_free).
 */
function builder(FFI $f, FFI\CData $server): string
{
    $r = new JoinRequest('physics-101', 'Marie Curie', role: Role::Moderator, createTime: 1715261728123,
        userId: 'u-17', userdata: ['bbb_show_participants_on_login' => 'false']);
    $join = $f->new('bbbkit_join*');
    $f->bbbkit_join_new($r->meetingId, $r->fullName, FFI::addr($join));
    $f->bbbkit_join_set_role($join, $r->role->toNative());
    $f->bbbkit_join_set_create_time($join, $r->createTime);
    $f->bbbkit_join_set($join, 'userID', $r->userId);
    foreach ($r->userdata as [$key, $value]) {
        $f->bbbkit_join_add_userdata($join, $key, $value);
    }
    $out = $f->new('char*');
    $f->bbbkit_server_join_url($server, $join, FFI::addr($out));
    $url = FFI::string($out);
    $f->bbbkit_string_free($out);
    $f->bbbkit_join_free($join);
    return $url;
}
if (builder($f, $native) !== $php) {
    fwrite(STDERR, "the builder path gives another URL\n");
    exit(1);
}
$packed = $request->packed($lib);
$buf = $f->new('char[2048]');
$len = $f->new('size_t');
$lenAddr = FFI::addr($len);

$results = [
    'php_ffi_join_url' => best_of($iterations, fn () => $server->joinUrl($request)),
    'php_ffi_new_request_and_join_url' => best_of($iterations, fn () => $server->joinUrl(new JoinRequest('physics-101',
        'Marie Curie', role: Role::Moderator, createTime: 1715261728123, userId: 'u-17',
        userdata: ['bbb_show_participants_on_login' => 'false']))),
    'php_ffi_new_request_builder_calls' => best_of($iterations, fn () => builder($f, $native)),
    'php_ffi_join_url_from_params' => best_of($iterations, fn () => from_params($server)),
    'pure_php_http_build_query_hash' => best_of($iterations, fn () => pure_php($base, $secret)),
    // Where a fresh request's time goes:
    'part_new_join_request_object' => best_of($iterations, fn () => new JoinRequest('physics-101', 'Marie Curie',
        role: Role::Moderator, createTime: 1715261728123, userId: 'u-17',
        userdata: ['bbb_show_participants_on_login' => 'false'])),
    'part_new_join_request_and_pack' => best_of($iterations, fn () => (new JoinRequest('physics-101', 'Marie Curie',
        role: Role::Moderator, createTime: 1715261728123, userId: 'u-17',
        userdata: ['bbb_show_participants_on_login' => 'false']))->packed($lib)),
    'part_join_url_params_into_and_copy' => best_of($iterations, function () use ($f, $native, $packed, $buf, $len, $lenAddr) {
        $f->bbbkit_server_join_url_params_into($native, $packed, strlen($packed), $buf, 2048, $lenAddr);
        FFI::string($buf, $len->cdata);
    }),
    'part_one_ffi_call' => best_of($iterations, fn () => $server->algorithm()),
];
if (isset($argv[2])) {
    $cOut = shell_exec(escapeshellarg($argv[2]) . ' ' . $iterations);
    if (is_string($cOut) && preg_match('/^c_ns_per_url ([0-9.]+)$/m', $cOut, $m)) {
        $results['c_abi_join_url'] = (float) $m[1];
    }
    if (is_string($cOut) && preg_match('/^c_ns_per_url_params ([0-9.]+)$/m', $cOut, $m)) {
        $results['c_abi_join_url_params'] = (float) $m[1];
    }
    if (is_string($cOut) && preg_match('/^c_ns_per_url_params_into ([0-9.]+)$/m', $cOut, $m)) {
        $results['c_abi_join_url_params_into'] = (float) $m[1];
    }
}
$f->bbbkit_server_free($native);
printf("PHP %s, %d iterations, url %s\n", PHP_VERSION, $iterations, $ffi);
foreach ($results as $name => $ns) {
    printf("%-34s %8.0f ns/url   %5.2fx pure PHP\n", $name, $ns, $ns / $results['pure_php_http_build_query_hash']);
}
