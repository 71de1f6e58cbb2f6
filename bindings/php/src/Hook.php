<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * One webhook of `hooks/list`.
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class Hook
{
    public function __construct(
        /** `hookID`, as a string. */
        public readonly string $hookId,
        /** `callbackURL`. */
        public readonly string $callbackUrl,
        /** `meetingID`: the external ID it is limited to (`None`: a global hook). */
        public readonly ?string $meetingId,
        /**
         * `eventID`, split on commas (empty: every event).
         *
         * @var list<string>
         */
        public readonly array $eventIds,
        /** `permanentHook`. */
        public readonly ?bool $permanentHook,
        /** `rawData`. */
        public readonly ?bool $rawData,
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
            $a['hook_id'],
            $a['callback_url'],
            $a['meeting_id'],
            $a['event_ids'],
            $a['permanent_hook'],
            $a['raw_data'],
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
        );
    }
    // @generated end answer
}
