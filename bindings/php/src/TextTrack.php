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
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class TextTrack
{
    public function __construct(
        /** `href`: the VTT file (a single-use token, valid for an hour). */
        public readonly string $href,
        /** `kind`: `subtitles` or `captions`. */
        public readonly ?string $kind,
        /** `label`. */
        public readonly ?string $label,
        /** `lang`, a language tag (`en-US`). */
        public readonly ?string $lang,
        /** `source`: `live`, `automatic` or `upload`. */
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
    // @generated end answer
}
