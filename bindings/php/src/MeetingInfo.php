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
final class MeetingInfo
{
    public function __construct(
        public readonly ?string $meetingName,
        public readonly string $meetingId,
        public readonly string $internalMeetingId,
        public readonly int $createTime,
        public readonly ?string $createDate,
        public readonly ?string $voiceBridge,
        public readonly ?string $dialNumber,
        public readonly ?string $attendeePw,
        public readonly ?string $moderatorPw,
        public readonly ?bool $running,
        public readonly ?int $duration,
        public readonly ?bool $hasUserJoined,
        public readonly ?bool $recording,
        public readonly ?bool $hasBeenForciblyEnded,
        public readonly ?int $startTime,
        public readonly ?int $endTime,
        public readonly ?int $participantCount,
        public readonly ?int $listenerCount,
        public readonly ?int $voiceParticipantCount,
        public readonly ?int $videoCount,
        public readonly ?int $maxUsers,
        public readonly ?int $moderatorCount,
        /** @var list<Attendee> */
        public readonly array $attendees,
        /** @var array<string, string> */
        public readonly array $metadata,
        public readonly ?string $messageKey,
        public readonly ?string $message,
        public readonly ?bool $isBreakout,
        public readonly ?string $parentMeetingId,
        public readonly ?int $sequence,
        public readonly ?bool $freeJoin,
        /** @var list<string> */
        public readonly array $breakoutRooms,
    ) {
    }

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
        return self::fromArray(Answers::json('meeting-info', $body, $maxSize, $maxDepth, $library));
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
}
