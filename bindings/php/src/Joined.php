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
final class Joined implements \JsonSerializable
{
    public function __construct(
        public readonly string $meetingId,
        public readonly string $userId,
        #[\SensitiveParameter] public readonly string $authToken,
        #[\SensitiveParameter] public readonly string $sessionToken,
        /** `Allow` when the server sent no guest status. */
        public readonly GuestStatus $guestStatus,
        /** The guest status as sent (`ALLOW`, `WAIT`, `DENY` or another value). */
        public readonly string $guestStatusValue,
        /** The client URL to open; it carries the session token. */
        #[\SensitiveParameter] public readonly string $url,
        public readonly string $messageKey,
        public readonly string $message,
    ) {
    }

    /** Whether the user waits in the guest lobby. */
    public function isWaiting(): bool
    {
        return $this->guestStatus === GuestStatus::Wait;
    }

    /**
     * What `var_dump` and `print_r` show: the properties, with the tokens redacted.
     *
     * @return array<string, mixed>
     */
    public function __debugInfo(): array
    {
        $info = get_object_vars($this);
        $info['authToken'] = Library::REDACTED;
        $info['sessionToken'] = Library::REDACTED;
        $info['url'] = (string) preg_replace(
            '/([?&;]sessionToken=)[^&;#]*/i',
            '${1}' . Library::REDACTED,
            $this->url,
        );
        return $info;
    }

    /** @return array<string, mixed> what `json_encode` shows: the same, tokens redacted */
    public function jsonSerialize(): array
    {
        return $this->__debugInfo();
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
        $lib = $library ?? Library::default();
        $f = $lib->ffi;
        $out = $f->new('bbbkit_joined*');
        $options = Response::options($lib, $maxSize, $maxDepth, $body); // kept alive across the call
        $lib->check($f->bbbkit_parse_join_response($body, strlen($body), $options === null ? null : \FFI::addr($options), \FFI::addr($out)));
        try {
            return new self(
                (string) Library::str($f->bbbkit_joined_meeting_id($out)),
                (string) Library::str($f->bbbkit_joined_user_id($out)),
                (string) Library::str($f->bbbkit_joined_auth_token($out)),
                (string) Library::str($f->bbbkit_joined_session_token($out)),
                GuestStatus::fromNative($f->bbbkit_joined_guest_status($out)),
                (string) Library::str($f->bbbkit_joined_guest_status_str($out)),
                (string) Library::str($f->bbbkit_joined_url($out)),
                (string) Library::str($f->bbbkit_joined_message_key($out)),
                (string) Library::str($f->bbbkit_joined_message($out)),
            );
        } finally {
            $f->bbbkit_joined_free($out);
        }
    }
}
