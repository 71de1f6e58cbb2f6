<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `idNotUnique`: a meeting with this ID exists with other settings. */
final class MeetingIdNotUniqueException extends ApiException
{
}
