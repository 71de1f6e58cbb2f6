<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The token is not valid yet (`nbf`). */
final class CallbackNotYetValidException extends CallbackException
{
}
