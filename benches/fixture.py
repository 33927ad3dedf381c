#!/usr/bin/env python3
"""Loopback services for the scale bench, in a process of their own.

Same mix as the in-process fixture: 25% closed, 25% WebSocket, 25% HTTP 404,
15% SSH-style banner, 10% silent. Prints one "kind url" line per target, then
"ready", and serves until stdin closes.

    python3 benches/fixture.py 1000
"""

import asyncio
import base64
import hashlib
import socket
import sys

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
BANNER = b"SSH-2.0-OpenSSH_9.6\r\n"


def kind_of(index):
    slot = index % 20
    if slot <= 4:
        return "closed"
    if slot <= 9:
        return "websocket"
    if slot <= 14:
        return "http404"
    if slot <= 17:
        return "banner"
    return "silent"


async def read_head(reader):
    try:
        return await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return b""


async def drain(reader):
    try:
        while await reader.read(4096):
            pass
    except ConnectionError:
        pass


def close(writer):
    try:
        writer.close()
    except ConnectionError:
        pass


async def websocket(reader, writer):
    head = await read_head(reader)
    key = b""
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"sec-websocket-key":
            key = value.strip()
    if not key:
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    else:
        accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
        writer.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                     b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        await drain(reader)
    close(writer)


async def http404(reader, writer):
    await read_head(reader)
    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnope")
    try:
        await writer.drain()
    except ConnectionError:
        pass
    close(writer)


async def banner(reader, writer):
    writer.write(BANNER)
    try:
        await asyncio.wait_for(drain(reader), 2)
    except asyncio.TimeoutError:
        pass
    close(writer)


async def silent(reader, writer):
    # Holds the connection without a byte or a FIN until the client goes.
    await drain(reader)
    close(writer)


HANDLERS = {"websocket": websocket, "http404": http404, "banner": banner, "silent": silent}


async def main(count):
    servers, lines, closed = [], [], []
    for index in range(count):
        kind = kind_of(index)
        if kind == "closed":
            closed.append(len(lines))
            lines.append(None)
            continue
        server = await asyncio.start_server(HANDLERS[kind], "127.0.0.1", 0, backlog=1024)
        servers.append(server)
        port = server.sockets[0].getsockname()[1]
        lines.append(f"{kind} ws://127.0.0.1:{port}/")
    taken = {s.sockets[0].getsockname()[1] for s in servers}
    for index in closed:
        while True:
            probe = socket.socket()
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
            probe.close()
            if port not in taken:
                taken.add(port)
                break
        lines[index] = f"closed ws://127.0.0.1:{port}/"
    sys.stdout.write("\n".join(lines) + "\nready\n")
    sys.stdout.flush()
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    for server in servers:
        server.close()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
