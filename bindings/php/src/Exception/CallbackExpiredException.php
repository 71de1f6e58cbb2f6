<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The token has expired (`exp`). */
final class CallbackExpiredException extends CallbackException
{
}
