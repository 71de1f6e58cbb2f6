<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * A recording's state (the `state` filter of `getRecordings`, a recording's `state`): the library's `RecordingState`.
 * The cases are generated from the library's table (`bin/generate.php`). Where a request takes
 * one, it also takes the value as a string, in any case.
 */
enum RecordingState: string
{
    // @generated begin cases by bin/generate.php from the library's recording_state table: do not edit
    /** `processing` */
    case Processing = 'processing';
    /** `processed` */
    case Processed = 'processed';
    /** `published` */
    case Published = 'published';
    /** `unpublished` */
    case Unpublished = 'unpublished';
    /** `deleted` */
    case Deleted = 'deleted';
    /** `any` */
    case Any = 'any';
    // @generated end cases
}
