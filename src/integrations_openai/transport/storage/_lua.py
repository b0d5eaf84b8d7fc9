"""The Redis side of the storage: each atomic step is one Lua script (no read-modify-write race).

They follow ``_window.Window`` and ``_circuit.Circuit`` rule for rule; the storage tests run
one table of scenarios against both. ``ARGV[1]`` is the caller's clock, or ``""`` to use
Redis ``TIME`` (one clock for every host). Numbers go back as strings: Redis truncates Lua
numbers to integers.
"""

from __future__ import annotations

__all__ = ["ACQUIRE", "LEARN", "RECORD", "RESERVE", "SETTLE", "USAGE"]

_NOW = """
local now = tonumber(ARGV[1])
if now == nil then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
"""

#: KEYS: log (zset: "seq:cost" scored by send time), meta (hash: tokens, seq, server budget).
#: ARGV: now, window, requests limit (-1: none), tokens limit (-1: none), cost.
#: Returns {wait, reason, now, member}: wait "0" means booked, as ``member`` of the log.
RESERVE = (
    _NOW
    + """
local log, meta = KEYS[1], KEYS[2]
local window, rpm, tpm, cost = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local horizon = now - window
local old = redis.call('ZRANGEBYSCORE', log, '-inf', horizon)
if #old > 0 then
  local freed = 0
  for _, m in ipairs(old) do freed = freed + tonumber(string.match(m, ':(%d+)$')) end
  redis.call('ZREMRANGEBYSCORE', log, '-inf', horizon)
  -- never pass -0: Lua prints it as "-0", which HINCRBY refuses
  if freed > 0 then redis.call('HINCRBY', meta, 'tokens', -freed) end
end
local sv = redis.call('HMGET', meta, 'tokens', 'sr', 'srr', 'st', 'str')
local tokens = tonumber(sv[1]) or 0
local sr, srr, st, str = tonumber(sv[2]), tonumber(sv[3]) or 0, tonumber(sv[4]), tonumber(sv[5]) or 0
if sr ~= nil and now >= srr then sr = nil; redis.call('HDEL', meta, 'sr', 'srr') end
if st ~= nil and now >= str then st = nil; redis.call('HDEL', meta, 'st', 'str') end
local wait, reason = nil, ''
local function consider(w, why)
  if wait == nil or w > wait then wait, reason = w, why end
end
local count = redis.call('ZCARD', log)
if rpm >= 0 and count >= rpm then
  local nth = redis.call('ZRANGE', log, count - rpm, count - rpm, 'WITHSCORES')
  consider(tonumber(nth[2]) + window - now, 'requests')
end
if tpm >= 0 and tokens + cost > tpm then
  local excess = tokens + cost - tpm
  local entries = redis.call('ZRANGE', log, 0, -1, 'WITHSCORES')
  for i = 1, #entries, 2 do
    excess = excess - tonumber(string.match(entries[i], ':(%d+)$'))
    if excess <= 0 then
      consider(tonumber(entries[i + 1]) + window - now, 'tokens')
      break
    end
  end
end
if sr ~= nil and sr <= 0 then consider(srr - now, 'server') end
if st ~= nil and (cost > st or st <= 0) then consider(str - now, 'server') end
if wait ~= nil then
  if wait < 0.000001 then wait = 0.000001 end
  return {string.format('%.6f', wait), reason, string.format('%.6f', now)}
end
local seq = redis.call('HINCRBY', meta, 'seq', 1)
local member = seq .. ':' .. cost
redis.call('ZADD', log, string.format('%.6f', now), member)
if cost > 0 then redis.call('HINCRBY', meta, 'tokens', cost) end
if sr ~= nil then redis.call('HINCRBY', meta, 'sr', -1) end
if st ~= nil and cost > 0 then redis.call('HINCRBY', meta, 'st', -cost) end
local keep = window
if sr ~= nil and srr - now > keep then keep = srr - now end
if st ~= nil and str - now > keep then keep = str - now end
local ttl = math.ceil(keep * 1000) + 1000
redis.call('PEXPIRE', log, ttl)
redis.call('PEXPIRE', meta, ttl)
return {'0', '', string.format('%.6f', now), member}
"""
)

#: KEYS: log, meta. ARGV: member (as RESERVE returned it), actual tokens.
#: The member keeps its send time and takes the actual cost; gone (aged out): nothing to do.
SETTLE = """
local log, meta = KEYS[1], KEYS[2]
local member, actual = ARGV[1], tonumber(ARGV[2])
local score = redis.call('ZSCORE', log, member)
if not score then return 0 end
local seq, cost = string.match(member, '^(%d+):(%d+)$')
if seq == nil then return 0 end
redis.call('ZREM', log, member)
redis.call('ZADD', log, score, seq .. ':' .. ARGV[2])
local delta = actual - tonumber(cost)
if delta ~= 0 then redis.call('HINCRBY', meta, 'tokens', string.format('%d', delta)) end
return 1
"""

#: KEYS: log, meta. ARGV: now, window. Read only.
#: Returns {requests, tokens, server requests or "", server tokens or ""} inside the window.
USAGE = (
    _NOW
    + """
local log, meta = KEYS[1], KEYS[2]
local horizon = now - tonumber(ARGV[2])
local live = redis.call('ZRANGEBYSCORE', log, '(' .. string.format('%.6f', horizon), '+inf')
local tokens = 0
for _, m in ipairs(live) do tokens = tokens + tonumber(string.match(m, ':(%d+)$')) end
local sv = redis.call('HMGET', meta, 'sr', 'srr', 'st', 'str')
local sr, st = sv[1] or '', sv[3] or ''
if sv[1] and now >= (tonumber(sv[2]) or 0) then sr = '' end
if sv[3] and now >= (tonumber(sv[4]) or 0) then st = '' end
return {tostring(#live), string.format('%d', tokens), sr, st}
"""
)

#: KEYS: meta. ARGV: now, remaining requests, reset requests, remaining tokens, reset tokens
#: ("" when absent), window. Latest answer wins, as in memory.
LEARN = (
    _NOW
    + """
local meta = KEYS[1]
local rr, rs, tr, ts = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local keep = tonumber(ARGV[6])
if rr ~= nil and rs ~= nil then
  redis.call('HSET', meta, 'sr', rr, 'srr', string.format('%.6f', now + rs))
  if rs > keep then keep = rs end
end
if tr ~= nil and ts ~= nil then
  redis.call('HSET', meta, 'st', tr, 'str', string.format('%.6f', now + ts))
  if ts > keep then keep = ts end
end
local ttl = redis.call('PTTL', meta)
local want = math.ceil(keep * 1000) + 1000
if ttl < want then redis.call('PEXPIRE', meta, want) end
return 1
"""
)

#: KEYS: circuit (hash: state, failures, opened_at), probe (the probe lock).
#: ARGV: now, reset_timeout. Returns {verdict, retry_at, transitioned ("1"/"0")}.
ACQUIRE = (
    _NOW
    + """
local circuit, probe = KEYS[1], KEYS[2]
local reset_timeout = tonumber(ARGV[2])
local sv = redis.call('HMGET', circuit, 'state', 'opened_at')
local state, opened_at = sv[1] or 'closed', tonumber(sv[2]) or 0
if state == 'closed' then return {'go', '0', '0'} end
local moved = '0'
if state == 'open' then
  local retry_at = opened_at + reset_timeout
  if now < retry_at then return {'open', string.format('%.6f', retry_at), '0'} end
  redis.call('HSET', circuit, 'state', 'half-open')
  moved = '1'
end
local lease = math.max(1, math.ceil(reset_timeout * 1000))
if redis.call('SET', probe, '1', 'NX', 'PX', lease) then
  return {'probe', '0', moved}
end
return {'probing', string.format('%.6f', now + reset_timeout), moved}
"""
)

#: KEYS: circuit, probe. ARGV: now, probe ("1"/"0"), outcome, fail_max.
#: Returns {old, new} when the state moved, else {}.
RECORD = (
    _NOW
    + """
local circuit, probe = KEYS[1], KEYS[2]
local is_probe, outcome, fail_max = ARGV[2] == '1', ARGV[3], tonumber(ARGV[4])
if is_probe then redis.call('DEL', probe) end
if outcome == 'neutral' then return {} end
local state = redis.call('HGET', circuit, 'state') or 'closed'
local function open()
  redis.call('HSET', circuit, 'state', 'open', 'opened_at', string.format('%.6f', now))
  return {state, 'open'}
end
if outcome == 'success' then
  redis.call('HSET', circuit, 'failures', 0)
  if state == 'half-open' and is_probe then
    redis.call('HSET', circuit, 'state', 'closed')
    return {state, 'closed'}
  end
  return {}
end
if state == 'half-open' then
  if is_probe then return open() end
  return {}
end
if state == 'closed' then
  local failures = redis.call('HINCRBY', circuit, 'failures', 1)
  if failures >= fail_max then return open() end
end
return {}
"""
)
