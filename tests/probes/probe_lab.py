#!/usr/bin/env python3
"""A loopback-only network for the live-probe tests (issue 15, docs/probes.md).

Usage: probe_lab.py WORKDIR -- COMMAND [ARGS...]

Starts, on addresses 127.R1.R2.x picked at random per run (so that parallel runs do
not collide): a real DNS server (Debian's dnsmasq) serving the zone contoso.test, and
TLS/HTTP servers on port 443 with certificates made here by openssl (good, expired,
self-signed, lacking the Autodiscover name), answering 401 with given WWW-Authenticate
and X-FEServer headers, a redirect to another host, a refused and a silent endpoint,
and an HTTP CONNECT proxy. Writes WORKDIR/lab.json (addresses, CA file, plan), runs
COMMAND with COEXPLAN_PROBE_LAB pointing to it, stops everything and exits with
COMMAND's exit code. Every server binds a loopback address only; nothing leaves the
machine. Ports 53 and 443 need root: anything else fails with a clear message.
"""
import datetime
import http.server
import json
import os
import random
import select
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time

ZONE_NAMES = {
    # name: host number in 127.R1.R2.x
    "mail.contoso.test": 2, "ex2013.contoso.test": 2,
    "ex2010.contoso.test": 3, "internal.contoso.test": 4,
    "ex2013b.contoso.test": 5, "ex2013c.contoso.test": 6, "ex2013d.contoso.test": 7,
    "gateway.contoso.test": 8, "ex2010b.contoso.test": 9, "ex2010c.contoso.test": 10,
    # The redirect's target: resolvable, so that following it would show in the log.
    "login.fabrikam.test": 2,
}
NAMESPACES = ["mail.contoso.test", "internal.contoso.test", "autodiscover.contoso.test"]
PROXY_HOST = 11
PROXY_PORT = 3128


def fail(message):
    print(f"probe_lab: {message}", file=sys.stderr)
    sys.exit(2)


def run(args, cwd):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        fail(f"{' '.join(args)} failed: {result.stderr.strip()}")


def stamp(t):
    return t.strftime("%Y%m%d%H%M%SZ")


class Certificates:
    def __init__(self, work):
        self.work = work
        with open(os.path.join(work, "ca.cnf"), "w") as f:
            f.write(f"""[ ca ]
default_ca = lab
[ lab ]
database = {work}/index.txt
new_certs_dir = {work}
serial = {work}/serial
default_md = sha256
policy = anything
unique_subject = no
[ anything ]
commonName = supplied
""")
        open(os.path.join(work, "index.txt"), "w").close()
        with open(os.path.join(work, "serial"), "w") as f:
            f.write("1000\n")
        run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", "ca.key", "-out", "ca.pem", "-days", "3", "-subj", "/CN=CoexPlan Lab CA",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
            work)

    def issue(self, label, names, expired=False, self_signed=False):
        now = datetime.datetime.now(datetime.timezone.utc)
        key, pem = f"{label}.key", f"{label}.pem"
        subject = f"/CN={names[0]}"
        san = ",".join(f"DNS:{n}" for n in names)
        if self_signed:
            run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                 "-keyout", key, "-out", pem, "-days", "3", "-subj", subject, "-addext", f"subjectAltName={san}"],
                self.work)
            return pem, key
        run(["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", key, "-out", f"{label}.csr", "-subj", subject], self.work)
        with open(os.path.join(self.work, f"{label}.ext"), "w") as f:
            f.write(f"[ leaf ]\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\nsubjectAltName = {san}\n")
        start = now - datetime.timedelta(days=10 if expired else 1)
        end = now - datetime.timedelta(days=1) if expired else now + datetime.timedelta(days=2)
        run(["openssl", "ca", "-batch", "-notext", "-config", "ca.cnf", "-cert", "ca.pem", "-keyfile", "ca.key",
             "-in", f"{label}.csr", "-out", pem, "-startdate", stamp(start), "-enddate", stamp(end),
             "-extfile", f"{label}.ext", "-extensions", "leaf"], self.work)
        return pem, key


class RequestLog:
    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()
        open(path, "w").close()

    def add(self, entry):
        with self.lock, open(self.path, "a") as f:
            f.write(json.dumps(entry) + "\n")


def make_handler(log, address, answers):
    """answers: path -> (status, [(header, value), ...]); '*' is the fallback."""

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            log.add({"address": address, "method": "GET", "path": self.path, "host": self.headers.get("Host", ""),
                     "authorization": self.headers.get("Authorization") is not None,
                     "proxyAuthorization": self.headers.get("Proxy-Authorization") is not None})
            status, headers = answers.get(self.path.split("?")[0].lower(), answers["*"])
            body = b"lab\n"
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


class TlsServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, handler, cert, key):
        super().__init__((address, 443), handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.socket = context.wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)

    def finish_request(self, request, client_address):
        request.settimeout(10)
        try:
            request.do_handshake()
        except (ssl.SSLError, OSError) as e:
            # The client refused the certificate: the probe did what it must.
            return
        super().finish_request(request, client_address)


def start_silent(address, stop):
    """Accepts on 443 and never answers: a probe must give up on its own."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((address, 443))
    s.listen(16)
    held = []

    def loop():
        while not stop.is_set():
            ready, _, _ = select.select([s], [], [], 0.2)
            if ready:
                held.append(s.accept()[0])
        for c in held:
            c.close()
        s.close()

    threading.Thread(target=loop, daemon=True).start()


def start_proxy(address, log, stop):
    """A minimal HTTP CONNECT proxy, for the test that the system proxy is honoured."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((address, PROXY_PORT))
    s.listen(16)

    def tunnel(client):
        client.settimeout(10)
        try:
            head = b""
            while b"\r\n\r\n" not in head and len(head) < 8192:
                chunk = client.recv(1024)
                if not chunk:
                    return
                head += chunk
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            log.add({"address": address, "method": "PROXY", "path": line, "host": "", "authorization": False,
                     "proxyAuthorization": b"proxy-authorization" in head.lower()})
            parts = line.split()
            if len(parts) < 2 or parts[0] != "CONNECT" or not parts[1].startswith("127."):
                client.sendall(b"HTTP/1.1 403 Forbidden\r\n\r\n")
                return
            host, port = parts[1].rsplit(":", 1)
            upstream = socket.create_connection((host, int(port)), timeout=10)
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            pair = [client, upstream]
            for _ in range(10000):  # bounded: a tunnel of a few requests
                ready, _, _ = select.select(pair, [], [], 5)
                if not ready:
                    break
                for r in ready:
                    data = r.recv(65536)
                    if not data:
                        raise ConnectionError
                    (upstream if r is client else client).sendall(data)
        except (OSError, ConnectionError):
            pass
        finally:
            client.close()

    def loop():
        while not stop.is_set():
            ready, _, _ = select.select([s], [], [], 0.2)
            if ready:
                threading.Thread(target=tunnel, args=(s.accept()[0],), daemon=True).start()
        s.close()

    threading.Thread(target=loop, daemon=True).start()


def free_base():
    """127.R1.R2: a random /24 of loopback whose .1:53 and .2:443 are free (bounded tries)."""
    for _ in range(20):
        base = f"127.{random.randint(2, 254)}.{random.randint(1, 254)}"
        try:
            for port, kind in ((53, socket.SOCK_DGRAM), (443, socket.SOCK_STREAM)):
                probe = socket.socket(socket.AF_INET, kind)
                probe.bind((f"{base}.{1 if port == 53 else 2}", port))
                probe.close()
            return base
        except OSError:
            continue
    fail("no free loopback /24 found in 20 tries")


def main():
    if "--" not in sys.argv or sys.argv.index("--") != 2:
        fail("usage: probe_lab.py WORKDIR -- COMMAND [ARGS...]")
    work = os.path.abspath(sys.argv[1])
    command = sys.argv[3:]
    if os.geteuid() != 0:
        fail("the probe tests bind ports 53 and 443 on loopback addresses and need root "
             f"(this runs as uid {os.geteuid()}); run the test suite as root, as the CI does")
    dnsmasq = shutil.which("dnsmasq") or ("/usr/sbin/dnsmasq" if os.path.exists("/usr/sbin/dnsmasq") else None)
    if not dnsmasq:
        fail("dnsmasq is missing: install the Debian package dnsmasq-base (scripts/install-deps.sh)")
    if not shutil.which("openssl"):
        fail("openssl is missing: install the Debian package openssl (scripts/install-deps.sh)")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    base = free_base()
    ip = lambda n: f"{base}.{n}"
    certs = Certificates(work)
    all_namespaces = NAMESPACES
    good = certs.issue("good", ["ex2013.contoso.test"] + all_namespaces + ["login.fabrikam.test"])
    legacy = certs.issue("legacy", ["ex2010.contoso.test"])
    rogue = certs.issue("rogue", ["internal.contoso.test", "mail.contoso.test", "autodiscover.contoso.test"])
    expired = certs.issue("expired", ["ex2013b.contoso.test"] + all_namespaces, expired=True)
    selfsigned = certs.issue("selfsigned", ["ex2013c.contoso.test"] + all_namespaces, self_signed=True)
    noautodiscover = certs.issue("noautodiscover", ["ex2013d.contoso.test", "mail.contoso.test",
                                                    "internal.contoso.test"])
    gateway = certs.issue("gateway", ["gateway.contoso.test"])

    log = RequestLog(os.path.join(work, "requests.jsonl"))
    new_cas = [("WWW-Authenticate", "Negotiate"), ("WWW-Authenticate", "NTLM"),
               ("WWW-Authenticate", 'Basic realm="ex2013.contoso.test"')]
    servers = {
        2: (good, {"*": (401, new_cas + [("X-FEServer", "EX2013")])}),
        3: (legacy, {"*": (401, [("WWW-Authenticate", "NTLM"), ("WWW-Authenticate", 'Basic realm="ex2010"')]),
                     "/rpc/rpcproxy.dll": (401, [("WWW-Authenticate", 'Basic realm="ex2010.contoso.test"')])}),
        4: (rogue, {"*": (401, new_cas + [("X-FEServer", "EXROGUE")])}),
        5: (expired, {"*": (401, new_cas + [("X-FEServer", "EX2013B")])}),
        6: (selfsigned, {"*": (401, new_cas + [("X-FEServer", "EX2013C")])}),
        7: (noautodiscover, {"*": (401, new_cas + [("X-FEServer", "EX2013D")])}),
        8: (gateway, {"*": (302, [("Location", "https://login.fabrikam.test/owa/")])}),
    }
    stop = threading.Event()
    started = []
    for n, (cert, answers) in servers.items():
        server = TlsServer(ip(n), make_handler(log, ip(n), answers), os.path.join(work, cert[0]),
                           os.path.join(work, cert[1]))
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
        started.append(server)
    start_silent(ip(10), stop)  # ex2010c: accepts, never answers; .9 (ex2010b) has nothing: refused
    start_proxy(ip(PROXY_HOST), log, stop)

    args = [dnsmasq, "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts",
            "--bind-interfaces", f"--listen-address={ip(1)}", "--port=53", "--pid-file=", "--log-facility=-",
            "--log-queries", "--local=/contoso.test/", "--local=/fabrikam.test/"]
    args += [f"--host-record={name},{ip(n)}" for name, n in ZONE_NAMES.items()]
    args += ["--cname=autodiscover.contoso.test,mail.contoso.test",
             "--srv-host=_autodiscover._tcp.contoso.test,autodiscover.contoso.test,443"]
    dns_log = open(os.path.join(work, "dnsmasq.log"), "w")
    dns = subprocess.Popen(args, stdout=dns_log, stderr=subprocess.STDOUT)
    try:
        for _ in range(50):  # bounded wait for dnsmasq to answer
            if dns.poll() is not None:
                fail(f"dnsmasq exited with {dns.returncode}; see {dns_log.name}")
            if "started" in open(dns_log.name).read():
                break
            time.sleep(0.1)
        lab = {
            "dnsServer": ip(1), "caFile": os.path.join(work, "ca.pem"),
            "requestLog": log.path, "proxy": f"http://{ip(PROXY_HOST)}:{PROXY_PORT}",
            "addresses": {name: ip(n) for name, n in ZONE_NAMES.items()},
            "refused": ip(9), "silent": ip(10),
        }
        with open(os.path.join(work, "lab.json"), "w") as f:
            json.dump(lab, f, indent=2)
        env = dict(os.environ, COEXPLAN_PROBE_LAB=os.path.join(work, "lab.json"))
        for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            env.pop(name, None)  # the tests set a proxy where they test it
        child = subprocess.Popen(command, env=env)
        try:
            code = child.wait(timeout=600)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            fail("the test did not finish within 600 s")
        return code
    finally:
        stop.set()
        dns.send_signal(signal.SIGTERM)
        try:
            dns.wait(timeout=10)
        except subprocess.TimeoutExpired:
            dns.kill()
            dns.wait()
        for server in started:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    sys.exit(main())
