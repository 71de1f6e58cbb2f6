<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/**
 * The checksum BigBlueButton expects for a query built elsewhere: the lowercase hex digest of
 * `$call . $query . $secret`. `$query` is exactly what is sent, without `?` and `checksum`.
 * {@see Server::apiUrl()} and {@see Server::joinUrl()} do this for you.
 *
 * @throws InvalidParameterException for an unknown algorithm name
 */
function checksum(string $call, string $query, #[\SensitiveParameter] string $secret, Algorithm|string $algorithm = Algorithm::Sha256, ?Library $library = null): string
{
    $lib = $library ?? Library::default();
    $alg = is_string($algorithm) ? Algorithm::parse($algorithm, $lib) : $algorithm;
    $out = $lib->ffi->new('char*');
    $lib->check($lib->ffi->bbbkit_checksum(
        $lib->arg($call, 'call'),
        $lib->arg($query, 'query'),
        $lib->arg($secret, 'secret'),
        $alg->toNative(),
        \FFI::addr($out),
    ));
    return $lib->take($out);
}

/**
 * Percent-encodes one query component the way bbbkit signs it: space as `+`, only
 * `A-Z a-z 0-9 - . _` raw, every other byte as `%XX` (what `urlencode()` does, too).
 */
function encode_component(string $value, ?Library $library = null): string
{
    $lib = $library ?? Library::default();
    $out = $lib->ffi->new('char*');
    $lib->check($lib->ffi->bbbkit_encode_component($lib->arg($value, 'value'), \FFI::addr($out)));
    return $lib->take($out);
}
