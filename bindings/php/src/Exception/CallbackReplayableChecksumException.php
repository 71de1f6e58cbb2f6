<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/**
 * The webhook carries bbb-webhooks 3.0–3.3's constant checksum, which does not cover the body
 * and can be replayed: refused unless `acceptReplayableV30Checksum: true`.
 */
final class CallbackReplayableChecksumException extends CallbackException
{
}
