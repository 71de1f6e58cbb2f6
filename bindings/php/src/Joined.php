<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/** The answer to a join with `redirect: false`: the session to open. */
final class Joined
{
    public function __construct(
        public readonly string $meetingId,
        public readonly string $userId,
        public readonly string $authToken,
        public readonly string $sessionToken,
        /** `Allow` when the server sent no guest status. */
        public readonly GuestStatus $guestStatus,
        /** The guest status as sent (`ALLOW`, `WAIT`, `DENY` or another value). */
        public readonly string $guestStatusValue,
        /** The client URL to open. */
        public readonly string $url,
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
     * Parses the body of a join answer.
     *
     * @param int|null $maxSize  the largest body accepted, in bytes (default 4 MiB)
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
        $options = Response::options($lib, $maxSize, $maxDepth); // kept alive across the call
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
