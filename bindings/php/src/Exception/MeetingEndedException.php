<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `meetingForciblyEnded`: the meeting was ended (also an unknown meeting on join). */
final class MeetingEndedException extends ApiException
{
}
