<?php

declare(strict_types=1);

namespace BbbKit;

/** A client plugin of `create`'s `pluginManifests` (BBB 3.0): its manifest URL and checksum. */
final class PluginManifest implements \JsonSerializable
{
    public function __construct(
        public readonly string $url,
        public readonly ?string $checksum = null,
    ) {
    }

    /** @return array<string, string> the manifest as the library reads it (`pluginManifests`, JSON) */
    public function jsonSerialize(): array
    {
        return ['url' => $this->url] + ($this->checksum !== null ? ['checksum' => $this->checksum] : []);
    }
}
