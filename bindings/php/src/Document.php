<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * A presentation document for `create` or `insertDocument`, sent in the POST body (not signed):
 * by URL, for the server to fetch, or by content, embedded in the body.
 *
 * ```php
 * $server->createRequest(meetingId: 'cs101', name: 'CS 101', documents: [
 *     Document::url('https://files.example.com/syllabus.pdf', filename: 'syllabus.pdf', current: true),
 *     Document::content('notes.pdf', file_get_contents('notes.pdf'), downloadable: true),
 * ]);
 * ```
 *
 * Checked by the library when the request is prepared (an http(s) URL, a file name for
 * content, content that is not empty).
 */
final class Document implements \JsonSerializable
{
    private function __construct(
        /** The URL the server fetches, or null for embedded content. */
        public readonly ?string $url,
        /** The embedded bytes, or null for a URL. */
        public readonly ?string $content,
        public readonly ?string $filename,
        /** The document shown first. */
        public readonly bool $current,
        /** Users may download it. */
        public readonly bool $downloadable,
        /** Presenters may remove it. */
        public readonly bool $removable,
    ) {
    }

    /** A document the server fetches from `$url` (an absolute http(s) URL). */
    public static function url(string $url, ?string $filename = null, bool $current = false, bool $downloadable = false, bool $removable = true): self
    {
        return new self($url, null, $filename, $current, $downloadable, $removable);
    }

    /** A document embedded in the body: `$bytes` as they are (sent base64-encoded). */
    public static function content(string $filename, string $bytes, bool $current = false, bool $downloadable = false, bool $removable = true): self
    {
        return new self(null, $bytes, $filename, $current, $downloadable, $removable);
    }

    /**
     * The document as the library reads it by name (`document`): `url` or `content` (base64),
     * `filename`, `current`, `downloadable`, `removable`.
     *
     * @return array<string, string|bool>
     */
    public function jsonSerialize(): array
    {
        $o = $this->url !== null ? ['url' => $this->url] : ['content' => base64_encode((string) $this->content)];
        if ($this->filename !== null) {
            $o['filename'] = $this->filename;
        }
        return $o + ['current' => $this->current, 'downloadable' => $this->downloadable, 'removable' => $this->removable];
    }
}
