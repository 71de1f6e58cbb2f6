<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/**
 * A learning-analytics bearer token that verified. The request body is **not** covered by it:
 * the token is a 24-hour credential that would authenticate any body, so treat the body as
 * data from whoever holds a valid token.
 */
final class AnalyticsToken
{
    public function __construct(
        /** The token's expiry (`exp`), in seconds since the epoch. */
        public readonly int $expiresAt,
        /** The algorithm the token was signed with. */
        public readonly JwtAlgorithm $algorithm,
        /** The index of the secret that matched. */
        public readonly int $keyIndex,
    ) {
    }

    /** @internal takes ownership of a native `bbbkit_analytics_token*` and frees it */
    public static function fromNative(Library $lib, CData $t): self
    {
        $f = $lib->ffi;
        try {
            return new self(
                $f->bbbkit_analytics_token_expires_at($t),
                JwtAlgorithm::fromNative($f->bbbkit_analytics_token_algorithm($t)),
                $f->bbbkit_analytics_token_key_index($t),
            );
        } finally {
            $f->bbbkit_analytics_token_free($t);
        }
    }
}
