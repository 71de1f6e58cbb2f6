<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The query carries more than one `checksum` parameter. */
final class ChecksumDuplicateException extends VerifyException
{
}
