"""The enums of bbbkit: real :class:`enum.Enum` classes whose values are the strings BBB uses.

Wherever bbbkit takes one of them, a plain string works too, in any case:
``"moderator"``, ``"MODERATOR"`` and ``Role.MODERATOR`` are the same role. Calling the class
does the same lookup:

>>> Role("moderator")
<Role.MODERATOR: 'MODERATOR'>
>>> Algorithm("SHA-512")
<Algorithm.SHA512: 'sha512'>
>>> Layout("participants_chat_only")
<Layout.PARTICIPANTS_AND_CHAT_ONLY: 'PARTICIPANTS_AND_CHAT_ONLY'>
>>> str(Role.VIEWER)
'VIEWER'
"""

from __future__ import annotations

import enum
from typing import Optional

from . import _bbbkit

__all__ = ["Algorithm", "GuestStatus", "Layout", "Role"]


class _StrEnum(str, enum.Enum):
    """A str-valued enum whose ``str()`` is its value."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(str(self.value), format_spec)


class Role(_StrEnum):
    """The user's role in the meeting (``role``, BBB 3.0+)."""

    MODERATOR = "MODERATOR"
    VIEWER = "VIEWER"

    @classmethod
    def _missing_(cls, value: object) -> Optional[Role]:
        return cls(_bbbkit._role(value)) if isinstance(value, str) else None


class Algorithm(_StrEnum):
    """A checksum algorithm that BigBlueButton accepts. SHA-256 is the default."""

    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA384 = "sha384"
    SHA512 = "sha512"

    @classmethod
    def _missing_(cls, value: object) -> Optional[Algorithm]:
        return cls(_bbbkit._algorithm(value)) if isinstance(value, str) else None


class Layout(_StrEnum):
    """A client layout, for ``enforce_layout`` and ``default_layout``.

    Only these nine spellings reach the server: the client silently ignores any other. The
    docs' ``PARTICIPANTS_CHAT_ONLY`` is accepted and sent as ``PARTICIPANTS_AND_CHAT_ONLY``.
    """

    UNIFIED_LAYOUT = "UNIFIED_LAYOUT"
    CUSTOM_LAYOUT = "CUSTOM_LAYOUT"
    SMART_LAYOUT = "SMART_LAYOUT"
    PRESENTATION_FOCUS = "PRESENTATION_FOCUS"
    VIDEO_FOCUS = "VIDEO_FOCUS"
    CAMERAS_ONLY = "CAMERAS_ONLY"
    PARTICIPANTS_AND_CHAT_ONLY = "PARTICIPANTS_AND_CHAT_ONLY"
    PRESENTATION_ONLY = "PRESENTATION_ONLY"
    MEDIA_ONLY = "MEDIA_ONLY"

    @classmethod
    def _missing_(cls, value: object) -> Optional[Layout]:
        return cls(_bbbkit._layout(value)) if isinstance(value, str) else None


class GuestStatus(_StrEnum):
    """The guest status of a join (:attr:`Joined.guest_status`)."""

    ALLOW = "ALLOW"
    WAIT = "WAIT"
    DENY = "DENY"


