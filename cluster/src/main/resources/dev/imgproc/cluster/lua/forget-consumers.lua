-- Deletes the group's consumers that belong to workers gone from the registry, but only those holding nothing:
-- XGROUP DELCONSUMER would make their pending entries unclaimable. KEYS: work stream. ARGV: prefix.
local ok, consumers = pcall(redis.call, 'XINFO', 'CONSUMERS', KEYS[1], 'workers')
if not ok then return 0 end
local forgotten = 0
for _, c in ipairs(consumers) do
  local info = {}
  for i = 1, #c, 2 do info[c[i]] = c[i + 1] end
  if info.pending == 0 and redis.call('EXISTS', ARGV[1] .. 'worker:' .. info.name) == 0 then
    redis.call('XGROUP', 'DELCONSUMER', KEYS[1], 'workers', info.name)
    forgotten = forgotten + 1
  end
end
return forgotten
