<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * The `kind` of a text track (`putRecordingTextTrack`): the library's `TextTrackKind`.
 * The cases are generated from the library's table (`bin/generate.php`). Where a request takes
 * one, it also takes the value as a string, in any case.
 */
enum TextTrackKind: string
{
    // @generated begin cases by bin/generate.php from the library's text_track_kind table: do not edit
    /** `subtitles` */
    case Subtitles = 'subtitles';
    /** `captions` */
    case Captions = 'captions';
    // @generated end cases
}
