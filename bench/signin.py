#!/usr/bin/env python3
"""Signs in to Bulwark (password, then the authenticator code computed from the secret) and, if given a
practice id, switches the session to it. Prints the session cookie's value. Standard library only.

    bench/signin.py URL EMAIL PASSWORD_FILE TOTP_SECRET_BASE32 [PRACTICE_ID]
"""
import base64, hashlib, hmac, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request

url, email, password_file, secret = sys.argv[1:5]
practice = sys.argv[5] if len(sys.argv) > 5 else None
password = open(password_file).readline().rstrip("\n")
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def totp(secret_b32):
    key = base64.b32decode(secret_b32.replace(" ", "").upper() + "=" * (-len(secret_b32.replace(" ", "")) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def csrf(html):
    match = re.search(r'name="_csrf"\s+value="([^"]+)"', html) or re.search(r'value="([^"]+)"\s+name="_csrf"', html)
    return match.group(1)


def get(path):
    with opener.open(url + path) as response:
        return response.geturl(), response.read().decode()


def post(path, fields):
    data = urllib.parse.urlencode(fields).encode()
    with opener.open(urllib.request.Request(url + path, data=data)) as response:
        return response.geturl(), response.read().decode()


_, page = get("/login")
where, page = post("/login", {"username": email, "password": password, "_csrf": csrf(page)})
if "/mfa/enrol" in where:
    where, page = post("/mfa/enrol", {"code": totp(secret), "_csrf": csrf(page)})
elif "/mfa" in where:
    where, page = post("/mfa/totp", {"code": totp(secret), "_csrf": csrf(page)})
if practice:
    _, page = get("/practices")
    where, page = post("/practices/switch", {"practiceId": practice, "_csrf": csrf(page)})
for cookie in jar:
    if cookie.name == "BULWARK_SESSION":
        print(cookie.value)
        break
else:
    sys.exit("No session cookie: sign-in failed at " + where)
