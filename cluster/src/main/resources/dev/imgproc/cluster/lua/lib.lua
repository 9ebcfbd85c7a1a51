-- Shared helpers, prepended to the scripts that use them. Every script does its checks (which may raise) before
-- its first write: Redis does not roll back a script that fails half-way.

local function fields_of(flat)
  local f = {}
  for i = 1, #flat, 2 do f[flat[i]] = flat[i + 1] end
  return f
end

local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- Counts a finished job in the queue's 10-second bucket, for the rates `cluster status` shows.
local function count_outcome(prefix, queue, outcome)
  local key = prefix .. 'q:' .. queue .. ':stats:' .. math.floor(now_ms() / 10000)
  redis.call('HINCRBY', key, outcome, 1)
  redis.call('EXPIRE', key, 180)
end

local function run_key(prefix, run, suffix)
  return prefix .. 'run:' .. run .. ':' .. suffix
end

-- Keeps a key a worker may create in a run (results stream, done ledger) from outliving the run.
local function expire_with_run(prefix, run, key)
  local ttl = redis.call('PTTL', run_key(prefix, run, 'meta'))
  if ttl > 0 then redis.call('PEXPIRE', key, ttl) end
end

-- Records a job as dead: once in the done ledger (first writer wins), once in the run's results for the client,
-- once in the queue's dead-letter stream for people; then takes it off the work stream.
local function dead_letter(prefix, stream, dead, id, entry, worker, deliveries, reason, stage, err)
  local f = fields_of(entry)
  local done = run_key(prefix, f.run, 'done')
  local results = run_key(prefix, f.run, 'results')
  if redis.call('EXISTS', run_key(prefix, f.run, 'meta')) == 1
      and redis.call('HSETNX', done, f.job, 'dead') == 1 then
    redis.call('XADD', results, '*', 'job', f.job, 'status', 'dead', 'reason', reason, 'stage', stage,
        'error', err, 'worker', worker, 'deliveries', tostring(deliveries))
    expire_with_run(prefix, f.run, done)
    expire_with_run(prefix, f.run, results)
  end
  local record = {}
  for i = 1, #entry do record[#record + 1] = entry[i] end
  for _, v in ipairs({'reason', reason, 'stage', stage, 'error', err, 'worker', worker,
      'deliveries', tostring(deliveries), 'entry', id, 'ts', tostring(now_ms())}) do
    record[#record + 1] = v
  end
  redis.call('XADD', dead, 'MAXLEN', '~', 10000, '*', unpack(record))
  redis.call('XACK', stream, 'workers', id)
  redis.call('XDEL', stream, id)
  redis.call('DEL', run_key(prefix, f.run, 'in:' .. f.job))
  count_outcome(prefix, f.queue, 'failed')
end

-- Whether `worker` holds entry `id` right now: the fence that keeps a worker that lost its lease from acting on it.
local function owns(stream, id, worker)
  local ok, pending = pcall(redis.call, 'XPENDING', stream, 'workers', id, id, 1, worker)
  return ok and #pending == 1
end
