#!/usr/bin/python3
"""Parses `coexplan export PLAN --calendar FILE.ics` back with Debian's python3-icalendar
(a real RFC 5545 parser) and checks the events against the plan's dated steps, plus the
RFC's line rules the parser tolerates: CRLF line ends and lines of at most 75 octets."""

import argparse
import datetime
import json
import subprocess
import sys
import tempfile

import icalendar


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coexplan", required=True)
    ap.add_argument("plans", nargs="+")
    args = ap.parse_args()
    failures = []
    for plan_path in args.plans:
        plan = json.load(open(plan_path, encoding="utf-8"))
        cutover = plan["cutover"]
        expected = sorted(
            [v for v in cutover.get("milestones", {}).values() if v]
            + [w["date"] for w in cutover.get("waves", []) if w.get("date")])
        with tempfile.TemporaryDirectory() as tmp:
            out = tmp + "/plan.ics"
            subprocess.run([args.coexplan, "export", plan_path, "--calendar", out], check=True,
                           stdout=subprocess.DEVNULL)
            raw = open(out, "rb").read()
        lines = raw.split(b"\r\n")
        if lines[-1] != b"" or b"\n" in raw.replace(b"\r\n", b""):
            failures.append(f"{plan_path}: a line does not end in CRLF")
        for n, line in enumerate(lines, 1):
            if len(line) > 75:
                failures.append(f"{plan_path}: line {n} has {len(line)} octets")
        cal = icalendar.Calendar.from_ical(raw)
        if cal.get("VERSION") != "2.0" or not cal.get("PRODID"):
            failures.append(f"{plan_path}: VERSION or PRODID missing")
        events = [c for c in cal.walk("VEVENT")]
        dates = sorted(e.decoded("DTSTART").isoformat() for e in events)
        if dates != expected:
            failures.append(f"{plan_path}: event dates {dates} != the plan's {expected}")
        uids = [str(e["UID"]) for e in events]
        if len(set(uids)) != len(uids):
            failures.append(f"{plan_path}: UIDs are not unique")
        for e in events:
            start, end = e.decoded("DTSTART"), e.decoded("DTEND")
            if isinstance(start, datetime.datetime) or end - start != datetime.timedelta(days=1):
                failures.append(f"{plan_path}: {e['SUMMARY']} is not one all-day event")
            if not isinstance(e.decoded("DTSTAMP"), datetime.datetime) or e.decoded("DTSTAMP").tzinfo is None:
                failures.append(f"{plan_path}: DTSTAMP is not a UTC date-time")
            if not str(e["SUMMARY"]).startswith(plan["organization"]["name"] + ": "):
                failures.append(f"{plan_path}: summary {e['SUMMARY']!r}")
            blocked = "Blocked" in [str(c) for c in e.get("CATEGORIES").cats]
            if blocked != str(e["DESCRIPTION"]).startswith("Blocked by "):
                failures.append(f"{plan_path}: {e['SUMMARY']}: category and description disagree")
        print(f"{plan_path}: {len(events)} events")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
