<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** A claim or field the callback must carry is missing or of the wrong type. */
final class CallbackMissingClaimException extends CallbackException
{
}
