-- Records a job's output, first writer wins, and takes the entry off the work stream in the same step.
-- KEYS: work stream. ARGV: prefix, entry id, worker, output bytes, output TTL seconds, then result field/value pairs.
-- Returns 'ok', 'duplicate' (another worker recorded it first), 'lost' (this worker no longer holds the entry), or
-- 'orphan' (the run is gone).
local prefix, stream, id, worker = ARGV[1], KEYS[1], ARGV[2], ARGV[3]
if not owns(stream, id, worker) then
  return 'lost'
end
local entry = redis.call('XRANGE', stream, id, id)
if #entry == 0 then
  redis.call('XACK', stream, 'workers', id)
  return 'lost'
end
local f = fields_of(entry[1][2])
local outcome = 'orphan'
if redis.call('EXISTS', run_key(prefix, f.run, 'meta')) == 1 then
  local done = run_key(prefix, f.run, 'done')
  local results = run_key(prefix, f.run, 'results')
  if redis.call('HSETNX', done, f.job, 'ok') == 1 then
    redis.call('SET', run_key(prefix, f.run, 'out:' .. f.job), ARGV[4], 'EX', ARGV[5])
    redis.call('XADD', results, '*', unpack(ARGV, 6))
    expire_with_run(prefix, f.run, done)
    expire_with_run(prefix, f.run, results)
    count_outcome(prefix, f.queue, 'done')
    outcome = 'ok'
  else
    outcome = 'duplicate'
  end
end
redis.call('XACK', stream, 'workers', id)
redis.call('XDEL', stream, id)
redis.call('DEL', run_key(prefix, f.run, 'in:' .. f.job))
return outcome
