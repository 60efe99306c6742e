"""A TCP proxy that delays every chunk by a fixed time in each direction (latency, not bandwidth).

This kernel has no ``netem``; this stands in for a far-away host: ``--delay 0.02`` adds 20 ms each
way, so about 40 ms to every round trip. Order is kept per direction; data is never held back by
another chunk's delay (each chunk leaves ``delay`` after it arrived).

    python bench/delay_proxy.py --listen 0 --target 127.0.0.1:2222 --delay 0.02
    # prints "LISTENING <port>" once ready
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    """Forward reader → writer, each chunk ``delay`` seconds after it arrived."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes | None]] = asyncio.Queue()

    async def sender() -> None:
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                with contextlib.suppress(OSError):
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()

    task = asyncio.create_task(sender())
    try:
        while True:
            data = await reader.read(256 * 1024)
            queue.put_nowait((loop.time() + delay, data or None))
            if not data:
                break
        await task
    except (ConnectionError, OSError):
        task.cancel()
    finally:
        with contextlib.suppress(OSError):
            writer.close()


async def _serve(listen_port: int, host: str, port: int, delay: float) -> None:
    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            server_r, server_w = await asyncio.open_connection(host, port)
        except OSError:
            client_w.close()
            return
        await asyncio.gather(_pump(client_r, server_w, delay), _pump(server_r, client_w, delay),
                             return_exceptions=True)

    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    print(f"LISTENING {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


@contextlib.contextmanager
def delay_proxy(target_port: int, delay: float, target_host: str = "127.0.0.1") -> Iterator[int]:
    """Run the proxy in its own process (so it does not compete with the measured code for the GIL);
    yields the port to connect to."""
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--listen", "0", "--target",
         f"{target_host}:{target_port}", "--delay", str(delay)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("LISTENING "):
            raise RuntimeError("the delay proxy did not start")
        yield int(line.split()[1])
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()


def measure_rtt(port: int, host: str = "127.0.0.1") -> float:
    """Time from connect to the SSH banner through the proxy (one round trip, plus the delays)."""
    import socket

    start = time.perf_counter()
    with socket.create_connection((host, port), timeout=5) as s:
        s.recv(64)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", type=int, default=0)
    parser.add_argument("--target", required=True, help="HOST:PORT")
    parser.add_argument("--delay", type=float, default=0.02, help="seconds added in each direction")
    args = parser.parse_args()
    host, port = args.target.rsplit(":", 1)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.listen, host, int(port), args.delay))


if __name__ == "__main__":
    main()
