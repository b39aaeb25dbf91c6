"""The Slack adapter (slack-bolt, Socket Mode or HTTP). See :mod:`newsbrief.bot.adapters.slack.adapter`."""

from newsbrief.bot.adapters.slack.adapter import (
    BoundedRateLimitRetryHandler,
    SlackAdapter,
    SlackDeliveryError,
    SlackStartError,
    SlackUnavailable,
)

__all__ = [
    "BoundedRateLimitRetryHandler",
    "SlackAdapter",
    "SlackDeliveryError",
    "SlackStartError",
    "SlackUnavailable",
]
