-- Announces a worker: its registry entry, stamped with the Redis clock (not the worker's), expires unless renewed.
-- Also forgets workers whose heartbeat stopped. KEYS: registry set, worker hash.
-- ARGV: worker id, ttl ms, then field/value pairs.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('HSET', KEYS[2], 'beat', now, unpack(ARGV, 3))
redis.call('PEXPIRE', KEYS[2], ttl)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
return now
