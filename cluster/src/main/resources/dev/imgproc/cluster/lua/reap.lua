-- Takes over entries whose lease expired (their worker died or froze), at most `count` of them. An entry that
-- has already been started max-attempts times is a crash loop: it goes to the dead-letter stream instead.
-- XCLAIM with a min-idle of the lease makes two reapers racing for one entry safe: only one wins it.
-- KEYS: work stream, dead-letter stream. ARGV: prefix, worker, lease ms, max attempts, count.
-- Returns {entry id, deliveries, field/value list} for each entry claimed.
local prefix, stream, dead, worker = ARGV[1], KEYS[1], KEYS[2], ARGV[2]
local lease, max_attempts, count = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local claimed = {}
local pending = redis.call('XPENDING', stream, 'workers', 'IDLE', lease, '-', '+', count * 4 + 10)
for _, p in ipairs(pending) do
  if #claimed >= count then break end
  local id, owner, deliveries = p[1], p[2], p[4]
  if owner ~= worker then
    local entry = redis.call('XRANGE', stream, id, id)
    if #entry == 0 then
      redis.call('XACK', stream, 'workers', id)
    else
      local f = fields_of(entry[1][2])
      local started = tonumber(f.attempt) + deliveries - 1
      if started >= max_attempts then
        dead_letter(prefix, stream, dead, id, entry[1][2], owner, started, 'crash-loop', 'worker',
            'worker stopped while running it ' .. started .. ' times (crash loop); moved to the dead-letter queue')
      else
        local c = redis.call('XCLAIM', stream, 'workers', worker, lease, id)
        if #c == 1 then
          claimed[#claimed + 1] = {id, deliveries + 1, c[1][2]}
        end
      end
    end
  end
end
return claimed
