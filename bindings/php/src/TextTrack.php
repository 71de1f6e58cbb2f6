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
        );
    }
    // @generated end answer
}
