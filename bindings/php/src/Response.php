<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/** Any successful answer, as a tree of elements under `<response>`. */
final class Response
{
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
     * @param int|null $maxSize the largest body accepted, in bytes (default 4 MiB)
     *
     * @throws ApiException   (a subclass for its key) when the server answered FAILED
     * @throws ParseException when the body is not a BBB answer
     */
    public static function parse(string $body, ?int $maxSize = null, ?Library $library = null): self
    {
        $lib = $library ?? Library::default();
        $f = $lib->ffi;
        $out = $f->new('bbbkit_response*');
        $lib->check($f->bbbkit_parse_response($body, strlen($body), self::limit($maxSize), \FFI::addr($out)));
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

    /** @internal the native size limit: 0 means the default */
    public static function limit(?int $maxSize): int
    {
        if ($maxSize !== null && $maxSize < 1) {
            throw new \ValueError('maxSize must be at least 1 byte, or null for the default');
        }
        return $maxSize ?? 0;
    }
}
