<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/**
 * A client layout, for the join parameters of type `layout`: only the spellings the HTML5
 * client understands. The docs' `PARTICIPANTS_CHAT_ONLY` parses as `ParticipantsAndChatOnly`.
 * The cases are generated from the library's table (`bin/generate.php`).
 */
enum Layout: string
{
    // @generated begin cases by bin/generate.php from the library's layout table: do not edit
    /** `UNIFIED_LAYOUT` */
    case UnifiedLayout = 'UNIFIED_LAYOUT';
    /** `CUSTOM_LAYOUT` */
    case CustomLayout = 'CUSTOM_LAYOUT';
    /** `SMART_LAYOUT` */
    case SmartLayout = 'SMART_LAYOUT';
    /** `PRESENTATION_FOCUS` */
    case PresentationFocus = 'PRESENTATION_FOCUS';
    /** `VIDEO_FOCUS` */
    case VideoFocus = 'VIDEO_FOCUS';
    /** `CAMERAS_ONLY` */
    case CamerasOnly = 'CAMERAS_ONLY';
    /** `PARTICIPANTS_AND_CHAT_ONLY` */
    case ParticipantsAndChatOnly = 'PARTICIPANTS_AND_CHAT_ONLY';
    /** `PRESENTATION_ONLY` */
    case PresentationOnly = 'PRESENTATION_ONLY';
    /** `MEDIA_ONLY` */
    case MediaOnly = 'MEDIA_ONLY';
    // @generated end cases

    /**
     * Parses a layout name, any case, `-` or space for `_`.
     *
     * @param string $parameter the parameter named in the error: a join request passes the
     *                          one the value was given for
     *
     * @throws InvalidParameterException (rule `one_of`) for another value
     */
    public static function parse(string $value, ?Library $library = null, string $parameter = 'layout'): self
    {
        return self::fromNative(Native::parseEnum($library, 'bbbkit_layout_from_str', $value, $parameter));
    }

    /** @internal the case for a native value */
    public static function fromNative(int $value): self
    {
        foreach (self::cases() as $case) {
            if ($case->toNative() === $value) {
                return $case;
            }
        }
        throw new \ValueError("{$value} is not a bbbkit_layout value");
    }

    // @generated begin codes by bin/generate.php from the library's layout table: do not edit
    /** @internal the native value (`bbbkit_layout`) */
    public function toNative(): int
    {
        return match ($this) {
            self::UnifiedLayout => 1,
            self::CustomLayout => 2,
            self::SmartLayout => 3,
            self::PresentationFocus => 4,
            self::VideoFocus => 5,
            self::CamerasOnly => 6,
            self::ParticipantsAndChatOnly => 7,
            self::PresentationOnly => 8,
            self::MediaOnly => 9,
        };
    }
    // @generated end codes
}
