<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * One recording of `getRecordings`.
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
final class Recording
{
    public function __construct(
        public readonly string $recordId,
        public readonly ?string $meetingId,
        public readonly ?string $internalMeetingId,
        public readonly ?string $name,
        public readonly ?bool $isBreakout,
        public readonly ?bool $published,
        public readonly ?string $state,
        public readonly ?int $startTime,
        public readonly ?int $endTime,
        public readonly ?int $participants,
        public readonly ?int $rawSize,
        /** @var array<string, string> */
        public readonly array $metadata,
        public readonly ?RecordingBreakout $breakout,
        /** @var list<string> */
        public readonly array $breakoutRooms,
        public readonly ?int $size,
        /** @var list<PlaybackFormat> */
        public readonly array $playback,
        /** @var list<DataFormat> */
        public readonly array $data,
        /** `protected` (Scalelite): its playback URLs are single-use links; null when not sent. */
        public readonly ?bool $protected,
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
            $a['record_id'],
            $a['meeting_id'],
            $a['internal_meeting_id'],
            $a['name'],
            $a['is_breakout'],
            $a['published'],
            $a['state'],
            $a['start_time'],
            $a['end_time'],
            $a['participants'],
            $a['raw_size'],
            $a['metadata'],
            $a['breakout'] === null ? null : RecordingBreakout::fromArray($a['breakout']),
            $a['breakout_rooms'],
            $a['size'],
            array_map(PlaybackFormat::fromArray(...), $a['playback']),
            array_map(DataFormat::fromArray(...), $a['data']),
            $a['protected'],
        );
    }
}
