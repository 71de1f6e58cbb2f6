<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/** A query that verified. Act only on `$params`: exactly the parameters the checksum covers. */
final class Verified
{
    /**
     * @param list<array{0: string, 1: string}> $params the signed parameters, decoded, in order
     */
    public function __construct(
        public readonly Algorithm $algorithm,
        public readonly int $keyIndex,
        public readonly string $call,
        public readonly string $query,
        public readonly array $params,
    ) {
    }

    /**
     * The signed parameters as name => value (the last one wins for a repeated name).
     *
     * @return array<string, string>
     */
    public function paramsMap(): array
    {
        $map = [];
        foreach ($this->params as [$name, $value]) {
            $map[$name] = $value;
        }
        return $map;
    }

    /** @internal takes ownership of a native `bbbkit_verified*` and frees it */
    public static function fromNative(Library $lib, CData $v): self
    {
        $f = $lib->ffi;
        try {
            $params = [];
            $count = $f->bbbkit_verified_params_len($v);
            for ($i = 0; $i < $count; $i++) {
                $params[] = [
                    (string) Library::str($f->bbbkit_verified_param_name($v, $i)),
                    (string) Library::str($f->bbbkit_verified_param_value($v, $i)),
                ];
            }
            return new self(
                Algorithm::fromNative($f->bbbkit_verified_algorithm($v)),
                $f->bbbkit_verified_key_index($v),
                (string) Library::str($f->bbbkit_verified_call($v)),
                (string) Library::str($f->bbbkit_verified_query($v)),
                $params,
            );
        } finally {
            $f->bbbkit_verified_free($v);
        }
    }
}
