<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** There is no token, `signed_parameters`, `Authorization` value or `checksum` to check. */
final class CallbackMissingException extends CallbackException
{
}
