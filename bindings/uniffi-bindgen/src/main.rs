//! `uniffi-bindgen`: generates bbbkit's Kotlin and Swift sources from the compiled library.
//!
//! ```sh
//! cargo build -p bbbkit-uniffi --release
//! cargo run -p uniffi-bindgen -- generate \
//!     --library target/release/libbbbkit_uniffi.so --language kotlin --out-dir out/
//! ```

fn main() {
    uniffi::uniffi_bindgen_main()
}
