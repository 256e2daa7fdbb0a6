-- churn.lua ROUNDS: the Lua workload of scripts/bench, allocation-heavy.
-- Each round builds 1000 records (a table, a small array and two new
-- strings each), indexes them by name in a growing hash table, drops half
-- of them, and builds, splits and scans a 200-piece string; the garbage
-- collector reclaims the round before. It prints a checksum of what it
-- computed, independent of addresses and of the order of pairs.
local rounds = tonumber(arg[1])
if not rounds or rounds < 1 then
	io.stderr:write("usage: lua churn.lua ROUNDS\n")
	os.exit(2)
end

local function mix(h, v) return (h * 31 + v) % 4294967296 end

local h = 0
for r = 1, rounds do
	local recs = {}
	for i = 1, 1000 do
		local name = "rec" .. i .. ":" .. r
		recs[i] = { id = i, name = name, tag = name:upper(), list = { i, i * 2, i * 3 } }
	end
	local byname = {}
	for i = 1, #recs do byname[recs[i].name] = recs[i] end
	for i = 1, #recs, 2 do byname[recs[i].name] = nil end
	local kept = 0
	for _, v in pairs(byname) do kept = kept + v.id + #v.tag + v.list[3] end
	local parts = {}
	for i = 1, 200 do parts[i] = string.format("%d-%s", i * r, recs[i].tag) end
	local s = table.concat(parts, ",")
	local len = 0
	for w in s:gmatch("[^,]+") do len = len + #w end
	local sub = s:sub(r % 100 + 1, r % 100 + 40):lower():rep(3)
	h = mix(mix(mix(h, kept), len + #s), #sub)
end
print(string.format("rounds=%d checksum=%d", rounds, h))
