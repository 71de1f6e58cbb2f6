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
final class Hook
{
    public function __construct(
        public readonly string $hookId,
        public readonly string $callbackUrl,
        public readonly ?string $meetingId,
        /** @var list<string> */
        public readonly array $eventIds,
        public readonly ?bool $permanentHook,
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
}
