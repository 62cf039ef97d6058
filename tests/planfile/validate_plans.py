#!/usr/bin/python3
"""Validates plan files against docs/coexplan.schema.json with a real validator
(Debian's python3-jsonschema, Draft 2020-12) and cross-checks the schema with the
plan reader of `coexplan check`.

1. Every bundled sample (resources/samples/*.coexplan) and every test plan
   (tests/data/**/plan.coexplan) is found at run time: each must be valid under the
   schema and readable by `coexplan check` (exit 0 or 1, never 2). A test plan that
   is meant to be unreadable sits next to a `load-error.txt`; it must make
   `coexplan check` exit 2 instead.
2. Deliberately broken variants of a sample must be rejected by the schema AND by
   the reader, so the schema can neither drift from the reader nor accept anything.
3. Variants that use the "null = unknown" rule must be accepted by both.
"""

import argparse
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema


def server(plan, version):
    return next(s for s in plan["servers"] if s["version"] == version)


def add_member(path, key, value):
    def mutate(plan):
        target = plan
        for p in path:
            target = target[p] if not callable(p) else p(target)
        target[key] = value

    return mutate


def legacy(plan):
    return next(s for s in plan["servers"] if s["version"] in ("2007", "2010"))


def new_cas(plan):
    return next(s for s in plan["servers"] if s["version"] in ("2013", "2016"))


# (description, mutation) pairs; each result must be rejected by schema and reader.
INVALID = [
    ("unknown top-level member", add_member([], "colour", "blue")),
    ("newer format version", add_member([], "formatVersion", 2)),
    ("format version zero", add_member([], "formatVersion", 0)),
    ("format version as text", add_member([], "formatVersion", "1")),
    ("wrong format name", add_member([], "format", "exchange-plan")),
    ("missing format", lambda p: p.pop("format")),
    ("servers is an object", add_member([], "servers", {})),
    ("unknown server member", add_member([lambda p: p["servers"], 0], "colour", 1)),
    ("unknown Exchange version", add_member([lambda p: p["servers"], 0], "version", "2019")),
    ("server without a name", lambda p: p["servers"][0].pop("name")),
    ("server name only blanks", add_member([lambda p: p["servers"], 0], "name", "   ")),
    ("server name null", add_member([lambda p: p["servers"], 0], "name", None)),
    ("unknown role", add_member([legacy], "roles", ["clientAccess", "hubTransport"])),
    ("2013 build on a legacy server", add_member([legacy], "build", "15.0.1497.2")),
    ("2010 build on a 2013 server", add_member([new_cas], "build", "Version 14.3 (Build 123.4)")),
    ("text that is no build", add_member([legacy], "build", "SP3 RU10")),
    ("rollup on a 2013 server", add_member([new_cas], "rollup", 5)),
    ("rollup out of range", add_member([legacy], "rollup", 100)),
    ("unknown operating system", add_member([legacy], "operatingSystem", "2000")),
    ("bool as text", add_member([legacy], "rpcOverHttpProxyInstalled", "yes")),
    ("internalHostname on a legacy server",
     add_member([legacy, lambda s: s["outlookAnywhere"]], "internalHostname", "mail.contoso.com")),
    ("externalClientsRequireSsl on a legacy server",
     add_member([legacy, lambda s: s["outlookAnywhere"]], "externalClientsRequireSsl", True)),
    ("enabled on a 2013 server", add_member([new_cas, lambda s: s["outlookAnywhere"]], "enabled", True)),
    ("clientAuthenticationMethod on a 2013 server",
     add_member([new_cas, lambda s: s["outlookAnywhere"]], "clientAuthenticationMethod", "Ntlm")),
    ("not-applicable field in captured state",
     add_member([new_cas], "current", {"outlookAnywhere": {"enabled": False}})),
    ("unknown Outlook Anywhere member",
     add_member([legacy, lambda s: s["outlookAnywhere"]], "externalUrl", "https://mail.contoso.com")),
    ("unknown authentication method",
     add_member([new_cas, lambda s: s["outlookAnywhere"]], "externalClientAuthenticationMethod", "Kerberos")),
    ("IIS methods as text", add_member([new_cas, lambda s: s["outlookAnywhere"]], "iisAuthenticationMethods", "Ntlm")),
    ("null inside IIS methods",
     add_member([new_cas, lambda s: s["outlookAnywhere"]], "iisAuthenticationMethods", ["Ntlm", None])),
    ("unknown client location", add_member([lambda p: p["clientGroups"], 0], "location", "remote")),
    ("unknown Outlook version", add_member([lambda p: p["clientGroups"], 0], "outlook", "2000")),
    ("client group without location", lambda p: p["clientGroups"][0].pop("location")),
    ("service pack out of range", add_member([lambda p: p["clientGroups"], 0], "servicePack", 10)),
    ("negative head count", add_member([lambda p: p["clientGroups"], 0], "headCount", -1)),
    ("head count as a fraction", add_member([lambda p: p["clientGroups"], 0], "headCount", 2.5)),
    ("unknown TLS mode", add_member([], "loadBalancers", [{"name": "LB", "tls": "tunnel"}])),
    ("site without a name", add_member([], "sites", [{"internetFacing": True}])),
    ("unknown namespace member", add_member([lambda p: p["organization"], "namespaces"], "owa", "owa.contoso.com")),
    ("checklist item not an object", add_member([], "checklist", {"prepare-01": True})),
    ("unknown checklist member", add_member([], "checklist", {"prepare-01": {"done": True, "by": "me"}})),
    # Value limits (issue 18): control characters and lengths by kind of value.
    ("NUL in a server name", add_member([lambda p: p["servers"], 0], "name", "EX\u0000A")),
    ("tab in a server name", add_member([lambda p: p["servers"], 0], "name", "EX\tA")),
    ("ESC in a host name", add_member([legacy], "fqdn", "ex\u001b.contoso.com")),
    ("C1 CSI in a namespace", add_member([lambda p: p["organization"], "namespaces"], "legacy", "a\u009bb")),
    ("line feed in a title", add_member([], "info", {"title": "a\nb"})),
    ("ESC in a note", add_member([], "info", {"notes": "a\u001bb"})),
    ("host name of 256", add_member([legacy], "fqdn", "h" * 256)),
    ("server name of 256", add_member([lambda p: p["servers"], 0], "name", "n" * 256)),
    ("title of 1,025", add_member([], "info", {"title": "t" * 1025})),
    ("note of 10,001", add_member([], "info", {"notes": "n" * 10001})),
    ("host name of 256 in a list", add_member([], "loadBalancers", [{"name": "LB", "hostNames": ["h" * 256]}])),
]

# Variants the reader accepts; the schema must accept them too.
VALID_VARIANTS = [
    ("null means unknown", add_member([new_cas, lambda s: s["outlookAnywhere"]], "externalHostname", None)),
    ("null on a not-applicable field reads as absent",
     add_member([new_cas, lambda s: s["outlookAnywhere"]], "clientAuthenticationMethod", None)),
    ("null optional arrays", add_member([], "loadBalancers", None)),
    ("AdminDisplayVersion build form", add_member([legacy], "build", "Version 14.3 (Build 123.4)")),
    ("captured state", add_member([legacy], "current", {"outlookAnywhere": {"enabled": False}})),
    ("checklist progress", add_member([], "checklist", {"b-01": {"done": True, "owner": "Ana", "date": "2026-11-24"}})),
    ("tab in a title", add_member([], "info", {"title": "a\tb"})),
    ("lines and tabs in a note", add_member([], "info", {"notes": "a\r\n\tb"})),
    ("host name of 255", add_member([legacy], "fqdn", "h" * 255)),
    ("title of 1,024", add_member([], "info", {"title": "t" * 1024})),
    ("note of 10,000", add_member([], "info", {"notes": "n" * 10000})),
]


class Checker:
    def __init__(self, schema_path, coexplan):
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        self.validator = jsonschema.Draft202012Validator(schema)
        self.coexplan = coexplan
        self.failures = []
        self.passed = 0

    def schema_errors(self, document):
        return [f"{'/' + '/'.join(str(p) for p in e.absolute_path)}: {e.message}"
                for e in self.validator.iter_errors(document)]

    def reader_exit(self, path):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([self.coexplan, "check", path, "--format", "json"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60, check=False)
        return result.returncode, result.stderr.decode("utf-8", "replace").strip()

    def expect(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)

    def check_file(self, path):
        expect_unreadable = os.path.exists(os.path.join(os.path.dirname(path), "load-error.txt"))
        code, stderr = self.reader_exit(path)
        if expect_unreadable:
            self.expect(code == 2, f"{path}: next to load-error.txt but the reader accepted it (exit {code})")
            return
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = self.schema_errors(document)
        self.expect(not errors, f"{path}: not valid under the schema:\n    " + "\n    ".join(errors))
        self.expect(code in (0, 1), f"{path}: the reader refused it (exit {code}): {stderr}")

    def check_variant(self, base, description, mutate, want_valid, tmpdir):
        document = copy.deepcopy(base)
        mutate(document)
        errors = self.schema_errors(document)
        path = os.path.join(tmpdir, "variant.coexplan")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(document, f)
        code, stderr = self.reader_exit(path)
        if want_valid:
            self.expect(not errors, f"valid variant '{description}': schema rejected it: {errors}")
            self.expect(code in (0, 1), f"valid variant '{description}': reader refused it: {stderr}")
        else:
            self.expect(bool(errors), f"invalid variant '{description}': the schema accepted it")
            self.expect(code == 2, f"invalid variant '{description}': the reader accepted it (exit {code})")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--samples", required=True, help="folder with the bundled *.coexplan samples")
    parser.add_argument("--test-data", required=True, help="tests/data; every plan.coexplan below it is checked")
    parser.add_argument("--coexplan", required=True, help="the coexplan executable")
    parser.add_argument("--base", default="contoso-before.coexplan", help="sample the variants are made from")
    args = parser.parse_args()

    checker = Checker(args.schema, args.coexplan)
    samples = sorted(glob.glob(os.path.join(args.samples, "*.coexplan")))
    test_plans = sorted(glob.glob(os.path.join(args.test_data, "**", "plan.coexplan"), recursive=True))
    if not samples or not test_plans:
        print(f"found {len(samples)} samples and {len(test_plans)} test plans: expected some of each", file=sys.stderr)
        return 1
    for path in samples + test_plans:
        checker.check_file(path)

    with open(os.path.join(args.samples, args.base), encoding="utf-8") as f:
        base = json.load(f)
    with tempfile.TemporaryDirectory() as tmpdir:
        for description, mutate in INVALID:
            checker.check_variant(base, description, mutate, False, tmpdir)
        for description, mutate in VALID_VARIANTS:
            checker.check_variant(base, description, mutate, True, tmpdir)

    print(f"{len(samples)} samples, {len(test_plans)} test plans, {len(INVALID)} invalid and "
          f"{len(VALID_VARIANTS)} valid variants: {checker.passed} checks passed, {len(checker.failures)} failed")
    for failure in checker.failures:
        print("FAIL: " + failure, file=sys.stderr)
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())
