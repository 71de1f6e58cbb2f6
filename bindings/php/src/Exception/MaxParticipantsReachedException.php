<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** `maxParticipantsReached`: the meeting is full. */
final class MaxParticipantsReachedException extends ApiException
{
}
