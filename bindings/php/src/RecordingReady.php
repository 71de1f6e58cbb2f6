<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/**
 * A recording-ready callback that verified. BBB sends one per playback format with the same
 * token: act once per `$recordId`.
 */
final class RecordingReady
{
    /**
     * @param list<array{0: string, 1: string}> $otherClaims every other claim of the token, in
     *                                                       its order: [name, value as JSON text]
     */
    public function __construct(
        /** The external meeting ID (claim `meeting_id`). */
        public readonly string $meetingId,
        /** The record ID (claim `record_id`): the internal meeting ID of the recorded session. */
        public readonly string $recordId,
        public readonly array $otherClaims,
        /** The algorithm the token was signed with. */
        public readonly JwtAlgorithm $algorithm,
        /** The index of the secret that matched. */
        public readonly int $keyIndex,
    ) {
    }

    /**
     * The other claims decoded, name => value (`['type' => 'presentation']`).
     *
     * @return array<string, mixed>
     */
    public function claims(): array
    {
        $claims = [];
        foreach ($this->otherClaims as [$name, $json]) {
            $claims[$name] = json_decode($json, true, 512, JSON_THROW_ON_ERROR);
        }
        return $claims;
    }

    /** @internal takes ownership of a native `bbbkit_recording_ready*` and frees it */
    public static function fromNative(Library $lib, CData $r): self
    {
        $f = $lib->ffi;
        try {
            $claims = [];
            $count = $f->bbbkit_recording_ready_other_claims_len($r);
            for ($i = 0; $i < $count; $i++) {
                $claims[] = [
                    (string) Library::str($f->bbbkit_recording_ready_other_claim_name($r, $i)),
                    (string) Library::str($f->bbbkit_recording_ready_other_claim_json($r, $i)),
                ];
            }
            return new self(
                (string) Library::str($f->bbbkit_recording_ready_meeting_id($r)),
                (string) Library::str($f->bbbkit_recording_ready_record_id($r)),
                $claims,
                JwtAlgorithm::fromNative($f->bbbkit_recording_ready_algorithm($r)),
                $f->bbbkit_recording_ready_key_index($r),
            );
        } finally {
            $f->bbbkit_recording_ready_free($r);
        }
    }
}
