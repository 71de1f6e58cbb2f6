<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;
use BbbKit\Exception\VerifyException;
use FFI\CData;

/**
 * Checks incoming queries signed like BBB API calls (the checksum of `call + query + secret`,
 * as in your own signed links or a proxy that receives API calls) against one or more
 * secrets, with an allow-list of algorithms.
 *
 * It does not check BigBlueButton's callbacks, which are signed differently: bbb-webhooks
 * events hash the callback URL, the body and the secret, and recording-ready callbacks carry a
 * JWT (`signed_parameters`). {@see CallbackVerifier} checks those.
 *
 * Several secrets allow rotation: sign with the new one while still accepting the old. The
 * comparison is constant-time. The secrets live only in the native library.
 *
 * ```php
 * $verifier = new Verifier([$newSecret, $oldSecret], allow: [Algorithm::Sha256, Algorithm::Sha512]);
 * $verified = $verifier->verify('end', $_SERVER['QUERY_STRING']);
 * ```
 */
final class Verifier
{
    private Library $lib;
    private CData $handle;

    /**
     * @param list<string>                     $secrets tried in order
     * @param list<Algorithm|string>|null      $allow   the accepted algorithms; null: all four
     *
     * @throws InvalidParameterException for no secrets (`secrets`), an empty one (`secret`) or
     *                                   an unknown algorithm (`algorithm`)
     */
    public function __construct(
        #[\SensitiveParameter] array $secrets,
        ?array $allow = null,
        ?Library $library = null,
    ) {
        $this->lib = $library ?? Library::default();
        $f = $this->lib->ffi;
        $values = [];
        foreach ($secrets as $secret) {
            if (!is_string($secret)) {
                throw new \TypeError('secrets must be a list of strings, ' . get_debug_type($secret) . ' given');
            }
            $values[] = $secret;
        }
        $algorithms = [];
        foreach ($allow ?? [] as $a) {
            $algorithms[] = ($a instanceof Algorithm ? $a : Algorithm::parse((string) $a, $this->lib))->toNative();
        }
        [$array, $keep] = Native::stringArray($this->lib, $values, 'secret');
        $out = $f->new('bbbkit_verifier*');
        $this->lib->check($f->bbbkit_verifier_new($array, count($values), \FFI::addr($out)));
        unset($keep);
        $this->handle = $out;
        if ($allow !== null) {
            $count = count($algorithms);
            $list = $count === 0 ? null : $f->new("uint32_t[{$count}]");
            foreach ($algorithms as $i => $a) {
                $list[$i] = $a;
            }
            $this->lib->check($f->bbbkit_verifier_allow($this->handle, $list, $count));
        }
    }

    public function __destruct()
    {
        if (isset($this->handle)) {
            $this->lib->ffi->bbbkit_verifier_free($this->handle);
        }
    }

    /** @return list<Algorithm> the accepted algorithms, weakest first */
    public function allowed(): array
    {
        return array_values(array_filter(
            Algorithm::cases(),
            fn (Algorithm $a) => $this->lib->ffi->bbbkit_verifier_allows($this->handle, $a->toNative()),
        ));
    }

    /**
     * Verifies the query of `$call` (with or without a leading `?`).
     *
     * @throws VerifyException when it does not verify
     */
    public function verify(string $call, string $query): Verified
    {
        $out = $this->lib->ffi->new('bbbkit_verified*');
        $this->lib->check($this->lib->ffi->bbbkit_verifier_verify(
            $this->handle,
            $this->lib->arg($call, 'call'),
            $this->lib->arg($query, 'query'),
            \FFI::addr($out),
        ));
        return Verified::fromNative($this->lib, $out);
    }

    /**
     * Verifies a full signed URL (`…/api/CALL?query`).
     *
     * @throws VerifyException when it does not verify
     */
    public function verifyUrl(string $url): Verified
    {
        $out = $this->lib->ffi->new('bbbkit_verified*');
        $this->lib->check($this->lib->ffi->bbbkit_verifier_verify_url($this->handle, $this->lib->arg($url, 'url'), \FFI::addr($out)));
        return Verified::fromNative($this->lib, $out);
    }

    /** @return array<string, never> nothing: the secrets are never shown */
    public function __debugInfo(): array
    {
        return [];
    }

    private function __clone()
    {
    }

    public function __serialize(): array
    {
        throw new \LogicException('A BbbKit\Verifier cannot be serialized.');
    }

    /** @param array<mixed> $data */
    public function __unserialize(array $data): void
    {
        throw new \LogicException('A BbbKit\Verifier cannot be unserialized.');
    }
}
