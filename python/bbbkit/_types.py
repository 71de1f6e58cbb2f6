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

The members are the core's spellings (``Role::ALL``, ``Layout::ALL``, ``Algorithm::ALL``,
``JwtAlgorithm::ALL``),
written into the class bodies below by ``tools/gen_stubs.py``; the tests fail when they differ.
"""

from __future__ import annotations

import enum
from typing import NamedTuple, Optional, Tuple

from . import _bbbkit

__all__ = [
    "JOIN_PARAMETERS",
    "Algorithm",
    "GuestStatus",
    "JwtAlgorithm",
    "Layout",
    "Parameter",
    "Role",
]


class _StrEnum(str, enum.Enum):
    """A str-valued enum whose ``str()`` is its value."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(str(self.value), format_spec)


class Role(_StrEnum):
    """The user's role in the meeting (``role``, BBB 3.0+)."""

    # BEGIN GENERATED role-members (tools/gen_stubs.py, from the core): do not edit
    MODERATOR = "MODERATOR"
    VIEWER = "VIEWER"
    # END GENERATED role-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[Role]:
        return cls(_bbbkit._role(value)) if isinstance(value, str) else None


class Algorithm(_StrEnum):
    """A checksum algorithm that BigBlueButton accepts. SHA-256 is the default."""

    # BEGIN GENERATED algorithm-members (tools/gen_stubs.py, from the core): do not edit
    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA384 = "sha384"
    SHA512 = "sha512"
    # END GENERATED algorithm-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[Algorithm]:
        return cls(_bbbkit._algorithm(value)) if isinstance(value, str) else None


class JwtAlgorithm(_StrEnum):
    """An HMAC algorithm of the JWTs BBB signs callbacks with (:class:`CallbackVerifier`'s
    ``allow``). ``none`` and asymmetric algorithms are never accepted.

    >>> JwtAlgorithm("hs512")
    <JwtAlgorithm.HS512: 'HS512'>
    """

    # BEGIN GENERATED jwt-algorithm-members (tools/gen_stubs.py, from the core): do not edit
    HS256 = "HS256"
    HS384 = "HS384"
    HS512 = "HS512"
    # END GENERATED jwt-algorithm-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[JwtAlgorithm]:
        return cls(_bbbkit._jwt_algorithm(value)) if isinstance(value, str) else None


class Layout(_StrEnum):
    """A client layout, for ``enforce_layout`` and ``default_layout``.

    Only these spellings reach the server: the client silently ignores any other. The
    docs' ``PARTICIPANTS_CHAT_ONLY`` is accepted and sent as ``PARTICIPANTS_AND_CHAT_ONLY``.
    """

    # BEGIN GENERATED layout-members (tools/gen_stubs.py, from the core): do not edit
    UNIFIED_LAYOUT = "UNIFIED_LAYOUT"
    CUSTOM_LAYOUT = "CUSTOM_LAYOUT"
    SMART_LAYOUT = "SMART_LAYOUT"
    PRESENTATION_FOCUS = "PRESENTATION_FOCUS"
    VIDEO_FOCUS = "VIDEO_FOCUS"
    CAMERAS_ONLY = "CAMERAS_ONLY"
    PARTICIPANTS_AND_CHAT_ONLY = "PARTICIPANTS_AND_CHAT_ONLY"
    PRESENTATION_ONLY = "PRESENTATION_ONLY"
    MEDIA_ONLY = "MEDIA_ONLY"
    # END GENERATED layout-members

    @classmethod
    def _missing_(cls, value: object) -> Optional[Layout]:
        return cls(_bbbkit._layout(value)) if isinstance(value, str) else None


class GuestStatus(_StrEnum):
    """The guest status of a join (:attr:`Joined.guest_status`)."""

    ALLOW = "ALLOW"
    WAIT = "WAIT"
    DENY = "DENY"


class Parameter(NamedTuple):
    """One parameter of a call, as the core declares it: the one description that
    :meth:`Server.join_url`'s keywords, its type stubs and the other languages are derived from.

    >>> p = next(p for p in JOIN_PARAMETERS if p.name == "createTime")
    >>> p.field, p.type, p.required, p.rules
    ('create_time', 'integer', False, ('positive',))
    >>> JOIN_PARAMETERS[0]
    Parameter(name='meetingID', field='meeting_id', type='text', required=True, ...)
    """

    name: str
    """The name as the BBB API spells it: ``meetingID``, ``createTime``."""
    field: str
    """The keyword argument of :meth:`Server.join_url`: ``meeting_id``, ``create_time``."""
    type: str
    """``text``, ``url`` (an absolute http(s) URL), ``boolean``, ``integer``, ``role`` or
    ``layout``."""
    required: bool
    """Whether the call needs it."""
    rules: Tuple[str, ...]
    """The codes of the rules its value must follow (:attr:`InvalidParameter.rule`)."""
    only_when_true: bool
    """A boolean sent only when true (``False`` is never sent)."""
    requires: Optional[str]
    """Another parameter (BBB name) without which this one is refused."""
    alternative: Optional[str]
    """Another parameter (BBB name) that may stand in for this required one."""
    doc: str
    """What it does, in one sentence."""


JOIN_PARAMETERS: Tuple[Parameter, ...] = tuple(Parameter(*p) for p in _bbbkit._JOIN_PARAMETERS)
"""Every typed parameter of the ``join`` call, in the order the URL carries them. The
``userdata`` and ``extra`` keywords of :meth:`Server.join_url` come after these."""
