-- Coroutines: resume/yield values, wrap, status, errors inside, generators,
-- yield across pcall, close.
local co = coroutine.create(function(a, b)
	print("start", a, b)
	local c = coroutine.yield(a + b)
	print("got", c)
	local d, e = coroutine.yield(c * 2)
	print("got", d, e)
	return "done", 99
end)
print(coroutine.resume(co, 1, 2)) print(coroutine.status(co))
print(coroutine.resume(co, 10)) print(coroutine.resume(co, "x", "y"))
print(coroutine.status(co), coroutine.resume(co))
local function gen(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end
local s = 0 for i in gen(1000) do s = s + i end print(s)
local function perm(a, n)
	n = n or #a
	if n <= 1 then coroutine.yield(a) else
		for i = 1, n do a[n], a[i] = a[i], a[n]; perm(a, n - 1); a[n], a[i] = a[i], a[n] end
	end
end
local count, last = 0 for p in coroutine.wrap(function() perm({1, 2, 3, 4}) end) do count = count + 1; last = table.concat(p) end
print(count, last)
local bad = coroutine.create(function() error("inside") end) print(coroutine.resume(bad)) print(coroutine.status(bad))
local bad2 = coroutine.wrap(function() error({7}) end) print(select(2, pcall(bad2))[1])
print(coroutine.isyieldable(), select(2, coroutine.running()))
local inner = coroutine.wrap(function() print(coroutine.isyieldable(), select(2, coroutine.running()), type(coroutine.running())) end) inner()
local pc = coroutine.create(function() local ok, v = pcall(function() return coroutine.yield("from pcall") + 1 end) coroutine.yield(ok, v) end)
print(coroutine.resume(pc)) print(coroutine.resume(pc, 41))
local cl = coroutine.create(function() local x <close> = setmetatable({}, {__close = function() print("closed by close") end}) coroutine.yield() end)
coroutine.resume(cl) print(coroutine.close(cl), coroutine.status(cl))
print(pcall(coroutine.resume, coroutine.running()))
local many = {} for i = 1, 2000 do many[i] = coroutine.create(function(x) coroutine.yield(x * 2) return x end) end
local tot = 0 for i = 1, 2000 do local _, v = coroutine.resume(many[i], i) tot = tot + v end print(tot)
local deep = coroutine.wrap(function() local function r(n) if n == 0 then coroutine.yield("bottom") else return r(n - 1) end end r(150) end)
print(deep())
print(select("#", coroutine.resume(coroutine.create(function() return end))))
