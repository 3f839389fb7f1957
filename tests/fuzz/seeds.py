#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/ from the tests' own cases (the JSON bodies
of tst_domainjson and tst_serverrobustness, the strings of tst_fieldrules, the files of
tst_csvreader) and a few valid documents of each kind. Run it again when those tests gain
cases; libFuzzer adds what it finds to its working copy, not here."""
import hashlib, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
tests = os.path.dirname(here)
out = os.path.join(here, "corpus")


def put(harness, data):
    d = os.path.join(out, harness)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)


def raw_strings(name):
    text = open(os.path.join(tests, name), encoding="utf-8").read()
    return re.findall(r'R"\((.*?)\)"', text, re.S)


def c_strings(name):
    text = open(os.path.join(tests, name), encoding="utf-8").read()
    found = []
    for m in re.finditer(r'(?:QStringLiteral|QByteArray|u)\(?"((?:[^"\\]|\\.)*)"', text):
        try:
            found.append(bytes(m.group(1), "utf-8").decode("unicode_escape").encode("latin-1"))
        except (UnicodeDecodeError, UnicodeEncodeError):
            found.append(m.group(1).encode("utf-8"))
    return found


tenant = {"name": "Contoso EU", "domain": "contoso.eu", "shortName": "contosoeu",
          "contactEmails": ["ops@contoso.eu"], "adminUpns": ["admin@contoso.eu"],
          "userType": "pro", "includedUsers": 250, "allowExceedIncludedUsers": False,
          "storageLocation": "westeurope", "unlimitedRetention": False, "notes": "n"}
compliance = {"controlTeamsNotifications": True, "teamsNotificationsWaiverReference": "",
              "deleteCallRecordings": False, "advancedStorage": True}
draft = {"type": "interaction-recording", "tenant": tenant, "compliance": compliance}
customer = {"id": "cus_1", "displayName": "Contoso", "description": "", "createdBy": "admin",
            "createdAt": "2026-11-27T10:20:51.123Z", "version": 1, "serviceIds": ["svc_1"]}
service = dict(draft, id="svc_1", customerId="cus_1", status="OK", deploymentStatus="deployed",
               licenseType="Pro", alarms=[], lockedFields=["tenant.name"], version=2,
               consents=[{"id": "teams-recording", "required": True, "granted": False}])
operation = {"id": "op_1", "serviceId": "svc_1", "kind": "deploy", "status": "running",
             "steps": [{"id": "create-storage", "status": "done"}]}
feed = {"changes": [{"seq": 1, "kind": "customer", "id": "cus_1", "object": customer},
                    {"seq": 2, "kind": "service", "id": "svc_1", "object": service},
                    {"seq": 3, "kind": "operation", "id": "op_1", "object": operation}],
        "next": "3"}

# fuzz_domainjson: a selector byte, then a JSON object.
# The console's reading of a feed page: compact, indented, and with escapes in its strings.
put("fuzz_feedpage", json.dumps(feed))
put("fuzz_feedpage", json.dumps(feed, indent=2, ensure_ascii=True))
put("fuzz_feedpage", json.dumps(dict(feed, changes=feed["changes"] + [
    {"kind": "customer", "id": "c\"}", "deleted": True},
    {"kind": "customer", "id": "x", "object": dict(customer, displayName="A \"}{[ \\ \u00e9")}]),
    ensure_ascii=False))
docs = [draft, service, customer, tenant, compliance,
        {"displayName": "Ana", "email": "ana@contoso.eu", "level": "operator"},
        {"username": "ana", "password": "a-long-password", "role": "monitor"}, operation, feed]
for selector, doc in enumerate(docs):
    put("fuzz_domainjson", bytes([selector]) + json.dumps(doc).encode())
for i, body in enumerate(raw_strings("tst_domainjson.cpp") + raw_strings("tst_serverrobustness.cpp")):
    put("fuzz_domainjson", bytes([i % 9]) + body.encode("utf-8"))

# fuzz_fieldrules: UTF-16 of the rule tests' strings.
for s in c_strings("tst_fieldrules.cpp"):
    put("fuzz_fieldrules", s.decode("utf-8", "replace").encode("utf-16-le"))
put("fuzz_fieldrules", "admin@contoso.eu|contoso.eu".encode("utf-16-le"))

# fuzz_csvreader: the reader tests' files and a valid import.
for s in c_strings("tst_csvreader.cpp"):
    if b"\n" in s or b"," in s:
        put("fuzz_csvreader", s)
put("fuzz_csvreader",
    "customer,name,domain,shortName,contactEmails,adminUpns,userType,includedUsers,"
    "storageLocation,advancedStorage\r\n"
    "Contoso,Contoso EU,contoso.eu,contosoeu,ops@contoso.eu,admin@contoso.eu,pro,250,"
    "westeurope,true\r\n"
    "\"Fabrikam, Inc\",Fabrikam,fabrikam.com,fabrikam,\"a@fabrikam.com;b@fabrikam.com\","
    "admin@fabrikam.com,essential,10,northeurope,false\r\n")

# fuzz_blobxml: what Azure (and Azurite) answer.
put("fuzz_blobxml", '<?xml version="1.0" encoding="utf-8"?><Error><Code>ContainerAlreadyExists'
    '</Code><Message>The specified container already exists.\nRequestId:1\nTime:2026</Message></Error>')
put("fuzz_blobxml", '<?xml version="1.0" encoding="utf-8"?><EnumerationResults ServiceEndpoint='
    '"http://127.0.0.1/" ContainerName="c"><Blobs><Blob><Name>a.wav</Name><Properties>'
    '<Content-Length>1024</Content-Length></Properties></Blob><Blob><Name>b.wav</Name>'
    '<Properties><Content-Length>9</Content-Length></Properties></Blob></Blobs>'
    '<NextMarker>2!abc</NextMarker></EnumerationResults>')

# fuzz_routing: flags (1 admin, 2 monitor), request line, headers, blank line, body.
def req(flags, line, headers=(), body=""):
    put("fuzz_routing", bytes([flags]) + ("\n".join([line, *headers, "", body])).encode())

req(1, "GET /api/v1/customers?limit=100&search=con")
req(1, "POST /api/v1/customers", ["Content-Type: application/json", "Idempotency-Key: k1"],
    json.dumps({"displayName": "Contoso", "description": "d"}))
req(1, "POST /api/v1/customers/cus_1/services", ["Content-Type: application/json"], json.dumps(draft))
req(1, "PATCH /api/v1/services/svc_1", ["If-Match: \"2\"", "Content-Type: application/json"],
    json.dumps({"tenant": {"notes": "x"}}))
req(1, "GET /api/v1/changes?since=0&limit=500")
req(1, "GET /api/v1/availability?name=Contoso&domain=contoso.eu&shortName=contosoeu")
req(1, "GET /api/v1/audit?actor=admin&action=service.&target=svc_1", ["Accept: text/csv"])
req(1, "POST /api/v1/imports?dryRun=true", ["Content-Type: text/csv"],
    "customer,name,domain,shortName,contactEmails,adminUpns,userType,includedUsers\r\n"
    "C,N,n.eu,nn,a@n.eu,b@n.eu,essential,5\r\n")
req(1, "POST /api/v1/users", ["Content-Type: application/json"],
    json.dumps({"username": "ana", "password": "a-long-password", "role": "monitor"}))
req(2, "DELETE /api/v1/customers/cus_1")
req(1, "POST /api/v1/services/svc_1/suspend", [], json.dumps({"reason": "r", "confirmShortName": "x"}))
req(0, "GET /quick-start/abc")
req(0, "GET /healthz")
print("seeds written to", out)
