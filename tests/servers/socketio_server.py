"""A real Socket.IO server (python-socketio on aiohttp) on loopback for
tests/python_servers.rs. Prints its port once it listens; `/` is aiohttp's 404.
An optional argument mounts it under a prefix, as a reverse proxy's `location
/PREFIX/` would: `socketio_server.py app` serves `/app/socket.io/`."""
import asyncio
import sys

import socketio
from aiohttp import web

prefix = sys.argv[1].strip("/") + "/" if len(sys.argv) > 1 else ""
sio = socketio.AsyncServer(async_mode="aiohttp")
app = web.Application()
sio.attach(app, socketio_path=prefix + "socket.io")


async def main():
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    print(port, flush=True)
    # Runs until the test closes our stdin (or exits).
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await runner.cleanup()


asyncio.run(main())
