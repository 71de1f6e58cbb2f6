<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/**
 * An end-meeting callback whose bbbkit token verified ({@see CallbackVerifier::endCallbackUrl()}).
 * The token authenticates the URL, not BBB: confirm with getMeetingInfo when it matters.
 */
final class EndCallback
{
    public function __construct(
        /** The meeting the URL was signed for (the last `meetingID` BBB appended). */
        public readonly string $meetingId,
        /** `recordingmarks`: whether recording was switched on at some point. */
        public readonly bool $recordingMarks,
        /** The index of the secret that matched. */
        public readonly int $keyIndex,
    ) {
    }

    /** @internal takes ownership of a native `bbbkit_end_callback*` and frees it */
    public static function fromNative(Library $lib, CData $e): self
    {
        $f = $lib->ffi;
        try {
            return new self(
                (string) Library::str($f->bbbkit_end_callback_meeting_id($e)),
                $f->bbbkit_end_callback_recording_marks($e),
                $f->bbbkit_end_callback_key_index($e),
            );
        } finally {
            $f->bbbkit_end_callback_free($e);
        }
    }
}
