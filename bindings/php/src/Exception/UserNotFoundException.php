<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `userNotFound`: unknown `existingUserID`. */
final class UserNotFoundException extends ApiException
{
}
