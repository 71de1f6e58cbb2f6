<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/**
 * A client layout, for `enforceLayout` and `defaultLayout`: only the spellings the HTML5
 * client understands. The docs' `PARTICIPANTS_CHAT_ONLY` parses as `ParticipantsAndChatOnly`.
 */
enum Layout: string
{
    case UnifiedLayout = 'UNIFIED_LAYOUT';
    case CustomLayout = 'CUSTOM_LAYOUT';
    case SmartLayout = 'SMART_LAYOUT';
    case PresentationFocus = 'PRESENTATION_FOCUS';
    case VideoFocus = 'VIDEO_FOCUS';
    case CamerasOnly = 'CAMERAS_ONLY';
    case ParticipantsAndChatOnly = 'PARTICIPANTS_AND_CHAT_ONLY';
    case PresentationOnly = 'PRESENTATION_ONLY';
    case MediaOnly = 'MEDIA_ONLY';

    /**
     * Parses a layout name, any case, `-` or space for `_`.
     *
     * @throws InvalidParameterException (rule `one_of`) for another value
     */
    public static function parse(string $value, ?Library $library = null): self
    {
        return self::fromNative(Native::parseEnum($library, 'bbbkit_layout_from_str', $value, 'enforceLayout'));
    }

    /** @internal */
    public static function fromNative(int $value): self
    {
        return self::cases()[$value - 1];
    }

    /** @internal */
    public function toNative(): int
    {
        return (int) array_search($this, self::cases(), true) + 1;
    }
}
