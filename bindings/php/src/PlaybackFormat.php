<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * One playback format of a recording (`presentation`, `video`, `podcast`, …).
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class PlaybackFormat
{
    public function __construct(
        /** `type`. */
        public readonly string $type,
        /** `url`. */
        public readonly ?string $url,
        /** `processingTime`, milliseconds. */
        public readonly ?int $processingTime,
        /** `length`, in **minutes**. */
        public readonly ?int $length,
        /** `size`, bytes. */
        public readonly ?int $size,
        /**
         * `preview/images/image`.
         *
         * @var list<PreviewImage>
         */
        public readonly array $preview,
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
            $a['type'],
            $a['url'],
            $a['processing_time'],
            $a['length'],
            $a['size'],
            array_map(PreviewImage::fromArray(...), $a['preview']),
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
        $preview = [];
        foreach ($r[5] as $item) {
            $preview[] = PreviewImage::fromRow($item);
        }
        return new self(
            $r[0],
            $r[1],
            $r[2],
            $r[3],
            $r[4],
            $preview,
        );
    }
    // @generated end answer
}
