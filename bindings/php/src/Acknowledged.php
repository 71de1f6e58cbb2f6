<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/**
 * The answer to `end`, `insertDocument` and `sendChatMessage`: the server took the request (`messageKey` and `message` say how).
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 *
 * Parse with the kind of the call: `Acknowledged::parse($body)` for `end`,
 * `Acknowledged::parse($body, 'insert-document')`, `Acknowledged::parse($body, 'chat')`.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class Acknowledged
{
    public function __construct(
        /** `messageKey`, when non-empty. */
        public readonly ?string $messageKey,
        /** `message`, when non-empty. */
        public readonly ?string $message,
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
            $a['message_key'],
            $a['message'],
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
        );
    }
    // @generated end answer

    /**
     * Parses the body of the answer to `$kind` (`end`, `insert-document` or `chat`).
     *
     * @param int|null $maxSize  the largest body accepted, in bytes (default 64 MiB)
     * @param int|null $maxDepth the deepest nesting of elements accepted (default 32)
     *
     * @throws ApiException   (a subclass for its key) when the server answered FAILED
     * @throws ParseException when the body is not this call's answer
     */
    public static function parse(string $body, string $kind = 'end', ?int $maxSize = null, ?int $maxDepth = null, ?Library $library = null): self
    {
        return self::fromRow(Answers::row($kind, $body, $maxSize, $maxDepth, $library));
    }
}
