<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `guestDeniedAccess`: the guest policy refused the user. */
final class GuestDeniedException extends ApiException
{
}
