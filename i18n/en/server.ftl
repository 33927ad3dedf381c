# netdoctor server: what a remote client would meet on this machine, and the responder.

server-port = Port { $port }
server-host = This machine ({ $os }): { $addresses }
server-listening = { $owner } listens on { $socket }
server-listening-unknown = A process listens on { $socket } (run with sudo to see which)
server-not-listening = Nothing listens on port { $port }.
server-connect = Connect from this machine: { $results }
server-connect-ok = accepted
server-connect-refused = refused
server-connect-timeout = no answer
server-connect-unreachable = unreachable
server-connect-error = failed
server-firewall-heading = Firewall rules for a new connection to port { $port }:
server-firewall-none = No firewall rules filter incoming connections here.
server-rule-conditional = only for some clients
server-fix = Fix:
server-tally = { $total ->
    [one] 1 port checked
   *[other] { $total } ports checked
}, { $failed ->
    [0] none would fail
    [one] 1 would fail
   *[other] { $failed } would fail
}
server-ok-reachable = Remote clients can connect to port { $port }: it is listened on and no rule here blocks it.
server-ok-partly-read = Port { $port } is listened on, and no firewall rule that could be read blocks it; but not every firewall could be read.
server-ok-outside = If a client still times out, the block is outside this machine: a cloud security group or firewall, a network ACL, or a route. Check the port's inbound rules in your provider's console (AWS security groups, Azure NSG, GCP VPC firewall, Alibaba or Tencent Cloud security groups), then trace the path from the client with: mtr -T -P { $port } { $address }
server-ev-nothing-listens = No socket listens on port { $port } on this machine.
server-ev-nearest = Ports that do listen nearby: { $list }
server-ev-loopback-only = { $owner } listens on { $socket } only, which remote clients cannot reach.
server-ev-connect-ok = A connect from this machine to { $address } is accepted.
server-ev-rule = { $source } ({ $table } { $chain }) decides with { $action }: { $rule }
server-ev-rejects-prohibited = The rule answers with ICMP "prohibited": clients see "No route to host" at once.
server-ev-rejects-refused = The rule answers with port-unreachable or a TCP reset: clients see "Connection refused" at once.
server-ev-panel = { $panel } is installed here ({ $path }) and keeps its own list of open ports; that list is not read.
server-ev-needs-root = { $tool } cannot be read without root, so its rules are not part of this answer. Run: sudo netdoctor server { $port }
server-ev-read-failed = { $tool } could not be read ({ $error }), so its rules are not part of this answer.
server-ev-not-on-platform = { $firewall } is not read on this platform; check it yourself.
server-fix-start = Start the server on port { $port }, or point the client at the port it does listen on.
server-fix-bind = Make the server listen on 0.0.0.0:{ $port } (and [::]:{ $port } for IPv6) instead of { $current }, for example with --host 0.0.0.0 or bind = "0.0.0.0:{ $port }", then restart it.
server-fix-open = Open the port: { $command }
server-fix-panel = Open port { $port } in the { $panel } web page (Security, then Firewall, then add the port), so the panel keeps it open; the system firewall command is: { $command }
server-respond-ready = netdoctor responder ready on port { $ports } (every IPv4 and IPv6 address); stop it with Ctrl+C.
server-respond-stopped = netdoctor responder stopped.
server-error-port = "{ $value }" is not a port number (1 to 65535).
server-error-no-ports = Give at least one port.
server-error-busy = Port { $port } is already in use; the responder only answers on a free port. Stop that server first, or check it with: netdoctor server { $port }
server-error-busy-by = Port { $port } is already in use by { $owner }; the responder only answers on a free port. Stop that server first, or check it with: netdoctor server { $port }
server-error-bind = Cannot listen on port { $port }: { $error }
cli-help-server = Check what a remote client would meet on this machine's ports (run it on the server)
cli-help-ports = Ports to check (1 to 65535)
cli-help-respond = Answer on each free port so a client can test the network path
cli-help-respond-for = With --respond: stop after SECONDS
