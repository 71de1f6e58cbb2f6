<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `notFound` or `invalidMeetingIdentifier`: no such meeting. */
final class MeetingNotFoundException extends ApiException
{
}
