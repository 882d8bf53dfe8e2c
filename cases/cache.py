"""A Redis cache that degrades instead of failing while Redis is down.

The cache holds only throttle counters and the like: when Redis is unreachable, a read
misses and a write is dropped, so pages keep serving (GUIDELINES of the fault tests).
"""

from __future__ import annotations

import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
_DOWN = (RedisConnectionError, RedisTimeoutError, OSError)


class FailSoftRedisCache(RedisCache):
    def _soft(self, name, default, *args, **kwargs):
        try:
            return getattr(super(), name)(*args, **kwargs)
        except _DOWN as exc:
            logger.warning("cache unavailable op=%s error=%s", name, exc)
            return default

    def get(self, key, default=None, version=None):
        return self._soft("get", default, key, default, version)

    def set(self, key, value, timeout=None, version=None):
        return self._soft("set", None, key, value, timeout, version)

    def add(self, key, value, timeout=None, version=None):
        return self._soft("add", False, key, value, timeout, version)

    def delete(self, key, version=None):
        return self._soft("delete", False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._soft("incr", delta, key, delta, version)

    def get_many(self, keys, version=None):
        return self._soft("get_many", {}, keys, version)

    def set_many(self, data, timeout=None, version=None):
        return self._soft("set_many", [], data, timeout, version)

    def touch(self, key, timeout=None, version=None):
        return self._soft("touch", False, key, timeout, version)
