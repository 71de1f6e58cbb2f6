<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;
use BbbKit\Exception\VerifyException;
use FFI\CData;

/**
 * A BigBlueButton server: its API base URL, its shared secret and the checksum algorithm.
 *
 * Create one at start-up and reuse it. The secret lives only in the native library: it never
 * shows in `var_dump`, `print_r`, `var_export`, JSON, stack traces or exception messages, and
 * it is wiped from memory when the server is freed.
 *
 * ```php
 * $server = new Server('https://bbb.example.com/bigbluebutton/', getenv('BBB_SECRET'));
 * $url = $server->joinUrl(new JoinRequest('physics-101', 'Marie Curie', role: Role::Moderator));
 * $url = $server->createUrl(meetingId: 'physics-101', name: 'Physics 101', record: true);
 * ```
 *
 * Every other call the library declares has a `…Url(...)` and a `…Request(...)` method with
 * named arguments ({@see ServerCalls}), and {@see Server::prepare()} takes any call by name.
 */
final class Server
{
    use ServerCalls;

    private Library $lib;
    private \FFI $ffi;
    private CData $handle;
    /** `BBBKIT_RESULT_OK`, kept here for the one comparison per URL. */
    private int $ok;
    /**
     * The buffer that receives each join URL (grown when a URL does not fit), and the length
     * the library writes: allocated once, not per URL.
     */
    private CData $url;
    private int $urlCap;
    private CData $urlLen;
    private CData $urlLenAddr;

    /**
     * @param string           $url       any form people paste: `host`, `https://host`,
     *                                    `https://host/bigbluebutton/api/`, or a custom prefix
     * @param string           $secret    the shared secret (`bbb-conf --secret`); trimmed
     * @param Algorithm|string $algorithm the checksum algorithm, SHA-256 unless told
     *
     * @throws InvalidParameterException naming `url`, `secret` or `algorithm`
     */
    public function __construct(
        string $url,
        #[\SensitiveParameter] string $secret,
        Algorithm|string $algorithm = Algorithm::Sha256,
        ?Library $library = null,
    ) {
        $this->lib = $library ?? Library::default();
        $f = $this->lib->ffi;
        $alg = is_string($algorithm) ? Algorithm::parse($algorithm, $this->lib) : $algorithm;
        $out = $f->new('bbbkit_server*');
        $this->lib->check($f->bbbkit_server_new($this->lib->arg($url, 'url'), $this->lib->arg($secret, 'secret'), \FFI::addr($out)));
        if ($alg !== Algorithm::Sha256) {
            $with = $f->new('bbbkit_server*');
            $result = $f->bbbkit_server_with_algorithm($out, $alg->toNative(), \FFI::addr($with));
            $f->bbbkit_server_free($out);
            $this->lib->check($result);
            $out = $with;
        }
        $this->handle = $out;
        $this->ffi = $f;
        $this->ok = $this->lib->ok;
        $this->urlCap = 2048;
        $this->url = $f->new("char[{$this->urlCap}]");
        $this->urlLen = $f->new('size_t');
        $this->urlLenAddr = \FFI::addr($this->urlLen);
    }

    public function __destruct()
    {
        if (isset($this->handle)) {
            $this->lib->ffi->bbbkit_server_free($this->handle);
        }
    }

    /** A clone owns its own native copy. */
    public function __clone()
    {
        $out = $this->lib->ffi->new('bbbkit_server*');
        $this->lib->check($this->lib->ffi->bbbkit_server_with_algorithm($this->handle, $this->lib->ffi->bbbkit_server_algorithm($this->handle), \FFI::addr($out)));
        $this->handle = $out;
    }

    /** The same server, signing with `$algorithm`. */
    public function withAlgorithm(Algorithm|string $algorithm): self
    {
        $alg = is_string($algorithm) ? Algorithm::parse($algorithm, $this->lib) : $algorithm;
        $copy = clone $this;
        $out = $this->lib->ffi->new('bbbkit_server*');
        $this->lib->check($this->lib->ffi->bbbkit_server_with_algorithm($this->handle, $alg->toNative(), \FFI::addr($out)));
        $this->lib->ffi->bbbkit_server_free($copy->handle);
        $copy->handle = $out;
        return $copy;
    }

    /** The normalised API base URL, ending in `/`. */
    public function baseUrl(): string
    {
        return (string) Library::str($this->lib->ffi->bbbkit_server_base_url($this->handle));
    }

    /** The algorithm used for signing. */
    public function algorithm(): Algorithm
    {
        return Algorithm::fromNative($this->lib->ffi->bbbkit_server_algorithm($this->handle));
    }

    /**
     * The signed URL of a `join` call: redirect the browser to it.
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function joinUrl(JoinRequest $request): string
    {
        // One FFI call for the whole request: each call from PHP costs about as much as
        // signing itself. The URL is written into this server's buffer, so there is nothing
        // to free. Extra parameters go through the builder, so that one named like a typed
        // parameter is refused rather than taken for it.
        $f = $this->ffi;
        if ($request->extra === []) {
            // signPacked(), inlined: this is the hot path.
            $packed = $request->packed($this->lib);
            $r = $f->bbbkit_server_join_url_params_into($this->handle, $packed, \strlen($packed), $this->url, $this->urlCap, $this->urlLenAddr);
            if ($r !== $this->ok) {
                $this->lib->check($r);
            }
            $len = $this->urlLen->cdata;
            return $len < $this->urlCap ? \FFI::string($this->url, $len) : $this->signPacked($packed);
        }
        $out = $f->new('char*');
        $r = $f->bbbkit_server_join_url($this->handle, $request->native($this->lib), \FFI::addr($out));
        if ($r !== $this->ok) {
            $this->lib->check($r);
        }
        return $this->lib->take($out);
    }

    /**
     * The signed URL of a `join` call from its parameters named as in the BBB API, without a
     * {@see JoinRequest}: the fastest way to sign, for code that signs many URLs (a class
     * list, a batch of invitations) or wants the least work per web request.
     *
     * ```php
     * $url = $server->joinUrlFromParams(['meetingID' => 'physics-101', 'fullName' => 'Marie Curie',
     *     'role' => 'MODERATOR', 'createTime' => $created->createTime, 'userID' => 'u-17',
     *     'userdata-bbb_skip_check_audio' => true]);
     * ```
     *
     * Every name is one of {@see JoinRequest::PARAMETERS} (its BBB name: `meetingID`, not
     * `meetingId`), `userdata-<key>`, or a parameter newer than bbbkit; values are strings,
     * integers, booleans (sent as `true`/`false`) or {@see Role}/{@see Layout} cases. The URL is
     * the one `joinUrl()` gives for the same request, checked by the same rules; a declared
     * parameter's value is read as the BBB API writes it (`role` and the layouts in any case,
     * `createTime` in decimal digits, booleans as `true` or `false`).
     *
     * @param array<string, string|int|bool|Role|Layout> $params
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function joinUrlFromParams(array $params): string
    {
        $p = '';
        foreach ($params as $name => $value) {
            if (!\is_string($value)) {
                $value = match (true) {
                    \is_int($value) => (string) $value,
                    \is_bool($value) => $value ? 'true' : 'false',
                    $value instanceof Role, $value instanceof Layout => $value->value,
                    default => throw new \TypeError("joinUrlFromParams(): {$name} must be of type string, int, bool, Role or Layout, " . get_debug_type($value) . ' given'),
                };
            }
            $p .= "{$name}\0{$value}\0";
        }
        // Every field ends in one NUL; any other NUL is inside a name or a value.
        if (substr_count($p, "\0") !== 2 * \count($params)) {
            foreach ($params as $name => $value) {
                $this->lib->arg((string) $name, 'name');
                if (\is_string($value)) {
                    $this->lib->arg($value, (string) $name);
                }
            }
        }
        // signPacked(), inlined: this is the fastest path.
        $r = $this->ffi->bbbkit_server_join_url_params_into($this->handle, $p, \strlen($p), $this->url, $this->urlCap, $this->urlLenAddr);
        if ($r !== $this->ok) {
            $this->lib->check($r);
        }
        $len = $this->urlLen->cdata;
        return $len < $this->urlCap ? \FFI::string($this->url, $len) : $this->signPacked($p);
    }

    /** Signs a packed `name\0value\0…` buffer into this server's URL buffer. */
    private function signPacked(string $packed): string
    {
        $f = $this->ffi;
        $r = $f->bbbkit_server_join_url_params_into($this->handle, $packed, \strlen($packed), $this->url, $this->urlCap, $this->urlLenAddr);
        if ($r !== $this->ok) {
            $this->lib->check($r);
        }
        $len = $this->urlLen->cdata;
        if ($len >= $this->urlCap) {
            // A long URL: a buffer that fits it, kept for the next ones.
            $this->urlCap = $len + 1;
            $this->url = $f->new("char[{$this->urlCap}]");
            return $this->signPacked($packed);
        }
        return \FFI::string($this->url, $len);
    }

    /**
     * The signed URL of any API call, with the parameters in the given order.
     *
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $params
     *        name => value, or [name, value] pairs (to repeat a name); `true`/`false` are sent as
     *        `true`/`false`
     *
     * @throws InvalidParameterException for a bad call name (rule `call_name`), an empty
     *                                   parameter name, control characters, or `checksum`
     */
    public function apiUrl(string $call, array $params = []): string
    {
        $names = [];
        $values = [];
        foreach (Native::pairs($params, 'params') as [$name, $value]) {
            $names[] = $name;
            $values[] = $value;
        }
        [$n, $keepN] = Native::stringArray($this->lib, $names, 'name');
        [$v, $keepV] = Native::stringArray($this->lib, $values, $names);
        $out = $this->lib->ffi->new('char*');
        $this->lib->check($this->lib->ffi->bbbkit_server_api_url(
            $this->handle,
            $this->lib->arg($call, 'call'),
            $n,
            $v,
            count($names),
            \FFI::addr($out),
        ));
        unset($keepN, $keepV);
        return $this->lib->take($out);
    }

    /**
     * The checksum of `$call` with a query built elsewhere (exactly as sent, without `?` and
     * without `checksum`), with this server's secret and algorithm.
     */
    public function checksum(string $call, string $query): string
    {
        $out = $this->lib->ffi->new('char*');
        $this->lib->check($this->lib->ffi->bbbkit_server_checksum(
            $this->handle,
            $this->lib->arg($call, 'call'),
            $this->lib->arg($query, 'query'),
            \FFI::addr($out),
        ));
        return $this->lib->take($out);
    }

    /**
     * Verifies a signed query of `$call` with this server's secret and any of the four
     * algorithms. Use a {@see Verifier} for several secrets or an allow-list.
     *
     * @throws VerifyException when it does not verify
     */
    public function verify(string $call, string $query): Verified
    {
        $out = $this->lib->ffi->new('bbbkit_verified*');
        $this->lib->check($this->lib->ffi->bbbkit_server_verify(
            $this->handle,
            $this->lib->arg($call, 'call'),
            $this->lib->arg($query, 'query'),
            \FFI::addr($out),
        ));
        return Verified::fromNative($this->lib, $out);
    }

    /**
     * Verifies a full signed URL (`…/api/CALL?query`), taking the call from the path.
     *
     * @throws VerifyException when it does not verify
     */
    public function verifyUrl(string $url): Verified
    {
        $out = $this->lib->ffi->new('bbbkit_verified*');
        $this->lib->check($this->lib->ffi->bbbkit_server_verify_url($this->handle, $this->lib->arg($url, 'url'), \FFI::addr($out)));
        return Verified::fromNative($this->lib, $out);
    }

    /** @return array{baseUrl: string, algorithm: Algorithm} what `var_dump` and `print_r` show */
    public function __debugInfo(): array
    {
        return ['baseUrl' => $this->baseUrl(), 'algorithm' => $this->algorithm()];
    }

    /** A server holds a native handle: it cannot be serialized. Create it again from config. */
    public function __serialize(): array
    {
        throw new \LogicException('A BbbKit\Server cannot be serialized; create it again from its URL and secret.');
    }

    /** @param array<mixed> $data */
    public function __unserialize(array $data): void
    {
        throw new \LogicException('A BbbKit\Server cannot be unserialized.');
    }

    /** @internal */
    public static function scalar(string|int|bool $value, string $name): string
    {
        return is_bool($value) ? ($value ? 'true' : 'false') : (string) $value;
    }
}
