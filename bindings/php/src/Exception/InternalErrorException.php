<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** A bug inside bbbkit was caught at the library boundary. Please report it. */
final class InternalErrorException extends \RuntimeException implements BbbException
{
}
