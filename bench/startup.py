#!/usr/bin/env python3
"""Measures what orkeys adds on top of the network.

Runs the release binary many times and reports the median wall time of:
  - `orkeys --version`: process start-up and argument parsing, no network;
  - `orkeys list --json` over 250 keys (3 pages) from a local stub of the API;
  - curl fetching the same 3 pages: the network and server cost alone.
The difference between the last two is orkeys' own overhead per listing.

Usage: python3 bench/startup.py [runs]   (builds with `cargo build --release` first)
"""

import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 50
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "orkeys")


def key(n):
    return {
        "hash": f"{n:064x}", "name": f"key-{n}", "label": f"sk-or-v1-{n:03x}...abc",
        "disabled": False, "limit": 100, "limit_remaining": 74.5, "limit_reset": "monthly",
        "include_byok_in_limit": False, "usage": 25.5, "usage_daily": 1, "usage_weekly": 5,
        "usage_monthly": 25.5, "byok_usage": 0, "created_at": "2026-01-01T00:00:00Z",
        "updated_at": None, "expires_at": None, "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
    }


PAGES = {offset: json.dumps({"data": [key(n) for n in range(offset, min(offset + 100, 250))]}).encode()
         for offset in (0, 100, 200)}


class Stub(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One buffered write per response and no Nagle: otherwise headers and body leave as two
    # segments and delayed ACKs add ~40 ms that belong to neither orkeys nor curl.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True

    def do_GET(self):
        offset = int(self.path.split("offset=")[1].split("&")[0]) if "offset=" in self.path else 0
        body = PAGES.get(offset, b'{"data": []}')
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def log_message(self, *args):
        pass


def median_ms(command, env):
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    env = {"PATH": os.environ.get("PATH", ""), "OPENROUTER_MANAGEMENT_KEY": "sk-bench",
           "OPENROUTER_BASE_URL": base}

    print(f"median of {RUNS} runs, release build, {os.cpu_count()} cores")
    print(f"  orkeys --version                 {median_ms([BINARY, '--version'], env):7.2f} ms")
    listing = median_ms([BINARY, "list", "--json"], env)
    print(f"  orkeys list --json (250 keys)    {listing:7.2f} ms")
    if shutil.which("curl"):
        urls = [f"{base}/keys?offset={o}" for o in (0, 100, 200)]
        baseline = median_ms(["curl", "-s", "-H", "Authorization: Bearer sk-bench", *urls], env)
        print(f"  curl, same 3 pages (network)     {baseline:7.2f} ms")
        print(f"  orkeys overhead per listing      {listing - baseline:7.2f} ms")
    server.shutdown()


if __name__ == "__main__":
    main()
