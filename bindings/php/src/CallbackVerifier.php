<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\CallbackException;
use BbbKit\Exception\CallbackMalformedException;
use BbbKit\Exception\InvalidParameterException;
use FFI\CData;

/**
 * Verifies what a BigBlueButton server sends back, each scheme with its own method:
 * recording-ready callbacks (a JWT), learning-analytics callbacks (a bearer JWT), bbb-webhooks
 * event POSTs (a checksum, or a bearer secret) and end-meeting callbacks (unsigned by BBB: sign
 * the URL with {@see endCallbackUrl()} when you create the meeting).
 *
 * Every refusal is a {@see CallbackException}: answer its `getHttpStatus()` (401), never
 * another error status, or bbb-webhooks retries and then deletes the hook.
 *
 * ```php
 * $verifier = new CallbackVerifier([getenv('BBB_SECRET')]);
 * try {
 *     $ready = $verifier->recordingReady(file_get_contents('php://input'));
 *     publish($ready->recordId);                          // once per record ID: BBB repeats it
 * } catch (CallbackException $e) {
 *     http_response_code($e->getHttpStatus());
 * }
 * ```
 *
 * Several secrets allow rotation, or a Scalelite tenant's list. The secrets live only in the
 * native library.
 */
final class CallbackVerifier
{
    private Library $lib;
    private CData $handle;
    /** @var list<JwtAlgorithm>|null */
    private ?array $allow = null;
    private int $secretCount;

    /**
     * @param list<string>                  $secrets tried in order
     * @param list<JwtAlgorithm|string>|null $allow  the JWT algorithms accepted; null: HS256 for
     *                                               recording-ready tokens and HS512 for analytics
     *                                               tokens, what BBB signs with
     * @param int|null                      $now     the time for `exp` and `nbf`, seconds since the
     *                                               epoch; null: the clock
     * @param int|null                      $maxSize the largest body, token or URL accepted, in
     *                                               bytes; null: 1 MiB
     *
     * @throws InvalidParameterException for no secrets or an empty one (`secret`), an unknown
     *                                   algorithm (`algorithm`), a negative `now` or `maxSize`
     */
    public function __construct(
        #[\SensitiveParameter] array $secrets,
        ?array $allow = null,
        private readonly ?int $now = null,
        private readonly ?int $maxSize = null,
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
        $this->secretCount = count($values);
        if ($allow !== null) {
            $this->allow = [];
            foreach ($allow as $a) {
                $this->allow[] = $a instanceof JwtAlgorithm ? $a : JwtAlgorithm::parse((string) $a, $this->lib);
            }
        }
        foreach (['now' => $now, 'maxSize' => $maxSize] as $name => $value) {
            if ($value !== null && $value < 0) {
                throw new InvalidParameterException("invalid parameter `{$name}`: must not be negative", $name, 'positive');
            }
        }
        [$array, $keep] = Native::stringArray($this->lib, $values, 'secret');
        $out = $f->new('bbbkit_callback_verifier*');
        $this->lib->check($f->bbbkit_callback_verifier_new($array, count($values), \FFI::addr($out)));
        unset($keep);
        $this->handle = $out;
        if ($this->allow !== null) {
            $count = count($this->allow);
            $list = $count === 0 ? null : $f->new("uint32_t[{$count}]");
            foreach ($this->allow as $i => $a) {
                $list[$i] = $a->toNative();
            }
            $this->lib->check($f->bbbkit_callback_verifier_allow($this->handle, $list, $count));
        }
        if ($now !== null) {
            $this->lib->check($f->bbbkit_callback_verifier_set_now($this->handle, $now));
        }
        if ($maxSize !== null) {
            $this->lib->check($f->bbbkit_callback_verifier_set_max_size($this->handle, $maxSize));
        }
    }

    public function __destruct()
    {
        if (isset($this->handle)) {
            $this->lib->ffi->bbbkit_callback_verifier_free($this->handle);
        }
    }

    /**
     * Verifies a recording-ready callback (`meta_bbb-recording-ready-url`). `$body` is the raw
     * POST body (`file_get_contents('php://input')`): the form `signed_parameters=<JWT>` that
     * BBB and Scalelite send, the JSON `{"signed_parameters": "<JWT>"}` of some load balancers,
     * or the bare token. BBB sends one callback per playback format with the same token: act
     * once per record ID.
     *
     * @throws CallbackException (a subclass for why) when it does not verify
     */
    public function recordingReady(string $body): RecordingReady
    {
        $f = $this->lib->ffi;
        $out = $f->new('bbbkit_recording_ready*');
        $this->lib->check($f->bbbkit_callback_verifier_recording_ready($this->handle, $body, strlen($body), \FFI::addr($out)));
        return RecordingReady::fromNative($this->lib, $out);
    }

    /**
     * Verifies a learning-analytics callback's `Authorization` header
     * (`$_SERVER['HTTP_AUTHORIZATION']`, `Bearer <JWT>`), HS512 unless allowed otherwise, with
     * an `exp` that has not passed. The JSON body is **not** covered by the token.
     *
     * @throws CallbackException (a subclass for why) when it does not verify
     */
    public function analytics(#[\SensitiveParameter] string $authorization): AnalyticsToken
    {
        $f = $this->lib->ffi;
        $out = $f->new('bbbkit_analytics_token*');
        $this->lib->check($f->bbbkit_callback_verifier_analytics(
            $this->handle,
            self::incoming($authorization, 'the Authorization header'),
            \FFI::addr($out),
        ));
        return AnalyticsToken::fromNative($this->lib, $out);
    }

    /**
     * Verifies a bbb-webhooks event POST signed with a checksum. `$callbackUrl` is the URL the
     * hook was registered with (the public one, not rebuilt from a proxied request's host),
     * followed by the query the request carried, with its `checksum`; `$body` is the raw POST
     * body. bbb-webhooks 3.4+ is accepted; `$acceptV2` also accepts bbb-webhooks 2.x (BBB 2.6,
     * 2.7), and `$acceptReplayableV30Checksum` bbb-webhooks 3.0–3.3, whose checksum does not
     * cover the body and can be replayed by anyone who saw one callback: only while the server
     * cannot be upgraded.
     *
     * @throws CallbackException (a subclass for why) when it does not verify
     */
    public function webhook(
        string $callbackUrl,
        string $body,
        bool $acceptV2 = false,
        bool $acceptReplayableV30Checksum = false,
    ): WebhookPost {
        $f = $this->lib->ffi;
        $schemes = $f->BBBKIT_WEBHOOK_SCHEME_V3_4
            | ($acceptV2 ? $f->BBBKIT_WEBHOOK_SCHEME_V2 : 0)
            | ($acceptReplayableV30Checksum ? $f->BBBKIT_WEBHOOK_SCHEME_V3_0_CONSTANT : 0);
        $out = $f->new('bbbkit_webhook_post*');
        $this->lib->check($f->bbbkit_callback_verifier_webhook(
            $this->handle,
            self::incoming($callbackUrl, 'the callback URL'),
            $body,
            strlen($body),
            $schemes,
            \FFI::addr($out),
        ));
        return WebhookPost::fromNative($this->lib, $out);
    }

    /**
     * Verifies a bbb-webhooks event POST in bearer mode (`bbb.auth2_0`): `$authorization` is
     * the `Authorization` header, `Bearer <secret>`, compared in constant time; `$body` is the
     * raw POST body.
     *
     * @throws CallbackException (a subclass for why) when it does not verify
     */
    public function webhookBearer(#[\SensitiveParameter] string $authorization, string $body): WebhookPost
    {
        $f = $this->lib->ffi;
        $out = $f->new('bbbkit_webhook_post*');
        $this->lib->check($f->bbbkit_callback_verifier_webhook_bearer(
            $this->handle,
            self::incoming($authorization, 'the Authorization header'),
            $body,
            strlen($body),
            \FFI::addr($out),
        ));
        return WebhookPost::fromNative($this->lib, $out);
    }

    /**
     * The end-meeting callback URL to pass to `create` as `meta_endCallbackUrl`: `$url` with a
     * bbbkit token for `$meetingId` that expires at `$expiresAt` (seconds since the epoch),
     * made with the first secret. BBB does not sign this callback, so the token authenticates
     * the URL, not BBB: anyone who can read the meeting's metadata sees it.
     *
     * @throws InvalidParameterException for a `url` that is not an absolute http(s) URL or has a
     *                                   fragment, an empty `meetingID`, a negative `expiresAt`
     */
    public function endCallbackUrl(string $url, string $meetingId, int $expiresAt): string
    {
        if ($expiresAt < 0) {
            throw new InvalidParameterException('invalid parameter `expiresAt`: must not be negative', 'expiresAt', 'positive');
        }
        $f = $this->lib->ffi;
        $out = $f->new('char*');
        $this->lib->check($f->bbbkit_callback_verifier_end_callback_url(
            $this->handle,
            $this->lib->arg($url, 'url'),
            $this->lib->arg($meetingId, 'meetingID'),
            $expiresAt,
            \FFI::addr($out),
        ));
        return $this->lib->take($out);
    }

    /**
     * Verifies an end-meeting callback made from {@see endCallbackUrl()}: `$url` is the
     * request URL as received (BBB appends `recordingmarks` and `meetingID`).
     *
     * @throws CallbackException (a subclass for why) when it does not verify
     */
    public function endCallback(string $url): EndCallback
    {
        $f = $this->lib->ffi;
        $out = $f->new('bbbkit_end_callback*');
        $this->lib->check($f->bbbkit_callback_verifier_end_callback(
            $this->handle,
            self::incoming($url, 'the URL'),
            \FFI::addr($out),
        ));
        return EndCallback::fromNative($this->lib, $out);
    }

    /**
     * A string that came with the request. A NUL byte cannot cross the C ABI and invalid UTF-8
     * is no header or URL BBB sends: either is a malformed callback (answered 401), not a
     * programming error.
     */
    private static function incoming(#[\SensitiveParameter] string $value, string $what): string
    {
        if (str_contains($value, "\0") || preg_match('//u', $value) !== 1) {
            throw new CallbackMalformedException("the callback is malformed: {$what} is not UTF-8 text without NUL bytes", 'callback_malformed');
        }
        return $value;
    }

    /** @return array<string, mixed> the settings, never the secrets */
    public function __debugInfo(): array
    {
        return [
            'secrets' => "[{$this->secretCount} " . trim(Library::REDACTED, '[]') . ']',
            'allow' => $this->allow === null ? null : array_map(fn (JwtAlgorithm $a) => $a->value, $this->allow),
            'now' => $this->now,
            'maxSize' => $this->maxSize,
        ];
    }

    private function __clone()
    {
    }

    public function __serialize(): array
    {
        throw new \LogicException('A BbbKit\CallbackVerifier cannot be serialized.');
    }

    /** @param array<mixed> $data */
    public function __unserialize(array $data): void
    {
        throw new \LogicException('A BbbKit\CallbackVerifier cannot be unserialized.');
    }
}
