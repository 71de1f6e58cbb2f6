<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/**
 * The answer to `getRecordings`: the recordings and, when paginated, the page.
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class Recordings
{
    public function __construct(
        /**
         * The recordings (the server's order is not stable).
         *
         * @var list<Recording>
         */
        public readonly array $recordings,
        /** `pagination`, when the request had a `limit`. */
        public readonly ?Pagination $pagination,
        /** `messageKey` (`noRecordings`). */
        public readonly ?string $messageKey,
        /** `message`. */
        public readonly ?string $message,
        /**
         * The record IDs of the recordings the server could not read, in its order: bbb-web writes
         * `<recording><error><recordID>…</recordID></error></recording>` for a recording whose
         * metadata it failed to read. They are not in `recordings`.
         *
         * @var list<string>
         */
        public readonly array $unreadable,
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
            array_map(Recording::fromArray(...), $a['recordings']),
            $a['pagination'] === null ? null : Pagination::fromArray($a['pagination']),
            $a['message_key'],
            $a['message'],
            $a['unreadable'],
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
        $recordings = [];
        foreach ($r[0] as $item) {
            $recordings[] = Recording::fromRow($item);
        }
        return new self(
            $recordings,
            $r[1] === null ? null : Pagination::fromRow($r[1]),
            $r[2],
            $r[3],
            $r[4],
        );
    }
    // @generated end answer

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
        return self::fromRow(Answers::row('recordings', $body, $maxSize, $maxDepth, $library));
    }
}
