<?php

declare(strict_types=1);

namespace BbbKit;

use FFI\CData;

/**
 * A call ready to send: the HTTP method, the signed URL and, when the call has one, the body
 * and its `Content-Type`. bbbkit never sends it: your HTTP client does.
 *
 * ```php
 * $prepared = $server->createRequest(meetingId: 'cs101', name: 'CS 101',
 *     documents: [Document::url('https://files.example.com/syllabus.pdf', current: true)]);
 * $response = $http->request($prepared->method, $prepared->url, [
 *     'headers' => $prepared->contentType !== null ? ['Content-Type' => $prepared->contentType] : [],
 *     'body' => $prepared->body,
 * ]);
 * ```
 *
 * The body is **not** covered by the checksum: the server signs only the URL's query.
 */
final class PreparedRequest
{
    public function __construct(
        /** `GET` or `POST`. */
        public readonly string $method,
        /** The signed URL. */
        public readonly string $url,
        /** The body (`create` with documents or a client-settings override, `insertDocument`), or null. */
        public readonly ?string $body = null,
        /** The body's `Content-Type` (`application/xml`), `multipart/form-data` for an upload (your client adds the boundary), or null. */
        public readonly ?string $contentType = null,
        /** For `putRecordingTextTrack`: the multipart field that carries the file (`file`), else null. */
        public readonly ?string $fileField = null,
    ) {
    }

    /** @internal copies a native `bbbkit_prepared` (the caller frees it) */
    public static function fromNative(Library $lib, CData $prepared): self
    {
        $f = $lib->ffi;
        return new self(
            (string) Library::str($f->bbbkit_prepared_method($prepared)),
            (string) Library::str($f->bbbkit_prepared_url($prepared)),
            Library::str($f->bbbkit_prepared_body($prepared)),
            Library::str($f->bbbkit_prepared_content_type($prepared)),
            Library::str($f->bbbkit_prepared_file_field($prepared)),
        );
    }
}
