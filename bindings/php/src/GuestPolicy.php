<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * Who may join as a guest (`guestPolicy` of `create`): the library's `GuestPolicy`.
 * The cases are generated from the library's table (`bin/generate.php`). Where a request takes
 * one, it also takes the value as a string, in any case.
 */
enum GuestPolicy: string
{
    // @generated begin cases by bin/generate.php from the library's guest_policy table: do not edit
    /** `ALWAYS_ACCEPT` */
    case AlwaysAccept = 'ALWAYS_ACCEPT';
    /** `ALWAYS_DENY` */
    case AlwaysDeny = 'ALWAYS_DENY';
    /** `ASK_MODERATOR` */
    case AskModerator = 'ASK_MODERATOR';
    /** `ALWAYS_ACCEPT_AUTH` */
    case AlwaysAcceptAuth = 'ALWAYS_ACCEPT_AUTH';
    // @generated end cases
}
