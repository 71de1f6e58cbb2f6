"""What the callbacks record."""

from __future__ import annotations

from django.db import models


class Recording(models.Model):
    """A recording BBB said is ready. ``record_id`` is unique: BBB sends the same callback once
    per playback format (presentation, video, …), and each must be a no-op after the first."""

    record_id = models.CharField(max_length=256, unique=True)
    meeting_id = models.CharField(max_length=256)
    ready_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.record_id
