<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * A preview image of a playback format (`<preview><images><image>`).
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class PreviewImage
{
    public function __construct(
        /** The image URL (the element's text). */
        public readonly string $url,
        /** The `width` attribute. */
        public readonly ?int $width,
        /** The `height` attribute. */
        public readonly ?int $height,
        /** The `alt` attribute (the slide's title). */
        public readonly ?string $alt,
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
            $a['url'],
            $a['width'],
            $a['height'],
            $a['alt'],
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
        );
    }
    // @generated end answer
}
