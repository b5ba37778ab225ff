// Whether the other end of a loopback connection is still held by a process, for the stall
// proxy (stall-proxy.mjs). On the wire a close and a goodbye (a half close, which leaves the
// connection open to read) are the same FIN: only the peer's own table tells them apart. Linux
// lists every socket in /proc/net/tcp, with the inode of the process's file for it, 0 once the
// process has closed it (an orphan that lingers in FIN_WAIT2 or TIME_WAIT).
import { readFileSync } from 'node:fs';

/** A port as /proc/net/tcp writes it: four hex digits. @param {number} port */
const hexPort = (port) => port.toString(16).toUpperCase().padStart(4, '0');

/**
 * Whether the process at the other end of `socket` (on this machine) still has it open, closed
 * by neither side: the connection from its port to `socket`'s own.
 * @param {{ peerPort: number, ownPort: number }} ends  the peer's port (socket.remotePort), ours (socket.localPort)
 */
export function heldByPeer({ peerPort, ownPort }) {
  let table;
  try {
    table = readFileSync('/proc/net/tcp', 'utf8');
  } catch {
    throw new Error('stall proxy: telling a closed connection from a goodbye needs Linux (/proc/net/tcp)');
  }
  const local = `:${hexPort(peerPort)}`;
  const remote = `:${hexPort(ownPort)}`;
  // Columns: sl, local address, remote address, state, queues, timer, retransmits, uid, timeout, inode.
  return table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .some((columns) => columns[1]?.endsWith(local) && columns[2]?.endsWith(remote) && columns[9] !== '0');
}
