<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/** Implemented by every exception bbbkit throws: `catch (BbbException $e)` catches them all. */
interface BbbException extends \Throwable
{
}
