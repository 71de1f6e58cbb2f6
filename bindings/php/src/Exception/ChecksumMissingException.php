<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The query has no `checksum` parameter, or an empty one. */
final class ChecksumMissingException extends VerifyException
{
}
