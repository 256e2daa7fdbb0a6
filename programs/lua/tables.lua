-- Tables: construction, length, sort, insert/remove, next, metatables.
local t = {10, 20, 30, x = 1, ["y z"] = 2, [1.0] = "one?", [3.5] = "f"}
print(#t, t[1], t.x, t["y z"], t[3.5])
local a = {}
for i = 1, 100 do a[i] = (i * 37) % 101 end
table.sort(a) print(a[1], a[50], a[100], #a)
table.sort(a, function(x, y) return x > y end) print(a[1], a[50], a[100])
local words = {"pear", "Apple", "fig", "banana", "cherry", "apple", "Fig"}
table.sort(words) print(table.concat(words, " "))
table.sort(words, function(x, y) return x:lower() < y:lower() or (x:lower() == y:lower() and x < y) end)
print(table.concat(words, " "))
table.insert(words, 1, "first") table.insert(words, "last") print(table.remove(words), table.remove(words, 1), #words)
print(table.unpack({1, 2, 3})) print(select("#", table.unpack({1, nil, 3}, 1, 3)))
local m = table.move({1, 2, 3, 4, 5}, 2, 4, 1) print(table.concat(m, ","))
local p = table.pack(1, nil, 3) print(p.n, p[1], p[2], p[3])
local keys = {} for k in pairs({a = 1, b = 2, c = 3, d = 4}) do keys[#keys + 1] = k end
table.sort(keys) print(table.concat(keys))
local V = {}
V.__index = V
V.__add = function(p, q) return setmetatable({x = p.x + q.x, y = p.y + q.y}, V) end
V.__eq = function(p, q) return p.x == q.x and p.y == q.y end
V.__tostring = function(p) return "(" .. p.x .. "," .. p.y .. ")" end
V.__lt = function(p, q) return p.x < q.x end
V.__len = function() return 2 end
V.__call = function(self, k) return self.x * k end
V.__concat = function(p, s) return tostring(p) .. s end
function V.new(x, y) return setmetatable({x = x, y = y}, V) end
function V:norm2() return self.x ^ 2 + self.y ^ 2 end
local v = V.new(1, 2) + V.new(3, 4)
print(tostring(v), v == V.new(4, 6), v < V.new(5, 0), #v, v(10), v .. "!", v:norm2())
local proxy = setmetatable({}, {__index = function(_, k) return k .. "?" end, __newindex = function(t, k, val) rawset(t, k, val * 2) end})
proxy.a = 21 print(proxy.a, proxy.b, rawget(proxy, "b"))
local weak = setmetatable({}, {__mode = "k"}) weak[{}] = 1 collectgarbage() local n = 0 for _ in pairs(weak) do n = n + 1 end print("weak", n)
local big = {} for i = 1, 200000 do big[i] = i * 2 end
local sum = 0 for _, x in ipairs(big) do sum = sum + x end print(#big, sum)
local h = {} for i = 1, 50000 do h["k" .. i] = i end
local c = 0 for _ in pairs(h) do c = c + 1 end print(c, h.k777)
for i = 1, 50000, 2 do h["k" .. i] = nil end
c = 0 for _ in pairs(h) do c = c + 1 end print(c)
local nested = {a = {b = {c = {d = "deep"}}}} print(nested.a.b.c.d)
print(next({}), type(next({5})), rawlen({1, 2}), rawequal(t, t))
local gc = collectgarbage("count") print(type(gc), gc > 0)
