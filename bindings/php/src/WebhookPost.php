<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/** A bbb-webhooks event POST that verified. */
final class WebhookPost
{
    /**
     * @param list<WebhookEvent> $events the events of the `event` field, in order (bbb-webhooks
     *                                   3.x sends one per POST; 2.x may batch several)
     */
    public function __construct(
        /** The `domain` field: the BBB server's domain. */
        public readonly string $domain,
        /** The `timestamp` field, epoch milliseconds. */
        public readonly int $timestamp,
        public readonly array $events,
        /** The scheme that matched: `v3.4`, `v2`, `v3.0-constant` or `bearer`. */
        public readonly string $scheme,
        /** The checksum's algorithm; null for a bearer request. */
        public readonly ?Algorithm $algorithm,
        /** The index of the secret that matched. */
        public readonly int $keyIndex,
    ) {
    }

    /** @internal takes ownership of a native `bbbkit_webhook_post*` and frees it */
    public static function fromNative(Library $lib, CData $p): self
    {
        $f = $lib->ffi;
        try {
            $events = [];
            $count = $f->bbbkit_webhook_post_events_len($p);
            $ts = $f->new('int64_t');
            for ($i = 0; $i < $count; $i++) {
                $events[] = new WebhookEvent(
                    (string) Library::str($f->bbbkit_webhook_post_event_id($p, $i)),
                    Library::str($f->bbbkit_webhook_post_event_internal_meeting_id($p, $i)),
                    Library::str($f->bbbkit_webhook_post_event_external_meeting_id($p, $i)),
                    $f->bbbkit_webhook_post_event_timestamp($p, $i, \FFI::addr($ts)) ? $ts->cdata : null,
                    (string) Library::str($f->bbbkit_webhook_post_event_raw($p, $i)),
                );
            }
            $algorithm = $f->bbbkit_webhook_post_algorithm($p);
            return new self(
                (string) Library::str($f->bbbkit_webhook_post_domain($p)),
                $f->bbbkit_webhook_post_timestamp($p),
                $events,
                (string) $f->bbbkit_webhook_scheme_name($f->bbbkit_webhook_post_scheme($p)),
                $algorithm === 0 ? null : Algorithm::fromNative($algorithm),
                $f->bbbkit_webhook_post_key_index($p),
            );
        } finally {
            $f->bbbkit_webhook_post_free($p);
        }
    }
}
