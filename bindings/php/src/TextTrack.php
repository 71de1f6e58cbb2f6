<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * One caption or subtitle track of `getRecordingTextTracks`.
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
final class TextTrack
{
    public function __construct(
        public readonly string $href,
        public readonly ?string $kind,
        public readonly ?string $label,
        public readonly ?string $lang,
        public readonly ?string $source,
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
            $a['href'],
            $a['kind'],
            $a['label'],
            $a['lang'],
            $a['source'],
        );
    }
}
