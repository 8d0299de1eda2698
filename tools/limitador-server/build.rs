// Compiles proto/ratelimit.proto with the protoc that the protoc-bin-vendored crate ships, so the build needs
// no system protoc.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let protoc = protoc_bin_vendored::protoc_bin_path()?;
    std::env::set_var("PROTOC", protoc);
    tonic_prost_build::configure()
        .build_client(false)
        .compile_protos(&["proto/ratelimit.proto", "proto/kuadrant.proto"], &["proto"])?;
    Ok(())
}
