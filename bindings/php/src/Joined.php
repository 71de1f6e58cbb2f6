<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/**
 * The answer to a join with `redirect: false`: the session to open.
 *
 * The tokens open the user's session, so `var_dump`, `print_r` and `json_encode` show
 * `[redacted]` for `authToken`, `sessionToken` and the `sessionToken` value in `url`; read them
 * from the properties. (`var_export` and `(array)` read the properties themselves.)
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class Joined implements \JsonSerializable
{
    public function __construct(
        /** The *internal* meeting ID. */
        public readonly string $meetingId,
        /** The user's internal ID. */
        public readonly string $userId,
        /**
         * The auth token.
         * Redacted (`[redacted]`) wherever the answer is printed or reflected.
         */
        #[\SensitiveParameter] public readonly string $authToken,
        /**
         * The session token.
         * Redacted (`[redacted]`) wherever the answer is printed or reflected.
         */
        #[\SensitiveParameter] public readonly string $sessionToken,
        /** `ALLOW` or `WAIT` (inferred from `messageKey` on servers that omit `guestStatus`). */
        public readonly GuestStatus $guestStatus,
        /** `guestStatus` as the server sent it. */
        public readonly string $guestStatusValue,
        /**
         * The client URL to open, entities decoded. Open it with the JSESSIONID cookie of the
         * join response.
         * Redacted (`[redacted]`) wherever the answer is printed or reflected.
         */
        #[\SensitiveParameter] public readonly string $url,
        /** `successfullyJoined`, or `guestWait` on 2.6/2.7. */
        public readonly string $messageKey,
        /** The human message. */
        public readonly string $message,
    ) {
    }

    /**
     * @internal from the library's JSON form
     *
     * @param array<string, mixed> $a
     */
    public static function fromArray(array $a): self
    {
        return new self(
            $a['meeting_id'],
            $a['user_id'],
            $a['auth_token'],
            $a['session_token'],
            GuestStatus::tryFrom($a['guest_status']) ?? GuestStatus::Other,
            $a['guest_status'],
            $a['url'],
            $a['message_key'],
            $a['message'],
        );
    }

    /**
     * @internal from the library's compact form (`bbbkit_parse_answer_php`, unserialized):
     * the values in the order of the declared fields
     *
     * @param list<mixed> $r
     */
    public static function fromRow(array $r): self
    {
        return new self(
            $r[0],
            $r[1],
            $r[2],
            $r[3],
            GuestStatus::tryFrom($r[4]) ?? GuestStatus::Other,
            $r[4],
            $r[5],
            $r[6],
            $r[7],
        );
    }

    /**
     * What `var_dump` and `print_r` show: the properties, with `authToken`, `sessionToken`, `url` redacted
     * (a null stays null: the server sent none).
     *
     * @return array<string, mixed>
     */
    public function __debugInfo(): array
    {
        $info = get_object_vars($this);
        if ($info['authToken'] !== null && $info['authToken'] !== '') {
            $info['authToken'] = Library::REDACTED;
        }
        if ($info['sessionToken'] !== null && $info['sessionToken'] !== '') {
            $info['sessionToken'] = Library::REDACTED;
        }
        if ($info['url'] !== null && $info['url'] !== '') {
            $info['url'] = $this->redactedUrl();
        }
        return $info;
    }

    /** @return array<string, mixed> what `json_encode` shows: the same, redacted */
    public function jsonSerialize(): array
    {
        return $this->__debugInfo();
    }
    // @generated end answer

    /** Whether the user waits in the guest lobby. */
    public function isWaiting(): bool
    {
        return $this->guestStatus === GuestStatus::Wait;
    }

    /**
     * Parses the body of a join answer.
     *
     * @param int|null $maxSize  the largest body accepted, in bytes (default 64 MiB)
     * @param int|null $maxDepth the deepest nesting of elements accepted (default 32)
     *
     * @throws ApiException   (a subclass for its key) when the server answered FAILED
     * @throws ParseException when the body is not a BBB answer
     */
    public static function parse(string $body, ?int $maxSize = null, ?int $maxDepth = null, ?Library $library = null): self
    {
        return self::fromRow(Answers::row('join', $body, $maxSize, $maxDepth, $library));
    }

    /**
     * `url` with the value of its `sessionToken` parameter, and any other copy of the session
     * token, replaced by `[redacted]` (the library's `bbbkit_redact_join_url`).
     */
    public function redactedUrl(?Library $library = null): string
    {
        $lib = $library ?? Library::default();
        $out = $lib->ffi->new('char*');
        $lib->check($lib->ffi->bbbkit_redact_join_url(
            $lib->arg($this->url, 'url'),
            $lib->arg($this->sessionToken, 'session_token'),
            \FFI::addr($out),
        ));
        return $lib->take($out);
    }
}
