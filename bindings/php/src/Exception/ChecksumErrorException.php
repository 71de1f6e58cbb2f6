<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `checksumError`: the secret is wrong, or something re-encoded the URL. */
final class ChecksumErrorException extends ApiException
{
}
