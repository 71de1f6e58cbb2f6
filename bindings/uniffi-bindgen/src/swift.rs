//! `uniffi-bindgen-swift`: the Swift generator with the options an XCFramework needs
//! (module map name, framework module map).
//!
//! ```sh
//! cargo run -p uniffi-bindgen --bin uniffi-bindgen-swift -- \
//!     target/release/libbbbkit_uniffi.a out/ --swift-sources --headers --modulemap
//! ```

fn main() {
    uniffi::uniffi_bindgen_swift()
}
