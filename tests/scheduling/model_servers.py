"""Stand-ins for vLLM: one small HTTP server per model-server pod, serving only `/metrics`.

Stand-in (docs/inference.md, "The scheduling suite"): no model runs (no GPU, and the vLLM image
cannot be pulled here). The picker never sends inference traffic to a pod itself (the gateway
does), it only scrapes the pod's Prometheus metrics on the pool's target port, path `/metrics`
(`--model-server-metrics-path`, default). So each fake serves the series the picker's default
vLLM engine mapping reads (`pkg/epp/framework/plugins/datalayer/extractor/metrics/factories.go`
at both the picker under test and llm-d Router v0.10.0: `vllm:num_requests_waiting`,
`vllm:num_requests_running`, `vllm:kv_cache_usage_perc`, `vllm:lora_requests_info`,
`vllm:cache_config_info` with labels `block_size` and `num_gpu_blocks`), in vLLM's text format,
with values the test sets. Prefix-cache state is not scraped at all by the approximate prefix
scorer the rendered config uses: the picker keeps its own index of what it sent where.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.isolation import Started


@dataclass
class Load:
    """The load one fake reports."""

    waiting: int = 0
    """`vllm:num_requests_waiting` (the queue scorer and saturation detector read it)."""
    running: int = 0
    """`vllm:num_requests_running`."""
    kv_cache: float = 0.0
    """`vllm:kv_cache_usage_perc`, 0.0 to 1.0."""


BLOCK_SIZE = 16
"""`block_size` label of `vllm:cache_config_info` (tokens per KV block)."""
GPU_BLOCKS = 4096
"""`num_gpu_blocks` label of `vllm:cache_config_info`."""


def exposition(model: str, load: Load) -> str:
    """The series vLLM exposes that the picker reads, in Prometheus' text format."""
    labels = f'engine="0",model_name="{model}"'
    return (
        "# HELP vllm:num_requests_running Number of requests in model execution batches.\n"
        "# TYPE vllm:num_requests_running gauge\n"
        f"vllm:num_requests_running{{{labels}}} {load.running}\n"
        "# HELP vllm:num_requests_waiting Number of requests waiting to be processed.\n"
        "# TYPE vllm:num_requests_waiting gauge\n"
        f"vllm:num_requests_waiting{{{labels}}} {load.waiting}\n"
        "# HELP vllm:kv_cache_usage_perc KV-cache usage. 1 means 100 percent usage.\n"
        "# TYPE vllm:kv_cache_usage_perc gauge\n"
        f"vllm:kv_cache_usage_perc{{{labels}}} {load.kv_cache}\n"
        "# HELP vllm:lora_requests_info Running stats on lora requests.\n"
        "# TYPE vllm:lora_requests_info gauge\n"
        'vllm:lora_requests_info{max_lora="0",running_lora_adapters="",'
        'waiting_lora_adapters=""} 1.0\n'
        "# HELP vllm:cache_config_info Information of the LLMEngine CacheConfig\n"
        "# TYPE vllm:cache_config_info gauge\n"
        f'vllm:cache_config_info{{block_size="{BLOCK_SIZE}",engine="0",'
        f'num_gpu_blocks="{GPU_BLOCKS}"}} 1.0\n'
    )


class FakeModelServer(Started):
    """A `/metrics` endpoint on `address:port`, reporting `load` for `model`."""

    def __init__(self, *, address: str, port: int, model: str) -> None:
        self.address = address
        self.port = port
        self.model = model
        self.load = Load()
        self.scrapes = 0
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def endpoint(self) -> str:
        """`<ip>:<port>`, as the picker names the pod in `x-gateway-destination-endpoint`."""
        return f"{self.address}:{self.port}"

    def report(self, load: Load) -> None:
        with self._lock:
            self.load = load

    def _body(self) -> bytes:
        with self._lock:
            self.scrapes += 1
            return exposition(self.model, self.load).encode()

    def start(self) -> None:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.split("?")[0] != "/metrics":
                    self.send_error(404)
                    return
                body = fake._body()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return

        self._server = ThreadingHTTPServer((self.address, self.port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
