<?php

declare(strict_types=1);

namespace BbbKit;

/** One error as the server reports it: its key and its message. */
final class ApiErrorDetail
{
    public function __construct(
        /** The `messageKey` (or `<key>` in the multi-error form), as sent. */
        public readonly string $key,
        /** The human-readable message, as sent (may be empty). */
        public readonly string $message,
        /**
         * What the key means in the call answered (`meeting_not_found`, `recording_not_found`,
         * …); null for a detail built without one.
         */
        public readonly ?string $kind = null,
    ) {
    }
}
