-- A job that did not produce an output. mode 'dead': dead-letter it now (a permanent error, e.g. an undecodable
-- image). mode 'retry': put a copy back with attempt + 1, or dead-letter it once attempts are used up.
-- mode 'handback': put a copy back (a worker stopping before it could finish it). mode 'drop': take it off the
-- stream without a result (its run is gone: the client finished or was stopped).
-- KEYS: work stream, dead-letter stream. ARGV: prefix, entry id, worker, mode, max attempts, reason, stage, error.
-- Returns 'dead', 'retried', 'handed-back', 'dropped' or 'lost'.
local prefix, stream, dead, id, worker, mode = ARGV[1], KEYS[1], KEYS[2], ARGV[2], ARGV[3], ARGV[4]
local ok, pending = pcall(redis.call, 'XPENDING', stream, 'workers', id, id, 1, worker)
if not ok or #pending == 0 then
  return 'lost'
end
local deliveries = pending[1][4]
local entry = redis.call('XRANGE', stream, id, id)
if #entry == 0 then
  redis.call('XACK', stream, 'workers', id)
  return 'lost'
end
local flat = entry[1][2]
if mode == 'drop' then
  redis.call('XACK', stream, 'workers', id)
  redis.call('XDEL', stream, id)
  redis.call('DEL', run_key(prefix, fields_of(flat).run, 'in:' .. fields_of(flat).job))
  return 'dropped'
end
local f = fields_of(flat)
local attempt = tonumber(f.attempt)
if mode == 'retry' and attempt + deliveries - 1 >= tonumber(ARGV[5]) then
  mode = 'dead'
end
if mode == 'dead' then
  dead_letter(prefix, stream, dead, id, flat, worker, attempt + deliveries - 1, ARGV[6], ARGV[7], ARGV[8])
  return 'dead'
end
local copy = {}
for i = 1, #flat, 2 do
  copy[#copy + 1] = flat[i]
  if flat[i] == 'attempt' and mode == 'retry' then
    copy[#copy + 1] = tostring(attempt + deliveries)
  elseif flat[i] == 'attempt' then
    -- handed back: this delivery did not fail, the earlier ones (crashes) still count
    copy[#copy + 1] = tostring(attempt + deliveries - 1)
  else
    copy[#copy + 1] = flat[i + 1]
  end
end
redis.call('XADD', stream, '*', unpack(copy))
redis.call('XACK', stream, 'workers', id)
redis.call('XDEL', stream, id)
if mode == 'retry' then return 'retried' end
return 'handed-back'
