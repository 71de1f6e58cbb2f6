<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** A key bbbkit does not know: read `getKey()`. */
final class UnknownApiErrorException extends ApiException
{
}
