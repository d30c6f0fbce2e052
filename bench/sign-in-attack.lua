-- 50 connections of wrong passwords, each for another address from another client (X-Forwarded-For, which the portal
-- believes only with PORTAL_BEHIND_PROXY=true): the case the per-client and per-address waits cannot stop, so every
-- try would cost a password hash but for the bound on hashes at once.
local nonce = os.getenv("NONCE")
local n = 0
request = function()
    n = n + 1
    local client = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
    local body = "signIn=signIn&primefaces.nonce=" .. nonce .. "&jakarta.faces.ViewState=stateless"
        .. "&signIn%3Aemail=guess" .. n .. "-" .. math.random(1, 1000000000) .. "%40example.org"
        .. "&signIn%3Apassword=not+the+password&signIn%3Asubmit=Sign+in"
    return wrk.format("POST", "/login", {["Content-Type"] = "application/x-www-form-urlencoded", ["X-Forwarded-For"] = client}, body)
end
