#!/usr/bin/env python3
"""A plain asyncio WebSocket checker, the yardstick for the scale bench.

Reads "kind url" lines on stdin; for each target connects, sends the upgrade and
classifies the reply, at most CONCURRENCY at once with a 1 s timeout per phase.
Prints "wall_s=... correct=N/M" on stdout.

    python3 benches/fixture.py 1000 | ... | python3 benches/reference_client.py
"""

import asyncio
import sys
import time
from urllib.parse import urlsplit

CONCURRENCY = 256
TIMEOUT = 1.0
UPGRADE = ("GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")


async def classify(url, limit):
    parts = urlsplit(url)
    async with limit:
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(parts.hostname, parts.port), TIMEOUT)
        except ConnectionRefusedError:
            return "closed"
        except (asyncio.TimeoutError, OSError):
            return "timeout"
        try:
            writer.write(UPGRADE.format(path=parts.path or "/", host=parts.netloc).encode())
            first = await asyncio.wait_for(reader.read(1024), TIMEOUT)
        except asyncio.TimeoutError:
            return "silent"
        except OSError:
            return "reset"
        finally:
            writer.close()
        if first.startswith(b"HTTP/1.1 101"):
            return "websocket"
        if first.startswith(b"HTTP/"):
            return "http404"
        return "banner" if first else "closed-early"


async def main():
    targets = [line.split() for line in sys.stdin if line.strip()]
    limit = asyncio.Semaphore(CONCURRENCY)
    started = time.monotonic()
    verdicts = await asyncio.gather(*(classify(url, limit) for _, url in targets))
    wall = time.monotonic() - started
    right = sum(1 for (kind, _), got in zip(targets, verdicts) if kind == got)
    print(f"wall_s={wall:.3f} correct={right}/{len(targets)}")


if __name__ == "__main__":
    asyncio.run(main())
