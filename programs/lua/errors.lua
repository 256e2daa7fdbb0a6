-- Errors: error values, levels, pcall/xpcall, tracebacks, assert, close.
print(pcall(error, "msg"), pcall(error, "msg", 0), select(2, pcall(error, {code = 7})).code)
local function lvl1() error("deep", 1) end
local function lvl2() error("caller", 2) end
print(pcall(lvl1)) print(pcall(lvl2))
print(pcall(function() local x = nil; return x.y end))
print(pcall(function() return 1 + {} end))
print(pcall(function() return #nil end))
print(pcall(function() return ("x"):bad() end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return math.tointeger("a") + 1 end))
print(pcall(function() return 1 // 0 end), pcall(function() return 1 % 0 end))
print(pcall(string.rep)) print(pcall(setmetatable, 1, {}))
print(select("#", pcall(error)))
print(xpcall(function() error("in xpcall") end, function(m) return "handled: " .. m end))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
local ok, tb = xpcall(function() local function inner() error("tb") end inner() end, debug.traceback)
print(ok, (tb:gsub("\n.*", "")), select(2, tb:gsub("\n", "\n")) > 2)
print(pcall(assert, false), pcall(assert, nil, "custom"), pcall(assert, 1, 2))
print(pcall(load, "x = = 1")) print(load("x = = 1"))
print(load("return 1 +")) print(load("return ...", "chunk")(5, 6))
local f = load("local a <const> = 1; a = 2") print(f)
do
	local log = {}
	do
		local x <close> = setmetatable({}, {__close = function(_, e) log[#log + 1] = "closed " .. tostring(e) end})
		log[#log + 1] = "body"
	end
	print(table.concat(log, ", "))
	print(pcall(function()
		local y <close> = setmetatable({}, {__close = function(_, e) log[#log + 1] = "closed on " .. tostring(e) end})
		error("boom", 0)
	end), log[#log])
end
local depth = 0
local function recurse() depth = depth + 1; return recurse() + 1 end
local ok2, m = pcall(recurse) print(ok2, m:match("stack overflow") ~= nil, depth > 1000)
print(pcall(string.rep, "x", 1 << 40))
print(string.format("%s", select(2, pcall(error, setmetatable({}, {__tostring = function() return "object error" end})))))
error("uncaught at the end")
