"""The Slack adapter (slack-bolt, Socket Mode or HTTP). See :mod:`bot.adapters.slack.adapter`."""

from bot.adapters.slack.adapter import (
    BoundedRateLimitRetryHandler,
    SlackAdapter,
    SlackDeliveryError,
    SlackSettings,
    SlackStartError,
    SlackStore,
    SlackUnavailable,
)

__all__ = [
    "BoundedRateLimitRetryHandler",
    "SlackAdapter",
    "SlackDeliveryError",
    "SlackSettings",
    "SlackStartError",
    "SlackStore",
    "SlackUnavailable",
]
