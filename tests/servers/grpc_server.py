"""A real gRPC server (grpcio) on loopback for tests/python_servers.rs.

Prints its port once it listens; every method is unknown (a generic handler that
answers none), which is all a client speaking the wrong protocol ever reaches.
"""
from concurrent import futures
import sys

import grpc


class Nothing(grpc.GenericRpcHandler):
    def service(self, handler_call_details):
        return None


server = grpc.server(futures.ThreadPoolExecutor(max_workers=2), handlers=[Nothing()])
port = server.add_insecure_port("127.0.0.1:0")
server.start()
print(port, flush=True)
sys.stdin.read()  # runs until the test closes our stdin (or exits)
server.stop(0)
