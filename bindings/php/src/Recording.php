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
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class Recording
{
    public function __construct(
        /** `recordID` (the meeting's internal ID). */
        public readonly string $recordId,
        /** `meetingID`, the external ID. */
        public readonly ?string $meetingId,
        /** `internalMeetingID`. */
        public readonly ?string $internalMeetingId,
        /** `name`. */
        public readonly ?string $name,
        /** `isBreakout`. */
        public readonly ?bool $isBreakout,
        /** `published`. */
        public readonly ?bool $published,
        /** `state`: `processing`, `processed`, `published`, `unpublished`, `deleted`. */
        public readonly ?string $state,
        /** `startTime`, epoch milliseconds. */
        public readonly ?int $startTime,
        /** `endTime`, epoch milliseconds. */
        public readonly ?int $endTime,
        /** `participants`. */
        public readonly ?int $participants,
        /** `rawSize`, bytes. */
        public readonly ?int $rawSize,
        /**
         * `metadata`, in the server's order.
         *
         * @var array<string, string>
         */
        public readonly array $metadata,
        /** `breakout`, for a breakout room's recording. */
        public readonly ?RecordingBreakout $breakout,
        /**
         * `breakoutRooms/breakoutRoom`.
         *
         * @var list<string>
         */
        public readonly array $breakoutRooms,
        /** `size`, bytes (the formats' sum). */
        public readonly ?int $size,
        /**
         * `playback/format`.
         *
         * @var list<PlaybackFormat>
         */
        public readonly array $playback,
        /**
         * `data/format`.
         *
         * @var list<DataFormat>
         */
        public readonly array $data,
        /**
         * `protected` (Scalelite): the recording is protected, its playback URLs are single-use
         * links. `None` where the server does not send it (BBB itself, or Scalelite with protected
         * recordings off).
         */
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

    /**
     * @internal from the library's compact form (`bbbkit_parse_answer_php`, unserialized):
     * the values in the order of the declared fields
     *
     * @param list<mixed> $r
     */
    public static function fromRow(array $r): self
    {
        $playback = [];
        foreach ($r[15] as $item) {
            $playback[] = PlaybackFormat::fromRow($item);
        }
        $data = [];
        foreach ($r[16] as $item) {
            $data[] = DataFormat::fromRow($item);
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
            $r[12] === null ? null : RecordingBreakout::fromRow($r[12]),
            $r[13],
            $r[14],
            $playback,
            $data,
            $r[17],
        );
    }
    // @generated end answer
}
