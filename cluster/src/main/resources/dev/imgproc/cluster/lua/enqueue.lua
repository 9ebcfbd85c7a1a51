-- Adds a job to the work stream once per epoch, so a client that retries after a lost reply adds no duplicate.
-- KEYS: work stream, run's enqueue ledger. ARGV: job id, epoch, then the entry's field/value pairs.
if redis.call('HGET', KEYS[2], ARGV[1]) == ARGV[2] then
  return 0
end
redis.call('XADD', KEYS[1], '*', unpack(ARGV, 3))
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
