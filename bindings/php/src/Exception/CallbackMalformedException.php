<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** The body, token, header or URL is not of the expected form (the message says what is wrong). */
final class CallbackMalformedException extends CallbackException
{
}
