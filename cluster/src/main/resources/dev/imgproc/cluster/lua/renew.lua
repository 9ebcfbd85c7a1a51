-- Renews this worker's leases: resets the idle time of each entry it still owns (XCLAIM JUSTID leaves the
-- delivery counter alone). Returns the entries it no longer owns, whose results must be dropped.
-- KEYS: work stream. ARGV: worker, then entry ids.
local lost = {}
for i = 2, #ARGV do
  local ok, pending = pcall(redis.call, 'XPENDING', KEYS[1], 'workers', ARGV[i], ARGV[i], 1, ARGV[1])
  if ok and #pending == 1 then
    redis.call('XCLAIM', KEYS[1], 'workers', ARGV[1], 0, ARGV[i], 'JUSTID')
  else
    lost[#lost + 1] = ARGV[i]
  end
end
return lost
