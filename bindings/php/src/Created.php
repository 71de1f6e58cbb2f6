<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/**
 * The answer to a `create` call. Pass `$createTime` to the {@see JoinRequest}.
 *
 * The meeting passwords grant their role, so `var_dump`, `print_r` and `json_encode` show
 * `[redacted]` for `attendeePw` and `moderatorPw`; read them from the properties.
 * (`var_export` and `(array)` read the properties themselves.)
 */
final class Created implements \JsonSerializable
{
    public function __construct(
        public readonly string $meetingId,
        public readonly string $internalMeetingId,
        public readonly ?string $parentMeetingId,
        #[\SensitiveParameter] public readonly ?string $attendeePw,
        #[\SensitiveParameter] public readonly ?string $moderatorPw,
        /** Epoch milliseconds. */
        public readonly int $createTime,
        public readonly ?string $voiceBridge,
        public readonly ?string $dialNumber,
        public readonly ?string $createDate,
        public readonly bool $hasUserJoined,
        /** Minutes; null when the server sent none. */
        public readonly ?int $duration,
        public readonly bool $hasBeenForciblyEnded,
        public readonly ?string $messageKey,
        public readonly ?string $message,
        /** The meeting already existed (`duplicateWarning`). */
        public readonly bool $duplicateWarning,
    ) {
    }

    /**
     * What `var_dump` and `print_r` show: the properties, with the passwords redacted (null
     * stays null: the server sent none).
     *
     * @return array<string, mixed>
     */
    public function __debugInfo(): array
    {
        $info = get_object_vars($this);
        foreach (['attendeePw', 'moderatorPw'] as $name) {
            if ($info[$name] !== null) {
                $info[$name] = Library::REDACTED;
            }
        }
        return $info;
    }

    /** @return array<string, mixed> what `json_encode` shows: the same, passwords redacted */
    public function jsonSerialize(): array
    {
        return $this->__debugInfo();
    }

    /**
     * Parses the body of a create answer.
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
        $out = $f->new('bbbkit_created*');
        $options = Response::options($lib, $maxSize, $maxDepth, $body); // kept alive across the call
        $lib->check($f->bbbkit_parse_create_response($body, strlen($body), $options === null ? null : \FFI::addr($options), \FFI::addr($out)));
        try {
            $duration = $f->new('int64_t');
            $hasDuration = $f->bbbkit_created_duration($out, \FFI::addr($duration));
            return new self(
                (string) Library::str($f->bbbkit_created_meeting_id($out)),
                (string) Library::str($f->bbbkit_created_internal_meeting_id($out)),
                Library::str($f->bbbkit_created_parent_meeting_id($out)),
                Library::str($f->bbbkit_created_attendee_pw($out)),
                Library::str($f->bbbkit_created_moderator_pw($out)),
                $f->bbbkit_created_create_time($out),
                Library::str($f->bbbkit_created_voice_bridge($out)),
                Library::str($f->bbbkit_created_dial_number($out)),
                Library::str($f->bbbkit_created_create_date($out)),
                $f->bbbkit_created_has_user_joined($out),
                $hasDuration ? $duration->cdata : null,
                $f->bbbkit_created_has_been_forcibly_ended($out),
                Library::str($f->bbbkit_created_message_key($out)),
                Library::str($f->bbbkit_created_message($out)),
                $f->bbbkit_created_duplicate_warning($out),
            );
        } finally {
            $f->bbbkit_created_free($out);
        }
    }
}
