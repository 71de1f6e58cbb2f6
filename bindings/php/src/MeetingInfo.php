<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/**
 * The answer to `getMeetingInfo`, and each meeting of `getMeetings`: its state, users and metadata.
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class MeetingInfo implements \JsonSerializable
{
    public function __construct(
        /** `meetingName`. */
        public readonly ?string $meetingName,
        /** `meetingID`, the application's ID. */
        public readonly string $meetingId,
        /** `internalMeetingID`. */
        public readonly string $internalMeetingId,
        /** `createTime`, epoch milliseconds. */
        public readonly int $createTime,
        /** `createDate`, as the server formats it. */
        public readonly ?string $createDate,
        /** `voiceBridge`, kept as text. */
        public readonly ?string $voiceBridge,
        /** `dialNumber`. */
        public readonly ?string $dialNumber,
        /**
         * `attendeePW` (deprecated; getMeetings may send it empty).
         * Redacted (`[redacted]`) wherever the answer is printed or reflected.
         */
        #[\SensitiveParameter] public readonly ?string $attendeePw,
        /**
         * `moderatorPW` (deprecated; getMeetings may send it empty).
         * Redacted (`[redacted]`) wherever the answer is printed or reflected.
         */
        #[\SensitiveParameter] public readonly ?string $moderatorPw,
        /** `running`: someone is in the meeting. */
        public readonly ?bool $running,
        /** `duration` in minutes (0: unlimited). */
        public readonly ?int $duration,
        /** `hasUserJoined`. */
        public readonly ?bool $hasUserJoined,
        /** `recording`: the create call's `record` flag, not "recording now". */
        public readonly ?bool $recording,
        /** `hasBeenForciblyEnded`. */
        public readonly ?bool $hasBeenForciblyEnded,
        /** `startTime`, epoch milliseconds. */
        public readonly ?int $startTime,
        /** `endTime`, epoch milliseconds (0 while running). */
        public readonly ?int $endTime,
        /** `participantCount`. */
        public readonly ?int $participantCount,
        /** `listenerCount`. */
        public readonly ?int $listenerCount,
        /** `voiceParticipantCount`. */
        public readonly ?int $voiceParticipantCount,
        /** `videoCount`: camera streams. */
        public readonly ?int $videoCount,
        /** `maxUsers` (0: no limit). */
        public readonly ?int $maxUsers,
        /** `moderatorCount`. */
        public readonly ?int $moderatorCount,
        /**
         * `attendees`, in the server's order.
         *
         * @var list<Attendee>
         */
        public readonly array $attendees,
        /**
         * `metadata`: the create call's `meta_` values, names lower-cased by the server.
         *
         * @var array<string, string>
         */
        public readonly array $metadata,
        /** `messageKey`, when non-empty. */
        public readonly ?string $messageKey,
        /** `message`, when non-empty. */
        public readonly ?string $message,
        /** `isBreakout`. */
        public readonly ?bool $isBreakout,
        /** `parentMeetingID`: the parent's *internal* ID (breakout rooms only). */
        public readonly ?string $parentMeetingId,
        /** `sequence` (breakout rooms only). */
        public readonly ?int $sequence,
        /** `freeJoin` (breakout rooms only). */
        public readonly ?bool $freeJoin,
        /**
         * `breakoutRooms`: the breakout rooms' IDs.
         *
         * @var list<string>
         */
        public readonly array $breakoutRooms,
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
            $a['meeting_name'],
            $a['meeting_id'],
            $a['internal_meeting_id'],
            $a['create_time'],
            $a['create_date'],
            $a['voice_bridge'],
            $a['dial_number'],
            $a['attendee_pw'],
            $a['moderator_pw'],
            $a['running'],
            $a['duration'],
            $a['has_user_joined'],
            $a['recording'],
            $a['has_been_forcibly_ended'],
            $a['start_time'],
            $a['end_time'],
            $a['participant_count'],
            $a['listener_count'],
            $a['voice_participant_count'],
            $a['video_count'],
            $a['max_users'],
            $a['moderator_count'],
            array_map(Attendee::fromArray(...), $a['attendees']),
            $a['metadata'],
            $a['message_key'],
            $a['message'],
            $a['is_breakout'],
            $a['parent_meeting_id'],
            $a['sequence'],
            $a['free_join'],
            $a['breakout_rooms'],
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
        $attendees = [];
        foreach ($r[22] as $item) {
            $attendees[] = Attendee::fromRow($item);
        }
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
            $r[15],
            $r[16],
            $r[17],
            $r[18],
            $r[19],
            $r[20],
            $r[21],
            $attendees,
            $r[23],
            $r[24],
            $r[25],
            $r[26],
            $r[27],
            $r[28],
            $r[29],
            $r[30],
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
     * Parses the body of the answer.
     *
     * @param int|null $maxSize  the largest body accepted, in bytes (default 64 MiB)
     * @param int|null $maxDepth the deepest nesting of elements accepted (default 32)
     *
     * @throws ApiException   (a subclass for its key) when the server answered FAILED
     * @throws ParseException when the body is not this call's answer
     */
    public static function parse(string $body, ?int $maxSize = null, ?int $maxDepth = null, ?Library $library = null): self
    {
        return self::fromRow(Answers::row('meeting-info', $body, $maxSize, $maxDepth, $library));
    }
}
