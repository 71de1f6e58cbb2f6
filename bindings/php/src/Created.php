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
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class Created implements \JsonSerializable
{
    public function __construct(
        /** `meetingID`, the application's ID. */
        public readonly string $meetingId,
        /** `internalMeetingID`. */
        public readonly string $internalMeetingId,
        /** `parentMeetingID` (`bbb-none` for a meeting that is not a breakout room). */
        public readonly ?string $parentMeetingId,
        /**
         * `attendeePW` (deprecated).
         * Redacted (`[redacted]`) wherever the answer is printed or reflected.
         */
        #[\SensitiveParameter] public readonly ?string $attendeePw,
        /**
         * `moderatorPW` (deprecated).
         * Redacted (`[redacted]`) wherever the answer is printed or reflected.
         */
        #[\SensitiveParameter] public readonly ?string $moderatorPw,
        /** `createTime`, epoch milliseconds: pass it to the join's `createTime`. */
        public readonly int $createTime,
        /** `voiceBridge`, kept as text. */
        public readonly ?string $voiceBridge,
        /** `dialNumber`. */
        public readonly ?string $dialNumber,
        /** `createDate`, as the server formats it. */
        public readonly ?string $createDate,
        /** `hasUserJoined`. */
        public readonly ?bool $hasUserJoined,
        /** `duration` in minutes (0: unlimited). */
        public readonly ?int $duration,
        /** `hasBeenForciblyEnded`. */
        public readonly ?bool $hasBeenForciblyEnded,
        /** `messageKey`, when non-empty. */
        public readonly ?string $messageKey,
        /** `message`, when non-empty. */
        public readonly ?string $message,
        /** The meeting already existed with the same settings (`duplicateWarning`). */
        public readonly bool $duplicateWarning,
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
            $a['internal_meeting_id'],
            $a['parent_meeting_id'],
            $a['attendee_pw'],
            $a['moderator_pw'],
            $a['create_time'],
            $a['voice_bridge'],
            $a['dial_number'],
            $a['create_date'],
            $a['has_user_joined'],
            $a['duration'],
            $a['has_been_forcibly_ended'],
            $a['message_key'],
            $a['message'],
            $a['duplicate_warning'],
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
            $r[4],
            $r[5],
            $r[6],
            $r[7],
            $r[8],
            $r[9],
            $r[10],
            $r[11],
            $r[12],
            $r[13],
            $r[14],
        );
    }

    /**
     * What `var_dump` and `print_r` show: the properties, with `attendeePw`, `moderatorPw` redacted
     * (a null stays null: the server sent none).
     *
     * @return array<string, mixed>
     */
    public function __debugInfo(): array
    {
        $info = get_object_vars($this);
        if ($info['attendeePw'] !== null && $info['attendeePw'] !== '') {
            $info['attendeePw'] = Library::REDACTED;
        }
        if ($info['moderatorPw'] !== null && $info['moderatorPw'] !== '') {
            $info['moderatorPw'] = Library::REDACTED;
        }
        return $info;
    }

    /** @return array<string, mixed> what `json_encode` shows: the same, redacted */
    public function jsonSerialize(): array
    {
        return $this->__debugInfo();
    }
    // @generated end answer

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
        return self::fromRow(Answers::row('create', $body, $maxSize, $maxDepth, $library));
    }
}
