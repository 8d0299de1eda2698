//! A minimal Limitador server for the conformance suite: the `limitador` library's in-memory engine behind
//! the gRPC methods the Kuadrant data plane calls.
//!
//! Usage: `tokenplane-limitador-server --limits LIMITS.yaml --listen 127.0.0.1:8081`
//!
//! - `LIMITS.yaml` is a Limitador limits file (a YAML list of limits: namespace, max_value, seconds,
//!   conditions, variables, name), the format limitador-operator renders from a `Limitador` CR's
//!   `spec.limits`. The file is re-read whenever its modification time or size changes (checked every
//!   100 ms) and applied with `configure_with`, so a test can rewrite it while the server runs. A file that
//!   does not parse leaves the previous limits in place and is reported on stderr.
//! - `envoy.service.ratelimit.v3.RateLimitService/ShouldRateLimit` checks and counts in one step;
//!   `kuadrant.service.ratelimit.v1.RateLimitService/CheckRateLimit` checks without counting and `/Report`
//!   counts `hits_addend` (default 1): the semantics of limitador-server 2.4.0's handlers.
//! - Descriptors are bound, as Limitador does, as the CEL list `descriptors` of string maps.
//! - Not provided: Redis or disk storage, the HTTP API, metrics, rate-limit response headers.
//!
//! Prints `ready <address>` on stdout once it listens.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use limitador::limit::{Context, Limit};
use limitador::RateLimiter;
use tonic::{Request, Response, Status};

// Generated code refers across packages by relative paths, so the modules mirror the proto packages.
pub mod envoy {
    pub mod service {
        pub mod ratelimit {
            pub mod v3 {
                tonic::include_proto!("envoy.service.ratelimit.v3");
            }
        }
    }
}
pub mod kuadrant {
    pub mod service {
        pub mod ratelimit {
            pub mod v1 {
                tonic::include_proto!("kuadrant.service.ratelimit.v1");
            }
        }
    }
}
use envoy::service::ratelimit::v3 as envoy_rls;
use kuadrant::service::ratelimit::v1 as kuadrant_rls;

use envoy_rls::rate_limit_response::Code;
use envoy_rls::{RateLimitRequest, RateLimitResponse};

struct Engine {
    limiter: RateLimiter,
}

/// What one call does with the counters.
#[derive(Clone, Copy)]
enum Mode {
    CheckAndCount,
    CheckOnly,
    CountOnly,
}

impl Engine {
    fn handle(&self, req: RateLimitRequest, mode: Mode) -> Result<Response<RateLimitResponse>, Status> {
        if req.domain.is_empty() {
            return Ok(reply(Code::Unknown));
        }
        let namespace = req.domain.as_str().into();
        let values: Vec<HashMap<String, String>> = req
            .descriptors
            .iter()
            .map(|d| d.entries.iter().map(|e| (e.key.clone(), e.value.clone())).collect())
            .collect();
        let mut ctx = Context::default();
        ctx.list_binding("descriptors".to_string(), values);
        let delta = if req.hits_addend == 0 { 1 } else { u64::from(req.hits_addend) };
        let limited = match mode {
            Mode::CheckAndCount => self
                .limiter
                .check_rate_limited_and_update(&namespace, &ctx, delta, false)
                .map(|r| r.limited),
            Mode::CheckOnly => self.limiter.is_rate_limited(&namespace, &ctx, 1).map(|r| r.limited),
            Mode::CountOnly => self.limiter.update_counters(&namespace, &ctx, delta).map(|()| false),
        }
        .map_err(|e| Status::unavailable(format!("limitador: {e:?}")))?;
        Ok(reply(if limited { Code::OverLimit } else { Code::Ok }))
    }
}

fn reply(code: Code) -> Response<RateLimitResponse> {
    Response::new(RateLimitResponse { overall_code: code.into() })
}

struct EnvoyService(Arc<Engine>);
struct KuadrantService(Arc<Engine>);

#[tonic::async_trait]
impl envoy_rls::rate_limit_service_server::RateLimitService for EnvoyService {
    async fn should_rate_limit(
        &self,
        request: Request<RateLimitRequest>,
    ) -> Result<Response<RateLimitResponse>, Status> {
        self.0.handle(request.into_inner(), Mode::CheckAndCount)
    }
}

#[tonic::async_trait]
impl kuadrant_rls::rate_limit_service_server::RateLimitService for KuadrantService {
    async fn check_rate_limit(
        &self,
        request: Request<RateLimitRequest>,
    ) -> Result<Response<RateLimitResponse>, Status> {
        self.0.handle(request.into_inner(), Mode::CheckOnly)
    }

    async fn report(
        &self,
        request: Request<RateLimitRequest>,
    ) -> Result<Response<RateLimitResponse>, Status> {
        self.0.handle(request.into_inner(), Mode::CountOnly)
    }
}

fn load(path: &PathBuf) -> Result<Vec<Limit>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn stamp(path: &PathBuf) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

fn usage() -> ! {
    eprintln!("usage: tokenplane-limitador-server --limits FILE --listen HOST:PORT");
    std::process::exit(2)
}

#[tokio::main]
async fn main() {
    let mut limits: Option<PathBuf> = None;
    let mut listen: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--limits" => limits = args.next().map(PathBuf::from),
            "--listen" => listen = args.next(),
            "--version" => {
                println!("tokenplane-limitador-server (limitador {})", env!("CARGO_PKG_VERSION"));
                return;
            }
            _ => usage(),
        }
    }
    let (Some(limits), Some(listen)) = (limits, listen) else { usage() };
    let addr: std::net::SocketAddr = match listen.parse() {
        Ok(addr) => addr,
        Err(e) => {
            eprintln!("--listen {listen}: {e}");
            std::process::exit(2)
        }
    };

    let engine = Arc::new(Engine { limiter: RateLimiter::new(10_000) });
    let mut seen = None;
    {
        let engine = engine.clone();
        tokio::spawn(async move {
            loop {
                let now = stamp(&limits);
                if now != seen {
                    seen = now;
                    match load(&limits) {
                        Ok(parsed) => match engine.limiter.configure_with(parsed) {
                            Ok(()) => eprintln!("limits loaded from {}", limits.display()),
                            Err(e) => eprintln!("limits not applied: {e:?}"),
                        },
                        Err(e) => eprintln!("limits not applied: {e}"),
                    }
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        });
    }

    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cannot listen on {listen}: {e}");
            std::process::exit(1)
        }
    };
    println!("ready {}", listener.local_addr().map(|a| a.to_string()).unwrap_or(listen));
    let incoming = tonic::transport::server::TcpIncoming::from(listener);
    let served = tonic::transport::Server::builder()
        .add_service(envoy_rls::rate_limit_service_server::RateLimitServiceServer::new(EnvoyService(
            engine.clone(),
        )))
        .add_service(kuadrant_rls::rate_limit_service_server::RateLimitServiceServer::new(
            KuadrantService(engine),
        ))
        .serve_with_incoming_shutdown(incoming, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    if let Err(e) = served {
        eprintln!("server error: {e}");
        std::process::exit(1)
    }
}
