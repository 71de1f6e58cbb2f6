<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * The page of a paginated `getRecordings` answer (BBB 2.6+).
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class Pagination
{
    public function __construct(
        /** `pageable/offset`. */
        public readonly ?int $offset,
        /** `pageable/limit`. */
        public readonly ?int $limit,
        /** `pageable/paged`. */
        public readonly ?bool $paged,
        /** `pageable/unpaged`. */
        public readonly ?bool $unpaged,
        /** `totalElements`. */
        public readonly ?int $totalElements,
        /** `empty`. */
        public readonly ?bool $empty,
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
            $a['offset'],
            $a['limit'],
            $a['paged'],
            $a['unpaged'],
            $a['total_elements'],
            $a['empty'],
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
