<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** No algorithm has a digest of this many hex digits. */
final class ChecksumLengthException extends VerifyException
{
}
