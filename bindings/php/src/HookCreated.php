<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/**
 * The answer to `hooks/create`.
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class HookCreated
{
    public function __construct(
        /** `hookID`: an integer on bbb-webhooks 2.x, a UUID on 3.x; always a string here. */
        public readonly string $hookId,
        /** `permanentHook`. */
        public readonly ?bool $permanentHook,
        /** `rawData`. */
        public readonly ?bool $rawData,
        /** A hook for this callback URL already existed (`duplicateWarning`); `hook_id` is its ID. */
        public readonly bool $duplicateWarning,
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
            $a['hook_id'],
            $a['permanent_hook'],
            $a['raw_data'],
            $a['duplicate_warning'],
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
            $r[2],
            $r[3],
            $r[4],
            $r[5],
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
        return self::fromRow(Answers::row('hook-create', $body, $maxSize, $maxDepth, $library));
    }
}
