#!/usr/bin/env python3
"""Seeds a practice with a realistic amount of data for bench/dashboard.sh, then signs the security
officer in (password, then a code of the authenticator the CLI enrolled) and prints the session
cookie. Standard library only.

    dashboard-seed.py <base url> <api token> <e-mail> <password file> <totp secret file> [tasks] [assets]
"""
import base64, hashlib, hmac, http.cookiejar, json, random, re, struct, sys, time, urllib.parse, urllib.request
from datetime import date, timedelta

base, token, email, password_file, totp_file = sys.argv[1:6]
tasks = int(sys.argv[6]) if len(sys.argv) > 6 else 300
assets = int(sys.argv[7]) if len(sys.argv) > 7 else 500
password = open(password_file).read().strip()
rnd = random.Random(14)


def api(method, path, body=None, content_type="application/json"):
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": "Bearer " + token, "Content-Type": content_type})
    with urllib.request.urlopen(req) as res:
        text = res.read()
        return json.loads(text) if text else None


# An assessment with every question answered: a realistic mix, so scores, areas and ~40 risks exist.
assessment = api("POST", "/api/v1/assessments", {"title": "Bench assessment"})
details = api("GET", "/api/v1/assessments/" + assessment["id"])
answered = 0
for a in details["answers"]:
    r = rnd.random()
    value = "YES" if r < 0.55 else "PARTLY" if r < 0.72 else "NO" if r < 0.88 else "DONT_KNOW" if r < 0.95 else "NOT_APPLICABLE"
    body = {"answer": value, "notes": "Bench answer"}
    if value == "NOT_APPLICABLE":
        body["notApplicableReason"] = "Not used in this office"
    try:
        api("PUT", "/api/v1/assessments/%s/answers/%s" % (assessment["id"], urllib.parse.quote(a["questionKey"])), body)
        answered += 1
    except urllib.error.HTTPError:
        pass

# Assets with findings (a tenth unencrypted, some behind on patches).
rows = ["name,kind,assigned_to,location,manufacturer,model,os_version,serial_number,ip_address,ephi,encryption,"
        "encryption_method,mfa,backed_up,patch_status,anti_malware,network_segment,notes"]
kinds = ["workstation", "laptop", "server", "cloud_service", "mobile"]
for i in range(assets):
    rows.append('"Asset %d",%s,Person %d,Site %d,Dell,OptiPlex,Windows 11,SN%08d,10.0.%d.%d,%s,%s,BitLocker,yes,yes,%s,yes,'
                'Segment %d,Bench' % (i, kinds[i % 5], i % 40, i % 3, i, i // 250, i % 250,
                                      "stores" if i % 4 == 0 else "accesses", "no" if i % 10 == 0 else "yes",
                                      "behind" if i % 17 == 0 else "current", i % 5))
api("POST", "/api/v1/assets/import", "\n".join(rows).encode(), "text/csv")

# The practice's own tasks, from two months overdue to a year ahead, some repeating.
today = date.today()
repeats = ["NEVER", "NEVER", "NEVER", "YEARLY", "QUARTERLY", "MONTHLY"]
for i in range(tasks):
    due = today + timedelta(days=rnd.randint(-60, 365))
    api("POST", "/api/v1/tasks", {"title": "Bench task %d" % i, "dueOn": due.isoformat(),
                                  "repeats": repeats[i % len(repeats)]})
print("seeded: %d answers, %d assets, %d tasks" % (answered, assets, tasks), file=sys.stderr)

# Sign in as a browser does: password, then enrol an authenticator and answer its code.
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def page(path, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    with opener.open(base + path, data) as res:
        return res.read().decode()


def csrf(html):
    return re.search(r'name="_csrf"\s+value="([^"]+)"', html).group(1)


login = page("/login")
page("/login", {"username": email, "password": password, "_csrf": csrf(login)})
mfa = page("/mfa")
secret = open(totp_file).read().strip()
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = mac[-1] & 0x0F
code = "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)
page("/mfa/totp", {"code": code, "_csrf": csrf(mfa)})
home = page("/")
if "Where we stand" not in home:
    sys.exit("signed in, but / is not the posture page")
print("; ".join("%s=%s" % (c.name, c.value) for c in jar))
