<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/**
 * Owns a native `bbbkit_join*` and frees it with its last reference. A {@see JoinRequest}
 * keeps one only once it needs a handle (extra parameters, `toQuery()`, `effectiveAuth()`), so
 * that a request signed through one packed buffer has no destructor to run.
 *
 * @internal
 */
final class NativeJoin
{
    public function __construct(
        public readonly Library $lib,
        public readonly CData $join,
    ) {
    }

    public function __destruct()
    {
        $this->lib->ffi->bbbkit_join_free($this->join);
    }
}
