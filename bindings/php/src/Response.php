<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/** Any successful answer, as a tree of elements under `<response>`. */
final class Response
{
    /**
     * The largest `maxDepth` accepted. PHP frees a tree of objects recursively in C, about
     * 200 bytes of stack per level: 2,000 levels crash a 256 KiB stack, 512 levels stay well
     * inside it. BBB's answers nest 8 levels at most.
     */
    public const MAX_DEPTH = 512;

    public function __construct(
        /** `messageKey`; null when the server sent none. */
        public readonly ?string $messageKey,
        /** `message`; null when the server sent none. */
        public readonly ?string $message,
        /** The `<response>` element. */
        public readonly Element $root,
    ) {
    }

    /** The text of the first top-level element called `$name`, or null. */
    public function get(string $name): ?string
    {
        return $this->root->childText($name);
    }

    /** The first top-level element called `$name`, or null. */
    public function element(string $name): ?Element
    {
        return $this->root->child($name);
    }

    /**
     * Parses any answer (XML, or the JSON error form).
     *
     * @param int|null $maxSize  the largest body accepted, in bytes (default 64 MiB, and never
     *                           more than `memory_limit` leaves room for: see README)
     * @param int|null $maxDepth the deepest nesting of elements accepted (default 32, at most
     *                           {@see Response::MAX_DEPTH})
     *
     * @throws ApiException   (a subclass for its key) when the server answered FAILED
     * @throws ParseException when the body is not a BBB answer
     */
    public static function parse(string $body, ?int $maxSize = null, ?int $maxDepth = null, ?Library $library = null): self
    {
        $lib = $library ?? Library::default();
        $f = $lib->ffi;
        $out = $f->new('bbbkit_response*');
        $options = self::options($lib, $maxSize, $maxDepth, $body, MemoryBudget::GENERIC); // kept alive across the call
        $lib->check($f->bbbkit_parse_response($body, strlen($body), $options === null ? null : \FFI::addr($options), \FFI::addr($out)));
        try {
            return new self(
                Library::str($f->bbbkit_response_message_key($out)),
                Library::str($f->bbbkit_response_message($out)),
                Element::fromNative($lib, $f->bbbkit_response_root($out)),
            );
        } finally {
            $f->bbbkit_response_free($out);
        }
    }

    /**
     * The native parse options (a `bbbkit_parse_options` struct), or null for the defaults.
     * Given the body, first refuses one that would not fit under `memory_limit`
     * ({@see MemoryBudget}) with a {@see ParseException} (`too_large`).
     *
     * @internal
     */
    public static function options(Library $lib, ?int $maxSize, ?int $maxDepth, ?string $body = null, int $peakPerByte = MemoryBudget::TYPED): ?\FFI\CData
    {
        if (($maxSize !== null && $maxSize < 1) || ($maxDepth !== null && $maxDepth < 1)) {
            throw new \ValueError('maxSize and maxDepth must be at least 1, or null for the default');
        }
        if ($body !== null) {
            MemoryBudget::check(\strlen($body), $maxSize, $peakPerByte);
        }
        if ($maxSize === null && $maxDepth === null) {
            return null;
        }
        if ($maxDepth !== null && $maxDepth > self::MAX_DEPTH) {
            throw new \ValueError('maxDepth must be at most Response::MAX_DEPTH (' . self::MAX_DEPTH . '): PHP frees deeper trees recursively and would crash');
        }
        $options = $lib->ffi->new('bbbkit_parse_options');
        $options->max_size = $maxSize ?? 0;
        $options->max_depth = $maxDepth ?? 0;
        return $options;
    }
}
