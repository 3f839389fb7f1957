#!/usr/bin/env python3
"""Fails when a string a person reads has no German or French translation, or when a
translation's placeholders (%1, %2 ...) or its accelerator (&) differ from the source.

It runs lupdate over today's sources into copies of translations/*.ts first, so a tr()
string added without translating it fails here, not in front of a customer."""
import argparse, collections, os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

parser = argparse.ArgumentParser()
parser.add_argument("--lupdate", required=True)
parser.add_argument("--root", required=True)
args = parser.parse_args()

dirs = ["app", "forms", "models", "validators", "server"]
placeholder = re.compile(r"%(\d{1,2})")
accelerator = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)")


def accelerators(text):
    return len(accelerator.findall(text.replace("&&", "")))


failures = []
with tempfile.TemporaryDirectory() as tmp:
    for name in ("insights_de.ts", "insights_fr.ts"):
        ts = os.path.join(tmp, name)
        shutil.copy(os.path.join(args.root, "translations", name), ts)
        run = subprocess.run([args.lupdate, "-silent", "-no-obsolete", "-locations", "none",
                              *[os.path.join(args.root, d) for d in dirs], "-ts", ts],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"lupdate failed: {run.stderr}")
        count = 0
        for context in ET.parse(ts).getroot().iter("context"):
            ctx = context.find("name").text
            for message in context.iter("message"):
                count += 1
                source = message.find("source").text or ""
                t = message.find("translation")
                text = (t.text or "") if t is not None else ""
                where = f"{name}: {ctx}: “{source}”"
                if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                    failures.append(f"{where} has no translation")
                    continue
                if collections.Counter(placeholder.findall(source)) != \
                        collections.Counter(placeholder.findall(text)):
                    failures.append(f"{where}: the placeholders of “{text}” differ")
                if accelerators(source) != accelerators(text):
                    failures.append(f"{where}: “{text}” has another number of & accelerators")
        print(f"{name}: {count} strings checked")

for f in failures:
    print("FAIL", f)
print(f"{len(failures)} problem(s)")
sys.exit(1 if failures else 0)
